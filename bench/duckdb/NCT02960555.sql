-- bench/lab-only/NCT02960555.criteria in DuckDB's SQL (bench/postgres/ in
-- PostgreSQL's): verdict counts as of $as_of. NULL is unknown, and SQL's AND/OR on
-- NULL are Kleene's, as eligo's.
WITH labs AS (
  SELECT patient_id,
         max(v) FILTER (WHERE item = 'anc') AS anc,
         max(v) FILTER (WHERE item = 'platelets') AS plt,
         max(raw) FILTER (WHERE item = 'total_bilirubin') AS bili_raw,
         max(v) FILTER (WHERE item = 'total_bilirubin') AS bili,
         max(tol) FILTER (WHERE item = 'total_bilirubin') AS bili_tol,
         max(ref_high) FILTER (WHERE item = 'total_bilirubin') AS bili_uln
  FROM latest(['anc', 'platelets', 'total_bilirubin'], $as_of::DATE)
  GROUP BY patient_id
)
SELECT verdict(age >= 18
               AND cmp(anc, 1, 1e-9) >= 0
               AND cmp(plt, 90, 1e-9) >= 0
               AND cmp_uln(bili_raw, bili, bili_tol, bili_uln, 1.5, 1.2) < 0,
               FALSE), count(*)
FROM ages($as_of::DATE) LEFT JOIN labs USING (patient_id)
GROUP BY 1 ORDER BY 1;
