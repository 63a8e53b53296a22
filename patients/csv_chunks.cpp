// Cutting a grouped CSV into chunks and reading a chunk; see csv_chunks.hpp.
#include "patients/csv_chunks.hpp"

#include <algorithm>
#include <cstdint>
#include <istream>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/text.hpp"
#include "patients/assembler.hpp"
#include "patients/facts.hpp"
#include "patients/long_format.hpp"
#include "patients/read_rows.hpp"
#include "patients/wide_format.hpp"

namespace eligo::patients {
namespace {

// The records of a chunk's bytes, for read_rows.
class ChunkRecords {
 public:
  explicit ChunkRecords(const CsvChunk& chunk)
      : tokenizer_(chunk.layout->options.limits, chunk.first_line, chunk.after_cr),
        rest_(chunk.bytes) {
    tokenizer_.expect_columns(chunk.layout->header.fields.size());
  }

  const CsvRecord* next() {
    while (!rest_.empty()) {
      const std::size_t used = tokenizer_.feed(rest_);
      rest_.remove_prefix(used);
      if (tokenizer_.ready()) return &tokenizer_.record();
    }
    return tokenizer_.finish() ? &tokenizer_.record() : nullptr;
  }

 private:
  CsvTokenizer tokenizer_;
  std::string_view rest_;
};

constexpr std::size_t kReadBlock = std::size_t{256} << 10;

// Decides the cuts, record by record, and hands the chunks over.
class Cutter {
 public:
  Cutter(const std::shared_ptr<const ChunkLayout>& layout, const ChunkSink& on_chunk,
         ReadStats& stats, std::size_t chunk_bytes)
      : layout_(layout), on_chunk_(on_chunk), stats_(stats), chunk_bytes_(chunk_bytes) {
    chunk_.layout = layout;
    chunk_.bytes.reserve(std::min(chunk_bytes_, kChunkBytes) + kReadBlock);
  }

  // The bytes read and not yet in a chunk: the chunk being filled goes on from begin_.
  std::string data;

  // The record beginning at data[start], on `line`; `after_cr`: the byte before it is a
  // CR that ended the record before; `id`: its patient id (null: none usable, so it
  // belongs to the patient before it); `error`: the tokenizer refused it.
  void record(std::size_t start, std::uint32_t line, bool after_cr, const std::string* id,
              bool error) {
    if (first_) {
      chunk_.first_line = line;
      chunk_.after_cr = after_cr;
      first_ = false;
    }
    if (id != nullptr && (!in_run_ || *id != run_id_)) {
      // A new run of rows of one patient starts here: a place to cut, after a record
      // that ended cleanly.
      if (in_run_ && clean_before_ && chunk_.bytes.size() + (start - begin_) >= chunk_bytes_) {
        emit(start);
        chunk_.first_line = line;
        chunk_.after_cr = after_cr;
      }
      const std::uint64_t hash = hash_patient_id(*id);
      const auto [found, inserted] = first_chunk_.try_emplace(hash, sequence_);
      if (!inserted) {
        if (scattered_.insert(hash).second) ++stats_.scattered_patients;
        if (found->second != sequence_) revisits_.insert(hash);
      }
      run_id_ = *id;
      in_run_ = true;
    }
    clean_before_ = !error;
  }

  // The last chunk: up to `end` (its bytes may all be in the chunk already, moved
  // there by compact()).
  void finish(std::size_t end) {
    if (end > begin_ || !chunk_.bytes.empty()) emit(end);
  }

  // Moves the bytes before `keep` (the start of the record being read) into the chunk
  // being filled and drops them from `data`; returns how many, by which every offset
  // into `data` moves down. Each byte is copied once into its chunk.
  std::size_t compact(std::size_t keep) {
    chunk_.bytes.append(data, begin_, keep - begin_);
    data.erase(0, keep);
    begin_ = 0;
    return keep;
  }

 private:
  void emit(std::size_t end) {
    chunk_.bytes.append(data, begin_, end - begin_);
    chunk_.revisits.assign(revisits_.begin(), revisits_.end());
    on_chunk_(std::move(chunk_));
    chunk_ = CsvChunk{};
    chunk_.layout = layout_;
    chunk_.bytes.reserve(std::min(chunk_bytes_, kChunkBytes) + kReadBlock);  // no regrowth
    revisits_.clear();
    begin_ = end;
    ++sequence_;
  }

  std::shared_ptr<const ChunkLayout> layout_;
  const ChunkSink& on_chunk_;
  ReadStats& stats_;
  const std::size_t chunk_bytes_;
  CsvChunk chunk_;
  std::size_t begin_ = 0;  // where the chunk being filled begins in `data`
  bool first_ = true;
  bool clean_before_ = true;
  std::string run_id_;  // the patient of the rows being read
  bool in_run_ = false;
  std::size_t sequence_ = 0;
  std::unordered_map<std::uint64_t, std::size_t> first_chunk_;  // id hash -> its first chunk
  std::unordered_set<std::uint64_t> scattered_;
  std::unordered_set<std::uint64_t> revisits_;  // of the chunk being filled
};

}  // namespace

bool cut_chunks(CsvStream& stream, const std::shared_ptr<const ChunkLayout>& layout,
                const ChunkSink& on_chunk, ReadStats& stats, std::size_t chunk_bytes) {
  Cutter cutter(layout, on_chunk, stats, chunk_bytes);
  std::string& data = cutter.data;
  data.assign(stream.unread());
  std::istream& in = stream.input();
  bool at_end = stream.input_ended();
  bool failed = false;
  std::size_t pos = 0;               // how far `data` is read
  std::size_t start = 0;             // where the record being read begins
  std::int64_t origin = 0;           // where the tokenizer's position 0 is in `data`
  const auto more = [&]() -> bool {  // reads another block; false at the end of the input
    if (at_end) return false;
    const std::size_t dropped = cutter.compact(start);
    pos -= dropped;
    start -= dropped;
    origin -= static_cast<std::int64_t>(dropped);
    const std::size_t old = data.size();
    data.resize(old + kReadBlock);
    in.read(data.data() + old, static_cast<std::streamsize>(kReadBlock));
    const auto got = static_cast<std::size_t>(in.gcount());
    data.resize(old + got);
    if (in.bad()) failed = true;
    if (got < kReadBlock || failed) at_end = true;
    return got > 0;
  };

  // Fast mode: plain lines (no quote, no CR, within the limits), which the tokenizer
  // would read as the line split at its commas (CsvTokenizer::whole_line); the patient
  // id is the only field looked at, and cleaned only when its bytes change.
  const CsvLimits& limits = layout->options.limits;
  const std::size_t columns = layout->header.fields.size();
  std::uint32_t line = stream.line();
  bool after_cr = stream.after_cr();
  std::string last_raw, id, cleaned;
  bool last_valid = false;
  while (!after_cr) {
    start = pos;
    std::size_t commas = 0;
    std::size_t id_begin = 0, id_end = 0;  // of the id field, in `data`
    std::size_t end = pos;
    bool plain = true;
    const std::size_t stop = std::min(data.size(), pos + limits.max_record_bytes);
    for (; end < stop; ++end) {
      const char c = data[end];
      if (c == '\n') break;
      if (c == '"' || c == '\r') {
        plain = false;
        break;
      }
      if (c == ',') {
        if (commas == layout->id_column) id_end = end;
        ++commas;
        if (commas == layout->id_column) id_begin = end + 1;
      }
    }
    if (!plain || end - pos >= limits.max_record_bytes) break;  // the tokenizer's
    if (end == data.size()) {
      if (more()) continue;
      break;  // a last line without a line end: the tokenizer's
    }
    if (commas == layout->id_column) id_end = end;
    if (commas >= 255 || commas + 1 >= limits.max_fields) break;
    if (layout->id_column == 0) id_begin = pos;
    bool valid = false;
    if (commas + 1 == columns) {
      const std::string_view raw(data.data() + id_begin, id_end - id_begin);
      if (last_valid && raw == last_raw) {
        valid = true;
      } else if (clean_text_into(raw, cleaned) && !cleaned.empty()) {
        id.swap(cleaned);
        last_raw.assign(raw);
        last_valid = true;
        valid = true;
      }
    }
    cutter.record(start, line, false, valid ? &id : nullptr, false);
    pos = end + 1;
    ++line;
  }

  // Anything else, to the end of the input: the tokenizer, from this record on. A record
  // starts where the tokenizer's position is after the one before: after a rejected
  // record, that is back in bytes already read (csv_replay.hpp).
  CsvTokenizer tokenizer(limits, line, after_cr);
  tokenizer.expect_columns(columns);
  start = pos;
  origin = static_cast<std::int64_t>(pos);
  bool start_after_cr = after_cr;
  for (;;) {
    bool ended = false;
    if (pos < data.size()) {
      pos += tokenizer.feed(std::string_view(data).substr(pos));
      ended = tokenizer.ready();
    } else if (!more()) {
      ended = tokenizer.finish();
      if (!ended) break;
    }
    if (!ended) continue;
    const CsvRecord& record = tokenizer.record();
    std::optional<std::string> read_id;
    if (record.error.empty() && !is_blank(record)) {
      if (Parsed<std::string> parsed = read_patient_id(record, layout->id_column, columns)) {
        read_id = std::move(parsed.value);
      }
    }
    cutter.record(start, record.line, start_after_cr, read_id ? &*read_id : nullptr,
                  !record.error.empty());
    start = static_cast<std::size_t>(origin + static_cast<std::int64_t>(tokenizer.position()));
    start_after_cr = tokenizer.after_cr();
  }
  cutter.finish(data.size());
  return !failed;
}

ReadStats read_chunk(const CsvChunk& chunk, const PatientSink& on_patient,
                     const ErrorSink& on_error) {
  const ChunkLayout& layout = *chunk.layout;
  ReadStats stats;
  const std::function<void(Diagnostic)> report = [&](Diagnostic error) {
    ++stats.errors;
    if (on_error) on_error(error);
  };
  PatientAssembler assembler(Grouping::assume_grouped, {}, on_patient);
  for (const std::uint64_t hash : chunk.revisits) assembler.delivered_elsewhere(hash);
  ChunkRecords records(chunk);
  if (layout.format == CsvFormat::long_format) {
    Parsed<LongFormat> format =
        LongFormat::from_header(layout.header.view(), layout.options.resolver);
    if (format) read_rows(records, *format.value, layout.source, assembler, stats, report);
  } else {
    std::vector<Diagnostic> reported_with_the_header;
    Parsed<WideFormat> format =
        WideFormat::from_header(layout.header.view(), layout.options.resolver, layout.source.view(),
                                reported_with_the_header);
    if (format) read_rows(records, *format.value, layout.source, assembler, stats, report);
  }
  assembler.finish();
  stats.patients = assembler.delivered();
  return stats;
}

}  // namespace eligo::patients
