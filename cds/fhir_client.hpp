// One connection to the EHR's FHIR server (CDS Hooks 2.0, "FHIR Resource Access"): GET a
// target on the server's own origin with `Authorization: Bearer <token>` and `Accept:
// application/fhir+json`, by a deadline, reading at most a number of bytes. Redirects are
// not followed (one could take the token to another origin) and targets are sent as
// written. stop() may be called from another thread and never waits: it shuts the socket
// down, so the request under way fails at once (even mid-TLS-handshake), and no other
// starts; only a name look-up cannot be cut short. A failure is a reason for the response's
// warnings, naming the HTTP status, the OperationOutcome's issue code or the network error; never
// the URL (it holds the patient id), the token or the body.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "cds/fhir_url.hpp"

namespace httplib {
class ClientImpl;
}

namespace eligo::cds {

using FetchClock = std::chrono::steady_clock;

struct FhirAnswer {
  nlohmann::json resource;  // the body, a JSON object, when `failure` is empty
  std::string failure;      // why there is none ("the FHIR server failed (HTTP 500)")
};

// The bytes all the answers of one hook may hold together, shared by its clients.
struct ByteBudget {
  explicit ByteBudget(std::size_t limit) : limit(limit) {}
  const std::size_t limit;
  std::atomic<std::size_t> used{0};
  // Counts `size` more bytes; whether they are still within the limit.
  bool take(std::size_t size) { return used.fetch_add(size) + size <= limit; }
};

class FhirClient {
 public:
  // `server`: an http or https origin (fhir_url.hpp; https certificates are verified
  // against the system's authorities). `budget`: the bytes this client's answers and its
  // siblings' may hold together.
  FhirClient(const FhirUrl& server, std::string token, std::shared_ptr<ByteBudget> budget);
  ~FhirClient();
  FhirClient(const FhirClient&) = delete;
  FhirClient& operator=(const FhirClient&) = delete;

  // GET `target` (a path and query on the server's origin), answered by `deadline`: a
  // JSON object with status 200 that is not an OperationOutcome, or a failure.
  FhirAnswer get(const std::string& target, FetchClock::time_point deadline);

  // Fails the request under way and every later one ("no answer within the deadline").
  void stop();

 private:
  std::unique_ptr<httplib::ClientImpl> client_;
  std::string token_;
  std::shared_ptr<ByteBudget> budget_;
  std::atomic<bool> stopped_{false};
  std::mutex socket_mutex_;
  int socket_ = -1;  // under socket_mutex_: a duplicate of the socket in use, or -1
};

// The resourceType of a JSON object; "" when it has none that is a string.
std::string resource_type(const nlohmann::json& resource);

// The reason a FHIR server's answer gives for its status: "the FHIR server refused the
// access token (HTTP 401)", with the first issue code of an OperationOutcome body.
std::string status_failure(int status, const std::string& body);

}  // namespace eligo::cds
