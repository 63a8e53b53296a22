// OperationOutcome error bodies; see operation_outcome.hpp.
#include "cds/operation_outcome.hpp"

#include <nlohmann/json.hpp>

#include "core/json_dump.hpp"

namespace eligo::cds {

std::string_view issue_code(int status) {
  switch (status) {
    case 400: return "invalid";
    case 401: return "login";
    case 403: return "forbidden";
    case 404: return "not-found";
    case 405: return "not-supported";
    case 408: return "timeout";
    case 412: return "incomplete";
    case 413: return "too-long";
    case 429: return "throttled";
    case 503: return "transient";
    case 504: return "timeout";
    default: return status < 500 ? "invalid" : "exception";
  }
}

std::string operation_outcome(int status, std::string_view diagnostics) {
  const nlohmann::json issue = {
      {"severity", "error"}, {"code", issue_code(status)}, {"diagnostics", diagnostics}};
  return dump_json(nlohmann::json{{"resourceType", "OperationOutcome"},
                                  {"issue", nlohmann::json::array({issue})}});
}

}  // namespace eligo::cds
