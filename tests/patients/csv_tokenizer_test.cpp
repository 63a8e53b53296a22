// The RFC 4180 tokenizer: a table of inputs and their records, physical line numbers
// through quoted newlines, limits, and the same records however the input is cut.
#include "patients/csv_tokenizer.hpp"

#include <catch2/catch.hpp>
#include <random>
#include <sstream>

#include "patients/csv_stream.hpp"

using namespace eligo;

namespace {

// "line:[field|field]" per record, "!error" appended when malformed.
std::string dump(const std::vector<patients::CsvRow>& records) {
  std::string out;
  for (const patients::CsvRow& r : records) {
    out += std::to_string(r.line) + ":[";
    for (std::size_t i = 0; i < r.fields.size(); ++i) {
      if (i) out += "|";
      out += r.fields[i];
    }
    out += "]";
    if (!r.error.empty()) out += "!" + r.error;
    out += "\n";
  }
  return out;
}

std::vector<patients::CsvRow> byte_by_byte(std::string_view input, patients::CsvLimits limits,
                                           std::size_t columns = 0) {
  patients::CsvTokenizer tokenizer(limits);
  tokenizer.expect_columns(columns);
  std::vector<patients::CsvRow> records;
  for (const char c : input) {
    std::string_view byte(&c, 1);
    while (!byte.empty()) {  // a record read again after a rejected one takes no input
      byte.remove_prefix(tokenizer.feed(byte));
      if (tokenizer.ready()) records.emplace_back(tokenizer.record());
    }
  }
  while (tokenizer.finish()) records.emplace_back(tokenizer.record());
  return records;
}

}  // namespace

TEST_CASE("tokenizer: fields, quotes, line ends") {
  const std::vector<std::pair<std::string, std::string>> table = {
      {"", ""},
      {"a,b,c\n", "1:[a|b|c]\n"},
      {"a,b,c", "1:[a|b|c]\n"},  // no final line end
      {"a,,c\n,\n", "1:[a||c]\n2:[|]\n"},
      {"a\r\nb\r\n", "1:[a]\n2:[b]\n"},
      {"a\rb\r", "1:[a]\n2:[b]\n"},  // lone CR ends a line
      {"\n\na\n", "1:[]\n2:[]\n3:[a]\n"},
      {"\"a,b\",c\n", "1:[a,b|c]\n"},
      {"\"say \"\"hi\"\"\",x\n", "1:[say \"hi\"|x]\n"},
      {"\"\"\n", "1:[]\n"},
      {"\"two\nlines\",x\nnext\n", "1:[two\nlines|x]\n3:[next]\n"},
      {"\"a\r\nb\"\r\nc\r\n", "1:[a\r\nb]\n3:[c]\n"},
      {"  \"a\" ,b\n", "1:[a|b]\n"},   // spaces around a quoted field
      {"ab\"c,d\n", "1:[ab\"c|d]\n"},  // a quote inside an unquoted field is text
      {" a , b \n", "1:[ a | b ]\n"},  // unquoted spaces are kept (trimmed later)
      {"\"a\"x,b\nc\n", "1:[ax|b]!text after the closing quote of field 1\n2:[c]\n"},
      {"a,\"open\n",
       "1:[a|open]!unclosed quote: the field opened on line 1 does not close into "
       "a well-formed record; reading resumes on line 2\n"},
      {"a,\"open", "1:[a|open]!quoted field opened on line 1 is not closed\n"},
      {"\"a\rb\"\rc\r", "1:[a\rb]\n3:[c]\n"},  // a lone CR in a quoted field is a line
  };
  for (const auto& [input, expected] : table) {
    INFO(input);
    CHECK(dump(patients::tokenize_csv(input)) == expected);
    CHECK(dump(byte_by_byte(input, {})) == expected);
  }
}

TEST_CASE("tokenizer: a byte order mark is dropped by tokenize_csv and CsvStream") {
  const std::string input = "\xEF\xBB\xBFpatient_id,item\nP1,anc\n";
  CHECK(dump(patients::tokenize_csv(input)) == "1:[patient_id|item]\n2:[P1|anc]\n");
  std::istringstream in(input);
  patients::CsvStream stream(in);
  const patients::CsvRecord* header = stream.next();
  REQUIRE(header);
  CHECK(header->fields.front() == "patient_id");
}

TEST_CASE("tokenizer: over-long records and too many fields are errors, then it resyncs") {
  patients::CsvLimits limits;
  limits.max_record_bytes = 8;
  limits.max_fields = 3;
  CHECK(dump(patients::tokenize_csv("abc\n0123456789abc\nx,y\n", limits)) ==
        "1:[abc]\n2:[]!record longer than 8 bytes\n3:[x|y]\n");
  // A stray quote: the limit rejects the record; reading resumes on its next line.
  CHECK(dump(patients::tokenize_csv("\"stray\nb\nc,d\ne\n", limits)) ==
        "1:[stray]!unclosed quote: the field opened on line 1 does not close into a "
        "well-formed record; reading resumes on line 2\n2:[b]\n3:[c|d]\n4:[e]\n");
  CHECK(dump(patients::tokenize_csv("a,b,c,d\ne\n", limits)) ==
        "1:[||]!more than 3 fields\n2:[e]\n");
}

TEST_CASE("tokenizer: field lines follow quoted newlines") {
  const std::vector<patients::CsvRow> records = patients::tokenize_csv("a,\"b\n\nc\",d\ne\n");
  REQUIRE(records.size() == 2);
  CHECK(records[0].field_lines == std::vector<std::uint32_t>{1, 1, 3});
  CHECK(records[1].line == 4);
}

TEST_CASE("tokenizer: the records do not depend on how the input is cut") {
  std::mt19937 random(20260110);
  const std::string alphabet = "a,\"\n\r \xB5";
  patients::CsvLimits limits;
  limits.max_record_bytes = 12;
  limits.max_fields = 5;
  limits.max_record_lines = 3;
  for (int round = 0; round < 3000; ++round) {
    std::string input(random() % 40, ' ');
    for (char& c : input) c = alphabet[random() % alphabet.size()];
    const std::size_t columns = round % 3;  // any count, 1 or 2 fields
    INFO(input << " columns " << columns);
    const std::vector<patients::CsvRow> whole = patients::tokenize_csv(input, limits, columns);
    CHECK(byte_by_byte(input, limits, columns) == whole);
    // Random chunks, through the stream reader's path.
    patients::CsvTokenizer tokenizer(limits);
    tokenizer.expect_columns(columns);
    std::vector<patients::CsvRow> chunked;
    std::string_view rest = input;
    while (!rest.empty()) {
      const std::size_t n = 1 + random() % 7;
      std::string_view chunk = rest.substr(0, n);
      rest.remove_prefix(chunk.size());
      while (!chunk.empty()) {
        chunk.remove_prefix(tokenizer.feed(chunk));
        if (tokenizer.ready()) chunked.emplace_back(tokenizer.record());
      }
    }
    while (tokenizer.finish()) chunked.emplace_back(tokenizer.record());
    CHECK(chunked == whole);
  }
}

TEST_CASE("tokenizer: a plain line's fields view the bytes fed, a quoted one's its own") {
  patients::CsvTokenizer tokenizer;
  const std::string plain = "P1,anc,1.5\n";
  REQUIRE(tokenizer.feed(plain) == plain.size());
  REQUIRE(tokenizer.ready());
  const patients::CsvRecord& record = tokenizer.record();
  REQUIRE(record.fields.size() == 3);
  CHECK(record.fields[1] == "anc");
  CHECK(record.fields[1].data() == plain.data() + 3);  // no copy
  const std::string quoted = "P1,\"a,b\",2\n";
  std::string_view rest = quoted;
  while (!tokenizer.ready() || rest.size() == quoted.size()) {
    rest.remove_prefix(tokenizer.feed(rest));
  }
  REQUIRE(tokenizer.ready());
  CHECK(tokenizer.record().fields[1] == "a,b");
  const char* field = tokenizer.record().fields[1].data();
  CHECK((field < quoted.data() || field >= quoted.data() + quoted.size()));  // unquoted copy
}
