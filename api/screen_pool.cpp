// The worker threads, the bounded queue and the reordering; see screen_pool.hpp.
#include "api/screen_pool.hpp"

#include <algorithm>
#include <utility>

namespace eligo::api {
namespace {

constexpr std::size_t kBatchPatients = 128;   // per hand-over: amortises the locking
constexpr std::size_t kBatchesPerWorker = 4;  // in flight, per worker

}  // namespace

ScreenPool::ScreenPool(const engine::Screener& screener, Date as_of, unsigned jobs,
                       const MakeHandler& make_handler, Write write, OnRead on_read)
    : screener_(screener),
      as_of_(as_of),
      write_(std::move(write)),
      on_read_(std::move(on_read)),
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

void ScreenPool::add(patients::PatientRecord&& patient) {
  filling_.patients.push_back(std::move(patient));
  if (filling_.patients.size() >= kBatchPatients) submit();
}

void ScreenPool::add(Reader reader) {
  submit();  // the patients added before it go first
  filling_.reader = std::move(reader);
  submit();
}

void ScreenPool::submit() {
  if (filling_.patients.empty() && !filling_.reader) return;
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
  engine::ScreenWorker worker(screener_);
  for (;;) {
    Batch batch;
    {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [&] { return !queue_.empty() || closing_; });
      if (queue_.empty()) return;
      batch = std::move(queue_.front());
      queue_.pop_front();
    }
    Done done;
    const auto screen = [&](const patients::PatientRecord& patient) {
      worker.screen(patient, as_of_,
                    [&](std::size_t trial, const engine::TrialEvaluation& evaluation,
                        const engine::Verdict& verdict) {
                      handler.on_result(patient, trial, evaluation, verdict);
                    });
      handler.on_patient(patient, done.text);
    };
    try {
      if (batch.reader) {
        done.read = batch.reader([&](patients::PatientRecord&& patient) { screen(patient); });
      } else {
        for (const patients::PatientRecord& patient : batch.patients) screen(patient);
      }
    } catch (...) {
      std::lock_guard lock(mutex_);
      if (!error_) error_ = std::current_exception();
      room_.notify_all();
    }
    deliver(batch.sequence, std::move(done));
  }
}

void ScreenPool::deliver(std::size_t sequence, Done&& done) {
  std::size_t written = 0;
  {
    std::lock_guard lock(write_mutex_);
    ready_.emplace(sequence, std::move(done));
    for (auto next = ready_.find(next_to_write_); next != ready_.end();
         next = ready_.find(next_to_write_)) {
      try {
        write_(next->second.text);
        if (on_read_) on_read_(std::move(next->second.read));
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

}  // namespace eligo::api
