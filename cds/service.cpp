// The HTTP side of the CDS Hooks service; see service.hpp.
#include "cds/service.hpp"

#include <httplib.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <optional>
#include <thread>
#include <variant>

#include "cds/cards.hpp"
#include "cds/discovery.hpp"
#include "cds/fair_gate.hpp"
#include "cds/feedback.hpp"
#include "cds/feedback_log.hpp"
#include "cds/hook_request.hpp"
#include "cds/operation_outcome.hpp"
#include "cds/prefetch_fetch.hpp"
#include "cds/request_auth.hpp"
#include "cds/server_tuning.hpp"
#include "cds/tls_server.hpp"

namespace eligo::cds {
namespace {

constexpr const char* kJson = "application/json";

// What a status means, for the errors httplib answers by itself (404, 413, ...).
std::string status_message(int status) {
  switch (status) {
    case 404:
      return "no such endpoint: GET /cds-services, POST /cds-services/" + std::string(kServiceId) +
             " or POST /cds-services/" + std::string(kServiceId) + "/feedback";
    case 405: return "method not allowed";
    case 413: return "the request body is larger than the service accepts (--max-body)";
    case 500: return "the service failed to answer this request";
    default: return "HTTP status " + std::to_string(status);
  }
}

Date today() {
  return Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

// Now, UTC, to the second: "2026-12-07T18:02:11Z".
std::string utc_now() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[sizeof "2026-12-07T18:02:11Z"];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

void answer_error(httplib::Response& res, int status, std::string_view message) {
  res.status = status;
  res.set_content(operation_outcome(status, message), kJson);
}

}  // namespace

struct Service::Impl {
  Impl(const api::Engine& e, ServiceOptions o)
      : engine(e),
        options(std::move(o)),
        owned_server(make_http_server(options.tls_cert, options.tls_key)) {
    if (!options.feedback_log.empty()) feedback_log.emplace(options.feedback_log);
  }
  const api::Engine& engine;
  ServiceOptions options;
  std::unique_ptr<httplib::Server> owned_server;  // an httplib::SSLServer with TLS
  httplib::Server& server = *owned_server;
  ServerTuning tuning{server};  // threads, keep-alive, listen backlog
  std::string discovery;
  std::optional<FeedbackLog> feedback_log;
  std::atomic<std::size_t> feedback_received{0};
  // Screening takes the CPU: as many at once as there are cores (fair_gate.hpp).
  FairGate screening{std::max(1u, std::thread::hardware_concurrency())};
};

Service::Service(const api::Engine& engine, ServiceOptions options)
    : impl_(std::make_unique<Impl>(engine, std::move(options))) {
  Impl& s = *impl_;
  s.discovery = discovery_json(engine.trial_count());
  s.server.set_payload_max_length(s.options.max_body);
  // Without TCP_NODELAY a response's last segment waits for the client's delayed ACK:
  // about 40 ms added to every request.
  s.server.set_tcp_nodelay(true);
  s.server.Get("/cds-services", [&s](const httplib::Request&, httplib::Response& res) {
    res.set_content(s.discovery, kJson);
  });
  // A POST to a service: the caller is authenticated from the headers alone (a refused
  // request's body is dropped unread; request_auth.hpp), then `answer` takes the body once
  // the service id is known.
  const auto post = [&s](auto answer) {
    return [&s, answer](const httplib::Request& req, httplib::Response& res,
                        const httplib::ContentReader& content) {
      if (!admit(s.options.authenticator.get(), req, res, content)) return;
      std::string request_body;
      const auto append = [&request_body](const char* data, std::size_t size) {
        request_body.append(data, size);
        return true;
      };
      if (!content(append)) return;  // httplib has set 400 or 413
      if (req.matches[1].str() != kServiceId) {
        answer_error(res, 404, "no CDS service with this id; GET /cds-services lists them");
        return;
      }
      auto [status, body] = answer(request_body);
      res.status = status;
      if (!body.empty()) res.set_content(std::move(body), kJson);
    };
  };
  s.server.Post(R"(/cds-services/([^/]+))",
                post([this](const std::string& body) { return answer_hook(body); }));
  s.server.Post(R"(/cds-services/([^/]+)/feedback)",
                post([this](const std::string& body) { return answer_feedback(body); }));
  s.server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty()) answer_error(res, res.status, status_message(res.status));
  });
  // Without a handler, httplib would put the exception's message in a response header.
  s.server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        spdlog::error("a request failed with an exception");  // its message may quote the body
        answer_error(res, 500, status_message(500));
      });
  s.server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
    spdlog::debug("{} {} {}", req.method, req.path, res.status);  // never the body
  });
}

Service::~Service() { stop(); }

std::pair<int, std::string> Service::answer_hook(std::string_view body) const {
  const ServiceOptions& o = impl_->options;
  const auto request =
      read_and_fetch(body, FetchSettings{o.fhir_deadline, o.fhir_max_pages, o.max_body,
                                         o.authenticator != nullptr, o.fhir_allow});
  if (const auto* error = std::get_if<HookError>(&request)) {
    return {error->status, operation_outcome(error->status, error->diagnostic.message)};
  }
  try {
    const Date as_of = impl_->options.fixed_date ? impl_->options.as_of : today();
    const HookPatient& patient = std::get<HookPatient>(request);
    const FairGate::Pass pass(impl_->screening);  // after the FHIR fetch: it only waits
    const api::Screening screening =
        impl_->engine.screen(patient.record, as_of, api::ScreenOptions{.detail_ineligible = false});
    return {200, cards_json(screening, random_uuid, patient.warnings)};
  } catch (const std::exception& e) {
    spdlog::error("screening failed: {}", e.what());  // NoTrials, or a bug: no patient data
    return {500, operation_outcome(500, "the service failed to screen this patient")};
  }
}

std::pair<int, std::string> Service::answer_feedback(std::string_view body) {
  const auto feedback = read_feedback(body);
  if (const auto* error = std::get_if<HookError>(&feedback)) {
    return {error->status, operation_outcome(error->status, error->diagnostic.message)};
  }
  const auto& entries = std::get<std::vector<FeedbackEntry>>(feedback);
  if (impl_->feedback_log) {
    const std::string received = utc_now();
    std::string lines;
    for (const FeedbackEntry& entry : entries) {
      lines += feedback_record(entry, kServiceId, received) + '\n';
    }
    if (!impl_->feedback_log->append(lines)) {
      spdlog::error("cannot append to the feedback log {}", impl_->options.feedback_log);
      return {500, operation_outcome(500, "the service failed to record this feedback")};
    }
  }
  impl_->feedback_received += entries.size();
  return {200, ""};
}

std::size_t Service::feedback_received() const { return impl_->feedback_received; }

int Service::bind() {
  Impl& s = *impl_;
  const int port = s.options.port == 0 ? s.server.bind_to_any_port(s.options.host)
                   : s.server.bind_to_port(s.options.host, s.options.port) ? s.options.port
                                                                           : -1;
  if (port > 0) s.tuning.after_bind();
  return port;
}

bool Service::run() { return impl_->server.listen_after_bind(); }

void Service::stop() { impl_->server.stop(); }

void Service::wait_until_ready() const {
  while (!impl_->server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

}  // namespace eligo::cds
