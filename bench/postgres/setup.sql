-- The PostgreSQL side of bench/run.sh: the long CSV as one table, and the helpers the
-- per-trial queries share. Run with psql -v ON_ERROR_STOP=1.
CREATE UNLOGGED TABLE facts (
  patient_id text,
  item text,
  value text,
  unit text,
  date date,
  ref_low numeric,
  ref_high numeric
);

-- The factor from a unit as the generator writes it (bench/population.cpp) to the
-- item's canonical unit, the one eligo's vocabulary uses (10^9/L, g/dL, mg/dL, U/L,
-- mg/L, mg/24h, %); NULL for a unit it does not know. Mass <-> molar factors use the
-- molar masses eligo uses (bilirubin 584.66, creatinine 113.12, calcium 40.08,
-- hemoglobin 16114.5 per heme). An empty CSV cell (no unit) is NULL.
CREATE FUNCTION to_canonical(item text, unit text) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE
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
  WHEN item IN ('igg', 'iga', 'igm') THEN CASE unit WHEN 'mg/dL' THEN 1 WHEN 'g/L' THEN 100 END
  WHEN item IN ('flc_ratio', 'kappa_lambda_ratio', 'ecog', 'focal_lesions',
                'bone_lytic_lesions', 'nyha_class') THEN
    CASE WHEN unit IS NULL OR unit IN ('{ratio}', '{score}') THEN 1 END
  WHEN item IN ('bmpc_percent', 'aberrant_pc_percent', 'lvef') THEN
    CASE WHEN unit = '%' THEN 1 END
  WHEN item = 'weight' THEN CASE unit WHEN 'kg' THEN 1 WHEN 'lb' THEN 0.45359237 END
END $$;

-- eligo's comparison: values within a relative 1e-9 are equal, within 5e-4 after a
-- conversion between mass and molar concentration (the published factors' precision).
CREATE FUNCTION tolerance(item text, unit text) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE
  WHEN unit IN ('umol/L', 'µmol/L', 'mmol/L')
   AND item IN ('hemoglobin', 'total_bilirubin', 'direct_bilirubin', 'creatinine', 'calcium')
  THEN 5e-4 ELSE 1e-9 END $$;

-- -1, 0, 1, or NULL (unknown) when a value is missing.
CREATE FUNCTION cmp(a numeric, b numeric, tol numeric) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE
  WHEN a IS NULL OR b IS NULL THEN NULL
  WHEN abs(a - b) <= tol * greatest(abs(a), abs(b)) THEN 0
  WHEN a < b THEN -1 ELSE 1 END $$;

-- k x ULN: against the row's own ref_high (in the row's unit) when it has one, else
-- against the vocabulary's default ULN (canonical unit), as eligo does.
CREATE FUNCTION cmp_uln(raw numeric, v numeric, tol numeric, ref_high numeric, k numeric,
                        default_uln numeric) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE WHEN ref_high IS NOT NULL THEN cmp(raw, k * ref_high, 1e-9)
            ELSE cmp(v, k * default_uln, tol) END $$;

-- The latest value of each of `items` per patient within the 28 days up to as_of (the
-- trials' lab window), with what the comparisons need: the value as written, the row's
-- ULN, the value in the canonical unit and the comparison's tolerance.
CREATE FUNCTION latest(items text[], as_of date)
RETURNS TABLE (patient_id text, item text, raw numeric, ref_high numeric, v numeric,
               tol numeric)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT DISTINCT ON (patient_id, item)
       patient_id, item, value::numeric, ref_high,
       value::numeric * to_canonical(item, unit), tolerance(item, unit)
FROM facts
WHERE item = ANY (items) AND date BETWEEN as_of - 28 AND as_of
ORDER BY patient_id, item, date DESC $$;

-- Every patient, with the age in completed years at as_of (NULL without a birth date).
CREATE FUNCTION ages(as_of date) RETURNS TABLE (patient_id text, age double precision)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT patient_id,
       date_part('year', age(as_of, (max(value) FILTER (WHERE item = 'birth_date'))::date))
FROM facts GROUP BY patient_id $$;

-- The trial verdict from the inclusions (all, Kleene AND) and exclusions (any, OR).
CREATE FUNCTION verdict(inclusion boolean, exclusion boolean) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE WHEN inclusion IS FALSE OR exclusion IS TRUE THEN 'ineligible'
            WHEN inclusion IS TRUE AND exclusion IS FALSE THEN 'eligible'
            ELSE 'undetermined' END $$;
