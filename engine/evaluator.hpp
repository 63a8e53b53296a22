// Evaluation: a trial's criterion trees against one patient as of a reference date, in
// Kleene logic. A trial is prepared once (measures resolved to vocabulary entries,
// threshold units parsed); each (patient, trial) evaluation then fills one NodeOutcome
// per tree node: the tri-state value, what was found (the fact used, by index into the
// PatientView, the compared values in one unit) and, for an unknown, why. No text is
// formatted and nothing is allocated per node once the buffers are warm; explanations
// are rendered from outcomes on demand (explain.hpp). Missing data is unknown, never
// met and never not met.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/date.hpp"
#include "core/trial.hpp"
#include "core/units.hpp"
#include "core/vocabulary.hpp"
#include "engine/derived.hpp"
#include "engine/patient_view.hpp"
#include "engine/tri.hpp"

namespace eligo::engine {

// A threshold's unit (or a set's), parsed once per trial, with the conversion from the
// measure's canonical unit into it (exact for whole ratios: x 1000, / 10).
struct PreparedUnit {
  Unit unit;
  bool ok = true;     // false: the unit did not parse, or no conversion reaches it
  double factor = 1;  // canonical -> unit: x factor, or / factor when `divide`
  bool divide = false;
  bool across = false;  // the conversion is between mass and molar concentration
  double shift = 0;     // added after the factor: affine units (temperatures)

  double from_canonical(double value) const {
    return (divide ? value / factor : value * factor) + shift;
  }
};

// What a node of a criterion's tree needs beyond the node itself.
struct PreparedNode {
  const VocabularyEntry* entry = nullptr;  // the measure, item or event; null if unknown
  Derivation derivation = Derivation::none;
  PreparedUnit unit;     // Compare threshold, Range low, InSet unit
  PreparedUnit unit2;    // Range high
  PreparedUnit measure;  // the entry's canonical unit (derived values, vocabulary ranges)
  const VocabularyEntry* entry2 = nullptr;  // Ratio: the denominator
  Derivation derivation2 = Derivation::none;
};

struct PreparedCriterion {
  std::vector<PreparedNode> nodes;  // parallel to the criterion's tree.nodes
  bool valid = true;  // false: malformed (a child out of range, a cycle, deeper than 512)
};

// A trial ready to evaluate. Holds pointers into `trial` and `vocabulary`: both must
// outlive it.
struct PreparedTrial {
  const Trial* trial = nullptr;
  const Vocabulary* vocabulary = nullptr;
  DerivationEntries derivation_entries;
  std::vector<PreparedCriterion> criteria;  // parallel to trial->criteria
  std::uint64_t serial = 0;                 // unique per prepare() call: evaluations cache by it
};

PreparedTrial prepare(const Trial& trial, const Vocabulary& vocabulary);

// What a node found. Leaves set one of the first groups; And/Or/Not/AtLeast set logic.
enum class Finding : std::uint8_t {
  logic,  // a composite node: see its children
  // measures (Compare, Range, InSet)
  measured,      // fact: the observation used
  derived,       // computed by `derivation` (inputs: derive() again)
  absent,        // no observation on record (and no derivation possible)
  future_only,   // observations only after the reference date
  stale,         // fact: the latest, older than the window
  undated,       // fact: the latest has no date; the item is windowed
  conflict,      // fact, fact2: two different values on the latest date
  bad_unit,      // fact: its unit is unknown or does not convert
  bad_value,     // fact: not a finite number
  implausible,   // fact: negative, or beyond what the quantity can be (plausible())
  no_reference,  // no ULN/LLN in the observation nor in the vocabulary
  bad_node,      // the tree names an item the vocabulary lacks, or a unit that does not parse
  // categorical (IsValue)
  value_found,   // the record's value (sex)
  value_absent,  // no value on record (sex), or an item with no categorical value
  // events (HasEvent, TimeSince)
  event_present,   // fact: a present record (within the window if one is given)
  event_absent,    // fact: the latest record says absent; no present one
  event_none,      // no record at all
  event_outside,   // fact: the latest present record, before the window
  event_undated,   // fact: a present record without a date where a date is needed
  event_future,    // only records after the reference date
  event_conflict,  // fact, fact2: present and absent on the same date
  event_context,   // fact: no record of it, but of a more general item or a condition it
                   // is a state of (Vocabulary::contexts): which kind is not recorded
  // either kind
  refused,  // fact: PatientRecord::refused index: a refused row of the patient's may hold
            // what the record lacks (it names the item, or no readable item)
  // the record's list of this kind of fact is incomplete (PatientRecord::incomplete)
  incomplete_list,
  // a value's history (Change, DoublingTime, CountOf)
  history_short,        // too few values: no earlier value, or fewer than 3 to fit
  history_nonpositive,  // fact: a value of 0 or less where a ratio or a logarithm needs more
  // manual
  manual,  // a person must decide
};

// Where a ULN/LLN came from.
enum class LimitSource : std::uint8_t { none, record, vocabulary };

struct NodeOutcome {
  Tri value = Tri::unknown;
  bool manual_only = false;  // unknown only because of Manual leaves below
  Finding finding = Finding::logic;
  Derivation derivation = Derivation::none;  // set when a derivation was used or tried
  std::uint8_t missing = 0;                  // Input bits a failed derivation lacked
  LimitSource limit_source = LimitSource::none;
  bool across = false;     // the value crossed mass <-> molar
  std::int32_t fact = -1;  // PatientView::observation() / event() index
  std::int32_t fact2 = -1;
  double value_in_unit = 0;    // the patient's value, in `unit`
  double low = 0;              // the threshold compared with (Range: the low end), in `unit`
  double high = 0;             // Range: the high end, in `unit`
  double limit = 0;            // the ULN/LLN used, in `unit`
  const Unit* unit = nullptr;  // the unit of the comparison (null: none happened)
  std::int32_t days = 0;       // stale: age of the value in days
  // What the evaluation read, so explanations never evaluate again: the status of the
  // latest-value look-up of a measure leaf (with `fact`, `fact2`), and the derived value
  // computed or tried for it (TrialEvaluation::derived; -1: none).
  LookupStatus lookup = LookupStatus::absent;
  std::int32_t derived = -1;
  // History leaves: the values read (Change: 2; DoublingTime: those fitted; CountOf: those
  // in the window); Ratio: 1 when the denominator's value is the one that failed.
  std::int32_t count = 0;
  std::uint8_t which = 0;

  bool operator==(const NodeOutcome&) const = default;
};

// The per-patient part of an evaluation: the reference date and the window.
struct EvaluationDates {
  Date as_of;
  Day as_of_day = 0;
  Day window_start = kNoDate;  // as_of minus the trial's lab window
};

EvaluationDates evaluation_dates(Date as_of, const Duration& lab_window);

// One (patient, trial) evaluation. Reusable: evaluate() overwrites it, keeping capacity.
struct TrialEvaluation {
  const PreparedTrial* trial = nullptr;
  const PatientView* view = nullptr;
  EvaluationDates dates;
  std::vector<NodeOutcome> nodes;      // every criterion's nodes, concatenated
  std::vector<std::uint32_t> offsets;  // criterion i's nodes start at nodes[offsets[i]]
  // The first day of each HasEvent node's window (kNoDate elsewhere), parallel to
  // `nodes`; recomputed only when the trial or the reference date changes.
  std::vector<Day> event_windows;
  std::uint64_t trial_serial = ~std::uint64_t{0};  // the PreparedTrial cached parts are of
  // The derived values computed (or tried) during the evaluation, each with the inputs
  // it read; NodeOutcome::derived indexes them.
  std::vector<DerivedValue> derived;

  const NodeOutcome& outcome(std::size_t criterion, NodeId node) const {
    return nodes[offsets[criterion] + node];
  }
};

// Evaluates every criterion's tree (children are combined by the verdict, verdict.hpp).
void evaluate(const PreparedTrial& trial, const PatientView& view, Date as_of,
              TrialEvaluation& out);
TrialEvaluation evaluate(const PreparedTrial& trial, const PatientView& view, Date as_of);

// The children of a node, without allocating (tree.hpp's children_of copies them).
std::span<const NodeId> child_ids(const Node& node);

// ---- what would decide an unknown

enum class NeedKind : std::uint8_t {
  measure,           // a value of `entry` within the window (or any value, if not windowed)
  resolve_conflict,  // one value of `entry` for `day`
  convertible_unit,  // `entry` in a unit that converts to the criterion's
  reference_range,   // the lab's reference range for `entry`
  check_value,       // the recorded value of `entry` on `day` is implausible: check it
  value,             // a value of `entry` (sex, birth_date)
  event_date,        // the date of `entry`'s record
  event_state,       // whether `context`, on record, is `entry` (or `entry2`): "multiple
                     // myeloma is recorded; is it relapsed or refractory?"
  refused_row,       // the refused row `row` (PatientRecord::refused) corrected
  complete_list,     // the whole list of `entry`'s kind from the source
  history,           // the earlier values of `entry` that `node` (Change, DoublingTime) needs
  criterion,         // the criterion's tree is faulty (unknown item or unit): fix the file
};

struct Need {
  NeedKind kind = NeedKind::measure;
  const VocabularyEntry* entry = nullptr;
  Day day = kNoDate;
  Derivation derivation = Derivation::none;  // measure: an alternative computation...
  std::uint8_t missing = 0;                  // ...and the inputs it lacks
  const char* item = nullptr;                // value: "birth_date" when entry is null
  const VocabularyEntry* context = nullptr;  // event_state: the item on record
  const VocabularyEntry* entry2 = nullptr;   // event_state: a second kind asked of it
  std::int32_t row = -1;                     // refused_row: its PatientRecord::refused index
  const Node* node = nullptr;                // history: the leaf that needs them

  bool operator==(const Need&) const = default;
};

// Appends what would decide `node` of `criterion`'s tree if it is unknown (nothing when
// it is decided): the leaves below it that are unknown for lack of data, unique.
void collect_needs(const TrialEvaluation& evaluation, std::size_t criterion, NodeId node,
                   std::vector<Need>& out);

}  // namespace eligo::engine
