// The round trip parse_rule(print(t)) == t: on every example of docs/rules.md, and on
// seeded random trees of every node kind built through the Tree API. (It lives here
// rather than in tests/engine because it needs both the printer and the parser.)
#include <catch2/catch.hpp>
#include <random>
#include <set>
#include <string>

#include "core/printer.hpp"
#include "core/units.hpp"
#include "grammar/rule_parser.hpp"
#include "tests/grammar/rule_test_support.hpp"

using namespace eligo;

namespace {

// Builds random trees from the builtin vocabulary: measures with their canonical units,
// events, and every node kind, nesting up to `max_depth`.
class TreeGenerator {
 public:
  explicit TreeGenerator(std::uint32_t seed) : rng_(seed) {
    for (const auto& e : Vocabulary::builtin().entries()) {
      if (e.kind == ItemKind::measure || e.kind == ItemKind::demographic) {
        const auto unit = parse_unit(e.canonical_unit);
        if (!unit || unit->dimension != e.dimension || e.id == "sex") continue;
        measures_.push_back({e.id, unit->code});
      } else {
        events_.push_back(e.id);
      }
    }
    has_sex_ = Vocabulary::builtin().find("sex") != nullptr;
  }

  Tree make(int max_depth) {
    Tree t;
    t.root = node(t, max_depth);
    return t;
  }

 private:
  struct Measure {
    std::string id;
    std::string unit;
  };

  std::size_t pick(std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_);
  }
  template <class T>
  const T& one_of(const std::vector<T>& v) {
    return v[pick(v.size())];
  }

  double number(bool allow_negative) {
    static const std::vector<double> kNice = {0,  0.5, 1,   1.5,  2,   3,   10,
                                              20, 60,  100, 1000, 0.1, 2.25};
    double v = pick(2) == 0 ? one_of(kNice) : std::uniform_real_distribution<double>(0, 1e4)(rng_);
    if (allow_negative && pick(8) == 0) v = -v;
    return v;
  }

  std::string text() {
    static const std::string kChars = "abc XYZ\"\\\n\t,()[]{}é≥";
    std::string out;
    const std::size_t n = pick(12);
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t c = pick(kChars.size());
      // Keep multi-byte characters whole: take a whole UTF-8 sequence.
      std::size_t len = 1;
      while (c + len < kChars.size() &&
             (static_cast<unsigned char>(kChars[c + len]) & 0xC0) == 0x80)
        ++len;
      if ((static_cast<unsigned char>(kChars[c]) & 0xC0) == 0x80) continue;
      out += kChars.substr(c, len);
    }
    return out;
  }

  Threshold threshold(const Measure& m) {
    Threshold t;
    switch (pick(4)) {
      case 0:
        t.ref = pick(2) == 0 ? Reference::uln : Reference::lln;
        t.mode = RefMode::times;
        t.value = pick(3) == 0 ? 1 : number(true);
        break;
      case 1:
        t.ref = pick(2) == 0 ? Reference::uln : Reference::lln;
        t.mode = pick(2) == 0 ? RefMode::plus : RefMode::minus;
        t.value = number(false);
        t.unit = m.unit;
        break;
      default:
        t.value = number(true);
        t.unit = m.unit;
        break;
    }
    return t;
  }

  // A threshold in the measure's unit, not relative to a reference range.
  Threshold absolute(const Measure& m) {
    Threshold t;
    t.value = number(true);
    t.unit = m.unit;
    return t;
  }

  std::optional<Duration> maybe_duration() {
    if (pick(2) == 0) return std::nullopt;
    return duration();
  }

  Change change(const Measure& m) {
    Change c;
    c.measure = m.id;
    c.from = static_cast<ChangeFrom>(pick(3));
    if (c.from == ChangeFrom::before) {
      c.before = Date{std::chrono::year(2000 + static_cast<int>(pick(30))),
                      std::chrono::month(1 + static_cast<unsigned>(pick(12))),
                      std::chrono::day(1 + static_cast<unsigned>(pick(28)))};
    } else {
      c.within = maybe_duration();
    }
    c.op = op();
    c.threshold = absolute(m);
    if (pick(2) == 0) c.threshold.unit.assign(1, '%');  // GCC 12 -Wrestrict misfires on = "%"
    return c;
  }

  Op op() { return static_cast<Op>(pick(6)); }
  Duration duration() { return Duration{number(false), static_cast<TimeUnit>(pick(4))}; }

  NodeId leaf(Tree& t) {
    const Measure& m = one_of(measures_);
    switch (pick(has_sex_ ? 12 : 11)) {
      case 0: return t.add(Compare{m.id, op(), threshold(m)});
      case 1: return t.add(Range{m.id, threshold(m), pick(2) == 0, threshold(m), pick(2) == 0});
      case 2: {
        std::vector<double> values(1 + pick(4));
        for (auto& v : values) v = number(true);
        return t.add(InSet{m.id, values, m.unit});
      }
      case 3: {
        std::optional<Duration> within;
        if (pick(2) == 0) within = duration();
        return t.add(HasEvent{one_of(events_), within});
      }
      case 4: return t.add(TimeSince{one_of(events_), op(), duration()});
      case 5: return t.add(Manual{text(), pick(2) == 0 ? std::string() : text()});
      case 6: return t.add(Compare{m.id, op(), threshold(m)});
      case 7: return t.add(change(m));
      case 8: return t.add(DoublingTime{m.id, maybe_duration(), op(), duration()});
      case 9:
        return t.add(CountOf{m.id, op(), absolute(m), maybe_duration(), maybe_duration(), op(),
                             static_cast<unsigned>(pick(5))});
      case 10: return t.add(Ratio{m.id, m.id, op(), number(true)});
      default: {
        std::vector<std::string> values(1 + pick(3));
        for (auto& v : values) v = pick(2) == 0 ? std::string("female") : text();
        return t.add(IsValue{"sex", values});
      }
    }
  }

  NodeId node(Tree& t, int depth) {
    if (depth <= 0 || pick(3) == 0) return leaf(t);
    switch (pick(4)) {
      case 0: return t.add(Not{node(t, depth - 1)});
      case 1: {
        const std::size_t n = 1 + pick(3);
        std::vector<NodeId> children;
        for (std::size_t i = 0; i < n; ++i) children.push_back(node(t, depth - 1));
        return t.add(AtLeast{static_cast<unsigned>(1 + pick(n)), children});
      }
      default: {
        const std::size_t n = 2 + pick(3);
        std::vector<NodeId> children;
        for (std::size_t i = 0; i < n; ++i) children.push_back(node(t, depth - 1));
        if (pick(2) == 0) return t.add(And{children});
        return t.add(Or{children});
      }
    }
  }

  std::mt19937 rng_;
  std::vector<Measure> measures_;
  std::vector<std::string> events_;
  bool has_sex_ = false;
};

void check_round_trip(const Tree& tree) {
  const std::string text = print(tree);
  INFO("printed: " << text);
  const grammar::RuleParse again = grammar::parse_rule(text);
  INFO(test::rendered(again, text));
  REQUIRE(again.ok());
  CHECK(again.tree == tree);
  CHECK(print(again.tree) == text);
}

}  // namespace

TEST_CASE("every documented example survives print and parse", "[round_trip][docs]") {
  for (const auto& block : test::fenced_blocks(test::docs_path(), "rule")) {
    for (const auto& line : block) {
      if (line.empty()) continue;
      INFO("docs example: " << line);
      const grammar::RuleParse parsed = grammar::parse_rule(line);
      REQUIRE(parsed.ok());
      check_round_trip(parsed.tree);
    }
  }
}

TEST_CASE("units written as a power of ten apart from its sign survive print and parse",
          "[round_trip][units]") {
  for (const char* text :
       {"platelets >= 75 x 10^9/L", "platelets >= 75 × 10^9/L", "platelets >= 75x10^9/L",
        "anc >= 1.5 X 10e9/L", "anc in [1.5 × 10⁹/L, 7 x 10^9/L)", "wbc in {4 x 10^9/L}",
        "wbc > ULN + 2 x 10^9/L"}) {
    INFO("input: " << text);
    const grammar::RuleParse parsed = grammar::parse_rule(text);
    REQUIRE(parsed.ok());
    check_round_trip(parsed.tree);
  }
}

TEST_CASE("random trees of every kind survive print and parse", "[round_trip]") {
  std::set<std::size_t> kinds;
  for (std::uint32_t seed = 1; seed <= 1500; ++seed) {
    INFO("seed " << seed);
    TreeGenerator generator(seed);
    const Tree tree = generator.make(static_cast<int>(seed % 7));
    for (const Node& n : tree.nodes) kinds.insert(n.kind.index());
    check_round_trip(tree);
  }
  CHECK(kinds.size() == std::variant_size_v<NodeKind>);
}
