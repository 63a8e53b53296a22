// The .criteria document reader: structure tables ({input, outline}), the two seed trials
// as files, spans of rule: lines and continued text, diagnostics, and bad input.
#include <catch2/catch.hpp>
#include <string>
#include <tao/pegtl/contrib/analyze.hpp>

#include "document_test_support.hpp"
#include "grammar/document_grammar.hpp"

using namespace eligo;
using namespace eligo::document_test;

TEST_CASE("the line grammar has no rule that can loop without consuming") {
  CHECK(tao::pegtl::analyze<grammar::document_grammar::document>(-1) == 0);
}

TEST_CASE("seed NCT04270409, verbatim from the registry page (no indentation)") {
  const auto text = read_data("NCT04270409.criteria");
  const auto doc = grammar::parse_criteria_document(text, "NCT04270409.criteria");
  CHECK(doc.header.id == "NCT04270409");
  CHECK(doc.header.title ==
        "Isatuximab in Combination With Lenalidomide and Dexamethasone in High-risk Smoldering "
        "Multiple Myeloma");
  CHECK(doc.header.min_age == "18 Years");
  CHECK(doc.header.sex == "ALL");
  CHECK(doc.has_section_headings);
  // "Evidence of any of the following ... detailed below:" then a blank line and a list
  // at the same level: its items up to the next blank line are taken as its children.
  CHECK(outline(doc) ==
        "I1 I2 I3 I4 I5 I6 I7 E1(any?: E1.1 E1.2 E1.3 E1.4 E1.5 E1.6 E1.7 E1.8 E1.9 E1.10 "
        "E1.11 E1.12) E2 E3 E4 E5 E6 E7 E8 E9");
  CHECK(count(doc, Section::inclusion) == 7);
  CHECK(count(doc, Section::exclusion) == 21);
  CHECK(item_at(doc, "I4").text == "Absolute neutrophil count (ANC) ≥1000/µL (1 × 10\\^9/L)");
  CHECK(item_at(doc, "I6").text ==
        "Total bilirubin ≤3 mg/dL (except Gilbert syndrome, in which direct bilirubin should "
        "be -≤5 mg/dL).");
  CHECK(item_at(doc, "E1.4").text == "≥ 1 bone lytic lesion");
  CHECK(item_at(doc, "E1.1").text ==
        "Increased calcium levels: Corrected serum calcium \\>1 mg/dL above the ULN or \\>11 "
        "mg/dL");
  // "Of note:" lists: notes of the criterion above, up to the first item that reads as
  // a condition rather than a permission.
  CHECK(item_at(doc, "E1.12").notes.size() == 2);
  CHECK(item_at(doc, "E2").text.rfind("Active hepatitis C virus (HCV) infection", 0) == 0);
  CHECK(item_at(doc, "E2").notes.size() == 2);
  CHECK(item_at(doc, "E3").text.rfind("Malabsorption syndrome", 0) == 0);
  CHECK(item_at(doc, "E4").combine ==
        grammar::Combine::any);  // an inline "Any of the following ...:"
  CHECK(item_at(doc, "E4").children.empty());
  REQUIRE(doc.notes.size() == 1);
  CHECK(doc.notes[0].text.rfind("The above information is not intended", 0) == 0);
  CHECK(count(doc, Severity::error) == 0);
  REQUIRE(count(doc, Severity::warning) == 1);
  CHECK(doc.diagnostics[0].span.line == item_at(doc, "E1").span.line);
  CHECK(item_at(doc, "E1").span.line == 21);
  CHECK(item_at(doc, "E1").span.column == 3);
}

TEST_CASE("seed NCT04883242, verbatim from the registry page (no indentation)") {
  const auto doc =
      grammar::parse_criteria_document(read_data("NCT04883242.criteria"), "NCT04883242");
  CHECK(doc.header.id == "NCT04883242");
  CHECK(doc.header.healthy_volunteers == "No");
  CHECK(outline(doc) ==
        "I1 I2 I3(any?: I3.1 I3.2 I3.3 I3.4 I3.5 I3.6 I3.7 I3.8 I3.9 I3.10 I3.11 I3.12 I3.13 "
        "I3.14 I3.15 I3.16 I3.17 I3.18) E1 E2 E3 E4 E5 E6 E7 E8");
  CHECK(count(doc, Section::inclusion) == 21);
  CHECK(count(doc, Section::exclusion) == 8);
  const auto& i3 = item_at(doc, "I3");
  CHECK(i3.text.substr(i3.wording_begin, i3.wording_end - i3.wording_begin) == "one or more of");
  CHECK(item_at(doc, "I1").text ==
        "Patients with relapsed or refractory multiple myeloma, with \\>= 1 prior therapy");
  CHECK(item_at(doc, "I3.1").text == "Serum M protein \\>= 0.5 g/dL");
  CHECK(item_at(doc, "I3.13").text == "Total bilirubin =\\< 2 x ULN");
  // "However, the following diagnoses are eligible ..." is an exception: a note of E4.
  REQUIRE(item_at(doc, "E4").notes.size() == 1);
  CHECK(item_at(doc, "E4").notes[0].text.rfind("However, the following diagnoses", 0) == 0);
  CHECK(item_at(doc, "E5").text.rfind("For patients with chronic hepatitis B", 0) == 0);
  CHECK(count(doc, Severity::warning) == 1);
  CHECK(count(doc, Severity::error) == 0);
}

TEST_CASE("the seeds as ClinicalTrials.gov publishes them, indented") {
  SECTION("NCT04270409") {
    const auto doc = parse(read_data("NCT04270409.indented.criteria"));
    CHECK(outline(doc) ==
          "I1 I2 I3 I4 I5 I6 I7 E1(any: E1.1 E1.2 E1.3 E1.4 E1.5 E1.6 E1.7) E2 E3 E4 E5 E6 "
          "E7 E8 E9 E10 E11 E12 E13 E14");
    CHECK(item_at(doc, "E6").notes.size() == 2);
    CHECK(item_at(doc, "E7").notes.size() == 2);
    CHECK(item_at(doc, "E1.7").text.rfind("Whole body magnetic resonance", 0) == 0);
    CHECK(count(doc, Severity::warning) == 0);
  }
  SECTION("NCT04883242") {
    const auto doc = parse(read_data("NCT04883242.indented.criteria"));
    CHECK(outline(doc) ==
          "I1 I2 I3(any: I3.1 I3.2 I3.3 I3.4 I3.5) I4 I5 I6 I7 I8 I9 I10 I11 I12 I13 I14 I15 "
          "I16 E1 E2 E3 E4 E5 E6 E7 E8");
    CHECK(item_at(doc, "I4").text.rfind("Age 18 years and older", 0) == 0);
    CHECK(item_at(doc, "E4").notes.size() == 1);
    CHECK(doc.diagnostics.empty());
  }
}

TEST_CASE("section headings in the forms registries use") {
  const std::pair<const char*, Section> table[] = {
      {"Inclusion Criteria:", Section::inclusion},
      {"Key Inclusion Criteria:", Section::inclusion},
      {"INCLUSION CRITERIA", Section::inclusion},
      {"Inclusion criteria -", Section::inclusion},
      {"Main inclusion criteria", Section::inclusion},
      {"**Inclusion Criteria:**", Section::inclusion},
      {"  Inclusion Criteria  ", Section::inclusion},
      {"Inclusion:", Section::inclusion},
      {"Exclusion Criteria:", Section::exclusion},
      {"Key Exclusion Criteria", Section::exclusion},
      {"EXCLUSION CRITERIA:", Section::exclusion},
      {"Exclusion criteria -", Section::exclusion},
      {"**Exclusion Criteria**:", Section::exclusion},
      {"Exclusion criteria \xE2\x80\x93", Section::exclusion},
      {"__Key exclusion criteria__", Section::exclusion},
      {"## Exclusion Criteria", Section::exclusion},
      {"### Inclusion Criteria:", Section::inclusion},
  };
  for (const auto& [heading, section] : table) {
    INFO(heading);
    const auto doc = parse(std::string("id: X\n\n") + heading + "\n\n* first\n");
    REQUIRE(doc.criteria.size() == 1);
    CHECK(doc.criteria[0].section == section);
    CHECK(doc.criteria[0].text == "first");
    CHECK(doc.has_section_headings);
    CHECK(doc.diagnostics.empty());
  }
  SECTION("lines that only start like a heading are text") {
    const auto doc =
        parse("id: X\n\nExclusion of patients with HIV\n\nInclusion criteria for Part A\n");
    CHECK(outline(doc) == "I1 I2");
    CHECK(doc.criteria[0].text == "Exclusion of patients with HIV");
    CHECK_FALSE(doc.has_section_headings);
  }
  SECTION("criterion text on the heading's line") {
    const auto doc = parse("id: X\nExclusion Criteria: Pregnant or breastfeeding\nwomen\n");
    REQUIRE(doc.criteria.size() == 1);
    CHECK(doc.criteria[0].id == "E1");
    CHECK(doc.criteria[0].text == "Pregnant or breastfeeding women");
  }
  SECTION("a repeated heading continues the numbering") {
    const auto doc = parse(
        "id: X\nInclusion Criteria\n* a\nExclusion Criteria\n* b\n"
        "Inclusion Criteria\n* c\n");
    CHECK(outline(doc) == "I1 E1 I2");
  }
}

TEST_CASE("every bullet kind") {
  const std::pair<const char*, const char*> table[] = {
      {"* a", "*"},
      {"- a", "-"},
      {"+ a", "+"},
      {"\xE2\x80\xA2 a", "\xE2\x80\xA2"},
      {"\xE2\x80\xA2"
       "a",
       "\xE2\x80\xA2"},
      {"\xE2\x97\xA6 a", "\xE2\x97\xA6"},
      {"\xE2\x96\xAA a", "\xE2\x96\xAA"},
      {"1. a", "1."},
      {"12) a", "12)"},
      {"(1) a", "(1)"},
      {"a) a", "a)"},
      {"a. a", "a."},
      {"(a) a", "(a)"},
      {"A. a", "A."},
      {"i. a", "i."},
      {"ii) a", "ii)"},
      {"(iv) a", "(iv)"},
      {"IV. a", "IV."},
      {"2.1. a", "2.1."},
      {"\t* a", "*"},
      {"   - a", "-"},
  };
  for (const auto& [line, marker] : table) {
    INFO(line);
    const auto doc = parse(std::string("id: X\nInclusion Criteria\n") + line + "\n");
    REQUIRE(doc.criteria.size() == 1);
    CHECK(doc.criteria[0].text == "a");
    CHECK(doc.criteria[0].marker == marker);
  }
  SECTION("lines that start with a marker character but are text") {
    for (const char* line :
         {"1.5 x ULN or less",
          "-\xE2\x89\xA4"
          "5 mg/dL",
          "**bold** text", "e.g. anything", "(see above)", "2021. was a year", "U.S. residents"}) {
      INFO(line);
      const auto doc = parse(std::string("id: X\nInclusion Criteria\n") + line + "\n");
      REQUIRE(doc.criteria.size() == 1);
      CHECK(doc.criteria[0].text == line);
      CHECK(doc.criteria[0].marker.empty());
    }
  }
}

TEST_CASE("nesting by indentation and by marker kind") {
  const std::pair<const char*, const char*> table[] = {
      // deeper indentation is a child; back out to any level
      {"* a\n  * b\n    * c\n  * d\n* e\n", "I1(all*: I1.1(all*: I1.1.1) I1.2) I2"},
      // sloppy indentation still nests by comparison
      {"* a\n    * b\n   * c\n* d\n", "I1(all*: I1.1 I1.2) I2"},
      // equal indentation, new marker kind: a sub-list; the old kind comes back out
      {"1. Either of the following:\na) x\nb) y\n2. z\n", "I1(any: I1.1 I1.2) I2"},
      {"1. All of the following:\n   a) x\n      i. p\n      ii. q\n   b) y\n2. z\n",
       "I1(all: I1.1(all*: I1.1.1 I1.1.2) I1.2) I2"},
      // h) then i) is a letter, i. under a. is a roman numeral
      {"h) x\ni) y\nj) z\n", "I1 I2 I3"},
      {"a. x\n  i. p\n  ii. q\nb. y\n", "I1(all*: I1.1 I1.2) I2"},
      // a paragraph ending in ':' holds the list after it
      {"Patients with one of these:\n\n* x\n* y\n\nOther text\n", "I1(any: I1.1 I1.2) I2"},
  };
  for (const auto& [body, expected] : table) {
    INFO(body);
    const auto doc = parse(std::string("id: X\nInclusion Criteria\n") + body);
    CHECK(outline(doc) == expected);
    CHECK(count(doc, Severity::warning) == 0);
  }
  SECTION("a flat list after a lead-in with a stated count takes that many") {
    const auto doc =
        parse("id: X\nExclusion Criteria\n* Both of the following:\n\n* a\n* b\n* c\n");
    CHECK(outline(doc) == "E1(all?: E1.1 E1.2) E2");
  }
  SECTION("a default combination is flagged and noted") {
    const auto doc = parse("id: X\nExclusion Criteria\n* Infection\n  * HIV\n  * HBV\n");
    CHECK(outline(doc) == "E1(any*: E1.1 E1.2)");
    REQUIRE(doc.diagnostics.size() == 1);
    CHECK(doc.diagnostics[0].severity == Severity::note);
    CHECK(doc.diagnostics[0].span.line == 3);
  }
}

TEST_CASE("at least k of the following") {
  const std::pair<const char*, unsigned> table[] = {
      {"At least 2 of the following:", 2},
      {"two or more of the following:", 2},
      {"\xE2\x89\xA5"
       "2 of the following:",
       2},
      {"\\>= 3 of the following", 3},
      {"\xC3\xA2\xE2\x80\xB0\xC2\xA5"
       "2 of the following criteria",
       2},
      {"Any two of the following:", 2},
  };
  for (const auto& [lead, k] : table) {
    INFO(lead);
    const auto doc =
        parse(std::string("id: X\nInclusion Criteria\n* ") + lead + "\n  * a\n  * b\n  * c\n");
    REQUIRE(doc.criteria.size() == 4);
    CHECK(doc.criteria[0].combine == grammar::Combine::at_least);
    CHECK(doc.criteria[0].k == k);
    CHECK_FALSE(doc.criteria[0].combine_is_default);
  }
  const auto doc = parse("id: X\nInclusion Criteria\n* At least 3 of:\n  * a\n  * b\n");
  CHECK(count(doc, Severity::warning) == 1);  // more than it has
}
