// Thread safety of the embedding API, run under ThreadSanitizer by scripts/test.sh
// (and as a plain test everywhere else): one engine screened from several threads,
// loading while others screen, separate engines on separate threads, and the C API's
// per-thread last error.
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

#include "../cli/cli_support.hpp"
#include "api/eligo.h"
#include "api/engine.hpp"

using namespace eligo;
using namespace eligo::test;

namespace {

constexpr int kThreads = 4;
constexpr int kRounds = 5;

const std::string& bundle() {
  static const std::string text = read_file(source_path("tests/inputs/data/P03-rrmm.bundle.json"));
  return text;
}
const std::string& csv() {
  static const std::string text = read_file(source_path("tests/inputs/data/P03-rrmm.csv"));
  return text;
}

void load_seeds(api::Engine& engine) {
  for (const auto& id : seed_trials()) {
    engine.load_criteria(read_file(seed_trial_path(id)), id + ".criteria");
  }
}

// Runs `body(thread)` on kThreads threads at once.
template <class Body>
void on_threads(Body body) {
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) threads.emplace_back(body, t);
  for (auto& t : threads) t.join();
}

}  // namespace

TEST_CASE("One engine screened from several threads gives every thread the same result") {
  api::Engine engine;
  load_seeds(engine);
  const Date as_of = api::parse_date(kAsOf);
  const std::string fhir = engine.screen_fhir(bundle(), as_of).json_lines();
  const std::string rows = engine.screen_csv(csv(), as_of).json_lines();
  std::atomic<int> same{0};
  on_threads([&](int t) {
    for (int r = 0; r < kRounds; ++r) {
      if (t % 2 == 0 ? engine.screen_fhir(bundle(), as_of).json_lines() == fhir
                     : engine.screen_csv(csv(), as_of).json_lines() == rows) {
        ++same;
      }
    }
  });
  CHECK(same == kThreads * kRounds);
}

TEST_CASE("Loading while other threads screen: each screen sees a whole set of trials") {
  api::Engine engine;
  engine.load_criteria(read_file(seed_trial_path(seed_trials()[0])), "first");
  const Date as_of = api::parse_date(kAsOf);
  std::atomic<bool> loading{true};
  std::atomic<int> bad{0};
  std::thread loader([&] {
    for (std::size_t i = 1; i < seed_trials().size(); ++i) {
      engine.load_criteria(read_file(seed_trial_path(seed_trials()[i])), seed_trials()[i]);
    }
    loading = false;
  });
  on_threads([&](int) {
    for (int r = 0; r < kRounds || loading; ++r) {
      const auto s = engine.screen_fhir(bundle(), as_of);
      if (s.trials.empty() || s.trials.size() > seed_trials().size()) ++bad;
    }
  });
  loader.join();
  CHECK(bad == 0);
  CHECK(engine.screen_fhir(bundle(), as_of).trials.size() == seed_trials().size());
}

TEST_CASE("Separate engines on separate threads, through the C API") {
  std::atomic<int> ok{0};
  on_threads([&](int t) {
    eligo_engine* engine = eligo_engine_new();
    for (const auto& id : seed_trials()) {
      if (eligo_load_criteria(engine, read_file(seed_trial_path(id)).c_str(), id.c_str()) !=
          ELIGO_OK) {
        return;
      }
    }
    char* json = nullptr;
    // Each thread's own failure, then its own success: last_error is per thread.
    const int refused = eligo_screen_fhir(engine, "[", kAsOf.c_str(), &json);
    const std::string error = eligo_last_error();
    const int status = eligo_screen_fhir(engine, bundle().c_str(), kAsOf.c_str(), &json);
    if (refused == ELIGO_BAD_INPUT && !error.empty() && status == ELIGO_OK &&
        std::string(eligo_last_error()).empty() &&
        std::string(json).find("\"trial\":\"NCT04883242\",\"as_of\":\"2026-11-20\","
                               "\"verdict\":\"undetermined\"") != std::string::npos) {
      ++ok;
    }
    eligo_free_string(json);
    eligo_engine_free(engine);
    (void)t;
  });
  CHECK(ok == kThreads);
}
