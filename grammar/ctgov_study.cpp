// Study JSON to .criteria text; see ctgov_study.hpp.
#include "grammar/ctgov_study.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/text.hpp"

namespace eligo::grammar {
namespace {

using nlohmann::json;

// The string at `key` of an object, or "" when absent or not a string.
std::string string_at(const json& object, const char* key) {
  if (!object.is_object()) return {};
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

const json* object_at(const json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(key);
  return it != object.end() && it->is_object() ? &*it : nullptr;
}

// A header value on one line: line breaks and tabs become spaces, ends trimmed.
std::string one_line(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  const auto first = text.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(' ');
  return text.substr(first, last - first + 1);
}

// True when the first visible line of `body` would read as a `key: value` header line
// ("lowercase_key:"), which would take it out of the criteria.
bool starts_like_header(std::string_view body) {
  std::size_t i = body.find_first_not_of(" \t\r\n");
  if (i == std::string_view::npos) return false;
  if (body[i] < 'a' || body[i] > 'z') return false;
  while (i < body.size() && ((body[i] >= 'a' && body[i] <= 'z') ||
                             (body[i] >= '0' && body[i] <= '9') || body[i] == '_')) {
    ++i;
  }
  return i < body.size() && body[i] == ':';
}

// "Yes"/"No" as the registry's page says it; API v2 gives a boolean, older exports text.
std::string healthy_volunteers(const json& eligibility) {
  const auto it = eligibility.find("healthyVolunteers");
  if (it == eligibility.end()) return {};
  if (it->is_boolean()) return it->get<bool>() ? "Yes" : "No";
  if (it->is_string()) return one_line(it->get<std::string>());
  return {};
}

// Where a study's problems are: "FILE, study N (NCT...)" for what skips it, "FILE#NCT..."
// (or "FILE#N") for a warning, as the trial it gives is named.
std::string study_place(std::string_view where, const CtgovStudy& study) {
  return std::string(where) + ", study " + std::to_string(study.index) +
         (study.nct_id.empty() ? "" : " (" + study.nct_id + ")");
}
std::string trial_place(std::string_view where, const CtgovStudy& study) {
  return std::string(where) + "#" +
         (study.nct_id.empty() ? std::to_string(study.index) : study.nct_id);
}

CtgovStudy read_study(const json& study, std::size_t index, std::string_view source,
                      std::string_view where) {
  CtgovStudy out;
  out.index = index;
  const auto skip = [&](std::string message) {
    out.error = row_diagnostic(study_place(where, out), 0, std::move(message));
  };
  const auto warn = [&](std::string message) {
    out.warnings.push_back(
        row_diagnostic(trial_place(where, out), 0, std::move(message), Severity::warning));
  };
  const json* protocol = object_at(study, "protocolSection");
  if (protocol == nullptr) {
    skip("not a ClinicalTrials.gov study: no protocolSection");
    out.not_a_study = true;
    return out;
  }
  if (const json* identification = object_at(*protocol, "identificationModule")) {
    out.nct_id = one_line(string_at(*identification, "nctId"));
    out.title = one_line(string_at(*identification, "briefTitle"));
  }
  if (out.nct_id.empty()) warn("no identificationModule.nctId");
  const json* eligibility = object_at(*protocol, "eligibilityModule");
  if (eligibility == nullptr) {
    skip("no eligibility module (protocolSection.eligibilityModule); study skipped");
    return out;
  }
  const std::string criteria = string_at(*eligibility, "eligibilityCriteria");
  if (trim(criteria).empty()) {
    skip(
        "no eligibility criteria text (eligibilityModule.eligibilityCriteria); "
        "study skipped");
    return out;
  }
  if (starts_like_header(criteria)) {
    warn(
        "the criteria text starts with a 'key:' line, which reads as a "
        "header line, not a criterion");
  }

  std::string& text = out.criteria;
  text += "# " + (out.nct_id.empty() ? std::string("study ") + std::to_string(index) : out.nct_id);
  text += ", imported from ClinicalTrials.gov API v2 JSON (" + one_line(std::string(source)) +
          ", study " + std::to_string(index) + ")\n";
  auto header = [&](const char* key, const std::string& value) {
    if (!value.empty()) text += std::string(key) + ": " + value + "\n";
  };
  header("id", out.nct_id);
  header("title", out.title);
  header("min_age", one_line(string_at(*eligibility, "minimumAge")));
  header("max_age", one_line(string_at(*eligibility, "maximumAge")));
  header("sex", one_line(string_at(*eligibility, "sex")));
  header("healthy_volunteers", healthy_volunteers(*eligibility));
  text += "\n";
  text += criteria;
  if (text.back() != '\n') text += '\n';
  return out;
}

// The studies of one parsed JSON value: a study, {"studies": [...]}, or an array.
void collect(const json& value, std::string_view source, std::string_view where, CtgovFile& file) {
  if (value.is_array()) {
    for (const json& item : value) collect(item, source, where, file);
    return;
  }
  if (value.is_object()) {
    const auto studies = value.find("studies");
    if (studies != value.end() && studies->is_array() && !value.contains("protocolSection")) {
      for (const json& item : *studies) collect(item, source, where, file);
      return;
    }
  }
  if (value.is_object()) {
    file.studies.push_back(read_study(value, file.studies.size() + 1, source, where));
    return;
  }
  CtgovStudy& study = file.studies.emplace_back();
  study.index = file.studies.size();
  study.not_a_study = true;
  study.error =
      row_diagnostic(study_place(where, study), 0,
                     "not a study object (a JSON " + std::string(value.type_name()) + ")");
}

}  // namespace

bool looks_like_json(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const auto i = text.find_first_not_of(" \t\r\n");
  return i != std::string_view::npos && (text[i] == '{' || text[i] == '[');
}

CtgovFile read_ctgov_json(std::string_view json_text, std::string_view source,
                          std::string_view where) {
  if (where.empty()) where = source;
  CtgovFile file;
  if (json_text.substr(0, 3) == "\xEF\xBB\xBF") json_text.remove_prefix(3);
  json whole = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (!whole.is_discarded()) {
    collect(whole, source, where, file);
  } else {
    // JSON Lines: one study (or search page) per line.
    std::size_t line_number = 0;
    std::size_t start = 0;
    while (start < json_text.size()) {
      std::size_t end = json_text.find('\n', start);
      if (end == std::string_view::npos) end = json_text.size();
      const std::string_view line = json_text.substr(start, end - start);
      ++line_number;
      start = end + 1;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      json value = json::parse(line, nullptr, false);
      if (value.is_discarded()) {
        file.studies.clear();
        file.error = row_diagnostic(std::string(where), static_cast<std::uint32_t>(line_number),
                                    "not valid JSON (nor JSON Lines: line " +
                                        std::to_string(line_number) + " does not parse)");
        return file;
      }
      collect(value, source, where, file);
    }
  }
  if (file.studies.empty() && !file.error) {
    file.error = row_diagnostic(std::string(where), 0, "no studies in the file");
  }
  const bool any_study = std::any_of(file.studies.begin(), file.studies.end(),
                                     [](const CtgovStudy& s) { return !s.not_a_study; });
  if (!file.studies.empty() && !any_study) {
    file.studies.clear();
    const bool classic = json_text.find("FullStudiesResponse") != std::string_view::npos ||
                         json_text.find("\"ProtocolSection\"") != std::string_view::npos;
    file.error = row_diagnostic(
        std::string(where), 0,
        classic ? "the classic ClinicalTrials.gov API (v1, FullStudiesResponse) format, "
                  "which is not read: download API v2 study JSON "
                  "(https://clinicaltrials.gov/api/v2/studies)"
                : "not ClinicalTrials.gov API v2 study JSON: no value in it has a "
                  "protocolSection");
  }
  return file;
}

}  // namespace eligo::grammar
