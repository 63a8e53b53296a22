// RFC 4180 tokenizer: bytes in, records of fields out, each with the 1-based physical
// line where it starts; LF, CRLF and lone CR line ends, "" in quoted fields, a quote inside
// an unquoted field is text. Never throws, never loops. A bad record comes out with
// `error` set and costs at most its own line: a quoted field may span lines only into a
// record of the header's field count (expect_columns), within the limits; otherwise the
// record is an unclosed quote at its first line, and the lines after it are read again.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "patients/csv_replay.hpp"

namespace eligo::patients {

struct CsvLimits {
  std::size_t max_record_bytes = std::size_t{1} << 20;  // all bytes of a record: 1 MiB
  std::size_t max_fields = 10000;
  // Physical lines a record may span through quoted fields (its first line included).
  std::size_t max_record_lines = 100;
};

// A record as the tokenizer hands it over: views, no copies. A plain line's fields view
// the bytes fed; a field that needed unquoting (or came from bytes read again) views the
// tokenizer's own buffer. Either way they stay valid until the next feed() or finish(),
// and while the bytes fed are unchanged; keep a CsvRow for longer.
struct CsvRecord {
  std::vector<std::string_view> fields;    // unquoted field contents, raw bytes
  std::vector<std::uint32_t> field_lines;  // the line where each field starts
  std::uint32_t line = 0;                  // the line where the record starts
  // Non-empty: malformed, fields are not to be trusted. A rejected multi-line record
  // keeps only the fields of its first line.
  std::string error;
};

// A record that owns its fields (a header kept for a whole file, a test's expectation).
struct CsvRow {
  std::vector<std::string> fields;
  std::vector<std::uint32_t> field_lines;
  std::uint32_t line = 0;
  std::string error;

  CsvRow() = default;
  explicit CsvRow(const CsvRecord& record);
  // Views of this row's fields, valid while the row lives unchanged.
  CsvRecord view() const;

  bool operator==(const CsvRow&) const = default;
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

  // The header's field count, for the records after it; 0 (the default): any count.
  void expect_columns(std::size_t columns) { columns_ = columns; }

  // Reads `input` up to the end of the next record or the end of `input`, whichever
  // comes first, and returns how many bytes it read (0 when the record came from bytes
  // read again after a rejected one). If a record ended, ready() is true and record()
  // holds it until the next call.
  std::size_t feed(std::string_view input);
  // The input has ended: ends the record in progress, if any. True if one ended; call
  // again until false (a rejected record leaves lines to read again).
  bool finish();

  bool ready() const { return ready_; }
  const CsvRecord& record() const { return record_; }
  // The last record ended at a CR: a LF next belongs to its line end.
  bool after_cr() const { return swallow_lf_; }
  // The physical line being read: between records, the next record's.
  std::uint32_t line() const { return line_; }
  // Where the next byte to read lies, counted in the bytes fed so far: between records,
  // where the next record starts (for the chunk cutter, csv_chunks.cpp).
  std::uint64_t position() const { return fed_ - replay_.unread().size(); }

 private:
  enum class State { field_start, unquoted, quoted, quote_in_quoted, after_quoted, skip_line };

  // Reads `input` (fed, or read again) as feed() does.
  std::size_t consume(std::string_view input);
  // After consume(): a rejected record's kept bytes become the next to read.
  void resync();
  // A record that is one whole line at the start of `input`, read at once (the fast
  // path); returns the bytes read, line end included, or 0 when the line is not plain.
  std::size_t whole_line(std::string_view input);
  bool step(char c);  // true when c ended the record
  // How many bytes at the start of `input` are plain text of the current field.
  std::size_t plain_run(std::string_view input) const;
  void begin_record();
  void begin_field();
  // `fields_viewed`: whole_line() set the fields to views of the input already.
  void end_record(bool fields_viewed = false);
  void fail(std::string message);
  void overflow(std::string message);
  void quoted_line_end(char c);  // a line end inside a quoted field
  void reject_spanning();
  bool field_is_blank() const;

  CsvLimits limits_;
  CsvRecord record_;
  // The slow path's field contents, one buffer per field, reused record after record;
  // record_.fields views them once the record ends.
  std::vector<std::string> text_;
  State state_ = State::field_start;
  std::size_t count_ = 0;         // fields in the record so far
  std::size_t bytes_ = 0;         // bytes in the record so far
  std::uint32_t line_ = 1;        // the physical line being read
  std::uint32_t quote_line_ = 0;  // where the open quoted field started
  bool started_ = false;          // a record is in progress
  bool ready_ = false;
  bool swallow_lf_ = false;  // the last record ended at CR: a LF next is part of its line end
  bool quoted_cr_ = false;   // the byte before was a CR inside a quoted field
  std::size_t columns_ = 0;  // expect_columns()
  std::uint64_t fed_ = 0;    // bytes taken from feed()'s inputs
  // The record in progress has a quoted field that crossed a line end:
  bool spanning_ = false;
  bool abandoned_ = false;       // ... and already broke a rule: it ends now, rejected
  bool rejected_ = false;        // the record just ended was rejected: resync()
  std::size_t span_fields_ = 0;  // fields begun on its first line
  std::size_t span_bytes_ = 0;   // the open field's bytes on that line
  bool span_after_cr_ = false;   // that line ended with a CR
  CsvReplay replay_;
};

// The whole input at once, after dropping a UTF-8 byte order mark: a pure function over
// bytes, the fuzz target's entry point. `columns`: expect_columns() from the first record.
std::vector<CsvRow> tokenize_csv(std::string_view bytes, CsvLimits limits = {},
                                 std::size_t columns = 0);

}  // namespace eligo::patients
