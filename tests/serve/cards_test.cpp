// Cards from verdicts, without HTTP: which trials get a card, the summary limit, the
// markdown detail.
#include "cds/cards.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

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
  s.trials = {trial("NCT1", engine::VerdictKind::undetermined),
              trial("NCT2", engine::VerdictKind::ineligible),
              trial("NCT3", engine::VerdictKind::eligible)};
  const json cards = json::parse(cds::cards_json(s))["cards"];
  REQUIRE(cards.size() == 2);
  CHECK(cards[0]["indicator"] == "info");
  CHECK(cards[0]["summary"] == "Eligible: NCT3 A trial");
  CHECK(cards[0]["source"]["label"] == "eligo trial screening: NCT3");
  CHECK(cards[0]["source"]["url"] == "https://clinicaltrials.gov/study/NCT3");
  CHECK(cards[1]["indicator"] == "warning");
  CHECK(cards[1]["summary"] == "Possibly eligible: NCT1 A trial");

  s.trials = {trial("NCT2", engine::VerdictKind::ineligible)};
  CHECK(json::parse(cds::cards_json(s)) == json{{"cards", json::array()}});
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
