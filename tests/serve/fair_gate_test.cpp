// The screening gate (cds/fair_gate.hpp): no more than its limit inside at once, and the
// waiting let in in the order they came.
#include "cds/fair_gate.hpp"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

using eligo::cds::FairGate;
using namespace std::chrono_literals;

TEST_CASE("The gate lets in no more than its limit at once") {
  FairGate gate(2);
  std::atomic<int> inside{0}, most{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i) {
    threads.emplace_back([&] {
      const FairGate::Pass pass(gate);
      const int now = ++inside;
      int seen = most.load();
      while (now > seen && !most.compare_exchange_weak(seen, now)) {
      }
      std::this_thread::sleep_for(5ms);
      --inside;
    });
  }
  for (auto& t : threads) t.join();
  CHECK(most == 2);
  CHECK(inside == 0);
}

TEST_CASE("The gate lets the waiting in in the order they came") {
  FairGate gate(1);
  std::mutex order_mutex;
  std::vector<int> order;
  std::vector<std::thread> threads;
  {
    const FairGate::Pass first(gate);  // holds the gate while the others queue
    for (int i = 0; i < 6; ++i) {
      threads.emplace_back([&, i] {
        const FairGate::Pass pass(gate);
        const std::lock_guard lock(order_mutex);
        order.push_back(i);
      });
      // Each takes its ticket before the next starts.
      const auto until = std::chrono::steady_clock::now() + 10s;
      while (gate.waiting() < static_cast<std::size_t>(i + 1) &&
             std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_for(1ms);
      }
      REQUIRE(gate.waiting() == static_cast<std::size_t>(i + 1));
    }
  }
  for (auto& t : threads) t.join();
  CHECK(order == std::vector<int>{0, 1, 2, 3, 4, 5});
}
