-- bench/lab-only/NCT04883242.criteria in DuckDB's SQL (bench/postgres/ in
-- PostgreSQL's): verdict counts as of $as_of. NULL is unknown, and SQL's AND/OR on
-- NULL are Kleene's, as eligo's.
WITH labs AS (
  SELECT patient_id,
         max(v) FILTER (WHERE item = 'serum_m_protein') AS smp,
         max(v) FILTER (WHERE item = 'urine_m_protein') AS ump,
         max(v) FILTER (WHERE item = 'bmpc_percent') AS bmpc,
         max(raw) FILTER (WHERE item = 'alt') AS alt_raw,
         max(v) FILTER (WHERE item = 'alt') AS alt,
         max(ref_high) FILTER (WHERE item = 'alt') AS alt_uln,
         max(raw) FILTER (WHERE item = 'ast') AS ast_raw,
         max(v) FILTER (WHERE item = 'ast') AS ast,
         max(ref_high) FILTER (WHERE item = 'ast') AS ast_uln,
         max(raw) FILTER (WHERE item = 'total_bilirubin') AS bili_raw,
         max(v) FILTER (WHERE item = 'total_bilirubin') AS bili,
         max(tol) FILTER (WHERE item = 'total_bilirubin') AS bili_tol,
         max(ref_high) FILTER (WHERE item = 'total_bilirubin') AS bili_uln,
         max(v) FILTER (WHERE item = 'anc') AS anc,
         max(v) FILTER (WHERE item = 'platelets') AS plt,
         max(v) FILTER (WHERE item = 'hemoglobin') AS hgb,
         max(tol) FILTER (WHERE item = 'hemoglobin') AS hgb_tol,
         max(v) FILTER (WHERE item = 'lvef') AS lvef
  FROM latest(['serum_m_protein', 'urine_m_protein', 'bmpc_percent', 'alt', 'ast',
               'total_bilirubin', 'anc', 'platelets', 'hemoglobin', 'lvef'], $as_of::DATE)
  GROUP BY patient_id
)
SELECT verdict(age >= 18
               AND (cmp(smp, 0.5, 1e-9) >= 0 OR cmp(ump, 200, 1e-9) >= 0
                    OR cmp(bmpc, 30, 1e-9) >= 0)
               AND (cmp_uln(alt_raw, alt, 1e-9, alt_uln, 3, 56) <= 0
                    AND cmp_uln(ast_raw, ast, 1e-9, ast_uln, 3, 40) <= 0)
               AND cmp_uln(bili_raw, bili, bili_tol, bili_uln, 2, 1.2) <= 0
               AND cmp(anc, 1, 1e-9) >= 0
               AND cmp(plt, 50, 1e-9) >= 0
               AND cmp(hgb, 8, hgb_tol) >= 0,
               cmp(lvef, 40, 1e-9) < 0), count(*)
FROM ages($as_of::DATE) LEFT JOIN labs USING (patient_id)
GROUP BY 1 ORDER BY 1;
