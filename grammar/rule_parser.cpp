// parse_rule: runs the PEGTL grammar (rule_grammar.hpp) over one rule with actions that
// report tokens to the RuleBuilder, an error table that gives every must<> a message,
// and a depth limit on nesting. A parse_error becomes a Diagnostic; nothing escapes.
#include "grammar/rule_parser.hpp"

#include <exception>
#include <optional>
#include <string>
#include <tao/pegtl/contrib/limit_depth.hpp>

#include "grammar/rule_builder.hpp"
#include "grammar/rule_grammar.hpp"

namespace eligo::grammar {

namespace {

namespace g = rule_grammar;
namespace pegtl = tao::pegtl;

// How deeply `not`, groups and `at least` lists may nest before the parser gives up.
constexpr std::size_t kMaxNesting = 200;
constexpr std::string_view kDepthMessage = "maximum parser rule nesting depth exceeded";

// ---------------------------------------------------------------- error table

// The message of a failed must<Rule>; nullptr for rules never used under must<>.
template <typename Rule>
inline constexpr const char* error_message = nullptr;

// clang-format off
template <> inline constexpr auto error_message<g::rule_body> = "expected a condition, such as 'anc >= 1000 /uL'";
template <> inline constexpr auto error_message<g::rule_end> = "expected 'and', 'or' or the end of the rule";
template <> inline constexpr auto error_message<g::and_operand> = "expected a condition after 'and'";
template <> inline constexpr auto error_message<g::or_operand> = "expected a condition after 'or'";
template <> inline constexpr auto error_message<g::not_operand> = "expected a condition after 'not'";
template <> inline constexpr auto error_message<g::group_body> = "expected a condition after '('";
template <> inline constexpr auto error_message<g::group_close> = "expected 'and', 'or' or ')' to close the group";
template <> inline constexpr auto error_message<g::at_least_word> = "expected 'least' after 'at'";
template <> inline constexpr auto error_message<g::at_least_count> = "expected a whole number after 'at least'";
template <> inline constexpr auto error_message<g::at_least_of> = "expected 'of' after the count";
template <> inline constexpr auto error_message<g::list_open> = "expected '(' to open the list of conditions";
template <> inline constexpr auto error_message<g::list_first> = "expected a condition in the list";
template <> inline constexpr auto error_message<g::list_next> = "expected a condition after ','";
template <> inline constexpr auto error_message<g::list_close> = "expected ',' or ')' in the list of conditions";
template <> inline constexpr auto error_message<g::measure_tail> = "expected a comparison (>=, <=, >, <, =, !=), 'in' or 'is' after the measure";
template <> inline constexpr auto error_message<g::compare_threshold> = "expected a number, 'ULN' or 'LLN' after the comparison";
template <> inline constexpr auto error_message<g::offset_amount> = "expected a number after '+' or '-'";
template <> inline constexpr auto error_message<g::in_target> = "expected a range ('[' or '(') or a set ('{') after 'in'";
template <> inline constexpr auto error_message<g::range_low> = "expected the lower bound of the range";
template <> inline constexpr auto error_message<g::range_comma> = "expected ',' between the bounds of the range";
template <> inline constexpr auto error_message<g::range_high> = "expected the upper bound of the range";
template <> inline constexpr auto error_message<g::range_close> = "expected ']' or ')' to close the range";
template <> inline constexpr auto error_message<g::set_items> = "expected a number or a value in the set";
template <> inline constexpr auto error_message<g::set_next_number> = "expected a number after ','";
template <> inline constexpr auto error_message<g::set_next_value> = "expected a value after ','";
template <> inline constexpr auto error_message<g::set_close> = "expected ',' or '}' in the set";
template <> inline constexpr auto error_message<g::is_value> = "expected a value after 'is'";
template <> inline constexpr auto error_message<g::has_event_name> = "expected an event after 'has'";
template <> inline constexpr auto error_message<g::within_amount> = "expected a number after 'within'";
template <> inline constexpr auto error_message<g::within_unit> = "expected days, weeks, months or years";
template <> inline constexpr auto error_message<g::since_event> = "expected an event after the time-since keyword";
template <> inline constexpr auto error_message<g::since_op> = "expected a comparison (>=, <=, >, <, =, !=) after the event";
template <> inline constexpr auto error_message<g::since_amount> = "expected a number after the comparison";
template <> inline constexpr auto error_message<g::since_close> = "expected ')' after the event";
template <> inline constexpr auto error_message<g::history_open> = "expected '(' after the function name";
template <> inline constexpr auto error_message<g::measure_name> = "expected a measure";
template <> inline constexpr auto error_message<g::history_comma> = "expected ',' after the measure";
template <> inline constexpr auto error_message<g::history_close> = "expected ')' to close the arguments";
template <> inline constexpr auto error_message<g::history_op> = "expected a comparison (>=, <=, >, <, =, !=) after ')'";
template <> inline constexpr auto error_message<g::history_within> = "expected 'within' and a duration, such as 'within 12 months'";
template <> inline constexpr auto error_message<g::from_clause> = "expected 'from baseline', 'from nadir' or 'from value before YYYY-MM-DD'";
template <> inline constexpr auto error_message<g::from_what> = "expected 'baseline', 'nadir' or 'value before YYYY-MM-DD' after 'from'";
template <> inline constexpr auto error_message<g::before_word> = "expected 'before' after 'value'";
template <> inline constexpr auto error_message<g::before_date> = "expected a date YYYY-MM-DD after 'before'";
template <> inline constexpr auto error_message<g::change_threshold> = "expected a change: a number with % (relative) or with a unit of the measure";
template <> inline constexpr auto error_message<g::duration_amount> = "expected a number of days, weeks, months or years";
template <> inline constexpr auto error_message<g::duration_unit> = "expected days, weeks, months or years";
template <> inline constexpr auto error_message<g::count_value> = "expected the condition each value meets, such as '>= 100 10^9/L'";
template <> inline constexpr auto error_message<g::count_next_option> = "expected 'within ...' or 'apart >= ...' after ','";
template <> inline constexpr auto error_message<g::apart_op> = "expected '>=' after 'apart'";
template <> inline constexpr auto error_message<g::count_total> = "expected a whole number of values";
template <> inline constexpr auto error_message<g::ratio_denominator> = "expected the second measure of the ratio";
template <> inline constexpr auto error_message<g::ratio_value> = "expected a number after the comparison";
template <> inline constexpr auto error_message<g::manual_text> = "expected a quoted text after 'manual'";
template <> inline constexpr auto error_message<g::because_text> = "expected a quoted reason after 'because'";
template <> inline constexpr auto error_message<g::escaped_char> = "unknown escape: only \\\" and \\\\ may follow a backslash";
template <> inline constexpr auto error_message<g::quote_close> = "expected '\"' to end the quoted text";
// clang-format on

// The error policy: must<Rule> raises error_message<Rule>; a rule failing anywhere else
// fails softly so sor<> can try the next alternative.
struct Errors {
  template <typename Rule>
  static constexpr const char* message = error_message<Rule>;
  template <typename Rule>
  static constexpr bool raise_on_failure = false;
};

template <typename Rule>
using Control = pegtl::must_if<Errors>::control<Rule>;

// ---------------------------------------------------------------- actions

template <typename Input>
Span span_of(const Input& in, const RuleBuilder& b) {
  const auto& it = in.iterator();
  return b.span(it.byte, it.line, it.column, in.size());
}

template <typename Rule>
struct Action : pegtl::nothing<Rule> {};

// NOTE: every nesting passes through `unary`, so limiting it bounds the recursion. The
// outermost condition is not nested in anything, hence the + 1.
template <>
struct Action<g::unary> : pegtl::limit_depth<kMaxNesting + 1> {};

// Calls `Fn(builder)` when the rule matches.
template <auto Fn>
struct Call {
  template <typename Input>
  static void apply(const Input&, RuleBuilder& b) {
    Fn(b);
  }
};
// Calls `Fn(builder, span)` with the span of the match.
template <auto Fn>
struct CallSpan {
  template <typename Input>
  static void apply(const Input& in, RuleBuilder& b) {
    Fn(b, span_of(in, b));
  }
};
// Calls `Fn(builder, text, span)` with the matched text.
template <auto Fn>
struct CallText {
  template <typename Input>
  static void apply(const Input& in, RuleBuilder& b) {
    Fn(b, in.string_view(), span_of(in, b));
  }
};

// clang-format off
template <> struct Action<g::threshold_begin> : Call<[](RuleBuilder& b) { b.threshold_begin(); }> {};
template <> struct Action<g::number> : CallText<[](RuleBuilder& b, std::string_view t, Span s) { b.number(t, s); }> {};
template <> struct Action<g::unit> : CallText<[](RuleBuilder& b, std::string_view t, Span s) { b.unit(t, s); }> {};
// After the unit inside it: the whole `x 10^9/L` is the unit as written.
template <> struct Action<g::power_unit> : CallText<[](RuleBuilder& b, std::string_view t, Span s) { b.unit(t, s); }> {};
template <> struct Action<g::ref_uln> : Call<[](RuleBuilder& b) { b.reference(Reference::uln); }> {};
template <> struct Action<g::ref_lln> : Call<[](RuleBuilder& b) { b.reference(Reference::lln); }> {};
template <> struct Action<g::offset_sign> : CallText<[](RuleBuilder& b, std::string_view t, Span) { b.offset(t == "+" ? RefMode::plus : RefMode::minus); }> {};
template <> struct Action<g::ref_threshold> : Call<[](RuleBuilder& b) { b.reference_alone(); }> {};
template <> struct Action<g::threshold> : Call<[](RuleBuilder& b) { b.threshold_end(); }> {};

template <> struct Action<g::op_ge> : Call<[](RuleBuilder& b) { b.op(Op::ge); }> {};
template <> struct Action<g::op_le> : Call<[](RuleBuilder& b) { b.op(Op::le); }> {};
template <> struct Action<g::op_ne> : Call<[](RuleBuilder& b) { b.op(Op::ne); }> {};
template <> struct Action<g::op_eq> : Call<[](RuleBuilder& b) { b.op(Op::eq); }> {};
template <> struct Action<g::op_gt> : Call<[](RuleBuilder& b) { b.op(Op::gt); }> {};
template <> struct Action<g::op_lt> : Call<[](RuleBuilder& b) { b.op(Op::lt); }> {};

template <> struct Action<g::measure_name> : CallText<[](RuleBuilder& b, std::string_view t, Span s) { b.measure(t, s); }> {};
template <> struct Action<g::comparison> : Call<[](RuleBuilder& b) { b.comparison(); }> {};
template <> struct Action<g::range_low> : Call<[](RuleBuilder& b) { b.range_low(); }> {};
template <> struct Action<g::range_high> : Call<[](RuleBuilder& b) { b.range_high(); }> {};
template <> struct Action<g::set_open> : Call<[](RuleBuilder& b) { b.set_open(); }> {};
template <> struct Action<g::set_number> : Call<[](RuleBuilder& b) { b.set_number(); }> {};
template <> struct Action<g::set_numbers> : Call<[](RuleBuilder& b) { b.set_close(true); }> {};
template <> struct Action<g::set_values> : Call<[](RuleBuilder& b) { b.set_close(false); }> {};
template <> struct Action<g::value_word> : CallText<[](RuleBuilder& b, std::string_view t, Span) { b.set_value(std::string(t)); }> {};
template <> struct Action<g::quoted_value> : Call<[](RuleBuilder& b) { b.set_value(b.text()); }> {};
template <> struct Action<g::is_value> : Call<[](RuleBuilder& b) { b.is_value(); }> {};
template <> struct Action<g::measure_condition> : CallSpan<[](RuleBuilder& b, Span s) { b.measure_condition(s); }> {};

template <> struct Action<g::event_name> : CallText<[](RuleBuilder& b, std::string_view t, Span s) { b.event(t, s); }> {};
template <> struct Action<g::kw_has> : Call<[](RuleBuilder& b) { b.has_begin(); }> {};
template <> struct Action<g::within_amount> : CallText<[](RuleBuilder& b, std::string_view t, Span s) { b.amount(t, s); }> {};
template <> struct Action<g::unit_days> : Call<[](RuleBuilder& b) { b.time_unit(TimeUnit::days); }> {};
template <> struct Action<g::unit_weeks> : Call<[](RuleBuilder& b) { b.time_unit(TimeUnit::weeks); }> {};
template <> struct Action<g::unit_months> : Call<[](RuleBuilder& b) { b.time_unit(TimeUnit::months); }> {};
template <> struct Action<g::unit_years> : Call<[](RuleBuilder& b) { b.time_unit(TimeUnit::years); }> {};
template <> struct Action<g::within_clause> : Call<[](RuleBuilder& b) { b.within(); }> {};
template <> struct Action<g::has_event> : CallSpan<[](RuleBuilder& b, Span s) { b.has_event(s); }> {};
template <> struct Action<g::since_days> : Call<[](RuleBuilder& b) { b.since(TimeUnit::days); }> {};
template <> struct Action<g::since_weeks> : Call<[](RuleBuilder& b) { b.since(TimeUnit::weeks); }> {};
template <> struct Action<g::since_months> : Call<[](RuleBuilder& b) { b.since(TimeUnit::months); }> {};
template <> struct Action<g::since_years> : Call<[](RuleBuilder& b) { b.since(TimeUnit::years); }> {};
template <> struct Action<g::since_amount> : CallText<[](RuleBuilder& b, std::string_view t, Span s) { b.amount(t, s); }> {};
template <> struct Action<g::time_since> : CallSpan<[](RuleBuilder& b, Span s) { b.time_since(s); }> {};

template <> struct Action<g::history_begin> : Call<[](RuleBuilder& b) { b.history_begin(); }> {};
template <> struct Action<g::from_baseline> : Call<[](RuleBuilder& b) { b.change_from(ChangeFrom::baseline); }> {};
template <> struct Action<g::from_nadir> : Call<[](RuleBuilder& b) { b.change_from(ChangeFrom::nadir); }> {};
template <> struct Action<g::before_date> : CallText<[](RuleBuilder& b, std::string_view t, Span s) { b.before_date(t, s); }> {};
template <> struct Action<g::change_percent> : Call<[](RuleBuilder& b) { b.change_percent(); }> {};
template <> struct Action<g::change_threshold> : Call<[](RuleBuilder& b) { b.change_threshold(); }> {};
template <> struct Action<g::change> : CallSpan<[](RuleBuilder& b, Span s) { b.change(s); }> {};
template <> struct Action<g::duration_amount> : CallText<[](RuleBuilder& b, std::string_view t, Span s) { b.amount(t, s); }> {};
template <> struct Action<g::doubling_time> : CallSpan<[](RuleBuilder& b, Span s) { b.doubling_time(s); }> {};
template <> struct Action<g::count_value> : Call<[](RuleBuilder& b) { b.count_value(); }> {};
template <> struct Action<g::apart_clause> : Call<[](RuleBuilder& b) { b.apart(); }> {};
template <> struct Action<g::count_total> : CallText<[](RuleBuilder& b, std::string_view t, Span s) { b.count_total(t, s); }> {};
template <> struct Action<g::count> : CallSpan<[](RuleBuilder& b, Span s) { b.count(s); }> {};
template <> struct Action<g::ratio_denominator> : CallText<[](RuleBuilder& b, std::string_view t, Span s) { b.ratio_denominator(t, s); }> {};
template <> struct Action<g::ratio> : CallSpan<[](RuleBuilder& b, Span s) { b.ratio(s); }> {};

template <> struct Action<g::quote_open> : Call<[](RuleBuilder& b) { b.text_begin(); }> {};
template <> struct Action<g::plain_chars> : CallText<[](RuleBuilder& b, std::string_view t, Span) { b.text_append(t); }> {};
template <> struct Action<g::escaped_char> : CallText<[](RuleBuilder& b, std::string_view t, Span) { b.text_append(t); }> {};
template <> struct Action<g::kw_manual> : Call<[](RuleBuilder& b) { b.manual_begin(); }> {};
template <> struct Action<g::manual_text> : Call<[](RuleBuilder& b) { b.manual_text(); }> {};
template <> struct Action<g::because_text> : Call<[](RuleBuilder& b) { b.because_text(); }> {};
template <> struct Action<g::manual> : CallSpan<[](RuleBuilder& b, Span s) { b.manual(s); }> {};

template <> struct Action<g::negation> : CallSpan<[](RuleBuilder& b, Span s) { b.negation(s); }> {};
template <> struct Action<g::and_begin> : Call<[](RuleBuilder& b) { b.chain_begin(); }> {};
template <> struct Action<g::and_chain> : CallSpan<[](RuleBuilder& b, Span s) { b.and_chain(s); }> {};
template <> struct Action<g::or_begin> : Call<[](RuleBuilder& b) { b.chain_begin(); }> {};
template <> struct Action<g::or_chain> : CallSpan<[](RuleBuilder& b, Span s) { b.or_chain(s); }> {};
template <> struct Action<g::at_least_count> : CallText<[](RuleBuilder& b, std::string_view t, Span s) { b.at_least_count(t, s); }> {};
template <> struct Action<g::at_least> : CallSpan<[](RuleBuilder& b, Span s) { b.at_least(s); }> {};
// clang-format on

// The range's brackets carry inclusiveness in the matched character.
template <>
struct Action<g::range_open> {
  template <typename Input>
  static void apply(const Input& in, RuleBuilder& b) {
    b.range_open(in.peek_char() == '[');
  }
};
template <>
struct Action<g::range_close> {
  template <typename Input>
  static void apply(const Input& in, RuleBuilder& b) {
    b.range_close(in.peek_char() == ']');
  }
};

}  // namespace

RuleParse parse_rule(std::string_view text, const Vocabulary& vocabulary, Span origin) {
  RuleBuilder builder(vocabulary, origin);
  std::optional<Diagnostic> syntax_error;
  try {
    pegtl::memory_input<pegtl::tracking_mode::eager, pegtl::eol::lf_crlf> in(text.data(),
                                                                             text.size(), "rule");
    pegtl::parse<g::rule, Action, Control>(in, builder);
  } catch (const pegtl::parse_error& e) {
    const auto& p = e.positions().front();
    std::string message(e.message());
    if (message == kDepthMessage) {
      message = "the rule nests too deeply (more than " + std::to_string(kMaxNesting) +
                " levels of parentheses, 'not' or 'at least')";
    }
    syntax_error = Diagnostic{
        Severity::error, builder.span(p.byte, p.line, p.column, 0), std::move(message), {}};
  } catch (const std::exception& e) {
    syntax_error =
        Diagnostic{Severity::error, origin, std::string("internal error: ") + e.what(), {}};
  } catch (...) {
    syntax_error = Diagnostic{Severity::error, origin, "internal error", {}};
  }
  return builder.finish(std::move(syntax_error));
}

}  // namespace eligo::grammar
