// Reading feedback; see feedback.hpp.
#include "cds/feedback.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <regex>

#include "cds/json_depth.hpp"
#include "cds/uuid.hpp"
#include "core/json_dump.hpp"

namespace eligo::cds {
namespace {

using nlohmann::json;

// Codes and systems are short; a longer value is not a code (and is not logged).
constexpr std::size_t kMaxCodeLength = 256;

HookError bad_feedback(const std::string& where, const std::string& problem) {
  return HookError{400, row_diagnostic("feedback", 0, where + " " + problem)};
}

const json* feedback_member(const json& object, std::string_view key) {
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

// A FHIR instant: date, time to the second (fraction optional), and a zone.
bool is_instant(const std::string& text) {
  static const std::regex instant(
      R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2}))");
  return std::regex_match(text, instant);
}

bool is_code(const json* value) {
  return value != nullptr && value->is_string() && !value->get_ref<const std::string&>().empty() &&
         value->get_ref<const std::string&>().size() <= kMaxCodeLength;
}

std::optional<HookError> read_accepted(const json& entry, const std::string& where,
                                       FeedbackEntry& out) {
  const json* list = feedback_member(entry, "acceptedSuggestions");
  if (list == nullptr) {
    if (out.outcome == "accepted")
      return bad_feedback(where, "is accepted without acceptedSuggestions");
    return std::nullopt;
  }
  if (!list->is_array() || list->empty()) {
    return bad_feedback(where + ".acceptedSuggestions", "is not a non-empty array");
  }
  for (const json& suggestion : *list) {
    if (!suggestion.is_object() || !is_code(feedback_member(suggestion, "id"))) {
      return bad_feedback(where + ".acceptedSuggestions", "has an entry without a string id");
    }
  }
  out.accepted_suggestions = list->size();
  return std::nullopt;
}

std::optional<HookError> read_override(const json& entry, const std::string& where,
                                       FeedbackEntry& out) {
  const json* reason = feedback_member(entry, "overrideReason");
  if (reason == nullptr) return std::nullopt;
  const std::string at = where + ".overrideReason";
  if (!reason->is_object()) return bad_feedback(at, "is not an object");
  const json* coding = feedback_member(*reason, "reason");
  const json* comment = feedback_member(*reason, "userComment");
  if (coding == nullptr && comment == nullptr)
    return bad_feedback(at, "has neither reason nor userComment");
  if (coding != nullptr) {
    if (!coding->is_object() || !is_code(feedback_member(*coding, "code")) ||
        !is_code(feedback_member(*coding, "system"))) {
      return bad_feedback(at + ".reason", "is not a Coding with a code and a system");
    }
    out.reason_code = coding->at("code").get<std::string>();
    out.reason_system = coding->at("system").get<std::string>();
  }
  if (comment != nullptr) {
    if (!comment->is_string()) return bad_feedback(at + ".userComment", "is not a string");
    out.user_comment = true;
  }
  return std::nullopt;
}

std::variant<FeedbackEntry, HookError> read_entry(const json& entry, const std::string& where) {
  if (!entry.is_object()) return bad_feedback(where, "is not an object");
  FeedbackEntry out;
  const json* card = feedback_member(entry, "card");
  if (card == nullptr || !card->is_string() || !is_uuid(card->get_ref<const std::string&>())) {
    return bad_feedback(where + ".card", "is not the uuid of a card");
  }
  out.card = card->get<std::string>();
  const json* outcome = feedback_member(entry, "outcome");
  if (outcome == nullptr || !outcome->is_string() ||
      (*outcome != "accepted" && *outcome != "overridden")) {
    return bad_feedback(where + ".outcome", "is not \"accepted\" or \"overridden\"");
  }
  out.outcome = outcome->get<std::string>();
  const json* timestamp = feedback_member(entry, "outcomeTimestamp");
  if (timestamp == nullptr || !timestamp->is_string() ||
      !is_instant(timestamp->get_ref<const std::string&>())) {
    return bad_feedback(where + ".outcomeTimestamp",
                        "is not a timestamp such as 2026-12-07T10:00:00Z");
  }
  out.outcome_timestamp = timestamp->get<std::string>();
  if (auto error = read_accepted(entry, where, out)) return *error;
  if (auto error = read_override(entry, where, out)) return *error;
  return out;
}

}  // namespace

std::variant<std::vector<FeedbackEntry>, HookError> read_feedback(std::string_view body) {
  const ParsedJson parsed = parse_bounded_json(body);
  if (parsed.status == JsonParse::too_deep)
    return bad_feedback("the request body", "is " + too_deep_words());
  if (parsed.status != JsonParse::ok) return bad_feedback("the request body", "is not valid JSON");
  const json& request = parsed.value;
  if (!request.is_object()) return bad_feedback("the request body", "is not a JSON object");
  const json* list = feedback_member(request, "feedback");
  if (list == nullptr || !list->is_array() || list->empty()) {
    return bad_feedback("\"feedback\"", "is not a non-empty array");
  }
  std::vector<FeedbackEntry> entries;
  for (std::size_t i = 0; i < list->size(); ++i) {
    auto entry = read_entry((*list)[i], "feedback[" + std::to_string(i) + "]");
    if (auto* error = std::get_if<HookError>(&entry)) return *error;
    entries.push_back(std::move(std::get<FeedbackEntry>(entry)));
  }
  return entries;
}

std::string feedback_record(const FeedbackEntry& entry, std::string_view service,
                            std::string_view received) {
  json record = {{"received", received},
                 {"service", service},
                 {"card", entry.card},
                 {"outcome", entry.outcome},
                 {"outcomeTimestamp", entry.outcome_timestamp}};
  if (entry.accepted_suggestions > 0) record["acceptedSuggestions"] = entry.accepted_suggestions;
  if (!entry.reason_code.empty()) {
    record["reason"] = {{"system", entry.reason_system}, {"code", entry.reason_code}};
  }
  record["userComment"] = entry.user_comment;
  return dump_json(record);
}

}  // namespace eligo::cds
