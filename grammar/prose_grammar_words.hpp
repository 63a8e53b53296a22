// Prose stage 2 grammar, the words: spacing, numbers, comparators, units, reference
// limits, quantities and comparisons, the pieces every statement form is made of. Pure
// types, one struct per rule; prose_grammar.hpp builds the statements from them.
#pragma once

#include "grammar/prose_rules.hpp"

namespace eligo::grammar::prose::grammar {

namespace pegtl = tao::pegtl;
using pegtl::eof;
using pegtl::not_at;
using pegtl::one;
using pegtl::opt;
using pegtl::plus;
using pegtl::rep;
using pegtl::rep_max;
using pegtl::rep_min_max;
using pegtl::seq;
using pegtl::sor;
using pegtl::star;

// ---------------------------------------------------------------- spacing

// Optional spaces (newlines of continuation lines count as spaces).
struct sp : star<one<' ', '\n'>> {};
// At least one space.
struct sp1 : plus<one<' ', '\n'>> {};
// Not followed by a letter or digit.
struct word_boundary : not_at<sor<pegtl::alnum, pegtl::utf8::range<0x80, 0x10FFFF>>> {};

// ---------------------------------------------------------------- numbers

// Digits with thousands separators: 1,000 and 50,000 (also 75 000).
struct grouped_digits
    : seq<rep_min_max<1, 3, pegtl::digit>,
          sor<rep_min_max<1, 4, one<','>, rep<3, pegtl::digit>, not_at<pegtl::digit>>,
              rep_min_max<1, 4, one<' '>, rep<3, pegtl::digit>, not_at<pegtl::digit>,
                          not_at<one<','>, pegtl::digit>>>> {};
// A decimal part: ".5".
struct decimals : seq<one<'.'>, plus<pegtl::digit>> {};
// "k" or "K" for thousands right after the digits: "100k", "100K/uL".
struct thousands_k : seq<one<'k', 'K'>, word_boundary> {};
// A decimal comma, read only where nothing else reads: one or two digits after the
// comma (three are thousands: "1,500"), and a unit or a reference factor right after
// ("1,5 g/dL", "2,5 x ULN"); "ECOG 0,1" stays a set.
struct decimal_comma : seq<plus<pegtl::digit>, one<','>, rep_min_max<1, 2, pegtl::digit>,
                           not_at<pegtl::digit>, not_at<one<','>, pegtl::digit>> {};
struct decimal_comma_context;
// A written number: 1,000 / 1.5 / .5 / 30 / 100k / 1,5 (before a unit).
struct numeral
    : sor<seq<decimal_comma, pegtl::at<decimal_comma_context>>,
          seq<sor<grouped_digits, plus<pegtl::digit>>, opt<decimals>, opt<thousands_k>>, decimals> {
};
// A number in words (counts and durations).
struct number_word : seq<kw<"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                            "ten", "eleven", "twelve", "a single">> {};
// A number.
struct number : sor<numeral, number_word> {};
// A score value: a number or a Roman numeral.
struct score_value : sor<numeral, roman> {};

// ---------------------------------------------------------------- comparators

// >= and its words.
struct op_ge
    : kw<">=", "at least", "no younger than", "not younger than", "greater than or equal to",
         "greater than or equal", "greater or equal to", "greater than/equal to",
         "more than or equal to", "equal to or greater than", "equal to or more than",
         "equal or greater than", "equal to or above", "equal to or higher than", "not less than",
         "no less than", "no fewer than", "not fewer than", "a minimum of", "minimum of", "minimum",
         "not below", "not lower than", "no lower than", "greater than/=", "> or =", "at minimum",
         "more than or equal", "more or equal to", "more than/equal to", "higher than or equal to",
         "higher or equal to", "greater or equal than", "equal or more than", "equal to or over",
         "superior or equal to", "at a minimum", "not under", "not inferior to",
         "greater than and equal to", "more than and equal to", "greater or equal", "more or equal",
         "higher or equal"> {};
// <= and its words.
struct op_le
    : kw<"<=", "at most", "no older than", "not older than", "less than or equal to",
         "less than or equal", "less or equal to", "less than/equal to", "equal to or less than",
         "equal to or lower than", "equal or less than", "equal to or below", "not more than",
         "no more than", "not greater than", "no greater than", "not higher than", "no higher than",
         "not exceeding", "not to exceed", "not exceed", "does not exceed", "do not exceed",
         "up to", "a maximum of", "maximum of", "maximum", "not above", "not over",
         "less than/=", "< or =", "at maximum", "less or equal than", "lower than or equal to",
         "lower or equal to", "smaller than or equal to", "equal or lower than",
         "inferior or equal to", "not superior to", "at a maximum", "not exceeding than",
         "not to be greater than", "not to be more than", "not to be above",
         "lesser than or equal to", "lesser or equal to", "lesser than/equal to",
         "less than and equal to", "less or equal", "lower or equal", "lesser or equal"> {};
// "within 1.5 times the ULN": at most, only before a factor of a reference limit (a
// window, "within 28 days", is not a comparator).
struct times_quantity;
struct op_within : seq<kw<"within">, pegtl::at<sp, times_quantity>> {};
// > and its words.
struct op_gt
    : kw<">", "greater than", "more than", "higher than", "in excess of", "exceeding", "exceeds",
         "exceed", "above", "over", "superior to", "larger than", "older than"> {};
// < and its words.
struct op_lt : kw<"<", "less than", "lower than", "fewer than", "below", "under", "inferior to",
                  "smaller than", "younger than", "lesser than"> {};
// = and its words.
struct op_eq : kw<"=", "equal to", "equals"> {};
// A comparator before its number; ">=" is tried before ">".
struct op : sor<op_ge, op_le, op_within, op_gt, op_lt, op_eq> {};
// >= written after the number.
struct post_ge : kw<"or more", "or greater", "or higher", "or above", "or older", "or over",
                    "or longer", "and older", "and above", "and over", "and more", "and higher",
                    "and greater", "or more than", "or greater than", "and up", "or later"> {};
// <= written after the number.
struct post_le
    : kw<"or less", "or lower", "or below", "or younger", "or fewer", "or under", "or shorter",
         "and younger", "and below", "and under", "and less", "or lesser", "and lower"> {};
// A comparator after its number: "18 years or older".
struct postfix_op : sor<post_ge, post_le> {};

// ---------------------------------------------------------------- units and reference limits

// Days as a time unit.
struct time_days : kw<"days", "day", "d"> {};
// Weeks.
struct time_weeks : kw<"weeks", "week", "wks", "wk"> {};
// Months.
struct time_months : kw<"months", "month", "mos", "mo", "mths", "mth"> {};
// Years.
struct time_years : kw<"years", "year", "yrs", "yr", "y"> {};
// Any time unit.
struct time_unit : sor<time_days, time_weeks, time_months, time_years> {};
// A duration: "28 days", "6-month", "one year".
struct duration : seq<number, sp, opt<one<'-'>, sp>, time_unit> {};
// A unit of time alone, one of it: "in the past year".
struct one_duration : sor<time_days, time_weeks, time_months, time_years> {};

// The upper limit of normal, in any of its spellings.
struct uln_words
    : kw<"ULN", "IULN", "ULRR", "UNL", "normal", "upper normal", "upper limit of normal",
         "upper limit of the normal", "upper limit of the normal range", "upper limits of normal",
         "upper limit of normality", "upper normal limit", "upper limit normal",
         "upper limit of the reference range", "upper limit of reference range",
         "upper limit of normal range", "upper normal value", "upper limit", "upper normal range",
         "upper range of normal", "upper normal limits", "upper limit of the normal value",
         "upper limit of normal value", "upper limits", "upper reference limit",
         "upper limit of the normal values", "upper limits of the normal",
         "upper limit of institutional normal", "upper limit of the institutional normal"> {};
// The lower limit of normal.
struct lln_words : kw<"LLN", "LLRR", "lower limit of normal", "lower limit of the normal",
                      "lower limit of the normal range", "lower limits of normal",
                      "lower normal limit", "lower limit normal", "lower limit of normality",
                      "lower limit of the reference range", "lower limit"> {};
// A qualifier before a limit: "institutional ULN".
struct limit_qualifier
    : kw<"the", "institutional", "the institutional", "institution's", "local", "the local",
         "laboratory", "the laboratory", "site", "the institution's"> {};
// What may follow a limit: "(ULN)", "for the institution", "for age".
struct limit_tail
    : sor<seq<one<'('>, sp,
              kw<"ULN", "LLN", "IULN", "ULRR", "LLRR", "institutional", "institutional ULN",
                 "upper limit of normal", "lower limit of normal">,
              sp, one<')'>>,
          kw<"for the institution", "of the institution", "per institutional standards",
             "per institutional normal", "of institutional normal", "for institution",
             "per institution", "for age", "for age and sex", "for the laboratory",
             "of the laboratory", "per local laboratory", "of the local laboratory",
             "for the local laboratory", "for the reference laboratory", "institutional",
             "according to institutional standards", "per local standards">> {};
// An upper limit of normal with its qualifiers.
struct uln : seq<rep_max<2, limit_qualifier, sp>, uln_words, rep_max<2, sp, limit_tail>> {};
// A lower limit of normal with its qualifiers.
struct lln : seq<rep_max<2, limit_qualifier, sp>, lln_words, rep_max<2, sp, limit_tail>> {};
// Either limit.
struct ref_limit : sor<uln, lln> {};
// "x", "×", "times", "-fold" between a number and a limit.
struct times_sign : sor<kw<"times", "fold">, seq<one<'-'>, kw<"fold">>, one<'x', 'X', '*'>> {};
// What makes "1,5" a decimal: a unit or a factor of a reference limit after it.
struct decimal_comma_context : seq<sp, sor<seq<times_sign, sp, ref_limit>, unit_term>> {};
// Above a limit (ULN + q).
struct dir_above : kw<"above", "over", "greater than", "higher than", "more than", "in excess of"> {
};
// Below a limit (LLN - q).
struct dir_below : kw<"below", "under", "less than", "lower than"> {};

// ---------------------------------------------------------------- quantities

// "twice the ULN": a factor of two.
struct twice : kw<"twice", "double"> {};
// "3 x ULN", "2.5 times the upper limit of normal", "1.5 ULN", "twice the ULN".
struct times_quantity : sor<seq<number, sp, opt<times_sign, sp, opt<kw<"of">, sp>>, ref_limit>,
                            seq<twice, sp, opt<kw<"of">, sp>, ref_limit>> {};
// "1 mg/dL above the ULN", "2 g/dL below lower limit of normal".
struct offset_quantity
    : seq<number, sp, opt<unit_term>, sp, sor<dir_above, dir_below>, sp, ref_limit> {};
// The sign of an offset written after its limit: "ULN + 4 seconds".
struct offset_plus : one<'+'> {};
struct offset_minus : one<'-'> {};
// "ULN + 4 seconds", "LLN - 2 g/dL": a limit and an offset in a unit.
struct limit_offset_quantity
    : seq<ref_limit, sp, sor<offset_plus, offset_minus>, sp, number, sp, unit_term> {};
// A unit restated in brackets: "40 milliliter per minute (mL/min)".
struct unit_restated : seq<one<'(', '[', '{'>, sp, unit_term, sp, one<')', ']', '}'>> {};
// "1000/uL", "1 x 10^9/L", "30%", "3".
struct plain_quantity : seq<number, opt<sp, unit_term>, opt<sp, unit_restated>> {};
// A limit alone: "<= ULN" means "<= 1 x ULN".
struct limit_quantity : ref_limit {};
// Any quantity; the relative forms first.
struct quantity
    : sor<times_quantity, offset_quantity, limit_offset_quantity, plain_quantity, limit_quantity> {
};

// ---------------------------------------------------------------- comparisons

// "within normal limits": between LLN and ULN.
struct cmp_normal
    : kw<"within normal limits", "within normal limit", "within the normal limits",
         "within normal range", "within the normal range", "within institutional normal limits",
         "within the institutional normal limits", "within institutional normal range",
         "within the limits of normal", "within the reference range", "within reference range",
         "within the institutional normal range", "within normal ranges", "WNL",
         "within normal institutional limits", "within the normal institutional limits"> {};
// The normal range named as a whole: "the institutional normal range".
struct normal_range_words : seq<rep_max<2, limit_qualifier, sp>,
                                kw<"normal range", "normal ranges", "normal limits", "normal limit",
                                   "reference range", "range of normal", "limits of normal",
                                   "normal values", "normal value", "normal reference range">> {};
// Below the normal range is below its lower limit.
struct lln_range : normal_range_words {};
// Above the normal range is above its upper limit.
struct uln_range : normal_range_words {};
// "below the institutional normal range" (< LLN), "above the normal range" (> ULN).
struct cmp_vs_range : sor<seq<op_lt, sp, lln_range>, seq<op_gt, sp, uln_range>> {};
// One end of a range, with its own comparator: "<60%".
struct bound : seq<opt<op, sp>, quantity> {};
// What joins the two ends of a range.
struct range_to : sor<kw<"to", "through", "until">, one<'-'>> {};
// "between 18 and 75 years".
struct cmp_between : seq<kw<"between", "within the range of", "within the range", "in the range of",
                            "in the range", "within a range of", "in a range of">,
                         sp, bound, sp, sor<kw<"and", "to">, range_to>, sp, bound> {};
// "10% to <60%", "10-60%", "18 to 70 years", "0-2", "class 3-4".
struct cmp_span : seq<opt<kw<"from">, sp>, bound, sp, range_to, sp, bound> {};
// A value in a set: a bare number or Roman numeral.
struct set_value : score_value {};
// What separates values in a set: ",", "or", ", or".
struct set_sep : sor<seq<one<',', '/'>, sp, opt<kw<"or">>>, kw<"or">> {};
// "0, 1 or 2", "0 or 1 or 2", "I or II".
struct cmp_set
    : seq<set_value, word_boundary, rep_min_max<1, 11, sp, set_sep, sp, set_value, word_boundary>> {
};
// A Roman-numeral range: "III-IV".
struct cmp_roman_span : seq<roman, sp, range_to, sp, roman> {};
// A comparator restated in brackets: "greater than [>]", "less than (<)".
struct op_restated : seq<one<'(', '['>, sp, op, sp, one<')', ']'>> {};
// ">= 1000/uL".
struct cmp_prefix : seq<op, opt<sp, op_restated>, sp, quantity> {};
// "3 g/dL or more", "class III or greater".
struct cmp_postfix : seq<sor<quantity, roman>, sp, postfix_op> {};
// A bare value: a score ("ECOG 1") or an offset ("2 g/dL below LLN").
struct cmp_bare : sor<quantity, roman> {};
// Any comparison after a subject.
struct comparison : sor<cmp_normal, cmp_vs_range, cmp_between, cmp_roman_span, cmp_span, cmp_set,
                        cmp_prefix, cmp_postfix, cmp_bare> {};

// A parenthetical restatement in other units: "(1 x 10^9/L)", "(177 umol/L)".
struct restatement : seq<sp, one<'(', '['>, sp,
                         opt<kw<"i.e.", "ie", "or", "equivalent to", "corresponding to",
                                "approximately", "approx.", "or equivalent", "=">,
                             sp>,
                         opt<op, sp>, plain_quantity, sp, one<')', ']'>> {};
// A comparison with its restatement.
struct comparison_stated : seq<comparison, opt<restatement>> {};

// A word that makes what follows a condition of the statement before.
struct condition_ahead
    : kw<"if", "with", "for", "in", "among", "when", "in case of", "in the case of",
         "in patients with", "for patients with", "in subjects with", "for subjects with",
         "in participants with", "for participants with", "for those with", "in those with", "when",
         "in the presence of", "provided", "unless", "except"> {};
// What joins comparisons of one subject: "or", "and", "but".
struct cmp_join
    : sor<seq<opt<one<','>>, sp, kw<"and/or", "or", "and", "but", "but not">>, one<','>> {};
// A further comparison of the same subject, unless it is conditional.
struct cmp_more : seq<sp, cmp_join, sp, opt<kw<"either">, sp>, comparison_stated,
                      not_at<sp, opt<one<','>>, sp, condition_ahead>> {};
// The comparisons of one subject: ">1 mg/dL above the ULN or >11 mg/dL".
struct comparisons : seq<opt<kw<"either">, sp>, comparison_stated, rep_max<3, cmp_more>,
                         opt<sp, opt<one<','>>, sp, kw<"or both">>> {};

}  // namespace eligo::grammar::prose::grammar
