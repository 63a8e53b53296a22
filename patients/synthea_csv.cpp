// The Synthea CSV directory reader; see synthea_csv.hpp.
#include "patients/synthea_csv.hpp"

#include <fstream>
#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "core/text.hpp"
#include "patients/csv_stream.hpp"
#include "patients/facts.hpp"
#include "patients/values.hpp"

namespace eligo::patients {
namespace {

namespace fs = std::filesystem;

// A row's cells by column name; "" for a column the file lacks.
class Row {
 public:
  Row(const CsvRecord& record, const std::unordered_map<std::string, std::size_t>& columns)
      : record_(record), columns_(columns) {}
  std::string operator[](std::string_view name) const {
    const auto it = columns_.find(std::string(name));
    if (it == columns_.end() || it->second >= record_.fields.size()) return {};
    std::optional<std::string> text = to_clean_text(record_.fields[it->second]);
    return text ? *text : std::string();
  }
  std::uint32_t line() const { return record_.line; }

 private:
  const CsvRecord& record_;
  const std::unordered_map<std::string, std::size_t>& columns_;
};

class Reader {
 public:
  Reader(const ReadOptions& options, const ErrorSink& on_error)
      : resolver_(options.resolver), on_error_(on_error) {}

  // Calls `on_row` for every data row of `path`; false when the file does not exist.
  // `required` columns must be in the header, or the file is a failure.
  bool for_each_row(const fs::path& path, std::initializer_list<std::string_view> required,
                    const std::function<void(const Row&, const SourceLocation&)>& on_row);
  void patient(const Row& row, const SourceLocation& where);
  void observation(const Row& row, const SourceLocation& where);
  void event(const Row& row, const SourceLocation& where, std::string_view date_column,
             std::string_view default_system, bool by_name);
  CodedRead finish(const PatientSink& on_patient);

 private:
  void report(const SourceLocation& where, std::string reason) {
    ++out_.result.stats.errors;
    if (on_error_) on_error_(row_diagnostic(where.file.str(), where.line, std::move(reason)));
  }
  void reject(const SourceLocation& where, std::string reason) {
    ++out_.result.stats.rows_rejected;
    report(where, std::move(reason));
  }
  PatientRecord* record_for(const std::string& id, const SourceLocation& where);
  void store(PatientRecord& record, Fact&& fact, const SourceLocation& where) {
    if (auto error = add_fact(record, std::move(fact))) {
      reject(where, error->message);
    } else {
      ++out_.result.stats.facts;
    }
  }
  std::optional<Date> date_of(const std::string& text, const SourceLocation& where) {
    if (trim(text).empty()) return std::nullopt;
    const Result<Date> parsed = parse_iso_date(text);
    if (parsed) return *parsed;
    report(where, "date: " + parsed.error() + "; the fact is kept without a date");
    return std::nullopt;
  }

  CachingResolver resolver_;
  ErrorSink on_error_;
  CodedRead out_;
  std::vector<PatientRecord> records_;
  std::unordered_map<std::string, std::size_t> by_id_;
  std::unordered_set<std::string> missing_;
};

bool Reader::for_each_row(const fs::path& path, std::initializer_list<std::string_view> required,
                          const std::function<void(const Row&, const SourceLocation&)>& on_row) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  const std::string source = path.string();
  CsvStream stream(in);
  const CsvRecord* header = stream.next();
  while (header && is_blank(*header)) header = stream.next();
  if (!header || !header->error.empty()) {
    out_.failures.push_back(row_diagnostic(source, header ? header->line : 0,
                                           header ? "header: " + header->error : "empty file"));
    return true;
  }
  // The header's record is the stream's, overwritten by the next: keep what is needed.
  const std::size_t field_count = header->fields.size();
  stream.expect_columns(field_count);
  std::unordered_map<std::string, std::size_t> columns;
  const std::vector<std::string> names = header_names(*header);
  for (std::size_t i = 0; i < names.size(); ++i) columns.emplace(names[i], i);
  for (std::string_view name : required) {
    if (!columns.count(std::string(name))) {
      out_.failures.push_back(row_diagnostic(
          source, header->line, "no " + to_lower_ascii(name) + " column in the header"));
      return true;
    }
  }
  while (const CsvRecord* record = stream.next()) {
    if (is_blank(*record)) continue;
    ++out_.result.stats.rows;
    const SourceLocation where{source, record->line};
    if (!record->error.empty()) {
      reject(where, record->error);
      continue;
    }
    if (record->fields.size() != field_count) {
      reject(where, "expected " + std::to_string(field_count) + " fields as in the header, found " +
                        std::to_string(record->fields.size()));
      continue;
    }
    on_row(Row(*record, columns), where);
  }
  if (stream.failed()) out_.failures.push_back(row_diagnostic(source, 0, "read error"));
  return true;
}

PatientRecord* Reader::record_for(const std::string& id, const SourceLocation& where) {
  if (id.empty()) {
    reject(where, "empty PATIENT");
    return nullptr;
  }
  if (const auto it = by_id_.find(id); it != by_id_.end()) return &records_[it->second];
  if (missing_.insert(id).second) {
    report(where,
           "PATIENT is not in patients.csv; its rows are kept for a patient without "
           "birth date or sex");
  }
  by_id_.emplace(id, records_.size());
  records_.emplace_back();
  records_.back().id = id;
  return &records_.back();
}

void Reader::patient(const Row& row, const SourceLocation& where) {
  const std::string id = row["id"];
  if (id.empty()) {
    reject(where, "empty Id");
    return;
  }
  auto [it, added] = by_id_.emplace(id, records_.size());
  if (added) {
    records_.emplace_back();
    records_.back().id = id;
  }
  PatientRecord& record = records_[it->second];
  if (const std::optional<Date> birth = date_of(row["birthdate"], where)) {
    store(record, BirthDateFact{*birth, where}, where);
  }
  const std::string gender = row["gender"];
  if (!gender.empty()) {
    if (const std::optional<Sex> sex = parse_sex(gender)) {
      store(record, SexFact{*sex, where}, where);
    } else {
      report(where, "GENDER: expected F or M, found " + quote_for_message(gender));
    }
  }
}

void Reader::observation(const Row& row, const SourceLocation& where) {
  const std::string code = row["code"];
  const std::string unit = row["units"];
  const std::optional<Resolution> found =
      resolve_first(resolver_, {"LOINC:" + code}, unit, FactKind::measurement);
  if (!found) {
    out_.unmapped.add("LOINC", code, row["description"]);
    return;
  }
  const std::string item = found->info.item.empty() ? found->written : found->info.item;
  if (!found->info.error.empty()) {
    reject(where, found->info.error);
    return;
  }
  const std::string type = to_lower_ascii(row["type"]);
  if (!type.empty() && type != "numeric") {
    reject(where, item + ": TYPE " + quote_for_message(type) + " is not a numeric value");
    return;
  }
  Parsed<double> number = parse_number(row["value"]);
  if (!number) {
    reject(where, item + ": " + number.error);
    return;
  }
  PatientRecord* record = record_for(row["patient"], where);
  if (!record) return;
  // An implausible value is reported and kept, so that the engine names it.
  if (std::string why = check_plausible(found->info, item, *number.value, unit); !why.empty()) {
    reject(where, std::move(why));
  }
  store(*record,
        Observation{item,
                    *number.value,
                    std::string(unit_to_store(found->info, unit)),
                    date_of(row["date"], where),
                    {},
                    {},
                    where,
                    found->info.unit_note,
                    found->info.ids},
        where);
}

void Reader::event(const Row& row, const SourceLocation& where, std::string_view date_column,
                   std::string_view default_system, bool by_name) {
  const std::string code = row["code"];
  std::string system(default_system);
  const std::string declared = to_lower_ascii(row["system"]);
  if (declared.find("icd") != std::string::npos) system = "ICD10";
  if (declared.find("snomed") != std::string::npos) system = "SNOMED";
  std::vector<std::string> candidates;
  if (!code.empty()) candidates.push_back(system + ":" + code);
  if (by_name) add_name_candidates(row["description"], candidates);
  const std::optional<Resolution> found = resolve_first(resolver_, candidates, "", FactKind::event);
  if (!found) {
    out_.unmapped.add(system, code, row["description"]);
    return;
  }
  PatientRecord* record = record_for(row["patient"], where);
  if (!record) return;
  std::string date = row[date_column];
  if (date.empty() && date_column == "date") date = row["start"];  // newer procedures.csv
  store(*record,
        Event{found->info.item.empty() ? found->written : found->info.item,
              true,
              date_of(date, where),
              where,
              {found->info.ids.item}},
        where);
}

CodedRead Reader::finish(const PatientSink& on_patient) {
  for (PatientRecord& record : records_) {
    ++out_.result.stats.patients;
    if (on_patient) on_patient(std::move(record));
  }
  records_.clear();
  return std::move(out_);
}

}  // namespace

bool is_synthea_csv_dir(const fs::path& directory) {
  std::error_code error;
  return fs::is_directory(directory, error) &&
         fs::is_regular_file(directory / "patients.csv", error);
}

CodedRead read_synthea_csv_dir(const fs::path& directory, const ReadOptions& options,
                               const PatientSink& on_patient, const ErrorSink& on_error) {
  Reader reader(options, on_error);
  const auto patients = [&](const Row& r, const SourceLocation& w) { reader.patient(r, w); };
  if (!reader.for_each_row(directory / "patients.csv", {"id"}, patients)) {
    CodedRead failed;
    failed.failures.push_back(
        row_diagnostic((directory / "patients.csv").string(), 0, "cannot open"));
    return failed;
  }
  reader.for_each_row(directory / "observations.csv", {"patient", "code", "value"},
                      [&](const Row& r, const SourceLocation& w) { reader.observation(r, w); });
  reader.for_each_row(
      directory / "conditions.csv", {"patient", "code"},
      [&](const Row& r, const SourceLocation& w) { reader.event(r, w, "start", "SNOMED", false); });
  reader.for_each_row(
      directory / "medications.csv", {"patient", "code"},
      [&](const Row& r, const SourceLocation& w) { reader.event(r, w, "start", "RXNORM", true); });
  reader.for_each_row(
      directory / "procedures.csv", {"patient", "code"},
      [&](const Row& r, const SourceLocation& w) { reader.event(r, w, "date", "SNOMED", false); });
  return reader.finish(on_patient);
}

}  // namespace eligo::patients
