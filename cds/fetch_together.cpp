// Concurrent fetches by one deadline; see fetch_together.hpp.
#include "cds/fetch_together.hpp"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace eligo::cds {
namespace {

// How long the threads have, once stopped at the deadline, to say they have ended.
constexpr std::chrono::milliseconds kGrace{100};

// Fetch threads of all hooks left running past their deadline (in a name look-up that
// cannot be cut short, say); while this many are, new fetches are not started.
constexpr int kMaxLate = 16;
std::atomic<int> late_threads{0};

// What the threads and the hook share; each thread holds it, so one left running at the
// deadline still has it after the hook has answered.
struct Shared {
  std::mutex mutex;
  std::condition_variable ended;
  std::vector<std::unique_ptr<FhirClient>> clients;
  std::vector<std::optional<FhirAnswer>> answers;  // under `mutex`
  std::vector<bool> late;                          // under `mutex`: left running by the hook
  std::size_t done = 0;                            // under `mutex`
};

void run(const std::shared_ptr<Shared>& shared, std::size_t i, const FetchTask& task,
         FetchClock::time_point deadline) {
  FhirAnswer answer;
  try {
    answer = task(*shared->clients[i], deadline);
  } catch (const std::exception&) {  // a bug, or no memory: no message, it may quote data
    answer.failure = "the fetch failed";
  }
  const std::lock_guard lock(shared->mutex);
  if (shared->late[i]) --late_threads;  // its answer is dropped with `shared`
  shared->answers[i] = std::move(answer);
  ++shared->done;
  shared->ended.notify_all();
}

}  // namespace

std::vector<FhirAnswer> fetch_together(const FetchTarget& target, std::vector<FetchTask> tasks,
                                       FetchClock::time_point deadline) {
  const std::size_t n = tasks.size();
  auto shared = std::make_shared<Shared>();
  const auto budget = std::make_shared<ByteBudget>(target.max_bytes);
  for (std::size_t i = 0; i < n; ++i) {
    shared->clients.push_back(std::make_unique<FhirClient>(target.server, target.token, budget));
  }
  shared->answers.resize(n);
  shared->late.resize(n);
  std::vector<std::thread> threads(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::string refused;
    if (late_threads >= kMaxLate) {
      refused =
          "not started: too many fetches of earlier hooks are still running past their "
          "deadline";
    } else {
      try {
        threads[i] = std::thread(
            [shared, i, task = std::move(tasks[i]), deadline] { run(shared, i, task, deadline); });
      } catch (const std::system_error&) {  // no thread to be had: this fetch fails
        refused = "the fetch could not start";
      }
    }
    if (refused.empty()) continue;
    const std::lock_guard lock(shared->mutex);
    shared->answers[i] = FhirAnswer{{}, refused};
    ++shared->done;
  }
  const auto all_done = [&] { return shared->done == n; };
  bool stopped = false;
  {
    std::unique_lock lock(shared->mutex);
    stopped = !shared->ended.wait_until(lock, deadline, all_done);
  }
  if (stopped) {
    // Not under `mutex`, and none of these waits: each shuts its socket down.
    for (const auto& client : shared->clients) client->stop();
  }
  std::vector<FhirAnswer> out(n);
  std::vector<bool> ended(n);
  {
    std::unique_lock lock(shared->mutex);
    if (stopped) shared->ended.wait_until(lock, deadline + kGrace, all_done);
    for (std::size_t i = 0; i < n; ++i) {
      ended[i] = shared->answers[i].has_value();
      out[i] = ended[i] ? std::move(*shared->answers[i])
                        : FhirAnswer{{}, "no answer within the deadline (--fhir-deadline)"};
      if (!ended[i] && threads[i].joinable()) {
        shared->late[i] = true;
        ++late_threads;
      }
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!threads[i].joinable()) continue;
    if (ended[i]) {
      threads[i].join();
    } else {
      threads[i].detach();  // it ends alone, on the state it shares
    }
  }
  return out;
}

}  // namespace eligo::cds
