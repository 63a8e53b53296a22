// The verdict rules: eligible, ineligible, undetermined; partial coverage never decides;
// manual criteria go to to_confirm; a missing lab is undetermined with the lab in
// to_decide, never ineligible; combined children; the score; the JSON line; the whole
// explanation; and the same patient in SI and in conventional units gets identical
// verdicts.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "engine/verdict_json.hpp"
#include "evaluation_helpers.hpp"

using namespace eligo;
using namespace eligo::test;
using Catch::Matchers::Contains;

namespace {

const Date kAsOf = day("2026-11-20");

// ANC, platelets, bilirubin; no HIV; exclusion of serum creatinine > 2 mg/dL.
Trial labs_trial() {
  return trial_of({
      criterion("I1", Section::inclusion, leaf(compare("anc", Op::ge, 1000, "/uL"))),
      criterion("I2", Section::inclusion, leaf(compare("platelets", Op::ge, 50, "10^9/L"))),
      criterion("I3", Section::inclusion, leaf(compare("total_bilirubin", Op::le, 3, "mg/dL"))),
      criterion("E1", Section::exclusion, leaf(HasEvent{"hiv", std::nullopt})),
      criterion("E2", Section::exclusion, leaf(compare("creatinine", Op::gt, 2, "mg/dL"))),
  });
}

RecordBuilder healthy() {
  RecordBuilder r;
  r.obs("anc", 1.5, "10^9/L", "2026-11-10")
      .obs("platelets", 180, "10^9/L", "2026-11-10")
      .obs("total_bilirubin", 0.8, "mg/dL", "2026-11-10")
      .obs("creatinine", 0.9, "mg/dL", "2026-11-10");
  return r;
}

}  // namespace

TEST_CASE("eligible: every inclusion met, every exclusion not met", "[verdict]") {
  const Pair p(labs_trial(), healthy().build(), kAsOf);
  CHECK(p.verdict.kind == engine::VerdictKind::eligible);
  CHECK(p.verdict.score == 100);
  CHECK(p.verdict.to_decide.empty());
  CHECK(p.verdict.to_confirm.empty());
  CHECK(p.verdict.criteria[3].result == engine::CriterionResult::not_met);  // no record of hiv
}

TEST_CASE("ineligible: an inclusion not met or an exclusion met", "[verdict]") {
  auto low = healthy();
  low.obs("platelets", 20, "10^9/L", "2026-11-15");
  const Pair a(labs_trial(), low.build(), kAsOf);
  CHECK(a.verdict.kind == engine::VerdictKind::ineligible);
  CHECK(a.verdict.score < 10);
  auto hiv = healthy();
  hiv.event("hiv", true, "2019-01-01");
  const Pair b(labs_trial(), hiv.build(), kAsOf);
  CHECK(b.verdict.kind == engine::VerdictKind::ineligible);
  CHECK(b.verdict.criteria[3].result == engine::CriterionResult::met);
}

TEST_CASE("a missing lab is undetermined with that lab in to_decide, never ineligible",
          "[verdict]") {
  RecordBuilder r;
  r.obs("anc", 1.5, "10^9/L", "2026-11-10")
      .obs("total_bilirubin", 0.8, "mg/dL", "2026-11-10")
      .obs("creatinine", 0.9, "mg/dL", "2026-11-10");
  const Pair p(labs_trial(), r.build(), kAsOf);
  CHECK(p.verdict.kind == engine::VerdictKind::undetermined);
  CHECK(p.verdict.criteria[1].result == engine::CriterionResult::unknown);
  CHECK(p.to_decide() == std::vector<std::string>{"platelets within 28 days of 2026-11-20"});
  // 4 of 5 favourable, none manual: 10 + 79 x 4 / 5 = 73.
  CHECK(p.verdict.score == 73);
  // A stale lab too.
  auto stale = r;
  stale.obs("platelets", 180, "10^9/L", "2026-08-01");
  const Pair q(labs_trial(), stale.build(), kAsOf);
  CHECK(q.verdict.kind == engine::VerdictKind::undetermined);
  CHECK(q.to_decide() == std::vector<std::string>{"platelets within 28 days of 2026-11-20"});
}

TEST_CASE("partial coverage never decides a verdict on its own", "[verdict][coverage]") {
  Trial t = labs_trial();
  t.criteria[1].coverage = Coverage::partial;  // platelets, with text not understood
  t.criteria[1].uncovered = {"unless due to marrow involvement"};
  auto low = healthy();
  low.obs("platelets", 20, "10^9/L", "2026-11-15");
  const Pair p(t, low.build(), kAsOf);
  CHECK(p.root(1).value == engine::Tri::not_met);  // evaluated and shown...
  CHECK(p.verdict.criteria[1].result == engine::CriterionResult::unknown);  // ...but not counted
  CHECK(p.verdict.kind == engine::VerdictKind::undetermined);
  CHECK(p.verdict.to_confirm == std::vector<int>{1});
  CHECK_THAT(engine::explain_criterion(p.evaluation, p.verdict, 1),
             Contains("partially understood (1 passage not understood); the understood part: "
                      "platelets 20 10^9/L"));
  CHECK_THAT(engine::explain(p.evaluation, p.verdict),
             Contains("not understood: \"unless due to marrow involvement\""));
  // A partial exclusion that is met does not exclude either; a met partial inclusion
  // does not make the patient eligible.
  Trial e = labs_trial();
  e.criteria[3].coverage = Coverage::partial;
  auto hiv = healthy();
  hiv.event("hiv", true, "2019-01-01");
  CHECK(Pair(e, hiv.build(), kAsOf).verdict.kind == engine::VerdictKind::undetermined);
  CHECK(Pair(t, healthy().build(), kAsOf).verdict.kind == engine::VerdictKind::undetermined);
}

TEST_CASE("manual criteria: eligible with them listed to confirm", "[verdict][manual]") {
  Trial t = labs_trial();
  t.criteria.push_back(criterion("I4", Section::inclusion,
                                 leaf(Manual{"Capable of giving consent", "no measurable content"}),
                                 Coverage::none));
  const Pair p(t, healthy().build(), kAsOf);
  CHECK(p.verdict.criteria[5].result == engine::CriterionResult::manual);
  CHECK(p.verdict.kind == engine::VerdictKind::eligible);
  CHECK(p.verdict.to_confirm == std::vector<int>{5});
  CHECK(p.verdict.score == 98);  // 5 of 6 decided from data: 91 + 9 x 5 / 6
  // An empty tree is manual too.
  Trial empty = labs_trial();
  empty.criteria.push_back(criterion("E3", Section::exclusion, Tree{}, Coverage::none));
  CHECK(Pair(empty, healthy().build(), kAsOf).verdict.criteria[5].result ==
        engine::CriterionResult::manual);
}

TEST_CASE("children combine by the parent's wording", "[verdict][children]") {
  // E1: any of the following (worded); E1.1 calcium > 11 mg/dL; E1.2 bone lesions >= 1.
  auto parent_trial = [](Criterion::Combine how, bool is_default) {
    Criterion parent = criterion("E1", Section::exclusion, Tree{}, Coverage::none);
    parent.combine = how;
    parent.combine_is_default = is_default;
    parent.children = {1, 2};
    Criterion a =
        criterion("E1.1", Section::exclusion, leaf(compare("calcium", Op::gt, 11, "mg/dL")));
    Criterion b =
        criterion("E1.2", Section::exclusion, leaf(compare("bone_lytic_lesions", Op::ge, 1, "")));
    a.parent = 0;
    b.parent = 0;
    return trial_of({parent, a, b});
  };
  RecordBuilder lesion;
  lesion.obs("calcium", 9.5, "mg/dL", "2026-11-10").obs("bone_lytic_lesions", 2, "", "2026-11-01");
  const Pair any(parent_trial(Criterion::Combine::any, false), lesion.build(), kAsOf);
  CHECK(any.verdict.criteria[0].result == engine::CriterionResult::met);
  CHECK(any.verdict.criteria[0].coverage == Coverage::full);
  CHECK(any.verdict.kind == engine::VerdictKind::ineligible);
  CHECK_THAT(engine::explain_criterion(any.evaluation, any.verdict, 0),
             Contains("any of 2 below: E1.1 not met, E1.2 met"));
  // The same children under a default combination: partially understood.
  const Pair guessed(parent_trial(Criterion::Combine::any, true), lesion.build(), kAsOf);
  CHECK(guessed.verdict.criteria[0].coverage == Coverage::partial);
  CHECK(guessed.verdict.kind == engine::VerdictKind::undetermined);
  CHECK(guessed.verdict.to_confirm == std::vector<int>{0});
  // All of: one child unknown, the other not met: not met, decided.
  RecordBuilder calcium_only;
  calcium_only.obs("calcium", 9.5, "mg/dL", "2026-11-10");
  const Pair all(parent_trial(Criterion::Combine::all, false), calcium_only.build(), kAsOf);
  CHECK(all.verdict.criteria[0].result == engine::CriterionResult::not_met);
  CHECK(all.verdict.kind == engine::VerdictKind::eligible);
  // "None of the following": the combination negated.
  Trial none = parent_trial(Criterion::Combine::any, false);
  none.criteria[0].section = Section::inclusion;
  none.criteria[0].negated = true;
  const Pair negated(none, lesion.build(), kAsOf);
  CHECK(negated.verdict.criteria[0].result == engine::CriterionResult::not_met);
  CHECK(negated.verdict.kind == engine::VerdictKind::ineligible);
  // Any of: the unknown child is what to decide.
  const Pair any_unknown(parent_trial(Criterion::Combine::any, false), calcium_only.build(), kAsOf);
  CHECK(any_unknown.verdict.kind == engine::VerdictKind::undetermined);
  CHECK(any_unknown.to_decide() ==
        std::vector<std::string>{"bone_lytic_lesions within 28 days of 2026-11-20"});
}

TEST_CASE("the score ranks eligible, then undetermined, then ineligible", "[verdict][score]") {
  CHECK(engine::verdict_score(engine::VerdictKind::eligible, 5, 5, 0) == 100);
  CHECK(engine::verdict_score(engine::VerdictKind::eligible, 5, 5, 3) == 96);
  CHECK(engine::verdict_score(engine::VerdictKind::eligible, 10, 10, 10) == 95);
  CHECK(engine::verdict_score(engine::VerdictKind::eligible, 0, 0, 20) == 91);
  CHECK(engine::verdict_score(engine::VerdictKind::undetermined, 4, 5, 0) == 73);
  CHECK(engine::verdict_score(engine::VerdictKind::undetermined, 4, 5, 5) == 41);
  CHECK(engine::verdict_score(engine::VerdictKind::undetermined, 0, 5, 0) == 10);
  CHECK(engine::verdict_score(engine::VerdictKind::undetermined, 0, 0, 0) == 10);
  CHECK(engine::verdict_score(engine::VerdictKind::undetermined, 99, 100, 0) == 88);
  CHECK(engine::verdict_score(engine::VerdictKind::ineligible, 4, 5, 0) == 7);
  CHECK(engine::verdict_score(engine::VerdictKind::ineligible, 0, 5, 0) == 0);
}

TEST_CASE("a parent's own words not understood qualify its children", "[verdict][children]") {
  // NCT04270409 E1: "Evidence of any of the following CRAB criteria (attributable to the
  // participant's SMM involvement)"; E1.1 anaemia: hemoglobin < 10 g/dL.
  auto crab = [](std::vector<std::string> uncovered) {
    Criterion parent = criterion("E1", Section::exclusion, Tree{}, Coverage::partial);
    parent.combine = Criterion::Combine::any;
    parent.uncovered = std::move(uncovered);
    parent.children = {1};
    Criterion anaemia =
        criterion("E1.1", Section::exclusion, leaf(compare("hemoglobin", Op::lt, 10, "g/dL")));
    anaemia.parent = 0;
    return trial_of({parent, anaemia});
  };
  const std::vector<std::string> qualifier{"attributable to the participant's SMM involvement"};
  RecordBuilder anaemic;
  anaemic.obs("hemoglobin", 8.5, "g/dL", "2026-11-10");
  const Pair qualified(crab(qualifier), anaemic.build(), kAsOf);
  CHECK(qualified.verdict.criteria[1].result == engine::CriterionResult::met);
  CHECK(qualified.verdict.criteria[0].result == engine::CriterionResult::unknown);
  CHECK(qualified.verdict.criteria[0].qualified);
  CHECK(qualified.verdict.kind == engine::VerdictKind::undetermined);  // not ineligible
  CHECK(qualified.verdict.to_confirm == std::vector<int>{0});
  CHECK_THAT(engine::explain_criterion(qualified.evaluation, qualified.verdict, 0),
             Contains("the children are met, but the parent's words not understood qualify "
                      "them: \"attributable to the participant's SMM involvement\": unknown"));
  // Children not met still decide: a qualifier only narrows.
  RecordBuilder normal;
  normal.obs("hemoglobin", 13, "g/dL", "2026-11-10");
  const Pair clear(crab(qualifier), normal.build(), kAsOf);
  CHECK(clear.verdict.criteria[0].result == engine::CriterionResult::not_met);
  CHECK(clear.verdict.kind == engine::VerdictKind::eligible);
  // Without a qualifier the children decide as before.
  const Pair plain(crab({}), anaemic.build(), kAsOf);
  CHECK(plain.verdict.criteria[0].result == engine::CriterionResult::met);
  CHECK(plain.verdict.kind == engine::VerdictKind::ineligible);
}

TEST_CASE("The score ranks what was checked", "[verdict][score]") {
  // Eligible for both: one trial eligo could not read at all (every criterion manual),
  // one whose every criterion was verified, one half and half.
  auto manual_criterion = [](const char* id) {
    return criterion(id, Section::inclusion, leaf(Manual{"consent", ""}));
  };
  std::vector<Criterion> unread;
  for (const char* id : {"I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9"}) {
    unread.push_back(manual_criterion(id));
  }
  const Pair unreadable(trial_of(unread, "NCT00000002"), healthy().build(), kAsOf);
  const Pair verified(labs_trial(), healthy().build(), kAsOf);
  Trial half = labs_trial();
  for (const char* id : {"I4", "I5", "I6", "I7", "I8"})
    half.criteria.push_back(manual_criterion(id));
  const Pair mixed(half, healthy().build(), kAsOf);
  REQUIRE(unreadable.verdict.kind == engine::VerdictKind::eligible);
  REQUIRE(verified.verdict.kind == engine::VerdictKind::eligible);
  REQUIRE(mixed.verdict.kind == engine::VerdictKind::eligible);
  CHECK(unreadable.verdict.score == 91);
  CHECK(verified.verdict.score == 100);
  CHECK(mixed.verdict.score == 95);
  CHECK(verified.verdict.score > mixed.verdict.score);
  CHECK(mixed.verdict.score > unreadable.verdict.score);
  // Undetermined: verified criteria in the patient's favour rank above manual ones.
  RecordBuilder no_anc;
  no_anc.obs("platelets", 180, "10^9/L", "2026-11-10")
      .obs("total_bilirubin", 0.8, "mg/dL", "2026-11-10")
      .obs("creatinine", 0.9, "mg/dL", "2026-11-10");
  const Pair open_verified(labs_trial(), no_anc.build(), kAsOf);
  const Pair open_mixed(half, no_anc.build(), kAsOf);
  REQUIRE(open_verified.verdict.kind == engine::VerdictKind::undetermined);
  CHECK(open_verified.verdict.score == 10 + 79 * 4 / 5);
  CHECK(open_mixed.verdict.score == 10 + 79 * 4 / 10);
}

TEST_CASE("a trial without criteria is undetermined", "[verdict]") {
  const Pair p(trial_of({}), healthy().build(), kAsOf);
  CHECK(p.verdict.kind == engine::VerdictKind::undetermined);
}

TEST_CASE("the JSON line", "[verdict][json]") {
  RecordBuilder r("P\"7\"");
  r.obs("anc", 1.5, "10^9/L", "2026-11-10").obs("total_bilirubin", 0.8, "mg/dL", "2026-11-10");
  const Pair p(labs_trial(), r.build(), kAsOf);
  const std::string line = engine::verdict_json(p.evaluation, p.verdict, engine::JsonOptions{true});
  REQUIRE(line.back() == '\n');
  REQUIRE(line.find('\n') == line.size() - 1);
  const auto j = nlohmann::json::parse(line);
  CHECK(j["patient"] == "P\"7\"");
  CHECK(j["trial"] == "NCT00000001");
  CHECK(j["as_of"] == "2026-11-20");
  CHECK(j["verdict"] == "undetermined");
  CHECK(j["score"].is_number_integer());
  REQUIRE(j["criteria"].size() == 5);
  CHECK(j["criteria"][0]["id"] == "I1");
  CHECK(j["criteria"][0]["section"] == "inclusion");
  CHECK(j["criteria"][0]["result"] == "met");
  CHECK(j["criteria"][0]["coverage"] == "full");
  CHECK(j["criteria"][0]["explanation"] ==
        "anc 1.5 10^9/L on 2026-11-10 (labs.csv:2) = 1500 /uL >= 1000 /uL: met");
  CHECK(j["criteria"][3]["explanation"] == "no record of hiv (assumed absent): not met");
  CHECK(j["to_decide"] == nlohmann::json::array({"platelets within 28 days of 2026-11-20",
                                                 "creatinine within 28 days of 2026-11-20"}));
  CHECK(j["to_confirm"] == nlohmann::json::array());
  REQUIRE(j["facts"].size() == 2);
  CHECK(j["facts"][0]["item"] == "anc");
  CHECK(j["facts"][0]["date"] == "2026-11-10");
  CHECK(j["facts"][0]["source"] == "labs.csv:2");
  CHECK(j["facts"][0]["converted"] == "1500 /uL");
  CHECK(j["facts"][1]["converted"].is_null());
  CHECK_FALSE(j["facts"][0].contains("unit_note"));
}

TEST_CASE("the JSON line says when the item's code completed the unit", "[verdict][json]") {
  RecordBuilder r;
  r.obs("egfr", 52, "mL/min/1.73m2", "2026-11-10");
  r.record.observations.back().unit_note = "written mL/min; LOINC 33914-3 is per 1.73 m²";
  const Pair p(trial_of({criterion("I1", Section::inclusion,
                                   leaf(compare("egfr", Op::ge, 45, "mL/min/1.73m2")))}),
               r.build(), kAsOf);
  const auto j = nlohmann::json::parse(
      engine::verdict_json(p.evaluation, p.verdict, engine::JsonOptions{true}));
  CHECK(j["criteria"][0]["explanation"] ==
        "egfr 52 mL/min/1.73m2 on 2026-11-10 (labs.csv:2; written mL/min; LOINC 33914-3 is per "
        "1.73 m²) >= 45 mL/min/1.73m2: met");
  REQUIRE(j["facts"].size() == 1);
  CHECK(j["facts"][0]["unit"] == "mL/min/1.73m2");
  CHECK(j["facts"][0]["unit_note"] == "written mL/min; LOINC 33914-3 is per 1.73 m²");
}

TEST_CASE("JSON strings stay valid with control bytes and invalid UTF-8", "[verdict][json]") {
  std::string out;
  engine::append_json_string(out, std::string("a\x01\tb\xB5g/L \xC2\xB5g/L \"q\"\\", 19));
  CHECK(out == "\"a\\u0001\\tb\xEF\xBF\xBDg/L \xC2\xB5g/L \\\"q\\\"\\\\\"");
  CHECK_NOTHROW(nlohmann::json::parse(out));
}

TEST_CASE("the whole explanation of a pair", "[verdict][explain]") {
  RecordBuilder r("P1");
  r.obs("anc", 1.5, "10^9/L", "2026-11-10").obs("platelets", 180, "10^9/L", "2026-08-01");
  const Pair p(labs_trial(), r.build(), kAsOf);
  const std::string text = engine::explain(p.evaluation, p.verdict);
  CHECK_THAT(text, Contains("NCT00000001: a test trial") &&
                       Contains("patient P1, as of 2026-11-20") &&
                       Contains("verdict: undetermined") && Contains("Inclusion criteria") &&
                       Contains("I1  met  [coverage full]") && Contains("text of I1") &&
                       Contains("latest platelets 2026-08-01 is 111 days old; window 28 days") &&
                       Contains("to decide:\n  - platelets within 28 days of 2026-11-20"));
}

TEST_CASE("the same patients in SI and in conventional units get identical verdicts",
          "[verdict][units]") {
  // Thresholds as the registries write them, in both systems.
  Trial t = trial_of({
      criterion("I1", Section::inclusion, leaf(compare("anc", Op::ge, 1000, "/uL"))),
      criterion("I2", Section::inclusion, leaf(compare("hemoglobin", Op::ge, 10, "g/dL"))),
      criterion("I3", Section::inclusion, leaf(compare("creatinine", Op::le, 1.5, "mg/dL"))),
      criterion("I4", Section::inclusion,
                leaf(compare("total_bilirubin", Op::lt, 25.65, "umol/L"))),
      criterion("E1", Section::exclusion, leaf(compare("calcium", Op::gt, 2.75, "mmol/L"))),
      criterion("E2", Section::exclusion,
                leaf(compare("creatinine_clearance", Op::lt, 40, "mL/min"))),
  });
  // Each patient once in conventional units, once in SI (converted with the lab factors:
  // creatinine 88.4, hemoglobin 0.6206, bilirubin 17.1, calcium 0.2495), values at and
  // around the thresholds.
  struct Values {
    double anc_per_ul, hb_g_dl, cr_mg_dl, bili_mg_dl, ca_mg_dl;
  };
  const std::vector<Values> patients{
      {1000, 10, 1.5, 1.5, 11},     {999, 9.9, 1.6, 1.49, 11.1}, {1500, 12, 0.9, 0.5, 9.5},
      {1000, 10.1, 1.5, 1.6, 10.9}, {2000, 9, 2.0, 0.2, 12},     {1200, 10, 1.4, 1.4, 11.0},
  };
  for (std::size_t i = 0; i < patients.size(); ++i) {
    const Values& v = patients[i];
    RecordBuilder conventional("C" + std::to_string(i));
    conventional.born("1960-01-01").sex(patients::Sex::male).obs("weight", 80, "kg", "2026-11-01");
    conventional.obs("anc", v.anc_per_ul, "/uL", "2026-11-10")
        .obs("hemoglobin", v.hb_g_dl, "g/dL", "2026-11-10")
        .obs("creatinine", v.cr_mg_dl, "mg/dL", "2026-11-10")
        .obs("total_bilirubin", v.bili_mg_dl, "mg/dL", "2026-11-10")
        .obs("calcium", v.ca_mg_dl, "mg/dL", "2026-11-10");
    RecordBuilder si("S" + std::to_string(i));
    si.born("1960-01-01").sex(patients::Sex::male).obs("weight", 80, "kg", "2026-11-01");
    si.obs("anc", v.anc_per_ul / 1000, "10^9/L", "2026-11-10")
        .obs("hemoglobin", v.hb_g_dl * 0.6206, "mmol/L", "2026-11-10")
        .obs("creatinine", v.cr_mg_dl * 88.4, "umol/L", "2026-11-10")
        .obs("total_bilirubin", v.bili_mg_dl * 17.1, "umol/L", "2026-11-10")
        .obs("calcium", v.ca_mg_dl * 0.2495, "mmol/L", "2026-11-10");
    const Pair a(t, conventional.build(), kAsOf);
    const Pair b(t, si.build(), kAsOf);
    INFO("patient " << i << "\n"
                    << engine::explain(a.evaluation, a.verdict) << "\n"
                    << engine::explain(b.evaluation, b.verdict));
    CHECK(a.verdict.kind == b.verdict.kind);
    for (std::size_t c = 0; c < t.criteria.size(); ++c) {
      CHECK(a.verdict.criteria[c].result == b.verdict.criteria[c].result);
    }
  }
}
