// Routing rows to patient records; see assembler.hpp.
#include "patients/assembler.hpp"

#include <functional>
#include <utility>

namespace eligo::patients {
std::uint64_t hash_patient_id(std::string_view id) { return std::hash<std::string_view>{}(id); }

void ScatterFinder::add(std::string_view id) {
  if (!seen_.empty() && id == last_) return;
  last_.assign(id);
  if (!seen_.insert(hash_patient_id(id)).second) scattered_.emplace(id);
}

PatientAssembler::PatientAssembler(Grouping grouping, std::unordered_set<std::string> scattered,
                                   const PatientSink& sink)
    : grouping_(grouping), scattered_(std::move(scattered)), sink_(sink) {}

PatientRecord* PatientAssembler::route(const std::string& id) {
  if (last_ && id == last_id_) return last_;
  last_id_ = id;
  last_ = nullptr;
  switch (grouping_) {
    case Grouping::check:
      deliver_current();  // its rows are contiguous (first pass): it is complete
      if (scattered_.count(id) != 0) {
        last_ = hold(id);
        return last_;
      }
      break;
    case Grouping::assume_grouped:
      deliver_current();
      if (!seen_.insert(hash_patient_id(id)).second) {
        if (revisited_.insert(hash_patient_id(id)).second) ++scattered_count_;
        return nullptr;
      }
      break;
    case Grouping::in_memory: last_ = hold(id); return last_;
  }
  current_.emplace();
  current_->id = id;
  // Room for as many facts as the previous patient had: no regrowth in the common case.
  current_->observations.reserve(observations_hint_);
  current_->events.reserve(events_hint_);
  last_ = &*current_;
  return last_;
}

PatientRecord* PatientAssembler::hold(const std::string& id) {
  const auto [found, inserted] = held_index_.try_emplace(id, held_.size());
  if (inserted) {
    held_.emplace_back();
    held_.back().id = id;
    held_scattered_.push_back(grouping_ == Grouping::check);  // check holds only these
    if (grouping_ == Grouping::check) ++scattered_count_;
  } else if (!held_scattered_[found->second]) {
    // in_memory: met again after rows of other patients.
    held_scattered_[found->second] = true;
    ++scattered_count_;
  }
  return &held_[found->second];
}

void PatientAssembler::deliver_current() {
  if (!current_) return;
  observations_hint_ = current_->observations.size();
  events_hint_ = current_->events.size();
  sink_(std::move(*current_));
  current_.reset();
  ++delivered_;
}

void PatientAssembler::finish() {
  deliver_current();
  last_ = nullptr;
  for (PatientRecord& record : held_) {
    sink_(std::move(record));
    ++delivered_;
  }
  held_.clear();
  held_index_.clear();
  held_scattered_.clear();
}

}  // namespace eligo::patients
