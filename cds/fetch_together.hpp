// Runs the fetches of one hook at the same time, each on a thread and a connection of its
// own (fhir_client.hpp), by one deadline. When the deadline passes, every connection is
// stopped (its socket shut down, never waiting on the thread that uses it) and the
// fetches still running fail ("no answer within the deadline"). A thread that does not
// end even then (a DNS look-up cannot be interrupted) is left to end alone: it holds its
// own state, and its answer is dropped. So the hook never waits past the deadline by more
// than a short grace. While too many such threads of earlier hooks are still running,
// new fetches are not started and fail at once, so stalled servers cannot pile threads up.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "cds/fhir_client.hpp"
#include "cds/fhir_url.hpp"

namespace eligo::cds {

// One fetch: what it does with its connection, by the deadline.
using FetchTask = std::function<FhirAnswer(FhirClient& client, FetchClock::time_point deadline)>;

struct FetchTarget {
  FhirUrl server;         // the origin every connection goes to
  std::string token;      // the bearer token
  std::size_t max_bytes;  // the most all the answers may hold together
};

// The answers of `tasks`, in their order.
std::vector<FhirAnswer> fetch_together(const FetchTarget& target, std::vector<FetchTask> tasks,
                                       FetchClock::time_point deadline);

}  // namespace eligo::cds
