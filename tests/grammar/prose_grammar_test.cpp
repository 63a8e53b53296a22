// The prose grammar's guarantees: no rule can loop (pegtl::analyze), huge and hostile
// texts finish quickly without crashing, spans point into the source (shifted by
// origin, through escapes and mojibake), refused units give diagnostics, and the noise
// list is what docs/prose.md prints.
#include "grammar/prose_grammar.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <tao/pegtl/contrib/analyze.hpp>

#include "core/printer.hpp"
#include "grammar/noise_words.hpp"
#include "grammar/prose_compiler.hpp"
#include "grammar/prose_grammar_history.hpp"  // completes history_statement for analyze<>
#include "grammar/prose_normalise.hpp"

namespace eligo {
namespace {

double seconds_to_compile(const std::string& text, grammar::ProseCompile& out) {
  const auto start = std::chrono::steady_clock::now();
  out = grammar::compile_prose(text);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string repeat(std::string_view piece, std::size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += piece;
  out.resize(bytes);
  return out;
}

}  // namespace

TEST_CASE("prose: the scanning grammar has no rule that can loop", "[prose]") {
  CHECK(tao::pegtl::analyze<grammar::prose::grammar::scan>() == 0);
}

// Under AddressSanitizer, at -O0, a tenth of the size: the same hostile shapes, which
// would show a blow-up at either size, in seconds rather than two minutes of CI.
#ifdef __SANITIZE_ADDRESS__
constexpr std::size_t kHuge = 10000;
#else
constexpr std::size_t kHuge = 100000;
#endif

TEST_CASE("prose: huge and hostile texts finish quickly", "[prose]") {
  const std::string criteria =
      "Absolute neutrophil count (ANC) \\>= 1,000/uL; Total bilirubin =\\< 2 x ULN; "
      "myocardial infarction in last 6 months; Grade 3 or higher by NCI-CTCAE Version 5.0; ";
  const std::vector<std::string> texts = {
      repeat(criteria, kHuge),
      repeat("ALT, AST, ALT/AST and ALT or AST ", kHuge),
      repeat("((((((((( ", kHuge),
      repeat("1 or 2 or 3, ", kHuge),
      repeat("\xE2\x89\xA5", kHuge),
      repeat("x 10^9/L (", kHuge),
      repeat("except if unless allowed e.g. no ", kHuge),
      std::string(kHuge, 'a'),
  };
  for (const auto& text : texts) {
    INFO(text.substr(0, 40));
    grammar::ProseCompile r;
    const double s = seconds_to_compile(text, r);
    CHECK(s < 60.0);  // a hang guard, not a speed goal (bench/ measures speed)
    CHECK_FALSE(r.tree.empty());
  }
  grammar::ProseCompile r;
  seconds_to_compile(repeat(criteria, kHuge), r);
  CHECK(r.coverage == Coverage::partial);
  CHECK(print(r.tree).rfind("anc >= 1000 /uL and total_bilirubin <= 2 x ULN", 0) == 0);
}

TEST_CASE("prose: a text over the size limit is not compiled, with a diagnostic", "[prose]") {
  const std::string text = repeat("ANC >= 1000/uL. ", 2 * 1024 * 1024);
  const grammar::ProseCompile r = grammar::compile_prose(text);
  CHECK(r.coverage == Coverage::none);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics.front().message.find("too long") != std::string::npos);
}

TEST_CASE("prose: spans point into the source, shifted by origin", "[prose]") {
  const std::string text = "  Total bilirubin =\\< 2 x ULN";
  const Span origin{100, 130, 7, 5};
  const grammar::ProseCompile r = grammar::compile_prose(text, Vocabulary::builtin(), origin);
  REQUIRE(r.coverage == Coverage::full);
  const Span s = r.tree.top().span;
  CHECK(s.begin == 102);
  CHECK(s.end == 100 + text.size());
  CHECK(s.line == 7);
  CHECK(s.column == 7);
  CHECK(std::string_view(text).substr(s.begin - 100, s.end - s.begin) ==
        "Total bilirubin =\\< 2 x ULN");

  // A second line starts at column 1, whatever the origin's column.
  const std::string two = "Hemoglobin \\>= 8 g/dL and\nplatelets \\>= 50,000/uL";
  const grammar::ProseCompile r2 =
      grammar::compile_prose(two, Vocabulary::builtin(), Span{10, 0, 3, 9});
  REQUIRE(r2.coverage == Coverage::full);
  const auto& root = std::get<And>(r2.tree.top().kind);
  const Span second = r2.tree.at(root.children.at(1)).span;
  CHECK(second.line == 4);
  CHECK(second.column == 1);
  CHECK(second.text_in(std::string(10, ' ') + two) == "platelets \\>= 50,000/uL");
}

TEST_CASE("prose: uncovered spans are the original text, escapes and mojibake included",
          "[prose]") {
  const std::string text = "Hemoglobin \xC3\xA2\xE2\x80\xB0\xC2\xA5 9 g/dL, rescue \\[allowed\\]";
  const grammar::ProseCompile r = grammar::compile_prose(text);
  CHECK(r.coverage == Coverage::partial);
  CHECK(print(r.tree) == "hemoglobin >= 9 g/dL");
  REQUIRE(r.uncovered.size() == 1);
  CHECK(r.uncovered.front().text_in(text) == "rescue \\[allowed");
  const Span s = r.tree.top().span;
  CHECK(s.text_in(text) == "Hemoglobin \xC3\xA2\xE2\x80\xB0\xC2\xA5 9 g/dL");
}

TEST_CASE("prose: a unit parse_unit refuses is a diagnostic on the unit, never a guess",
          "[prose]") {
  const std::string text = "Platelets \\>= 100 x 10^9/fortnight";
  const grammar::ProseCompile r = grammar::compile_prose(text);
  CHECK(r.coverage == Coverage::none);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics.front().severity == Severity::warning);
  CHECK(r.diagnostics.front().span.text_in(text) == "x 10^9/fortnight");

  const std::string missing = "Serum testosterone \\< 50 and ANC \\>= 1000/uL";
  const grammar::ProseCompile m = grammar::compile_prose(missing);
  CHECK(m.coverage == Coverage::partial);
  CHECK(print(m.tree) == "anc >= 1000 /uL");
  REQUIRE(m.diagnostics.size() == 1);
  CHECK(m.diagnostics.front().message.find("no unit written for testosterone") !=
        std::string::npos);
}

TEST_CASE("prose: analytes and events come from the vocabulary given, at run time", "[prose]") {
  VocabularyEntry widget;
  widget.id = "widgetase";
  widget.kind = ItemKind::measure;
  widget.name = "serum widgetase activity";
  widget.synonyms = {"WDG", "widget enzyme"};
  widget.dimension = Dimension::catalytic_concentration;
  widget.canonical_unit = "U/L";
  VocabularyEntry gizmo;
  gizmo.id = "gizmosis";
  gizmo.kind = ItemKind::condition;
  gizmo.name = "gizmosis";
  gizmo.synonyms = {"Gizmo syndrome"};
  const Vocabulary vocabulary({widget, gizmo});

  const grammar::ProseCompile a =
      grammar::compile_prose("WDG \\>= 5 U/L or widget enzyme levels =\\< 2 x ULN", vocabulary);
  CHECK(a.coverage == Coverage::full);
  CHECK(print(a.tree) == "widgetase >= 5 U/L or widgetase <= 2 x ULN");
  const grammar::ProseCompile b =
      grammar::compile_prose("History of Gizmo syndrome within the last 2 years", vocabulary);
  CHECK(print(b.tree) == "has gizmosis within 2 years");
  // The built-in names mean nothing to this vocabulary.
  const grammar::ProseCompile c = grammar::compile_prose("ANC \\>= 1000/uL", vocabulary);
  CHECK(c.coverage == Coverage::none);
}

TEST_CASE("prose: a manual leaf says why", "[prose]") {
  const grammar::ProseCompile consent =
      grammar::compile_prose("Capable of giving voluntary written informed consent");
  const auto& m1 = std::get<Manual>(consent.tree.top().kind);
  CHECK(m1.text == "Capable of giving voluntary written informed consent");
  CHECK(m1.reason == "needs a person");
  const grammar::ProseCompile other = grammar::compile_prose("  Erosive esophagitis\n");
  const auto& m2 = std::get<Manual>(other.tree.top().kind);
  CHECK(m2.text == "Erosive esophagitis");
  CHECK(m2.reason == "not understood");
  const grammar::ProseCompile empty = grammar::compile_prose("");
  CHECK(empty.coverage == Coverage::none);
}

TEST_CASE("prose: normalisation keeps a map back to the source", "[prose]") {
  const std::string source =
      "x \\>= 1 \xC3\xA2\xE2\x80\xB0\xC2\xA4 2 =\\< 3 -\xE2\x89\xA4"
      "4 10\xE2\x81\xB9 \xC2\xB5L";
  const grammar::prose::Normalised n = grammar::prose::normalise(source);
  CHECK(n.text == "x >= 1 <= 2 <= 3 <=4 10^9 uL");
  REQUIRE(n.begin.size() == n.text.size());
  // ">=" came from "\>=": its span covers the backslash.
  CHECK(n.source_begin(2) == 2);
  CHECK(n.source_end(4) == 5);
  // "<=" came from the seven-byte mojibake.
  const auto le = n.text.find("<=");
  CHECK(std::string_view(source).substr(n.source_begin(le),
                                        n.source_end(le + 2) - n.source_begin(le)) ==
        "\xC3\xA2\xE2\x80\xB0\xC2\xA4");
  // The stray "-" before "≤" joined the comparator.
  const auto stray = n.text.find("<=4");
  CHECK(source.substr(n.source_begin(stray), 4) == "-\xE2\x89\xA4");
}

TEST_CASE("prose: the noise list", "[prose]") {
  CHECK(grammar::is_noise_word("Patients"));
  CHECK(grammar::is_noise_word("the"));
  CHECK(grammar::is_noise_word("serum"));
  CHECK(grammar::is_noise_word("levels"));
  CHECK(grammar::is_noise_word("studies"));
  for (const char* word : {"no", "not", "except", "unless", "if", "only", "other", "within",
                           "active", "uncontrolled", "women", "female", "allowed"}) {
    INFO(word);
    CHECK_FALSE(grammar::is_noise_word(word));
  }
  std::size_t words = 0;
  for (const auto& group : grammar::noise_groups()) {
    CHECK_FALSE(group.name.empty());
    words += group.words.size();
  }
  CHECK(words > 100);
}

}  // namespace eligo
