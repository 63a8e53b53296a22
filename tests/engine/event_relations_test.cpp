// Absent events and disease states (docs/evaluation.md): the vocabulary's is-a and
// state-of relations, and `has X` read through them. A more specific record is a record
// of X; a more general one, or a condition X is a state of, on record with no record of
// X is unknown with the question in to_decide; a sibling or nothing related is absent.
#include <algorithm>
#include <catch2/catch.hpp>
#include <stdexcept>

#include "evaluation_helpers.hpp"

using namespace eligo;
using namespace eligo::test;
using Catch::Matchers::Contains;

namespace {

const Vocabulary& vocab() { return Vocabulary::builtin(); }

std::vector<std::string> ids(std::span<const std::uint32_t> indices) {
  std::vector<std::string> out;
  for (const std::uint32_t i : indices) out.push_back(vocab().entries()[i].id);
  std::sort(out.begin(), out.end());
  return out;
}

const VocabularyEntry& entry(const char* id) { return *vocab().find(id); }

HasEvent has(std::string id, std::optional<Duration> within = std::nullopt) {
  return HasEvent{std::move(id), within};
}

Tree relapsed_or_refractory_with_lines() {
  Tree t;
  const NodeId a = t.add(has("relapsed_multiple_myeloma"));
  const NodeId b = t.add(has("refractory_multiple_myeloma"));
  const NodeId either = t.add(Or{{a, b}});
  const NodeId lines = t.add(compare("prior_lines", Op::ge, 1, ""));
  t.root = t.add(And{{either, lines}});
  return t;
}

}  // namespace

TEST_CASE("relations: ancestors, descendants and contexts of the built-in vocabulary",
          "[relations]") {
  CHECK(ids(vocab().ancestors(entry("relapsed_multiple_myeloma"))) ==
        std::vector<std::string>{"multiple_myeloma", "plasma_cell_neoplasm"});
  const auto below_cd38 = ids(vocab().descendants(entry("anti_cd38")));
  CHECK(below_cd38 == std::vector<std::string>{"daratumumab", "isatuximab"});
  CHECK(ids(vocab().descendants(entry("diabetes"))) ==
        std::vector<std::string>{"type_1_diabetes", "type_2_diabetes"});
  CHECK(ids(vocab().ancestors(entry("metastatic_breast_cancer"))) ==
        std::vector<std::string>{"breast_cancer", "malignant_neoplasm"});
  // A state's contexts: the condition it is a state of and that condition's other states.
  CHECK(ids(vocab().contexts(entry("partial_response"))) ==
        std::vector<std::string>{"measurable_disease", "multiple_myeloma",
                                 "refractory_multiple_myeloma", "relapsed_multiple_myeloma"});
  CHECK(ids(vocab().contexts(entry("relapsed_multiple_myeloma"))) ==
        std::vector<std::string>{"measurable_disease", "multiple_myeloma", "partial_response",
                                 "plasma_cell_neoplasm", "refractory_multiple_myeloma"});
  // A sibling is no context: a relapsed record says nothing of smoldering myeloma.
  CHECK(ids(vocab().contexts(entry("smoldering_myeloma"))) ==
        std::vector<std::string>{"plasma_cell_neoplasm"});
  CHECK(entry("relapsed_multiple_myeloma").seldom_coded);
  CHECK_FALSE(entry("multiple_myeloma").seldom_coded);
  CHECK(vocab().ancestors(entry("hiv")).empty());
  CHECK(vocab().contexts(entry("hiv")).empty());
}

TEST_CASE("relations: an unknown id or a cycle is a faulty vocabulary", "[relations]") {
  auto event = [](std::string id, std::vector<std::string> is_a) {
    VocabularyEntry e;
    e.id = std::move(id);
    e.kind = ItemKind::condition;
    e.is_a = std::move(is_a);
    return e;
  };
  CHECK_THROWS_WITH(Vocabulary({event("a", {"nowhere"})}), Contains("unknown item nowhere"));
  CHECK_THROWS_WITH(Vocabulary({event("a", {"b"}), event("b", {"a"})}), Contains("cycle"));
  CHECK_NOTHROW(Vocabulary({event("a", {"b"}), event("b", {})}));
}

TEST_CASE("has X: a more specific record is a record of X", "[relations][events]") {
  RecordBuilder r;
  r.event("relapsed_multiple_myeloma", true, "2026-08-20")
      .event("dexamethasone", true, "2026-10-01");
  const auto mm = one(leaf(has("multiple_myeloma")), r.build());
  CHECK(mm->root().value == engine::Tri::met);
  CHECK_THAT(
      mm->explain_root(),
      Contains("multiple_myeloma recorded present (as relapsed_multiple_myeloma) on 2026-08-20"));
  CHECK(one(leaf(has("corticosteroids")), r.build())->root().value == engine::Tri::met);
  CHECK(one(leaf(has("plasma_cell_neoplasm")), r.build())->root().value == engine::Tri::met);
  // Within a window: the more specific record's date counts.
  const Duration six_months{6, TimeUnit::months};
  CHECK(one(leaf(has("multiple_myeloma", six_months)), r.build())->root().value ==
        engine::Tri::met);
  RecordBuilder old;
  old.event("relapsed_multiple_myeloma", true, "2020-01-01");
  CHECK(one(leaf(has("multiple_myeloma", six_months)), old.build())->root().value ==
        engine::Tri::not_met);
}

TEST_CASE("has X: a more general record, or X's condition, on record is unknown with the question",
          "[relations][events]") {
  RecordBuilder r;
  r.event("multiple_myeloma", true, "2019-05-02");
  const auto relapsed = one(leaf(has("relapsed_multiple_myeloma")), r.build());
  CHECK(relapsed->root().value == engine::Tri::unknown);
  CHECK(relapsed->root().finding == engine::Finding::event_context);
  CHECK_THAT(relapsed->explain_root(),
             Contains("no record of relapsed_multiple_myeloma, but multiple_myeloma is recorded "
                      "present on 2019-05-02 (labs.csv:2); is it relapsed multiple myeloma?: "
                      "unknown"));
  CHECK(relapsed->to_decide() ==
        std::vector<std::string>{"multiple myeloma is recorded; is it relapsed multiple myeloma?"});
  // A state of the condition: partial response of multiple myeloma.
  CHECK(one(leaf(has("partial_response")), r.build())->root().value == engine::Tri::unknown);
  // A seldom-coded state implies its condition: refractory on record, relapsed unknown.
  RecordBuilder refractory;
  refractory.event("refractory_multiple_myeloma", true, "2026-01-10");
  CHECK(one(leaf(has("relapsed_multiple_myeloma")), refractory.build())->root().value ==
        engine::Tri::unknown);
  // diabetes on record: which type was not recorded.
  RecordBuilder diabetes;
  diabetes.event("diabetes", true, "2015-01-01");
  CHECK(one(leaf(has("type_2_diabetes")), diabetes.build())->root().value == engine::Tri::unknown);
}

TEST_CASE("has X: nothing related, a sibling, or an explicit absence is not met",
          "[relations][events]") {
  CHECK(one(leaf(has("relapsed_multiple_myeloma")), RecordBuilder().build())->root().value ==
        engine::Tri::not_met);
  RecordBuilder smm;
  smm.event("smoldering_myeloma", true, "2025-09-15");
  CHECK(one(leaf(has("relapsed_multiple_myeloma")), smm.build())->root().value ==
        engine::Tri::not_met);
  CHECK(one(leaf(has("multiple_myeloma")), smm.build())->root().value == engine::Tri::not_met);
  RecordBuilder type1;
  type1.event("type_1_diabetes", true, "2001-01-01");
  CHECK(one(leaf(has("type_2_diabetes")), type1.build())->root().value == engine::Tri::not_met);
  CHECK(one(leaf(has("diabetes")), type1.build())->root().value == engine::Tri::met);
  // The record answers the question: relapsed explicitly absent.
  RecordBuilder answered;
  answered.event("multiple_myeloma", true, "2019-05-02")
      .event("relapsed_multiple_myeloma", false, "2026-11-01");
  CHECK(one(leaf(has("relapsed_multiple_myeloma")), answered.build())->root().value ==
        engine::Tri::not_met);
  // A more general item recorded absent rules out the more specific one.
  RecordBuilder no_mm;
  no_mm.event("multiple_myeloma", false, "2026-11-01");
  const auto ruled_out = one(leaf(has("relapsed_multiple_myeloma")), no_mm.build());
  CHECK(ruled_out->root().value == engine::Tri::not_met);
  CHECK_THAT(ruled_out->explain_root(), Contains("recorded absent (as multiple_myeloma)"));
  // A context dated after the reference date is ignored.
  RecordBuilder later;
  later.event("multiple_myeloma", true, "2026-12-24");
  CHECK(one(leaf(has("relapsed_multiple_myeloma")), later.build())->root().value ==
        engine::Tri::not_met);
}

TEST_CASE("disease states: NCT04883242 I1 for a myeloma patient without the state is undetermined",
          "[relations][verdict]") {
  RecordBuilder mm;
  mm.event("multiple_myeloma", true, "2019-05-02").obs("prior_lines", 2, "", "2026-10-01");
  const auto p = one(relapsed_or_refractory_with_lines(), mm.build());
  CHECK(p->verdict.kind == engine::VerdictKind::undetermined);
  CHECK(p->to_decide() ==
        std::vector<std::string>{"multiple myeloma is recorded; is it relapsed multiple myeloma or "
                                 "refractory multiple myeloma?"});
  RecordBuilder none;
  none.obs("prior_lines", 2, "", "2026-10-01");
  CHECK(one(relapsed_or_refractory_with_lines(), none.build())->verdict.kind ==
        engine::VerdictKind::ineligible);
  // Exclusions alike: refractory myeloma excluded, myeloma on record: undetermined.
  const Pair excluded(
      trial_of({criterion("E1", Section::exclusion, leaf(has("refractory_multiple_myeloma")))}),
      mm.build(), day("2026-11-20"));
  CHECK(excluded.verdict.kind == engine::VerdictKind::undetermined);
}

TEST_CASE("has X: the relations of issue 13 as has reads them", "[relations][events]") {
  // A drug on record is a record of its class; a class with no member on record is absent.
  RecordBuilder apixaban;
  apixaban.event("apixaban", true, "2026-10-01");
  CHECK(one(leaf(has("anticoagulant")), apixaban.build())->root().value == engine::Tri::met);
  CHECK(one(leaf(has("antiplatelet")), apixaban.build())->root().value == engine::Tri::not_met);
  // Hypertension on record leaves "uncontrolled" open: unknown with the question.
  RecordBuilder htn;
  htn.event("hypertension", true, "2018-03-01");
  const auto uncontrolled = one(leaf(has("uncontrolled_hypertension")), htn.build());
  CHECK(uncontrolled->root().value == engine::Tri::unknown);
  CHECK(uncontrolled->to_decide() ==
        std::vector<std::string>{"hypertension is recorded; is it uncontrolled hypertension?"});
  // A sibling kind says nothing of the state: atrial fibrillation is no uncontrolled
  // arrhythmia on record, but it is an arrhythmia.
  RecordBuilder af;
  af.event("atrial_fibrillation", true, "2024-02-01");
  CHECK(one(leaf(has("uncontrolled_arrhythmia")), af.build())->root().value ==
        engine::Tri::not_met);
  CHECK(one(leaf(has("arrhythmia")), af.build())->root().value == engine::Tri::met);
  // A TIA is no stroke; an ischaemic stroke is one.
  RecordBuilder tia;
  tia.event("transient_ischemic_attack", true, "2026-09-01");
  CHECK(one(leaf(has("stroke")), tia.build())->root().value == engine::Tri::not_met);
  RecordBuilder ischemic;
  ischemic.event("ischemic_stroke", true, "2026-09-01");
  CHECK(one(leaf(has("stroke", Duration{6, TimeUnit::months})), ischemic.build())->root().value ==
        engine::Tri::met);
  // An autologous transplant is a stem cell transplant; months_since reads its own rows.
  RecordBuilder asct;
  asct.event("asct", true, "2025-01-15");
  CHECK(one(leaf(has("hematopoietic_stem_cell_transplant")), asct.build())->root().value ==
        engine::Tri::met);
  // Brain metastases on record: "active" is open; CNS involvement is met.
  RecordBuilder mets;
  mets.event("brain_metastases", true, "2026-06-01");
  CHECK(one(leaf(has("active_brain_metastases")), mets.build())->root().value ==
        engine::Tri::unknown);
  CHECK(one(leaf(has("cns_involvement")), mets.build())->root().value == engine::Tri::met);
}
