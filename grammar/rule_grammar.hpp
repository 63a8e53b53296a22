// The rule notation as PEGTL rules: pure types, one struct per rule, no actions
// (docs/rules.md has the same grammar in EBNF). Private to grammar/*.cpp and the
// grammar tests. Every rule used under must<> has a message in rule_parser.cpp's error
// table; a missing one is a compile error (must_if with RequireMessage).
#pragma once

#include <tao/pegtl.hpp>

namespace eligo::grammar::rule_grammar {

using namespace tao::pegtl;  // NOTE: private header; the grammar reads better unqualified.

// ---------------------------------------------------------------- lexical

// Space between tokens: blanks, tabs and line breaks (a rule may span lines).
struct ws : star<space> {};
// A character that may continue a name; keywords must not be followed by one.
struct name_char : identifier_other {};

// The word `and`.
struct kw_and : TAO_PEGTL_KEYWORD("and") {};
// The word `or`.
struct kw_or : TAO_PEGTL_KEYWORD("or") {};
// The word `not`.
struct kw_not : TAO_PEGTL_KEYWORD("not") {};
// The word `has`.
struct kw_has : TAO_PEGTL_KEYWORD("has") {};
// The word `in`.
struct kw_in : TAO_PEGTL_KEYWORD("in") {};
// The word `of`.
struct kw_of : TAO_PEGTL_KEYWORD("of") {};
// The word `is`.
struct kw_is : TAO_PEGTL_KEYWORD("is") {};
// The word `at` (only in `at least`).
struct kw_at : TAO_PEGTL_KEYWORD("at") {};
// The word `least` (only in `at least`).
struct kw_least : TAO_PEGTL_KEYWORD("least") {};
// The word `within`.
struct kw_within : TAO_PEGTL_KEYWORD("within") {};
// The word `manual`.
struct kw_manual : TAO_PEGTL_KEYWORD("manual") {};
// The word `because`.
struct kw_because : TAO_PEGTL_KEYWORD("because") {};
// Any reserved word: never a measure, event or unit.
struct keyword : sor<kw_and, kw_or, kw_not, kw_has, kw_in, kw_of, kw_is, kw_at, kw_least, kw_within,
                     kw_manual, kw_because> {};

// A vocabulary id: a C identifier that is not a keyword (anc, total_bilirubin).
struct name : seq<not_at<keyword>, identifier> {};

// One or more decimal digits.
struct digits : plus<digit> {};
// A number without sign: 1000, 1.5, .5.
struct unsigned_number : sor<seq<digits, opt<one<'.'>, digits>>, seq<one<'.'>, digits>> {};
// A number, optionally negative: -2, 1000, .5.
struct number : seq<opt<one<'-'>>, unsigned_number> {};

// A character of a unit: anything but space, quotes and the brackets that close lists.
struct unit_char
    : not_one<' ', '\t', '\r', '\n', '\v', '\f', '"', ',', '(', ')', '[', ']', '{', '}'> {};
// A braced UCUM annotation inside a unit: the {1.73_m2} of mL/min/{1.73_m2}.
struct unit_annotation : seq<one<'{'>, star<not_one<'}', ' ', '\t', '\r', '\n'>>, one<'}'>> {};
// A unit as written, a run of non-space characters: /uL, 10^9/L, mg/dL, %.
struct unit : seq<not_at<keyword>, plus<sor<unit_annotation, unit_char>>> {};
// The times sign before a power of ten: x, X, * or ×.
struct power_sign : sor<one<'x', 'X', '*'>, TAO_PEGTL_STRING("×")> {};
// A power of ten set apart from its times sign, as the prose grammar reads it:
// `x 10^9/L`, `× 10⁹/L`, `X 10e9/L`, `x10^9/L`. The whole text is the unit as written.
struct power_unit : seq<power_sign, ws, at<one<'1'>, one<'0'>>, unit> {};
// The unit after a number: a power of ten with its times sign, or a unit as written.
struct number_unit : sor<power_unit, unit> {};

// ---------------------------------------------------------------- comparators

// >= (also => and ≥).
struct op_ge : sor<TAO_PEGTL_STRING(">="), TAO_PEGTL_STRING("=>"), TAO_PEGTL_STRING("≥")> {};
// <= (also =< and ≤).
struct op_le : sor<TAO_PEGTL_STRING("<="), TAO_PEGTL_STRING("=<"), TAO_PEGTL_STRING("≤")> {};
// != (also ≠).
struct op_ne : sor<TAO_PEGTL_STRING("!="), TAO_PEGTL_STRING("≠")> {};
// = (also ==).
struct op_eq : sor<TAO_PEGTL_STRING("=="), one<'='>> {};
// >.
struct op_gt : one<'>'> {};
// <.
struct op_lt : one<'<'> {};
// A comparison operator; two-character forms are tried first.
struct comparator : sor<op_ge, op_le, op_ne, op_eq, op_gt, op_lt> {};

// ---------------------------------------------------------------- thresholds

// Marks the start of a threshold (resets the builder's scratch threshold).
struct threshold_begin : success {};
// The upper limit of normal (any case).
struct ref_uln : seq<TAO_PEGTL_ISTRING("uln"), not_at<name_char>> {};
// The lower limit of normal (any case).
struct ref_lln : seq<TAO_PEGTL_ISTRING("lln"), not_at<name_char>> {};
// ULN or LLN.
struct reference : sor<ref_uln, ref_lln> {};
// The multiplication sign of `3 x ULN`: x, X, * or ×.
struct times_sign : sor<one<'x', 'X', '*'>, TAO_PEGTL_STRING("×")> {};
// The + or - of `ULN + 1 mg/dL`.
struct offset_sign : one<'+', '-'> {};
// The quantity added to or taken from a reference: `1 mg/dL`.
struct offset_amount : seq<number, opt<ws, number_unit>> {};
// `+ 1 mg/dL` after a reference.
struct ref_offset : seq<offset_sign, ws, must<offset_amount>> {};
// `ULN`, `ULN + 1 mg/dL`, `LLN - 2 g/dL`.
struct ref_threshold : seq<reference, opt<ws, ref_offset>> {};
// `3 x ULN`.
struct times_threshold : seq<number, ws, times_sign, ws, reference> {};
// `1000 /uL`, `75 x 10^9/L`, `11 mg/dL`, `20` (the unit is optional here; the vocabulary
// decides).
struct absolute_threshold : seq<number, opt<ws, number_unit>> {};
// Any threshold; relative forms are tried before the absolute one.
struct threshold : seq<threshold_begin, sor<ref_threshold, times_threshold, absolute_threshold>> {};

// ---------------------------------------------------------------- quoted text

// The opening quote of a text.
struct quote_open : one<'"'> {};
// The character after a backslash: only " and \ may be escaped.
struct escaped_char : one<'"', '\\'> {};
// A backslash escape: \" or \\.
struct escape : seq<one<'\\'>, must<escaped_char>> {};
// A run of characters needing no escape (line breaks included).
struct plain_chars : plus<not_one<'"', '\\'>> {};
// The closing quote of a text.
struct quote_close : one<'"'> {};
// A double-quoted text with \" and \\ escapes.
struct quoted : seq<quote_open, star<sor<escape, plain_chars>>, must<quote_close>> {};

// ---------------------------------------------------------------- measure conditions

struct expression;

// The measure or item a condition is about.
struct measure_name : name {};
// The threshold after a comparison operator.
struct compare_threshold : seq<threshold> {};
// `>= 1000 /uL`.
struct comparison : seq<comparator, ws, must<compare_threshold>> {};

// `[` (inclusive) or `(` (exclusive) opening a range.
struct range_open : one<'[', '('> {};
// The lower bound of a range.
struct range_low : seq<threshold> {};
// The comma between the bounds of a range.
struct range_comma : one<','> {};
// The upper bound of a range.
struct range_high : seq<threshold> {};
// `]` (inclusive) or `)` (exclusive) closing a range.
struct range_close : one<']', ')'> {};
// `[10 %, 60 %)`.
struct range : seq<range_open, ws, must<range_low>, ws, must<range_comma>, ws, must<range_high>, ws,
                   must<range_close>> {};

// A number in a set, with an optional unit: `2`, `18 years`.
struct set_number : seq<number, opt<ws, number_unit>> {};
// A number after a comma in a set.
struct set_next_number : seq<set_number> {};
// `0, 1, 2`.
struct set_numbers : seq<set_number, star<ws, one<','>, ws, must<set_next_number>>> {};
// A categorical value as a bare word: `female`.
struct value_word : name {};
// A categorical value as a quoted text: "black or african american".
struct quoted_value : seq<quoted> {};
// One categorical value.
struct set_value : sor<quoted_value, value_word> {};
// A categorical value after a comma in a set.
struct set_next_value : seq<set_value> {};
// `female, male`.
struct set_values : seq<set_value, star<ws, one<','>, ws, must<set_next_value>>> {};
// The contents of a set: all numbers or all values.
struct set_items : sor<set_numbers, set_values> {};
// The opening brace of a set.
struct set_open : one<'{'> {};
// The closing brace of a set.
struct set_close : one<'}'> {};
// `{0, 1, 2}` or `{female, male}`.
struct set : seq<set_open, ws, must<set_items>, ws, must<set_close>> {};
// What follows `in`: a range or a set.
struct in_target : sor<range, set> {};
// `in [10 %, 60 %)`, `in {0, 1, 2}`.
struct in_clause : seq<kw_in, ws, must<in_target>> {};
// The value after `is`.
struct is_value : seq<set_value> {};
// `is female`.
struct is_clause : seq<kw_is, ws, must<is_value>> {};
// What follows a measure: a comparison, `in ...` or `is ...`.
struct measure_tail : sor<comparison, in_clause, is_clause> {};
// `anc >= 1000 /uL`, `ecog in {0, 1}`, `sex is female`.
struct measure_condition : seq<measure_name, ws, must<measure_tail>> {};

// ---------------------------------------------------------------- events and time

// An event id (condition, therapy, procedure).
struct event_name : name {};
// The event after `has`.
struct has_event_name : seq<event_name> {};
// `days` or `day`.
struct unit_days : sor<TAO_PEGTL_KEYWORD("days"), TAO_PEGTL_KEYWORD("day")> {};
// `weeks` or `week`.
struct unit_weeks : sor<TAO_PEGTL_KEYWORD("weeks"), TAO_PEGTL_KEYWORD("week")> {};
// `months` or `month`.
struct unit_months : sor<TAO_PEGTL_KEYWORD("months"), TAO_PEGTL_KEYWORD("month")> {};
// `years` or `year`.
struct unit_years : sor<TAO_PEGTL_KEYWORD("years"), TAO_PEGTL_KEYWORD("year")> {};
// A calendar unit.
struct time_unit : sor<unit_days, unit_weeks, unit_months, unit_years> {};
// The number after `within`.
struct within_amount : unsigned_number {};
// The calendar unit after `within N`.
struct within_unit : seq<time_unit> {};
// `within 6 months`.
struct within_clause : seq<kw_within, ws, must<within_amount>, ws, must<within_unit>> {};
// `has hiv`, `has myocardial_infarction within 6 months`.
struct has_event : seq<kw_has, ws, must<has_event_name>, opt<ws, within_clause>> {};

// `days_since`.
struct since_days : TAO_PEGTL_KEYWORD("days_since") {};
// `weeks_since`.
struct since_weeks : TAO_PEGTL_KEYWORD("weeks_since") {};
// `months_since`.
struct since_months : TAO_PEGTL_KEYWORD("months_since") {};
// `years_since`.
struct since_years : TAO_PEGTL_KEYWORD("years_since") {};
// The keyword that opens a time-since condition and fixes its calendar unit.
struct since_keyword : sor<since_days, since_weeks, since_months, since_years> {};
// The event after `months_since`.
struct since_event : seq<event_name> {};
// The comparison operator of a time-since condition.
struct since_op : seq<comparator> {};
// The amount of time a time-since condition compares against.
struct since_amount : unsigned_number {};
// `months_since asct >= 6`.
// The parenthesis closing `days_since(transfusion`.
struct since_close : one<')'> {};
// `(transfusion)`: the event in parentheses, as the history functions write their measure.
struct since_paren : seq<one<'('>, ws, must<since_event>, ws, must<since_close>> {};
struct time_since : seq<since_keyword, ws, sor<since_paren, must<since_event>>, ws, must<since_op>,
                        ws, must<since_amount>> {};

// ---------------------------------------------------------------- a value's history

// Marks the start of a history condition (resets the builder's window and options).
struct history_begin : success {};
// The parenthesis after `change`, `doubling_time`, `count` or `ratio`.
struct history_open : one<'('> {};
// The parenthesis closing the arguments.
struct history_close : one<')'> {};
// The comma between arguments.
struct history_comma : one<','> {};
// The comparison after the closing parenthesis.
struct history_op : seq<comparator> {};
// `within 12 months` as an argument.
struct history_within : seq<within_clause> {};

// `baseline`: the earliest value of the window.
struct from_baseline : TAO_PEGTL_KEYWORD("baseline") {};
// `nadir`: the lowest value of the window.
struct from_nadir : TAO_PEGTL_KEYWORD("nadir") {};
// A date, YYYY-MM-DD.
struct iso_date : seq<rep<4, digit>, one<'-'>, rep<2, digit>, one<'-'>, rep<2, digit>> {};
// The date after `value before`.
struct before_date : seq<iso_date> {};
// `before` after `value`.
struct before_word : TAO_PEGTL_KEYWORD("before") {};
// `value before 2026-01-01`: the latest value dated before that day.
struct from_before : seq<TAO_PEGTL_KEYWORD("value"), ws, must<before_word>, ws, must<before_date>> {
};
// What a change is measured from.
struct from_what : sor<from_baseline, from_nadir, from_before> {};
// `from nadir within 12 months`.
struct from_clause : seq<TAO_PEGTL_KEYWORD("from"), ws, must<from_what>, opt<ws, history_within>> {
};
// The threshold of a change: in % (relative) or in a unit of the measure (absolute).
struct change_threshold : seq<threshold> {};
// Marks the threshold of a change, where % is relative whatever the measure's unit.
struct change_percent : success {};
// `change(serum_m_protein, from nadir within 12 months) >= 25 %`.
struct change
    : seq<TAO_PEGTL_KEYWORD("change"), history_begin, ws, must<history_open>, ws,
          must<measure_name>, ws, must<history_comma>, ws, must<from_clause>, ws,
          must<history_close>, ws, must<history_op>, ws, change_percent, must<change_threshold>> {};

// The number of a duration compared with.
struct duration_amount : unsigned_number {};
// Its calendar unit.
struct duration_unit : seq<time_unit> {};
// `6 months`.
struct history_duration : seq<must<duration_amount>, ws, must<duration_unit>> {};
// `doubling_time(lymphocytes, within 12 months) < 6 months`.
struct doubling_time
    : seq<TAO_PEGTL_KEYWORD("doubling_time"), history_begin, ws, must<history_open>, ws,
          must<measure_name>, opt<ws, history_comma, ws, must<history_within>>, ws,
          must<history_close>, ws, must<history_op>, ws, history_duration> {};

// The condition each counted value meets: `>= 100 10^9/L`.
struct count_value : seq<comparator, ws, must<compare_threshold>> {};
// `>=` after `apart`: only a least spacing is meaningful.
struct apart_op : op_ge {};
// `apart >= 7 days`.
struct apart_clause : seq<TAO_PEGTL_KEYWORD("apart"), ws, must<apart_op>, ws, history_duration> {};
// An option of a count: a window or a spacing.
struct count_option : sor<history_within, apart_clause> {};
// An option after a comma.
struct count_next_option : seq<count_option> {};
// The whole number a count is compared with.
struct count_total : digits {};
// `count(platelets >= 100 10^9/L, within 8 weeks, apart >= 7 days) >= 2`.
struct count
    : seq<TAO_PEGTL_KEYWORD("count"), history_begin, ws, must<history_open>, ws, must<measure_name>,
          ws, must<count_value>, star<ws, history_comma, ws, must<count_next_option>>, ws,
          must<history_close>, ws, must<history_op>, ws, must<count_total>> {};

// The second measure of a ratio.
struct ratio_denominator : name {};
// The number a ratio is compared with.
struct ratio_value : seq<number> {};
// `ratio(kappa_flc, lambda_flc) >= 100`.
struct ratio : seq<TAO_PEGTL_KEYWORD("ratio"), history_begin, ws, must<history_open>, ws,
                   must<measure_name>, ws, must<history_comma>, ws, must<ratio_denominator>, ws,
                   must<history_close>, ws, must<history_op>, ws, must<ratio_value>> {};

// A condition over a measure's history, or over two measures.
struct history : sor<change, doubling_time, count, ratio> {};

// ---------------------------------------------------------------- manual leaves

// The quoted statement after `manual`.
struct manual_text : seq<quoted> {};
// The quoted reason after `because`.
struct because_text : seq<quoted> {};
// `because "reason"`.
struct because_clause : seq<kw_because, ws, must<because_text>> {};
// `manual "text"` or `manual "text" because "reason"`.
struct manual : seq<kw_manual, ws, must<manual_text>, opt<ws, because_clause>> {};

// ---------------------------------------------------------------- logic

// `least` after `at`.
struct at_least_word : kw_least {};
// The whole number k of `at least k of`.
struct at_least_count : digits {};
// `of` after the count.
struct at_least_of : kw_of {};
// The parenthesis opening the list.
struct list_open : one<'('> {};
// The first condition of the list.
struct list_first : seq<expression> {};
// A condition after a comma in the list.
struct list_next : seq<expression> {};
// The parenthesis closing the list.
struct list_close : one<')'> {};
// `at least 2 of (a, b, c)`.
struct at_least : seq<kw_at, ws, must<at_least_word>, ws, must<at_least_count>, ws,
                      must<at_least_of>, ws, must<list_open>, ws, must<list_first>,
                      star<ws, one<','>, ws, must<list_next>>, ws, must<list_close>> {};

// The parenthesis opening a group.
struct group_open : one<'('> {};
// The condition inside a group.
struct group_body : seq<expression> {};
// The parenthesis closing a group.
struct group_close : one<')'> {};
// `(a or b)`.
struct group : seq<group_open, ws, must<group_body>, ws, must<group_close>> {};

// A single condition; keyword-led forms come before the measure form.
struct condition : sor<group, at_least, has_event, manual, time_since, history, measure_condition> {
};
struct unary;
// The condition after `not`.
struct not_operand : seq<unary> {};
// `not has hiv`.
struct negation : seq<kw_not, ws, must<not_operand>> {};
// A possibly negated condition: `not` binds tightest. NOTE: the depth limit sits here.
struct unary : sor<negation, condition> {};

// Marks the start of an `and` chain (records the operand count).
struct and_begin : success {};
// The condition after `and`.
struct and_operand : seq<unary> {};
// `a and b and c`: one And node with every operand.
struct and_chain : seq<and_begin, unary, star<ws, kw_and, ws, must<and_operand>>> {};
// Marks the start of an `or` chain (records the operand count).
struct or_begin : success {};
// The conjunction after `or`.
struct or_operand : seq<and_chain> {};
// `a or b or c`: one Or node with every operand; `and` binds tighter.
struct or_chain : seq<or_begin, and_chain, star<ws, kw_or, ws, must<or_operand>>> {};
// A full condition with `and`, `or`, `not` and groups.
struct expression : seq<or_chain> {};

// ---------------------------------------------------------------- a rule

// The condition of a whole rule.
struct rule_body : seq<expression> {};
// The end of the rule text.
struct rule_end : eof {};
// A whole rule: one expression, surrounded by optional space.
struct rule : seq<ws, must<rule_body>, ws, must<rule_end>> {};

}  // namespace eligo::grammar::rule_grammar
