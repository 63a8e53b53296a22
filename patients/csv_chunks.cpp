// Cutting a grouped CSV into chunks and reading a chunk; see csv_chunks.hpp.
#include "patients/csv_chunks.hpp"

#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "patients/assembler.hpp"
#include "patients/facts.hpp"
#include "patients/long_format.hpp"
#include "patients/read_rows.hpp"
#include "patients/wide_format.hpp"

namespace eligo {
namespace {

// The records of a chunk's bytes, for read_rows.
class ChunkRecords {
 public:
  explicit ChunkRecords(const CsvChunk& chunk)
      : tokenizer_(chunk.layout->options.limits, chunk.first_line, chunk.after_cr),
        rest_(chunk.bytes) {}

  const CsvRecord* next() {
    while (!rest_.empty()) {
      const std::size_t used = tokenizer_.feed(rest_);
      rest_.remove_prefix(used);
      if (tokenizer_.ready()) return &tokenizer_.record();
    }
    if (finished_) return nullptr;
    finished_ = true;
    return tokenizer_.finish() ? &tokenizer_.record() : nullptr;
  }

 private:
  CsvTokenizer tokenizer_;
  std::string_view rest_;
  bool finished_ = false;
};

}  // namespace

void cut_chunks(CsvStream& stream, const std::shared_ptr<const ChunkLayout>& layout,
                const ChunkSink& on_chunk, ReadStats& stats, std::size_t chunk_bytes) {
  const std::size_t columns = layout->header.fields.size();
  std::string pending;  // the bytes of the chunk being filled, and of the record just read
  stream.capture(&pending);
  CsvChunk chunk;
  chunk.layout = layout;
  chunk.after_cr = stream.after_cr();
  bool first = true;
  std::size_t record_start = 0;  // where the record just read begins in `pending`
  bool clean_boundary = true;    // the record before it ended cleanly (no tokenizer error)
  bool boundary_after_cr = chunk.after_cr;
  std::string run_id;  // the patient of the rows being read
  bool in_run = false;
  std::size_t sequence = 0;
  std::unordered_map<std::uint64_t, std::size_t> first_chunk;  // id hash -> its first chunk
  std::unordered_set<std::uint64_t> scattered;
  std::unordered_set<std::uint64_t> revisits;  // of the current chunk

  const auto emit = [&](std::size_t length) {
    chunk.bytes.assign(pending, 0, length);
    chunk.revisits.assign(revisits.begin(), revisits.end());
    on_chunk(std::move(chunk));
    pending.erase(0, length);
    chunk = CsvChunk{};
    chunk.layout = layout;
    revisits.clear();
    ++sequence;
  };

  while (const CsvRecord* record = stream.next()) {
    if (first) {
      chunk.first_line = record->line;
      first = false;
    }
    std::optional<std::string> id;
    if (record->error.empty() && !is_blank(*record)) {
      if (Parsed<std::string> read = read_patient_id(*record, layout->id_column, columns)) {
        id = std::move(read.value);
      }
    }
    if (id && (!in_run || *id != run_id)) {
      // A new run of rows of one patient starts here: a place to cut.
      if (in_run && clean_boundary && record_start >= chunk_bytes) {
        emit(record_start);
        record_start = 0;
        chunk.first_line = record->line;
        chunk.after_cr = boundary_after_cr;
      }
      const std::uint64_t hash = hash_patient_id(*id);
      const auto [found, inserted] = first_chunk.try_emplace(hash, sequence);
      if (!inserted) {
        if (scattered.insert(hash).second) ++stats.scattered_patients;
        if (found->second != sequence) revisits.insert(hash);
      }
      run_id = std::move(*id);
      in_run = true;
    }
    clean_boundary = record->error.empty();
    boundary_after_cr = stream.after_cr();
    record_start = pending.size();
  }
  stream.capture(nullptr);
  if (!pending.empty()) emit(pending.size());
}

ReadStats read_chunk(const CsvChunk& chunk, const PatientSink& on_patient,
                     const ErrorSink& on_error) {
  const ChunkLayout& layout = *chunk.layout;
  ReadStats stats;
  const std::function<void(RowError)> report = [&](RowError error) {
    ++stats.errors;
    if (on_error) on_error(error);
  };
  PatientAssembler assembler(Grouping::assume_grouped, {}, on_patient);
  for (const std::uint64_t hash : chunk.revisits) assembler.delivered_elsewhere(hash);
  ChunkRecords records(chunk);
  if (layout.format == CsvFormat::long_format) {
    Parsed<LongFormat> format = LongFormat::from_header(layout.header, layout.options.resolver);
    if (format) read_rows(records, *format.value, layout.source, assembler, stats, report);
  } else {
    std::vector<RowError> reported_with_the_header;
    Parsed<WideFormat> format = WideFormat::from_header(
        layout.header, layout.options.resolver, layout.source.view(), reported_with_the_header);
    if (format) read_rows(records, *format.value, layout.source, assembler, stats, report);
  }
  assembler.finish();
  stats.patients = assembler.delivered();
  return stats;
}

}  // namespace eligo
