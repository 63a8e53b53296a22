// `eligo screen --trials PATH... --patients FILE... [--as-of DATE] [--format F] [--out FILE]
//  [--jobs N] [--grouped] [--no-header]`:
// every patient against every trial. `--patients -` reads CSV rows from standard input
// and, with --grouped, writes each patient's rows as soon as the patient ends, flushed,
// so eligo can be a streaming worker (docs/scale.md). Results go to stdout (or --out); bad rows,
// trial file errors and the closing summary go to stderr. Patient ids and values are never logged;
// they appear only in the report itself.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string_view>

#include "api/screen_pool.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/inputs.hpp"
#include "cli/report.hpp"
#include "cli/standard_input.hpp"
#include "engine/screener.hpp"
#include "patients/csv_chunks.hpp"

namespace eligo::cli {
namespace {

struct ScreenOptions {
  std::vector<std::string> trials;
  std::vector<std::string> patients;
  std::string as_of;
  Format format = Format::table;
  std::string out;
  unsigned jobs = 1;
  bool grouped = false;
  bool no_header = false;

  bool reads_standard_input() const {
    return std::find(patients.begin(), patients.end(), kStandardInputArgument) != patients.end();
  }
};

// Formats whose text for a patient depends on that patient alone, which --jobs can
// render on several threads (an HTML page is built whole: one thread).
bool renders_per_patient(Format format) {
  return format == Format::table || format == Format::json || format == Format::csv;
}

// --jobs N: one worker's report, rendered into text the pool writes in input order.
struct WorkerReport {
  // No CSV header: the main writer has written it (or --no-header).
  WorkerReport(Format format, const std::vector<Trial>& trials)
      : report(format, text, trials, false) {}
  std::ostringstream text;
  ReportWriter report;
  std::size_t counts[3] = {0, 0, 0};
};

// Reads on this thread, screens and renders on `jobs` others (ScreenPool); the report
// is the same bytes as with one thread.
PatientInput screen_in_parallel(const ScreenOptions& o, const engine::Screener& screener,
                                Date as_of, std::ostream& out, std::size_t counts[3],
                                bool progress) {
  std::vector<std::unique_ptr<WorkerReport>> reports;
  for (unsigned w = 0; w < o.jobs; ++w) {
    reports.push_back(std::make_unique<WorkerReport>(o.format, screener.trials()));
  }
  const auto make_handler = [&](unsigned w) {
    WorkerReport* mine = reports[w].get();
    return api::ScreenPool::Handler{
        [mine](const patients::PatientRecord& patient, std::size_t t,
               const engine::TrialEvaluation& ev, const engine::Verdict& v) {
          ++mine->counts[static_cast<int>(v.kind)];
          mine->report.add(patient.id, t, ev, v);
        },
        [mine](const patients::PatientRecord&, std::string& text) {
          mine->report.end_patient();
          text += mine->text.view();
          mine->text.str("");
        }};
  };
  patients::ReadStats chunk_stats;  // of the chunks read on the workers
  api::ScreenPool pool(
      screener, as_of, o.jobs, make_handler,
      [&out, flush = o.reads_standard_input()](std::string_view text) {
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        if (flush) out.flush();  // a streaming worker's reader sees each batch at once
      },
      [&chunk_stats](api::ScreenPool::ReadOutput&& read) {
        for (const Diagnostic& e : read.errors) std::cerr << to_string(e) << '\n';
        chunk_stats += read.stats;
      });
  // A grouped CSV file is cut into chunks here and read on the workers as well, so
  // reading scales with the screening.
  const CsvReader read_in_chunks = [&pool](const std::string& file,
                                           const patients::ReadOptions& options,
                                           const patients::ErrorSink& on_error) {
    const patients::ChunkSink on_chunk = [&pool](patients::CsvChunk&& chunk) {
      auto mine = std::make_shared<const patients::CsvChunk>(std::move(chunk));
      pool.add([mine](const patients::PatientSink& sink) {
        api::ScreenPool::ReadOutput output;
        output.stats = patients::read_chunk(
            *mine, sink, [&output](const Diagnostic& e) { output.errors.push_back(e); });
        return output;
      });
    };
    if (file == kStandardInputArgument) {
      return patients::read_patients_chunked(standard_input(), kStandardInputSource, options,
                                             on_chunk, on_error);
    }
    return patients::read_patients_chunked_file(file, options, on_chunk, on_error);
  };
  std::size_t patients = 0;
  PatientInput input = read_patient_files(
      o.patients, screener.vocabulary(),
      [&](patients::PatientRecord&& patient) {
        pool.add(std::move(patient));
        if (progress && ++patients % 10000 == 0) std::cerr << '\r' << patients << " patients";
      },
      o.grouped ? patients::Grouping::assume_grouped : patients::Grouping::check,
      o.grouped ? read_in_chunks : CsvReader{});
  pool.finish();
  input.stats += chunk_stats;
  for (const auto& r : reports) {
    for (int k = 0; k < 3; ++k) counts[k] += r->counts[k];
  }
  return input;
}

int run(const ScreenOptions& o) {
  const Vocabulary& vocabulary = Vocabulary::builtin();
  const auto as_of = parse_as_of(o.as_of);
  if (!as_of) return kBadArguments;
  if (!standard_input_at_most_once(o.patients)) return kBadArguments;
  if (o.no_header && o.format != Format::csv) {
    std::cerr << "eligo: --no-header applies to --format csv only\n";
    return kBadArguments;
  }
  const auto loaded = load_trials(o.trials, vocabulary);
  if (!loaded) return kUnreadableInput;
  const std::vector<Trial>* const trials = &loaded->trials;

  std::ofstream file;
  if (!o.out.empty()) {
    file.open(o.out, std::ios::binary);
    if (!file) {
      std::cerr << "eligo: " << o.out << ": cannot write\n";
      return kUnreadableInput;
    }
  }
  std::ostream& out = o.out.empty() ? std::cout : file;

  const engine::Screener screener(*trials, vocabulary);
  engine::ScreenWorker worker(screener);
  ReportWriter report(o.format, out, *trials, !o.no_header);
  std::size_t counts[3] = {0, 0, 0};
  std::size_t patients = 0;
  const bool progress = isatty(STDERR_FILENO) != 0;

  PatientInput input;
  if (o.jobs > 1 && renders_per_patient(o.format)) {
    try {
      input = screen_in_parallel(o, screener, *as_of, out, counts, progress);
    } catch (const std::exception& e) {
      std::cerr << "eligo: screening failed: " << e.what() << '\n';
      return kUnreadableInput;
    }
  } else {
    // Standard input flushes the report before each read, so a downstream reader has a
    // patient's rows before eligo waits for the next rows (and not only at the end).
    if (o.reads_standard_input()) standard_input().tie(&out);
    input = read_patient_files(
        o.patients, vocabulary,
        [&](patients::PatientRecord&& patient) {
          worker.screen(
              patient, *as_of,
              [&](std::size_t t, const engine::TrialEvaluation& ev, const engine::Verdict& v) {
                ++counts[static_cast<int>(v.kind)];
                report.add(patient.id, t, ev, v);
              });
          report.end_patient();
          if (progress && ++patients % 10000 == 0) std::cerr << '\r' << patients << " patients";
        },
        o.grouped ? patients::Grouping::assume_grouped : patients::Grouping::check);
  }
  report.finish();
  standard_input().tie(nullptr);
  if (progress && input.stats.patients >= 10000) std::cerr << '\n';

  std::cerr << "screened " << input.stats.patients << " patients x " << trials->size()
            << " trials as of " << to_iso_string(*as_of) << ": "
            << counts[static_cast<int>(engine::VerdictKind::eligible)] << " eligible, "
            << counts[static_cast<int>(engine::VerdictKind::undetermined)] << " undetermined, "
            << counts[static_cast<int>(engine::VerdictKind::ineligible)] << " ineligible; "
            << input.stats.rows << " rows read, " << input.stats.rows_rejected << " rejected";
  if (input.stats.values_rejected > 0) {
    std::cerr << ", " << input.stats.values_rejected << " values rejected";
  }
  std::cerr << '\n';
  if (const std::string unmapped = patients::describe_unmapped(input.unmapped); !unmapped.empty()) {
    std::cerr << unmapped << '\n';
  }
  if (!out) {
    std::cerr << "eligo: error writing the report\n";
    return kUnreadableInput;
  }
  if (input.unreadable) return kUnreadableInput;
  if (loaded->exit_code() != kSuccess) return loaded->exit_code();
  return input.stats.errors > 0 ? kInputErrors : kSuccess;
}

}  // namespace

Run add_screen_command(CLI::App& app) {
  auto o = std::make_shared<ScreenOptions>();
  auto* cmd = app.add_subcommand("screen", "Screen every patient against every trial");
  cmd->add_option("--trials", o->trials,
                  ".criteria files, directories of them, or ClinicalTrials.gov study JSON files")
      ->required();
  cmd->add_option("--patients", o->patients,
                  "Patient files: CSV (long or wide), FHIR Bundle JSON, FHIR NDJSON (files or a "
                  "directory), or a Synthea CSV export directory; - reads CSV from standard "
                  "input (with --grouped, each patient's rows are written as it ends)")
      ->required();
  cmd->add_option("--as-of", o->as_of, "Reference date YYYY-MM-DD (default: today, UTC)");
  cmd->add_option("--format", o->format,
                  "table (default), json (JSON Lines), csv or html (one self-contained page)")
      ->transform(CLI::CheckedTransformer(std::map<std::string, Format>{{"table", Format::table},
                                                                        {"json", Format::json},
                                                                        {"csv", Format::csv},
                                                                        {"html", Format::html}},
                                          CLI::ignore_case));
  cmd->add_option("--out", o->out, "Write the report to FILE instead of standard output");
  cmd->add_option("--jobs", o->jobs,
                  "Screen on N threads (default 1); the report is the same, in input order "
                  "(html: one thread)")
      ->check(CLI::Range(1u, 256u));
  cmd->add_flag("--grouped", o->grouped,
                "The CSV files' rows are grouped by patient_id: read each file once (a row of "
                "a patient already screened is refused as not contiguous). Without it a CSV "
                "file is read twice, to find patients whose rows are scattered (standard input "
                "is first copied to a temporary file)");
  cmd->add_flag("--no-header", o->no_header,
                "CSV report without its header line, for shards whose reports are "
                "concatenated or read by Spark's TRANSFORM");
  cmd->footer(
      "Exit codes: 0 screened; 1 screened, but some rows, trials or studies were bad and\n"
      "skipped (listed on stderr with where they are: a malformed rule, a study without an\n"
      "eligibility module, a trial id given twice); 2 bad arguments; 3 a file cannot be read\n"
      "(missing, empty, no header, not study JSON) or no trial was loaded.\n"
      "Example:\n"
      "  eligo screen --trials criteria --patients patients/samples/patients.csv "
      "--as-of 2026-11-20");
  return [cmd, o]() -> int { return *cmd ? run(*o) : -1; };
}

}  // namespace eligo::cli
