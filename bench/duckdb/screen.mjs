// The DuckDB side of the benchmark (bench/duckdb.sh): the lab-only trials' queries on
// the long patient CSV, in an in-memory DuckDB with a given number of threads.
//   node bench/duckdb/screen.mjs MODULES CSV AS_OF THREADS
// MODULES is the folder whose node_modules holds @duckdb/node-api (installed by
// bench/duckdb.sh). Prints one line per trial, `NCT... verdict count verdict count ...`
// (verdicts sorted), then `rows N`, `patients N`, `load SECONDS` (read_csv into a
// table) and `queries SECONDS` (the queries bench/duckdb/NCT*.sql, one after another).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [modules, csv, asOf, threads] = process.argv.slice(2);
if (!threads) {
  console.error('usage: node screen.mjs MODULES CSV AS_OF THREADS');
  process.exit(2);
}
const { DuckDBInstance } = createRequire(join(modules, 'noop.js'))('@duckdb/node-api');
const here = fileURLToPath(new URL('.', import.meta.url));
const seconds = (start) => ((performance.now() - start) / 1000).toFixed(6);
const literal = (text) => `'${text.replaceAll("'", "''")}'`;

const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const db = await instance.connect();

// The column types of bench/postgres/setup.sql's table (numeric as DOUBLE); an empty
// cell is NULL, as with PostgreSQL's COPY. The macros of setup.sql come after the
// table, which they name (a few milliseconds, not timed).
let start = performance.now();
await db.run(`CREATE TABLE facts AS FROM read_csv(${literal(csv)}, header = true,
  columns = {'patient_id': 'VARCHAR', 'item': 'VARCHAR', 'value': 'VARCHAR',
             'unit': 'VARCHAR', 'date': 'DATE', 'ref_low': 'DOUBLE', 'ref_high': 'DOUBLE'})`);
const load = seconds(start);
await db.run(readFileSync(join(here, 'setup.sql'), 'utf8'));

// Every lab row must have a unit the CASE knows (not timed), as in bench/postgres.sh.
const unknown = (await db.runAndReadAll(`SELECT count(*)::INTEGER FROM facts
  WHERE date IS NOT NULL AND regexp_full_match(value, '-?[0-9.]+')
    AND item <> 'prior_lines' AND to_canonical(item, unit) IS NULL`)).getRows()[0][0];
if (unknown !== 0) {
  console.error(`screen.mjs: ${unknown} lab rows with a unit the SQL CASE does not know`);
  process.exit(1);
}

const lines = [];
start = performance.now();
for (const file of readdirSync(here).filter((f) => /^NCT.*\.sql$/.test(f)).sort()) {
  const sql = readFileSync(join(here, file), 'utf8');
  const rows = (await db.runAndReadAll(sql, { as_of: asOf })).getRows();
  lines.push([basename(file, '.sql'), ...rows.flat()].join(' '));
}
const queries = seconds(start);
const [[rows, patients]] = (await db.runAndReadAll(
  'SELECT count(*), count(DISTINCT patient_id) FROM facts')).getRows();
console.log([...lines, `rows ${rows}`, `patients ${patients}`, `load ${load}`,
             `queries ${queries}`].join('\n'));
