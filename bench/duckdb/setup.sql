-- The DuckDB side of bench/run.sh (bench/duckdb.sh): the helpers the per-trial queries
-- share, as macros, the same logic as bench/postgres/setup.sql, made after the table
-- `facts` that bench/duckdb/screen.mjs loads with read_csv and the column types of the
-- PostgreSQL table (numeric is DOUBLE here, as in eligo; comparisons carry a tolerance).

-- The factor from a unit as the generator writes it (bench/population.cpp) to the
-- item's canonical unit, the one eligo's vocabulary uses (10^9/L, g/dL, mg/dL, U/L,
-- mg/L, mg/24h, %); NULL for a unit it does not know. Mass <-> molar factors use the
-- molar masses eligo uses (bilirubin 584.66, creatinine 113.12, calcium 40.08,
-- hemoglobin 16114.5 per heme). An empty CSV cell (no unit) is NULL.
CREATE MACRO to_canonical(item, unit) AS CASE
  WHEN item IN ('anc', 'platelets', 'wbc') THEN
    CASE WHEN unit IN ('10^9/L', '10*3/uL', '10^3/uL', 'K/uL') THEN 1
         WHEN unit IN ('/uL', 'cells/µL', '/µL') THEN 0.001 END
  WHEN item = 'hemoglobin' THEN
    CASE unit WHEN 'g/dL' THEN 1 WHEN 'g/L' THEN 0.1 WHEN 'mmol/L' THEN 1.61145 END
  WHEN item IN ('total_bilirubin', 'direct_bilirubin') THEN
    CASE WHEN unit = 'mg/dL' THEN 1 WHEN unit IN ('umol/L', 'µmol/L') THEN 0.058466 END
  WHEN item = 'creatinine' THEN
    CASE WHEN unit = 'mg/dL' THEN 1 WHEN unit IN ('umol/L', 'µmol/L') THEN 0.011312 END
  WHEN item = 'calcium' THEN CASE unit WHEN 'mg/dL' THEN 1 WHEN 'mmol/L' THEN 4.008 END
  WHEN item IN ('albumin', 'serum_m_protein') THEN
    CASE unit WHEN 'g/dL' THEN 1 WHEN 'g/L' THEN 0.1 END
  WHEN item IN ('alt', 'ast') THEN CASE WHEN unit IN ('U/L', 'IU/L', '[IU]/L') THEN 1 END
  WHEN item = 'urine_m_protein' THEN
    CASE WHEN unit IN ('mg/24h', 'mg/(24.h)') THEN 1 WHEN unit = 'g/24h' THEN 1000 END
  WHEN item IN ('involved_flc', 'kappa_flc', 'lambda_flc') THEN
    CASE unit WHEN 'mg/L' THEN 1 WHEN 'mg/dL' THEN 10 END
  WHEN item IN ('igg', 'iga', 'igm') THEN
    CASE unit WHEN 'mg/dL' THEN 1 WHEN 'g/L' THEN 100 END
  WHEN item IN ('flc_ratio', 'kappa_lambda_ratio', 'ecog', 'focal_lesions',
                'bone_lytic_lesions', 'nyha_class') THEN
    CASE WHEN unit IS NULL OR unit IN ('{ratio}', '{score}') THEN 1 END
  WHEN item IN ('bmpc_percent', 'aberrant_pc_percent', 'lvef') THEN
    CASE WHEN unit = '%' THEN 1 END
  WHEN item = 'weight' THEN CASE unit WHEN 'kg' THEN 1 WHEN 'lb' THEN 0.45359237 END
END;

-- eligo's comparison: values within a relative 1e-9 are equal, within 5e-4 after a
-- conversion between mass and molar concentration (the published factors' precision).
CREATE MACRO tolerance(item, unit) AS CASE
  WHEN unit IN ('umol/L', 'µmol/L', 'mmol/L')
   AND item IN ('hemoglobin', 'total_bilirubin', 'direct_bilirubin', 'creatinine',
                'calcium')
  THEN 5e-4 ELSE 1e-9 END;

-- -1, 0, 1, or NULL (unknown) when a value is missing.
CREATE MACRO cmp(a, b, tol) AS CASE
  WHEN a IS NULL OR b IS NULL THEN NULL
  WHEN abs(a - b) <= tol * greatest(abs(a), abs(b)) THEN 0
  WHEN a < b THEN -1 ELSE 1 END;

-- k x ULN: against the row's own ref_high (in the row's unit) when it has one, else
-- against the vocabulary's default ULN (canonical unit), as eligo does.
CREATE MACRO cmp_uln(raw, v, tol, ref_high, k, default_uln) AS
  CASE WHEN ref_high IS NOT NULL THEN cmp(raw, k * ref_high, 1e-9)
       ELSE cmp(v, k * default_uln, tol) END;

-- The latest value of each of `items` (a list) per patient within the 28 days up to
-- as_of (the trials' lab window), with what the comparisons need: the value as written,
-- the row's ULN, the value in the canonical unit and the comparison's tolerance.
-- PostgreSQL's DISTINCT ON ... ORDER BY date DESC is arg_max(..., date) here.
CREATE MACRO latest(items, as_of) AS TABLE
SELECT patient_id, item, newest.raw, newest.ref_high,
       newest.raw * to_canonical(item, newest.unit) AS v,
       tolerance(item, newest.unit) AS tol
FROM (SELECT patient_id, item,
             arg_max({'raw': value::DOUBLE, 'ref_high': ref_high, 'unit': unit}, date)
               AS newest
      FROM facts
      WHERE list_contains(items, item) AND date BETWEEN as_of - 28 AND as_of
      GROUP BY patient_id, item);

-- Every patient, with the age in completed years at as_of (NULL without a birth date).
CREATE MACRO ages(as_of) AS TABLE
SELECT patient_id,
       date_part('year', age(as_of, (max(value) FILTER (WHERE item = 'birth_date'))::DATE))
         AS age
FROM facts GROUP BY patient_id;

-- The trial verdict from the inclusions (all, Kleene AND) and exclusions (any, OR).
CREATE MACRO verdict(inclusion, exclusion) AS
  CASE WHEN inclusion IS FALSE OR exclusion IS TRUE THEN 'ineligible'
       WHEN inclusion IS TRUE AND exclusion IS FALSE THEN 'eligible'
       ELSE 'undetermined' END;
