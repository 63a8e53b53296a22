// The evaluator on single leaves and small trees: boundaries in mixed units, the lab
// window and staleness, future and undated values, conflicts, ULN/LLN from the record,
// the vocabulary or nowhere, unusable units, events, time since, manual leaves, and
// the needs an unknown reports. Reference date 2026-11-20 and a 28-day window
// throughout, unless a test says otherwise.
#include <catch2/catch.hpp>
#include <cmath>

#include "evaluation_helpers.hpp"

using namespace eligo;
using namespace eligo::test;
using Catch::Matchers::Contains;

namespace {

engine::Tri value_of(Tree tree, const patients::PatientRecord& record,
                     const char* as_of = "2026-11-20") {
  return one(std::move(tree), record, as_of)->root().value;
}

patients::PatientRecord with_obs(const char* item, double value, const char* unit,
                                 const char* date = "2026-11-10") {
  return RecordBuilder().obs(item, value, unit, date).build();
}

}  // namespace

TEST_CASE("boundaries hold across units", "[evaluator][units]") {
  // 1.0 10^9/L is exactly 1000 /uL.
  const auto anc = with_obs("anc", 1.0, "10^9/L");
  CHECK(value_of(leaf(compare("anc", Op::ge, 1000, "/uL")), anc) == engine::Tri::met);
  CHECK(value_of(leaf(compare("anc", Op::gt, 1000, "/uL")), anc) == engine::Tri::not_met);
  CHECK(value_of(leaf(compare("anc", Op::lt, 1000, "/uL")), anc) == engine::Tri::not_met);
  CHECK(value_of(leaf(compare("anc", Op::ge, 1000, "/uL")), with_obs("anc", 0.999, "10^9/L")) ==
        engine::Tri::not_met);
  CHECK(value_of(leaf(compare("anc", Op::ge, 1, "10^9/L")), with_obs("anc", 1000, "/uL")) ==
        engine::Tri::met);

  // Creatinine 1.5 mg/dL is 132.6 umol/L at the lab factor 88.4 (molar mass 113.12 g/mol
  // gives 132.603): equal within the precision of the published factor, both ways.
  const auto si = with_obs("creatinine", 132.6, "umol/L");
  CHECK(value_of(leaf(compare("creatinine", Op::le, 1.5, "mg/dL")), si) == engine::Tri::met);
  CHECK(value_of(leaf(compare("creatinine", Op::ge, 1.5, "mg/dL")), si) == engine::Tri::met);
  CHECK(value_of(leaf(compare("creatinine", Op::gt, 1.5, "mg/dL")), si) == engine::Tri::not_met);
  CHECK(value_of(leaf(compare("creatinine", Op::lt, 1.5, "mg/dL")), si) == engine::Tri::not_met);
  CHECK(value_of(leaf(compare("creatinine", Op::gt, 1.5, "mg/dL")),
                 with_obs("creatinine", 133, "umol/L")) == engine::Tri::met);
  const auto conventional = with_obs("creatinine", 1.5, "mg/dL");
  CHECK(value_of(leaf(compare("creatinine", Op::ge, 132.6, "umol/L")), conventional) ==
        engine::Tri::met);
  CHECK(value_of(leaf(compare("creatinine", Op::gt, 132.6, "umol/L")), conventional) ==
        engine::Tri::not_met);

  // Hemoglobin 10 g/dL is 6.206 mmol/L (per heme, 16114.5 g/mol gives 6.2056).
  const auto hb = with_obs("hemoglobin", 6.206, "mmol/L");
  CHECK(value_of(leaf(compare("hemoglobin", Op::ge, 10, "g/dL")), hb) == engine::Tri::met);
  CHECK(value_of(leaf(compare("hemoglobin", Op::lt, 10, "g/dL")), hb) == engine::Tri::not_met);
  CHECK(value_of(leaf(compare("hemoglobin", Op::lt, 10, "g/dL")),
                 with_obs("hemoglobin", 6.1, "mmol/L")) == engine::Tri::met);
}

TEST_CASE("the explanation shows the value, its date, unit, source and conversion",
          "[evaluator][explain]") {
  const auto p = one(leaf(compare("anc", Op::ge, 1000, "/uL")), with_obs("anc", 1.2, "10^9/L"));
  CHECK(p->explain_root() ==
        "anc 1.2 10^9/L on 2026-11-10 (labs.csv:2) = 1200 /uL >= 1000 /uL: met");
  const auto q = one(leaf(compare("creatinine", Op::le, 1.5, "mg/dL")),
                     with_obs("creatinine", 132.6, "umol/L"));
  CHECK_THAT(q->explain_root(), Contains("creatinine 132.6 umol/L on 2026-11-10") &&
                                    Contains("= 1.49997 mg/dL (molar mass 113.12 g/mol)") &&
                                    Contains("<= 1.5 mg/dL: met"));
}

TEST_CASE("an explanation says when the threshold's unit was inferred, not written",
          "[evaluator][explain]") {
  Threshold inferred = absolute(1500, "/uL");
  inferred.unit_inferred = true;
  const auto p = one(leaf(compare("anc", Op::ge, inferred)), with_obs("anc", 1.2, "10^9/L"));
  CHECK(p->explain_root() ==
        "anc 1.2 10^9/L on 2026-11-10 (labs.csv:2) = 1200 /uL >= 1500 /uL (unit not written; "
        "inferred from the value): not met");
}

TEST_CASE("the lab window: 28 days old is in, 29 days old is unknown with the reason",
          "[evaluator][window]") {
  const Tree t = leaf(compare("platelets", Op::ge, 100, "10^9/L"));
  CHECK(value_of(t, with_obs("platelets", 150, "10^9/L", "2026-10-23")) == engine::Tri::met);
  const auto stale = one(t, with_obs("platelets", 150, "10^9/L", "2026-10-22"));
  CHECK(stale->root().value == engine::Tri::unknown);
  CHECK(stale->root().finding == engine::Finding::stale);
  CHECK(stale->explain_root() ==
        "latest platelets 2026-10-22 is 29 days old; window 28 days: unknown");
  CHECK(stale->to_decide() == std::vector<std::string>{"platelets within 28 days of 2026-11-20"});
  CHECK(stale->verdict.kind == engine::VerdictKind::undetermined);

  const auto old = one(t, with_obs("platelets", 150, "10^9/L", "2026-08-01"));
  CHECK(old->explain_root() ==
        "latest platelets 2026-08-01 is 111 days old; window 28 days: unknown");

  // A trial's own window.
  Trial wide = trial_of({criterion("I1", Section::inclusion, t)});
  wide.lab_window = Duration{6, TimeUnit::months};
  Pair p(wide, with_obs("platelets", 150, "10^9/L", "2026-06-01"), day("2026-11-20"));
  CHECK(p.root().value == engine::Tri::met);
}

TEST_CASE("observations after the reference date are ignored", "[evaluator][window]") {
  const Tree t = leaf(compare("platelets", Op::ge, 100, "10^9/L"));
  // The future value would fail; the latest one on or before as_of is used.
  const auto r = RecordBuilder()
                     .obs("platelets", 150, "10^9/L", "2026-11-01")
                     .obs("platelets", 20, "10^9/L", "2026-12-01")
                     .build();
  CHECK(value_of(t, r) == engine::Tri::met);
  const auto only_future = one(t, with_obs("platelets", 150, "10^9/L", "2026-12-01"));
  CHECK(only_future->root().value == engine::Tri::unknown);
  CHECK_THAT(only_future->explain_root(),
             Contains("no platelets on or before 2026-11-20 (later values ignored)"));
}

TEST_CASE("absent and undated values are unknown, never met or not met", "[evaluator][window]") {
  const Tree t = leaf(compare("platelets", Op::ge, 100, "10^9/L"));
  const auto none = one(t, with_obs("anc", 1.5, "10^9/L"));
  CHECK(none->root().value == engine::Tri::unknown);
  CHECK(none->explain_root() == "no platelets on record: unknown");
  const auto undated = one(t, with_obs("platelets", 150, "10^9/L", nullptr));
  CHECK(undated->root().value == engine::Tri::unknown);
  CHECK(undated->explain_root() == "platelets has no date (labs.csv:2); window 28 days: unknown");
  // Negation keeps unknown unknown.
  Tree negated = leaf(compare("platelets", Op::ge, 100, "10^9/L"));
  negated.root = negated.add(Not{negated.root});
  CHECK(value_of(negated, with_obs("anc", 1.5, "10^9/L")) == engine::Tri::unknown);
}

TEST_CASE("items that are not windowed use the latest value, dated or not", "[evaluator][window]") {
  auto with_windowed = [](bool windowed) {
    std::vector<VocabularyEntry> entries = Vocabulary::builtin().entries();
    for (auto& e : entries) {
      if (e.id == "prior_lines") e.windowed = windowed;
    }
    return Vocabulary(entries);
  };
  const Vocabulary history = with_windowed(false);
  const Tree t = leaf(compare("prior_lines", Op::ge, 1, ""));
  const auto dated = RecordBuilder().obs("prior_lines", 2, "", "2024-01-01").build();
  CHECK(one(t, dated, "2026-11-20", history)->root().value == engine::Tri::met);
  const auto undated = RecordBuilder().obs("prior_lines", 0, "", nullptr).build();
  CHECK(one(t, undated, "2026-11-20", history)->root().value == engine::Tri::not_met);
  // Windowed, the same old value is stale.
  const Vocabulary current = with_windowed(true);
  CHECK(one(t, dated, "2026-11-20", current)->root().value == engine::Tri::unknown);
}

TEST_CASE("two different values on the latest date are a conflict", "[evaluator][conflict]") {
  const Tree t = leaf(compare("platelets", Op::ge, 100, "10^9/L"));
  const auto r = RecordBuilder()
                     .obs("platelets", 150, "10^9/L", "2026-11-10")
                     .obs("platelets", 90, "10^9/L", "2026-11-10")
                     .build();
  const auto p = one(t, r);
  CHECK(p->root().value == engine::Tri::unknown);
  CHECK(p->root().finding == engine::Finding::conflict);
  CHECK(p->explain_root() ==
        "conflicting values of platelets on 2026-11-10: 90 10^9/L (labs.csv:3) and 150 10^9/L "
        "(labs.csv:2): unknown");
  CHECK_THAT(p->to_decide().at(0), Contains("one value of platelets for 2026-11-10"));
  // The same value in two units is not a conflict; an older different value is history.
  const auto same = RecordBuilder()
                        .obs("platelets", 150, "10^9/L", "2026-11-10")
                        .obs("platelets", 150000, "/uL", "2026-11-10")
                        .obs("platelets", 20, "10^9/L", "2026-11-01")
                        .build();
  CHECK(value_of(t, same) == engine::Tri::met);
}

TEST_CASE("ULN and LLN: the record's range, else the vocabulary's, else unknown",
          "[evaluator][uln]") {
  const Tree alt = leaf(compare("alt", Op::le, relative(Reference::uln, RefMode::times, 3)));
  // The record's range: ULN 40, limit 120.
  const auto own = one(alt, RecordBuilder().obs("alt", 130, "U/L", "2026-11-10", 7, 40).build());
  CHECK(own->root().value == engine::Tri::not_met);
  CHECK(own->root().limit_source == engine::LimitSource::record);
  CHECK(own->explain_root() ==
        "alt 130 U/L on 2026-11-10 (labs.csv:2) <= 3 x ULN (ULN 40 U/L from the record; limit "
        "120 U/L): not met");
  // The vocabulary's default ULN 56: limit 168.
  const auto standard = one(alt, with_obs("alt", 130, "U/L"));
  CHECK(standard->root().value == engine::Tri::met);
  CHECK(standard->root().limit_source == engine::LimitSource::vocabulary);
  CHECK_THAT(standard->explain_root(), Contains("ULN 56 U/L, vocabulary default; limit 168 U/L"));
  // LDH has no default range.
  const Tree ldh = leaf(compare("ldh", Op::le, relative(Reference::uln, RefMode::times, 2)));
  const auto none = one(ldh, with_obs("ldh", 300, "U/L"));
  CHECK(none->root().value == engine::Tri::unknown);
  CHECK_THAT(none->explain_root(), Contains("no reference range for ldh"));
  CHECK(none->to_decide() == std::vector<std::string>{"ldh reference range from the lab"});

  // ULN + q and LLN - q, the range in another unit than the threshold.
  const Tree ca =
      leaf(compare("calcium", Op::gt, relative(Reference::uln, RefMode::plus, 1, "mg/dL")));
  // ULN 2.6 mmol/L = 10.42 mg/dL; + 1 = 11.42; 2.9 mmol/L = 11.62 mg/dL.
  CHECK(
      value_of(ca, RecordBuilder().obs("calcium", 2.9, "mmol/L", "2026-11-10", 2.2, 2.6).build()) ==
      engine::Tri::met);
  CHECK(
      value_of(ca, RecordBuilder().obs("calcium", 2.8, "mmol/L", "2026-11-10", 2.2, 2.6).build()) ==
      engine::Tri::not_met);
  const Tree hb =
      leaf(compare("hemoglobin", Op::lt, relative(Reference::lln, RefMode::minus, 2, "g/dL")));
  CHECK(
      value_of(hb, RecordBuilder().obs("hemoglobin", 9.9, "g/dL", "2026-11-10", 12, 16).build()) ==
      engine::Tri::met);
  CHECK(value_of(hb, RecordBuilder().obs("hemoglobin", 10, "g/dL", "2026-11-10", 12, 16).build()) ==
        engine::Tri::not_met);
  // Hemoglobin has no default range in the vocabulary.
  CHECK(value_of(hb, with_obs("hemoglobin", 9, "g/dL")) == engine::Tri::unknown);
}

TEST_CASE("a unit that is unknown or does not convert is unknown, naming unit and item",
          "[evaluator][units]") {
  const Tree t = leaf(compare("platelets", Op::ge, 100, "10^9/L"));
  const auto wrong = one(t, with_obs("platelets", 150, "mg/dL"));
  CHECK(wrong->root().value == engine::Tri::unknown);
  CHECK(wrong->root().finding == engine::Finding::bad_unit);
  CHECK_THAT(wrong->explain_root(),
             Contains("platelets 150 mg/dL") && Contains("cannot convert platelets from mg/dL "
                                                         "to 10^9/L"));
  CHECK_THAT(wrong->to_decide().at(0), Contains("platelets in a unit that converts"));
  const auto unknown = one(t, with_obs("platelets", 150, "bananas"));
  CHECK(unknown->root().value == engine::Tri::unknown);
  CHECK_THAT(unknown->explain_root(), Contains("unknown unit 'bananas'") && Contains("platelets"));
  // No unit for a dimensioned item is not guessed.
  CHECK(value_of(t, with_obs("platelets", 150, "")) == engine::Tri::unknown);
}

TEST_CASE("items written as LOINC codes or synonyms are found", "[evaluator]") {
  const Tree t = leaf(compare("anc", Op::ge, 1000, "/uL"));
  CHECK(value_of(t, with_obs("LOINC:751-8", 1.5, "10^9/L")) == engine::Tri::met);
  CHECK(value_of(t, with_obs("ANC", 1.5, "10^9/L")) == engine::Tri::met);
  CHECK(value_of(t, with_obs("mystery", 1.5, "10^9/L")) == engine::Tri::unknown);
}

TEST_CASE("ranges and sets", "[evaluator]") {
  const Tree bmpc = leaf(Range{"bmpc_percent", absolute(10, "%"), true, absolute(60, "%"), false});
  CHECK(value_of(bmpc, with_obs("bmpc_percent", 10, "%")) == engine::Tri::met);
  CHECK(value_of(bmpc, with_obs("bmpc_percent", 60, "%")) == engine::Tri::not_met);
  CHECK(value_of(bmpc, with_obs("bmpc_percent", 59.9, "%")) == engine::Tri::met);
  CHECK(value_of(bmpc, with_obs("bmpc_percent", 9.99, "%")) == engine::Tri::not_met);
  const Tree ecog = leaf(InSet{"ecog", {0, 1, 2}, ""});
  CHECK(value_of(ecog, with_obs("ecog", 1, "")) == engine::Tri::met);
  CHECK(value_of(ecog, with_obs("ecog", 3, "")) == engine::Tri::not_met);
  CHECK(value_of(ecog, with_obs("ecog", 1, "", "2026-01-01")) == engine::Tri::unknown);
}

TEST_CASE("sex", "[evaluator]") {
  const Tree female = leaf(IsValue{"sex", {"female"}});
  CHECK(value_of(female, RecordBuilder().sex(patients::Sex::female).build()) == engine::Tri::met);
  CHECK(value_of(female, RecordBuilder().sex(patients::Sex::male).build()) == engine::Tri::not_met);
  const auto none = one(female, RecordBuilder().build());
  CHECK(none->root().value == engine::Tri::unknown);
  CHECK(none->to_decide() == std::vector<std::string>{"sex"});
  CHECK(value_of(female, RecordBuilder().sex(patients::Sex::unknown).build()) ==
        engine::Tri::unknown);
}

TEST_CASE("age from the birth date, in completed years", "[evaluator][derived]") {
  const Tree adult = leaf(compare("age", Op::ge, 18, "years"));
  CHECK(value_of(adult, RecordBuilder().born("2008-11-20").build()) == engine::Tri::met);
  CHECK(value_of(adult, RecordBuilder().born("2008-11-21").build()) == engine::Tri::not_met);
  const auto p = one(adult, RecordBuilder().born("1980-03-02").build());
  CHECK(p->explain_root() ==
        "age 46 years from birth_date 1980-03-02 (labs.csv:2) >= 18 years: met");
  const auto none = one(adult, RecordBuilder().build());
  CHECK(none->root().value == engine::Tri::unknown);
  CHECK(none->to_decide() == std::vector<std::string>{"birth_date"});
  // A threshold in months is compared in completed months.
  const Tree infant = leaf(compare("age", Op::ge, 6, "months"));
  CHECK(value_of(infant, RecordBuilder().born("2026-05-20").build()) == engine::Tri::met);
  CHECK(value_of(infant, RecordBuilder().born("2026-05-21").build()) == engine::Tri::not_met);
}

TEST_CASE("derived values only when nothing is measured in the window", "[evaluator][derived]") {
  const Tree crcl = leaf(compare("creatinine_clearance", Op::ge, 60, "mL/min"));
  auto base = RecordBuilder().born("1966-05-01").sex(patients::Sex::female);
  base.obs("weight", 70, "kg", "2026-11-01").obs("creatinine", 1.2, "mg/dL", "2026-11-10");
  // Cockcroft-Gault: (140 - 60) x 70 x 0.85 / (72 x 1.2) = 55.09 mL/min.
  const auto derived = one(crcl, base.build());
  CHECK(derived->root().value == engine::Tri::not_met);
  CHECK(derived->root().finding == engine::Finding::derived);
  CHECK_THAT(derived->explain_root(),
             Contains("no creatinine_clearance measured") && Contains("55.0926 mL/min") &&
                 Contains("Cockcroft-Gault") && Contains("age 60 (birth_date 1966-05-01)") &&
                 Contains("weight 70 kg on 2026-11-01") && Contains("sex female") &&
                 Contains("creatinine 1.2 mg/dL on 2026-11-10"));
  // The evaluation keeps what it computed and read: the explanation above is rendered from
  // the recorded derived value and look-up, not by evaluating again.
  const engine::NodeOutcome& o = derived->root();
  REQUIRE(o.derived >= 0);
  const engine::DerivedValue& d =
      derived->evaluation.derived.at(static_cast<std::size_t>(o.derived));
  CHECK(d.kind == engine::Derivation::creatinine_clearance);
  CHECK(d.ok);
  CHECK(d.count == 4);  // age, weight, sex, creatinine
  CHECK(std::abs(d.value - 55.0926) < 1e-3);
  CHECK(o.lookup == engine::LookupStatus::absent);
  // A measured value in the window wins.
  auto measured = base;
  measured.obs("creatinine_clearance", 75, "mL/min", "2026-11-15");
  CHECK(value_of(crcl, measured.build()) == engine::Tri::met);
  // A missing input: unknown, naming it.
  const auto missing = one(crcl, RecordBuilder()
                                     .born("1966-05-01")
                                     .sex(patients::Sex::female)
                                     .obs("creatinine", 1.2, "mg/dL", "2026-11-10")
                                     .build());
  CHECK(missing->root().value == engine::Tri::unknown);
  CHECK_THAT(missing->explain_root(), Contains("cannot compute it by Cockcroft-Gault: no weight "
                                               "on record"));
  CHECK(missing->to_decide() ==
        std::vector<std::string>{"creatinine_clearance within 28 days of 2026-11-20 (or weight to "
                                 "compute it by Cockcroft-Gault)"});
}

TEST_CASE("events: present, absent, no record, windowed", "[evaluator][events]") {
  const Tree hiv = leaf(HasEvent{"hiv", std::nullopt});
  CHECK(value_of(hiv, RecordBuilder().event("hiv", true, "2020-01-01").build()) ==
        engine::Tri::met);
  CHECK(value_of(hiv, RecordBuilder().event("hiv", true, nullptr).build()) == engine::Tri::met);
  CHECK(value_of(hiv, RecordBuilder().event("hiv", false, "2026-01-01").build()) ==
        engine::Tri::not_met);
  const auto none = one(hiv, RecordBuilder().build());
  CHECK(none->root().value == engine::Tri::not_met);
  CHECK(none->explain_root() == "no record of hiv (assumed absent): not met");
  // Present and absent on one date.
  CHECK(value_of(hiv, RecordBuilder()
                          .event("hiv", true, "2026-01-01")
                          .event("hiv", false, "2026-01-01")
                          .build()) == engine::Tri::unknown);

  const Tree mi = leaf(HasEvent{"myocardial_infarction", Duration{6, TimeUnit::months}});
  CHECK(value_of(mi, RecordBuilder().event("myocardial_infarction", true, "2026-05-20").build()) ==
        engine::Tri::met);
  const auto outside =
      one(mi, RecordBuilder().event("myocardial_infarction", true, "2026-05-19").build());
  CHECK(outside->root().value == engine::Tri::not_met);
  CHECK_THAT(outside->explain_root(), Contains("is outside the window"));
  const auto undated =
      one(mi, RecordBuilder().event("myocardial_infarction", true, nullptr).build());
  CHECK(undated->root().value == engine::Tri::unknown);
  CHECK(undated->to_decide() == std::vector<std::string>{"myocardial_infarction with its date"});
  // A record after the reference date is ignored.
  CHECK(value_of(mi, RecordBuilder().event("myocardial_infarction", true, "2026-12-01").build()) ==
        engine::Tri::not_met);
}

TEST_CASE("time since an event, on the calendar", "[evaluator][events]") {
  const Tree asct = leaf(TimeSince{"asct", Op::ge, Duration{6, TimeUnit::months}});
  CHECK(value_of(asct, RecordBuilder().event("asct", true, "2026-05-20").build()) ==
        engine::Tri::met);
  CHECK(value_of(asct, RecordBuilder().event("asct", true, "2026-05-21").build()) ==
        engine::Tri::not_met);
  // The latest record counts.
  CHECK(value_of(asct, RecordBuilder()
                           .event("asct", true, "2020-01-01")
                           .event("asct", true, "2026-10-01")
                           .build()) == engine::Tri::not_met);
  const auto none = one(asct, RecordBuilder().build());
  CHECK(none->root().value == engine::Tri::unknown);
  CHECK(none->explain_root() == "no record of asct: unknown");
  CHECK(value_of(asct, RecordBuilder().event("asct", true, nullptr).build()) ==
        engine::Tri::unknown);
  // Month ends clamp: 2026-08-31 + 3 months is 2026-11-30.
  const Tree three = leaf(TimeSince{"asct", Op::ge, Duration{3, TimeUnit::months}});
  CHECK(value_of(three, RecordBuilder().event("asct", true, "2026-08-31").build(), "2026-11-29") ==
        engine::Tri::not_met);
  CHECK(value_of(three, RecordBuilder().event("asct", true, "2026-08-31").build(), "2026-11-30") ==
        engine::Tri::met);
}

TEST_CASE("Kleene logic in trees, and what an unknown needs", "[evaluator][logic]") {
  const auto r = RecordBuilder().obs("anc", 1.5, "10^9/L", "2026-11-10").build();
  // total_bilirubin <= 3 mg/dL or (has gilbert_syndrome and direct_bilirubin <= 5 mg/dL)
  Tree bili;
  const NodeId total = bili.add(compare("total_bilirubin", Op::le, 3, "mg/dL"));
  const NodeId gilbert = bili.add(HasEvent{"gilbert_syndrome", std::nullopt});
  const NodeId direct = bili.add(compare("direct_bilirubin", Op::le, 5, "mg/dL"));
  const NodeId both = bili.add(And{{gilbert, direct}});
  bili.root = bili.add(Or{{total, both}});
  // No bilirubin at all: the And is not met (no Gilbert record), the Or unknown.
  const auto p = one(bili, r);
  CHECK(p->root().value == engine::Tri::unknown);
  CHECK(p->to_decide() == std::vector<std::string>{"total_bilirubin within 28 days of 2026-11-20"});
  // Gilbert recorded: both bilirubins would decide.
  const auto g = one(bili, RecordBuilder().event("gilbert_syndrome", true, "2010-01-01").build());
  CHECK(g->to_decide() ==
        std::vector<std::string>{"total_bilirubin within 28 days of 2026-11-20",
                                 "direct_bilirubin within 28 days of 2026-11-20"});
  // Met through the second branch.
  const auto m = one(bili, RecordBuilder()
                               .event("gilbert_syndrome", true, "2010-01-01")
                               .obs("total_bilirubin", 4, "mg/dL", "2026-11-10")
                               .obs("direct_bilirubin", 1, "mg/dL", "2026-11-10")
                               .build());
  CHECK(m->root().value == engine::Tri::met);
  CHECK(m->to_decide().empty());

  const Tree at_least = combine(AtLeast{2, {}}, {compare("anc", Op::ge, 1, "10^9/L"),
                                                 compare("platelets", Op::ge, 100, "10^9/L"),
                                                 compare("hemoglobin", Op::ge, 10, "g/dL")});
  CHECK(value_of(at_least, r) == engine::Tri::unknown);
}

TEST_CASE("manual leaves: unknown, flagged manual unless data is also missing",
          "[evaluator][manual]") {
  const auto r = RecordBuilder().obs("anc", 1.5, "10^9/L", "2026-11-10").build();
  const Manual consent{"Capable of giving consent", "no measurable content"};
  const auto alone = one(leaf(consent), r);
  CHECK(alone->root().value == engine::Tri::unknown);
  CHECK(alone->root().manual_only);
  CHECK(alone->verdict.criteria[0].result == engine::CriterionResult::manual);
  const auto with_met = one(combine(And{}, {consent, compare("anc", Op::ge, 1, "10^9/L")}), r);
  CHECK(with_met->root().manual_only);
  const auto with_failed = one(combine(And{}, {consent, compare("anc", Op::ge, 2, "10^9/L")}), r);
  CHECK(with_failed->root().value == engine::Tri::not_met);
  const auto with_missing =
      one(combine(And{}, {consent, compare("platelets", Op::ge, 100, "10^9/L")}), r);
  CHECK(with_missing->root().value == engine::Tri::unknown);
  CHECK_FALSE(with_missing->root().manual_only);
  CHECK(with_missing->verdict.criteria[0].result == engine::CriterionResult::unknown);
}

TEST_CASE("a malformed tree is unknown, not a crash", "[evaluator]") {
  Tree cyclic;
  cyclic.add(Not{0});
  cyclic.root = 0;
  const auto p = one(cyclic, RecordBuilder().build());
  CHECK(p->verdict.criteria[0].result == engine::CriterionResult::unknown);
  Tree dangling;
  dangling.root = dangling.add(And{{7}});
  CHECK(one(dangling, RecordBuilder().build())->verdict.kind == engine::VerdictKind::undetermined);
}

TEST_CASE("a view is reused across patients", "[evaluator][view]") {
  const Trial t = trial_of(
      {criterion("I1", Section::inclusion, leaf(compare("platelets", Op::ge, 100, "10^9/L")))});
  const engine::PreparedTrial prepared = engine::prepare(t, Vocabulary::builtin());
  engine::PatientView view(Vocabulary::builtin());
  engine::TrialEvaluation ev;
  const auto a = with_obs("platelets", 150, "10^9/L");
  const auto b = with_obs("platelets", 50, "10^9/L");
  const auto c = RecordBuilder().build();
  view.assign(a);
  engine::evaluate(prepared, view, day("2026-11-20"), ev);
  CHECK(ev.outcome(0, 0).value == engine::Tri::met);
  view.assign(b);
  engine::evaluate(prepared, view, day("2026-11-20"), ev);
  CHECK(ev.outcome(0, 0).value == engine::Tri::not_met);
  view.assign(c);
  engine::evaluate(prepared, view, day("2026-11-20"), ev);
  CHECK(ev.outcome(0, 0).value == engine::Tri::unknown);
}

TEST_CASE("the explanations documented in docs/evaluation.md", "[evaluator][explain][docs]") {
  const auto crcl = one(leaf(compare("creatinine_clearance", Op::ge, 60, "mL/min")),
                        RecordBuilder()
                            .born("1966-05-01")
                            .sex(patients::Sex::female)
                            .obs("weight", 70, "kg", "2026-11-01")
                            .obs("creatinine", 1.2, "mg/dL", "2026-11-10")
                            .build());
  CHECK(crcl->explain_root() ==
        "no creatinine_clearance measured; computed by Cockcroft-Gault from age 60 (birth_date "
        "1966-05-01), weight 70 kg on 2026-11-01 (labs.csv:4), sex female, creatinine 1.2 mg/dL "
        "on 2026-11-10 (labs.csv:5): creatinine_clearance 55.0926 mL/min >= 60 mL/min: not met");
  RecordBuilder asct;
  for (int i = 0; i < 9; ++i) asct.line++;
  asct.event("asct", true, "2026-03-01");
  const auto since =
      one(leaf(TimeSince{"asct", Op::lt, Duration{6, TimeUnit::months}}), asct.build());
  CHECK(since->explain_root() ==
        "latest asct 2026-03-01 (labs.csv:11), 8 months (264 days) before 2026-11-20; time since "
        "< 6 months: not met");
  const auto creatinine = one(leaf(compare("creatinine", Op::le, 1.5, "mg/dL")),
                              with_obs("creatinine", 132.6, "umol/L"));
  CHECK(creatinine->explain_root() ==
        "creatinine 132.6 umol/L on 2026-11-10 (labs.csv:2) = 1.49997 mg/dL (molar mass 113.12 "
        "g/mol) <= 1.5 mg/dL: met");
}

TEST_CASE("a very deep tree is refused as unknown, without exhausting the stack", "[evaluator]") {
  Tree deep;
  NodeId id = deep.add(compare("anc", Op::ge, 1, "10^9/L"));
  for (int i = 0; i < 100000; ++i) id = deep.add(Not{id});
  deep.root = id;
  const auto p = one(deep, RecordBuilder().obs("anc", 1.5, "10^9/L", "2026-11-10").build());
  CHECK(p->verdict.criteria[0].result == engine::CriterionResult::unknown);
  CHECK(p->to_decide() ==
        std::vector<std::string>{
            "a corrected criterion (an unknown item or unit, or a malformed tree)"});
}

TEST_CASE("ranges with relative ends, sets in another unit, event conflicts in time since",
          "[evaluator]") {
  // calcium in [LLN, ULN] with the record's range in mmol/L and the value in mg/dL.
  const Tree normal = leaf(Range{"calcium", relative(Reference::lln, RefMode::times, 1), true,
                                 relative(Reference::uln, RefMode::times, 1), true});
  CHECK(value_of(normal,
                 RecordBuilder().obs("calcium", 2.4, "mmol/L", "2026-11-10", 2.2, 2.6).build()) ==
        engine::Tri::met);
  CHECK(value_of(normal,
                 RecordBuilder().obs("calcium", 2.7, "mmol/L", "2026-11-10", 2.2, 2.6).build()) ==
        engine::Tri::not_met);
  // The vocabulary's 8.5 - 10.5 mg/dL when the record has none: 2.4 mmol/L = 9.62 mg/dL.
  CHECK(value_of(normal, with_obs("calcium", 2.4, "mmol/L")) == engine::Tri::met);
  // A set of values in g/L, the value in g/dL.
  const Tree set = leaf(InSet{"albumin", {35, 40}, "g/L"});
  CHECK(value_of(set, with_obs("albumin", 3.5, "g/dL")) == engine::Tri::met);
  CHECK(value_of(set, with_obs("albumin", 3.6, "g/dL")) == engine::Tri::not_met);
  // ASCT recorded present and absent on the same day.
  const Tree since = leaf(TimeSince{"asct", Op::ge, Duration{6, TimeUnit::months}});
  const auto conflict = one(
      since,
      RecordBuilder().event("asct", true, "2026-01-01").event("asct", false, "2026-01-01").build());
  CHECK(conflict->root().value == engine::Tri::unknown);
  CHECK_THAT(conflict->to_decide().at(0), Contains("one value of asct for 2026-01-01"));
}

TEST_CASE("the facts used, once each, with derived inputs", "[evaluator][explain]") {
  Trial t = trial_of({
      criterion("I1", Section::inclusion, leaf(compare("anc", Op::ge, 1000, "/uL"))),
      criterion("I2", Section::inclusion, leaf(compare("anc", Op::ge, 1, "10^9/L"))),
      criterion("I3", Section::inclusion, leaf(compare("egfr", Op::ge, 30, "mL/min/1.73m2"))),
  });
  const Pair p(t,
               RecordBuilder()
                   .born("1960-01-01")
                   .sex(patients::Sex::male)
                   .obs("anc", 1.5, "10^9/L", "2026-11-10")
                   .obs("creatinine", 1.1, "mg/dL", "2026-11-10")
                   .build(),
               day("2026-11-20"));
  const std::vector<engine::UsedFact> facts = engine::used_facts(p.evaluation);
  REQUIRE(facts.size() == 2);
  CHECK(p.view.observation(facts[0].observation).observation->item == "anc");
  CHECK(facts[0].converted == "1500 /uL");
  CHECK(p.view.observation(facts[1].observation).observation->item == "creatinine");
}

TEST_CASE("negative and absurd values are unknown, not compared", "[evaluator][plausible]") {
  const Tree t = leaf(compare("platelets", Op::ge, 100, "10^9/L"));
  // 10^12 /uL is 10^21 per litre.
  const auto absurd = one(t, with_obs("platelets", 1e12, "/uL"));
  CHECK(absurd->root().value == engine::Tri::unknown);
  CHECK(absurd->explain_root() ==
        "platelets 1e+12 /uL on 2026-11-10 (labs.csv:2): not a plausible value (outside 0 to "
        "5000 10^9/L): unknown");
  CHECK(absurd->to_decide() ==
        std::vector<std::string>{
            "platelets of 2026-11-10 (the recorded value is not plausible: check it)"});
  CHECK(value_of(t, with_obs("platelets", -5, "10^9/L")) == engine::Tri::unknown);
  CHECK(value_of(leaf(compare("bmpc_percent", Op::ge, 60, "%")),
                 with_obs("bmpc_percent", 120, "%")) == engine::Tri::unknown);
  // Large but possible values still count.
  CHECK(value_of(t, with_obs("platelets", 1500, "10^9/L")) == engine::Tri::met);
  CHECK(value_of(leaf(compare("flc_ratio", Op::ge, 100, "")), with_obs("flc_ratio", 5000, "")) ==
        engine::Tri::met);
  CHECK(engine::plausible(0, Unit{"%", Dimension::fraction, 1}));
  CHECK_FALSE(engine::plausible(100.5, Unit{"%", Dimension::fraction, 1}));
}
