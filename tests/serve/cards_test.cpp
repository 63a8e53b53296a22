// Cards from verdicts, without HTTP: which trials get a card, their uuids and registry
// links, the summary limit, the markdown detail.
#include "cds/cards.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

using namespace eligo;
using nlohmann::json;

namespace {

api::TrialOutcome trial(std::string id, engine::VerdictKind verdict,
                        std::string title = "A trial") {
  api::TrialOutcome t;
  t.trial_id = std::move(id);
  t.title = std::move(title);
  t.verdict = verdict;
  t.score = 50;
  t.criteria.push_back({"I1", "inclusion", "ANC >= 1000/uL", engine::CriterionResult::unknown, true,
                        "no anc on record: unknown"});
  t.criteria.push_back({"I1.1", "inclusion", "sub", engine::CriterionResult::met, false, "hidden"});
  t.to_decide = {"anc within 28 days of 2026-11-20"};
  t.to_confirm = {"E2"};
  return t;
}

}  // namespace

TEST_CASE("One card per eligible (info) or undetermined (warning) trial, eligible first") {
  api::Screening s;
  s.trials = {trial("NCT00000001", engine::VerdictKind::undetermined),
              trial("NCT00000002", engine::VerdictKind::ineligible),
              trial("NCT00000003", engine::VerdictKind::eligible)};
  int made = 0;
  const auto uuid = [&made] { return "uuid-" + std::to_string(++made); };
  const json cards = json::parse(cds::cards_json(s, uuid))["cards"];
  REQUIRE(cards.size() == 2);
  CHECK(cards[0]["uuid"] == "uuid-1");
  CHECK(cards[0]["indicator"] == "info");
  CHECK(cards[0]["summary"] == "Eligible: NCT00000003 A trial");
  CHECK(cards[0]["source"]["label"] == "eligo trial screening: NCT00000003");
  CHECK(cards[0]["source"]["url"] == "https://clinicaltrials.gov/study/NCT00000003");
  CHECK(cards[0]["links"] == json::parse(R"([{"label": "NCT00000003 on ClinicalTrials.gov",
      "url": "https://clinicaltrials.gov/study/NCT00000003", "type": "absolute"}])"));
  CHECK(cards[1]["uuid"] == "uuid-2");
  CHECK(cards[1]["indicator"] == "warning");
  CHECK(cards[1]["summary"] == "Possibly eligible: NCT00000001 A trial");

  s.trials = {trial("NCT00000002", engine::VerdictKind::ineligible)};
  CHECK(json::parse(cds::cards_json(s)) == json{{"cards", json::array()}});
}

TEST_CASE("Only a ClinicalTrials.gov id (NCT and 8 digits) links to the registry") {
  CHECK(cds::registry_url("NCT04883242") == "https://clinicaltrials.gov/study/NCT04883242");
  CHECK_FALSE(cds::registry_url("NCT3"));
  CHECK_FALSE(cds::registry_url("NCT0488324x"));
  CHECK_FALSE(cds::registry_url("EUCTR2020-001234-56"));
  api::Screening s;
  s.trials = {trial("local-7", engine::VerdictKind::eligible)};
  const json card = json::parse(cds::cards_json(s))["cards"][0];
  CHECK_FALSE(card.contains("links"));
  CHECK_FALSE(card["source"].contains("url"));
  CHECK(cds::is_uuid(card["uuid"].get<std::string>()));
}

TEST_CASE("Card uuids are random version 4 UUIDs, distinct") {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    const std::string id = cds::random_uuid();
    REQUIRE(cds::is_uuid(id));
    CHECK(id[14] == '4');                                          // version 4: random
    CHECK(std::string("89ab").find(id[19]) != std::string::npos);  // RFC 4122 variant
    seen.insert(id);
  }
  CHECK(seen.size() == 1000);
  CHECK_FALSE(cds::is_uuid("4e0a3a1e-3283-4575-ab82-028d55fe271"));
  CHECK_FALSE(cds::is_uuid("4e0a3a1e+3283-4575-ab82-028d55fe2719"));
  CHECK_FALSE(cds::is_uuid("4e0a3a1e-3283-4575-ab82-028d55fe271g"));
  CHECK(cds::is_uuid("4E0A3A1E-3283-4575-AB82-028D55FE2719"));
}

TEST_CASE("A summary stays under 140 bytes and is cut on a UTF-8 boundary") {
  const std::string title(200, 'x');
  CHECK(cds::shorten_summary(title).size() < 140);
  CHECK(cds::shorten_summary(title).ends_with("..."));
  std::string accents = "a";                            // then two-byte characters at odd offsets
  for (int i = 0; i < 100; ++i) accents += "\xC3\xA9";  // é
  const std::string cut = cds::shorten_summary(accents);
  CHECK(cut.size() < 140);
  CHECK(json(cut).dump().find("\\ufffd") == std::string::npos);
  CHECK((cut.size() - 3 - 1) % 2 == 0);  // "a" and whole characters only
  CHECK(cds::shorten_summary("short") == "short");
}

TEST_CASE("The detail lists top-level criteria, what would decide and what to confirm") {
  const std::string detail = cds::card_detail(trial("NCT1", engine::VerdictKind::undetermined));
  CHECK(detail ==
        "**undetermined** (score 50)\n\n"
        "- **I1** inclusion, unknown: no anc on record: unknown\n"
        "\n**To decide:**\n\n- anc within 28 days of 2026-11-20\n"
        "\n**To confirm:** E2\n");
}
