-- bench/lab-only/NCT04965155.criteria in DuckDB's SQL: the age limits only (the trial has
-- no lab criteria), in completed years at $as_of. Verdict counts.
SELECT verdict(age >= 18 AND age <= 70, FALSE), count(*)
FROM ages($as_of::DATE)
GROUP BY 1 ORDER BY 1;
