// The .criteria document reader, line by line: continuation lines and their spans,
// notes, rule: lines with exact spans, paragraphs, comments, the header, and bad input
// (every case gives diagnostics with line:col, never a throw or a hang).
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "document_test_support.hpp"

using namespace eligo;
using namespace eligo::document_test;

TEST_CASE("continuation lines join with one space and keep their file spans") {
  const std::string text =
      "id: X\n"
      "Inclusion Criteria\n"
      "* Total bilirubin =\\< 1.5 x ULN\n"
      "    (\xE2\x89\xA4 3 x ULN in Gilbert syndrome)\n"
      "lazy continuation   \n"
      "\n"
      "  Second paragraph of the same item.\n"
      "\n"
      "A new paragraph criterion\n";
  const auto doc = parse(text);
  REQUIRE(outline(doc) == "I1 I2");
  const auto& i1 = item_at(doc, "I1");
  CHECK(i1.text ==
        "Total bilirubin =\\< 1.5 x ULN (\xE2\x89\xA4 3 x ULN in Gilbert syndrome) lazy "
        "continuation Second paragraph of the same item.");
  REQUIRE(i1.text_pieces.size() == 4);
  CHECK(i1.span.line == 3);
  CHECK(i1.span.column == 3);
  CHECK(i1.text_pieces[1].line == 4);
  CHECK(i1.text_pieces[1].column == 5);
  CHECK(i1.span.text_in(text).substr(0, 15) == "Total bilirubin");
  // A word on the second line maps back to that line.
  const auto gilbert = i1.text.find("Gilbert");
  const Span s = grammar::text_span(i1.text_pieces, gilbert, gilbert + 7);
  CHECK(s.text_in(text) == "Gilbert");
  CHECK(s.line == 4);
  CHECK(s.column ==
        5 + static_cast<std::uint32_t>(std::string("(\xE2\x89\xA4 3 x ULN in ").size()));
  const auto lazy = i1.text.find("lazy continuation");
  CHECK(grammar::text_span(i1.text_pieces, lazy, lazy + 17).text_in(text) == "lazy continuation");
  CHECK(item_at(doc, "I2").text == "A new paragraph criterion");
}

TEST_CASE("blank-line separated paragraphs without bullets are one criterion each") {
  const auto doc = parse(
      "id: X\nExclusion Criteria:\n\nPregnancy or lactation\n\nKnown HIV infection or\n"
      "active hepatitis B\n\nPrior allogeneic transplant\n");
  CHECK(outline(doc) == "E1 E2 E3");
  CHECK(item_at(doc, "E2").text == "Known HIV infection or active hepatitis B");
  CHECK(item_at(doc, "E2").text_pieces.size() == 2);
}

TEST_CASE("criteria with no section heading are inclusion criteria, with a note") {
  const auto doc = parse("id: X\n\nAge 18 years or older\n\n* ECOG 0-1\n");
  CHECK(outline(doc) == "I1 I2");
  CHECK_FALSE(doc.has_section_headings);
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].severity == Severity::note);
  CHECK(doc.diagnostics[0].span.line == 3);
}

TEST_CASE("a preamble before a section's list is a document note") {
  const auto doc = parse(
      "id: X\nInclusion Criteria:\n\nPatients must meet all of the following criteria:\n\n"
      "* a\n* b\n\nExclusion Criteria:\n\nPatients with any of the following will be "
      "excluded:\n\n* c\n");
  CHECK(outline(doc) == "I1 I2 E1");
  REQUIRE(doc.notes.size() == 2);
  CHECK(doc.notes[0].text == "Patients must meet all of the following criteria:");
  SECTION("but a lead-in that changes the combination is a parent") {
    const auto d =
        parse("id: X\nInclusion Criteria:\n\nAt least one of the following:\n\n* a\n* b\n");
    CHECK(outline(d) == "I1(any: I1.1 I1.2)");
  }
}

TEST_CASE("notes attach to the criterion above them") {
  SECTION("an 'Of note:' list") {
    const auto doc = parse(
        "id: X\nExclusion Criteria\n* Active hepatitis B\n\n  Of note:\n\n"
        "  * Anti-HBc positive with negative HBV DNA are eligible\n"
        "    if monitored\n  * Second note\n* HIV\n");
    CHECK(outline(doc) == "E1 E2");
    const auto& e1 = item_at(doc, "E1");
    REQUIRE(e1.notes.size() == 2);
    CHECK(e1.notes[0].text == "Anti-HBc positive with negative HBV DNA are eligible if monitored");
    CHECK(e1.notes[0].text_pieces.size() == 2);
    CHECK(e1.notes[1].text == "Second note");
  }
  SECTION("'NOTE:' and 'Note:' paragraphs, with continuation") {
    const auto doc = parse(
        "id: X\nInclusion Criteria\n* ANC >= 1.5\nNOTE: growth factors are not allowed\n"
        "within 7 days\n* Platelets\n  Note: transfusion support allowed\n");
    CHECK(outline(doc) == "I1 I2");
    REQUIRE(item_at(doc, "I1").notes.size() == 1);
    CHECK(item_at(doc, "I1").notes[0].text == "growth factors are not allowed within 7 days");
    REQUIRE(item_at(doc, "I2").notes.size() == 1);
    CHECK(item_at(doc, "I2").notes[0].text == "transfusion support allowed");
  }
  SECTION("exceptions and labelled items") {
    const auto doc = parse(
        "id: X\nExclusion Criteria\n* Prior malignancy\n\n* However, basal cell carcinoma is "
        "eligible\n* Note: in situ cancers are eligible\n* HIV\n");
    CHECK(outline(doc) == "E1 E2");
    CHECK(item_at(doc, "E1").notes.size() == 2);
  }
  SECTION("a note with nothing above it is a document note, with a warning") {
    const auto doc = parse("id: X\nInclusion Criteria\nNote: read the protocol\n* a\n");
    CHECK(outline(doc) == "I1");
    REQUIRE(doc.notes.size() == 1);
    CHECK(doc.notes[0].text == "read the protocol");
    CHECK(count(doc, Severity::warning) == 1);
  }
}

TEST_CASE("rule: lines attach to the criterion above with the exact span of the rule") {
  const std::string text =
      "id: X\n"
      "Inclusion Criteria:\n"
      "\n"
      "* Total bilirubin \xE2\x89\xA4"
      "3 mg/dL\n"
      "  rule: total_bilirubin <= 3 mg/dL  \n"
      "* Platelets \xE2\x89\xA5"
      "50,000/\xC2\xB5L\n"
      "\trule:   platelets >= 50 10^9/L or\n"
      "\t       platelets >= 75 10^9/L\n";
  const auto doc = parse(text);
  CHECK(doc.diagnostics.empty());
  REQUIRE(outline(doc) == "I1 I2");
  const auto& i1 = item_at(doc, "I1");
  REQUIRE(i1.rule);
  CHECK(*i1.rule == "total_bilirubin <= 3 mg/dL");
  CHECK(i1.rule_span.line == 5);
  CHECK(i1.rule_span.column == 9);
  CHECK(i1.rule_span.text_in(text) == *i1.rule);
  CHECK(i1.text ==
        "Total bilirubin \xE2\x89\xA4"
        "3 mg/dL");
  const auto& i2 = item_at(doc, "I2");
  REQUIRE(i2.rule);
  CHECK(*i2.rule == "platelets >= 50 10^9/L or\n\t       platelets >= 75 10^9/L");
  CHECK(i2.rule_span.line == 7);
  CHECK(i2.rule_span.column == 10);
  CHECK(i2.rule_span.text_in(text) == *i2.rule);

  SECTION("errors") {
    const auto bad = parse(
        "id: X\nInclusion Criteria\nrule: anc >= 1\n* a\n  rule: anc >= 1\n  rule: anc >= 2\n"
        "* b\n  rule:\n");
    REQUIRE(count(bad, Severity::error) == 3);
    CHECK(bad.diagnostics[0].span.line == 3);  // no criterion above it
    CHECK(bad.diagnostics[0].span.column == 1);
    CHECK(bad.diagnostics[1].span.line == 6);  // a second rule
    CHECK(bad.diagnostics[1].span.column == 9);
    CHECK(bad.diagnostics[2].span.line == 8);  // empty
    CHECK(*item_at(bad, "I1").rule == "anc >= 1");
    CHECK(render_all(bad.diagnostics, "t.criteria", "")
              .find("t.criteria:3:1: error: rule: line "
                    "with no criterion above it") == 0);
  }
}

TEST_CASE("comments are whole lines starting with #") {
  const auto doc = parse(
      "# a trial file\nid: X\n# between header lines\ntitle: T\n\nInclusion Criteria\n"
      "* ANC # of cells \\>= 1500\n  # a comment inside the item\n  continued\n#* not an item\n");
  CHECK(outline(doc) == "I1");
  CHECK(item_at(doc, "I1").text == "ANC # of cells \\>= 1500 continued");
  CHECK(doc.header.title == "T");
}

TEST_CASE("header lines") {
  const auto doc = parse(
      "id: NCT01234567\ntitle: A Trial\nmin_age: 18 Years\nmax_age: N/A\nsex: FEMALE\n"
      "lab_window: 14 days\nsponsor: Someone\nmin_age: 21 Years\n\nInclusion Criteria\n* a\n"
      "lab_window: 7 days\n");
  const auto& h = doc.header;
  CHECK(h.id == "NCT01234567");
  CHECK(h.title == "A Trial");
  CHECK(h.min_age == "21 Years");
  REQUIRE(h.min_age_duration);
  CHECK(*h.min_age_duration == Duration{21, TimeUnit::years});
  CHECK(h.max_age == "N/A");
  CHECK_FALSE(h.max_age_duration);
  CHECK(h.sex == "FEMALE");
  REQUIRE(h.lab_window_duration);
  CHECK(*h.lab_window_duration == Duration{14, TimeUnit::days});
  REQUIRE(h.field("sponsor") != nullptr);
  CHECK(h.field("sponsor")->value == "Someone");
  CHECK_FALSE(h.field("sponsor")->known);
  CHECK(h.fields.size() == 8);
  // unknown key, repeated key; a header line after the criteria is criterion text
  REQUIRE(count(doc, Severity::warning) == 2);
  CHECK(doc.diagnostics[0].span.line == 7);
  CHECK(doc.diagnostics[0].span.column == 1);
  CHECK(doc.diagnostics[0].message.find("sponsor") != std::string::npos);
  CHECK(doc.diagnostics[1].span.line == 8);
  CHECK(item_at(doc, "I1").text == "a lab_window: 7 days");

  SECTION("values that do not read, and no id") {
    const auto bad = parse("title: T\nmin_age: eighteen\nsex: any\nlab_window: soon\n");
    CHECK(count(bad, Severity::warning) == 4);
    CHECK(bad.criteria.empty());
  }
}

TEST_CASE("CRLF line ends") {
  const auto doc = parse("id: X\r\nInclusion Criteria:\r\n\r\n* a\r\n  b\r\n  rule: anc >= 1\r\n");
  CHECK(doc.header.id == "X");
  CHECK(outline(doc) == "I1");
  CHECK(item_at(doc, "I1").text == "a b");
  CHECK(*item_at(doc, "I1").rule == "anc >= 1");
}

TEST_CASE("nesting deeper than the limit is an error, not a crash") {
  std::string text = "id: X\nInclusion Criteria\n";
  for (int depth = 0; depth < 40; ++depth) text += std::string(depth * 2, ' ') + "* level\n";
  const auto doc = parse(text);
  CHECK(doc.criteria.size() == 40);
  CHECK(count(doc, Severity::error) == 40 - grammar::kMaxCriterionDepth);
  unsigned deepest = 0;
  for (const auto& c : doc.criteria) deepest = std::max(deepest, c.depth);
  CHECK(deepest == grammar::kMaxCriterionDepth - 1);
  const auto error =
      std::find_if(doc.diagnostics.begin(), doc.diagnostics.end(),
                   [](const Diagnostic& d) { return d.severity == Severity::error; });
  REQUIRE(error != doc.diagnostics.end());
  CHECK(error->span.line == 2 + grammar::kMaxCriterionDepth + 1);
}

TEST_CASE("bad input never throws or hangs") {
  SECTION("empty") {
    const auto doc = parse("");
    CHECK(doc.criteria.empty());
    CHECK(count(doc, Severity::warning) == 1);  // no id
  }
  SECTION("binary garbage") {
    std::mt19937 random(42);
    for (int round = 0; round < 50; ++round) {
      std::string garbage(4096, '\0');
      for (auto& c : garbage) c = static_cast<char>(random());
      const auto doc = parse(garbage);
      CHECK(doc.diagnostics.size() <= 201);
      for (const auto& c : doc.criteria) CHECK(c.span.end <= garbage.size());
    }
    const auto doc = parse(std::string("id: X\n* a\0b\xFF\n", 13));
    CHECK(count(doc, Severity::warning) == 2);  // NUL, not UTF-8
    CHECK(item_at(doc, "I1").text == std::string("a\0b\xFF", 4));
  }
  SECTION("a 10 MB line and 100,000 lines") {
    const auto start = std::chrono::steady_clock::now();
    const std::string line(10 << 20, 'x');
    const auto doc = parse("id: X\nInclusion Criteria\n* " + line + "\n");
    REQUIRE(doc.criteria.size() == 1);
    CHECK(doc.criteria[0].text.size() == line.size());
    std::string many = "id: X\n";
    for (int i = 0; i < 100000; ++i) many += i % 3 ? "* item\n" : "  1. sub\n";
    CHECK(parse(many).criteria.size() == 100000);
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start);
    CHECK(seconds.count() < 20);
  }
  SECTION("too many problems are cut off") {
    std::string text = "id: X\nInclusion Criteria\n";
    for (int i = 0; i < 1000; ++i) text += "rule: x\n";
    const auto doc = parse(text);
    CHECK(doc.diagnostics.size() == 201);
  }
}

TEST_CASE("every criteria example in docs/criteria-format.md reads as documented") {
  std::ifstream in(std::string(ELIGO_SOURCE_DIR) + "/docs/criteria-format.md");
  REQUIRE(in.good());
  // The fenced blocks in order: {info string, content with a final newline}.
  std::vector<std::pair<std::string, std::string>> blocks;
  std::string line;
  bool inside = false;
  while (std::getline(in, line)) {
    if (line.rfind("```", 0) == 0) {
      if (!inside) blocks.push_back({line.substr(3), ""});
      inside = !inside;
    } else if (inside) {
      blocks.back().second += line + "\n";
    }
  }
  int examples = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].first != "criteria") continue;
    ++examples;
    const auto& text = blocks[i].second;
    INFO(text);
    const auto doc = grammar::parse_criteria_document(text, "t.criteria");
    const std::string next = i + 1 < blocks.size() ? blocks[i + 1].first : "";
    if (next == "diagnostics") {
      CHECK(render_all(doc.diagnostics, "t.criteria", text) == blocks[i + 1].second);
      continue;
    }
    CHECK(doc.diagnostics.empty());
    if (next == "outline") CHECK(outline(doc) + "\n" == blocks[i + 1].second);
  }
  CHECK(examples == 3);
}
