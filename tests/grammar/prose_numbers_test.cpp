// Numbers that are not thresholds never become thresholds: grading-scale versions, page
// markers, dates, trial and registry numbers, immunoglobulin classes, counts of
// contraceptive methods, durations of a requirement, days and cycles, guideline years.
// They are covered noise or uncovered text, never a comparison.
#include "prose_test_support.hpp"

namespace eligo::prose_test {
namespace {

// Texts with no threshold at all.
const std::vector<Case> kNotThresholds = {
    {R"~(Grade 3 or higher by NCI-CTCAE Version 5.0)~", none, R"~()~", {}},
    {R"~(Page 48 of 72)~", none, R"~()~", {}},
    {R"~(Enrolled after January 1, 2020)~", none, R"~()~", {}},
    {R"~(Participation in NCT04270409 or EudraCT 2019-001234-56)~", none, R"~()~", {}},
    {R"~(IgG or IgA)~", none, R"~()~", {}},
    {R"~(Must agree to use 2 effective forms of contraception)~", none, R"~()~", {}},
    {R"~(Contraception for 6 months after discontinuation of study treatment)~", none, R"~()~", {}},
    {R"~(21 days)~", none, R"~()~", {}},
    {R"~(Day 1 of Cycle 1)~", none, R"~()~", {}},
    {R"~(IMWG 2014 criteria)~", none, R"~()~", {}},
    {R"~(FLC assay (Freelite))~", none, R"~()~", {}},
    {R"~(Subjects must be registered in EudraCT number 2019-001234-56)~", none, R"~()~", {}},
    {R"~(Version 2.1 dated 12 March 2021)~", none, R"~()~", {}},
    {R"~(Response per IMWG 2014 criteria, confirmed on Day 1 of Cycle 2)~", none, R"~()~", {}},
    {R"~(IgG kappa or IgA lambda myeloma)~",
     partial,
     R"~(has multiple_myeloma)~",
     {R"~(IgG kappa or IgA lambda)~"}},
    {R"~(Treated for 21 days in each 28-day cycle)~", none, R"~()~", {}},
};

// Texts whose one threshold compiles while the other numbers stay out of the tree.
const std::vector<Case> kAmongThresholds = {
    {R"~(Hemoglobin ≥ 9 g/dL on Day 1 of Cycle 1)~", full, R"~(hemoglobin >= 9 g/dL)~", {}},
    {R"~(Platelets ≥ 75 × 10^9/L Page 48 of 72)~", full, R"~(platelets >= 75 10^9/L)~", {}},
    {R"~(Serum M-protein (IgG or IgA) ≥ 3 g/dL)~",
     partial,
     R"~(serum_m_protein >= 3 g/dL)~",
     {R"~(IgG or IgA)~"}},
    {R"~(Female participants must use 2 effective forms of contraception for 6 months after discontinuation; ANC ≥ 1000/µL)~",
     partial,
     R"~(anc >= 1000 /uL)~",
     {R"~(Female participants must use 2 effective forms of contraception for 6 months after discontinuation)~"}},
    {R"~(ANC ≥ 1000/µL within 21 days before Cycle 1 Day 1)~",
     partial,
     R"~(anc >= 1000 /uL)~",
     {R"~(within 21 days before Cycle 1 Day 1)~"}},
    {R"~(Neuropathy grade 3 or higher by NCI-CTCAE version 5.0 within 14 days)~",
     none,
     R"~()~",
     {}},
    {R"~(Smoldering myeloma per IMWG 2014 criteria (NCT04270409))~",
     full,
     R"~(has smoldering_myeloma)~",
     {}},
};

}  // namespace

TEST_CASE("prose: numbers that are not thresholds", "[prose]") {
  for (const auto& c : kNotThresholds) {
    check_case(c);
    INFO(c.text);
    CHECK_FALSE(has_threshold(grammar::compile_prose(c.text).tree));
  }
}

TEST_CASE("prose: numbers that are not thresholds next to one that is", "[prose]") {
  for (const auto& c : kAmongThresholds) check_case(c);
}

}  // namespace eligo::prose_test
