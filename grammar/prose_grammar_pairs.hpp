// Prose stage 2 grammar, thresholds written in pairs: a blood pressure as systolic/
// diastolic ("BP < 160/100 mmHg") and a threshold per sex ("QTcF <= 450 ms in males or
// <= 470 ms in females"). Pure types; prose_pairs.cpp says what each compiles to (and
// what a threshold for an age, in prose_grammar.hpp, compiles to).
#pragma once

#include "grammar/prose_grammar_words.hpp"

namespace eligo::grammar::prose::grammar {

// ---------------------------------------------------------------- blood pressure

// Blood pressure named without saying which of the two: the pair says it.
struct bp_name
    : kw<"blood pressure", "BP", "arterial blood pressure", "arterial pressure",
         "resting blood pressure", "sitting blood pressure", "seated blood pressure", "resting BP",
         "sitting BP", "seated BP", "office blood pressure", "blood pressure (BP)"> {};
// Words between the name and the pair: "of", "must be", ":".
struct bp_filler : sor<kw<"of", "is", "must be", "should be", "at rest", "at screening", "value",
                          "values", "level", "levels", "reading", "measured">,
                       one<':', ','>> {};
// "systolic" and "diastolic" after a value: "150 mmHg systolic".
struct systolic_mark : kw<"systolic", "SBP"> {};
struct diastolic_mark : kw<"diastolic", "DBP"> {};
// The first value of "160/100 mmHg": its unit is written once, after the second.
struct pair_first : number {};
// A value of a pair with its unit: "100 mmHg".
struct pair_value : seq<number, opt<sp, unit_term>> {};
// "< 160/100 mmHg".
struct bp_pair_slash : seq<op, sp, pair_first, sp, one<'/'>, sp, pair_value> {};
// "> 150mmHg systolic / 100mmHg diastolic".
struct bp_pair_named : seq<op, sp, pair_value, sp, systolic_mark, sp, one<'/'>, sp, opt<op, sp>,
                           pair_value, sp, diastolic_mark> {};
// "140/90 mmHg or higher".
struct bp_pair_postfix : seq<pair_first, sp, one<'/'>, sp, pair_value, sp, postfix_op> {};
struct bp_pair : sor<bp_pair_named, bp_pair_slash, bp_pair_postfix> {};
// "BP < 160/100 mmHg", "resting blood pressure (BP, <160/100 mmHg)", "> 140/90 mmHg"
// (a pair without its name only with a pressure unit: the action checks).
struct bp_statement
    : sor<seq<bp_name, rep_max<3, sp, bp_filler>, sp,
              sor<seq<one<'('>, sp, opt<kw<"BP">, sp, one<','>, sp>, bp_pair, sp, one<')'>>,
                  bp_pair>>,
          bp_pair> {};
// Comparisons of one side of the pressure, the side after them: "> 140 mm Hg or < 90 mm Hg
// systolic".
struct bp_side_group : seq<cmp_prefix, rep_max<2, cmp_join, sp, cmp_prefix>, sp,
                           sor<systolic_mark, diastolic_mark>> {};
// "blood pressure of > 140 mm Hg or < 90 mm Hg systolic, or > 90 mm Hg diastolic": each
// side named after its values (the action builds them; prose_pairs.cpp).
struct bp_sided_statement : seq<bp_name, rep_max<3, sp, bp_filler>, sp, bp_side_group,
                                opt<sp, cmp_join, sp, bp_side_group>> {};
// "systolic > 150 mmHg": "systolic" alone names the pressure when a comparator or a
// value in mmHg follows it.
struct bp_side_term : seq<kw<"systolic", "diastolic">,
                          pegtl::at<sp, sor<op, seq<numeral, sp, kw<"mmHg", "mm Hg", "mm/Hg">>>>> {
};

// ---------------------------------------------------------------- thresholds per sex

struct sex_male
    : kw<"males", "male", "men", "man", "male patients", "male subjects", "male participants"> {};
struct sex_female : kw<"females", "female", "women", "woman", "female patients", "female subjects",
                       "female participants"> {};
struct sex_word : sor<sex_male, sex_female> {};
// "in males", "for women", "(men)" after a threshold.
struct sex_after
    : sor<seq<kw<"in", "for", "among">, sp, sex_word>, seq<one<'('>, sp, sex_word, sp, one<')'>>> {
};
// "<= 450 ms in males", "for males >= 450 ms", "Male: > 450 ms".
struct sex_branch
    : sor<seq<comparison_stated, sp, sex_after>,
          seq<opt<kw<"in", "for">, sp>, sex_word, sp, opt<one<':'>, sp>, comparison_stated>> {};
// What joins the two: "or", ", or", ";", ",".
struct sex_join
    : sor<seq<opt<sp, one<',', ';'>>, sp, kw<"or", "and", "and/or">>, seq<sp, one<',', ';'>>> {};
// Both sexes, each with its threshold (the action checks they differ).
struct sex_pairs : seq<sex_branch, sex_join, sp, sex_branch> {};
// Words between the measure and its thresholds: "of", "interval", "prolongation".
struct sex_filler : sor<kw<"of", "is", "must be", "should be", "interval", "prolongation", "value",
                           "values", "defined as">,
                        one<':', ','>> {};
// "QTcF <= 450 ms in males or <= 470 ms in females", "QTc prolongation (male > 450 ms;
// female > 470 ms)".
struct sex_statement : seq<measure_term, rep_max<4, sp, sex_filler>, sp,
                           sor<seq<one<'('>, sp, sex_pairs, sp, one<')'>>, sex_pairs>> {};

}  // namespace eligo::grammar::prose::grammar
