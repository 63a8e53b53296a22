// Helpers for the command-line tests: run the eligo binary, read its CSV report, and
// the paths of the seed trials and the sample patients.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace eligo::test {

inline std::string source_path(const std::string& relative) {
  return std::string(ELIGO_SOURCE_DIR) + "/" + relative;
}

inline const std::vector<std::string>& seed_trials() {
  static const std::vector<std::string> ids = {"NCT02960555", "NCT04270409", "NCT04883242",
                                               "NCT04965155"};
  return ids;
}

inline std::string seed_trial_path(const std::string& id) {
  return source_path("criteria/" + id + ".criteria");
}

inline const std::string kSamples = "patients/samples/patients.csv";
inline const std::string kExpected = "patients/samples/expected.csv";
inline const std::string kAsOf = "2026-11-20";

// A word for the shell, in single quotes.
inline std::string shell_quote(const std::string& word) {
  std::string out = "'";
  for (const char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

struct RunResult {
  int status = -1;  // the exit code, or -1 when the command did not exit normally
  std::string out;  // standard output (standard error is dropped)
};

// Runs the eligo binary with the given arguments (each quoted for the shell).
inline RunResult run_eligo(const std::vector<std::string>& args) {
  std::string command = shell_quote(ELIGO_BINARY);
  for (const auto& a : args) command += " " + shell_quote(a);
  command += " 2>/dev/null";
  RunResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run " + command);
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.out.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// A directory of this process's files under the temporary directory (`prefix` then the
// process id), made on first use and removed at exit; `scratch_write` puts a file in it.
inline const std::filesystem::path& scratch_dir(const std::string& prefix) {
  struct Dir {
    std::filesystem::path path;
    explicit Dir(const std::string& name)
        : path(std::filesystem::temp_directory_path() / (name + std::to_string(::getpid()))) {
      std::filesystem::create_directories(path);
    }
    ~Dir() {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
  };
  static std::map<std::string, Dir> dirs;
  return dirs.try_emplace(prefix, prefix).first->second.path;
}

inline std::string scratch_write(const std::filesystem::path& dir, const std::string& name,
                                 const std::string& bytes) {
  const std::filesystem::path path = dir / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct CapturedRun {
  int status = -1;  // the exit code; -1 if killed by a signal (a crash)
  std::string out, err;
};

// Runs the eligo binary with stdout and stderr kept (in files `out` and `err`, which
// are overwritten). With `piped_input`, that file is piped to its standard input
// (`cat FILE | eligo ...`, a pipe as a streaming worker gets); the status is eligo's.
inline CapturedRun run_eligo_captured(const std::vector<std::string>& args, const std::string& out,
                                      const std::string& err, const std::string& piped_input = {}) {
  std::string command =
      piped_input.empty() ? std::string() : "cat " + shell_quote(piped_input) + " | ";
  command += shell_quote(ELIGO_BINARY);
  for (const auto& a : args) command += " " + shell_quote(a);
  command += " >" + shell_quote(out) + " 2>" + shell_quote(err);
  const int status = std::system(command.c_str());
  CapturedRun run;
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = read_file(out);
  run.err = read_file(err);
  return run;
}

// RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks.
inline std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = any = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (any || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
      }
      row.clear();
      field.clear();
      any = false;
    } else {
      field += c;
      any = true;
    }
  }
  if (any || !field.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

// A CSV with a header, as one map per row (column name -> cell).
inline std::vector<std::map<std::string, std::string>> csv_records(const std::string& text) {
  const auto rows = parse_csv(text);
  std::vector<std::map<std::string, std::string>> out;
  if (rows.empty()) return out;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    std::map<std::string, std::string> record;
    for (std::size_t c = 0; c < rows[0].size(); ++c) {
      record[rows[0][c]] = c < rows[r].size() ? rows[r][c] : std::string();
    }
    out.push_back(std::move(record));
  }
  return out;
}

// Splits "a;b;c" (an empty text is no item).
inline std::vector<std::string> split_list(const std::string& text, char sep = ';') {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::string item;
  std::istringstream in(text);
  while (std::getline(in, item, sep)) out.push_back(item);
  return out;
}

using PairKey = std::pair<std::string, std::string>;  // (patient, trial)

// `eligo screen --format csv` of the given patients against the given trials, by pair.
inline std::map<PairKey, std::map<std::string, std::string>> screen_csv(
    const std::vector<std::string>& trials, const std::string& patients, int& status) {
  std::vector<std::string> args = {"screen", "--trials"};
  args.insert(args.end(), trials.begin(), trials.end());
  args.insert(args.end(), {"--patients", patients, "--as-of", kAsOf, "--format", "csv"});
  const RunResult run = run_eligo(args);
  status = run.status;
  std::map<PairKey, std::map<std::string, std::string>> out;
  for (auto& record : csv_records(run.out)) {
    PairKey key{record["patient"], record["trial"]};
    out.emplace(std::move(key), std::move(record));
  }
  return out;
}

}  // namespace eligo::test
