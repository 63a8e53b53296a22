// The tree builder behind parse_rule: PEGTL actions (rule_parser.cpp) report each
// token here, and the builder assembles the Tree bottom-up on an operand stack, checks
// names and units against the vocabulary, and collects diagnostics instead of
// throwing. Private to grammar/; it knows nothing of PEGTL.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/tree.hpp"
#include "core/vocabulary.hpp"

namespace eligo::grammar {

struct RuleParse;

class RuleBuilder {
 public:
  RuleBuilder(const Vocabulary& vocabulary, Span origin)
      : vocabulary_(vocabulary), origin_(origin) {}

  // The span of `size` bytes at a parser position (0-based byte, 1-based line/column of
  // the rule text), shifted by the origin.
  Span span(std::size_t byte, std::size_t line, std::size_t column, std::size_t size) const;
  void error(Span span, std::string message);

  // Thresholds: begin, then number / unit / reference / offset as they occur, then end.
  void threshold_begin();
  void number(std::string_view text, Span span);
  void unit(std::string_view text, Span span);
  void reference(Reference ref) { ref_ = ref; }
  void offset(RefMode mode) {
    mode_ = mode;
    has_offset_ = true;
  }
  // After `ULN` or `ULN + q`: a bare reference is 1 x ULN.
  void reference_alone() {
    if (!has_offset_) value_ = 1;
  }
  void threshold_end();

  // Measure conditions: the measure, then one of the clauses, then the condition.
  void measure(std::string_view name, Span span);
  void op(Op op) { op_ = op; }
  void comparison();
  void range_open(bool inclusive) { low_inclusive_ = inclusive; }
  void range_low() { low_ = threshold_; }
  void range_high() { high_ = threshold_; }
  void range_close(bool inclusive);
  void set_open();
  void set_number();
  void set_value(std::string value) { words_.push_back(std::move(value)); }
  void set_close(bool numbers);
  void is_value();
  void measure_condition(Span span);

  // Events and time.
  void event(std::string_view name, Span span);
  void amount(std::string_view text, Span span);
  void time_unit(TimeUnit unit) { time_unit_ = unit; }
  void has_begin() { within_.reset(); }
  void within() { within_ = Duration{amount_, time_unit_}; }
  void has_event(Span span);
  void since(TimeUnit unit) { since_unit_ = unit; }
  void time_since(Span span);

  // A value's history (change, doubling_time, count, ratio): begin, the measure, the
  // arguments, then the condition.
  void history_begin();
  void change_from(ChangeFrom from) { from_ = from; }
  void before_date(std::string_view text, Span span);
  void change_percent() { percent_change_ = true; }
  void change_threshold();
  void change(Span span);
  void doubling_time(Span span);
  void count_value();
  void apart() { apart_ = Duration{amount_, time_unit_}; }
  void count_total(std::string_view digits, Span span);
  void count(Span span);
  void ratio_denominator(std::string_view name, Span span);
  void ratio(Span span);

  // Quoted texts and manual leaves.
  void text_begin() { text_.clear(); }
  void text_append(std::string_view chars) { text_ += chars; }
  const std::string& text() const { return text_; }
  void manual_begin() { reason_.clear(); }
  void manual_text() { manual_text_ = text_; }
  void because_text() { reason_ = text_; }
  void manual(Span span);

  // Logic. chain_begin marks the operand stack; and_chain/or_chain fold what was
  // pushed since the matching mark into one node (or leave a single operand alone).
  void negation(Span span);
  void chain_begin() { marks_.push_back(operands_.size()); }
  void and_chain(Span span) { fold_chain(span, true); }
  void or_chain(Span span) { fold_chain(span, false); }
  void at_least_count(std::string_view digits, Span span);
  void at_least(Span span);

  // The tree (empty on any error) and every diagnostic, the syntax error last.
  RuleParse finish(std::optional<Diagnostic> syntax_error);

 private:
  void push(NodeKind kind, Span span);
  void fold_chain(Span span, bool is_and);
  // The canonical code of the unit just read, checked against the current measure;
  // nullopt (with a diagnostic) when it does not parse or does not fit.
  std::optional<std::string> checked_unit();

  const Vocabulary& vocabulary_;
  Span origin_;
  Tree tree_;
  std::vector<NodeId> operands_;
  std::vector<std::size_t> marks_;
  struct AtLeastFrame {
    std::size_t mark = 0;
    unsigned k = 0;
    bool k_valid = true;  // false when the count did not fit (already reported)
    Span span;
  };
  std::vector<AtLeastFrame> at_least_;
  std::vector<Diagnostic> diagnostics_;

  // Scratch for the leaf being read; leaves never nest, so one of each is enough.
  std::string measure_;
  const VocabularyEntry* entry_ = nullptr;
  Op op_ = Op::ge;
  double value_ = 0;
  Span number_span_;
  std::string unit_written_;
  Span unit_span_;
  Reference ref_ = Reference::none;
  RefMode mode_ = RefMode::times;
  bool has_offset_ = false;
  Threshold threshold_;
  Threshold low_;
  Threshold high_;
  bool low_inclusive_ = true;
  std::optional<NodeKind> leaf_;
  std::vector<double> numbers_;
  std::string set_unit_;
  std::vector<std::string> words_;
  std::string event_;
  double amount_ = 0;
  TimeUnit time_unit_ = TimeUnit::days;
  TimeUnit since_unit_ = TimeUnit::months;
  std::optional<Duration> within_;
  bool percent_change_ = false;  // the threshold being read is a change's: % is relative
  ChangeFrom from_ = ChangeFrom::baseline;
  std::optional<Date> before_;
  std::optional<Duration> apart_;
  Op value_op_ = Op::ge;
  Threshold count_value_;
  unsigned count_ = 0;
  std::string denominator_;
  std::string text_;
  std::string manual_text_;
  std::string reason_;
};

}  // namespace eligo::grammar
