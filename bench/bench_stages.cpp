// eligo_bench_stages: where the time of a screen goes, stage by stage, on one core.
// Reads a long CSV several times, each time doing one more stage, and prints the time
// of each run and the share the added stage costs:
//   tokenize  CSV records only (CsvStream)
//   read      + rows to patient records (read_patients, the record resolver)
//   screen    + PatientView, evaluate and decide against every trial
// The report text (CSV, JSON) is not rendered: eligo screen's total minus `screen` is.
// Times are CPU seconds of this process.
//   eligo_bench_stages --trials DIR --patients FILE [--as-of YYYY-MM-DD]
#include <time.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/record_resolver.hpp"
#include "engine/screener.hpp"
#include "grammar/trial_compiler.hpp"
#include "patients/csv_stream.hpp"
#include "patients/read_patients.hpp"

namespace {

// CPU time of the process: on a shared machine, wall time measures the neighbours too.
struct Clock {
  using time_point = double;
  static double now() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  }
};

double seconds_since(double start) { return Clock::now() - start; }

}  // namespace

int main(int argc, char** argv) {
  std::string trials_path, patients_path, as_of_text = "2026-11-20";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view arg = argv[i];
    if (arg == "--trials") trials_path = argv[i + 1];
    if (arg == "--patients") patients_path = argv[i + 1];
    if (arg == "--as-of") as_of_text = argv[i + 1];
  }
  const auto files = eligo::grammar::expand_trial_paths({trials_path});
  const eligo::Result<eligo::Date> as_of = eligo::parse_iso_date(as_of_text);
  if (patients_path.empty() || !files || !as_of) {
    std::fprintf(stderr, "usage: eligo_bench_stages --trials DIR --patients FILE [--as-of DATE]\n");
    return 2;
  }
  const eligo::Vocabulary& vocabulary = eligo::Vocabulary::builtin();
  std::vector<eligo::Trial> trials;
  for (const auto& path : *files) trials.push_back(eligo::grammar::compile_trial_file(path)->trial);

  auto start = Clock::now();
  std::size_t records = 0;
  {
    std::ifstream in(patients_path, std::ios::binary);
    eligo::patients::CsvStream stream(in);
    while (stream.next()) ++records;
  }
  const double tokenize = seconds_since(start);

  eligo::patients::ReadOptions options;
  options.resolver = eligo::engine::make_record_resolver(vocabulary);
  options.grouping = eligo::patients::Grouping::assume_grouped;
  start = Clock::now();
  std::size_t patients = 0;
  eligo::patients::read_patients_file(patients_path, options,
                                      [&](eligo::patients::PatientRecord&&) { ++patients; }, {});
  const double read = seconds_since(start);

  const eligo::engine::Screener screener(trials, vocabulary);
  eligo::engine::ScreenWorker worker(screener);
  std::size_t counts[3] = {0, 0, 0};
  start = Clock::now();
  eligo::patients::read_patients_file(
      patients_path, options,
      [&](eligo::patients::PatientRecord&& patient) {
        worker.screen(patient, *as_of,
                      [&](std::size_t, const eligo::engine::TrialEvaluation&,
                          const eligo::engine::Verdict& v) { ++counts[static_cast<int>(v.kind)]; });
      },
      {});
  const double screen = seconds_since(start);

  const auto per = [&](double s) { return s / static_cast<double>(patients) * 1e6; };
  std::printf(
      "%zu patients, %zu records, %zu trials; %zu eligible, %zu undetermined, %zu ineligible\n",
      patients, records, trials.size(), counts[0], counts[2], counts[1]);
  std::printf("tokenize  %7.3f s  %6.2f us/patient\n", tokenize, per(tokenize));
  std::printf("read      %7.3f s  %6.2f us/patient  (+%.2f rows to records)\n", read, per(read),
              per(read - tokenize));
  std::printf("screen    %7.3f s  %6.2f us/patient  (+%.2f view, evaluate, decide)\n", screen,
              per(screen), per(screen - read));
  return 0;
}
