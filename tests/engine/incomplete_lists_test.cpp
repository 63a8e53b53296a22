// Incomplete lists (PatientRecord::incomplete, docs/evaluation.md): when the source said
// it could not send all of a kind of facts (a CDS Hooks prefetch that failed or was
// paged), no record of such an item is unknown, never absent, and a value found may not
// be the latest; a present record in the window still decides.
#include <catch2/catch.hpp>

#include "evaluation_helpers.hpp"

using namespace eligo;
using namespace eligo::test;
using Catch::Matchers::Contains;

namespace {

patients::PatientRecord incomplete(RecordBuilder r, std::vector<ItemKind> kinds) {
  patients::PatientRecord record = r.build();
  record.incomplete = std::move(kinds);
  return record;
}

}  // namespace

TEST_CASE("incomplete lists: no record of a condition is unknown, a record still decides",
          "[incomplete][events]") {
  const auto none =
      one(leaf(HasEvent{"hiv", std::nullopt}), incomplete(RecordBuilder(), {ItemKind::condition}));
  CHECK(none->root().value == engine::Tri::unknown);
  CHECK_THAT(none->explain_root(),
             Contains("the list of conditions the source sent is incomplete"));
  CHECK(none->to_decide() ==
        std::vector<std::string>{"hiv (the whole list of conditions: the source sent part of it)"});
  // The same record, complete: absent.
  CHECK(one(leaf(HasEvent{"hiv", std::nullopt}), RecordBuilder().build())->root().value ==
        engine::Tri::not_met);
  // A present record decides whatever else may be missing.
  const auto present =
      one(leaf(HasEvent{"hiv", std::nullopt}),
          incomplete(RecordBuilder().event("hiv", true, "2020-01-01"), {ItemKind::condition}));
  CHECK(present->root().value == engine::Tri::met);
  // Another kind's list being incomplete says nothing of conditions.
  CHECK(one(leaf(HasEvent{"hiv", std::nullopt}), incomplete(RecordBuilder(), {ItemKind::therapy}))
            ->root()
            .value == engine::Tri::not_met);
}

TEST_CASE(
    "incomplete lists: a measure from an incomplete list is unknown, the latest may be missing",
    "[incomplete][measures]") {
  const auto anc =
      one(leaf(compare("anc", Op::ge, 1, "10^9/L")),
          incomplete(RecordBuilder().obs("anc", 2.0, "10^9/L", "2026-11-10"), {ItemKind::measure}));
  CHECK(anc->root().value == engine::Tri::unknown);
  CHECK_THAT(anc->explain_root(), Contains("the latest anc may be missing"));
  CHECK(
      anc->to_decide() ==
      std::vector<std::string>{"anc (the whole list of observations: the source sent part of it)"});
}
