// Reading one trial text; see trial_text.hpp.
#include "api/trial_text.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "grammar/ctgov_study.hpp"
#include "grammar/text_bytes.hpp"
#include "grammar/trial_compiler.hpp"

namespace eligo::api {
namespace {

void add_to(std::vector<RenderedDiagnostic>& list, Diagnostic d, std::string_view source) {
  std::string text = render(d, source);
  list.push_back(RenderedDiagnostic{std::move(d), std::move(text)});
}

void add_problem(TrialTextRead& out, Diagnostic d) { add_to(out.problems, std::move(d), {}); }

// Diagnostics of a compiled text, in the order of the text, named `name`: errors and
// byte warnings are problems, the compilers' warnings and notes findings.
void add_compiled(TrialTextRead& out, std::vector<Diagnostic> diagnostics, std::string_view name,
                  std::string_view source) {
  // Bytes that are not UTF-8 (or NUL), which the document parser reports with the rest.
  const std::vector<Diagnostic> bytes = grammar::byte_warnings(source);
  std::stable_sort(
      diagnostics.begin(), diagnostics.end(),
      [](const Diagnostic& a, const Diagnostic& b) { return a.span.begin < b.span.begin; });
  for (Diagnostic& d : diagnostics) {
    const bool problem =
        d.severity == Severity::error || std::find(bytes.begin(), bytes.end(), d) != bytes.end();
    if (d.file.empty()) d.file = std::string(name);
    add_to(problem ? out.problems : out.compile_findings, std::move(d), source);
  }
}

// Compiles one criteria text; a text with no criterion gives no trial.
void compile(TrialTextRead& out, std::string text, std::string_view name, std::string place,
             const Vocabulary& vocabulary) {
  grammar::TrialCompile compiled = grammar::compile_trial(std::move(text), name, vocabulary);
  add_compiled(out, std::move(compiled.diagnostics), name, compiled.text);
  if (compiled.trial.criteria.empty()) {
    add_problem(out, row_diagnostic(place, 0, "no criteria found; skipped"));
    return;
  }
  out.trials.push_back(TextTrial{std::move(compiled.trial), std::move(place)});
}

}  // namespace

bool TrialTextRead::has_errors() const {
  return std::any_of(problems.begin(), problems.end(), [](const RenderedDiagnostic& p) {
    return p.diagnostic.severity == Severity::error;
  });
}

TrialTextRead read_trial_text(std::string text, std::string_view name, const Vocabulary& vocabulary,
                              TrialTextKind kind) {
  TrialTextRead out;
  const std::string file(name);
  if (trim(text).empty()) {
    add_problem(out, row_diagnostic(file, 0, "empty file; skipped"));
    out.unreadable = true;
    return out;
  }
  if (kind == TrialTextKind::detect) {
    kind = grammar::looks_like_json(text) ? TrialTextKind::study_json : TrialTextKind::criteria;
  }
  if (kind == TrialTextKind::criteria) {
    compile(out, std::move(text), name, file, vocabulary);
    return out;
  }
  // Study JSON: one trial per study; a study that gives none is said and skipped. Each
  // study's text is named "FILE#NCT..." (or "FILE#N" without an NCT number).
  const grammar::CtgovFile studies = grammar::read_ctgov_json(text, name);
  if (studies.error) {
    add_problem(out, *studies.error);
    out.unreadable = true;
    return out;
  }
  for (const grammar::CtgovStudy& study : studies.studies) {
    const std::string study_name =
        file + "#" + (study.nct_id.empty() ? std::to_string(study.index) : study.nct_id);
    for (const Diagnostic& w : study.warnings) add_problem(out, w);
    if (study.error) {
      add_problem(out, *study.error);
      continue;
    }
    compile(out, study.criteria, study_name, file + ", study " + std::to_string(study.index),
            vocabulary);
  }
  return out;
}

}  // namespace eligo::api
