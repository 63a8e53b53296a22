// Refused rows (docs/evaluation.md): a row the reader refused stays on the patient's
// record as the item it named, and nothing it may hold is assumed: no event absent, no
// measure taken from an older value or derived in its place. The long reader attributes
// a row refused before its id was read whole to the patient of the row before it.
#include <catch2/catch.hpp>

#include "engine/record_resolver.hpp"
#include "evaluation_helpers.hpp"
#include "patients/read_patients.hpp"

using namespace eligo;
using namespace eligo::test;
using Catch::Matchers::Contains;

namespace {

patients::PatientRecord with_refused(RecordBuilder r, std::string item,
                                     const char* date = nullptr) {
  patients::PatientRecord record = r.build();
  patients::RefusedRow row;
  row.item = std::move(item);
  if (date != nullptr) row.date = day(date);
  row.source = patients::SourceLocation{"labs.csv", 7};
  record.refused.push_back(row);
  return record;
}

}  // namespace

TEST_CASE("refused rows: no event is assumed absent that a refused row may hold",
          "[refused][events]") {
  const auto asct =
      one(leaf(HasEvent{"asct", std::nullopt}), with_refused(RecordBuilder(), "asct"));
  CHECK(asct->root().value == engine::Tri::unknown);
  CHECK_THAT(asct->explain_root(),
             Contains("no record of asct, but a row of this patient's was refused (labs.csv:7) "
                      "(asct) and may hold it"));
  CHECK(asct->to_decide() ==
        std::vector<std::string>{"asct (the refused row labs.csv:7, corrected)"});
  // A row whose item could not be read may hold any event.
  CHECK(one(leaf(HasEvent{"hiv", std::nullopt}), with_refused(RecordBuilder(), ""))->root().value ==
        engine::Tri::unknown);
  // A refused row of another item says nothing of this one.
  CHECK(one(leaf(HasEvent{"hiv", std::nullopt}), with_refused(RecordBuilder(), "platelets"))
            ->root()
            .value == engine::Tri::not_met);
  // An explicit absence still decides; a present record still decides.
  RecordBuilder no_hiv;
  no_hiv.event("hiv", false, "2026-11-01");
  CHECK(one(leaf(HasEvent{"hiv", std::nullopt}), with_refused(no_hiv, ""))->root().value ==
        engine::Tri::not_met);
  RecordBuilder has_hiv;
  has_hiv.event("hiv", true, "2020-01-01");
  CHECK(one(leaf(HasEvent{"hiv", std::nullopt}), with_refused(has_hiv, ""))->root().value ==
        engine::Tri::met);
}

TEST_CASE("refused rows: a measure is not taken from an older value or derived in its place",
          "[refused][measures]") {
  RecordBuilder r;
  r.obs("platelets", 180, "10^9/L", "2026-11-10");
  const Tree platelets = leaf(compare("platelets", Op::ge, 50, "10^9/L"));
  // Refused on a later date, or undated: it may be the latest value.
  CHECK(one(platelets, with_refused(r, "platelets", "2026-11-15"))->root().value ==
        engine::Tri::unknown);
  CHECK(one(platelets, with_refused(r, "platelets"))->root().value == engine::Tri::unknown);
  // Refused before the value used: the value decides.
  CHECK(one(platelets, with_refused(r, "platelets", "2026-10-01"))->root().value ==
        engine::Tri::met);
  // No eGFR on record but a refused eGFR row: not computed from creatinine instead.
  RecordBuilder renal;
  renal.born("1960-01-01").sex(patients::Sex::female).obs("creatinine", 0.8, "mg/dL", "2026-11-10");
  const Tree egfr = leaf(compare("egfr", Op::ge, 40, "mL/min/1.73m2"));
  CHECK(one(egfr, renal.build())->root().value == engine::Tri::met);  // derived by CKD-EPI
  const auto refused = one(egfr, with_refused(renal, "egfr"));
  CHECK(refused->root().value == engine::Tri::unknown);
  CHECK(refused->to_decide() ==
        std::vector<std::string>{
            "egfr within 28 days of 2026-11-20 (the refused row labs.csv:7, corrected)"});
}

TEST_CASE("refused rows: the long reader keeps them on the patient's record", "[refused][csv]") {
  patients::ReadOptions options;
  options.resolver = engine::make_record_resolver();
  const patients::PatientFile file = patients::read_patients_text(
      "patient_id,item,value,unit,date\n"
      "P1,anc,1.5,10^9/L,2026-11-10\n"
      "P1,platelets,150,mg/dL,2026-11-10\n"  // unfit unit: platelets refused
      "P1,asct,yes,,2026-13-01\n"            // bad date: asct refused, no date
      "P1,asc\n"                             // half row of P1: no item readable
      "P1,nonsense_item,1,,2026-11-10\n"     // unknown item: no item readable
      "P2,anc,2.0,10^9/L,2026-11-10\n"
      "P9,x\n",  // half row of another patient: not P2's
      "labs.csv", options);
  REQUIRE(file.patients.size() == 2);
  const auto& p1 = file.patients[0].refused;
  REQUIRE(p1.size() == 4);
  CHECK(p1[0].item == "platelets");
  CHECK_FALSE(p1[0].date);  // refused before its date was read: taken as possibly the latest
  CHECK(p1[0].source.line == 3);
  CHECK(p1[1].item == "asct");
  CHECK_FALSE(p1[1].date);
  CHECK(p1[2].item.empty());
  CHECK(p1[2].source.line == 5);
  CHECK(p1[3].item.empty());
  CHECK(file.patients[1].refused.empty());
}

TEST_CASE("refused rows: a history leaf does not skip a refused row that may be one of its values",
          "[refused][history]") {
  RecordBuilder r;
  r.obs("serum_m_protein", 1.0, "g/dL", "2026-03-01")
      .obs("serum_m_protein", 0.8, "g/dL", "2026-06-01")
      .obs("serum_m_protein", 1.3, "g/dL", "2026-11-10");
  Change c;
  c.measure = "serum_m_protein";
  c.from = ChangeFrom::nadir;
  c.within = Duration{12, TimeUnit::months};
  c.op = Op::ge;
  c.threshold = absolute(25, "%");
  CHECK(one(leaf(c), r.build())->root().value == engine::Tri::met);  // +62.5 %
  // A refused row in the window may be a lower nadir: unknown, naming it.
  const auto refused = one(leaf(c), with_refused(r, "serum_m_protein", "2026-08-01"));
  CHECK(refused->root().value == engine::Tri::unknown);
  CHECK_THAT(refused->explain_root(), Contains("labs.csv:7"));
  REQUIRE(refused->to_decide().size() == 1);
  CHECK_THAT(refused->to_decide()[0], Contains("the refused row labs.csv:7, corrected"));
  // One before the window says nothing of it.
  CHECK(one(leaf(c), with_refused(r, "serum_m_protein", "2025-01-01"))->root().value ==
        engine::Tri::met);

  RecordBuilder counts;
  counts.obs("platelets", 120, "10^9/L", "2026-10-01")
      .obs("platelets", 130, "10^9/L", "2026-11-01");
  CountOf n;
  n.measure = "platelets";
  n.value_op = Op::ge;
  n.value = absolute(100, "10^9/L");
  n.within = Duration{8, TimeUnit::weeks};
  n.op = Op::ge;
  n.count = 2;
  CHECK(one(leaf(n), counts.build())->root().value == engine::Tri::met);
  // At least 2, met without it: a refused row changes nothing.
  CHECK(one(leaf(n), with_refused(counts, "platelets", "2026-10-15"))->root().value ==
        engine::Tri::met);
  // At most 2: it may be a third.
  n.op = Op::le;
  CHECK(one(leaf(n), counts.build())->root().value == engine::Tri::met);
  const auto at_most = one(leaf(n), with_refused(counts, "platelets", "2026-10-15"));
  CHECK(at_most->root().value == engine::Tri::unknown);
  CHECK_THAT(at_most->explain_root(), Contains("labs.csv:7"));

  DoublingTime d;
  d.measure = "platelets";
  d.within = Duration{8, TimeUnit::weeks};
  d.op = Op::lt;
  d.amount = Duration{6, TimeUnit::months};
  CHECK(one(leaf(d), with_refused(counts, "platelets"))->root().value == engine::Tri::unknown);
}
