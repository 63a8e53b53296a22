// The body of every error the CDS Hooks service answers: a FHIR R4 OperationOutcome with
// one issue of severity "error", its code from the IssueType value set chosen by the HTTP
// status, and the diagnostics text (never patient data: callers name the part of the
// request at fault, not its value):
//   {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid",
//    "diagnostics":"the request body is not valid JSON"}]}
#pragma once

#include <string>
#include <string_view>

namespace eligo::cds {

// The IssueType code for an error status: 400 invalid, 401 login, 403 forbidden,
// 404 not-found, 405 not-supported, 408 timeout, 412 incomplete, 413 too-long,
// 429 throttled, 503 transient, 504 timeout; any other 4xx invalid, 5xx exception.
std::string_view issue_code(int status);

// The OperationOutcome, as one line of JSON.
std::string operation_outcome(int status, std::string_view diagnostics);

}  // namespace eligo::cds
