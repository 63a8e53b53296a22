// Text that is not UTF-8, through the grammar and its JSON writers: each bad line is a
// warning at line:col (text_bytes.hpp), the text itself is kept as written, and
// `check --json` (trial_json) and `parse --json` (parse_json) dump it as valid JSON
// with U+FFFD. The four kinds of bad bytes: a non-UTF-8 pair, a lone continuation byte,
// a truncated sequence, an overlong encoding (and a surrogate).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/json_dump.hpp"
#include "core/trial_json.hpp"
#include "grammar/parse_json.hpp"
#include "grammar/rule_parser.hpp"
#include "grammar/text_bytes.hpp"
#include "grammar/trial_compiler.hpp"

using namespace eligo;

namespace {

const std::vector<std::string> kBadBytes = {"\xFF\xFE", "\x80",         "\xE2\x89",
                                            "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80"};

std::vector<Diagnostic> utf8_warnings(const std::vector<Diagnostic>& all) {
  std::vector<Diagnostic> out;
  for (const auto& d : all) {
    if (d.message.find("not UTF-8") != std::string::npos) out.push_back(d);
  }
  return out;
}

}  // namespace

TEST_CASE("byte_warnings: one warning per line with bad bytes, at its first bad byte") {
  for (const std::string& bad : kBadBytes) {
    CAPTURE(bad);
    const std::string text = "ok line\nab" + bad + "c" + bad + "\nfine \xE2\x89\xA5 1000\n" + bad;
    const auto warnings = grammar::byte_warnings(text);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].severity == Severity::warning);
    CHECK(warnings[0].span.line == 2);
    CHECK(warnings[0].span.column == 3);
    CHECK(warnings[1].span.line == 4);
    CHECK(warnings[1].span.column == 1);
    CHECK(render(warnings[0], "t.criteria", text).rfind("t.criteria:2:3: warning: ", 0) == 0);
  }
  CHECK(grammar::byte_warnings("valid \xE2\x89\xA5 \xF0\x9F\x98\x80 text\n").empty());
  SECTION("many bad lines: the first 20, then a count at the last") {
    std::string text;
    for (int i = 0; i < 30; ++i) text += "x\xFF\n";
    const auto warnings = grammar::byte_warnings(text);
    REQUIRE(warnings.size() == 21);
    CHECK(warnings[19].span.line == 20);
    CHECK(warnings[20].message.rfind("10 more lines", 0) == 0);
    CHECK(warnings[20].span.line == 30);
  }
  SECTION("a NUL byte once") {
    const auto warnings = grammar::byte_warnings(std::string("a\0b\0", 4));
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].message.find("NUL") != std::string::npos);
  }
}

TEST_CASE(
    "a .criteria file with bad bytes: kept as written, warned at file:line:col, "
    "valid JSON with U+FFFD") {
  for (const std::string& bad : kBadBytes) {
    CAPTURE(bad);
    const std::string criterion = "ANC >= 1000/uL " + bad + " note";
    const std::string text =
        "id: NCT1\ntitle: T" + bad + "\n\nInclusion Criteria:\n* " + criterion + "\n";
    const grammar::TrialCompile compiled = grammar::compile_trial(text, "bad.criteria");
    const auto warnings = utf8_warnings(compiled.diagnostics);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings[0].span.line == 2);
    CHECK(warnings[0].span.column == 9);
    CHECK(warnings[1].span.line == 5);
    CHECK(warnings[1].span.column == 18);
    CHECK_FALSE(has_errors(compiled.diagnostics));
    REQUIRE(compiled.trial.criteria.size() == 1);
    CHECK(compiled.trial.criteria[0].text == criterion);  // as written

    const std::string json =
        dump_json(trial_json(compiled.trial, "bad.criteria", Vocabulary::builtin()));
    REQUIRE(nlohmann::json::accept(json));
    const auto parsed = nlohmann::json::parse(json);
    const std::string shown = parsed["criteria"][0]["text"];
    CHECK(shown.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD
    CHECK(shown.rfind("ANC >= 1000/uL ", 0) == 0);
    CHECK(parsed["trial"] == "NCT1");
  }
}

TEST_CASE("parse --json of prose and of a rule with bad bytes is valid JSON") {
  for (const std::string& bad : kBadBytes) {
    CAPTURE(bad);
    const std::string prose = "platelets >= 100,000/uL" + bad;
    const std::string json =
        dump_json(grammar::prose_parse_json(prose, grammar::compile_prose(prose)), 2);
    REQUIRE(nlohmann::json::accept(json));
    CHECK(nlohmann::json::parse(json)["text"].get<std::string>().find("\xEF\xBF\xBD") !=
          std::string::npos);
    const grammar::RuleParse rule =
        grammar::parse_rule("anc >= 1000 /uL or manual(\"" + bad + "\")");
    if (rule.ok()) CHECK(nlohmann::json::accept(dump_json(grammar::rule_parse_json(rule.tree), 2)));
  }
}
