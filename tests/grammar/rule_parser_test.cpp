// The rule notation parser: every construct as a table of {input, canonical print},
// the shape of the tree (flattening, spans, units), the grammar's own analysis, and
// runaway nesting. Errors are in rule_errors_test.cpp, the round trip in
// rule_round_trip_test.cpp.
#include "grammar/rule_parser.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <tao/pegtl/contrib/analyze.hpp>
#include <utility>

#include "core/printer.hpp"
#include "grammar/rule_grammar.hpp"
#include "tests/grammar/rule_test_support.hpp"

using namespace eligo;

namespace {

struct Case {
  const char* input;
  const char* printed;
};

// clang-format off
const Case kCases[] = {
    // the examples of the issue, already canonical
    {"anc >= 1000 /uL", "anc >= 1000 /uL"},
    {"alt <= 3 x ULN and ast <= 3 x ULN", "alt <= 3 x ULN and ast <= 3 x ULN"},
    {"corrected_calcium > ULN + 1 mg/dL or corrected_calcium > 11 mg/dL", "corrected_calcium > ULN + 1 mg/dL or corrected_calcium > 11 mg/dL"},
    {"hemoglobin < LLN - 2 g/dL or hemoglobin < 10 g/dL", "hemoglobin < LLN - 2 g/dL or hemoglobin < 10 g/dL"},
    {"bmpc_percent in [10 %, 60 %)", "bmpc_percent in [10 %, 60 %)"},
    {"ecog in {0, 1, 2}", "ecog in {0, 1, 2}"},
    {"age >= 18 years", "age >= 18 years"},
    {"at least 2 of (serum_m_protein > 2 g/dL, flc_ratio > 20, bmpc_percent > 20 %)", "at least 2 of (serum_m_protein > 2 g/dL, flc_ratio > 20, bmpc_percent > 20 %)"},
    {"total_bilirubin <= 3 mg/dL or (has gilbert_syndrome and direct_bilirubin <= 5 mg/dL)", "total_bilirubin <= 3 mg/dL or has gilbert_syndrome and direct_bilirubin <= 5 mg/dL"},
    {"not has hiv", "not has hiv"},
    {"has myocardial_infarction within 6 months", "has myocardial_infarction within 6 months"},
    {"months_since asct >= 6", "months_since asct >= 6"},
    // comparators, as input and as printed
    {"anc ≥ 1000 /uL", "anc >= 1000 /uL"},
    {"anc => 1000 /uL", "anc >= 1000 /uL"},
    {"ecog ≤ 2", "ecog <= 2"},
    {"ecog =< 2", "ecog <= 2"},
    {"ecog < 2", "ecog < 2"},
    {"ecog > 0", "ecog > 0"},
    {"ecog = 1", "ecog = 1"},
    {"ecog == 1", "ecog = 1"},
    {"ecog != 4", "ecog != 4"},
    {"ecog ≠ 4", "ecog != 4"},
    {"ecog>=1", "ecog >= 1"},
    // thresholds
    {"alt <= 3 * ULN", "alt <= 3 x ULN"},
    {"alt <= 3 × ULN", "alt <= 3 x ULN"},
    {"alt <= 3 X ULN", "alt <= 3 x ULN"},
    {"alt <= 3x ULN", "alt <= 3 x ULN"},
    {"alt <= 2.5 x uln", "alt <= 2.5 x ULN"},
    {"alt <= 1 x ULN", "alt <= ULN"},
    {"alt =< 1 × uln", "alt <= ULN"},
    {"total_bilirubin <= ULN", "total_bilirubin <= ULN"},
    {"hemoglobin >= LLN", "hemoglobin >= LLN"},
    {"hemoglobin >= 0.5 x LLN", "hemoglobin >= 0.5 x LLN"},
    {"corrected_calcium > ULN+1 mg/dL", "corrected_calcium > ULN + 1 mg/dL"},
    {"hemoglobin < LLN -2 g/dL", "hemoglobin < LLN - 2 g/dL"},
    {"corrected_calcium < LLN + 0.5 mg/dL", "corrected_calcium < LLN + 0.5 mg/dL"},
    {"corrected_calcium > ULN - 0.5 mg/dL", "corrected_calcium > ULN - 0.5 mg/dL"},
    // numbers
    {"hemoglobin >= .5 g/dL", "hemoglobin >= 0.5 g/dL"},
    {"hemoglobin >= 9.0 g/dL", "hemoglobin >= 9 g/dL"},
    {"hemoglobin >= 09.50 g/dL", "hemoglobin >= 9.5 g/dL"},
    {"anc >= 1000000 /uL", "anc >= 1000000 /uL"},
    {"flc_ratio > 0.01", "flc_ratio > 0.01"},
    // units, as written and canonical
    {"anc >= 1000/uL", "anc >= 1000 /uL"},
    {"anc >= 1000 /µL", "anc >= 1000 /uL"},
    {"anc >= 1000 /mm3", "anc >= 1000 /uL"},
    {"anc >= 1.5 x10e9/L", "anc >= 1.5 10^9/L"},
    {"anc >= 1.5 ×10⁹/L", "anc >= 1.5 10^9/L"},
    {"anc >= 1.5 10*9/L", "anc >= 1.5 10^9/L"},
    {"anc >= 1.5 K/µL", "anc >= 1.5 10^3/uL"},
    {"bmpc_percent > 20%", "bmpc_percent > 20 %"},
    {"creatinine <= 133 umol/L", "creatinine <= 133 umol/L"},
    {"egfr >= 45 mL/min/{1.73_m2}", "egfr >= 45 mL/min/1.73m2"},
    // a power of ten apart from its times sign, as the prose grammar reads it (issue 14)
    {"platelets >= 75 x 10^9/L", "platelets >= 75 10^9/L"},
    {"platelets >= 75 × 10^9/L", "platelets >= 75 10^9/L"},
    {"platelets >= 75x10^9/L", "platelets >= 75 10^9/L"},
    {"platelets >= 75×10^9/L", "platelets >= 75 10^9/L"},
    {"platelets >= 75 X 10^9/L", "platelets >= 75 10^9/L"},
    {"platelets >= 75 * 10^9/L", "platelets >= 75 10^9/L"},
    {"platelets >= 75 x 10⁹/L", "platelets >= 75 10^9/L"},
    {"platelets >= 75 × 10⁹/L", "platelets >= 75 10^9/L"},
    {"anc >= 1.5 x 10e9/L", "anc >= 1.5 10^9/L"},
    {"anc >= 1.5 x 10*9/L", "anc >= 1.5 10^9/L"},
    {"anc >= 1.5 x 10^3/uL", "anc >= 1.5 10^3/uL"},
    {"platelets in [75 x 10^9/L, 400 × 10^9/L]", "platelets in [75 10^9/L, 400 10^9/L]"},
    {"platelets in {75 x 10^9/L, 100 x 10^9/L}", "platelets in {75 10^9/L, 100 10^9/L}"},
    {"wbc > ULN + 2 x 10^9/L", "wbc > ULN + 2 10^9/L"},
    {"platelets >= 0.5 x LLN", "platelets >= 0.5 x LLN"},
    // ranges and sets
    {"bmpc_percent in (10 %, 60 %]", "bmpc_percent in (10 %, 60 %]"},
    {"bmpc_percent in [10%,60%]", "bmpc_percent in [10 %, 60 %]"},
    {"age in [18 years, 75 years)", "age in [18 years, 75 years)"},
    {"alt in [ULN, 3 x ULN)", "alt in [ULN, 3 x ULN)"},
    {"ecog in {0,1}", "ecog in {0, 1}"},
    {"ecog in { 2 }", "ecog in {2}"},
    // categorical values
    {"sex is female", "sex is female"},
    {"sex is \"female\"", "sex is female"},
    {"sex in {female, male}", "sex in {female, male}"},
    {"sex in {female}", "sex is female"},
    {"sex is \"not stated\"", "sex is \"not stated\""},
    // events and time
    {"has hiv", "has hiv"},
    {"has hiv within 1 year", "has hiv within 1 year"},
    {"has hiv within 1 years", "has hiv within 1 year"},
    {"has hiv within 12 month", "has hiv within 12 months"},
    {"has hiv within 28 days", "has hiv within 28 days"},
    {"has hiv within 2 weeks", "has hiv within 2 weeks"},
    {"has hiv within 1.5 years", "has hiv within 1.5 years"},
    {"days_since asct > 100", "days_since asct > 100"},
    {"weeks_since asct >= 12", "weeks_since asct >= 12"},
    {"years_since asct < 2", "years_since asct < 2"},
    {"months_since asct ≥ 6", "months_since asct >= 6"},
    // manual
    {"manual \"Adequate organ function\"", "manual \"Adequate organ function\""},
    {"manual \"x\" because \"needs a person\"", "manual \"x\" because \"needs a person\""},
    {"manual \"say \\\"yes\\\" \\\\ no\"", "manual \"say \\\"yes\\\" \\\\ no\""},
    {"manual \"two\nlines\"", "manual \"two\nlines\""},
    {"manual \"\"", "manual \"\""},
    // logic and precedence
    {"not not has hiv", "not not has hiv"},
    {"not (has hiv)", "not has hiv"},
    {"not (has hiv or has asct)", "not (has hiv or has asct)"},
    {"not (has hiv and has asct)", "not (has hiv and has asct)"},
    {"not has hiv and has asct", "not has hiv and has asct"},
    {"has hiv and has asct or ecog < 2", "has hiv and has asct or ecog < 2"},
    {"has hiv and (has asct or ecog < 2)", "has hiv and (has asct or ecog < 2)"},
    {"(has hiv and has asct) or ecog < 2", "has hiv and has asct or ecog < 2"},
    {"has hiv and (has asct and ecog < 2)", "has hiv and (has asct and ecog < 2)"},
    {"has hiv or (has asct or ecog < 2)", "has hiv or (has asct or ecog < 2)"},
    {"((anc >= 1000 /uL))", "anc >= 1000 /uL"},
    {"at least 1 of (has hiv or has asct, ecog < 2)", "at least 1 of (has hiv or has asct, ecog < 2)"},
    {"at least 1 of (at least 1 of (has hiv), has asct)", "at least 1 of (at least 1 of (has hiv), has asct)"},
    {"not at least 1 of (has hiv)", "not at least 1 of (has hiv)"},
    // space
    {"  anc >= 1000 /uL  ", "anc >= 1000 /uL"},
    {"anc >= 1000 /uL\n  and platelets >= 100 10^9/L", "anc >= 1000 /uL and platelets >= 100 10^9/L"},
    {"anc\t>=\t1000\t/uL", "anc >= 1000 /uL"},
};
// clang-format on

const grammar::RuleParse& require_ok(const grammar::RuleParse& parse, std::string_view text) {
  INFO(test::rendered(parse, text));
  REQUIRE(parse.ok());
  return parse;
}

}  // namespace

TEST_CASE("every construct parses and prints canonically", "[rule_parser]") {
  for (const Case& c : kCases) {
    INFO("input: " << c.input);
    const grammar::RuleParse parse = grammar::parse_rule(c.input);
    require_ok(parse, c.input);
    CHECK(print(parse.tree) == c.printed);
    CHECK(parse.diagnostics.empty());
  }
}

TEST_CASE("every example of docs/rules.md parses", "[rule_parser][docs]") {
  const auto blocks = test::fenced_blocks(test::docs_path(), "rule");
  REQUIRE(blocks.size() >= 10);
  std::size_t count = 0;
  for (const auto& block : blocks) {
    for (const auto& line : block) {
      if (line.empty()) continue;
      INFO("docs example: " << line);
      require_ok(grammar::parse_rule(line), line);
      ++count;
    }
  }
  CHECK(count >= 40);
}

TEST_CASE("a power of ten apart from its sign reads as the prose grammar reads it",
          "[rule_parser][units]") {
  // The tree is the one of the canonical form; the unit as written is kept whole.
  const struct {
    const char* input;
    const char* written;
  } kForms[] = {
      {"platelets >= 75 x 10^9/L", "x 10^9/L"}, {"platelets >= 75 × 10^9/L", "× 10^9/L"},
      {"platelets >= 75x10^9/L", "x10^9/L"},    {"platelets >= 75 X 10^9/L", "X 10^9/L"},
      {"platelets >= 75 × 10⁹/L", "× 10⁹/L"},
  };
  const grammar::RuleParse canonical = grammar::parse_rule("platelets >= 75 10^9/L");
  require_ok(canonical, "");
  for (const auto& form : kForms) {
    INFO("input: " << form.input);
    const grammar::RuleParse p = grammar::parse_rule(form.input);
    require_ok(p, form.input);
    const auto& c = std::get<Compare>(p.tree.top().kind);
    CHECK(c.threshold.value == 75);
    CHECK(c.threshold.unit == "10^9/L");
    CHECK(c.threshold.unit_written == form.written);
    CHECK(print(p.tree) == "platelets >= 75 10^9/L");
  }
}

TEST_CASE("chains of one operator flatten, groups do not", "[rule_parser]") {
  const grammar::RuleParse flat = grammar::parse_rule("has hiv and has asct and ecog < 2");
  require_ok(flat, "");
  REQUIRE(std::holds_alternative<And>(flat.tree.top().kind));
  CHECK(std::get<And>(flat.tree.top().kind).children.size() == 3);

  const grammar::RuleParse grouped = grammar::parse_rule("has hiv and (has asct and ecog < 2)");
  require_ok(grouped, "");
  const auto& outer = std::get<And>(grouped.tree.top().kind);
  REQUIRE(outer.children.size() == 2);
  CHECK(std::holds_alternative<And>(grouped.tree.at(outer.children[1]).kind));
  CHECK_FALSE(flat.tree == grouped.tree);

  const grammar::RuleParse ors =
      grammar::parse_rule("has hiv or has asct and ecog < 2 or ecog > 3");
  require_ok(ors, "");
  const auto& top = std::get<Or>(ors.tree.top().kind);
  REQUIRE(top.children.size() == 3);
  CHECK(std::holds_alternative<And>(ors.tree.at(top.children[1]).kind));
}

TEST_CASE("leaves hold what was written", "[rule_parser]") {
  SECTION("a comparison keeps the unit as written and its canonical code") {
    const grammar::RuleParse p = grammar::parse_rule("anc >= 1.5 x10e9/L");
    require_ok(p, "");
    const auto& c = std::get<Compare>(p.tree.top().kind);
    CHECK(c.measure == "anc");
    CHECK(c.op == Op::ge);
    CHECK(c.threshold.value == 1.5);
    CHECK(c.threshold.unit == "10^9/L");
    CHECK(c.threshold.unit_written == "x10e9/L");
    CHECK(c.threshold.ref == Reference::none);
  }
  SECTION("relative thresholds") {
    const auto times = std::get<Compare>(grammar::parse_rule("alt <= 3 x ULN").tree.top().kind);
    CHECK(times.threshold == Threshold{3, "", Reference::uln, RefMode::times, ""});
    const auto alone = std::get<Compare>(grammar::parse_rule("alt <= ULN").tree.top().kind);
    CHECK(alone.threshold == Threshold{1, "", Reference::uln, RefMode::times, ""});
    const auto minus =
        std::get<Compare>(grammar::parse_rule("hemoglobin < LLN - 2 g/dL").tree.top().kind);
    CHECK(minus.threshold == Threshold{2, "g/dL", Reference::lln, RefMode::minus, ""});
    const auto plus =
        std::get<Compare>(grammar::parse_rule("corrected_calcium > ULN + 1 mg/dL").tree.top().kind);
    CHECK(plus.threshold == Threshold{1, "mg/dL", Reference::uln, RefMode::plus, ""});
  }
  SECTION("ranges, sets, values, events, time, manual") {
    const auto r =
        std::get<Range>(grammar::parse_rule("bmpc_percent in [10 %, 60 %)").tree.top().kind);
    CHECK(r.low.value == 10);
    CHECK(r.low_inclusive);
    CHECK(r.high.value == 60);
    CHECK_FALSE(r.high_inclusive);
    CHECK(r.high.unit == "%");
    const auto s = std::get<InSet>(grammar::parse_rule("ecog in {0, 1, 2}").tree.top().kind);
    CHECK(s.values == std::vector<double>{0, 1, 2});
    CHECK(s.unit.empty());
    const auto v =
        std::get<IsValue>(grammar::parse_rule("sex in {female, \"x y\"}").tree.top().kind);
    CHECK(v.values == std::vector<std::string>{"female", "x y"});
    const auto h =
        std::get<HasEvent>(grammar::parse_rule("has hiv within 6 months").tree.top().kind);
    CHECK(h.event == "hiv");
    CHECK(h.within == Duration{6, TimeUnit::months});
    CHECK_FALSE(std::get<HasEvent>(grammar::parse_rule("has hiv").tree.top().kind).within);
    const auto t =
        std::get<TimeSince>(grammar::parse_rule("days_since asct > 100").tree.top().kind);
    CHECK(t == TimeSince{"asct", Op::gt, Duration{100, TimeUnit::days}});
    const auto m =
        std::get<Manual>(grammar::parse_rule(R"(manual "a \"b\" \\" because "c")").tree.top().kind);
    CHECK(m.text == "a \"b\" \\");
    CHECK(m.reason == "c");
  }
}

TEST_CASE("every node has the span of its text", "[rule_parser]") {
  const std::string text = "not has hiv and (anc >= 1000 /uL or ecog in {0, 1})";
  const grammar::RuleParse p = grammar::parse_rule(text);
  require_ok(p, text);
  const auto quote = [&](NodeId id) { return std::string(p.tree.at(id).span.text_in(text)); };
  CHECK(quote(p.tree.root) == text);
  const auto& a = std::get<And>(p.tree.top().kind);
  CHECK(quote(a.children[0]) == "not has hiv");
  CHECK(quote(std::get<Not>(p.tree.at(a.children[0]).kind).child) == "has hiv");
  CHECK(quote(a.children[1]) == "anc >= 1000 /uL or ecog in {0, 1}");
  const auto& o = std::get<Or>(p.tree.at(a.children[1]).kind);
  CHECK(quote(o.children[0]) == "anc >= 1000 /uL");
  CHECK(quote(o.children[1]) == "ecog in {0, 1}");
  const Span s = p.tree.at(o.children[1]).span;
  CHECK(s.line == 1);
  CHECK(s.column == 37);
  CHECK(s.begin == 36);

  SECTION("shifted by the origin") {
    const Span origin{100, 100, 5, 7};
    const grammar::RuleParse q =
        grammar::parse_rule("has hiv or\n  has asct", Vocabulary::builtin(), origin);
    require_ok(q, "");
    const auto& or_node = std::get<Or>(q.tree.top().kind);
    CHECK(q.tree.top().span == Span{100, 121, 5, 7});
    CHECK(q.tree.at(or_node.children[0]).span == Span{100, 107, 5, 7});
    CHECK(q.tree.at(or_node.children[1]).span == Span{113, 121, 6, 3});
  }
}

TEST_CASE("the grammar has no rules that can loop", "[rule_parser]") {
  CHECK(tao::pegtl::analyze<grammar::rule_grammar::rule>(-1) == 0);
}

TEST_CASE("nesting is bounded", "[rule_parser]") {
  const auto nested = [](const std::string& open, int n, const std::string& close) {
    std::string text;
    for (int i = 0; i < n; ++i) text += open;
    text += "has hiv";
    for (int i = 0; i < n; ++i) text += close;
    return text;
  };
  SECTION("200 levels parse; 201 do not") {
    for (const auto& [open, close] :
         {std::pair<std::string, std::string>{"(", ")"}, {"not ", ""}, {"at least 1 of (", ")"}}) {
      const std::string ok = nested(open, 200, close);
      require_ok(grammar::parse_rule(ok), ok);
      const std::string deep = nested(open, 201, close);
      const grammar::RuleParse p = grammar::parse_rule(deep);
      REQUIRE(p.diagnostics.size() == 1);
      CHECK(p.diagnostics[0].message ==
            "the rule nests too deeply (more than 200 levels of parentheses, 'not' or 'at "
            "least')");
      CHECK(p.diagnostics[0].span.column == 201 * open.size() + 1);
    }
  }
  SECTION("10,000 parentheses give an error, not a crash") {
    const std::string text = std::string(10000, '(') + "has hiv" + std::string(10000, ')');
    const grammar::RuleParse p = grammar::parse_rule(text);
    CHECK_FALSE(p.ok());
    CHECK(p.tree.empty());
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(p.diagnostics[0].message.find("nests too deeply") != std::string::npos);
  }
  SECTION("10,000 nots give an error") {
    std::string text;
    for (int i = 0; i < 10000; ++i) text += "not ";
    text += "has hiv";
    const grammar::RuleParse p = grammar::parse_rule(text);
    CHECK_FALSE(p.ok());
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(p.diagnostics[0].message.find("nests too deeply") != std::string::npos);
  }
  SECTION("a long flat chain is not nesting") {
    std::string text = "has hiv";
    for (int i = 0; i < 5000; ++i) text += " and has asct";
    const grammar::RuleParse p = grammar::parse_rule(text);
    require_ok(p, "");
    CHECK(std::get<And>(p.tree.top().kind).children.size() == 5001);
  }
}
