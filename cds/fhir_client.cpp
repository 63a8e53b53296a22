// GET from the FHIR server; see fhir_client.hpp.
#include "cds/fhir_client.hpp"

#include <httplib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

#include "cds/json_depth.hpp"

namespace eligo::cds {
namespace {

constexpr const char* kDeadline = "no answer within the deadline (--fhir-deadline)";

// Whether `code` can be a FHIR issue type ([a-z-]{1,64}): only such a code, never other
// text from the server (it may quote the patient), goes into warnings and the log.
bool is_issue_code(const std::string& code) {
  if (code.empty() || code.size() > 64) return false;
  return std::all_of(code.begin(), code.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
}

// The first issue's code of an OperationOutcome, e.g. "issue code not-found"; or "".
std::string issue_code_of(const nlohmann::json& outcome) {
  const auto issues = outcome.find("issue");
  if (issues == outcome.end() || !issues->is_array() || issues->empty()) return "";
  const nlohmann::json& issue = issues->front();
  const auto code = issue.is_object() ? issue.find("code") : issue.end();
  if (code == issue.end() || !code->is_string()) return "";
  const std::string& text = code->get_ref<const std::string&>();
  return is_issue_code(text) ? "issue code " + text : "";
}

std::string network_failure(httplib::Error error) {
  switch (error) {
    case httplib::Error::Connection: return "cannot connect to the FHIR server";
    case httplib::Error::ConnectionTimeout: return kDeadline;
    case httplib::Error::Read:
      return "the FHIR server closed the connection before answering whole";
    case httplib::Error::Write: return "the request could not be sent to the FHIR server";
    case httplib::Error::SSLConnection: return "the TLS connection to the FHIR server failed";
    case httplib::Error::SSLServerVerification:
      return "the FHIR server's TLS certificate could not be verified";
    default: return "the request to the FHIR server failed (" + httplib::to_string(error) + ")";
  }
}

}  // namespace

std::string resource_type(const nlohmann::json& resource) {
  if (!resource.is_object()) return "";
  const auto type = resource.find("resourceType");
  return type != resource.end() && type->is_string() ? type->get<std::string>() : "";
}

std::string status_failure(int status, const std::string& body) {
  const nlohmann::json parsed = parse_bounded_json(body).value;
  const bool outcome = resource_type(parsed) == "OperationOutcome";
  const std::string code = outcome ? issue_code_of(parsed) : "";
  const std::string http =
      " (HTTP " + std::to_string(status) + (code.empty() ? "" : ", ") + code + ")";
  if (status == 401) return "the FHIR server refused the access token" + http;
  if (status == 403) return "the access token does not allow this query" + http;
  if (status == 404) return "the FHIR server has no such resource" + http;
  if (status >= 300 && status < 400) return "the FHIR server redirected, not followed" + http;
  if (status >= 500) return "the FHIR server failed" + http;
  return "the FHIR server refused the query" + http;
}

FhirClient::FhirClient(const FhirUrl& server, std::string token, std::shared_ptr<ByteBudget> budget)
    : token_(std::move(token)), budget_(std::move(budget)) {
  if (server.scheme == "https") {
    client_ = std::make_unique<httplib::SSLClient>(server.host, server.port);
  } else {
    client_ = std::make_unique<httplib::ClientImpl>(server.host, server.port);
  }
  client_->set_follow_location(false);
  client_->set_url_encode(false);  // targets are encoded already, next links as the server wrote
  client_->set_keep_alive(true);   // the pages of a search on one connection
  client_->set_tcp_nodelay(true);
  // A descriptor of our own on each socket httplib opens, to shut it down from stop():
  // httplib's own stop() waits for a lock held through name look-up, connect and the TLS
  // handshake. Ours stays open until replaced, so it never names another's socket.
  client_->set_socket_options([this](int socket) {
    const std::lock_guard lock(socket_mutex_);
    if (socket_ >= 0) ::close(socket_);
    socket_ = ::dup(socket);
    if (stopped_ && socket_ >= 0) ::shutdown(socket_, SHUT_RDWR);
  });
}

FhirClient::~FhirClient() {
  client_.reset();
  if (socket_ >= 0) ::close(socket_);
}

void FhirClient::stop() {
  stopped_ = true;
  const std::lock_guard lock(socket_mutex_);
  if (socket_ >= 0) ::shutdown(socket_, SHUT_RDWR);
}

FhirAnswer FhirClient::get(const std::string& target, FetchClock::time_point deadline) {
  const auto left =
      std::chrono::duration_cast<std::chrono::microseconds>(deadline - FetchClock::now());
  if (stopped_ || left.count() <= 0) return {{}, kDeadline};
  // A little past the deadline: the stop() at the deadline ends the request first, so its
  // failure is the deadline, not a read that timed out a moment before it.
  const auto timeout = left + std::chrono::milliseconds(50);
  client_->set_connection_timeout(timeout);
  client_->set_read_timeout(timeout);
  client_->set_write_timeout(timeout);
  const httplib::Headers headers{{"Authorization", "Bearer " + token_},
                                 {"Accept", "application/fhir+json"}};
  std::string body;
  bool too_long = false;
  const httplib::Result result =
      client_->Get(target, headers, [&](const char* data, std::size_t size) {
        if (!budget_->take(size)) {
          too_long = true;
          return false;
        }
        body.append(data, size);
        return !stopped_ && FetchClock::now() < deadline;
      });
  if (too_long) {
    return {{},
            "the FHIR server's answers to this hook are larger than " +
                std::to_string(budget_->limit) + " bytes in all (--max-body)"};
  }
  if (stopped_ || FetchClock::now() >= deadline) return {{}, kDeadline};
  if (!result) return {{}, network_failure(result.error())};
  if (result->status != 200) return {{}, status_failure(result->status, body)};
  ParsedJson parsed = parse_bounded_json(body);
  if (parsed.status == JsonParse::too_deep)
    return {{}, "the FHIR server's answer is " + too_deep_words()};
  if (parsed.status != JsonParse::ok) return {{}, "the FHIR server's answer is not valid JSON"};
  nlohmann::json& resource = parsed.value;
  if (!resource.is_object()) return {{}, "the FHIR server's answer is not a FHIR resource"};
  if (resource_type(resource) == "OperationOutcome") {
    const std::string code = issue_code_of(resource);
    return {
        {},
        "the FHIR server answered an OperationOutcome" + (code.empty() ? "" : " (" + code + ")")};
  }
  return {std::move(resource), ""};
}

}  // namespace eligo::cds
