// Reading patient files: long CSV (one fact per row) or wide CSV (one patient per row),
// told apart by the header. Patients are delivered one at a time to a callback, each
// exactly once with all its rows. Bad rows and cells are reported to an error callback
// with file:line and a reason, counted, and skipped; every other row is used. Only an
// input that cannot be read at all (missing, empty, no usable header) fails as a whole.
// Grouped input (each patient's rows together) streams with memory for one patient;
// see Grouping for ungrouped input. The formats are described in docs/patients.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "patients/csv_tokenizer.hpp"
#include "patients/item_resolver.hpp"
#include "patients/record.hpp"

namespace eligo::patients {

enum class CsvFormat { long_format, wide_format };

std::string_view to_string(CsvFormat format);

// Long if the header names patient_id, item and value (any case, trimmed); wide
// otherwise.
CsvFormat sniff_format(const std::vector<std::string_view>& header);

// What to do when a patient's rows are not all together.
enum class Grouping {
  // Default. A seekable input (a file) is read twice: a first pass over the patient ids
  // finds the patients whose rows are scattered; the second pass streams every other
  // patient and holds only the scattered ones in memory, delivered at the end in order of
  // first appearance. A stream that cannot seek (a pipe) is first copied to an unlinked
  // temporary file; if that fails, it is read as in_memory.
  check,
  // One pass. The input is trusted to be grouped: a row of a patient already delivered
  // is an error ("rows of this patient are not contiguous") and skipped. For the
  // benchmark's generated input and other known-grouped sources.
  assume_grouped,
  // One pass, every patient held in memory and delivered at the end in order of first
  // appearance.
  in_memory,
};

struct ReadOptions {
  ItemResolver resolver = default_resolver;
  Grouping grouping = Grouping::check;
  std::optional<CsvFormat> format;  // empty: sniff the header
  CsvLimits limits;
  // The input is a pipe fed as rows are produced (standard input of a streaming worker):
  // read what has arrived instead of waiting for 64 KiB, so with assume_grouped a
  // patient is delivered once the next patient's first row has arrived.
  bool streaming = false;
};

struct ReadStats {
  std::size_t rows = 0;                // data rows (the header and blank lines not counted)
  std::size_t rows_rejected = 0;       // rows of which nothing was used
  std::size_t values_rejected = 0;     // single cells refused in rows otherwise used (wide)
  std::size_t facts = 0;               // observations, events and demographics stored
  std::size_t patients = 0;            // records delivered
  std::size_t scattered_patients = 0;  // patients whose rows were not contiguous
  std::size_t errors = 0;              // errors reported (header columns included)

  bool operator==(const ReadStats&) const = default;
  // Adds another file's or chunk's counts.
  ReadStats& operator+=(const ReadStats& other) {
    rows += other.rows;
    rows_rejected += other.rows_rejected;
    values_rejected += other.values_rejected;
    facts += other.facts;
    patients += other.patients;
    scattered_patients += other.scattered_patients;
    errors += other.errors;
    return *this;
  }
};

struct ReadResult {
  CsvFormat format = CsvFormat::long_format;
  ReadStats stats;
  // Set when the input as a whole could not be read: cannot open, empty file, no header,
  // no patient_id column, a read error. Not passed to the error callback. Patients
  // delivered before a read error stay delivered.
  std::optional<Diagnostic> failure;

  bool ok() const { return !failure; }
};

using PatientSink = std::function<void(PatientRecord&&)>;
using ErrorSink = std::function<void(const Diagnostic&)>;

// Reads `in` from its current position; `source` names it in locations and messages.
// on_error may be empty (errors are then only counted).
ReadResult read_patients(std::istream& in, std::string_view source, const ReadOptions& options,
                         const PatientSink& on_patient, const ErrorSink& on_error);

// Opens and reads a file; the source name is the path as given.
ReadResult read_patients_file(const std::filesystem::path& path, const ReadOptions& options,
                              const PatientSink& on_patient, const ErrorSink& on_error);

struct CsvChunk;
using ChunkSink = std::function<void(CsvChunk&&)>;
// For reading on several threads (csv_chunks.hpp): reads the header as read_patients
// does with Grouping::assume_grouped, then passes the data rows to `on_chunk` in chunks
// of whole records, in order, to be read with read_chunk. The result has the header's
// problems and the count of scattered patients; read_chunk counts the rest.
// `chunk_bytes`: the size after which a chunk ends at the next patient's first row.
ReadResult read_patients_chunked(std::istream& in, std::string_view source,
                                 const ReadOptions& options, const ChunkSink& on_chunk,
                                 const ErrorSink& on_error,
                                 std::size_t chunk_bytes = std::size_t{1} << 20);
ReadResult read_patients_chunked_file(const std::filesystem::path& path, const ReadOptions& options,
                                      const ChunkSink& on_chunk, const ErrorSink& on_error);

// Everything at once, for tests and small inputs.
struct PatientFile {
  std::vector<PatientRecord> patients;
  std::vector<Diagnostic> errors;
  ReadResult result;
};
PatientFile read_patients_text(std::string_view text, std::string_view source,
                               const ReadOptions& options = {});

}  // namespace eligo::patients
