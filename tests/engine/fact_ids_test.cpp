// Ids, not strings, between stages (core/ids.hpp): the record resolver names each fact's
// item and unit by id when it reads it, and the patient view looks the ids up instead of
// resolving the text again, with the same result.
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <sstream>

#include "core/units.hpp"
#include "core/vocabulary.hpp"
#include "engine/patient_view.hpp"
#include "engine/record_resolver.hpp"
#include "patients/fhir_reader.hpp"
#include "patients/read_patients.hpp"

using namespace eligo;

namespace {

const char* const kRows =
    "patient_id,item,value,unit,date,ref_low,ref_high\n"
    "P1,anc,1200,/uL,2026-11-01,,\n"
    "P1,LOINC:777-3,150,10*3/uL,2026-11-02,,\n"
    "P1,creatinine,88,umol/L,2026-11-03,,\n"
    "P1,temperature,98.6,[degF],2026-11-03,,\n"
    "P1,egfr,55,mL/min,2026-11-03,,\n"
    "P1,hiv,no,,2026-10-01,,\n"
    "P1,platelets,abc,10^9/L,2026-11-04,,\n";

patients::PatientRecord read(const Vocabulary& vocabulary) {
  patients::ReadOptions options;
  options.resolver = engine::make_record_resolver(vocabulary);
  const patients::PatientFile file = patients::read_patients_text(kRows, "ids.csv", options);
  REQUIRE(file.patients.size() == 1);
  return file.patients[0];
}

}  // namespace

TEST_CASE("the unit table numbers every unit, and a parsed unit carries its id") {
  for (std::size_t i = 0; i < unit_count(); ++i) {
    CHECK(index_of(unit_by_id(static_cast<UnitId>(i)).id) == i);
  }
  const Result<Unit> per_ul = parse_unit("/µL");
  REQUIRE(per_ul);
  CHECK(unit_by_id(per_ul->id).code == per_ul->code);
  CHECK(no_unit().id == parse_unit("")->id);
}

TEST_CASE("the record resolver names each fact's item and stored unit by id") {
  const Vocabulary& v = Vocabulary::builtin();
  const patients::PatientRecord record = read(v);
  REQUIRE(record.observations.size() == 4);  // eGFR in mL/min is refused (ids.csv:6)
  const patients::Observation& platelets = record.observations[1];
  REQUIRE(v.entry(platelets.ids.item) != nullptr);
  CHECK(v.entry(platelets.ids.item)->id == "platelets");
  CHECK(unit_by_id(platelets.ids.unit).code == parse_unit("10*3/uL")->code);
  for (const patients::Observation& o : record.observations) {
    CHECK(unit_by_id(o.ids.unit).code == parse_unit(o.unit)->code);
  }
  REQUIRE(record.events.size() == 1);
  CHECK(v.entry(record.events[0].ids.item)->id == "hiv");
  REQUIRE(record.refused.size() == 2);
  for (const patients::RefusedRow& r : record.refused) {
    CHECK(r.ids.item == ItemId::none);  // the long reader names refused rows by their text
  }
}

TEST_CASE("ids take no part in a fact's equality") {
  patients::Observation a;
  a.item = "anc";
  a.value = 1.2;
  a.unit = "10^9/L";
  patients::Observation b = a;
  b.ids = FactIds{ItemId{3}, UnitId{7}};
  CHECK(a == b);
}

namespace {

// A view of `with_ids`, and one of the same record with every id reset, agree on every
// item. Returns how many observations were compared.
std::size_t same_with_and_without_ids(const patients::PatientRecord& with_ids) {
  const Vocabulary& v = Vocabulary::builtin();
  patients::PatientRecord without_ids = with_ids;
  for (auto& o : without_ids.observations) o.ids = {};
  for (auto& e : without_ids.events) e.ids = {};
  for (auto& r : without_ids.refused) r.ids = {};
  engine::PatientView by_ids(v, with_ids);
  engine::PatientView by_text(v, without_ids);
  const engine::Day as_of = engine::to_day(*parse_iso_date("2026-11-20"));
  std::size_t compared = 0;
  for (const VocabularyEntry& entry : v.entries()) {
    const auto a = by_ids.observations(entry);
    const auto b = by_text.observations(entry);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].canonical_ok == b[i].canonical_ok);
      CHECK(a[i].canonical == b[i].canonical);
      CHECK(a[i].plausible == b[i].plausible);
      CHECK(a[i].day == b[i].day);
      ++compared;
    }
    CHECK(by_ids.events(entry).size() == by_text.events(entry).size());
    CHECK(by_ids.refused_naming(entry, engine::kNoDate) ==
          by_text.refused_naming(entry, engine::kNoDate));
    const engine::Lookup la = by_ids.latest(entry, as_of, engine::kNoDate);
    const engine::Lookup lb = by_text.latest(entry, as_of, engine::kNoDate);
    CHECK(la.status == lb.status);
  }
  CHECK(by_ids.unindexed() == by_text.unindexed());
  return compared;
}

}  // namespace

TEST_CASE("a view reads a record the same with its ids and without them") {
  // anc, platelets, creatinine, temperature; eGFR's row is refused
  CHECK(same_with_and_without_ids(read(Vocabulary::builtin())) == 4);
}

TEST_CASE("the FHIR reader gives ids too, and they read the same as the text") {
  std::ifstream in(std::string(ELIGO_SOURCE_DIR) + "/tests/inputs/data/P03-rrmm.bundle.json");
  std::stringstream text;
  text << in.rdbuf();
  patients::ReadOptions options;
  options.resolver = engine::make_record_resolver(Vocabulary::builtin());
  std::vector<patients::PatientRecord> read;
  patients::read_fhir_text(
      text.str(), "P03.json", options,
      [&](patients::PatientRecord&& r) { read.push_back(std::move(r)); }, [](const Diagnostic&) {});
  REQUIRE(read.size() == 1);
  std::size_t with_ids = 0;
  for (const patients::Observation& o : read[0].observations) {
    with_ids += o.ids.item != ItemId::none && o.ids.unit != UnitId::none;
  }
  CHECK(with_ids > 0);
  CHECK(same_with_and_without_ids(read[0]) > 0);
}

TEST_CASE("a resolver over another vocabulary gives no ids, so no view trusts foreign ids") {
  const Vocabulary other(Vocabulary::builtin().entries());
  const patients::PatientRecord record = read(other);
  for (const patients::Observation& o : record.observations) CHECK(o.ids.item == ItemId::none);
}
