// `eligo screen --patients - --grouped` as a streaming worker: a population split by a
// hash of patient_id into 8 shards, each piped to its own process, gives exactly the
// verdicts of one run over the whole file; stdin is named in errors and a bad row skips
// only itself; an ungrouped pipe is still read correctly; `-` is CSV only and read once.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli_support.hpp"

namespace {

using eligo::test::CapturedRun;
using eligo::test::read_file;
using eligo::test::run_eligo_captured;
using eligo::test::scratch_dir;
using eligo::test::scratch_write;
using eligo::test::source_path;

constexpr int kShards = 8;
const std::string kHeader = "patient,trial,verdict,score,deciding,to_decide,to_confirm";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> sorted(std::vector<std::string> lines) {
  std::sort(lines.begin(), lines.end());
  return lines;
}

std::string patient_of(const std::string& row) { return row.substr(0, row.find(',')); }

// FNV-1a: the same shard for an id on every platform.
int shard_of(const std::string& id) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const unsigned char c : id) hash = (hash ^ c) * 1099511628211ull;
  return static_cast<int>(hash % kShards);
}

// The population: the bench generator's 2000 patients, or the samples copied 40 times
// under new ids when the generator is not built (ELIGO_BENCH=OFF).
std::string population_file() {
  const auto dir = scratch_dir("eligo-shards-");
  const std::string path = (dir / "population.csv").string();
#ifdef ELIGO_GEN_BINARY
  const std::string command = eligo::test::shell_quote(ELIGO_GEN_BINARY) +
                              " --patients 2000 --seed 7 --as-of 2026-11-20 --out " +
                              eligo::test::shell_quote(path);
  if (std::system(command.c_str()) != 0) FAIL("eligo_gen failed: " << command);
#else
  const auto rows = lines_of(read_file(source_path(eligo::test::kSamples)));
  std::string text = rows[0] + "\n";
  for (int c = 0; c < 40; ++c) {
    for (std::size_t r = 1; r < rows.size(); ++r)
      text += "C" + std::to_string(c) + "-" + rows[r] + "\n";
  }
  scratch_write(dir, "population.csv", text);
#endif
  return path;
}

struct Shards {
  std::string whole;                            // the population file
  std::vector<std::string> files;               // one per shard, with the header
  std::vector<std::set<std::string>> patients;  // the ids in each shard
};

// Splits the population by shard_of(patient_id), each patient's rows together and in
// their order, each shard with the header.
const Shards& shards() {
  static const Shards made = [] {
    Shards s;
    s.whole = population_file();
    const auto rows = lines_of(read_file(s.whole));
    std::vector<std::string> texts(kShards, rows.at(0) + "\n");
    s.patients.resize(kShards);
    for (std::size_t r = 1; r < rows.size(); ++r) {
      const std::string id = patient_of(rows[r]);
      const int k = shard_of(id);
      texts[k] += rows[r] + "\n";
      s.patients[k].insert(id);
    }
    for (int k = 0; k < kShards; ++k) {
      s.files.push_back(scratch_write(scratch_dir("eligo-shards-"),
                                      "shard" + std::to_string(k) + ".csv", texts[k]));
    }
    return s;
  }();
  return made;
}

std::vector<std::string> screen_args(const std::string& patients) {
  return {"screen",     "--trials", source_path("criteria"),
          "--patients", patients,   "--as-of",
          "2026-11-20", "--format", "csv"};
}

CapturedRun run(std::vector<std::string> args, const std::string& name,
                const std::string& piped_input = {}) {
  const auto dir = scratch_dir("eligo-shards-");
  return run_eligo_captured(args, (dir / (name + ".out")).string(),
                            (dir / (name + ".err")).string(), piped_input);
}

std::vector<std::string> with(std::vector<std::string> args, std::vector<std::string> more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

}  // namespace

TEST_CASE("screen --patients - --grouped: 8 shards by patient give the verdicts of one run",
          "[cli][stream]") {
  const Shards& s = shards();
  const CapturedRun one = run(screen_args(s.whole), "whole");
  REQUIRE(one.status == 0);
  std::vector<std::string> expected = lines_of(one.out);
  REQUIRE(expected.at(0) == kHeader);
  expected.erase(expected.begin());
  std::size_t patients = 0;
  std::vector<std::string> all;
  for (int k = 0; k < kShards; ++k) {
    INFO("shard " << k);
    REQUIRE(!s.patients[k].empty());
    patients += s.patients[k].size();
    // Odd shards on two threads: the chunked reader of --jobs reads stdin too.
    const std::string jobs = k % 2 == 0 ? "1" : "2";
    const CapturedRun shard =
        run(with(screen_args("-"), {"--grouped", "--no-header", "--jobs", jobs}),
            "shard" + std::to_string(k), s.files[k]);
    CHECK(shard.status == 0);
    CHECK(shard.err.find("screened " + std::to_string(s.patients[k].size()) + " patients x 4") !=
          std::string::npos);
    const auto rows = lines_of(shard.out);
    CHECK(rows.size() == 4 * s.patients[k].size());
    for (const std::string& row : rows) {
      REQUIRE(row != kHeader);
      REQUIRE(s.patients[k].count(patient_of(row)) == 1);
    }
    all.insert(all.end(), rows.begin(), rows.end());
  }
  CHECK(expected.size() == 4 * patients);
  CHECK(sorted(all) == sorted(expected));
}

TEST_CASE("screen --patients -: each shard writes the CSV header unless --no-header",
          "[cli][stream]") {
  const Shards& s = shards();
  const CapturedRun with_header = run(with(screen_args("-"), {"--grouped"}), "header", s.files[3]);
  const CapturedRun without =
      run(with(screen_args("-"), {"--grouped", "--no-header"}), "no-header", s.files[3]);
  REQUIRE(with_header.status == 0);
  REQUIRE(without.status == 0);
  CHECK(with_header.out == kHeader + "\n" + without.out);
  CHECK(without.out.find("patient,trial") == std::string::npos);
  CHECK(!without.out.empty());
  // --no-header is for the CSV report only.
  CHECK(run(with(screen_args(s.files[3]), {"--no-header", "--format", "table"}), "table").status ==
        2);
}

TEST_CASE("screen --patients -: a bad row is stdin:LINE and the other patients are screened",
          "[cli][stream]") {
  const auto rows = lines_of(read_file(source_path(eligo::test::kSamples)));
  std::string text;
  std::size_t bad_line = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    // Before the second patient's first row: a patient with one unreadable value.
    if (r > 1 && bad_line == 0 && patient_of(rows[r]) != patient_of(rows[r - 1])) {
      text += "P99-stream-bad,anc,abc,10*3/uL,2026-11-01,,\n";
      bad_line = r + 1;  // lines count from 1, the header is line 1
    }
    text += rows[r] + "\n";
  }
  const std::string input = scratch_write(scratch_dir("eligo-shards-"), "bad.csv", text);
  const CapturedRun piped = run(with(screen_args("-"), {"--grouped"}), "bad", input);
  CHECK(piped.status == 1);
  CHECK(piped.err.find("stdin:" + std::to_string(bad_line) + ": error: anc: not a number") !=
        std::string::npos);
  CHECK(piped.err.find("P99") == std::string::npos);  // no patient id in the log
  CHECK(piped.err.find("1 rejected") != std::string::npos);
  // Every sample patient is screened as from the samples file.
  const CapturedRun file = run(screen_args(source_path(eligo::test::kSamples)), "samples");
  REQUIRE(file.status == 0);
  std::vector<std::string> others;
  for (const std::string& row : lines_of(piped.out)) {
    if (patient_of(row) != "P99-stream-bad") others.push_back(row);
  }
  CHECK(sorted(others) == sorted(lines_of(file.out)));
}

TEST_CASE("screen --patients - without --grouped: a pipe with scattered rows is read whole",
          "[cli][stream]") {
  // The samples with the first patient's first fact moved to the end: scattered.
  auto rows = lines_of(read_file(source_path(eligo::test::kSamples)));
  const std::string moved = rows.at(1);
  rows.erase(rows.begin() + 1);
  rows.push_back(moved);
  std::string text;
  for (const std::string& row : rows) text += row + "\n";
  const std::string input = scratch_write(scratch_dir("eligo-shards-"), "scattered.csv", text);

  const CapturedRun file = run(screen_args(input), "scattered-file");
  const CapturedRun piped = run(screen_args("-"), "scattered-pipe", input);
  REQUIRE(file.status == 0);
  CHECK(piped.status == 0);
  CHECK(piped.out == file.out);
  // --grouped trusts the order: the late row is refused, naming its line on stdin.
  const CapturedRun grouped = run(with(screen_args("-"), {"--grouped"}), "scattered-g", input);
  CHECK(grouped.status == 1);
  CHECK(grouped.err.find("stdin:" + std::to_string(rows.size()) + ": error:") != std::string::npos);
}

TEST_CASE("screen --patients -: standard input is CSV only and read once", "[cli][stream]") {
  const auto dir = scratch_dir("eligo-shards-");
  const std::string csv = shards().files[0];
  const CapturedRun twice = run(with(screen_args("-"), {"--patients", "-"}), "twice", csv);
  CHECK(twice.status == 2);
  CHECK(twice.err.find("given twice") != std::string::npos);
  const std::string bundle =
      scratch_write(dir, "bundle.json", "{\"resourceType\": \"Bundle\", \"entry\": []}\n");
  const CapturedRun json = run(screen_args("-"), "json", bundle);
  CHECK(json.status == 3);
  CHECK(json.err.find("stdin: error: standard input is read as CSV only") != std::string::npos);
}
