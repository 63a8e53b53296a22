// `eligo screen --jobs N` and `--grouped`: the report is the same bytes with any
// number of threads, in input order, for every format that renders per patient; one
// pass over grouped input gives the same report as the default two; --grouped refuses
// the rows of a patient already screened, naming the line.
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli_support.hpp"

namespace {

namespace fs = std::filesystem;
using eligo::test::read_file;
using eligo::test::run_eligo;
using eligo::test::source_path;

fs::path scratch_file(const std::string& name) {
  return fs::temp_directory_path() / ("eligo-jobs-" + std::to_string(::getpid()) + "-" + name);
}

// The sample patients copied `copies` times under new ids (P01-eligible-... -> C7-P01-...),
// grouped by patient: enough patients for many batches of the thread pool.
std::string many_patients(int copies) {
  std::istringstream in(read_file(source_path("patients/samples/patients.csv")));
  std::string header;
  std::getline(in, header);
  std::vector<std::string> rows;
  for (std::string line; std::getline(in, line);) rows.push_back(line);
  std::string out = header + "\n";
  for (int c = 0; c < copies; ++c) {
    for (const std::string& row : rows) out += "C" + std::to_string(c) + "-" + row + "\n";
  }
  return out;
}

std::string write_jobs_file(const std::string& name, const std::string& text) {
  const fs::path path = scratch_file(name);
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

std::vector<std::string> screen_args(const std::string& patients, const std::string& format) {
  return {"screen",     "--trials", source_path("criteria"),
          "--patients", patients,   "--as-of",
          "2026-11-20", "--format", format};
}

}  // namespace

TEST_CASE("screen --jobs: the same report with 1, 2 and 5 threads", "[cli][jobs]") {
  const std::string patients = write_jobs_file("many.csv", many_patients(40));  // 840 patients
  for (const std::string format : {"csv", "json", "table"}) {
    INFO(format);
    auto args = screen_args(patients, format);
    const auto one = run_eligo(args);
    REQUIRE(one.status == 0);
    REQUIRE(one.out.size() > 10000);
    for (const std::string jobs : {"2", "5"}) {
      INFO("jobs " << jobs);
      auto with_jobs = args;
      with_jobs.insert(with_jobs.end(), {"--jobs", jobs});
      const auto many = run_eligo(with_jobs);
      CHECK(many.status == 0);
      CHECK(many.out == one.out);
    }
  }
  fs::remove(patients);
}

TEST_CASE("screen --grouped: one pass gives the same report on grouped input", "[cli][jobs]") {
  const std::string patients = write_jobs_file("grouped.csv", many_patients(3));
  auto args = screen_args(patients, "csv");
  const auto twice = run_eligo(args);
  args.push_back("--grouped");
  const auto once = run_eligo(args);
  CHECK(once.status == 0);
  CHECK(once.out == twice.out);
  args.insert(args.end(), {"--jobs", "3"});
  CHECK(run_eligo(args).out == twice.out);
  fs::remove(patients);
}

TEST_CASE("screen --grouped: a row of a patient already screened is refused", "[cli][jobs]") {
  const std::string text = many_patients(1) + "C0-P01-eligible-smm-mayo,hiv,yes,,2020-01-01,,\n";
  const std::string patients = write_jobs_file("scattered.csv", text);
  const std::size_t last_line =
      static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  const fs::path err = scratch_file("stderr");
  std::string command = eligo::test::shell_quote(ELIGO_BINARY);
  for (const auto& a : screen_args(patients, "csv")) command += " " + eligo::test::shell_quote(a);
  command += " --grouped >/dev/null 2>" + eligo::test::shell_quote(err.string());
  const int status = std::system(command.c_str());
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 1);  // screened, with a bad row
  CHECK_THAT(read_file(err.string()),
             Catch::Contains(patients + ":" + std::to_string(last_line) +
                             ": error: this patient's rows are not contiguous"));
  fs::remove(patients);
  fs::remove(err);
}

TEST_CASE(
    "screen --grouped --jobs: a file of several chunks, read on the workers, gives the "
    "same report and the same errors as one thread",
    "[cli][jobs]") {
  // 1680 patients (and one with only a bad row), about 2.5 MB: three chunks of 1 MiB. Bad rows near
  // the start, and rows of the first patient again at the end (a later chunk): refused as not
  // contiguous.
  std::string text = many_patients(80);
  const std::size_t first_row = text.find('\n') + 1;
  const std::string first_patient_row =
      text.substr(first_row, text.find('\n', first_row) + 1 - first_row);
  text.insert(text.find('\n', first_row) + 1, "C0-P01-eligible-smm-mayo,anc,-,/uL,2026-11-01,,\n");
  text += first_patient_row;
  text += "C79-P99,platelets,150,mg/dL,2026-11-01,,\n";
  const std::string patients = write_jobs_file("chunks.csv", text);
  REQUIRE(text.size() > (std::size_t{2} << 20));
  const auto run = [&](const std::string& jobs) {
    const fs::path err = scratch_file("stderr-" + jobs);
    const fs::path out = scratch_file("stdout-" + jobs);
    std::string command = eligo::test::shell_quote(ELIGO_BINARY);
    for (const auto& a : screen_args(patients, "csv")) command += " " + eligo::test::shell_quote(a);
    command += " --grouped --jobs " + jobs + " >" + eligo::test::shell_quote(out.string()) + " 2>" +
               eligo::test::shell_quote(err.string());
    const int status = std::system(command.c_str());
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);  // screened, with bad rows
    const std::pair<std::string, std::string> result{read_file(out.string()),
                                                     read_file(err.string())};
    fs::remove(err);
    fs::remove(out);
    return result;
  };
  const auto one = run("1");
  CHECK_THAT(one.second, Catch::Contains("this patient's rows are not contiguous"));
  CHECK_THAT(one.second, Catch::Contains("screened 1681 patients"));  // C79-P99 too
  CHECK_THAT(one.second, Catch::Contains(":3: error: anc: not a number"));
  for (const std::string jobs : {"2", "3"}) {
    INFO("jobs " << jobs);
    const auto many = run(jobs);
    CHECK(many.first == one.first);
    CHECK(many.second == one.second);
  }
  fs::remove(patients);
}
