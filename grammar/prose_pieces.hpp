// Prose stage 2 output: the pieces the scanning grammar records. Grammar actions push
// small tokens (a measure, an operator, a number, a unit) and collapse them into larger
// ones (a quantity, a comparison, a statement) when the enclosing rule succeeds; a
// rule that fails drops what it pushed (ScanState's marks, see prose_scan.cpp). After
// the scan, only top-level pieces remain: statements, windows, connectives, negations,
// condition words, noise and uncovered words, each with its range in the normalised
// text. Stage 3 (prose_assemble.cpp) turns them into a Tree and a Coverage.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/tree.hpp"
#include "core/units.hpp"
#include "core/vocabulary.hpp"
#include "grammar/prose_lexicon.hpp"

namespace eligo::grammar::prose {

// A half-open range of the normalised text.
struct Pos {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// A number with what follows it: a unit, "x ULN", "above the ULN", a time unit.
struct Quantity {
  double value = 0;
  bool integer_written = true;  // no decimal point
  std::optional<Unit> unit;     // parsed unit, when one was written and accepted
  std::string unit_written;     // the unit text as normalised
  std::string unit_error;       // non-empty: a unit was written and parse_unit refused it
  Pos unit_pos;
  Reference ref = Reference::none;
  RefMode mode = RefMode::times;
  std::optional<TimeUnit> time;  // a duration: 6 months
  Pos pos;
};

// One comparison as written after (or before) its subject.
struct Comparison {
  enum class Form { compare, range, set, normal_range };
  Form form = Form::compare;
  Op op = Op::ge;
  bool op_written = true;    // false for a bare value ("ECOG 1", "2 g/dL below LLN")
  bool op_conflict = false;  // words and a restated symbol disagree: "more than (<=)"
  Quantity q;                // compare
  Quantity low, high;        // range
  bool low_inclusive = true, high_inclusive = true;
  std::vector<double> values;  // set
  Pos pos;
};

// Tokens that live only inside a statement rule.
struct TokMeasure {
  const VocabularyEntry* entry = nullptr;
  std::string key;  // the name matched ("performance statu", "ECOG")
};
// A method named with a measure: "by Cockcroft-Gault". It names the item it computes.
struct TokMethod {
  std::string_view item;
};
struct TokEvent {
  const VocabularyEntry* entry = nullptr;
  std::string key;  // the name matched, for "hepatitis B or C"
};
struct TokJoin {
  bool is_or = false;
  bool subjects = false;  // joins the measures of one name ("blasts in marrow or blood")
};
struct TokOp {
  Op op = Op::ge;
};
struct TokNumber {
  double value = 0;
  bool integer_written = true;
};
struct TokUnit {
  std::optional<Unit> unit;
  std::string written;
  std::string error;
};
struct TokRef {
  Reference ref = Reference::uln;
};
struct TokDirection {
  RefMode mode = RefMode::plus;
};
struct TokTime {
  TimeUnit unit = TimeUnit::days;
};
struct TokBound {
  std::optional<Op> op;
  Quantity q;
};
struct TokRestatement {
  std::optional<Op> op;
  Quantity q;
};
struct TokAside {};  // a bracketed aside the statement does not understand
// The text of a condition the grammar does not understand ("if deemed due to the disease").
struct TokConditionText {
  std::string text;
};
// "except Gilbert syndrome, in which direct bilirubin <= 5 mg/dL": the event, and the
// alternative comparison with its own subject when one is written.
struct TokException {
  std::vector<const VocabularyEntry*> events;  // "Gilbert's syndrome or hemolysis": any
  std::vector<Pos> uncovered;                  // the part of the list not understood
  const VocabularyEntry* subject = nullptr;
  std::optional<Comparison> alternative;
  // A measured condition instead of events: "for subjects with total bilirubin > 1.5 ULN".
  const VocabularyEntry* condition_subject = nullptr;
  std::optional<Comparison> condition;
  // A condition for a person instead: its text and where it is.
  std::optional<TokConditionText> manual;
  Pos manual_pos;
};

// A word that gives a value of a pair its role: "blood pressure" before "160/100",
// "systolic" and "diastolic" after a value, "in males" and "in females" after a threshold.
struct TokMark {
  enum class Kind { pressure, systolic, diastolic, male, female };
  Kind kind = Kind::pressure;
};

// A word of a criterion over a measure's history (prose_grammar_history.hpp): the
// direction of a change, what it is from, a window, "absolute", "apart", "consecutive".
struct TokHistory {
  enum class Kind {
    rise,
    fall,
    doubled,
    from_baseline,
    from_nadir,
    window,
    absolute,
    apart,
    consecutive
  };
  Kind kind = Kind::rise;
  std::optional<Duration> duration;  // window, apart
};

// A compiled statement: its own small tree, and what stage 3 needs to know about it.
struct Statement {
  Tree tree;
  const VocabularyEntry* event = nullptr;  // set for a bare HasEvent, which windows can join
  std::vector<Diagnostic> diagnostics;     // spans in normalised offsets
  std::vector<Pos> uncovered;              // parts not understood (a restatement in a
                                           // unit that does not match, an exception)
  bool rejected = false;                   // a unit problem: the text stays uncovered
  std::string for_some = {};               // a measure's threshold for some patients only
                                           // ("for patients > 16 years"): its id
};

// Top-level pieces.
struct Window {
  Duration within;
};
struct Connective {
  enum class Kind { and_, or_, nor, comma, hard, colon };
  Kind kind = Kind::and_;
};
struct Negation {};
struct Condition {
  bool exception = false;
};  // "except"/"unless" vs "if"/"in patients with"
struct ListIntro {
  bool examples = true;
};                     // "e.g.", "including", "any of the following"
struct Permission {};  // "allowed", "permitted", "eligible", "may"
struct Grade {};       // "grade 3 or higher": of what is not known
struct Paren {
  bool open = true;
};
struct Noise {};
struct Word {};  // an uncovered content word

using Payload =
    std::variant<TokMeasure, TokMethod, TokEvent, TokJoin, TokOp, TokNumber, TokUnit, TokRef,
                 TokDirection, TokTime, TokBound, TokRestatement, TokAside, TokConditionText,
                 TokException, TokMark, TokHistory, Quantity, Comparison, Statement, Window,
                 Connective, Negation, Condition, ListIntro, Permission, Grade, Paren, Noise, Word>;

struct Item {
  Pos pos;
  Payload payload;
};

// The payload of an item as T, or null.
template <class T>
const T* as(const Item& item) {
  return std::get_if<T>(&item.payload);
}
// A tree span of a normalised range (stage 3 maps it to the source).
inline Span span_of(Pos pos) { return Span{pos.begin, pos.end, 0, 0}; }
// The smallest range holding both.
inline Pos join(Pos a, Pos b) { return Pos{std::min(a.begin, b.begin), std::max(a.end, b.end)}; }

}  // namespace eligo::grammar::prose
