-- The eight OMOP CDM v5.4 tables that `eligo export omop` writes and `eligo sql` reads,
-- in the schema cdm, for the agreement tests (tests/sql/run_postgres.sh, run_duckdb.mjs).
-- Runs unchanged on PostgreSQL 15 and DuckDB.
--
-- Source of the column lists, names, order and NOT NULL: OHDSI/CommonDataModel,
-- inst/ddl/5.4/postgresql/OMOPCDM_postgresql_5.4_ddl.sql at commit
-- f853f6e39c61b4eb8b3e5287fd573a1ced36c0e4 (the file as last changed by f39870c7,
-- 2023-09-06). Every column of each table is here, in the standard order.
--
-- Types, changed only where the two engines differ:
-- - NUMERIC -> DOUBLE PRECISION. A bare NUMERIC is arbitrary precision in PostgreSQL but
--   DECIMAL(18,3) in DuckDB, which would round 0.0045 to 0.005 there; eligo reads values as
--   IEEE doubles, so DOUBLE PRECISION gives both engines eligo's own arithmetic and
--   comparisons. (DuckDB reads DOUBLE PRECISION as DOUBLE.)
-- - TEXT -> VARCHAR (drug_exposure.sig): the same type in both engines.
-- - integer, varchar(n), date, TIMESTAMP as in the DDL. PostgreSQL enforces the lengths
--   of VARCHAR(n) and NOT NULL, so a file that breaks the CDM fails to load there.

CREATE SCHEMA IF NOT EXISTS cdm;

CREATE TABLE cdm.person (
  person_id INTEGER NOT NULL,
  gender_concept_id INTEGER NOT NULL,
  year_of_birth INTEGER NOT NULL,
  month_of_birth INTEGER,
  day_of_birth INTEGER,
  birth_datetime TIMESTAMP,
  race_concept_id INTEGER NOT NULL,
  ethnicity_concept_id INTEGER NOT NULL,
  location_id INTEGER,
  provider_id INTEGER,
  care_site_id INTEGER,
  person_source_value VARCHAR(50),
  gender_source_value VARCHAR(50),
  gender_source_concept_id INTEGER,
  race_source_value VARCHAR(50),
  race_source_concept_id INTEGER,
  ethnicity_source_value VARCHAR(50),
  ethnicity_source_concept_id INTEGER
);

CREATE TABLE cdm.observation_period (
  observation_period_id INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  observation_period_start_date DATE NOT NULL,
  observation_period_end_date DATE NOT NULL,
  period_type_concept_id INTEGER NOT NULL
);

CREATE TABLE cdm.measurement (
  measurement_id INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  measurement_concept_id INTEGER NOT NULL,
  measurement_date DATE NOT NULL,
  measurement_datetime TIMESTAMP,
  measurement_time VARCHAR(10),
  measurement_type_concept_id INTEGER NOT NULL,
  operator_concept_id INTEGER,
  value_as_number DOUBLE PRECISION,
  value_as_concept_id INTEGER,
  unit_concept_id INTEGER,
  range_low DOUBLE PRECISION,
  range_high DOUBLE PRECISION,
  provider_id INTEGER,
  visit_occurrence_id INTEGER,
  visit_detail_id INTEGER,
  measurement_source_value VARCHAR(50),
  measurement_source_concept_id INTEGER,
  unit_source_value VARCHAR(50),
  unit_source_concept_id INTEGER,
  value_source_value VARCHAR(50),
  measurement_event_id INTEGER,
  meas_event_field_concept_id INTEGER
);

CREATE TABLE cdm.observation (
  observation_id INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  observation_concept_id INTEGER NOT NULL,
  observation_date DATE NOT NULL,
  observation_datetime TIMESTAMP,
  observation_type_concept_id INTEGER NOT NULL,
  value_as_number DOUBLE PRECISION,
  value_as_string VARCHAR(60),
  value_as_concept_id INTEGER,
  qualifier_concept_id INTEGER,
  unit_concept_id INTEGER,
  provider_id INTEGER,
  visit_occurrence_id INTEGER,
  visit_detail_id INTEGER,
  observation_source_value VARCHAR(50),
  observation_source_concept_id INTEGER,
  unit_source_value VARCHAR(50),
  qualifier_source_value VARCHAR(50),
  value_source_value VARCHAR(50),
  observation_event_id INTEGER,
  obs_event_field_concept_id INTEGER
);

CREATE TABLE cdm.condition_occurrence (
  condition_occurrence_id INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  condition_concept_id INTEGER NOT NULL,
  condition_start_date DATE NOT NULL,
  condition_start_datetime TIMESTAMP,
  condition_end_date DATE,
  condition_end_datetime TIMESTAMP,
  condition_type_concept_id INTEGER NOT NULL,
  condition_status_concept_id INTEGER,
  stop_reason VARCHAR(20),
  provider_id INTEGER,
  visit_occurrence_id INTEGER,
  visit_detail_id INTEGER,
  condition_source_value VARCHAR(50),
  condition_source_concept_id INTEGER,
  condition_status_source_value VARCHAR(50)
);

CREATE TABLE cdm.drug_exposure (
  drug_exposure_id INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  drug_concept_id INTEGER NOT NULL,
  drug_exposure_start_date DATE NOT NULL,
  drug_exposure_start_datetime TIMESTAMP,
  drug_exposure_end_date DATE NOT NULL,
  drug_exposure_end_datetime TIMESTAMP,
  verbatim_end_date DATE,
  drug_type_concept_id INTEGER NOT NULL,
  stop_reason VARCHAR(20),
  refills INTEGER,
  quantity DOUBLE PRECISION,
  days_supply INTEGER,
  sig VARCHAR,
  route_concept_id INTEGER,
  lot_number VARCHAR(50),
  provider_id INTEGER,
  visit_occurrence_id INTEGER,
  visit_detail_id INTEGER,
  drug_source_value VARCHAR(50),
  drug_source_concept_id INTEGER,
  route_source_value VARCHAR(50),
  dose_unit_source_value VARCHAR(50)
);

CREATE TABLE cdm.procedure_occurrence (
  procedure_occurrence_id INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  procedure_concept_id INTEGER NOT NULL,
  procedure_date DATE NOT NULL,
  procedure_datetime TIMESTAMP,
  procedure_end_date DATE,
  procedure_end_datetime TIMESTAMP,
  procedure_type_concept_id INTEGER NOT NULL,
  modifier_concept_id INTEGER,
  quantity INTEGER,
  provider_id INTEGER,
  visit_occurrence_id INTEGER,
  visit_detail_id INTEGER,
  procedure_source_value VARCHAR(50),
  procedure_source_concept_id INTEGER,
  modifier_source_value VARCHAR(50)
);

CREATE TABLE cdm.concept (
  concept_id INTEGER NOT NULL,
  concept_name VARCHAR(255) NOT NULL,
  domain_id VARCHAR(20) NOT NULL,
  vocabulary_id VARCHAR(20) NOT NULL,
  concept_class_id VARCHAR(20) NOT NULL,
  standard_concept VARCHAR(1),
  concept_code VARCHAR(50) NOT NULL,
  valid_start_date DATE NOT NULL,
  valid_end_date DATE NOT NULL,
  invalid_reason VARCHAR(1)
);
