// A waiver depends on the section: "S unless E" (or "S except in patients with E") is
// `S or has E` in an inclusion criterion and `S and not has E` in an exclusion
// criterion. An alternative threshold reads the same in both: the stricter one holds
// only where the other does. A threshold for an age applies to those ages only.
#include "prose_test_support.hpp"

namespace eligo::prose_test {
namespace {

struct SectionCase {
  std::string text;
  Section section;
  std::string rule;
};

const std::vector<SectionCase> kSectionCases = {
    {"Bilirubin > 1.5 x upper limit of normal except for patients with Gilbert's syndrome",
     Section::exclusion, "total_bilirubin > 1.5 x ULN and not has gilbert_syndrome"},
    {"Bilirubin > 1.5 x upper limit of normal except for patients with Gilbert's syndrome",
     Section::inclusion, "total_bilirubin > 1.5 x ULN or has gilbert_syndrome"},
    {"Total bilirubin > 1.5 x ULN unless due to Gilbert's syndrome", Section::exclusion,
     "total_bilirubin > 1.5 x ULN and not has gilbert_syndrome"},
    {"ALT > 2.5 x ULN (> 5 x ULN if liver metastases)", Section::exclusion,
     "alt > 5 x ULN or not has liver_metastases and alt > 2.5 x ULN"},
    {"ALT > 2.5 x ULN (> 5 x ULN if liver metastases)", Section::inclusion,
     "alt > 5 x ULN or not has liver_metastases and alt > 2.5 x ULN"},
    {"Hemoglobin ≥ 9 g/dL (≥ 10 g/dL if transfusion dependent)", Section::inclusion,
     "hemoglobin >= 10 g/dL or not manual \"transfusion dependent\" because \"not understood\" "
     "and hemoglobin >= 9 g/dL"},
    {"QTcF > 470 ms unless a pacemaker is present", Section::exclusion,
     "qtcf > 470 ms and not has pacemaker"},
    {"QTcF > 470 ms unless tumour burden is high", Section::exclusion,
     "qtcf > 470 ms and not manual \"tumour burden is high\" because \"not understood\""},
    {"ALT ≤ 2.5 × ULN (≤ 5 × ULN if liver metastases)", Section::exclusion,
     "alt <= 2.5 x ULN or has liver_metastases and alt <= 5 x ULN"},
    // A threshold for an age: the others are not held to it when including, and are not
    // excluded by it when excluding.
    {"Karnofsky ≥ 50% for patients who are > 16 years old", Section::inclusion,
     "not age > 16 years or karnofsky >= 50"},
    {"Karnofsky < 50% for patients who are > 16 years old", Section::exclusion,
     "age > 16 years and karnofsky < 50"},
};

}  // namespace

TEST_CASE("prose: a waiver reads by the section, an alternative threshold does not",
          "[prose][sections]") {
  for (const auto& c : kSectionCases) {
    INFO(c.text << " (" << to_string(c.section) << ")");
    const grammar::ProseCompile r =
        grammar::compile_prose(c.text, Vocabulary::builtin(), {}, c.section);
    CHECK(print(r.tree) == c.rule);
  }
}

TEST_CASE("prose: a threshold for some ages next to the same measure's own stays partial",
          "[prose][sections]") {
  // The second may relax the first for those patients, which AND cannot say.
  const std::string text = "ECOG 0-1. ECOG 0-2 for patients ≥ 70 years";
  const grammar::ProseCompile r = grammar::compile_prose(text);
  CHECK(r.coverage == Coverage::partial);
  const auto uncovered = uncovered_texts(r, text);
  CHECK(uncovered == std::vector<std::string>{"ECOG 0-2 for patients ≥ 70 years"});
  const grammar::ProseCompile pair = grammar::compile_prose(
      "Karnofsky ≥ 50 for patients > 16 years; Lansky ≥ 50 for patients ≤ 16 years");
  CHECK(pair.coverage == Coverage::full);
}

}  // namespace eligo::prose_test
