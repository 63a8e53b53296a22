// The shared statements of a script; see sql_setup.hpp.
#include "omop/sql_setup.hpp"

#include <cmath>
#include <vector>

#include "core/ucum.hpp"
#include "core/units.hpp"
#include "engine/patient_view.hpp"
#include "omop/concepts.hpp"
#include "omop/sql_values.hpp"

namespace eligo::omop {
namespace {

constexpr std::size_t kRowsPerInsert = 500;

// INSERT INTO table VALUES ..., in statements of kRowsPerInsert rows.
std::string insert(const std::string& table, const std::vector<std::string>& rows) {
  std::string out;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    out += i % kRowsPerInsert == 0 ? "INSERT INTO " + table + " VALUES\n  " : ",\n  ";
    out += rows[i];
    if (i % kRowsPerInsert == kRowsPerInsert - 1 || i + 1 == rows.size()) out += ";\n";
  }
  return out;
}

// The largest plausible value in the entry's canonical unit; none for a percentage of
// predicted or of normal (its own bound decides, engine::plausible).
std::optional<double> dimension_bound(const Unit& unit, const VocabularyEntry& entry) {
  if (unit.dimension == Dimension::fraction && entry.plausible_high &&
      *entry.plausible_high > 100) {
    return std::nullopt;
  }
  return engine::plausible_limit(unit);
}

}  // namespace

std::string setup_statements(const Vocabulary& vocabulary, const CodeMaps& maps,
                             const SqlDialect& sql, Date as_of, const std::string& schema) {
  const std::string d = std::string(sql.double_type());
  std::string out;
  out +=
      "-- eligo's items by standard code: LOINC, SNOMED, ICD10CM (a category row covers its "
      "codes), RxNorm, CPT4, and the local vocabulary 'eligo'.\n";
  out +=
      "CREATE TEMP TABLE eligo_item_code (item VARCHAR(64), kind VARCHAR(8), vocabulary_id "
      "VARCHAR(20), concept_code VARCHAR(50), is_prefix BOOLEAN);\n";
  std::vector<std::string> codes, units, bounds;
  for (const VocabularyEntry& entry : vocabulary.entries()) {
    if (entry.kind == ItemKind::demographic) continue;
    const std::string kind = entry.kind == ItemKind::measure ? "measure" : "event";
    for (const ConceptCode& c : item_concepts(entry, maps)) {
      codes.push_back("(" + sql.text(entry.id) + ", " + sql.text(kind) + ", " +
                      sql.text(c.vocabulary) + ", " + sql.text(c.code) + ", " +
                      sql_boolean(c.prefix) + ")");
    }
    if (entry.kind != ItemKind::measure) continue;
    const Result<Unit> canonical = parse_unit(entry.canonical_unit);
    if (!canonical) continue;
    for (std::size_t u = 0; u < unit_count(); ++u) {
      const Unit& unit = unit_by_id(static_cast<UnitId>(u));
      const engine::Conversion c = engine::conversion_to(unit, *canonical, entry);
      if (!c.ok) continue;
      units.push_back("(" + sql.text(entry.id) + ", " + sql.text(ucum_code(unit)) + ", " +
                      sql.number(c.factor) + ", " + sql_boolean(c.divide) + ", " +
                      sql.number(c.shift) + ", " + sql_boolean(c.across) + ")");
    }
    const std::optional<double> high = dimension_bound(*canonical, entry);
    bounds.push_back("(" + sql.text(entry.id) + ", " +
                     (high ? sql.number(*high) : "CAST(NULL AS " + d + ")") + ", " +
                     (entry.plausible_low ? sql.number(*entry.plausible_low) : "NULL") + ", " +
                     (entry.plausible_high ? sql.number(*entry.plausible_high) : "NULL") + ")");
  }
  out += insert("eligo_item_code", codes);
  out +=
      "-- Conversions into each measure's canonical unit (eligo's unit table, molar masses per "
      "analyte): canonical = value x factor (or / factor) + shift. A unit with no row does "
      "not convert: the value is unknown, never compared.\n";
  out += "CREATE TEMP TABLE eligo_unit (item VARCHAR(64), ucum VARCHAR(50), factor " + d +
         ", divide BOOLEAN, shift " + d + ", across BOOLEAN);\n";
  out += insert("eligo_unit", units);
  out += "-- Plausible values in the canonical unit: outside, a value is reported, not used.\n";
  out += "CREATE TEMP TABLE eligo_bound (item VARCHAR(64), dimension_high " + d +
         ", plausible_low " + d + ", plausible_high " + d + ");\n";
  out += insert("eligo_bound", bounds);
  for (const char* table : {"eligo_item_code", "eligo_unit", "eligo_bound"}) {
    out += sql.analyze(table);
  }

  const std::string as_of_date = sql.date(as_of);
  const int y = static_cast<int>(as_of.year());
  const unsigned m = static_cast<unsigned>(as_of.month()), day = static_cast<unsigned>(as_of.day());
  out += "-- Persons: sex from the Gender concept, age in completed years on " +
         to_iso_string(as_of) + " (unknown without a whole birth date, or born after it).\n";
  out +=
      "CREATE TEMP TABLE eligo_person AS SELECT p.person_id, p.person_source_value,\n"
      "  CASE WHEN gc.vocabulary_id = 'Gender' AND gc.concept_code = 'F' THEN 'female' WHEN "
      "gc.vocabulary_id = 'Gender' AND gc.concept_code = 'M' THEN 'male' END AS sex,\n"
      "  CASE WHEN p.year_of_birth IS NULL OR p.month_of_birth IS NULL OR p.day_of_birth IS "
      "NULL THEN NULL\n"
      "    WHEN p.year_of_birth * 10000 + p.month_of_birth * 100 + p.day_of_birth > " +
      std::to_string(y * 10000 + static_cast<int>(m) * 100 + static_cast<int>(day)) +
      " THEN NULL\n"
      "    ELSE " +
      std::to_string(y) + " - p.year_of_birth - CASE WHEN p.month_of_birth * 100 + " +
      "p.day_of_birth > " + std::to_string(m * 100 + day) + " THEN 1 ELSE 0 END END AS age\n" +
      "FROM " + schema + ".person p LEFT JOIN " + schema +
      ".concept gc ON gc.concept_id = p.gender_concept_id;\n";
  out += sql.analyze("eligo_person");

  const auto value_in = [&](const std::string& column) {
    return "CASE WHEN u.divide THEN " + column + " / u.factor ELSE " + column +
           " * u.factor END + u.shift";
  };
  const auto facts_of = [&](const std::string& table, const std::string& prefix) {
    return "SELECT f.person_id, ic.item, f." + prefix + "_date AS day, f." + prefix +
           "_id AS seq, " + value_in("f.value_as_number") + " AS canonical, u.across,\n    " +
           (table == "measurement"
                ? value_in("f.range_low") + " AS range_low, " + value_in("f.range_high") +
                      " AS range_high"
                : "CAST(NULL AS " + d + ") AS range_low, CAST(NULL AS " + d + ") AS range_high") +
           "\n  FROM " + schema + "." + table + " f\n  JOIN " + schema +
           ".concept c ON c.concept_id = f." + prefix +
           "_concept_id\n  JOIN eligo_item_code ic ON ic.kind = 'measure' AND ic.vocabulary_id = "
           "c.vocabulary_id AND (ic.concept_code = c.concept_code OR (ic.is_prefix AND "
           "c.concept_code "
           "LIKE ic.concept_code || '%'))\n  LEFT JOIN " +
           schema +
           ".concept uc ON uc.concept_id = f.unit_concept_id\n  LEFT JOIN eligo_unit u ON u.item = "
           "ic.item AND u.ucum = COALESCE(uc.concept_code, '')\n  WHERE f." +
           prefix + "_date <= " + as_of_date + " AND f.value_as_number IS NOT NULL";
  };
  out +=
      "-- Measurements (and observations with a number) of eligo's measures, up to the "
      "reference date, in canonical units; seq orders a day's values as the record does.\n";
  out +=
      "CREATE TEMP TABLE eligo_measure AS SELECT x.*, CASE WHEN x.canonical IS NULL THEN NULL "
      "WHEN x.canonical < 0 OR x.canonical > b.dimension_high OR (x.canonical < "
      "b.plausible_low AND NOT ABS(x.canonical - b.plausible_low) <= 1e-9 * "
      "GREATEST(ABS(x.canonical), ABS(b.plausible_low))) OR (x.canonical > b.plausible_high "
      "AND NOT ABS(x.canonical - b.plausible_high) <= 1e-9 * GREATEST(ABS(x.canonical), "
      "ABS(b.plausible_high))) THEN FALSE ELSE TRUE END AS plausible FROM (\n  " +
      facts_of("measurement", "measurement") + "\n  UNION ALL\n  " +
      facts_of("observation", "observation") +
      "\n) x LEFT JOIN eligo_bound b ON b.item = x.item;\n";
  out +=
      "-- Each person's latest value of each item (RANK over the dates): its values that "
      "day, how many do not convert or are not plausible, and its own reference range.\n";
  out +=
      "CREATE TEMP TABLE eligo_latest AS SELECT person_id, item, day, MIN(canonical) AS lo, "
      "MAX(canonical) AS hi,\n  SUM(CASE WHEN canonical IS NULL THEN 1 ELSE 0 END) AS bad, "
      "SUM(CASE WHEN plausible = FALSE THEN 1 ELSE 0 END) AS implausible,\n  MAX(CASE WHEN "
      "across THEN 1 ELSE 0 END) AS across, MAX(range_low) AS range_low, MAX(range_high) AS "
      "range_high\nFROM (SELECT m.*, RANK() OVER (PARTITION BY person_id, item ORDER BY day "
      "DESC) AS rnk FROM eligo_measure m) ranked\nWHERE rnk = 1 GROUP BY person_id, item, "
      "day;\n";
  out += sql.analyze("eligo_latest");
  out +=
      "-- The latest record of each event item up to the reference date (conditions, drug "
      "exposures, procedures, observations).\n";
  out +=
      "CREATE TEMP TABLE eligo_event AS SELECT e.person_id, ic.item, MAX(e.day) AS day FROM (\n"
      "  SELECT person_id, condition_concept_id AS concept_id, condition_start_date AS day FROM " +
      schema +
      ".condition_occurrence\n  UNION ALL SELECT person_id, drug_concept_id, "
      "drug_exposure_start_date FROM " +
      schema +
      ".drug_exposure\n  UNION ALL SELECT person_id, procedure_concept_id, procedure_date FROM " +
      schema +
      ".procedure_occurrence\n  UNION ALL SELECT person_id, observation_concept_id, "
      "observation_date FROM " +
      schema + ".observation\n) e JOIN " + schema +
      ".concept c ON c.concept_id = e.concept_id\nJOIN eligo_item_code ic ON ic.kind = 'event' AND "
      "ic.vocabulary_id = c.vocabulary_id AND (ic.concept_code = c.concept_code OR (ic.is_prefix "
      "AND c.concept_code LIKE ic.concept_code || '%'))\nWHERE e.day <= " +
      as_of_date + " GROUP BY e.person_id, ic.item;\n";
  out += sql.analyze("eligo_event");
  return out;
}

}  // namespace eligo::omop
