// The HTTP side of the CDS Hooks service; see service.hpp.
#include "cds/service.hpp"

#include <httplib.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>
#include <variant>

#include "cds/cards.hpp"
#include "cds/discovery.hpp"
#include "cds/hook_request.hpp"
#include "core/json_dump.hpp"

namespace eligo::cds {
namespace {

constexpr const char* kJson = "application/json";

std::string error_body(std::string_view message) {
  return dump_json(nlohmann::json{{"error", message}});
}

// What a status means, for the bodies httplib answers by itself (404, 413, ...).
std::string status_message(int status) {
  switch (status) {
    case 404:
      return "no such endpoint: GET /cds-services or POST /cds-services/" + std::string(kServiceId);
    case 405: return "method not allowed";
    case 413: return "the request body is larger than the service accepts (--max-body)";
    default: return "HTTP status " + std::to_string(status);
  }
}

Date today() {
  return Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

}  // namespace

struct Service::Impl {
  Impl(const api::Engine& e, ServiceOptions o) : engine(e), options(std::move(o)) {}
  const api::Engine& engine;
  ServiceOptions options;
  httplib::Server server;
  std::string discovery;
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
  s.server.Post(R"(/cds-services/([^/]+))",
                [this](const httplib::Request& req, httplib::Response& res) {
                  if (req.matches[1].str() != kServiceId) {
                    res.status = 404;
                    res.set_content(error_body("no CDS service with this id; GET /cds-services "
                                               "lists them"),
                                    kJson);
                    return;
                  }
                  auto [status, body] = answer_hook(req.body);
                  res.status = status;
                  res.set_content(std::move(body), kJson);
                });
  s.server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.body.empty()) res.set_content(error_body(status_message(res.status)), kJson);
  });
  s.server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
    spdlog::debug("{} {} {}", req.method, req.path, res.status);  // never the body
  });
}

Service::~Service() { stop(); }

std::pair<int, std::string> Service::answer_hook(std::string_view body) const {
  const auto request = read_hook_request(body);
  if (const auto* error = std::get_if<HookError>(&request)) {
    return {error->status, error_body(error->diagnostic.message)};
  }
  try {
    const Date as_of = impl_->options.fixed_date ? impl_->options.as_of : today();
    const api::Screening screening =
        impl_->engine.screen(std::get<HookPatient>(request).record, as_of,
                             api::ScreenOptions{.detail_ineligible = false});
    return {200, cards_json(screening)};
  } catch (const std::exception& e) {
    spdlog::error("screening failed: {}", e.what());  // NoTrials, or a bug: no patient data
    return {500, error_body("the service failed to screen this patient")};
  }
}

int Service::bind() {
  Impl& s = *impl_;
  if (s.options.port == 0) return s.server.bind_to_any_port(s.options.host);
  return s.server.bind_to_port(s.options.host, s.options.port) ? s.options.port : -1;
}

bool Service::run() { return impl_->server.listen_after_bind(); }

void Service::stop() { impl_->server.stop(); }

void Service::wait_until_ready() const {
  while (!impl_->server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

}  // namespace eligo::cds
