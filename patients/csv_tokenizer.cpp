// The RFC 4180 state machine; see csv_tokenizer.hpp.
#include "patients/csv_tokenizer.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <utility>

namespace eligo {
namespace {

// The high bit of each byte of `word` that equals `c`, and no other bit (exact: no
// carries between bytes).
std::uint64_t bytes_equal(std::uint64_t word, char c) {
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  const std::uint64_t x = word ^ (0x0101010101010101ull * static_cast<unsigned char>(c));
  return ~(((x & kLow7) + kLow7) | x | kLow7);
}

}  // namespace

CsvTokenizer::CsvTokenizer(CsvLimits limits) : limits_(limits) {}

CsvTokenizer::CsvTokenizer(CsvLimits limits, std::uint32_t first_line, bool after_cr)
    : limits_(limits), line_(first_line), swallow_lf_(after_cr) {}

std::size_t CsvTokenizer::feed(std::string_view input) {
  ready_ = false;
  std::size_t i = 0;
  while (i < input.size()) {
    if (swallow_lf_) {
      swallow_lf_ = false;
      if (input[i] == '\n') {
        ++i;
        continue;
      }
    }
    if (!started_) {
      if (const std::size_t used = whole_line(input.substr(i)); used > 0) return i + used;
      begin_record();
    }
    const std::size_t run = plain_run(input.substr(i));
    if (run > 0) {
      record_.fields[count_ - 1].append(input.data() + i, run);
      bytes_ += run;
      i += run;
      continue;
    }
    if (step(input[i++])) {
      end_record();
      return i;
    }
  }
  return i;
}

std::size_t CsvTokenizer::whole_line(std::string_view input) {
  // The common record: one whole line at the start of `input` with no quote and no CR,
  // within the limits, found and split in one pass; the state machine would give the
  // same fields. Anything else (and a line with very many fields) takes the slow path.
  constexpr std::size_t kMaxCommas = 256;
  if (limits_.max_fields == 0) return 0;
  std::size_t commas[kMaxCommas];
  std::size_t count = 0;
  const std::size_t size = std::min(input.size(), limits_.max_record_bytes);
  std::size_t end = 0;
  const auto comma_at = [&](std::size_t at) {
    if (count == kMaxCommas || count + 1 >= limits_.max_fields) return false;
    commas[count++] = at;
    return true;
  };
  // Eight bytes at a time while no line end, quote or CR is among them.
  if constexpr (std::endian::native == std::endian::little) {
    for (; end + 8 <= size; end += 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, input.data() + end, 8);
      const std::uint64_t stop =
          bytes_equal(word, '\n') | bytes_equal(word, '"') | bytes_equal(word, '\r');
      std::uint64_t comma = bytes_equal(word, ',');
      if (stop != 0) comma &= stop - 1;  // only the commas before the first stop
      for (; comma != 0; comma &= comma - 1) {
        if (!comma_at(end + static_cast<std::size_t>(std::countr_zero(comma)) / 8)) return 0;
      }
      if (stop != 0) {
        end += static_cast<std::size_t>(std::countr_zero(stop)) / 8;
        break;
      }
    }
  }
  for (;; ++end) {
    if (end == size) return 0;  // no line end in reach
    const char c = input[end];
    if (c == '\n') break;
    if (c == '"' || c == '\r') return 0;
    if (c == ',' && !comma_at(end)) return 0;
  }
  // As begin_record() and a begin_field() per field would leave it.
  started_ = true;
  record_.line = line_;
  record_.error.clear();
  state_ = State::field_start;
  count_ = count + 1;
  if (record_.fields.size() < count_) {
    record_.fields.resize(count_);
    record_.field_lines.resize(count_);
  }
  std::size_t start = 0;
  for (std::size_t k = 0; k < count_; ++k) {
    const std::size_t stop = k < count ? commas[k] : end;
    record_.fields[k].assign(input.data() + start, stop - start);
    record_.field_lines[k] = line_;
    start = stop + 1;
  }
  bytes_ = end + 1;
  ++line_;
  end_record();
  return end + 1;
}

std::size_t CsvTokenizer::plain_run(std::string_view input) const {
  // Only bytes that step() would append without any other effect; never past the limit.
  const std::size_t room =
      limits_.max_record_bytes > bytes_ ? limits_.max_record_bytes - bytes_ : 0;
  if (input.size() > room) input = input.substr(0, room);
  std::size_t n = 0;
  if (state_ == State::unquoted) {
    while (n < input.size()) {
      const char c = input[n];
      if (c == ',' || c == '"' || c == '\n' || c == '\r') break;
      ++n;
    }
  } else if (state_ == State::quoted) {
    while (n < input.size() && input[n] != '"' && input[n] != '\n') ++n;
  }
  return n;
}

bool CsvTokenizer::finish() {
  ready_ = false;
  swallow_lf_ = false;
  if (!started_) return false;
  if (state_ == State::quoted) {
    fail("quoted field opened on line " + std::to_string(quote_line_) + " is not closed");
  }
  end_record();
  return true;
}

bool CsvTokenizer::step(char c) {
  const bool line_end = c == '\n' || c == '\r';
  if (++bytes_ > limits_.max_record_bytes && state_ != State::skip_line) {
    overflow("record longer than " + std::to_string(limits_.max_record_bytes) + " bytes");
  }
  std::string& field = record_.fields[count_ - 1];
  switch (state_) {
    case State::skip_line: break;
    case State::field_start:
      if (c == '"') {
        state_ = State::quoted;
        quote_line_ = line_;
        return false;
      }
      state_ = State::unquoted;
      [[fallthrough]];
    case State::unquoted:
      if (c == ',' || line_end) break;
      if (c == '"' && field_is_blank()) {
        field.clear();
        state_ = State::quoted;
        quote_line_ = line_;
      } else {
        field.push_back(c);  // a quote inside an unquoted field is kept as text
      }
      return false;
    case State::quoted:
      if (c == '"') {
        state_ = State::quote_in_quoted;
      } else {
        if (c == '\n') ++line_;
        field.push_back(c);
      }
      return false;
    case State::quote_in_quoted:
      if (c == '"') {
        field.push_back('"');
        state_ = State::quoted;
        return false;
      }
      state_ = State::after_quoted;
      [[fallthrough]];
    case State::after_quoted:
      if (c == ',' || line_end) break;
      if (c == ' ' || c == '\t') return false;
      fail("text after the closing quote of field " + std::to_string(count_));
      field.push_back(c);
      state_ = State::unquoted;
      return false;
  }
  if (line_end) {
    ++line_;
    swallow_lf_ = c == '\r';
    return true;
  }
  if (state_ != State::skip_line) {  // a comma: the next field starts
    begin_field();
    if (state_ != State::skip_line) state_ = State::field_start;
  }
  return false;
}

void CsvTokenizer::begin_record() {
  started_ = true;
  count_ = 0;
  bytes_ = 0;
  record_.line = line_;
  record_.error.clear();
  state_ = State::field_start;
  begin_field();
}

void CsvTokenizer::begin_field() {
  if (count_ >= limits_.max_fields) {
    overflow("more than " + std::to_string(limits_.max_fields) + " fields");
    return;
  }
  if (count_ < record_.fields.size()) {
    record_.fields[count_].clear();
    record_.field_lines[count_] = line_;
  } else {
    record_.fields.emplace_back();
    record_.field_lines.push_back(line_);
  }
  ++count_;
}

void CsvTokenizer::end_record() {
  record_.fields.resize(count_);
  record_.field_lines.resize(count_);
  started_ = false;
  ready_ = true;
}

void CsvTokenizer::fail(std::string message) {
  if (record_.error.empty()) record_.error = std::move(message);
}

void CsvTokenizer::overflow(std::string message) {
  record_.error = std::move(message);
  for (std::size_t i = 0; i < count_; ++i) record_.fields[i].clear();
  state_ = State::skip_line;
}

bool CsvTokenizer::field_is_blank() const {
  for (const char c : record_.fields[count_ - 1]) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

std::vector<CsvRecord> tokenize_csv(std::string_view bytes, CsvLimits limits) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  CsvTokenizer tokenizer(limits);
  std::vector<CsvRecord> records;
  while (!bytes.empty()) {
    bytes.remove_prefix(tokenizer.feed(bytes));
    if (tokenizer.ready()) records.push_back(tokenizer.record());
  }
  if (tokenizer.finish()) records.push_back(tokenizer.record());
  return records;
}

}  // namespace eligo
