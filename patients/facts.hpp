// One fact of a row, between the format readers (which turn cells into facts) and the
// record (which stores them). Shared by the long and the wide format so that a value
// means the same thing in both: make_fact interprets a cell by its item's kind, and
// add_fact stores a fact, refusing a second birth date or sex that contradicts the first.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "patients/csv_tokenizer.hpp"
#include "patients/item_resolver.hpp"
#include "patients/read_patients.hpp"
#include "patients/record.hpp"
#include "patients/values.hpp"

namespace eligo::patients {

struct BirthDateFact {
  Date date;
  SourceLocation source;
};
struct SexFact {
  Sex sex;
  SourceLocation source;
};
using Fact = std::variant<Observation, Event, BirthDateFact, SexFact>;

const SourceLocation& source_of(const Fact& fact);

// The parts of a cell's context that are not its value.
struct FactContext {
  std::optional<Date> date;       // for observations and events
  std::optional<double> ref_low;  // for observations
  std::optional<double> ref_high;
  bool empty_is_yes = false;  // long format: an empty event value means present
  SourceLocation source;
};

// Appends to `out` the fact `value` states about `item_written`, as `info` classifies
// it; or returns why the value cannot be read (nothing appended). One exception: an
// implausible measurement (check_plausible) is appended and its reason returned, so the
// row is reported and the engine still sees, and names, the value it will not use.
// `info` must not be unknown or carry an error (the caller reports those). Built in
// place: a screen makes tens of millions of facts.
std::string make_fact(const ItemInfo& info, std::string_view item_written, std::string_view unit,
                      std::string_view value, FactContext&& context, std::vector<Fact>& out);

// Stores the fact; an error if it contradicts the record (a different birth date or sex
// from an earlier row). A repeated equal birth date or sex is accepted and kept once.
std::optional<Diagnostic> add_fact(PatientRecord& record, Fact&& fact);

// A data row as a format reader read it.
struct RowReading {
  std::optional<std::string> patient_id;  // unset: nothing of the row can be used
  std::vector<Fact> facts;
  std::vector<Diagnostic> errors;
  std::size_t implausible = 0;      // facts kept only to be named (implausible values)
  std::vector<RefusedRow> refused;  // what the errors cost the patient: the items refused

  void clear() {
    patient_id.reset();
    facts.clear();
    errors.clear();
    implausible = 0;
    refused.clear();
  }
};

// The header as names to match: trimmed, lower-case ASCII, "" for a name that is not text.
std::vector<std::string> header_names(const CsvRecord& header);

// The index of the first column of header_names() called `name`.
std::optional<std::size_t> find_column(const std::vector<std::string>& names,
                                       std::string_view name);

// A row's patient id, or why there is none. Both reading passes use this, so they agree
// on which rows belong to which patient.
// The patient id of a row that could not be read whole (a wrong field count, a
// tokenizer error keeping its first line's fields): its id field when there is one and
// it is clean, non-empty text; else nothing.
std::optional<std::string> loose_patient_id(const CsvRecord& row, std::size_t id_column);
Parsed<std::string> read_patient_id(const CsvRecord& row, std::size_t id_column,
                                    std::size_t columns);

// No error and every field blank: an empty line or a spreadsheet's ",,,,".
bool is_blank(const CsvRecord& row);

}  // namespace eligo::patients
