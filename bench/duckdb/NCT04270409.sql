-- bench/lab-only/NCT04270409.criteria in DuckDB's SQL (bench/postgres/ in
-- PostgreSQL's): verdict counts as of $as_of. NULL is unknown, and SQL's AND/OR on
-- NULL are Kleene's, as eligo's.
WITH labs AS (
  SELECT patient_id,
         max(v) FILTER (WHERE item = 'anc') AS anc,
         max(v) FILTER (WHERE item = 'platelets') AS plt,
         max(v) FILTER (WHERE item = 'total_bilirubin') AS bili,
         max(tol) FILTER (WHERE item = 'total_bilirubin') AS bili_tol,
         max(raw) FILTER (WHERE item = 'alt') AS alt_raw,
         max(v) FILTER (WHERE item = 'alt') AS alt,
         max(ref_high) FILTER (WHERE item = 'alt') AS alt_uln,
         max(raw) FILTER (WHERE item = 'ast') AS ast_raw,
         max(v) FILTER (WHERE item = 'ast') AS ast,
         max(ref_high) FILTER (WHERE item = 'ast') AS ast_uln,
         max(v) FILTER (WHERE item = 'creatinine') AS creat,
         max(tol) FILTER (WHERE item = 'creatinine') AS creat_tol,
         max(v) FILTER (WHERE item = 'hemoglobin') AS hgb,
         max(tol) FILTER (WHERE item = 'hemoglobin') AS hgb_tol,
         max(v) FILTER (WHERE item = 'bmpc_percent') AS bmpc,
         max(v) FILTER (WHERE item = 'flc_ratio') AS flc_ratio,
         max(v) FILTER (WHERE item = 'involved_flc') AS iflc
  FROM latest(['anc', 'platelets', 'total_bilirubin', 'alt', 'ast', 'creatinine',
               'hemoglobin', 'bmpc_percent', 'flc_ratio', 'involved_flc'], $as_of::DATE)
  GROUP BY patient_id
)
SELECT verdict(age >= 18
               AND cmp(anc, 1, 1e-9) >= 0
               AND cmp(plt, 50, 1e-9) >= 0
               AND cmp(bili, 3, bili_tol) <= 0
               AND (cmp_uln(alt_raw, alt, 1e-9, alt_uln, 3, 56) <= 0
                    AND cmp_uln(ast_raw, ast, 1e-9, ast_uln, 3, 40) <= 0),
               cmp(creat, 2, creat_tol) > 0
               OR cmp(hgb, 10, hgb_tol) < 0
               OR cmp(bmpc, 60, 1e-9) >= 0
               OR (cmp(flc_ratio, 100, 1e-9) >= 0 AND cmp(iflc, 100, 1e-9) >= 0)), count(*)
FROM ages($as_of::DATE) LEFT JOIN labs USING (patient_id)
GROUP BY 1 ORDER BY 1;
