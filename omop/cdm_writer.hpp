// Patient records as OMOP CDM v5.4 tables, written as CSV files named after the tables
// (person.csv, observation_period.csv, measurement.csv, condition_occurrence.csv,
// drug_exposure.csv, procedure_occurrence.csv, concept.csv; observation.csv with its
// header and no rows: every eligo measure is a measurement), each with a header of the
// CDM column names and every column of the table, empty for NULL. person_source_value
// holds eligo's patient id, so the same population can be screened both ways.
// Concept ids are local (omop/concepts.hpp): the SQL eligo writes matches concepts by
// vocabulary_id and concept_code, as a site's own vocabulary tables allow.
// What the CDM cannot hold is left out and counted: lab values and events without a date
// (the CDM's dates are required), events recorded as absent (the CDM records what
// happened), items the vocabulary does not know. A value without a date of an item
// with no window (history: prior lines, height) is written at kUndatedHistory. A person
// without a birth date is not written at all (the CDM requires year_of_birth).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/code_maps.hpp"
#include "core/vocabulary.hpp"
#include "omop/concepts.hpp"
#include "patients/record.hpp"

namespace eligo::omop {

// The date of undated history values: earlier than any real one, so a dated value is
// preferred to it, as eligo prefers it.
inline const Date kUndatedHistory{std::chrono::year(1900), std::chrono::month(1),
                                  std::chrono::day(1)};

struct ExportCounts {
  std::size_t persons = 0;
  std::size_t measurements = 0;
  std::size_t conditions = 0;
  std::size_t drugs = 0;
  std::size_t procedures = 0;
  std::size_t undated = 0;        // windowed values and events without a date: not written
  std::size_t absent_events = 0;  // events recorded as absent: not written
  std::size_t unknown_items = 0;  // items the vocabulary does not know: not written
  std::size_t no_birth_date = 0;  // persons without a birth date: not written at all
};

class CdmWriter {
 public:
  // Creates `directory` if needed and opens the table files; throws std::runtime_error
  // naming the file that cannot be written.
  CdmWriter(const std::filesystem::path& directory, const Vocabulary& vocabulary,
            const CodeMaps& maps);
  // person_id counts the persons written, from 1, in the order of the calls.
  void add(const patients::PatientRecord& record);
  // Writes concept.csv and closes the files; throws on a write error.
  ExportCounts finish();

 private:
  struct Table {
    std::filesystem::path path;
    std::ofstream out;
    std::int64_t next_id = 1;
  };
  void open(Table& table, std::string_view name, std::string_view header);
  void add_event(const patients::Event& event, const VocabularyEntry& entry, std::int64_t person);

  std::filesystem::path directory_;
  const Vocabulary& vocabulary_;
  const CodeMaps& maps_;
  ConceptTable concepts_;
  Table person_, period_, measurement_, observation_, condition_, drug_, procedure_;
  ExportCounts counts_;
};

}  // namespace eligo::omop
