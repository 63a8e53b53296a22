// Explanations: text rendered from an evaluation and its verdict, only when asked.
// Every value shown comes with its date, its unit as the record wrote it and where it
// was read (file:line); a conversion shows the converted value; a derived value shows
// its formula and inputs; an unknown says what is missing. The append_* functions write
// into a caller's buffer, for screens that render millions of lines.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "engine/evaluator.hpp"
#include "engine/verdict.hpp"

namespace eligo::engine {

// One node: a leaf's finding ("anc 1.2 10^9/L on 2026-11-01 (lab.csv:4) = 1200 /uL >=
// 1000 /uL: met"), or a composite's operator and value ("any of 2: met").
void append_node(std::string& out, const TrialEvaluation& evaluation, std::size_t criterion,
                 NodeId node);
std::string explain_node(const TrialEvaluation& evaluation, std::size_t criterion, NodeId node);

// A criterion in one line, as the JSON's "explanation": the leaves that decided it
// ("; " between them), preceded by what limits it (partially understood, manual,
// combined from its children).
void append_criterion(std::string& out, const TrialEvaluation& evaluation, const Verdict& verdict,
                      std::size_t criterion);
std::string explain_criterion(const TrialEvaluation& evaluation, const Verdict& verdict,
                              std::size_t criterion);

// What would decide, as text: "platelets within 28 days of 2026-11-20".
void append_need(std::string& out, const TrialEvaluation& evaluation, const Need& need);
std::string describe(const TrialEvaluation& evaluation, const Need& need);

// A fact a criterion used: an observation, with the value compared where it was
// converted.
struct UsedFact {
  std::int32_t observation = -1;  // PatientView::observation() index
  std::string converted;          // "1200 /uL", or empty when compared as written
  bool operator==(const UsedFact&) const = default;
};
// The observations the evaluation used (measured leaves and inputs of derived values),
// each once, in criterion order.
std::vector<UsedFact> used_facts(const TrialEvaluation& evaluation);

// The whole explanation of one (patient, trial) pair as a coordinator reads it: the
// verdict, then each criterion with its text, result, coverage and every leaf of its
// tree, then what to decide and what to confirm.
std::string explain(const TrialEvaluation& evaluation, const Verdict& verdict);

// Number formatting shared by the renderers: as written (shortest exact form) and
// computed (six significant digits).
void append_number(std::string& out, double value);
void append_computed(std::string& out, double value);

}  // namespace eligo::engine
