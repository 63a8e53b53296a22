// Runs an SQL script over an OMOP CDM directory in an in-memory DuckDB.
//   node tests/sql/run_duckdb.mjs MODULES OMOP_DIR SCRIPT OUT_CSV
// MODULES is the folder whose node_modules holds @duckdb/node-api (scripts/duckdb-npm.sh
// installs it and prints the folder). Creates schema cdm with the tables of omop_cdm.sql,
// loads each OMOP_DIR/TABLE.csv that exists by its header's column names, with the
// table's column types (an empty cell is NULL, a quoted empty cell an empty string, as
// PostgreSQL's COPY), runs SCRIPT's statements one by one in order (DuckDB's own parser
// splits them), and writes the last one's result to OUT_CSV as CSV with a header row,
// formatted as run_postgres.sh's psql --csv does: RFC 4180 quoting, NULL as an empty
// field, booleans as t and f. A statement before the last that is a SELECT is an error
// (eligo sql's contract: only the last returns rows). The result is written as DuckDB
// hands it over, chunk by chunk (millions of rows for the bench's populations).
// Environment, for bench/sql.sh:
//   ELIGO_DUCKDB_THREADS=N   DuckDB's threads setting (default: its own, the cores)
//   ELIGO_SQL_TIMES=1        prints `load SECONDS` (the tables and their CSV) and
//                            `query SECONDS` (SCRIPT and writing its result) to stderr
// Exit status: 0 done, 1 a load or the script failed, 2 usage.
import { closeSync, existsSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [modules, omop, script, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node run_duckdb.mjs MODULES OMOP_DIR SCRIPT OUT_CSV');
  process.exit(2);
}
const { DuckDBInstance, StatementType } =
  createRequire(join(modules, 'noop.js'))('@duckdb/node-api');
const here = fileURLToPath(new URL('.', import.meta.url));
const literal = (text) => `'${text.replaceAll("'", "''")}'`;
const fail = (message) => {
  console.error(`run_duckdb.mjs: ${message}`);
  process.exit(1);
};

const threads = process.env.ELIGO_DUCKDB_THREADS;
const db = await (await DuckDBInstance.create(':memory:', threads ? { threads } : {})).connect();
const times = process.env.ELIGO_SQL_TIMES ? [] : null;
const seconds = () => Number(process.hrtime.bigint()) / 1e9;
const time = (name, since) => times?.push(`${name} ${(seconds() - since).toFixed(3)}`);

const loadStart = seconds();
const ddl = readFileSync(join(here, 'omop_cdm.sql'), 'utf8');
await db.run(ddl);

// A table's CSV: its header names the columns; each is read as the table's type.
async function load(table, csv) {
  const start = Buffer.alloc(65536);
  const fd = openSync(csv, 'r');
  const size = readSync(fd, start, 0, start.length, 0);
  closeSync(fd);
  const header = start.toString('utf8', 0, size).split('\n', 1)[0].replace(/\r$/, '');
  const names = header.split(',').map((name) => name.replace(/^"(.*)"$/, '$1'));
  const types = new Map((await db.runAndReadAll(
    `SELECT column_name, data_type FROM duckdb_columns()
     WHERE schema_name = 'cdm' AND table_name = ${literal(table)}`)).getRows());
  const unknown = names.filter((name) => !types.has(name));
  if (unknown.length) fail(`${csv}: no column ${unknown.join(', ')} in cdm.${table}`);
  const columns = names.map((n) => `${literal(n)}: ${literal(types.get(n))}`).join(', ');
  const quoted = names.map((n) => `"${n}"`).join(', ');
  await db.run(`INSERT INTO cdm.${table} (${quoted}) SELECT * FROM read_csv(${literal(csv)},
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    allow_quoted_nulls = false, columns = {${columns}})`);
}
for (const [, table] of ddl.matchAll(/^CREATE TABLE cdm\.([a-z_]+) /gm)) {
  const csv = join(omop, `${table}.csv`);
  if (!existsSync(csv)) continue;
  try {
    await load(table, csv);
  } catch (error) {
    fail(`loading ${csv}: ${error.message}`);
  }
}

time('load', loadStart);

const field = (value) => {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? 't' : 'f') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const lines = (rows) => rows.map((row) => `${row.map(field).join(',')}\n`).join('');

// The script, one statement at a time; the last one's rows are written to OUT_CSV.
const queryStart = seconds();
const extracted = await db.extractStatements(readFileSync(script, 'utf8'));
if (extracted.count === 0) fail(`${script}: no statement`);
for (let i = 0; i < extracted.count; ++i) {
  const where = `${script}: statement ${i + 1} of ${extracted.count}`;
  const last = i + 1 === extracted.count;
  let prepared;
  try {
    prepared = await extracted.prepare(i);
    if (!last && prepared.statementType === StatementType.SELECT) {
      fail(`${where} is a SELECT: only the last statement may return rows`);
    }
    if (!last) {
      await prepared.run();
      continue;
    }
    const result = await prepared.stream();
    const fd = openSync(out, 'w');
    try {
      writeSync(fd, lines([result.columnNames()]));
      for (let chunk; (chunk = await result.fetchChunk()) && chunk.rowCount > 0;) {
        writeSync(fd, lines(chunk.getRows()));
      }
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    fail(`${where}: ${error.message}`);
  } finally {
    prepared?.destroySync();
  }
}
time('query', queryStart);
if (times) console.error(times.join('\n'));
