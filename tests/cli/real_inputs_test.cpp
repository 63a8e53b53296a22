// The issue's done-when check, through the eligo binary: seed trial NCT04883242 as
// ClinicalTrials.gov JSON, sample patient P03 as a FHIR Bundle and the same patient in
// long CSV give identical verdicts and explanations (the source file:line of each fact
// normalised), and the JSON trial gives what the seed file's registry text gives. Also
// `eligo import ctgov`, and the summary's list of unmapped codes.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>

#include "cli_support.hpp"

namespace {

namespace fs = std::filesystem;
using eligo::test::read_file;
using eligo::test::run_eligo;
using eligo::test::source_path;

const std::string kStudy = "tests/inputs/data/NCT04883242.ctgov.json";
const std::string kBundle = "tests/inputs/data/P03-rrmm.bundle.json";
const std::string kCsv = "tests/inputs/data/P03-rrmm.csv";

// "(tests/inputs/data/P03-rrmm.csv:12)" -> "(SOURCE)", in every explanation.
std::string normalise_sources(const std::string& text) {
  static const std::regex source(R"(\(([^()\s]+):\d+\))");
  return std::regex_replace(text, source, "(SOURCE)");
}

// The study file holds a second study without an eligibility module: it is skipped and
// the screen exits 1 (docs/fhir.md); a .criteria file screens with 0.
std::string screen_json(const std::string& trials, const std::string& patients) {
  const auto run = run_eligo({"screen", "--trials", trials, "--patients", patients, "--as-of",
                              eligo::test::kAsOf, "--format", "json"});
  REQUIRE(run.status == (trials.ends_with(".json") ? 1 : 0));
  return run.out;
}

// The seed file without its rule: lines (the registry's text), as a file.
std::string registry_text_file() {
  const fs::path path = fs::temp_directory_path() / "eligo-real-inputs" / "NCT04883242.criteria";
  fs::create_directories(path.parent_path());
  const std::string seed = read_file(source_path("criteria/NCT04883242.criteria"));
  std::string out;
  std::istringstream in(seed);
  std::string line;
  std::size_t rule_indent = std::string::npos;
  while (std::getline(in, line)) {
    const std::size_t indent = line.find_first_not_of(' ');
    if (rule_indent != std::string::npos) {
      if (indent != std::string::npos && indent > rule_indent) continue;
      rule_indent = std::string::npos;
    }
    if (indent != std::string::npos && line.compare(indent, 5, "rule:") == 0) {
      rule_indent = indent;
      continue;
    }
    out += line + "\n";
  }
  std::ofstream(path, std::ios::binary) << out;
  return path.string();
}

}  // namespace

TEST_CASE("done when: ctgov JSON x FHIR Bundle = ctgov JSON x long CSV = .criteria x CSV",
          "[cli][real-inputs]") {
  const std::string from_fhir = screen_json(source_path(kStudy), source_path(kBundle));
  const std::string from_csv = screen_json(source_path(kStudy), source_path(kCsv));
  const std::string from_file = screen_json(registry_text_file(), source_path(kCsv));
  REQUIRE(std::count(from_fhir.begin(), from_fhir.end(), '\n') == 1);  // one pair
  CHECK_THAT(from_fhir, Catch::Matchers::Contains("\"trial\":\"NCT04883242\""));
  CHECK_THAT(from_fhir, Catch::Matchers::Contains("P03-rrmm.bundle.json:"));
  CHECK(normalise_sources(from_fhir) == normalise_sources(from_csv));
  CHECK(normalise_sources(from_csv) == normalise_sources(from_file));
  // The whole explanation, as `eligo explain` prints it, is the same too.
  const auto explain = [](const std::string& patients) {
    return normalise_sources(
        run_eligo({"explain", "--trial", "NCT04883242", "--patient", "P03-rrmm-fhir", "--trials",
                   source_path(kStudy), "--patients", patients, "--as-of", eligo::test::kAsOf})
            .out);
  };
  const std::string explained = explain(source_path(kBundle));
  CHECK(explained.size() > 1000);
  CHECK(explained == explain(source_path(kCsv)));
}

TEST_CASE("eligo import ctgov writes one .criteria file per study", "[cli][real-inputs]") {
  const fs::path out = fs::temp_directory_path() / "eligo-import-test";
  fs::remove_all(out);
  const auto run = run_eligo({"import", "ctgov", source_path(kStudy), "--out", out.string()});
  CHECK(run.status == 1);  // one study had no eligibility module and was skipped
  REQUIRE(fs::exists(out / "NCT04883242.criteria"));
  CHECK_FALSE(fs::exists(out / "NCT00000000.criteria"));
  const std::string text = read_file((out / "NCT04883242.criteria").string());
  CHECK_THAT(text, Catch::Matchers::Contains("id: NCT04883242\ntitle: Isatuximab"));
  // The written file screens like the JSON it came from.
  CHECK(
      normalise_sources(screen_json((out / "NCT04883242.criteria").string(), source_path(kCsv))) ==
      normalise_sources(screen_json(source_path(kStudy), source_path(kCsv))));
  CHECK(run_eligo({"import", "ctgov", source_path(kCsv), "--out", out.string()}).status == 3);
  fs::remove_all(out);
}

TEST_CASE("unmapped codes are listed once in the summary", "[cli][real-inputs]") {
  // A Synthea bundle: its smoking status and red-cell distribution widths have no item.
  // (The P03 bundle's blood pressures are items now: systolic_bp, diastolic_bp.)
  const std::string bundle =
      "tests/inputs/data/synthea/Lupe_Little_f8a42e66-8c03-4ee6-85e3-3817c2942de1.json";
  const fs::path err = fs::temp_directory_path() / "eligo-unmapped-stderr.txt";
  const std::string command = eligo::test::shell_quote(ELIGO_BINARY) + " screen --trials " +
                              eligo::test::shell_quote(source_path(kStudy)) + " --patients " +
                              eligo::test::shell_quote(source_path(bundle)) +
                              " --as-of 2026-11-20 --format csv " + " >/dev/null 2>" +
                              eligo::test::shell_quote(err.string());
  const int status = std::system(command.c_str());
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 1);  // the file's second study has no eligibility module
  const std::string stderr_text = read_file(err.string());
  const std::string summary = "unmapped codes (facts not used): ";
  const auto at = stderr_text.find(summary);
  REQUIRE(at != std::string::npos);
  CHECK(stderr_text.find(summary, at + 1) == std::string::npos);  // once
  CHECK_THAT(stderr_text,
             Catch::Matchers::Contains("LOINC 72166-2 \"Tobacco smoking status NHIS\" (3)"));
  CHECK_THAT(stderr_text, !Catch::Matchers::Contains("8480-6"));    // blood pressure is read
  CHECK_THAT(stderr_text, !Catch::Matchers::Contains("f8a42e66"));  // no patient id
  fs::remove(err);
}
