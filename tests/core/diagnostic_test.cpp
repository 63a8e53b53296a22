// The one Diagnostic (core/diagnostic.hpp): how a problem with a span, a row and a whole
// file reads, in the one form every reader, compiler and the service use.
#include "core/diagnostic.hpp"

#include <catch2/catch.hpp>

using namespace eligo;

TEST_CASE("a diagnostic reads file:line:col for a span, file:line for a row, file for a file") {
  Diagnostic in_text{Severity::warning, Span{4, 7, 2, 5}, "unknown unit 'u'", "write mg/dL"};
  in_text.file = "a.criteria";
  CHECK(to_string(in_text) == "a.criteria:2:5: warning: unknown unit 'u'");
  CHECK(render(in_text, "x\nanc >= 1 u\n") ==
        "a.criteria:2:5: warning: unknown unit 'u'\nanc >= 1 u\n    ^\nhint: write mg/dL\n");

  const Diagnostic row = row_diagnostic("p.csv", 12, "anc: not a number: \"abc\"");
  CHECK(to_string(row) == "p.csv:12: error: anc: not a number: \"abc\"");
  CHECK(render(row, "whatever the text") == "p.csv:12: error: anc: not a number: \"abc\"\n");

  const Diagnostic file = row_diagnostic("p.csv", 0, "empty file");
  CHECK(to_string(file) == "p.csv: error: empty file");
}

TEST_CASE("a compiler's diagnostic takes the name its caller gives the text") {
  const Diagnostic d{Severity::error, Span{0, 3, 1, 1}, "expected a comparison", {}};
  CHECK(render(d, "rule", "anc") == "rule:1:1: error: expected a comparison\nanc\n^\n");
  Diagnostic named = d;
  named.file = "NCT1:I2";
  CHECK(render(named, "rule", "anc").rfind("NCT1:I2:1:1: error:", 0) == 0);
}
