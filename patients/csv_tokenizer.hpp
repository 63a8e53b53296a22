// RFC 4180 tokenizer: bytes in, records of fields out, each record with the 1-based
// physical line where it starts (quoted fields may span lines; the count stays right).
// Accepts LF, CRLF and lone CR line ends, "" inside quoted fields, spaces before an
// opening quote, and a last record without a line end. Never throws, never loops: every
// byte is consumed once. A record longer than the limit, with too many fields, with text
// after a closing quote, or with a quote left open at the end of the input comes out
// with `error` set; after an over-long record the tokenizer resynchronises at the next
// line end, so a stray quote costs at most one limit's worth of input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eligo {

struct CsvLimits {
  std::size_t max_record_bytes = std::size_t{1} << 20;  // all bytes of a record: 1 MiB
  std::size_t max_fields = 10000;
};

struct CsvRecord {
  std::vector<std::string> fields;         // unquoted field contents, raw bytes
  std::vector<std::uint32_t> field_lines;  // the line where each field starts
  std::uint32_t line = 0;                  // the line where the record starts
  std::string error;                       // non-empty: malformed, fields are not to be trusted

  bool operator==(const CsvRecord&) const = default;
};

// Incremental: feed it chunks of any size, in order; the records are the same however
// the input is cut. A UTF-8 byte order mark is not its business (see tokenize_csv).
class CsvTokenizer {
 public:
  explicit CsvTokenizer(CsvLimits limits = {});
  // Starting at physical line `first_line` of a larger input (a chunk of a file read on
  // several threads, csv_chunks.hpp); the input must begin at the start of a record.
  // `after_cr`: the byte before the input was a CR that ended a record (a LF first is
  // then part of that line end), as after_cr() said when the earlier record ended.
  CsvTokenizer(CsvLimits limits, std::uint32_t first_line, bool after_cr);

  // Reads `input` up to the end of the next record or the end of `input`, whichever
  // comes first, and returns how many bytes it read. If a record ended, ready() is true
  // and record() holds it until the next call.
  std::size_t feed(std::string_view input);
  // The input has ended: ends the record in progress, if any. True if one ended.
  bool finish();

  bool ready() const { return ready_; }
  const CsvRecord& record() const { return record_; }
  // The last record ended at a CR: a LF next belongs to its line end.
  bool after_cr() const { return swallow_lf_; }
  // The physical line being read: between records, the next record's.
  std::uint32_t line() const { return line_; }

 private:
  enum class State { field_start, unquoted, quoted, quote_in_quoted, after_quoted, skip_line };

  // A record that is one whole line at the start of `input`, read at once (the fast
  // path); returns the bytes read, line end included, or 0 when the line is not plain.
  std::size_t whole_line(std::string_view input);
  bool step(char c);  // true when c ended the record
  // How many bytes at the start of `input` are plain text of the current field.
  std::size_t plain_run(std::string_view input) const;
  void begin_record();
  void begin_field();
  void end_record();
  void fail(std::string message);
  void overflow(std::string message);
  bool field_is_blank() const;

  CsvLimits limits_;
  CsvRecord record_;
  State state_ = State::field_start;
  std::size_t count_ = 0;         // fields in the record so far
  std::size_t bytes_ = 0;         // bytes in the record so far
  std::uint32_t line_ = 1;        // the physical line being read
  std::uint32_t quote_line_ = 0;  // where the open quoted field started
  bool started_ = false;          // a record is in progress
  bool ready_ = false;
  bool swallow_lf_ = false;  // the last record ended at CR: a LF next is part of its line end
};

// The whole input at once, after dropping a UTF-8 byte order mark: a pure function over
// bytes, the fuzz target's entry point.
std::vector<CsvRecord> tokenize_csv(std::string_view bytes, CsvLimits limits = {});

}  // namespace eligo
