// Cards from verdicts; see cards.hpp.
#include "cds/cards.hpp"

#include <nlohmann/json.hpp>

#include "core/diagnostic.hpp"
#include "core/json_dump.hpp"

namespace eligo::cds {
namespace {

// Markdown characters that would change the meaning of explanation text inside a list
// item (emphasis, code, links, HTML); line breaks become spaces.
std::string escape_markdown(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<') {
      out += '\\';
    }
    out += c == '\n' || c == '\r' ? ' ' : c;
  }
  return out;
}

nlohmann::json card(const api::TrialOutcome& t, std::string uuid) {
  const bool eligible = t.verdict == engine::VerdictKind::eligible;
  std::string summary = std::string(eligible ? "Eligible" : "Possibly eligible") + ": " +
                        t.trial_id + (t.title.empty() ? "" : " " + t.title);
  nlohmann::json source = {{"label", "eligo trial screening: " + t.trial_id}};
  nlohmann::json out = {{"uuid", std::move(uuid)},
                        {"summary", shorten_summary(summary)},
                        {"indicator", eligible ? "info" : "warning"},
                        {"detail", card_detail(t)}};
  if (const auto url = registry_url(t.trial_id)) {
    source["url"] = *url;
    // CDS Hooks: a link's label, url and type ("absolute": opened as it is).
    out["links"] = nlohmann::json::array(
        {{{"label", t.trial_id + " on ClinicalTrials.gov"}, {"url", *url}, {"type", "absolute"}}});
  }
  out["source"] = std::move(source);
  return out;
}

}  // namespace

std::optional<std::string> registry_url(std::string_view trial_id) {
  constexpr std::size_t kDigits = 8;  // NCT00000000
  if (trial_id.size() != 3 + kDigits || trial_id.substr(0, 3) != "NCT") return std::nullopt;
  for (const char c : trial_id.substr(3)) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  return "https://clinicaltrials.gov/study/" + std::string(trial_id);
}

std::string shorten_summary(std::string_view text, std::size_t limit) {
  // Below the limit, with room for "...".
  return text.size() < limit ? std::string(text) : shorten(text, limit - 4);
}

std::string card_detail(const api::TrialOutcome& t) {
  std::string out =
      "**" + std::string(to_string(t.verdict)) + "** (score " + std::to_string(t.score) + ")\n\n";
  for (const api::CriterionOutcome& c : t.criteria) {
    if (!c.top_level) continue;
    out += "- **" + c.id + "** " + c.section + ", " + std::string(to_string(c.result)) + ": " +
           escape_markdown(c.explanation) + "\n";
  }
  if (!t.to_decide.empty()) {
    out += "\n**To decide:**\n\n";
    for (const std::string& need : t.to_decide) out += "- " + escape_markdown(need) + "\n";
  }
  if (!t.to_confirm.empty()) {
    out += "\n**To confirm:** ";
    for (std::size_t i = 0; i < t.to_confirm.size(); ++i) {
      out += (i > 0 ? ", " : "") + t.to_confirm[i];
    }
    out += "\n";
  }
  return out;
}

std::string cards_json(const api::Screening& screening,
                       const std::function<std::string()>& new_uuid,
                       const std::vector<std::string>& warnings) {
  nlohmann::json cards = nlohmann::json::array();
  for (const engine::VerdictKind kind :
       {engine::VerdictKind::eligible, engine::VerdictKind::undetermined}) {
    for (const api::TrialOutcome& t : screening.trials) {
      if (t.verdict == kind) cards.push_back(card(t, new_uuid()));
    }
  }
  nlohmann::json response{{"cards", cards}};
  if (!warnings.empty()) {  // CDS Hooks: no empty members
    nlohmann::json listed = nlohmann::json::array();
    for (std::size_t i = 0; i < warnings.size() && i < kWarningsLimit; ++i) {
      listed.push_back(warnings[i]);
    }
    if (warnings.size() > kWarningsLimit) {
      listed.push_back("... and " + std::to_string(warnings.size() - kWarningsLimit) + " more");
    }
    response["extension"] = {{"eligo.warnings", listed}};
  }
  return dump_json(response);
}

}  // namespace eligo::cds
