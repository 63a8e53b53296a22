// Fuzz target: arbitrary bytes, as a trial file, a criterion's text, a trial title, a
// registry study's criteria and a patient id and value, through every JSON writer:
// `check --json` (trial_json), `parse --json` (rule and prose), study JSON imported and
// compiled, the verdict JSON Lines of the C++ API and of the C library, and CDS cards.
// Every output must parse back as JSON (bytes that are not UTF-8 come out as U+FFFD);
// anything else, or a throw, aborts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "api/eligo.h"
#include "api/engine.hpp"
#include "cds/cards.hpp"
#include "core/json_dump.hpp"
#include "core/trial_json.hpp"
#include "grammar/ctgov_study.hpp"
#include "grammar/parse_json.hpp"
#include "grammar/rule_parser.hpp"
#include "grammar/trial_compiler.hpp"

namespace {

void require_json(std::string_view text) {
  if (!nlohmann::json::accept(text)) std::abort();
}

void require_json_lines(std::string_view lines) {
  while (!lines.empty()) {
    const auto end = lines.find('\n');
    require_json(lines.substr(0, end));
    if (end == std::string_view::npos) break;
    lines.remove_prefix(end + 1);
  }
}

// The bytes on one line with no CSV separators: a title, a criterion, a CSV cell.
std::string one_line(std::string_view bytes) {
  std::string out(bytes.substr(0, 2000));
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == ',' || c == '"' || c == '\0') c = ' ';
  }
  return out;
}

void check_writers(std::string_view bytes) {
  const eligo::Vocabulary& vocabulary = eligo::Vocabulary::builtin();
  // check --json: the bytes as a whole .criteria file.
  const eligo::grammar::TrialCompile compiled =
      eligo::grammar::compile_trial(std::string(bytes), "fuzz.criteria");
  require_json(eligo::dump_json(eligo::trial_json(compiled.trial, "fuzz.criteria", vocabulary)));
  // parse --json: one criterion's prose, and one rule.
  const std::string_view short_text = bytes.substr(0, 4000);
  require_json(eligo::dump_json(
      eligo::grammar::prose_parse_json(short_text, eligo::grammar::compile_prose(short_text)), 2));
  const eligo::grammar::RuleParse rule = eligo::grammar::parse_rule(short_text);
  if (rule.ok()) require_json(eligo::dump_json(eligo::grammar::rule_parse_json(rule.tree), 2));
  // import: the bytes as a study's criteria, written as JSON (U+FFFD), read back, compiled.
  const std::string line = one_line(bytes);
  const nlohmann::json study = {
      {"protocolSection",
       {{"identificationModule", {{"nctId", "NCT00000001"}, {"briefTitle", line}}},
        {"eligibilityModule", {{"eligibilityCriteria", std::string(bytes.substr(0, 4000))}}}}}};
  for (const eligo::grammar::CtgovStudy& s :
       eligo::grammar::read_ctgov_json(eligo::dump_json(study), "f").studies) {
    const eligo::Trial trial = eligo::grammar::compile_trial(s.criteria, "f").trial;
    require_json(eligo::dump_json(eligo::trial_json(trial, "f", vocabulary)));
  }
  (void)eligo::grammar::read_ctgov_json(bytes, "raw");  // the raw bytes as study JSON: no crash

  // A trial and a patient carrying the bytes, screened by the C++ API and the C library.
  const std::string criteria = "id: NCTFUZZ\ntitle: " + line +
                               "\n\nInclusion Criteria:\n* ANC >= 1000/uL\n* " + line +
                               "\n  rule: anc >= 1000 /uL\n";
  const std::string csv = "patient_id,item,value,unit,date\n" + (line.empty() ? "p" : line) +
                          ",anc," + line + ",/uL,2026-11-01\np2,anc,1500,/uL,2026-11-01\n";
  eligo::api::Engine engine;
  try {
    engine.load_criteria(criteria, "fuzz.criteria");
    const eligo::Date as_of = eligo::api::parse_date("2026-11-20");
    const eligo::api::Screening screening = engine.screen_csv(csv, as_of);
    require_json_lines(screening.json_lines());
    require_json(eligo::cds::cards_json(screening));
  } catch (const eligo::api::Error&) {
    // bad input, said as such: fine
  }
  eligo_engine* c = eligo_engine_new();
  if (c == nullptr) std::abort();
  char* out = nullptr;
  if (eligo_load_criteria(c, criteria.c_str(), "fuzz") == ELIGO_OK &&
      eligo_screen_csv(c, csv.c_str(), "2026-11-20", &out) == ELIGO_OK) {
    require_json_lines(out);
  }
  eligo_free_string(out);
  eligo_engine_free(c);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  check_writers(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
