// `eligo import ctgov FILE.json... [--out DIR]`: one .criteria file per ClinicalTrials.gov
// study (API v2 JSON: one study, a search page {"studies": [...]}, an array, or JSON
// Lines). Each file is named by the study's NCT number; the eligibility text is kept
// byte for byte under header lines (id, title, ages, sex, healthy volunteers). A study
// without an eligibility module, and a study whose NCT number was already imported in
// this run (the first is kept), are named on stderr and the others are still written.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "api/trial_ids.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "grammar/ctgov_study.hpp"

namespace eligo::cli {
namespace {

struct ImportOptions {
  std::vector<std::string> files;
  std::string out = ".";
};

// A file name from an NCT number: letters, digits, '-' and '_' only.
std::string file_stem(const grammar::CtgovStudy& study) {
  std::string stem;
  for (char c : study.nct_id) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '_';
    if (plain) stem += c;
  }
  return stem.empty() ? "study-" + std::to_string(study.index) : stem;
}

int run(const ImportOptions& o) {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::create_directories(o.out, error);
  if (!fs::is_directory(o.out, error)) {
    std::cerr << "eligo import: " << o.out << ": cannot create the directory\n";
    return kUnreadableInput;
  }
  int code = kSuccess;
  std::size_t written = 0, skipped = 0;
  api::TrialIds ids;  // by file name: a study without an NCT number is study-N
  for (const std::string& path : o.files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "eligo import: " << path << ": cannot open\n";
      code = kUnreadableInput;
      continue;
    }
    std::ostringstream text;
    text << in.rdbuf();
    const grammar::CtgovFile file =
        grammar::read_ctgov_json(text.view(), fs::path(path).filename().string(), path);
    if (file.error) {
      std::cerr << render(*file.error);
      code = kUnreadableInput;
      continue;
    }
    for (const grammar::CtgovStudy& study : file.studies) {
      const std::string name = "study " + std::to_string(study.index) +
                               (study.nct_id.empty() ? "" : " (" + study.nct_id + ")");
      for (const Diagnostic& w : study.warnings) std::cerr << render(w);
      if (study.error) {
        std::cerr << render(*study.error);
        ++skipped;
        if (code == kSuccess) code = kInputErrors;
        continue;
      }
      // The same study twice would write the same file twice: the first is kept.
      if (const auto duplicate = ids.add(file_stem(study), path + ", " + name)) {
        std::cerr << render(*duplicate);
        ++skipped;
        if (code == kSuccess) code = kInputErrors;
        continue;
      }
      const fs::path target = fs::path(o.out) / (file_stem(study) + ".criteria");
      std::ofstream out(target, std::ios::binary);
      out << study.criteria;
      if (!out) {
        std::cerr << "eligo import: " << target.string() << ": cannot write\n";
        code = kUnreadableInput;
        continue;
      }
      std::cerr << "wrote " << target.string() << '\n';
      ++written;
    }
  }
  std::cerr << "imported " << written << (written == 1 ? " study" : " studies") << ", skipped "
            << skipped << '\n';
  return code;
}

}  // namespace

Run add_import_command(CLI::App& app) {
  auto o = std::make_shared<ImportOptions>();
  auto* import = app.add_subcommand("import", "Import trials from a registry");
  import->require_subcommand(1);
  auto* ctgov = import->add_subcommand(
      "ctgov", "ClinicalTrials.gov API v2 study JSON to .criteria files, one per study");
  ctgov
      ->add_option("FILE", o->files,
                   "Study JSON files (a study, {\"studies\": [...]}, an "
                   "array, or JSON Lines)")
      ->required();
  ctgov->add_option("--out", o->out,
                    "Directory to write NCT........criteria files to "
                    "(default: the current directory)");
  ctgov->footer(
      "Exit codes: 0 every study imported; 1 some studies had no eligibility criteria or\n"
      "repeated an NCT number already imported, and were skipped (named on stderr); 2 bad\n"
      "arguments; 3 a file cannot be read, is empty or is not API v2 study JSON (the classic\n"
      "API v1 FullStudiesResponse format included), or --out cannot be created.\n"
      "Example:\n  eligo import ctgov NCT04883242.json --out criteria");
  return [ctgov, o]() -> int { return *ctgov ? run(*o) : -1; };
}

}  // namespace eligo::cli
