// The worker threads, the bounded queue and the reordering; see screen_pool.hpp.
#include "engine/screen_pool.hpp"

#include <algorithm>
#include <utility>

namespace eligo {
namespace {

constexpr std::size_t kBatchPatients = 128;   // per hand-over: amortises the locking
constexpr std::size_t kBatchesPerWorker = 4;  // in flight, per worker

}  // namespace

ScreenPool::ScreenPool(const Screener& screener, Date as_of, unsigned jobs,
                       const MakeHandler& make_handler, Write write)
    : screener_(screener),
      as_of_(as_of),
      write_(std::move(write)),
      max_in_flight_(kBatchesPerWorker * std::max(jobs, 1u)) {
  filling_.patients.reserve(kBatchPatients);
  for (unsigned w = 0; w < std::max(jobs, 1u); ++w) {
    workers_.emplace_back(&ScreenPool::work, this, w, make_handler(w));
  }
}

ScreenPool::~ScreenPool() {
  try {
    finish();
  } catch (...) {  // NOLINT: a destructor must not throw; finish() reports errors
  }
}

void ScreenPool::add(PatientRecord&& patient) {
  filling_.patients.push_back(std::move(patient));
  if (filling_.patients.size() >= kBatchPatients) submit();
}

void ScreenPool::submit() {
  if (filling_.patients.empty()) return;
  {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return in_flight_ < max_in_flight_ || error_; });
    if (!error_) {
      filling_.sequence = next_sequence_++;
      queue_.push_back(std::move(filling_));
      ++in_flight_;
    }
  }
  work_ready_.notify_one();
  filling_ = Batch{};
  filling_.patients.reserve(kBatchPatients);
}

void ScreenPool::work(unsigned /*worker*/, Handler handler) {
  ScreenWorker worker(screener_);
  for (;;) {
    Batch batch;
    {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [&] { return !queue_.empty() || closing_; });
      if (queue_.empty()) return;
      batch = std::move(queue_.front());
      queue_.pop_front();
    }
    std::string text;
    try {
      for (const PatientRecord& patient : batch.patients) {
        worker.screen(patient, as_of_,
                      [&](std::size_t trial, const TrialEvaluation& evaluation,
                          const Verdict& verdict) {
                        handler.on_result(patient, trial, evaluation, verdict);
                      });
        handler.on_patient(patient, text);
      }
    } catch (...) {
      std::lock_guard lock(mutex_);
      if (!error_) error_ = std::current_exception();
      room_.notify_all();
    }
    deliver(batch.sequence, std::move(text));
  }
}

void ScreenPool::deliver(std::size_t sequence, std::string&& text) {
  std::size_t written = 0;
  {
    std::lock_guard lock(write_mutex_);
    ready_.emplace(sequence, std::move(text));
    for (auto next = ready_.find(next_to_write_); next != ready_.end();
         next = ready_.find(next_to_write_)) {
      try {
        write_(next->second);
      } catch (...) {
        std::lock_guard error_lock(mutex_);
        if (!error_) error_ = std::current_exception();
      }
      ready_.erase(next);
      ++next_to_write_;
      ++written;
    }
  }
  std::lock_guard lock(mutex_);
  in_flight_ -= written;
  room_.notify_all();
}

void ScreenPool::finish() {
  if (finished_) return;
  finished_ = true;
  submit();
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& t : workers_) t.join();
  if (error_) std::rethrow_exception(error_);
}

}  // namespace eligo
