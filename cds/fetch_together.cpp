// Concurrent fetches by one deadline; see fetch_together.hpp.
#include "cds/fetch_together.hpp"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace eligo::cds {
namespace {

// How long the threads have, once stopped at the deadline, to say they have ended.
constexpr std::chrono::milliseconds kGrace{100};

// What the threads and the hook share; each thread holds it, so one left running at the
// deadline still has it after the hook has answered.
struct Shared {
  std::mutex mutex;
  std::condition_variable ended;
  std::vector<std::unique_ptr<FhirClient>> clients;
  std::vector<std::optional<FhirAnswer>> answers;  // under `mutex`
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
  shared->answers[i] = std::move(answer);
  ++shared->done;
  shared->ended.notify_all();
}

}  // namespace

std::vector<FhirAnswer> fetch_together(const FetchTarget& target, std::vector<FetchTask> tasks,
                                       FetchClock::time_point deadline) {
  const std::size_t n = tasks.size();
  auto shared = std::make_shared<Shared>();
  for (std::size_t i = 0; i < n; ++i) {
    shared->clients.push_back(
        std::make_unique<FhirClient>(target.server, target.token, target.max_bytes));
  }
  shared->answers.resize(n);
  std::vector<std::thread> threads(n);
  for (std::size_t i = 0; i < n; ++i) {
    try {
      threads[i] = std::thread(
          [shared, i, task = std::move(tasks[i]), deadline] { run(shared, i, task, deadline); });
    } catch (const std::system_error&) {  // no thread to be had: this fetch fails
      const std::lock_guard lock(shared->mutex);
      shared->answers[i] = FhirAnswer{{}, "the fetch could not start"};
      ++shared->done;
    }
  }
  std::vector<FhirAnswer> out(n);
  std::vector<bool> ended(n);
  {
    std::unique_lock lock(shared->mutex);
    const auto all_done = [&] { return shared->done == n; };
    if (!shared->ended.wait_until(lock, deadline, all_done)) {
      for (const auto& client : shared->clients) client->stop();
      shared->ended.wait_until(lock, deadline + kGrace, all_done);
    }
    for (std::size_t i = 0; i < n; ++i) {
      ended[i] = shared->answers[i].has_value();
      out[i] = ended[i] ? std::move(*shared->answers[i])
                        : FhirAnswer{{}, "no answer within the deadline (--fhir-deadline)"};
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
