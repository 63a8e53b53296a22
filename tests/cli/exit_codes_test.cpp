// Each exit code of each command (README "Exit codes"), run on the real eligo binary:
// 0 success; 1 read but with errors (a bad rule, a bad row, a study without an
// eligibility module, a trial id given twice); 2 bad arguments; 3 a file cannot be read
// (missing, empty, no header, not study JSON). Also `check --json` on a file with bytes
// that are not UTF-8, and the duplicate-id message naming both places.
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_support.hpp"

namespace {

namespace fs = std::filesystem;
using namespace eligo::test;

const fs::path& exit_codes_dir() { return scratch_dir("eligo-exit-codes-"); }

std::string write_file(const std::string& name, const std::string& bytes) {
  return scratch_write(exit_codes_dir(), name, bytes);
}

CapturedRun run_captured(const std::vector<std::string>& args) {
  return run_eligo_captured(args, (exit_codes_dir() / "stdout").string(),
                            (exit_codes_dir() / "stderr").string());
}

std::string trial(const std::string& id, const std::string& rule = "anc >= 1000 /uL") {
  return "id: " + id +
         "\ntitle: exit code trial\n\nInclusion Criteria:\n* ANC >= 1000/uL\n"
         "  rule: " +
         rule + "\n";
}

std::string study(const std::string& id, bool eligibility = true) {
  nlohmann::json protocol = {{"identificationModule", {{"nctId", id}}}};
  if (eligibility) protocol["eligibilityModule"] = {{"eligibilityCriteria", "* ANC >= 1000/uL"}};
  return nlohmann::json{{"protocolSection", protocol}}.dump();
}

// The input files, written once.
struct Files {
  std::string good = write_file("good.criteria", trial("NCT1"));
  std::string other = write_file("other.criteria", trial("NCT2"));
  std::string same_id = write_file("same-id.criteria", trial("NCT1"));
  std::string bad_rule = write_file("bad-rule.criteria", trial("NCT3", "anc >= >= 1000"));
  std::string empty = write_file("empty.criteria", "");
  std::string missing = (exit_codes_dir() / "missing.criteria").string();
  std::string no_eligibility =
      write_file("no-eligibility.json", "[" + study("NCT4") + ", " + study("NCT5", false) + "]");
  std::string studies = write_file("studies.jsonl", study("NCT6") + "\n" + study("NCT7") + "\n");
  std::string repeated = write_file("repeated.jsonl", study("NCT8") + "\n" + study("NCT8") + "\n");
  std::string classic = write_file(
      "classic.json",
      R"({"FullStudiesResponse": {"FullStudies": [{"Rank": 1, "Study": {"ProtocolSection": {}}}]}})");
  std::string patients =
      write_file("patients.csv", "patient_id,item,value,unit,date\nP1,anc,1500,/uL,2026-11-01\n");
  std::string bad_row = write_file("bad-row.csv",
                                   "patient_id,item,value,unit,date\nP1,anc,1500,/uL,2026-11-01\n"
                                   "P1,anc,lots,/uL,2026-11-02\n");
  std::string header_only = write_file("header-only.csv", "");
  std::string out_dir = (exit_codes_dir() / "imported").string();
};

const Files& files() {
  static const Files f;
  return f;
}

struct Case {
  const char* what;
  std::vector<std::string> args;
  int code;
};

}  // namespace

TEST_CASE("every command exits with the code of README's table") {
  const Files& f = files();
  const std::vector<std::string> screen = {"screen", "--as-of", kAsOf, "--patients"};
  auto screen_with = [&](std::string patients, std::vector<std::string> trials) {
    std::vector<std::string> args = screen;
    args.push_back(patients);
    args.push_back("--trials");
    args.insert(args.end(), trials.begin(), trials.end());
    return args;
  };
  auto explain = [&](std::string trial_id, std::string patient, std::vector<std::string> trials,
                     std::string patients) {
    std::vector<std::string> args = {"explain", "--trial", trial_id,     "--patient", patient,
                                     "--as-of", kAsOf,     "--patients", patients,    "--trials"};
    args.insert(args.end(), trials.begin(), trials.end());
    return args;
  };
  auto import = [&](std::vector<std::string> inputs) {
    std::vector<std::string> args = {"import", "ctgov", "--out", f.out_dir};
    args.insert(args.end(), inputs.begin(), inputs.end());
    return args;
  };
  const std::vector<Case> cases = {
      {"check: compiled", {"check", f.good, f.other}, 0},
      {"check: a bad rule: line", {"check", f.good, f.bad_rule}, 1},
      {"check: a trial id twice", {"check", f.good, f.same_id}, 1},
      {"check: an unknown option", {"check", "--yaml", f.good}, 2},
      {"check: an empty file", {"check", f.good, f.empty}, 3},
      {"check: a missing file", {"check", f.missing}, 3},

      {"parse: a rule", {"parse", "--rule", "anc >= 1000 /uL"}, 0},
      {"parse: prose", {"parse", "ANC >= 1000/uL"}, 0},
      {"parse: a malformed rule", {"parse", "--rule", "anc >= >= 1000"}, 1},
      {"parse: no text", {"parse"}, 2},

      {"screen: screened", screen_with(f.patients, {f.good, f.studies}), 0},
      {"screen: a bad rule: line", screen_with(f.patients, {f.good, f.bad_rule}), 1},
      {"screen: a bad row", screen_with(f.bad_row, {f.good}), 1},
      {"screen: a study without an eligibility module", screen_with(f.patients, {f.no_eligibility}),
       1},
      {"screen: a trial id twice (two files)", screen_with(f.patients, {f.good, f.same_id}), 1},
      {"screen: a trial id twice (one registry file)", screen_with(f.patients, {f.repeated}), 1},
      {"screen: a bad --as-of",
       {"screen", "--as-of", "2026-02-30", "--patients", f.patients, "--trials", f.good},
       2},
      {"screen: a missing trial file", screen_with(f.patients, {f.missing}), 3},
      {"screen: an empty trial file", screen_with(f.patients, {f.good, f.empty}), 3},
      {"screen: the classic registry format", screen_with(f.patients, {f.good, f.classic}), 3},
      {"screen: a missing patients file", screen_with(f.missing, {f.good}), 3},
      {"screen: an empty patients file", screen_with(f.header_only, {f.good}), 3},

      {"explain: explained", explain("NCT1", "P1", {f.good}, f.patients), 0},
      {"explain: a trial id twice", explain("NCT1", "P1", {f.good, f.same_id}, f.patients), 1},
      {"explain: a bad row", explain("NCT1", "P1", {f.good}, f.bad_row), 1},
      {"explain: no such trial", explain("NCT9", "P1", {f.good}, f.patients), 2},
      {"explain: no such patient", explain("NCT1", "P9", {f.good}, f.patients), 2},
      {"explain: a missing trial file", explain("NCT1", "P1", {f.missing}, f.patients), 3},

      {"import: imported", import({f.studies}), 0},
      {"import: a study without an eligibility module", import({f.no_eligibility}), 1},
      {"import: a study twice in one file", import({f.repeated}), 1},
      {"import: a study twice in two files", import({f.studies, f.studies}), 1},
      {"import: no file", {"import", "ctgov"}, 2},
      {"import: the classic registry format", import({f.classic}), 3},
      {"import: an empty file", import({f.empty}), 3},
      {"import: a missing file", import({f.missing}), 3},

      {"serve: a bad --as-of", {"serve", "--trials", f.good, "--as-of", "2026-13-01"}, 2},
      {"serve: a missing trial file", {"serve", "--trials", f.missing}, 3},
      {"serve: nothing to serve", {"serve", "--trials", f.empty, f.classic}, 3},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    const CapturedRun result = run_captured(c.args);
    CAPTURE(result.err);
    CHECK(result.status == c.code);
  }
}

TEST_CASE("a trial id given twice is an error naming both places, the first is kept") {
  const Files& f = files();
  const CapturedRun check = run_captured({"check", "--json", f.good, f.same_id});
  CHECK(check.status == 1);
  CHECK_THAT(check.err, Catch::Contains(f.same_id +
                                        ": error: trial NCT1 is given twice; it was "
                                        "first given at " +
                                        f.good + ", which is kept"));
  CHECK(std::count(check.out.begin(), check.out.end(), '\n') == 1);  // one trial, the first
  CHECK(nlohmann::json::parse(check.out)["file"] == f.good);

  const CapturedRun screen = run_captured({"screen", "--as-of", kAsOf, "--patients", f.patients,
                                           "--format", "csv", "--trials", f.repeated});
  CHECK(screen.status == 1);
  CHECK_THAT(screen.err, Catch::Contains(f.repeated +
                                         ", study 2: error: trial NCT8 is given "
                                         "twice; it was first given at " +
                                         f.repeated + ", study 1"));
  CHECK(csv_records(screen.out).size() == 1);  // one (patient, trial) row, not two

  fs::remove_all(f.out_dir);
  const CapturedRun import =
      run_captured({"import", "ctgov", "--out", f.out_dir, f.studies, f.studies});
  CHECK(import.status == 1);
  CHECK_THAT(import.err, Catch::Contains(f.studies + ", study 1 (NCT6): error: trial NCT6 is "
                                                     "given twice"));
  CHECK_THAT(import.err, Catch::Contains("imported 2 studies, skipped 2"));
}

TEST_CASE(
    "check --json on a file with bytes that are not UTF-8: valid JSON and a warning at "
    "file:line:col") {
  const std::string path =
      write_file("bad-bytes.criteria",
                 "id: NCT10\ntitle: bad \xFF\xFE title\n\nInclusion Criteria:\n"
                 "* ANC >= 1000/uL \x80 and \xE2\x89 and \xC0\xAF\n"
                 "  rule: anc >= 1000 /uL\n");
  const CapturedRun json = run_captured({"check", "--json", path});
  CHECK(json.status == 0);
  REQUIRE(nlohmann::json::accept(json.out));
  const auto parsed = nlohmann::json::parse(json.out);
  CHECK(parsed["trial"] == "NCT10");
  CHECK(parsed["title"] == "bad \xEF\xBF\xBD\xEF\xBF\xBD title");
  CHECK_THAT(json.err, Catch::Contains(path + ":2:12: warning: bytes that are not UTF-8"));
  CHECK_THAT(json.err, Catch::Contains(path + ":5:18: warning: bytes that are not UTF-8"));
  // The table output shows the text as written; the file is untouched.
  const CapturedRun table = run_captured({"check", path});
  CHECK(table.status == 0);
  CHECK_THAT(table.out, Catch::Contains("text: ANC >= 1000/uL \x80 and \xE2\x89 and \xC0\xAF"));
  CHECK_THAT(read_file(path), Catch::Contains("bad \xFF\xFE title"));
  // screen says it too, and its JSON Lines stay valid.
  const CapturedRun screen = run_captured({"screen", "--as-of", kAsOf, "--format", "json",
                                           "--patients", files().patients, "--trials", path});
  CHECK(screen.status == 0);
  CHECK_THAT(screen.err, Catch::Contains(path + ":5:18: warning: bytes that are not UTF-8"));
  REQUIRE(nlohmann::json::accept(screen.out));
  CHECK(nlohmann::json::parse(screen.out)["trial"] == "NCT10");
  // parse --json of such an argument.
  const CapturedRun parse = run_captured({"parse", "--json", "ANC >= 1000/uL \xFF"});
  CHECK(parse.status == 0);
  CHECK(nlohmann::json::accept(parse.out));
  CHECK_THAT(parse.err, Catch::Contains("text:1:16: warning: bytes that are not UTF-8"));
}
