// Writing records as CDM tables; see cdm_writer.hpp. Column lists: OMOP CDM v5.4
// (OHDSI/CommonDataModel, inst/ddl/5.4), every column of each table, in order.
#include "omop/cdm_writer.hpp"

#include <algorithm>
#include <charconv>
#include <optional>
#include <stdexcept>

#include "core/date.hpp"
#include "core/ucum.hpp"
#include "core/units.hpp"

namespace eligo::omop {
namespace {

constexpr std::string_view kPerson =
    "person_id,gender_concept_id,year_of_birth,month_of_birth,day_of_birth,birth_datetime,"
    "race_concept_id,ethnicity_concept_id,location_id,provider_id,care_site_id,"
    "person_source_value,gender_source_value,gender_source_concept_id,race_source_value,"
    "race_source_concept_id,ethnicity_source_value,ethnicity_source_concept_id";
constexpr std::string_view kPeriod =
    "observation_period_id,person_id,observation_period_start_date,"
    "observation_period_end_date,period_type_concept_id";
constexpr std::string_view kMeasurement =
    "measurement_id,person_id,measurement_concept_id,measurement_date,measurement_datetime,"
    "measurement_time,measurement_type_concept_id,operator_concept_id,value_as_number,"
    "value_as_concept_id,unit_concept_id,range_low,range_high,provider_id,visit_occurrence_id,"
    "visit_detail_id,measurement_source_value,measurement_source_concept_id,unit_source_value,"
    "unit_source_concept_id,value_source_value,measurement_event_id,meas_event_field_concept_id";
constexpr std::string_view kObservation =
    "observation_id,person_id,observation_concept_id,observation_date,observation_datetime,"
    "observation_type_concept_id,value_as_number,value_as_string,value_as_concept_id,"
    "qualifier_concept_id,unit_concept_id,provider_id,visit_occurrence_id,visit_detail_id,"
    "observation_source_value,observation_source_concept_id,unit_source_value,"
    "qualifier_source_value,value_source_value,observation_event_id,obs_event_field_concept_id";
constexpr std::string_view kCondition =
    "condition_occurrence_id,person_id,condition_concept_id,condition_start_date,"
    "condition_start_datetime,condition_end_date,condition_end_datetime,"
    "condition_type_concept_id,condition_status_concept_id,stop_reason,provider_id,"
    "visit_occurrence_id,visit_detail_id,condition_source_value,condition_source_concept_id,"
    "condition_status_source_value";
constexpr std::string_view kDrug =
    "drug_exposure_id,person_id,drug_concept_id,drug_exposure_start_date,"
    "drug_exposure_start_datetime,drug_exposure_end_date,drug_exposure_end_datetime,"
    "verbatim_end_date,drug_type_concept_id,stop_reason,refills,quantity,days_supply,sig,"
    "route_concept_id,lot_number,provider_id,visit_occurrence_id,visit_detail_id,"
    "drug_source_value,drug_source_concept_id,route_source_value,dose_unit_source_value";
constexpr std::string_view kProcedure =
    "procedure_occurrence_id,person_id,procedure_concept_id,procedure_date,procedure_datetime,"
    "procedure_end_date,procedure_end_datetime,procedure_type_concept_id,modifier_concept_id,"
    "quantity,provider_id,visit_occurrence_id,visit_detail_id,procedure_source_value,"
    "procedure_source_concept_id,modifier_source_value";
constexpr std::string_view kConcept =
    "concept_id,concept_name,domain_id,vocabulary_id,concept_class_id,standard_concept,"
    "concept_code,valid_start_date,valid_end_date,invalid_reason";

// The CDM's gender concepts (vocabulary "Gender"), standard in every CDM.
constexpr std::int64_t kFemale = 8532;
constexpr std::int64_t kMale = 8507;

// One CSV field: quoted when it holds a comma, quote or line end.
std::string field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

// The shortest text that reads back to the same double: 2.6, not 2.6000000000000001.
std::string number(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string optional_number(const std::optional<double>& value) {
  return value ? number(*value) : std::string();
}

// Joins fields with commas and ends the line.
void write_row(std::ofstream& out, std::initializer_list<std::string> fields) {
  bool first = true;
  for (const std::string& f : fields) {
    if (!first) out << ',';
    out << f;
    first = false;
  }
  out << '\n';
}

// `count` (at least 1) empty fields, as one entry of write_row's list.
std::string blanks(std::size_t count) { return std::string(count - 1, ','); }

}  // namespace

CdmWriter::CdmWriter(const std::filesystem::path& directory, const Vocabulary& vocabulary,
                     const CodeMaps& maps)
    : directory_(directory), vocabulary_(vocabulary), maps_(maps) {
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) throw std::runtime_error(directory.string() + ": cannot create: " + error.message());
  open(person_, "person", kPerson);
  open(period_, "observation_period", kPeriod);
  open(measurement_, "measurement", kMeasurement);
  open(observation_, "observation", kObservation);
  open(condition_, "condition_occurrence", kCondition);
  open(drug_, "drug_exposure", kDrug);
  open(procedure_, "procedure_occurrence", kProcedure);
}

void CdmWriter::open(Table& table, std::string_view name, std::string_view header) {
  table.path = directory_ / (std::string(name) + ".csv");
  table.out.open(table.path, std::ios::binary | std::ios::trunc);
  if (!table.out) throw std::runtime_error(table.path.string() + ": cannot write");
  table.out << header << '\n';
}

void CdmWriter::add(const patients::PatientRecord& record) {
  // The CDM requires year_of_birth: a person without a birth date cannot be a row.
  if (!record.birth_date) {
    ++counts_.no_birth_date;
    return;
  }
  const auto person = static_cast<std::int64_t>(++counts_.persons);
  std::optional<Date> first, last;
  const auto saw = [&](const Date& date) {
    if (!first || date < *first) first = date;
    if (!last || *last < date) last = date;
  };

  const std::int64_t gender = !record.sex                            ? 0
                              : *record.sex == patients::Sex::female ? kFemale
                              : *record.sex == patients::Sex::male   ? kMale
                                                                     : 0;
  const std::string year = std::to_string(static_cast<int>(record.birth_date->year()));
  const std::string month = std::to_string(static_cast<unsigned>(record.birth_date->month()));
  const std::string day = std::to_string(static_cast<unsigned>(record.birth_date->day()));
  const std::string birth = to_iso_string(*record.birth_date) + " 00:00:00";
  // person_id, gender, year, month, day, birth_datetime, race, ethnicity, location,
  // provider, care_site, person_source_value, gender_source_value, then 5 empty.
  write_row(person_.out,
            {std::to_string(person), std::to_string(gender), year, month, day, birth, "0", "0", "",
             "", "", field(record.id),
             record.sex ? std::string(to_string(*record.sex)) : std::string(), blanks(5)});

  for (const patients::Observation& o : record.observations) {
    const VocabularyEntry* entry = vocabulary_.find(o.item);
    if (entry == nullptr || entry->kind != ItemKind::measure) {
      ++counts_.unknown_items;
      continue;
    }
    // A value of an item with no window (prior lines, height: history that does not
    // change) counts whatever its date, and a dated one is preferred to it: written at
    // kUndatedHistory, earlier than any real date, it keeps that meaning. A windowed
    // value without a date is not written.
    if (!o.date && entry->windowed) {
      ++counts_.undated;
      continue;
    }
    const Date date = o.date ? *o.date : kUndatedHistory;
    if (o.date) saw(*o.date);
    const ConceptCode item = item_concept(*entry, maps_);
    const std::int64_t concept_id = concepts_.id_of(item, "Measurement", "Lab Test");
    std::string unit_concept;
    if (const Result<Unit> unit = parse_unit(o.unit); unit.ok() && !ucum_code(*unit).empty()) {
      const std::string code(ucum_code(*unit));
      unit_concept =
          std::to_string(concepts_.id_of(ConceptCode{"UCUM", code, code}, "Unit", "Unit"));
    }
    // id, person, concept_id, date, datetime, time, type, operator, value, value_as_concept,
    // unit, range_low, range_high, provider, visit, visit_detail, source_value,
    // source_concept, unit_source_value, then 4 empty.
    write_row(measurement_.out, {std::to_string(measurement_.next_id++),
                                 std::to_string(person),
                                 std::to_string(concept_id),
                                 to_iso_string(date),
                                 "",
                                 "",
                                 "0",
                                 "",
                                 number(o.value),
                                 "",
                                 unit_concept,
                                 optional_number(o.ref_low),
                                 optional_number(o.ref_high),
                                 "",
                                 "",
                                 "",
                                 field(o.item),
                                 "",
                                 field(o.unit),
                                 blanks(4)});
    ++counts_.measurements;
  }

  for (const patients::Event& e : record.events) {
    const VocabularyEntry* entry = vocabulary_.find(e.item);
    if (entry == nullptr || domain_id(entry->kind).empty() || entry->kind == ItemKind::measure) {
      ++counts_.unknown_items;
      continue;
    }
    if (!e.present) {
      ++counts_.absent_events;
      continue;
    }
    if (!e.date) {
      ++counts_.undated;
      continue;
    }
    saw(*e.date);
    add_event(e, *entry, person);
  }

  if (first) {
    write_row(period_.out, {std::to_string(period_.next_id++), std::to_string(person),
                            to_iso_string(*first), to_iso_string(*last), "0"});
  }
}

void CdmWriter::add_event(const patients::Event& e, const VocabularyEntry& entry,
                          std::int64_t person) {
  const ConceptCode code = item_concept(entry, maps_);
  const std::string date = to_iso_string(*e.date);
  const std::string concept_id = std::to_string(
      concepts_.id_of(code, domain_id(entry.kind), std::string(to_string(entry.kind))));
  if (entry.kind == ItemKind::condition) {
    // id, person, concept_id, start_date, start_datetime, end_date, end_datetime, type,
    // status, stop_reason, provider, visit, visit_detail, source_value, 2 empty.
    write_row(condition_.out,
              {std::to_string(condition_.next_id++), std::to_string(person), concept_id, date, "",
               "", "", "0", "", "", "", "", "", field(e.item), blanks(2)});
    ++counts_.conditions;
  } else if (entry.kind == ItemKind::therapy) {
    // The CDM requires an end date: the start date, as for a single administration.
    write_row(drug_.out, {std::to_string(drug_.next_id++),
                          std::to_string(person),
                          concept_id,
                          date,
                          "",
                          date,
                          "",
                          "",
                          "0",
                          "",
                          "",
                          "",
                          "",
                          "",
                          "",
                          "",
                          "",
                          "",
                          "",
                          field(e.item),
                          blanks(3)});
    ++counts_.drugs;
  } else {
    write_row(procedure_.out,
              {std::to_string(procedure_.next_id++), std::to_string(person), concept_id, date, "",
               "", "", "0", "", "", "", "", "", field(e.item), blanks(2)});
    ++counts_.procedures;
  }
}

ExportCounts CdmWriter::finish() {
  Table concepts_file;
  open(concepts_file, "concept", kConcept);
  const auto add_standard = [&](std::int64_t id, std::string_view name, std::string_view code) {
    write_row(concepts_file.out,
              {std::to_string(id), std::string(name), "Gender", "Gender", "Gender", "S",
               std::string(code), "1970-01-01", "2099-12-31", ""});
  };
  add_standard(kFemale, "FEMALE", "F");
  add_standard(kMale, "MALE", "M");
  for (const Concept& c : concepts_.rows()) {
    write_row(concepts_file.out,
              {std::to_string(c.id), field(c.code.name.empty() ? c.code.code : c.code.name),
               c.domain, c.code.vocabulary, field(c.concept_class), "S", field(c.code.code),
               "1970-01-01", "2099-12-31", ""});
  }
  for (Table* table : {&person_, &period_, &measurement_, &observation_, &condition_, &drug_,
                       &procedure_, &concepts_file}) {
    table->out.close();
    if (!table->out) throw std::runtime_error(table->path.string() + ": write error");
  }
  return counts_;
}

}  // namespace eligo::omop
