// ClinicalTrials.gov API v2 study JSON -> .criteria text. A study's id, brief title,
// age limits, sex and healthy-volunteers flag become header lines; its eligibility
// criteria (the registry's markdown, escapes and indentation kept byte for byte) become
// the body. The text then compiles like any .criteria file (trial_compiler.hpp), so a
// study read from JSON and the same study pasted into a .criteria file give the same
// criteria. Accepts one study object, the search-result shape {"studies": [...]}, a JSON
// array of studies, and JSON Lines of studies. Never throws: a study without an
// eligibility module is reported on its own and the others are still read.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace eligo::grammar {

struct CtgovStudy {
  std::size_t index = 0;  // 1-based position of the study in the file
  std::string nct_id;     // protocolSection.identificationModule.nctId ("" if absent)
  std::string title;      // briefTitle, on one line
  std::string criteria;   // the .criteria text; empty when `error` is set
  // Why the study gives no trial ("no eligibility module"), named "FILE, study N (NCT...)".
  std::optional<Diagnostic> error;
  // The study is read, but something is odd; named "FILE#NCT..." (or "FILE#N").
  std::vector<Diagnostic> warnings;
  bool not_a_study = false;  // no protocolSection: not API v2 study JSON at all
};

struct CtgovFile {
  std::vector<CtgovStudy> studies;
  // The file as a whole is not study JSON (then `studies` is empty): not JSON, no
  // studies, or no value in it is an API v2 study (the classic API's FullStudiesResponse
  // is named as such). Named FILE, with the line for JSON Lines.
  std::optional<Diagnostic> error;
};

// Reads study JSON. `source` names the file in the comment line of each .criteria text;
// `where` names it in the diagnostics (default: `source`).
CtgovFile read_ctgov_json(std::string_view json_text, std::string_view source,
                          std::string_view where = {});

// True when the text starts (after spaces and a byte order mark) with '{' or '[': JSON
// rather than a .criteria file.
bool looks_like_json(std::string_view text);

}  // namespace eligo::grammar
