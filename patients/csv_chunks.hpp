// Reading one CSV file of patients on several threads. The file's rows must be grouped
// by patient (Grouping::assume_grouped). One thread cuts the data rows into chunks of
// whole records, each about 1 MiB and starting at a patient's first row
// (read_patients_chunked, read_patients.hpp); other threads read chunks into records at
// the same time (read_chunk). Every row is read exactly as read_patients reads it: the
// same records, the same errors at the same file:line, and the rows of a patient met
// again after other patients are refused as not contiguous, whichever chunk they are in.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "patients/csv_stream.hpp"
#include "patients/read_patients.hpp"
#include "patients/record.hpp"

namespace eligo::patients {

// What every chunk of one file is read with: its header and format.
struct ChunkLayout {
  CsvRow header;  // kept for the whole file: owns its fields
  CsvFormat format = CsvFormat::long_format;
  ReadOptions options;
  SourceName source;
  std::size_t id_column = 0;
};

struct CsvChunk {
  std::shared_ptr<const ChunkLayout> layout;
  std::string bytes;             // whole records, as in the file
  std::uint32_t first_line = 0;  // the physical line where `bytes` begins
  bool after_cr = false;         // the byte before `bytes` was a CR ending a record
  // hash_patient_id of the patients whose first rows were in an earlier chunk: their
  // rows here are refused as not contiguous.
  std::vector<std::uint64_t> revisits;
};

inline constexpr std::size_t kChunkBytes = std::size_t{1} << 20;  // read_patients_chunked's

// Takes over from `stream` after the header and cuts the rest of the input into chunks
// for `on_chunk`, in file order; false if reading failed (badbit). Counts the patients
// whose rows are scattered into `stats`; the other counts are read_chunk's. For
// read_patients_chunked.
bool cut_chunks(CsvStream& stream, const std::shared_ptr<const ChunkLayout>& layout,
                const ChunkSink& on_chunk, ReadStats& stats, std::size_t chunk_bytes = kChunkBytes);

// Reads one chunk: its patients to `on_patient`, in file order, its errors to
// `on_error` (which may be empty); returns its counts (scattered_patients excepted).
ReadStats read_chunk(const CsvChunk& chunk, const PatientSink& on_patient,
                     const ErrorSink& on_error);

}  // namespace eligo::patients
