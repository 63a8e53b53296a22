// Reading a grouped CSV in chunks (screen --jobs): for every input and every chunk size,
// the chunks read one after another give exactly what one pass of read_patients gives
// with Grouping::assume_grouped: the same records with the same file:line sources, the
// same errors in the same order, the same counts. The inputs are the awkward ones:
// CRLF and lone-CR line ends, quoted fields spanning lines, a patient met again in a
// later chunk, bad and blank rows at the cut points, an over-long record, the wide format.
#include "patients/csv_chunks.hpp"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "patients/read_patients.hpp"

using namespace eligo;
using namespace eligo::test;

namespace {

struct Outcome {
  std::string records;  // dump() with sources, every patient in delivery order
  std::vector<std::string> errors;
  patients::ReadStats stats;
  std::size_t chunks = 0;
};

patients::ReadOptions grouped_options() {
  patients::ReadOptions options;
  options.grouping = patients::Grouping::assume_grouped;
  options.limits.max_record_bytes = 64;  // so that an over-long record is easy to write
  return options;
}

Outcome one_pass(const std::string& text) {
  Outcome out;
  std::istringstream in(text);
  const patients::ReadResult result = patients::read_patients(
      in, "p.csv", grouped_options(),
      [&](patients::PatientRecord&& r) { out.records += dump(r, true); },
      [&](const Diagnostic& e) { out.errors.push_back(to_string(e)); });
  REQUIRE(result.ok());
  out.stats = result.stats;
  return out;
}

Outcome in_chunks(const std::string& text, std::size_t chunk_bytes) {
  Outcome out;
  std::vector<patients::CsvChunk> chunks;
  std::istringstream in(text);
  const patients::ReadResult result = patients::read_patients_chunked(
      in, "p.csv", grouped_options(),
      [&](patients::CsvChunk&& c) { chunks.push_back(std::move(c)); },
      [&](const Diagnostic& e) { out.errors.push_back(to_string(e)); }, chunk_bytes);
  REQUIRE(result.ok());
  out.stats = result.stats;
  for (const patients::CsvChunk& chunk : chunks) {
    out.stats += patients::read_chunk(
        chunk, [&](patients::PatientRecord&& r) { out.records += dump(r, true); },
        [&](const Diagnostic& e) { out.errors.push_back(to_string(e)); });
  }
  out.chunks = chunks.size();
  return out;
}

// Chunk sizes: 1 byte (a cut at every patient), a few rows, one chunk for the whole.
const std::vector<std::size_t> kSmallChunks = {1, 40, 100, std::size_t{1} << 20};
// For the files of thousands of patients (cheaper under the sanitizers).
const std::vector<std::size_t> kLargeChunks = {1000, 100000, std::size_t{1} << 20};

void check_same(const std::string& text, std::size_t expected_min_chunks_at_1 = 2,
                const std::vector<std::size_t>& sizes = kSmallChunks) {
  const Outcome expected = one_pass(text);
  for (const std::size_t bytes : sizes) {
    INFO("chunk bytes " << bytes);
    const Outcome got = in_chunks(text, bytes);
    CHECK(got.records == expected.records);
    CHECK(got.errors == expected.errors);
    CHECK(got.stats == expected.stats);
    if (bytes == 1) CHECK(got.chunks >= expected_min_chunks_at_1);
    if (bytes == std::size_t{1} << 20) CHECK(got.chunks == 1);
  }
}

const std::string kChunkHeader = "patient_id,item,value,unit,date\n";

}  // namespace

TEST_CASE("chunks of a clean grouped file read as one pass, cut at each patient") {
  const std::string text = kChunkHeader +
                           "P1,anc,1500,/uL,2026-01-10\n"
                           "P1,sex,female,,\n"
                           "P2,anc,1.2,10^9/L,2026-01-11\n"
                           "P3,hiv,no,,\n"
                           "P3,weight,70,kg,2026-01-02\n";
  check_same(text, 3);
  CHECK(in_chunks(text, 1).chunks == 3);  // one per patient when every cut is taken
}

TEST_CASE("CRLF and lone CR line ends keep their line numbers across cuts") {
  check_same("patient_id,item,value\r\nP1,anc,1500\r\nP1,bad,x\r\nP2,anc,1\r\n\r\nP3,anc,2\r\n");
  check_same("patient_id,item,value\rP1,anc,1500\rP2,anc,x\rP3,anc,2\r");
}

TEST_CASE("a quoted field spanning lines is never cut, and lines stay right after it") {
  check_same(kChunkHeader +
             "P1,anc,\"1500\",/uL,2026-01-10\n"
             "P2,\"hi\nv\",no,,\n"
             "P3,anc,x,/uL,2026-01-10\n"
             "\"P4\",anc,\"1,5\",/uL,2026-01-10\n");
}

TEST_CASE("a patient met again in a later chunk has those rows refused, as in one pass") {
  const std::string text = kChunkHeader +
                           "P1,anc,1500,/uL,2026-01-10\n"
                           "P2,anc,1000,/uL,2026-01-10\n"
                           "P1,anc,900,/uL,2026-01-11\n"
                           "P3,anc,800,/uL,2026-01-10\n"
                           "P1,hiv,no,,\n"
                           "P2,hiv,no,,\n";
  check_same(text, 4);
  const Outcome got = in_chunks(text, 1);
  CHECK(got.stats.scattered_patients == 2);
  CHECK(got.errors.size() == 3);
}

TEST_CASE("bad, blank and over-long rows at the cut points") {
  check_same(kChunkHeader +
             "P1,anc,1500,/uL,2026-01-10\n"
             "\n"
             ",,,,\n"
             "P2,anc,1500\n"
             "P2,anc,1500,/uL,2026-02-30\n"
             "P3,anc," +
             std::string(100, '9') +
             ",/uL,2026-01-10\n"
             "P3,anc,1,/uL,2026-01-10\n"
             "P4,anc,\"unclosed,/uL,2026-01-10\n"
             "P5,anc,1,/uL,2026-01-10\n");
}

TEST_CASE("the wide format reads in chunks as well") {
  check_same(
      "patient_id,anc [/uL],hiv,date\nP1,1500,no,2026-01-10\nP2,x,yes,2026-01-10\n"
      "P1,1000,no,2026-01-11\nP3,900,,2026-01-12\n");
}

TEST_CASE("a header alone, or a file with no data rows, gives no chunk") {
  CHECK(in_chunks(kChunkHeader, 1).chunks == 0);
  CHECK(in_chunks("\xEF\xBB\xBF" + kChunkHeader, 1).chunks == 0);
  check_same("\xEF\xBB\xBF" + kChunkHeader + "P1,anc,1,/uL,2026-01-10\nP2,anc,2,/uL,2026-01-10\n");
}

TEST_CASE("a large file: plain lines across read blocks, then quoted and CR lines") {
  // About 540 KB: more than the stream's first block and the cutter's read blocks, so
  // lines straddle blocks. The quoted field (whose second line looks like a row of
  // another patient) comes early or late: where the cutter leaves its fast path for
  // the tokenizer. A CR line end comes late, and a patient of the start comes again.
  for (const int quoted_at : {300, 5000}) {
    INFO("quoted field at patient " << quoted_at);
    std::string text = kChunkHeader;
    for (int p = 0; p < 6000; ++p) {
      const std::string id = "P" + std::to_string(p);
      for (int row = 0; row < 3; ++row) {
        text += id + ",anc," + std::to_string(1000 + p + row) + ",/uL,2026-01-1" +
                std::to_string(row) + "\n";
      }
      if (p == 4000) text += "P7,anc,900,/uL,2026-01-11\n";
      if (p == quoted_at) text += id + ",\"hi\nQ1,anc,1,/uL,2026-01-10\nv\",no,,\n";
      if (p == 5500) text += id + ",hiv,no,,\r";
    }
    REQUIRE(text.size() > 500000);
    check_same(text, 2, kLargeChunks);
    const Outcome got = in_chunks(text, 1000);
    CHECK(got.chunks > 400);
    CHECK(got.stats.scattered_patients == 1);
  }
}

TEST_CASE("a file that ends exactly at the end of a read block keeps its last rows") {
  // 64 KiB is the stream's first block: the cutter's next read finds the end of the
  // input with the last chunk's bytes already moved aside (fuzz_csv_chunks found it).
  for (const std::size_t size : {std::size_t{64} << 10, (std::size_t{64} << 10) + (256 << 10)}) {
    INFO("size " << size);
    std::string text = kChunkHeader;
    for (int p = 0; text.size() < size - 100; ++p) {
      text += "P" + std::to_string(p) + ",anc,1500,/uL,2026-01-10\n";
    }
    text += "PLAST,anc,1500,/uL,2026-01-10\n";
    text += "PLAST,hiv,no,,\n";
    text.insert(text.size() - 1, size - text.size(), ' ');  // pad the last row to the size
    REQUIRE(text.size() == size);
    check_same(text, 2, kLargeChunks);
    CHECK_THAT(in_chunks(text, 1000).records, Catch::Contains("PLAST hiv no"));
  }
}

TEST_CASE("an unclosed quote costs its line in chunks as in one pass, wherever the cuts fall") {
  // The lines after the bad one are read again; the cutter must cut at the records of
  // that second reading. Each bad row (of a patient PX of its own) at several places
  // among 12 patients, whose 36 rows must all be read.
  const std::vector<std::string> bad_rows = {
      "PX,anc,\"1.5,/uL,2026-11-09\n",    // never closes
      "PX,anc,\"1.5,/uL,2026-11-09\r\n",  // the same, CRLF
      "PX,\"anc\nPX,x\",1,2,3,4\n",       // closes into too many fields
      "PX,anc,\"1\nPX\",x\nPX,\"y\n",     // too few, then another
      "PX,anc,1,/uL,\"\n",                // opened at the end of the line
      "PX,anc,1\"5,/uL,2026-11-09\n",     // a stray quote: text
  };
  for (const std::string& bad : bad_rows) {
    for (const int at : {0, 5, 11}) {
      INFO("bad row " << bad << " after patient " << at);
      std::string text = kChunkHeader;
      for (int p = 0; p < 12; ++p) {
        const std::string id = "P" + std::to_string(p);
        text += id + ",anc,1500,/uL,2026-01-10\n" + id + ",hiv,no,,\n" + id +
                ",weight,70,kg,2026-01-02\n";
        if (p == at) text += bad;
      }
      check_same(text, 4);
      const Outcome got = in_chunks(text, 40);
      std::size_t weights = 0;
      for (std::size_t i = got.records.find("weight 70 kg"); i != std::string::npos;
           i = got.records.find("weight 70 kg", i + 1)) {
        ++weights;
      }
      CHECK(weights == 12);
      CHECK(got.stats.facts == 36);
    }
  }
}
