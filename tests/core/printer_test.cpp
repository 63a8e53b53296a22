// The printer on trees built through the Tree API: the canonical text of every node
// kind, parentheses exactly where precedence needs them, numbers in shortest exact
// form, and bounded walks of deep or malformed trees. The round trip through the parser
// is tests/grammar/rule_round_trip_test.cpp.
#include "core/printer.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <string>

using namespace eligo;

namespace {

Threshold quantity(double value, std::string unit) {
  return Threshold{value, std::move(unit), Reference::none, RefMode::times, ""};
}
Threshold relative(double value, Reference ref, RefMode mode, std::string unit = "") {
  return Threshold{value, std::move(unit), ref, mode, ""};
}

std::string print_leaf(NodeKind kind) {
  Tree t;
  t.root = t.add(std::move(kind));
  return print(t);
}

}  // namespace

TEST_CASE("numbers print in their shortest exact form", "[printer]") {
  CHECK(format_number(1000) == "1000");
  CHECK(format_number(1.5) == "1.5");
  CHECK(format_number(0.5) == "0.5");
  CHECK(format_number(0) == "0");
  CHECK(format_number(-0.0) == "0");
  CHECK(format_number(-2) == "-2");
  CHECK(format_number(1e6) == "1000000");
  CHECK(format_number(0.1) == "0.1");
  CHECK(format_number(0.1 + 0.2) == "0.30000000000000004");
  CHECK(format_number(1e-7) == "0.0000001");
  CHECK(format_number(123456789.125) == "123456789.125");
  CHECK(format_number(std::numeric_limits<double>::infinity()) == "inf");
  CHECK(format_number(std::nan("")) == "nan");
  const double big = std::numeric_limits<double>::max();
  CHECK(format_number(big).size() == 309);
}

TEST_CASE("every leaf kind prints canonically", "[printer]") {
  CHECK(print_leaf(Compare{"anc", Op::ge, quantity(1000, "/uL")}) == "anc >= 1000 /uL");
  CHECK(print_leaf(Compare{"ecog", Op::ne, quantity(4, "")}) == "ecog != 4");
  CHECK(print_leaf(Compare{"alt", Op::le, relative(3, Reference::uln, RefMode::times)}) ==
        "alt <= 3 x ULN");
  CHECK(print_leaf(Compare{"alt", Op::le, relative(1, Reference::uln, RefMode::times)}) ==
        "alt <= ULN");
  CHECK(print_leaf(Compare{"corrected_calcium", Op::gt,
                           relative(1, Reference::uln, RefMode::plus, "mg/dL")}) ==
        "corrected_calcium > ULN + 1 mg/dL");
  CHECK(print_leaf(
            Compare{"hemoglobin", Op::lt, relative(2, Reference::lln, RefMode::minus, "g/dL")}) ==
        "hemoglobin < LLN - 2 g/dL");
  Threshold written_only = quantity(5, "");
  written_only.unit_written = "mg/dL";
  CHECK(print_leaf(Compare{"x", Op::eq, written_only}) == "x = 5 mg/dL");
  CHECK(print_leaf(Range{"bmpc_percent", quantity(10, "%"), true, quantity(60, "%"), false}) ==
        "bmpc_percent in [10 %, 60 %)");
  CHECK(print_leaf(Range{"alt", relative(1, Reference::uln, RefMode::times), false,
                         relative(3, Reference::uln, RefMode::times), true}) ==
        "alt in (ULN, 3 x ULN]");
  CHECK(print_leaf(InSet{"ecog", {0, 1, 2}, ""}) == "ecog in {0, 1, 2}");
  CHECK(print_leaf(InSet{"age", {18, 19}, "years"}) == "age in {18 years, 19 years}");
  CHECK(print_leaf(IsValue{"sex", {"female"}}) == "sex is female");
  CHECK(print_leaf(IsValue{"sex", {"female", "male"}}) == "sex in {female, male}");
  CHECK(print_leaf(IsValue{"race", {"not stated", "and", "2x"}}) ==
        "race in {\"not stated\", \"and\", \"2x\"}");
  CHECK(print_leaf(HasEvent{"hiv", std::nullopt}) == "has hiv");
  CHECK(print_leaf(HasEvent{"myocardial_infarction", Duration{6, TimeUnit::months}}) ==
        "has myocardial_infarction within 6 months");
  CHECK(print_leaf(HasEvent{"hiv", Duration{1, TimeUnit::years}}) == "has hiv within 1 year");
  CHECK(print_leaf(TimeSince{"asct", Op::ge, Duration{6, TimeUnit::months}}) ==
        "months_since asct >= 6");
  CHECK(print_leaf(TimeSince{"asct", Op::gt, Duration{100, TimeUnit::days}}) ==
        "days_since asct > 100");
  CHECK(print_leaf(Manual{"Adequate organ function", ""}) == "manual \"Adequate organ function\"");
  CHECK(print_leaf(Manual{"say \"yes\" \\", "why"}) ==
        "manual \"say \\\"yes\\\" \\\\\" because \"why\"");
}

TEST_CASE("parentheses appear only where precedence needs them", "[printer]") {
  Tree t;
  const NodeId a = t.add(HasEvent{"a", std::nullopt});
  const NodeId b = t.add(HasEvent{"b", std::nullopt});
  const NodeId c = t.add(HasEvent{"c", std::nullopt});
  const auto show = [&](NodeId root) { return print(t, root); };

  const NodeId and_ab = t.add(And{{a, b}});
  const NodeId or_ab = t.add(Or{{a, b}});
  CHECK(show(t.add(Or{{and_ab, c}})) == "has a and has b or has c");
  CHECK(show(t.add(And{{or_ab, c}})) == "(has a or has b) and has c");
  CHECK(show(t.add(And{{and_ab, c}})) == "(has a and has b) and has c");
  CHECK(show(t.add(Or{{c, or_ab}})) == "has c or (has a or has b)");
  CHECK(show(t.add(Not{a})) == "not has a");
  CHECK(show(t.add(Not{t.add(Not{a})})) == "not not has a");
  CHECK(show(t.add(Not{and_ab})) == "not (has a and has b)");
  CHECK(show(t.add(Not{or_ab})) == "not (has a or has b)");
  CHECK(show(t.add(And{{t.add(Not{a}), b}})) == "not has a and has b");
  CHECK(show(t.add(AtLeast{2, {or_ab, and_ab, c}})) ==
        "at least 2 of (has a or has b, has a and has b, has c)");
  CHECK(show(t.add(And{{t.add(AtLeast{1, {a}}), b}})) == "at least 1 of (has a) and has b");
  CHECK(show(t.add(Not{t.add(AtLeast{1, {a}})})) == "not at least 1 of (has a)");
}

TEST_CASE("deep and malformed trees print without exhausting the stack", "[printer]") {
  SECTION("100,000 nested nots") {
    Tree t;
    NodeId id = t.add(HasEvent{"hiv", std::nullopt});
    for (int i = 0; i < 100000; ++i) id = t.add(Not{id});
    t.root = id;
    const std::string text = print(t);
    CHECK(text.size() == 100000 * 4 + 7);
    CHECK(text.substr(text.size() - 11) == "not has hiv");
  }
  SECTION("100,000 nested ands") {
    Tree t;
    NodeId id = t.add(HasEvent{"hiv", std::nullopt});
    for (int i = 0; i < 100000; ++i) id = t.add(And{{id, t.add(HasEvent{"x", std::nullopt})}});
    t.root = id;
    CHECK(print(t).rfind(std::string(99999, '(') + "has hiv and has x) and has x)", 0) == 0);
  }
  SECTION("a bad child id") {
    Tree t;
    t.root = t.add(Not{42});
    CHECK(print(t) == "not <invalid>");
  }
  SECTION("a cycle") {
    Tree t;
    t.root = t.add(Not{0});
    CHECK(print(t) == "not not <invalid>");
  }
  SECTION("an empty tree") { CHECK(print(Tree{}).empty()); }
}
