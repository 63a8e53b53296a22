// Prose stage 2 grammar, criteria over a measure's history (docs/rules.md, "A value's
// history"): a change from baseline or nadir ("increase of >= 25% in serum M-protein
// from nadir"), a doubling time ("lymphocyte doubling time < 6 months"), repeated
// measurements ("platelets >= 100 x 10^9/L on two measurements at least 7 days apart")
// and time free of an event ("transfusion-independent for 8 weeks"). Pure types;
// prose_history.cpp says what each compiles to. A form stops short of words it cannot
// read (history_end), so a reference it does not understand ("within 48 hours") leaves
// the whole statement uncovered rather than compiled without it.
#pragma once

#include "grammar/prose_grammar.hpp"

namespace eligo::grammar::prose::grammar {

// ---------------------------------------------------------------- a change

// Words of a rise.
struct rise_word : kw<"increase", "increases", "rise", "rises", "elevation", "increment", "growth",
                      "increased by", "rose by", "risen by", "has increased by", "has risen by"> {};
// Words of a fall.
struct fall_word : kw<"decrease", "decreases", "reduction", "fall", "drop", "decline", "decrement",
                      "loss", "decreased by", "reduced by", "fell by", "fallen by", "dropped by",
                      "declined by", "has decreased by", "has fallen by", "has declined by"> {};
struct change_word : sor<rise_word, fall_word> {};
// What links a change to its amount: "increase of", "reduction by".
struct change_link : kw<"of", "by"> {};
// The amount: ">= 25%", "at least 0.5 g/dL", "25% or more", "50%".
struct change_amount : sor<cmp_prefix, cmp_postfix, cmp_bare> {};
// The measure that changes: "in serum M-protein", "of the eGFR".
struct change_of : seq<kw<"in", "of">, sp, opt<kw<"the", "their", "its">, sp>, measure_term> {};
// The lowest value.
struct nadir_words : kw<"nadir", "the nadir", "its nadir", "nadir value", "the nadir value",
                        "the lowest value", "lowest value", "its lowest value", "the lowest level",
                        "lowest level", "the lowest measured value", "the lowest recorded value"> {
};
// The earliest value.
struct baseline_words : kw<"baseline", "the baseline", "its baseline", "baseline value",
                           "the baseline value", "its baseline value", "baseline level",
                           "the baseline level", "baseline values", "baseline levels"> {};
// What links a change to what it is from.
struct from_link
    : kw<"from", "over", "relative to", "compared to", "compared with", "versus", "vs", "vs."> {};
// "from nadir", "from the lowest value", "relative to baseline".
struct change_from : seq<from_link, sp, sor<nadir_words, baseline_words>> {};
// "within the past 12 months", "over two months", "over a 2-month period".
struct history_window
    : sor<seq<kw<"over a", "within a", "in a", "during a">, sp, duration, sp,
              kw<"period", "interval", "time period", "time frame", "timeframe">>,
          seq<sor<window_lead,
                  kw<"over", "in", "during", "over a period of", "within a period of">>,
              sp, sor<duration, one_duration>, opt<sp, anchor_link, sp, anchor>>> {};
// "absolute increase" of the same measure.
struct absolute_word : kw<"absolute increase", "absolute rise", "absolute increment"> {};
// "with an absolute increase of >= 0.5 g/dL", "(absolute increase must be >= 0.5 g/dL)".
struct absolute_clause
    : seq<opt<kw<"a", "an">, sp>, absolute_word,
          rep_max<2, sp, kw<"of", "by", "must be", "should be", "is", "of at least">>, sp,
          change_amount> {};
struct absolute_tail : sor<seq<sp, one<'('>, sp, absolute_clause, sp, one<')'>>,
                           seq<opt<sp, one<','>>, sp,
                               opt<kw<"and", "with", "and with", "plus">, sp>, absolute_clause>> {};
// Words after a history statement that would say more about it than it read: a window
// or reference it did not understand ("within 48 hours", "to >= 1.5 times baseline").
struct history_end : not_at<sp, opt<one<','>>, sp,
                            kw<"within", "over", "during", "since", "from", "compared", "relative",
                               "versus", "vs", "to", "in the", "above", "below", "times", "x",
                               "apart", "consecutive", "hours", "h", "baseline", "nadir">> {};
// Everything after the amount and the measure.
struct change_refs : seq<opt<sp, change_from>, opt<sp, history_window>, opt<sp, change_from>,
                         opt<absolute_tail>, history_end> {};
// Words between a measure and the change: "Serum M-protein: increase", "an increase".
struct change_filler : sor<one<':'>, kw<"with an", "with a", "an", "a", "of", "level", "levels",
                                        "showing an", "showing a", "must show an", "must show a">> {
};
// "Serum M-protein: increase of >= 25% from the lowest value".
struct change_subject_first : seq<measure_term, rep_max<3, sp, change_filler>, sp, change_word,
                                  opt<sp, change_link>, sp, change_amount, change_refs> {};
// "increase of >= 25% in serum M-protein from nadir", "a rise in creatinine of at least
// 0.3 mg/dL from baseline", "increase of >= 25% from nadir in serum M-protein".
struct change_word_first
    : seq<change_word,
          sor<seq<opt<sp, change_link>, sp, change_amount, sp, change_of>,
              seq<sp, change_of, opt<sp, change_link>, sp, change_amount>,
              seq<opt<sp, change_link>, sp, change_amount, sp, change_from, sp, change_of>>,
          change_refs> {};
// "a 50% fall in eGFR from baseline", ">= 40% decline in eGFR over 2 years".
struct change_amount_first : seq<change_amount, sp, change_word, sp, change_of, change_refs> {};
// "serum creatinine doubled from baseline", "doubling of serum creatinine from baseline".
struct doubled_word : kw<"doubled", "has doubled", "have doubled", "doubling of", "a doubling of",
                         "doubling in", "a doubling in"> {};
struct doubled_statement
    : sor<seq<measure_term, sp, doubled_word, change_refs>,
          seq<doubled_word, sp, opt<kw<"the">, sp>, measure_term, change_refs>> {};
// "CRP at least twice its baseline value", "creatinine >= 1.5 x baseline": a multiple of
// the earlier value.
struct reference_factor : sor<seq<numeral, sp, opt<times_sign, sp>>, seq<twice, sp>> {};
struct multiple_statement
    : seq<measure_term, filler, sp, op, sp, reference_factor, opt<kw<"the", "its", "their">, sp>,
          sor<nadir_words, baseline_words>, opt<sp, history_window>, history_end> {};
struct change_statement : sor<change_subject_first, change_word_first, change_amount_first,
                              doubled_statement, multiple_statement> {};

// ---------------------------------------------------------------- a doubling time

struct doubling_time_words : kw<"doubling time", "doubling-time", "doubling times"> {};
// Abbreviations that name the measure with its doubling time.
struct dt_abbreviation : kw<"LDT", "PSADT", "PSA-DT", "PSA DT", "PSAdt"> {};
// The same in brackets after the name: "lymphocyte doubling time (LDT)".
struct dt_aside
    : seq<one<'('>, sp, kw<"LDT", "PSADT", "PSA-DT", "PSA DT", "PSAdt", "DT">, sp, one<')'>> {};
struct dt_filler : sor<kw<"of", "is", "must be", "should be", "was", "has been">, one<':'>> {};
// "lymphocyte doubling time of less than 6 months", "PSADT <= 10 months", "doubling time
// of PSA < 10 months".
struct doubling_time_statement
    : seq<sor<seq<measure_term, sp, opt<one<'-'>, sp>, doubling_time_words, opt<sp, dt_aside>>,
              seq<doubling_time_words, sp, kw<"of">, sp, opt<kw<"the">, sp>, measure_term>,
              dt_abbreviation>,
          rep_max<3, sp, dt_filler>, sp, time_comparison, opt<sp, history_window>, history_end> {};

// ---------------------------------------------------------------- repeated measurements

// "two", "2", "at least two".
struct count_number
    : seq<opt<kw<"at least", ">=", "a minimum of", "no fewer than", "no less than">, sp>, number> {
};
// "consecutive": kept uncovered (a count does not ask for consecutive values).
struct consecutive_word : kw<"consecutive", "successive", "sequential"> {};
struct count_quality : kw<"separate", "different", "independent", "repeated", "distinct"> {};
struct occasion_word : kw<"measurements", "measurement", "occasions", "determinations",
                          "assessments", "tests", "readings", "samples", "values", "evaluations",
                          "blood tests", "laboratory tests", "lab tests", "visits"> {};
// "at least 7 days apart", "separated by at least 1 week".
struct count_apart
    : sor<seq<opt<kw<"taken", "obtained", "performed", "drawn", "collected", "done", "measured">,
                  sp>,
              kw<"at least", ">=", "a minimum of", "no less than", "not less than">, sp, duration,
              sp, kw<"apart">>,
          seq<kw<"separated by at least", "separated by >=", "separated by a minimum of",
                 "at intervals of at least", "at an interval of at least",
                 "with an interval of at least">,
              sp, duration>> {};
// "on two measurements at least 7 days apart within 8 weeks".
struct count_tail
    : seq<kw<"on", "in", "at", "from">, sp, count_number, sp,
          rep_max<2, sor<consecutive_word, count_quality>, sp>, occasion_word,
          opt<opt<sp, one<','>>, sp, count_apart>, opt<sp, history_window>, opt<sp, count_apart>> {
};
// "platelets >= 100 x 10^9/L on two consecutive measurements".
struct count_statement
    : seq<measure_term, filler, sp, comparison_stated, sp, count_tail, history_end> {};

// ---------------------------------------------------------------- time free of an event

struct free_word : kw<"independent", "independence", "independency", "free"> {};
struct free_of : kw<"independent of", "independence from", "independent from", "independence of",
                    "free of", "freedom from", "free from"> {};
// "for at least 8 weeks", "for the past 8 weeks", "for 56 days prior to enrollment".
struct free_for : seq<kw<"for", "during", "over">, sp,
                      opt<kw<"at least", ">=", "a minimum of", "the last", "the past",
                             "the previous", "the preceding", "a period of at least", "a period of",
                             "a minimum period of", "at least the last", "at least the past">,
                          sp>,
                      duration, opt<sp, anchor_link, sp, anchor>> {};
// "transfusion-independent for at least 8 weeks", "independent of transfusions for 8
// weeks".
struct event_free_statement
    : seq<sor<seq<event_term, sp, opt<one<'-'>, sp>, free_word>,
              seq<free_of, sp, opt<kw<"any", "the need for", "need for", "all">, sp>, event_term>>,
          sp, free_for> {};

// Any history statement.
struct history_statement
    : sor<doubling_time_statement, count_statement, event_free_statement, change_statement> {};

}  // namespace eligo::grammar::prose::grammar
