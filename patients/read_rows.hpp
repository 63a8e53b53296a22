// The data rows of a CSV input into patient records: each row through its format
// reader (long_format, wide_format), its facts into the record the assembler routes
// its patient id to, every problem reported with its file:line and counted. Shared by
// the one-pass reader (read_patients.cpp) and the chunked one (csv_chunks.cpp), so
// both treat every row alike. Internal to patients/.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <utility>

#include "patients/assembler.hpp"
#include "patients/facts.hpp"
#include "patients/read_patients.hpp"

namespace eligo::patients {

// `stream` gives the records after the header (next(): a CsvRecord*, null at the end).
template <class Records, class Format>
void read_rows(Records& stream, Format& format, const SourceName& source,
               PatientAssembler& assembler, ReadStats& stats,
               const std::function<void(Diagnostic)>& report) {
  RowReading reading;
  // The patient of the last row routed: a row refused before its patient id was read
  // whole is still that patient's refused row when its id field names it (a half row, an
  // unclosed quote inside the patient's rows), so nothing it may hold is assumed absent.
  std::string last_id;
  PatientRecord* last_record = nullptr;
  const auto attribute = [&](const CsvRecord& row) {
    if (last_record == nullptr) return;
    const std::optional<std::string> id = loose_patient_id(row, format.id_column());
    if (id && *id == last_id) {
      last_record->refused.push_back(
          RefusedRow{"", std::nullopt, SourceLocation{source, row.line}});
    }
  };
  while (const CsvRecord* row = stream.next()) {
    if (is_blank(*row)) continue;
    ++stats.rows;
    if (!row->error.empty()) {
      report(row_diagnostic(source.str(), row->line, row->error));
      ++stats.rows_rejected;
      attribute(*row);
      continue;
    }
    format.read_row(*row, source, reading);
    std::size_t used = 0;
    if (!reading.patient_id) attribute(*row);
    if (reading.patient_id) {
      PatientRecord* record = assembler.route(*reading.patient_id);
      last_record = record;
      if (record != nullptr) last_id = *reading.patient_id;
      if (!record) {
        report(row_diagnostic(source.str(), row->line,
                              "this patient's rows are not contiguous (rows must be grouped by "
                              "patient_id when reading with assume_grouped)"));
        ++stats.rows_rejected;
        continue;
      }
      for (Fact& fact : reading.facts) {
        if (std::optional<Diagnostic> error = add_fact(*record, std::move(fact))) {
          reading.errors.push_back(std::move(*error));
        } else {
          ++used;
        }
      }
      for (RefusedRow& refused : reading.refused) record->refused.push_back(std::move(refused));
    }
    for (Diagnostic& error : reading.errors) report(std::move(error));
    // An implausible value is stored (for the engine to name) but not used.
    if (used <= reading.implausible && !reading.errors.empty()) {
      ++stats.rows_rejected;
    } else {
      stats.values_rejected += reading.errors.size();
    }
    stats.facts += used;
  }
}

}  // namespace eligo::patients
