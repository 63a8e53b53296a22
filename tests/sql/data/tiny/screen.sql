-- A hand-written stand-in for `eligo sql`'s output, run on tests/sql/data/tiny/ by both
-- runners (tests/sql/runner_test.sh); expected.csv is what both must write. It checks:
-- loading by column name (CSV headers list a subset of the columns, in their own order),
-- empty cells as NULL, quoted cells, DOUBLE PRECISION (0.0045 stays 0.0045), a script of
-- several statements (a comment; and a literal 'with;semicolons' must not split it),
-- Kleene logic on NULL, and the quoting of commas and quotes in the result.
-- Trial TINY-1: I1 latest platelets >= 100 x10^3/uL, I2 latest platelets >= LLN, both
-- up to 2026-11-20. Trial TINY-2: I1 creatinine < 0.005 mg/mL.

CREATE TEMP VIEW latest_lab AS
SELECT m.person_id, c.concept_code, m.value_as_number AS value, m.range_low,
       row_number() OVER (PARTITION BY m.person_id, c.concept_code
                          ORDER BY m.measurement_date DESC, m.measurement_id DESC) AS recency
FROM cdm.measurement m
JOIN cdm.concept c ON c.concept_id = m.measurement_concept_id
WHERE c.vocabulary_id = 'LOINC' AND m.measurement_date <= DATE '2026-11-20';

CREATE TEMP TABLE criteria AS
SELECT p.person_id, p.person_source_value,
       plt.value >= 100 AS plt_i1,
       plt.value >= plt.range_low AS plt_i2,
       crea.value < 0.005 AS crea_i1
FROM cdm.person p
LEFT JOIN latest_lab plt
  ON plt.person_id = p.person_id AND plt.concept_code = '777-3' AND plt.recency = 1
LEFT JOIN latest_lab crea
  ON crea.person_id = p.person_id AND crea.concept_code = '2160-0' AND crea.recency = 1;

SELECT person_id, person_source_value, 'TINY-1' AS trial_id,
       CASE WHEN plt_i1 AND plt_i2 THEN 'eligible'
            WHEN NOT (plt_i1 AND plt_i2) THEN 'ineligible'
            ELSE 'undetermined' END AS verdict,
       CASE WHEN plt_i1 AND plt_i2 THEN 100 WHEN NOT (plt_i1 AND plt_i2) THEN 5 ELSE 50 END
         AS score,
       CASE WHEN NOT plt_i1 AND NOT plt_i2 THEN 'I1;I2'
            WHEN NOT plt_i1 THEN 'I1' WHEN NOT plt_i2 THEN 'I2' END AS deciding,
       CASE WHEN plt_i2 IS NULL THEN 'platelets'' LLN, "range_low"; with;semicolons' END
         AS to_decide
FROM criteria
UNION ALL
SELECT person_id, person_source_value, 'TINY-2',
       CASE WHEN crea_i1 THEN 'eligible' WHEN NOT crea_i1 THEN 'ineligible'
            ELSE 'undetermined' END,
       CASE WHEN crea_i1 THEN 100 WHEN NOT crea_i1 THEN 5 ELSE 50 END,
       CASE WHEN crea_i1 IS NULL THEN 'I1' END,
       CASE WHEN crea_i1 IS NULL THEN 'creatinine' END
FROM criteria
ORDER BY trial_id, person_id;
