// The CDS Hooks feedback request (POST /cds-services/{id}/feedback): a JSON object whose
// "feedback" array holds one entry per card the user acted on:
//   {"card": "<the card's uuid>", "outcome": "accepted" | "overridden",
//    "acceptedSuggestions": [{"id": "..."}]      (required when accepted),
//    "overrideReason": {"reason": {"code", "system", "display"}, "userComment": "..."},
//    "outcomeTimestamp": "2026-12-07T10:00:00Z"}
// read into what the service keeps of it, which is no patient data: the card's uuid, the
// outcome, how many suggestions were accepted, the coded reason, whether a comment was
// given (never its text, free text that may name the patient) and the time. A malformed
// body is a HookError of status 400 naming the entry and member at fault, never its value.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cds/hook_request.hpp"

namespace eligo::cds {

struct FeedbackEntry {
  std::string card;     // the card's uuid
  std::string outcome;  // "accepted" or "overridden"
  std::size_t accepted_suggestions = 0;
  std::string reason_system;  // the override reason's Coding, when one was chosen
  std::string reason_code;
  bool user_comment = false;  // the user wrote a comment (not kept)
  std::string outcome_timestamp;
};

std::variant<std::vector<FeedbackEntry>, HookError> read_feedback(std::string_view body);

// The entry as one line of JSON (no newline), for the feedback log: the service it was
// sent to and when it was received (UTC, as outcomeTimestamp is written) added.
std::string feedback_record(const FeedbackEntry& entry, std::string_view service,
                            std::string_view received);

}  // namespace eligo::cds
