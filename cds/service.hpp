// The CDS Hooks HTTP service over an api::Engine (cpp-httplib):
//   GET  /cds-services                 the discovery document (discovery.hpp)
//   POST /cds-services/{id}            a patient-view hook request -> {"cards": [...]}
//                                      (cards.hpp)
//   POST /cds-services/{id}/feedback   what the user did with cards (feedback.hpp):
//                                      200, counted, and appended to the feedback log
//                                      when there is one (feedback_log.hpp)
// Errors are FHIR OperationOutcome bodies (operation_outcome.hpp): 400 malformed request,
// 404 unknown service or path, 405 method, 412 missing prefetch, 413 body over the limit,
// 500 a failure of the service. What the prefetch lacks is first fetched from the request's
// fhirServer when it gives one (prefetch_fetch.hpp). With an authenticator
// (request_auth.hpp), every POST needs the EHR's JWT, checked before its body is read: 401
// otherwise. With a certificate and key, the service speaks TLS only (tls_server.hpp).
// Requests are served on an elastic pool of threads (64 ready, up to 512 connections at
// once), screening on the one engine as many at a time as there are cores, first come
// first served (fair_gate.hpp); a connection is kept for 100 requests
// (server_tuning.hpp, connection_pool.hpp). At the default log level
// nothing is logged per request; at debug, the method, path and status, never patient
// data.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "api/engine.hpp"

namespace eligo::cds {

class RequestAuthenticator;

struct ServiceOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                         // 0: any free port
  std::size_t max_body = 8 * 1024 * 1024;  // bytes; larger bodies get 413
  Date as_of{};                            // screening date; default: today, UTC
  bool fixed_date = false;                 // use `as_of` rather than today
  std::string feedback_log;                // JSON Lines file feedback is appended to; empty: none
  std::shared_ptr<RequestAuthenticator> authenticator;  // null: no authentication
  std::string tls_cert, tls_key;                        // PEM files: https only; empty: http
  std::chrono::milliseconds fhir_deadline{2000};        // all FHIR server fetches of one hook
  int fhir_max_pages = 20;  // pages of one FHIR search followed, at most
  // The FHIR servers a hook's fhirServer may name, as FhirUrl::origin() writes them
  // (allowed_fhir_origin); empty: any https server, or http on the loopback interface.
  std::vector<std::string> fhir_allow;
};

class Service {
 public:
  // `engine` must outlive the service and hold its trials before requests arrive.
  // Throws std::runtime_error when the feedback log cannot be opened, or the TLS
  // certificate or key cannot be used (naming the file).
  Service(const api::Engine& engine, ServiceOptions options);
  ~Service();
  Service(const Service&) = delete;
  Service& operator=(const Service&) = delete;

  // Binds; returns the port bound, or -1 (the address is in use or cannot be bound).
  int bind();
  // Serves until stop(); returns false if it could not serve.
  bool run();
  // Safe from any thread, and from a signal handler's thread via a watcher.
  void stop();
  // Blocks until run() is accepting connections.
  void wait_until_ready() const;

  // POST /cds-services/{id} without HTTP, for tests and benchmarks: status and body.
  std::pair<int, std::string> answer_hook(std::string_view body) const;
  // POST /cds-services/{id}/feedback without HTTP: status and body (empty on 200).
  std::pair<int, std::string> answer_feedback(std::string_view body);

  // Feedback entries accepted since the start (logged or not).
  std::size_t feedback_received() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace eligo::cds
