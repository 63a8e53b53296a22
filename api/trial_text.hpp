// Reading one trial text, the one way every front end does it (eligo screen, explain,
// serve, and api::Engine under the C library and the CDS service): a .criteria text or
// ClinicalTrials.gov study JSON (one study, {"studies": [...]}, an array or JSON Lines)
// compiled into trials, each with the place it came from, and every problem as a
// Diagnostic rendered with its source. Trial ids are checked by the caller (TrialIds),
// which decides what a duplicate does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/trial.hpp"
#include "core/vocabulary.hpp"

namespace eligo::api {

struct TextTrial {
  Trial trial;
  std::string place;  // "a.criteria", "studies.json, study 3": for TrialIds
};

// A problem and its text as render() writes it (with the source line and a caret for a
// problem in a criteria text).
struct RenderedDiagnostic {
  Diagnostic diagnostic;
  std::string text;  // ends with a newline
};

struct TrialTextRead {
  std::vector<TextTrial> trials;  // in the order of the text
  // What every front end says: the text is empty or not study JSON, a study gives no
  // trial (and its warnings), bytes that are not UTF-8, a compile error, no criterion.
  std::vector<RenderedDiagnostic> problems;
  // The compilers' warnings and notes on the wording (a statement left uncovered, a
  // header line missing), as `eligo check` lists them; screen does not repeat them.
  std::vector<RenderedDiagnostic> compile_findings;
  bool unreadable = false;  // empty, or JSON that is not study JSON
  bool has_errors() const;
};

// What a text is: told by its first visible byte (JSON opens with '{' or '['), or said.
enum class TrialTextKind { detect, criteria, study_json };

// `name` names the text in every diagnostic (a path, or the name a caller gave).
// Compiled criteria texts are also checked byte by byte (NUL, bytes that are not UTF-8:
// warnings). A text or study that gives no criterion is an error, and gives no trial.
TrialTextRead read_trial_text(std::string text, std::string_view name, const Vocabulary& vocabulary,
                              TrialTextKind kind = TrialTextKind::detect);

}  // namespace eligo::api
