// Rows to patients: decides which record a row of a patient id goes into and when a
// record is complete and can be delivered, under the reader's Grouping. A streamed
// patient is delivered as soon as a row of another patient arrives; held patients are
// delivered at finish(), in order of first appearance. Each patient is delivered once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "patients/read_patients.hpp"
#include "patients/record.hpp"

namespace eligo::patients {

// Finds the patients whose rows are not contiguous, from their ids in file order. Keeps
// a 64-bit hash per id seen; a hash collision can only mark a grouped patient as
// scattered (held in memory: slower, still correct).
class ScatterFinder {
 public:
  void add(std::string_view id);
  std::unordered_set<std::string> take() { return std::move(scattered_); }

 private:
  std::string last_;
  std::unordered_set<std::uint64_t> seen_;
  std::unordered_set<std::string> scattered_;
};

// The 64-bit hash the assembler and ScatterFinder keep per patient id.
std::uint64_t hash_patient_id(std::string_view id);

class PatientAssembler {
 public:
  // `scattered`: under Grouping::check, the ids found by a ScatterFinder first pass.
  PatientAssembler(Grouping grouping, std::unordered_set<std::string> scattered,
                   const PatientSink& sink);

  // The record a row of `id` goes into; nullptr if the row must be refused (under
  // assume_grouped, a patient already delivered).
  PatientRecord* route(const std::string& id);
  // Delivers what is not delivered yet.
  void finish();
  // assume_grouped: the patient of this id hash was delivered elsewhere (an earlier
  // chunk of the file); its rows here are refused as not contiguous.
  void delivered_elsewhere(std::uint64_t id_hash) { seen_.insert(id_hash); }

  std::size_t delivered() const { return delivered_; }
  std::size_t scattered() const { return scattered_count_; }

 private:
  void deliver_current();
  PatientRecord* hold(const std::string& id);

  Grouping grouping_;
  std::unordered_set<std::string> scattered_;
  const PatientSink& sink_;
  std::optional<PatientRecord> current_;  // the streamed patient in progress
  std::deque<PatientRecord> held_;        // deque: pointers stay valid as it grows
  std::unordered_map<std::string, std::size_t> held_index_;
  std::vector<bool> held_scattered_;  // per held record: its rows were not contiguous
  std::string last_id_;               // the id of the previous row, and where it went
  PatientRecord* last_ = nullptr;
  std::unordered_set<std::uint64_t> seen_;       // assume_grouped: ids met before
  std::unordered_set<std::uint64_t> revisited_;  // assume_grouped: ids met again
  std::size_t delivered_ = 0;
  std::size_t scattered_count_ = 0;
  std::size_t observations_hint_ = 0;  // the sizes of the last streamed record
  std::size_t events_hint_ = 0;
};

}  // namespace eligo::patients
