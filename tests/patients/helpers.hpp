// Helpers for the patient reader tests: a compact text dump of records (so expected
// values read as a table), a resolver that knows a few items like the engine's would,
// and a stream that cannot seek, like a pipe.
#pragma once

#include <algorithm>
#include <sstream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"
#include "patients/read_patients.hpp"

namespace eligo::test {

// The readers' test files (tests/patients/data/).
inline const std::string kData = std::string(ELIGO_SOURCE_DIR) + "/tests/patients/data/";

inline std::string dump_number(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

// One line per fact: "P1 anc 1.5 10^9/L @2026-01-10 ref 1.8..7.5 (f:3)"; sources only
// when asked, so grouped and ungrouped files can be compared.
inline std::string dump(const patients::PatientRecord& r, bool sources = false) {
  std::string out;
  const auto where = [&](const patients::SourceLocation& s) {
    return sources ? " (" + to_string(s) + ")" : std::string();
  };
  if (r.birth_date)
    out += r.id + " birth_date " + to_iso_string(*r.birth_date) + where(r.birth_date_source) + "\n";
  if (r.sex) out += r.id + " sex " + std::string(to_string(*r.sex)) + where(r.sex_source) + "\n";
  for (const patients::Observation& o : r.observations) {
    out += r.id + " " + o.item + " " + dump_number(o.value);
    if (!o.unit.empty()) out += " " + o.unit;
    if (o.date) out += " @" + to_iso_string(*o.date);
    if (o.ref_low || o.ref_high) {
      out += " ref " + (o.ref_low ? dump_number(*o.ref_low) : "") + ".." +
             (o.ref_high ? dump_number(*o.ref_high) : "");
    }
    out += where(o.source) + "\n";
  }
  for (const patients::Event& e : r.events) {
    out += r.id + " " + e.item + (e.present ? " yes" : " no");
    if (e.date) out += " @" + to_iso_string(*e.date);
    out += where(e.source) + "\n";
  }
  if (out.empty()) out = r.id + " (no data)\n";
  return out;
}

inline std::string dump(const std::vector<patients::PatientRecord>& records, bool sources = false) {
  std::string out;
  for (const patients::PatientRecord& r : records) out += dump(r, sources);
  return out;
}

inline std::vector<patients::PatientRecord> sorted_by_id(
    std::vector<patients::PatientRecord> records) {
  std::sort(records.begin(), records.end(),
            [](const patients::PatientRecord& a, const patients::PatientRecord& b) {
              return a.id < b.id;
            });
  return records;
}

inline std::vector<std::string> ids(const std::vector<patients::PatientRecord>& records) {
  std::vector<std::string> out;
  for (const patients::PatientRecord& r : records) out.push_back(r.id);
  return out;
}

// "line: reason" per error, to compare with a table.
inline std::vector<std::string> dump(const std::vector<Diagnostic>& errors) {
  std::vector<std::string> out;
  for (const Diagnostic& e : errors) out.push_back(std::to_string(e.span.line) + ": " + e.message);
  return out;
}

// Like the engine's: a few known items and units, LOINC 751-8 is anc.
inline patients::ItemInfo test_resolver(std::string_view item, std::string_view unit) {
  const std::string name = to_lower_ascii(item);
  const auto measure = [&](std::string id, std::vector<std::string_view> units) {
    if (std::find(units.begin(), units.end(), unit) == units.end()) {
      return patients::ItemInfo{patients::FactKind::measurement, id,
                                "unknown unit " + quote_for_message(unit) + " for " + id};
    }
    return patients::ItemInfo{patients::FactKind::measurement, id, {}};
  };
  if (name == "anc" || name == "loinc:751-8") return measure("anc", {"10^9/L", "/uL", "/µL"});
  if (name == "platelets") return measure("platelets", {"10^9/L", "10^3/uL"});
  if (name == "weight") return measure("weight", {"kg"});
  if (name == "hiv" || name == "gilbert_syndrome" || name == "lenalidomide") {
    return patients::ItemInfo{patients::FactKind::event, name, {}};
  }
  if (name == "birth_date") return patients::ItemInfo{patients::FactKind::birth_date, name, {}};
  if (name == "sex") return patients::ItemInfo{patients::FactKind::sex, name, {}};
  return patients::ItemInfo{patients::FactKind::unknown, {}, {}};
}

inline patients::ReadOptions test_options(patients::Grouping grouping = patients::Grouping::check) {
  patients::ReadOptions options;
  options.resolver = test_resolver;
  options.grouping = grouping;
  return options;
}

// A stream over a string that cannot seek or tell, as a pipe.
class PipeBuffer : public std::streambuf {
 public:
  explicit PipeBuffer(std::string data) : data_(std::move(data)) {
    setg(data_.data(), data_.data(), data_.data() + data_.size());
  }

 private:
  std::string data_;
};

inline patients::PatientFile read_from_pipe(std::string text,
                                            const patients::ReadOptions& options) {
  PipeBuffer buffer(std::move(text));
  std::istream in(&buffer);
  patients::PatientFile file;
  file.result = patients::read_patients(
      in, "pipe", options,
      [&](patients::PatientRecord&& r) { file.patients.push_back(std::move(r)); },
      [&](const Diagnostic& e) { file.errors.push_back(e); });
  return file;
}

}  // namespace eligo::test
