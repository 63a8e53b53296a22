// Assembles the Tree for parse_rule from the tokens the PEGTL actions report, and
// checks measures, events and units against the vocabulary. Children are added before
// their parent, so the operand stack never holds a node twice.
#include "grammar/rule_builder.hpp"

#include <charconv>
#include <system_error>

#include "core/units.hpp"
#include "grammar/check_units.hpp"
#include "grammar/rule_parser.hpp"

namespace eligo::grammar {

Span RuleBuilder::span(std::size_t byte, std::size_t line, std::size_t column,
                       std::size_t size) const {
  Span s;
  s.begin = static_cast<std::uint32_t>(origin_.begin + byte);
  s.end = static_cast<std::uint32_t>(s.begin + size);
  s.line = static_cast<std::uint32_t>(origin_.line + line - 1);
  // Only the first line of the rule starts at the origin's column.
  s.column = static_cast<std::uint32_t>(line == 1 ? origin_.column + column - 1 : column);
  return s;
}

void RuleBuilder::error(Span span, std::string message) {
  Diagnostic d{Severity::error, span, std::move(message), {}};
  // An action the grammar runs again after backtracking reports once.
  if (!diagnostics_.empty() && diagnostics_.back() == d) return;
  diagnostics_.push_back(std::move(d));
}

void RuleBuilder::push(NodeKind kind, Span span) {
  operands_.push_back(tree_.add(std::move(kind), span));
}

// ---------------------------------------------------------------- thresholds

void RuleBuilder::threshold_begin() {
  ref_ = Reference::none;
  mode_ = RefMode::times;
  has_offset_ = false;
  value_ = 0;
  unit_written_.clear();
}

void RuleBuilder::number(std::string_view text, Span span) {
  value_ = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value_);
  if (ec != std::errc() || end != text.data() + text.size()) {
    error(span, "number '" + shorten(text) + "' is out of range");
  }
  number_span_ = span;
  unit_written_.clear();
  // A missing unit is reported just after the number, where it belongs.
  unit_span_ = Span{span.end, span.end, span.line, span.column + (span.end - span.begin)};
}

void RuleBuilder::unit(std::string_view text, Span span) {
  unit_written_ = std::string(text);
  unit_span_ = span;
}

std::optional<std::string> RuleBuilder::checked_unit() {
  Result<Unit> unit =
      entry_ != nullptr ? check_unit(*entry_, unit_written_) : parse_unit(unit_written_);
  if (!unit) {
    // `3 x` without ULN reads as the unit "x": say what was probably meant.
    const bool times_sign = unit_written_ == "x" || unit_written_ == "X" || unit_written_ == "*" ||
                            unit_written_ == "×";
    error(unit_span_,
          times_sign ? "expected 'ULN' or 'LLN' after '" + unit_written_ + "'" : unit.error());
    return std::nullopt;
  }
  return unit->code;
}

void RuleBuilder::threshold_end() {
  Threshold t;
  t.ref = ref_;
  t.mode = mode_;
  t.value = value_;
  const bool takes_unit = ref_ == Reference::none || mode_ != RefMode::times;
  if (takes_unit) {
    t.unit_written = unit_written_;
    if (percent_change_ && unit_written_ == "%") {
      t.unit = "%";  // relative to the earlier value, whatever the measure's unit
    } else if (auto code = checked_unit()) {
      t.unit = *code;
    }
  }
  percent_change_ = false;
  threshold_ = t;
}

// ---------------------------------------------------------------- measure conditions

void RuleBuilder::measure(std::string_view name, Span span) {
  measure_ = std::string(name);
  entry_ = nullptr;
  leaf_.reset();
  words_.clear();
  numbers_.clear();
  Result<const VocabularyEntry*> found = find_measure(vocabulary_, name);
  if (found) {
    entry_ = *found;
  } else {
    error(span, found.error());
  }
}

void RuleBuilder::comparison() { leaf_ = Compare{measure_, op_, threshold_}; }

void RuleBuilder::range_close(bool inclusive) {
  leaf_ = Range{measure_, low_, low_inclusive_, high_, inclusive};
}

void RuleBuilder::set_open() {
  numbers_.clear();
  words_.clear();
  set_unit_.clear();
}

void RuleBuilder::set_number() {
  const auto code = checked_unit();
  if (code) {
    if (numbers_.empty()) {
      set_unit_ = *code;
    } else if (*code != set_unit_) {
      error(unit_span_,
            "every value of a set takes the same unit; the first took '" + set_unit_ + "'");
    }
  }
  numbers_.push_back(value_);
}

void RuleBuilder::set_close(bool numbers) {
  if (numbers) {
    leaf_ = InSet{measure_, numbers_, set_unit_};
  } else {
    leaf_ = IsValue{measure_, words_};
  }
}

void RuleBuilder::is_value() { leaf_ = IsValue{measure_, words_}; }

void RuleBuilder::measure_condition(Span span) {
  if (leaf_) push(std::move(*leaf_), span);
  leaf_.reset();
}

// ---------------------------------------------------------------- events and time

void RuleBuilder::event(std::string_view name, Span span) {
  event_ = std::string(name);
  Result<const VocabularyEntry*> found = find_event(vocabulary_, name);
  if (!found) error(span, found.error());
}

void RuleBuilder::amount(std::string_view text, Span span) {
  number(text, span);
  amount_ = value_;
}

void RuleBuilder::has_event(Span span) { push(HasEvent{event_, within_}, span); }

void RuleBuilder::time_since(Span span) {
  push(TimeSince{event_, op_, Duration{amount_, since_unit_}}, span);
}

// ---------------------------------------------------------------- a value's history

void RuleBuilder::history_begin() {
  within_.reset();
  apart_.reset();
  before_.reset();
  from_ = ChangeFrom::baseline;
  percent_change_ = false;
}

void RuleBuilder::before_date(std::string_view text, Span span) {
  from_ = ChangeFrom::before;
  Result<Date> day = parse_iso_date(text);
  if (!day) return error(span, day.error());
  before_ = *day;
}

void RuleBuilder::change_threshold() {
  if (threshold_.ref != Reference::none) {
    error(number_span_,
          "a change is a number with % or with a unit of the measure, not ULN or LLN");
  }
}

void RuleBuilder::change(Span span) {
  if (from_ == ChangeFrom::before && within_) {
    error(span, "'from value before' takes no window: the latest value before that day is used");
  }
  push(Change{measure_, from_, within_, before_, op_, threshold_}, span);
}

void RuleBuilder::doubling_time(Span span) {
  push(DoublingTime{measure_, within_, op_, Duration{amount_, time_unit_}}, span);
}

void RuleBuilder::count_value() {
  value_op_ = op_;
  count_value_ = threshold_;
  if (count_value_.ref != Reference::none) {
    error(number_span_, "count() compares each value with a number in a unit, not ULN or LLN");
  }
}

void RuleBuilder::count_total(std::string_view digits, Span span) {
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), count_);
  if (ec != std::errc() || end != digits.data() + digits.size()) {
    error(span, "count '" + std::string(digits) + "' is out of range");
  }
}

void RuleBuilder::count(Span span) {
  push(CountOf{measure_, value_op_, count_value_, within_, apart_, op_, count_}, span);
}

void RuleBuilder::ratio_denominator(std::string_view name, Span span) {
  denominator_ = std::string(name);
  Result<const VocabularyEntry*> found = find_measure(vocabulary_, name);
  if (!found) return error(span, found.error());
  if (entry_ != nullptr && (*found)->canonical_unit != entry_->canonical_unit) {
    error(span, "a ratio needs two measures in the same unit: " + entry_->id + " is in " +
                    entry_->canonical_unit + ", " + (*found)->id + " in " +
                    (*found)->canonical_unit);
  }
}

void RuleBuilder::ratio(Span span) { push(Ratio{measure_, denominator_, op_, value_}, span); }

void RuleBuilder::manual(Span span) { push(Manual{manual_text_, reason_}, span); }

// ---------------------------------------------------------------- logic

void RuleBuilder::negation(Span span) {
  if (operands_.empty()) return;  // only after a syntax error, which wins anyway
  const NodeId child = operands_.back();
  operands_.pop_back();
  push(Not{child}, span);
}

void RuleBuilder::fold_chain(Span span, bool is_and) {
  if (marks_.empty()) return;
  const std::size_t mark = marks_.back();
  marks_.pop_back();
  if (operands_.size() <= mark + 1) return;  // a single operand is not a chain
  std::vector<NodeId> children(operands_.begin() + static_cast<std::ptrdiff_t>(mark),
                               operands_.end());
  operands_.resize(mark);
  if (is_and) {
    push(And{std::move(children)}, span);
  } else {
    push(Or{std::move(children)}, span);
  }
}

void RuleBuilder::at_least_count(std::string_view digits, Span span) {
  unsigned k = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), k);
  const bool valid = ec == std::errc() && end == digits.data() + digits.size();
  if (!valid) error(span, "count '" + std::string(digits) + "' is out of range");
  at_least_.push_back(AtLeastFrame{operands_.size(), k, valid, span});
}

void RuleBuilder::at_least(Span span) {
  if (at_least_.empty()) return;
  const AtLeastFrame frame = at_least_.back();
  at_least_.pop_back();
  if (operands_.size() < frame.mark) return;
  std::vector<NodeId> children(operands_.begin() + static_cast<std::ptrdiff_t>(frame.mark),
                               operands_.end());
  operands_.resize(frame.mark);
  const std::size_t n = children.size();
  if (frame.k_valid && (frame.k == 0 || frame.k > n)) {
    error(frame.span, "'at least " + std::to_string(frame.k) + " of' needs a count from 1 to " +
                          std::to_string(n) + ", the number of conditions in the list");
  }
  push(AtLeast{frame.k, std::move(children)}, span);
}

RuleParse RuleBuilder::finish(std::optional<Diagnostic> syntax_error) {
  RuleParse out;
  out.diagnostics = std::move(diagnostics_);
  if (syntax_error) out.diagnostics.push_back(std::move(*syntax_error));
  if (!has_errors(out.diagnostics) && operands_.size() == 1) {
    out.tree = std::move(tree_);
    out.tree.root = operands_.back();
  } else if (!has_errors(out.diagnostics)) {
    out.diagnostics.push_back(
        Diagnostic{Severity::error, origin_, "internal error: the rule built no single tree", {}});
  }
  return out;
}

}  // namespace eligo::grammar
