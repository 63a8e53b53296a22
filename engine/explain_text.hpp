// Internal to the explanation renderers (explain*.cpp): the small pieces every
// explanation is made of (units, dates, sources, observations, why a value is missing,
// derived inputs, events), each appended to a caller's buffer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/derived.hpp"
#include "engine/evaluator.hpp"

namespace eligo::engine {

void append_unit(std::string& out, std::string_view code);  // " mg/dL"; nothing for ""
// ": met", ": not met", ": unknown".
void append_result(std::string& out, Tri value);
// "5 mg/dL", "3 x ULN", "ULN + 1 mg/dL"; an inferred unit says so.
void append_threshold(std::string& out, const Threshold& t);
void append_date(std::string& out, Date date);  // "2026-11-20"
void append_day(std::string& out, Day day);
void append_source(std::string& out, const patients::SourceLocation& source);  // " (lab.csv:4)"
void append_duration(std::string& out, const Duration& duration);              // "28 days"
// "anc 1.2 10^9/L on 2026-11-01 (lab.csv:4)".
void append_observation(std::string& out, const TrialEvaluation& ev, const ObservationFact& fact,
                        const VocabularyEntry* entry);
// " (outside 0 to 5000 10^9/L)": the entry's plausible range; nothing without one.
void append_plausible_range(std::string& out, const VocabularyEntry& entry);
// Why `entry` has no usable measured value, from the look-up the evaluation recorded in
// `o`: "no platelets on record", "latest platelets 2026-08-01 is 111 days old; window 28
// days", ...
void append_lookup(std::string& out, const TrialEvaluation& ev, const VocabularyEntry& entry,
                   const NodeOutcome& o, bool derived);
// The derived value the evaluation computed or tried for `o` (none: a default one).
const DerivedValue& derived_of(const TrialEvaluation& ev, const NodeOutcome& o);
void append_lookup_status(std::string& out, const TrialEvaluation& ev, const VocabularyEntry& entry,
                          const Lookup& lookup);
// A derived value's input: "age 60 (birth_date 1966-05-01)", "no weight on record".
void append_input(std::string& out, const TrialEvaluation& ev, const InputUse& input);
void append_bad_node(std::string& out, std::string_view item);
void append_has_event(std::string& out, const TrialEvaluation& ev, const NodeOutcome& o,
                      const HasEvent& node);
void append_time_since(std::string& out, const TrialEvaluation& ev, const NodeOutcome& o,
                       const TimeSince& node);
void append_manual(std::string& out, const Manual& node);
// History leaves with their values, or unknown for want of history (explain_history.cpp).
void append_change(std::string& out, const TrialEvaluation& ev, const PreparedNode& p,
                   const NodeOutcome& o, const Change& node);
void append_doubling_time(std::string& out, const TrialEvaluation& ev, const PreparedNode& p,
                          const NodeOutcome& o, const DoublingTime& node);
void append_count(std::string& out, const TrialEvaluation& ev, const PreparedNode& p,
                  const NodeOutcome& o, const CountOf& node);
void append_ratio(std::string& out, const TrialEvaluation& ev, const PreparedNode& p,
                  const NodeOutcome& o, const Ratio& node);

// The leaves below `node` of criterion `criterion` that decided its value (explain.cpp).
void deciding_leaves(const TrialEvaluation& ev, std::size_t criterion, NodeId node,
                     std::vector<NodeId>& out, unsigned depth = 0);
// Their explanations joined by "; ", each distinct text once.
void append_leaves(std::string& out, const TrialEvaluation& ev, std::size_t criterion,
                   const std::vector<NodeId>& leaves);
// The passages of a criterion the compiler did not understand, quoted, comma-separated.
void append_uncovered(std::string& out, const Criterion& criterion);
// A refused row (PatientRecord::refused index) that keeps an item unknown: "a row of
// this patient's was refused (labs.csv:7) (asct) and may hold it: not assumed absent".
void append_refused(std::string& out, const TrialEvaluation& ev, std::int32_t row);
// The question a record leaves open (docs/evaluation.md, "Absent events and disease
// states"): "is it relapsed multiple myeloma or refractory multiple myeloma?" for kinds
// of what is on record, "is there a partial response?" for a state of it.
// "observations", "conditions", "medications", "procedures": a list of facts of `kind`
// as a source sends it (PatientRecord::incomplete).
std::string_view list_name(ItemKind kind);

void append_question(std::string& out, const Vocabulary& vocabulary, const VocabularyEntry& asked,
                     const VocabularyEntry* or_asked, const VocabularyEntry& on_record);

}  // namespace eligo::engine
