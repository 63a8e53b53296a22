// eligo_bench_compile: the compile throughput of the criteria grammars. Compiles the
// given .criteria files over and over until at least --criteria criteria (default
// 10,000) have been compiled, twice: whole documents (document grammar, prose and rule:
// lines, header criteria), then each criterion's prose alone (compile_prose). Prints
// criteria per second and MB of text per second for each.
//   eligo_bench_compile [--criteria N] FILE_OR_DIR...
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/prose_compiler.hpp"
#include "grammar/trial_compiler.hpp"

namespace {

// Wall and CPU time: on a shared machine the CPU time is the compiler's own.
struct Stopwatch {
  std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
  std::clock_t cpu = std::clock();
  double wall_seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
  }
  double cpu_seconds() const { return static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC; }
};

void print(const char* what, std::size_t criteria, std::size_t bytes, const Stopwatch& watch) {
  const double wall = watch.wall_seconds(), cpu = watch.cpu_seconds();
  const double n = static_cast<double>(criteria), mb = static_cast<double>(bytes) / 1e6;
  std::printf(
      "compile %s: %zu criteria, %.2f MB in %.3f s (CPU %.3f s): %.0f criteria/s, %.2f MB/s "
      "(per CPU second: %.0f criteria/s, %.2f MB/s)\n",
      what, criteria, mb, wall, cpu, n / wall, mb / wall, n / cpu, mb / cpu);
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t wanted = 10000;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--criteria" && i + 1 < argc) {
      wanted = std::strtoul(argv[++i], nullptr, 10);
    } else {
      paths.emplace_back(arg);
    }
  }
  const auto files = eligo::grammar::expand_trial_paths(paths);
  if (!files || files->empty()) {
    std::fprintf(stderr, "usage: eligo_bench_compile [--criteria N] FILE_OR_DIR...\n");
    return 2;
  }
  const eligo::Vocabulary& vocabulary = eligo::Vocabulary::builtin();
  std::vector<std::string> texts;
  std::vector<std::string> prose;  // each criterion's text, from a first compile
  for (const auto& path : *files) {
    std::ifstream in(path, std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    const eligo::grammar::TrialCompile once =
        eligo::grammar::compile_trial(texts.back(), path.string(), vocabulary);
    for (const auto& c : once.trial.criteria) {
      if (!c.id.starts_with("H")) prose.push_back(c.text);  // H1, H2: header ages
    }
  }

  std::size_t criteria = 0, bytes = 0;
  Stopwatch watch;
  while (criteria < wanted) {
    for (const std::string& text : texts) {
      const eligo::grammar::TrialCompile compiled =
          eligo::grammar::compile_trial(text, "bench", vocabulary);
      criteria += compiled.trial.criteria.size();
      bytes += text.size();
    }
  }
  print("documents", criteria, bytes, watch);

  criteria = 0;
  bytes = 0;
  std::size_t full = 0;
  watch = Stopwatch{};
  while (criteria < wanted) {
    for (const std::string& text : prose) {
      const eligo::grammar::ProseCompile compiled = eligo::grammar::compile_prose(text, vocabulary);
      ++criteria;
      full += compiled.coverage == eligo::Coverage::full ? 1 : 0;
      bytes += text.size();
    }
  }
  print("prose", criteria, bytes, watch);
  std::printf("(%zu of the %zu prose criteria fully understood)\n", full, criteria);
  return 0;
}
