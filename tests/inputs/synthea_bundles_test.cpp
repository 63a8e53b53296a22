// The Synthea FHIR R4 sample bundles (shared/data/synthea/fhir-r4, transaction bundles
// with urn:uuid: references): the facts the reader gives each patient are checked
// against the bundle itself, read here independently with nlohmann::json: birth date
// and sex, and per vocabulary item the number of Observations, the latest date, and the
// value(s) and unit on that date. Then every bundle is screened against the seed trials.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "engine/explain.hpp"
#include "engine/record_resolver.hpp"
#include "engine/screener.hpp"
#include "grammar/trial_compiler.hpp"
#include "inputs_support.hpp"
#include "patients/fhir_reader.hpp"

using namespace eligo;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// The two bundles in the repository, and all eight of ../shared when it is there.
const fs::path kBundled = fs::path(ELIGO_SOURCE_DIR) / "tests" / "inputs" / "data" / "synthea";
const fs::path kShared =
    fs::path(ELIGO_SOURCE_DIR) / ".." / "shared" / "data" / "synthea" / "fhir-r4";

std::vector<fs::path> bundles() {
  std::map<std::string, fs::path> by_name;
  for (const fs::path& dir : {kBundled, kShared}) {
    std::error_code error;
    if (!fs::is_directory(dir, error)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".json")
        by_name.emplace(entry.path().filename(), entry.path());
    }
  }
  std::vector<fs::path> out;
  for (const auto& [name, path] : by_name) out.push_back(path);
  return out;
}

// What one item's observations come to.
struct Summary {
  std::size_t count = 0;
  std::string latest;            // YYYY-MM-DD
  std::multiset<double> values;  // on the latest date
  std::set<std::string> units;   // on the latest date

  // One more value of the item: the values and units of its latest date are kept.
  void add(const std::string& date, double value, const std::string& unit) {
    ++count;
    if (date > latest) {
      latest = date;
      values.clear();
      units.clear();
    }
    if (date == latest) {
      values.insert(value);
      units.insert(unit);
    }
  }
};

// Expected, from the JSON alone (the vocabulary says which LOINC codes are items, and
// the resolver whether a unit fits the item: a refused unit is not a fact). A value
// outside the item's plausible range is reported as a refused row and counted in
// `implausible`: Synthea writes total protein (2885-2) in g/L under the unit g/dL.
struct Expected {
  std::map<std::string, Summary> items;
  std::size_t implausible = 0;
};

// One coded quantity: the Observation itself, or one of its components (blood pressure).
void expect_quantity(const json& code, const json& q, const std::string& date, Expected& out) {
  const Vocabulary& vocabulary = Vocabulary::builtin();
  for (const json& coding : code["coding"]) {
    if (coding.value("system", "") != "http://loinc.org") continue;
    const VocabularyEntry* item = vocabulary.find_loinc(coding.value("code", ""));
    if (item == nullptr) continue;
    const std::string unit =
        q.contains("code") ? q["code"].get<std::string>() : q.value("unit", "");
    const patients::ItemInfo info =
        engine::resolve_record_item(vocabulary, "LOINC:" + coding["code"].get<std::string>(), unit);
    if (!info.error.empty()) return;
    const double value = q["value"].get<double>();
    // The record keeps an implausible value (the patient view never compares it).
    if ((info.plausible_low && value < *info.plausible_low) ||
        (info.plausible_high && value > *info.plausible_high)) {
      ++out.implausible;
    }
    // eGFR written mL/min is stored as LOINC 33914-3 defines it, per 1.73 m².
    out.items[item->id].add(date, value, std::string(patients::unit_to_store(info, unit)));
    return;
  }
}

Expected expected_observations(const json& bundle) {
  Expected out;
  for (const json& entry : bundle["entry"]) {
    const json& r = entry["resource"];
    if (r["resourceType"] != "Observation") continue;
    const std::string status = r.value("status", "");
    if (status == "entered-in-error" || status == "cancelled") continue;
    const std::string date = r["effectiveDateTime"].get<std::string>().substr(0, 10);
    if (r.contains("valueQuantity")) expect_quantity(r["code"], r["valueQuantity"], date, out);
    if (!r.contains("component")) continue;
    for (const json& c : r["component"]) {
      if (c.contains("valueQuantity")) expect_quantity(c["code"], c["valueQuantity"], date, out);
    }
  }
  return out;
}

std::map<std::string, Summary> read_observations(const patients::PatientRecord& record) {
  std::map<std::string, Summary> out;
  for (const patients::Observation& o : record.observations) {
    REQUIRE(o.date);
    const std::string date = to_iso_string(*o.date);
    Summary& s = out[o.item];
    s.add(date, o.value, o.unit);
  }
  return out;
}

}  // namespace

TEST_CASE("synthea: the facts read per patient match the bundle", "[synthea][fhir]") {
  const auto files = bundles();
  REQUIRE(files.size() >= 2);
  patients::ReadOptions options;
  options.resolver = engine::make_record_resolver();
  std::set<std::string> items_seen;
  std::size_t completed_units = 0;
  for (const fs::path& file : files) {
    INFO(file.filename().string());
    const json bundle = json::parse(eligo::test::read_file(file.string()));
    std::vector<patients::PatientRecord> records;
    const patients::CodedRead read = patients::read_fhir_files(
        {file}, options, [&](patients::PatientRecord&& r) { records.push_back(std::move(r)); }, {});
    REQUIRE(read.failures.empty());
    REQUIRE(records.size() == 1);
    const patients::PatientRecord& record = records[0];
    // A standard Synthea export screens cleanly: no row refused but the values that are
    // implausible as written (eGFR in mL/min is read per 1.73 m², as its LOINC code
    // defines it; issue 14).
    const Expected expected_read = expected_observations(bundle);
    CHECK(read.result.stats.rows_rejected == expected_read.implausible);
    CHECK(read.result.stats.errors == expected_read.implausible);

    const auto patient =
        std::find_if(bundle["entry"].begin(), bundle["entry"].end(),
                     [](const json& e) { return e["resource"]["resourceType"] == "Patient"; });
    REQUIRE(patient != bundle["entry"].end());
    const json& p = (*patient)["resource"];
    CHECK(record.id == p["id"].get<std::string>());
    REQUIRE(record.birth_date);
    CHECK(to_iso_string(*record.birth_date) == p["birthDate"].get<std::string>());
    REQUIRE(record.sex);
    CHECK(std::string(to_string(*record.sex)) == p["gender"].get<std::string>());

    const auto& expected = expected_read.items;
    const auto got = read_observations(record);
    REQUIRE(!expected.empty());
    CHECK(got.size() == expected.size());
    for (const auto& [item, want] : expected) {
      INFO(item);
      items_seen.insert(item);
      const auto it = got.find(item);
      REQUIRE(it != got.end());
      CHECK(it->second.count == want.count);
      CHECK(it->second.latest == want.latest);
      CHECK(it->second.values == want.values);
      CHECK(it->second.units == want.units);
    }
    // The events read are the codes the code maps know (anaemia, hypertension, ...): each
    // names an event of the vocabulary; every code without an item is counted.
    for (const patients::Event& e : record.events) {
      INFO(e.item);
      const VocabularyEntry* v = Vocabulary::builtin().find(e.item);
      REQUIRE(v != nullptr);
      CHECK((v->kind == ItemKind::condition || v->kind == ItemKind::therapy ||
             v->kind == ItemKind::procedure));
    }
    CHECK(read.unmapped.total() > 0);
    // Every fact points at the line where its bundle entry starts.
    const std::string text = eligo::test::read_file(file.string());
    for (const patients::Observation& o : record.observations) {
      if (!o.unit_note.empty()) {
        CHECK(o.item == "egfr");
        CHECK(o.unit == "mL/min/1.73m2");
        CHECK(o.unit_note == "written mL/min; LOINC 33914-3 is per 1.73 m²");
        ++completed_units;
      }
      REQUIRE(o.source.line > 0);
      std::size_t at = 0;
      for (std::uint32_t line = 1; line < o.source.line; ++line) at = text.find('\n', at) + 1;
      CHECK(text.compare(at, text.find('\n', at) - at,
                         std::string(text.find_first_not_of(' ', at) - at, ' ') + "{") == 0);
    }
  }
  // Tom Goodwin's bundle writes two of its eGFR values (LOINC 33914-3) in mL/min.
  CHECK(completed_units >= 2);
  // The README's codes: creatinine as 38483-4, calcium as 49765-1, platelets in 10*3/uL.
  CHECK(items_seen.count("creatinine") == 1);
  CHECK(items_seen.count("calcium") == 1);
  CHECK(items_seen.count("platelets") == 1);
  CHECK(items_seen.count("hemoglobin") == 1);
}

TEST_CASE("synthea: every bundle screens against the seed trials", "[synthea][fhir]") {
  const auto files = bundles();
  REQUIRE(files.size() >= 2);
  std::vector<Trial> trials;
  const auto paths = grammar::expand_trial_paths({eligo::test::source_path("criteria")});
  REQUIRE(paths);
  for (const auto& path : *paths) {
    trials.push_back(grammar::compile_trial_file(path)->trial);
  }
  REQUIRE(trials.size() == 4);
  const engine::Screener screener(trials, Vocabulary::builtin());
  engine::ScreenWorker worker(screener);
  patients::ReadOptions options;
  options.resolver = engine::make_record_resolver();
  std::size_t pairs = 0, platelets_converted = 0;
  patients::read_fhir_files(
      files, options,
      [&](patients::PatientRecord&& patient) {
        // As of the day after the patient's last platelet count, so it is in the
        // window.
        Date as_of{};
        for (const patients::Observation& o : patient.observations) {
          if (o.item == "platelets" && o.date && *o.date > as_of) as_of = *o.date;
        }
        as_of = Date{std::chrono::sys_days(as_of) + std::chrono::days(1)};
        worker.screen(
            patient, as_of,
            [&](std::size_t, const engine::TrialEvaluation& ev, const engine::Verdict& v) {
              ++pairs;
              CHECK(v.criteria.size() == ev.trial->trial->criteria.size());
              for (std::size_t i = 0; i < v.criteria.size(); ++i) {
                const std::string text = engine::explain_criterion(ev, v, i);
                if (text.find("platelets") != std::string::npos &&
                    text.find("10*3/uL on ") != std::string::npos) {
                  ++platelets_converted;
                }
              }
            });
      },
      {});
  CHECK(pairs == files.size() * 4);
  CHECK(platelets_converted > 0);
}
