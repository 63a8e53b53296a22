// The RFC 4180 state machine and its resynchronisation after a rejected multi-line
// record; see csv_tokenizer.hpp. The fast paths are in csv_fast_path.cpp.
#include "patients/csv_tokenizer.hpp"

#include <cstdint>
#include <string>
#include <utility>

namespace eligo::patients {

CsvTokenizer::CsvTokenizer(CsvLimits limits) : limits_(limits) {}

CsvTokenizer::CsvTokenizer(CsvLimits limits, std::uint32_t first_line, bool after_cr)
    : limits_(limits), line_(first_line), swallow_lf_(after_cr) {}

std::size_t CsvTokenizer::feed(std::string_view input) {
  ready_ = false;
  while (replay_.pending()) {
    replay_.advance(consume(replay_.unread()));
    resync();
    if (ready_) return 0;
  }
  const std::size_t used = consume(input);
  fed_ += used;
  resync();
  return used;
}

std::size_t CsvTokenizer::consume(std::string_view input) {
  std::size_t i = 0;
  std::size_t kept = spanning_ ? 0 : input.size();  // from here on, bytes are kept
  const auto keep = [&] {
    if (spanning_ && kept < i) replay_.keep(input.substr(kept, i - kept));
  };
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
      text_[count_ - 1].append(input.data() + i, run);
      bytes_ += run;
      i += run;
      quoted_cr_ = false;
      continue;
    }
    const bool was_spanning = spanning_;
    const bool ended = step(input[i++]);
    if (!was_spanning && spanning_) kept = i;
    if (ended || abandoned_) {
      keep();
      end_record();
      return i;
    }
  }
  keep();
  return i;
}

void CsvTokenizer::resync() {
  if (!rejected_) return;
  rejected_ = false;
  replay_.replay_kept();
}

bool CsvTokenizer::finish() {
  ready_ = false;
  while (replay_.pending()) {
    replay_.advance(consume(replay_.unread()));
    resync();
    if (ready_) return true;
  }
  swallow_lf_ = false;
  if (!started_) return false;
  if (state_ == State::quoted) {  // spanning lines, this rejects the record
    fail("quoted field opened on line " + std::to_string(quote_line_) + " is not closed");
  }
  end_record();
  resync();
  return true;
}

bool CsvTokenizer::step(char c) {
  const bool line_end = c == '\n' || c == '\r';
  const bool after_cr = quoted_cr_;
  quoted_cr_ = false;
  if (++bytes_ > limits_.max_record_bytes && state_ != State::skip_line) {
    if (spanning_) {
      abandoned_ = true;
      return false;
    }
    overflow("record longer than " + std::to_string(limits_.max_record_bytes) + " bytes");
  }
  std::string& field = text_[count_ - 1];
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
        if (c == '\r' || (c == '\n' && !after_cr)) quoted_line_end(c);
        quoted_cr_ = c == '\r';
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
  if (spanning_ && (count_ >= limits_.max_fields || (columns_ != 0 && count_ >= columns_))) {
    abandoned_ = true;  // more fields than the header's: it will not stand
    return;
  }
  if (count_ >= limits_.max_fields) {
    overflow("more than " + std::to_string(limits_.max_fields) + " fields");
    return;
  }
  if (count_ < text_.size()) {
    text_[count_].clear();
  } else {
    text_.emplace_back();
  }
  if (count_ < record_.field_lines.size()) {
    record_.field_lines[count_] = line_;
  } else {
    record_.field_lines.push_back(line_);
  }
  ++count_;
}

void CsvTokenizer::end_record(bool fields_viewed) {
  if (spanning_) {
    if (abandoned_ || !record_.error.empty() || (columns_ != 0 && count_ != columns_)) {
      reject_spanning();
    } else {
      replay_.drop_kept();
    }
  }
  record_.fields.resize(count_);
  if (!fields_viewed) {
    for (std::size_t k = 0; k < count_; ++k) record_.fields[k] = text_[k];
  }
  record_.field_lines.resize(count_);
  started_ = false;
  ready_ = true;
  spanning_ = false;
  abandoned_ = false;
  quoted_cr_ = false;
}

void CsvTokenizer::quoted_line_end(char c) {
  ++line_;
  if (!spanning_) {
    spanning_ = true;
    span_fields_ = count_;
    span_bytes_ = text_[count_ - 1].size();
    span_after_cr_ = c == '\r';
  }
  if (line_ - record_.line >= limits_.max_record_lines) abandoned_ = true;
}

void CsvTokenizer::reject_spanning() {
  // The record is its first line, up to the line end inside the open quote; the lines
  // after it are read again.
  const std::string next = std::to_string(record_.line + 1);
  record_.error = "unclosed quote: the field opened on line " + std::to_string(record_.line) +
                  " does not close into ";
  record_.error += columns_ != 0
                       ? "a record of the header's " + std::to_string(columns_) + " fields"
                       : std::string("a well-formed record");
  record_.error += "; reading resumes on line " + next;
  count_ = span_fields_;
  text_[count_ - 1].resize(span_bytes_);
  line_ = record_.line + 1;
  swallow_lf_ = span_after_cr_;
  rejected_ = true;
}

void CsvTokenizer::fail(std::string message) {
  if (spanning_) abandoned_ = true;
  if (record_.error.empty()) record_.error = std::move(message);
}

void CsvTokenizer::overflow(std::string message) {
  record_.error = std::move(message);
  for (std::size_t i = 0; i < count_; ++i) text_[i].clear();
  state_ = State::skip_line;
}

bool CsvTokenizer::field_is_blank() const {
  for (const char c : text_[count_ - 1]) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

CsvRow::CsvRow(const CsvRecord& record)
    : fields(record.fields.begin(), record.fields.end()),
      field_lines(record.field_lines),
      line(record.line),
      error(record.error) {}

CsvRecord CsvRow::view() const {
  return CsvRecord{{fields.begin(), fields.end()}, field_lines, line, error};
}

std::vector<CsvRow> tokenize_csv(std::string_view bytes, CsvLimits limits, std::size_t columns) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  CsvTokenizer tokenizer(limits);
  tokenizer.expect_columns(columns);
  std::vector<CsvRow> records;
  while (!bytes.empty()) {
    bytes.remove_prefix(tokenizer.feed(bytes));
    if (tokenizer.ready()) records.emplace_back(tokenizer.record());
  }
  while (tokenizer.finish()) records.emplace_back(tokenizer.record());
  return records;
}

}  // namespace eligo::patients
