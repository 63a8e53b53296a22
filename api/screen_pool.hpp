// Screening on several threads, with the report in input order. The calling thread
// reads patients and hands them to add(), or hands over reading jobs (a chunk of a
// grouped CSV file, csv_chunks.hpp) that the workers read as well. `jobs` worker
// threads, each with its own ScreenWorker, screen them in batches and turn each
// patient's results into report text. The text of each batch (and a reading job's
// errors and counts) is passed on in the order it was added, one call at a time, so the
// output is the same bytes as a one-thread screen. Memory is bounded: add() waits while
// a few batches per worker are in flight (queued, being screened, or screened and
// waiting for an earlier batch).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "engine/screener.hpp"
#include "patients/read_patients.hpp"

namespace eligo::api {

class ScreenPool {
 public:
  // What one worker thread does with the results of one patient: `on_result` for each
  // trial in order (as ScreenWorker::screen), then `on_patient` appends the patient's
  // report text to `out`. Each worker gets its own from the factory, so they need no
  // locking.
  struct Handler {
    std::function<void(const patients::PatientRecord&, std::size_t trial,
                       const engine::TrialEvaluation&, const engine::Verdict&)>
        on_result;
    std::function<void(const patients::PatientRecord&, std::string& out)> on_patient;
  };
  using MakeHandler = std::function<Handler(unsigned worker)>;
  using Write = std::function<void(std::string_view text)>;
  // A reading job: run on a worker, it passes the patients it reads to the sink (each
  // screened and rendered there, in order) and returns what it found wrong and counted.
  struct ReadOutput {
    std::vector<Diagnostic> errors;
    patients::ReadStats stats;
  };
  using Reader = std::function<ReadOutput(const patients::PatientSink& sink)>;
  // Called with each reader's output, in input order, with its text.
  using OnRead = std::function<void(ReadOutput&& output)>;

  // Starts `jobs` (at least 1) worker threads; make_handler is called for each, here.
  ScreenPool(const engine::Screener& screener, Date as_of, unsigned jobs,
             const MakeHandler& make_handler, Write write, OnRead on_read = {});
  ScreenPool(const ScreenPool&) = delete;
  ScreenPool& operator=(const ScreenPool&) = delete;
  // Finishes (see finish()) if that was not done.
  ~ScreenPool();

  // From one thread, in input order.
  void add(patients::PatientRecord&& patient);
  // A reading job, in input order with the patients added.
  void add(Reader reader);
  // Screens and writes what is left, stops the workers. Rethrows the first exception a
  // worker or `write` threw.
  void finish();

 private:
  struct Batch {
    std::size_t sequence = 0;
    std::vector<patients::PatientRecord> patients;
    Reader reader;  // set: a reading job instead of patients
  };
  struct Done {
    std::string text;
    ReadOutput read;
  };
  void submit();
  void work(unsigned worker, Handler handler);
  void deliver(std::size_t sequence, Done&& done);

  const engine::Screener& screener_;
  const Date as_of_;
  const Write write_;
  const OnRead on_read_;
  const std::size_t max_in_flight_;
  Batch filling_;
  std::size_t next_sequence_ = 0;

  std::mutex mutex_;
  std::condition_variable work_ready_;  // a batch was queued, or closing
  std::condition_variable room_;        // in_flight_ went down
  std::deque<Batch> queue_;
  std::size_t in_flight_ = 0;
  bool closing_ = false;
  std::exception_ptr error_;

  std::mutex write_mutex_;             // held while writing, in sequence order
  std::map<std::size_t, Done> ready_;  // screened, waiting for an earlier batch
  std::size_t next_to_write_ = 0;

  std::vector<std::thread> workers_;
  bool finished_ = false;
};

}  // namespace eligo::api
