// Patient records as OMOP CDM tables: every row has its header's fields, measurements
// carry their LOINC concept and UCUM unit, events go to the table of their domain, and
// what the CDM cannot hold (no date, recorded absent) is counted, not written.
#include "omop/cdm_writer.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace eligo;

namespace {

std::vector<std::string> lines_of(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Fields outside quotes.
std::size_t field_count(const std::string& line) {
  std::size_t count = 1;
  bool quoted = false;
  for (const char c : line) {
    if (c == '"') quoted = !quoted;
    if (c == ',' && !quoted) ++count;
  }
  return count;
}

// RFC 4180: "" inside quotes is one quote.
std::string field(const std::string& line, std::size_t index) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '"' && quoted && i + 1 < line.size() && line[i + 1] == '"') {
      fields.back() += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields.at(index);
}

patients::PatientRecord patient() {
  patients::PatientRecord p;
  p.id = "P1, \"the first\"";
  p.birth_date = Date(std::chrono::year(1961), std::chrono::month(4), std::chrono::day(12));
  p.sex = patients::Sex::female;
  patients::Observation anc;
  anc.item = "anc";
  anc.value = 1.5;
  anc.unit = "10^9/L";
  anc.date = Date(std::chrono::year(2026), std::chrono::month(11), std::chrono::day(1));
  anc.ref_low = 1.8;
  anc.ref_high = 7.5;
  p.observations.push_back(anc);
  patients::Observation ecog;  // a score: no unit
  ecog.item = "ecog";
  ecog.value = 1;
  ecog.date = Date(std::chrono::year(2026), std::chrono::month(10), std::chrono::day(2));
  p.observations.push_back(ecog);
  patients::Observation height;  // history without a date: on 1900-01-01
  height.item = "height";
  height.value = 160;
  height.unit = "cm";
  p.observations.push_back(height);
  patients::Observation platelets;  // a lab without a date: not in the CDM
  platelets.item = "platelets";
  platelets.value = 160;
  platelets.unit = "10^9/L";
  p.observations.push_back(platelets);
  const Date day(std::chrono::year(2020), std::chrono::month(1), std::chrono::day(5));
  p.events.push_back(patients::Event{"multiple_myeloma", true, day, {}, {}});
  p.events.push_back(patients::Event{"lenalidomide", true, day, {}, {}});
  p.events.push_back(patients::Event{"asct", true, day, {}, {}});
  p.events.push_back(patients::Event{"amyloidosis", false, day, {}, {}});  // absent
  return p;
}

}  // namespace

TEST_CASE("cdm writer: a patient's facts in the tables of their domains") {
  const auto dir = std::filesystem::temp_directory_path() / "eligo-cdm-writer-test";
  std::filesystem::remove_all(dir);
  omop::CdmWriter writer(dir, Vocabulary::builtin(), CodeMaps::builtin());
  writer.add(patient());
  patients::PatientRecord unborn = patient();  // no birth date: no CDM person can hold it
  unborn.birth_date.reset();
  writer.add(unborn);
  const omop::ExportCounts counts = writer.finish();
  CHECK(counts.no_birth_date == 1);
  CHECK(counts.persons == 1);
  CHECK(counts.measurements == 3);
  CHECK(counts.conditions == 1);
  CHECK(counts.drugs == 1);
  CHECK(counts.procedures == 1);
  CHECK(counts.undated == 1);
  CHECK(counts.absent_events == 1);

  for (const char* table :
       {"person", "observation_period", "measurement", "observation", "condition_occurrence",
        "drug_exposure", "procedure_occurrence", "concept"}) {
    const auto lines = lines_of(dir / (std::string(table) + ".csv"));
    REQUIRE_FALSE(lines.empty());
    for (const std::string& line : lines) {
      INFO(table << ": " << line);
      CHECK(field_count(line) == field_count(lines[0]));
    }
  }
  const auto person = lines_of(dir / "person.csv");
  REQUIRE(person.size() == 2);
  CHECK(field(person[1], 1) == "8532");  // FEMALE
  CHECK(field(person[1], 2) == "1961");
  CHECK(field(person[1], 11) == "P1, \"the first\"");  // person_source_value, quoted
  const auto period = lines_of(dir / "observation_period.csv");
  REQUIRE(period.size() == 2);
  CHECK(period[1] == "1,1,2020-01-05,2026-11-01,0");

  // The concepts: matched by vocabulary and code; ids are the export's own.
  std::map<std::string, std::string> concept_of;  // id -> "vocabulary|code"
  for (const std::string& line : lines_of(dir / "concept.csv")) {
    concept_of[field(line, 0)] = field(line, 3) + "|" + field(line, 6);
  }
  const auto measurement = lines_of(dir / "measurement.csv");
  REQUIRE(measurement.size() == 4);
  CHECK(field(measurement[3], 3) == "1900-01-01");  // height, undated history
  CHECK(concept_of[field(measurement[1], 2)] == "LOINC|751-8");
  CHECK(field(measurement[1], 3) == "2026-11-01");
  CHECK(field(measurement[1], 8) == "1.5");
  CHECK(concept_of[field(measurement[1], 10)] == "UCUM|10*9/L");
  CHECK(field(measurement[1], 11) == "1.8");
  CHECK(field(measurement[1], 12) == "7.5");
  CHECK(field(measurement[1], 18) == "10^9/L");  // unit_source_value, as written
  CHECK(field(measurement[2], 10).empty());      // a score has no unit concept
  const auto drug = lines_of(dir / "drug_exposure.csv");
  REQUIRE(drug.size() == 2);
  CHECK(concept_of[field(drug[1], 2)].rfind("RxNorm|", 0) == 0);
  const auto condition = lines_of(dir / "condition_occurrence.csv");
  REQUIRE(condition.size() == 2);
  CHECK(concept_of[field(condition[1], 2)].rfind("SNOMED|", 0) == 0);
  CHECK(concept_of["8532"] == "Gender|F");
  std::filesystem::remove_all(dir);
}
