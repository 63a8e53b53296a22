// The first-come, first-served gate; see fair_gate.hpp.
#include "cds/fair_gate.hpp"

namespace eligo::cds {

FairGate::Pass::Pass(FairGate& gate) : gate_(gate) {
  std::unique_lock lock(gate_.mutex_);
  const std::uint64_t ticket = gate_.next_ticket_++;
  gate_.turn_.wait(lock, [&] { return ticket == gate_.serving_ && gate_.inside_ < gate_.limit_; });
  ++gate_.serving_;
  ++gate_.inside_;
  // The next ticket may go in too, if there is room.
  gate_.turn_.notify_all();
}

std::size_t FairGate::waiting() const {
  std::lock_guard lock(mutex_);
  return static_cast<std::size_t>(next_ticket_ - serving_);
}

FairGate::Pass::~Pass() {
  {
    std::lock_guard lock(gate_.mutex_);
    --gate_.inside_;
  }
  gate_.turn_.notify_all();
}

}  // namespace eligo::cds
