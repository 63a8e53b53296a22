// Prose stage 2 grammar: a scanning grammar over the normalised text of one criterion.
// `scan` walks the text piece by piece; at each word it tries the measurable statement
// forms first (most specific first), then the words that join or qualify statements,
// then noise, and finally takes one uncovered word. Pure types: one struct per rule;
// what each rule records is in prose_actions.hpp. Every repetition inside a statement
// is bounded (rep_max), so no statement attempt reads far ahead: the scan is linear in
// the length of the text.
#pragma once

#include "grammar/prose_rules.hpp"

namespace eligo::prose::grammar {

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
// A written number: 1,000 / 1.5 / .5 / 30.
struct numeral : sor<seq<sor<grouped_digits, plus<pegtl::digit>>, opt<decimals>>, decimals> {};
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
         "not below", "not lower than", "no lower than", "greater than/=", "> or =", "at minimum"> {
};
// <= and its words.
struct op_le
    : kw<"<=", "at most", "no older than", "not older than", "less than or equal to",
         "less than or equal", "less or equal to", "less than/equal to", "equal to or less than",
         "equal to or lower than", "equal or less than", "equal to or below", "not more than",
         "no more than", "not greater than", "no greater than", "not higher than", "no higher than",
         "not exceeding", "not to exceed", "not exceed", "does not exceed", "do not exceed",
         "up to", "a maximum of", "maximum of", "maximum", "not above", "not over",
         "less than/=", "< or =", "at maximum"> {};
// > and its words.
struct op_gt
    : kw<">", "greater than", "more than", "higher than", "in excess of", "exceeding", "exceeds",
         "exceed", "above", "over", "superior to", "larger than", "older than"> {};
// < and its words.
struct op_lt : kw<"<", "less than", "lower than", "fewer than", "below", "under", "inferior to",
                  "smaller than", "younger than"> {};
// = and its words.
struct op_eq : kw<"=", "equal to", "equals"> {};
// A comparator before its number; ">=" is tried before ">".
struct op : sor<op_ge, op_le, op_gt, op_lt, op_eq> {};
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

// A time unit of a duration.
struct time_days : kw<"days", "day", "d"> {};
struct time_weeks : kw<"weeks", "week", "wks", "wk"> {};
struct time_months : kw<"months", "month", "mos", "mo", "mths", "mth"> {};
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
         "upper limit of normal range", "upper normal value", "upper limit"> {};
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
// Above a limit (ULN + q).
struct dir_above : kw<"above", "over", "greater than", "higher than", "more than", "in excess of"> {
};
// Below a limit (LLN - q).
struct dir_below : kw<"below", "under", "less than", "lower than"> {};

// ---------------------------------------------------------------- quantities

// "3 x ULN", "2.5 times the upper limit of normal", "1.5 ULN".
struct times_quantity : seq<number, sp, opt<times_sign, sp>, ref_limit> {};
// "1 mg/dL above the ULN", "2 g/dL below lower limit of normal".
struct offset_quantity
    : seq<number, sp, opt<unit_term>, sp, sor<dir_above, dir_below>, sp, ref_limit> {};
// A unit restated in brackets: "40 milliliter per minute (mL/min)".
struct unit_restated : seq<one<'(', '[', '{'>, sp, unit_term, sp, one<')', ']', '}'>> {};
// "1000/uL", "1 x 10^9/L", "30%", "3".
struct plain_quantity : seq<number, opt<sp, unit_term>, opt<sp, unit_restated>> {};
// A limit alone: "<= ULN" means "<= 1 x ULN".
struct limit_quantity : ref_limit {};
// Any quantity; the relative forms first.
struct quantity : sor<times_quantity, offset_quantity, plain_quantity, limit_quantity> {};

// ---------------------------------------------------------------- comparisons

// "within normal limits": between LLN and ULN.
struct cmp_normal
    : kw<"within normal limits", "within normal limit", "within the normal limits",
         "within normal range", "within the normal range", "within institutional normal limits",
         "within the institutional normal limits", "within institutional normal range",
         "within the limits of normal", "within the reference range", "within reference range",
         "within the institutional normal range", "within normal ranges", "WNL",
         "within normal institutional limits", "within the normal institutional limits"> {};
// One end of a range, with its own comparator: "<60%".
struct bound : seq<opt<op, sp>, quantity> {};
// What joins the two ends of a range.
struct range_to : sor<kw<"to", "through", "until">, one<'-'>> {};
// "between 18 and 75 years".
struct cmp_between : seq<kw<"between">, sp, bound, sp, kw<"and">, sp, bound> {};
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
// "3 g/dL or more".
struct cmp_postfix : seq<quantity, sp, postfix_op> {};
// A bare value: a score ("ECOG 1") or an offset ("2 g/dL below LLN").
struct cmp_bare : sor<quantity, roman> {};
// Any comparison after a subject.
struct comparison : sor<cmp_normal, cmp_between, cmp_roman_span, cmp_span, cmp_set, cmp_prefix,
                        cmp_postfix, cmp_bare> {};

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

// ---------------------------------------------------------------- subjects

// A measure named as a statement's subject.
struct subject : sor<measure_term, age_term> {};
// What joins subjects sharing a threshold: "ALT and AST", "AST/ALT", "ALT, AST".
struct subject_join
    : sor<seq<sp, kw<"and/or">>, seq<opt<sp, one<','>>, sp, kw<"and", "as well as">>,
          seq<opt<sp, one<','>>, sp, kw<"or">>, seq<sp, one<'/', '&'>>, seq<sp, one<','>>> {};
// One or more subjects.
struct subjects : seq<subject, rep_max<7, subject_join, sp, subject>> {};
// Words between a subject and its comparison: "of", "must be", "performance status".
struct filler_word
    : sor<kw<"of", "is", "are", "be", "must", "should", "shall", "will", "was", "were", "has",
             "have", "value", "values", "level", "levels", "count", "counts", "concentration",
             "result", "results", "performance status", "performance score", "performance",
             "status", "score", "class", "grade", "PS", "scale", "measured", "at screening",
             "at baseline", "needs to be", "has to be", "required to be", "to be", "test", "index",
             "rate", "category", "stage", "measured at", "interval", "approximately", "about",
             "for", "as", "within the range of", "in the range of", "range", "ranging from", "from",
             "that is", "in", "a", "an", "the">,
          one<':'>> {};
// Up to six filler words.
struct filler : rep_max<6, sp, filler_word> {};
// "of age", "old": the tail of an age.
struct age_tail : kw<"of age", "old"> {};

// ---------------------------------------------------------------- exceptions

// An exception word: the statement does not apply to some patients.
struct except_word : kw<"except for", "except in", "except", "excluding", "with the exception of",
                        "unless", "other than"> {};
// A condition word: the alternative applies to some patients.
struct if_word : kw<"if", "in case of", "in the case of", "in the presence of", "when", "where",
                    "in patients with", "for patients with", "in subjects with",
                    "for subjects with", "in participants with", "for participants with",
                    "for those with", "in those with", "for", "in", "with"> {};
// Who the exception is about: "patients with", "due to", "known".
struct exception_who
    : kw<"patients with", "subjects with", "participants with", "those with", "patients who have",
         "subjects who have", "patients", "subjects", "participants", "with", "due to",
         "related to", "attributed to", "because of", "caused by", "secondary to", "known",
         "documented", "confirmed", "presence of", "a", "an", "the", "known or suspected", "of"> {};
// What introduces the alternative threshold.
struct exception_then : kw<"in which case", "in which", "in whom", "where", "whereby", "for whom",
                           "who must have", "who should have", "who may have", "who can have",
                           "then", "and", "which", "whose", "must have", "if so"> {};
// The event of an exception, with its "patients with".
struct exception_event : seq<rep_max<3, exception_who, sp>, event_term> {};
// The alternative comparison, with an optional subject of its own.
struct exception_alternative
    : seq<opt<sp, one<','>>, sp, rep_max<2, exception_then, sp>,
          opt<opt<kw<"a", "an", "the">, sp>, measure_term>, filler, sp, comparison_stated> {};
// "except Gilbert syndrome, in which direct bilirubin should be <= 5 mg/dL".
struct exception_except : seq<except_word, sp, exception_event, opt<exception_alternative>> {};
// "<= 5 x ULN if liver metastases", "or <= 5 x ULN for patients with liver metastases".
struct exception_if : seq<opt<kw<"or">, sp>, opt<measure_term, filler, sp>, comparison_stated, sp,
                          if_word, sp, exception_event> {};
// An exception in parentheses or after a comma.
struct exception : sor<seq<sp, one<'('>, sp, sor<exception_except, exception_if>, sp, one<')'>>,
                       seq<opt<sp, one<','>>, sp, sor<exception_except, exception_if>>> {};

// ---------------------------------------------------------------- statements

// A bracketed aside after the subject: "Serum M-protein (IgG or IgA) >= 3 g/dL". The
// statement compiles; the aside stays uncovered.
struct aside
    : seq<one<'('>, rep_min_max<1, 60, pegtl::not_one<'(', ')', '<', '>', '=', ';'>>, one<')'>> {};

// "ANC >= 1000/uL (1 x 10^9/L)", "ALT and AST <= 3 x ULN", "ECOG 0-2", "Age >= 18 years".
struct measure_statement
    : seq<subjects, opt<sp, aside>, filler, sp, comparisons, opt<sp, age_tail>, opt<exception>> {};
// The comparison of an age written before "of age": "between 18 and 75 years".
struct age_comparison : sor<cmp_between, cmp_span, cmp_prefix, cmp_postfix, cmp_bare> {};
// "or older" after a number of years.
struct age_older : kw<"or older", "and older", "or above", "and above", "and over", "or over"> {};
// "or younger" after a number of years.
struct age_younger : kw<"or younger", "and younger"> {};
// "18 years of age or older", ">= 18 years of age", "18 years or older".
struct age_statement : seq<sor<seq<age_comparison, sp, age_tail, opt<sp, postfix_op>>,
                               seq<plain_quantity, sp, sor<age_older, age_younger>>>,
                           opt<sp, cmp_join, sp, age_comparison, opt<sp, age_tail>>> {};
// ">= 1 prior therapy", "at least 2 prior lines of therapy", ">= 60% plasma cells".
struct reverse_statement : seq<sor<cmp_between, cmp_span,
                                   seq<cmp_prefix, opt<sp, cmp_join, sp, cmp_prefix>>, cmp_postfix>,
                               sp, opt<kw<"of", "for", "in", "of the">, sp>, subjects> {};
// People named before an age: "Patients >= 18 years", "Adults 18 to 75 years".
struct people_word
    : kw<"patients", "patient", "participants", "participant", "subjects", "subject", "adults",
         "adult", "men and women", "males and females", "individuals", "persons", "volunteers"> {};
// A criterion that is only a number of years: ">= 18 years", "18 to 75 years."
struct whole_age_statement
    : seq<pegtl::bof, sp, sor<cmp_between, cmp_span, cmp_prefix>, sp, opt<one<'.'>>, sp, eof> {};
// "Patients >= 18 years": an age after the people it is about, with its unit of time.
struct people_age_statement
    : seq<people_word, sp, sor<cmp_between, cmp_span, cmp_prefix>, opt<sp, age_tail>> {};
// A comparison of a duration: ">= 6 months", "at least 100 days", "6 months or more".
struct time_comparison : sor<seq<op, sp, duration>, seq<duration, sp, postfix_op>> {};
// What links a duration to the event it counts from.
struct since_word
    : sor<seq<kw<"post">, opt<sp, one<'-'>>>, kw<"after", "since", "following", "from">> {};
// Words between "since" and the event: "the last dose of".
struct since_filler
    : kw<"the last dose of", "last dose of", "the last administration of", "the completion of",
         "completion of", "the end of", "end of", "the date of", "date of", "the", "their", "prior",
         "previous", "receiving", "an", "a", "last", "any", "the last dose of any"> {};
// ">= 6 months post-autologous stem cell transplantation", "at least 4 weeks after
// major surgery or radiotherapy" (each event: AND for at least, OR for less than).
struct time_since_statement : seq<time_comparison, sp, since_word, sp,
                                  rep_max<3, not_at<event_term>, since_filler, sp>, event_term,
                                  rep_max<3, opt<sp, one<','>>, sp, kw<"or", "and", "and/or">, sp,
                                          opt<not_at<event_term>, since_filler, sp>, event_term>> {
};
// Words that can make up a reference date: "the start of study drug", "randomization".
struct anchor_word
    : sor<seq<kw<"day", "cycle", "week">, sp, numeral>,
          kw<"randomization", "randomisation", "randomized", "enrollment", "enrolment",
             "registration", "study entry", "entry", "screening", "first dose", "dose", "dosing",
             "first", "start", "starting", "initiation", "beginning", "study", "drug", "drugs",
             "treatment", "therapy", "intervention", "medication", "investigational", "product",
             "IMP", "consent", "informed", "signing", "baseline", "administration", "date",
             "inclusion", "trial", "protocol", "planned", "C1D1", "D1", "day 1", "agent", "agents",
             "enrolling", "day">> {};
// A reference date: "randomization", "the start of the study drug".
struct anchor
    : seq<opt<kw<"the">, sp>, anchor_word,
          rep_max<8, sp, opt<kw<"of the", "of", "the", "with", "in the", "in">, sp>, anchor_word>> {
};
// What links a window to its reference date.
struct anchor_link : kw<"prior to", "before", "of", "preceding", "from", "prior", "until"> {};
// The opening of a window: "within", "in the last", "during the past".
struct window_lead
    : sor<seq<kw<"within">,
              opt<sp, kw<"the last", "the past", "the previous", "the preceding", "the prior",
                         "last", "past", "previous", "preceding", "prior", "the">>>,
          kw<"in the last", "in the past", "in last", "in past", "during the last",
             "during the past", "over the last", "over the past", "in the previous",
             "in the preceding", "during the previous", "during the preceding", "in the prior">> {};
// "within 28 days prior to randomization", "in the last 6 months".
struct window_within
    : seq<window_lead, sp, sor<duration, one_duration>, opt<sp, anchor_link, sp, anchor>> {};
// "4 weeks before the start of the study drug".
struct window_before : seq<duration, sp, kw<"prior to", "before", "preceding">, sp, anchor> {};
// A time window of an event.
struct window_statement : sor<window_within, window_before> {};
// Words between an event and when it happened: "must have been completed".
struct event_time_filler
    : kw<"must have been completed", "must be completed", "completed", "must have been", "received",
         "performed", "administered", "given", "was", "is", "must be", "should be"> {};
// What relates the duration to the reference date.
struct event_time_link : kw<"prior to", "before", "ago", "preceding", "earlier"> {};
// "Radiotherapy <= 14 days prior to first dose", "ASCT at least 12 weeks before".
struct event_time_statement
    : seq<event_term, sp, rep_max<2, not_at<time_comparison>, event_time_filler, sp>,
          time_comparison, sp, event_time_link, opt<sp, anchor>> {};
// What joins "hepatitis B" and "C".
struct ellipsis_join : kw<"or", "and", "and/or"> {};
// An event mention: "HIV infection", "lenalidomide", "hepatitis B or C".
struct event_statement
    : seq<event_term, rep_max<3, sor<seq<opt<sp, one<','>>, sp, ellipsis_join>, seq<sp, one<','>>>,
                              sp, event_ellipsis>> {};
// "Grade 3 or higher", "grade =< 1": a grade whose subject is not a vocabulary measure.
struct grade_piece
    : sor<seq<kw<"grade", "grades", "CTCAE grade">, sp,
              sor<cmp_roman_span, cmp_span, cmp_set, cmp_prefix, cmp_postfix, score_value>>,
          seq<op, sp, kw<"grade">, sp, score_value>> {};

// ---------------------------------------------------------------- framing pieces

// A trial or registry number: NCT04270409, EudraCT 2019-001234-56.
struct registry_id : sor<seq<pegtl::string<'N', 'C', 'T'>, rep<8, pegtl::digit>, word_boundary>,
                         seq<opt<kw<"EudraCT", "EudraCT number", "EudraCT no.", "EudraCT no">, sp,
                                 opt<one<':', '#'>, sp>>,
                             rep<4, pegtl::digit>, one<'-'>, rep<6, pegtl::digit>, one<'-'>,
                             rep<2, pegtl::digit>, word_boundary>> {};
// A page marker left from a PDF: "Page 48 of 72".
struct page_marker
    : seq<kw<"page">, sp1, plus<pegtl::digit>, sp1, kw<"of">, sp1, plus<pegtl::digit>> {};
// A reference to the grading scale: "by NCI-CTCAE Version 5.0", "CTCAE v5".
struct ctcae_version
    : seq<opt<kw<"by", "per", "according to", "using", "as per", "as defined by", "as graded by">,
              sp>,
          opt<kw<"the">, sp>, opt<kw<"NCI">, sp, opt<one<'-'>>, sp>,
          kw<"CTCAE", "common terminology criteria for adverse events">,
          opt<sp, one<'('>, sp, kw<"CTCAE">, sp, one<')'>>,
          opt<opt<one<','>>, sp,
              sor<kw<"version", "ver.", "ver">, seq<one<'v', 'V'>, pegtl::at<pegtl::digit>>>, sp,
              numeral>> {};
// A guideline or body that defines a term: "per IMWG criteria", "(International Myeloma
// Working Group [IMWG] criteria)", "RECIST 1.1". It says how a condition is defined.
struct criteria_body : kw<"International Myeloma Working Group", "IMWG",
                          "International Myeloma Working Group (IMWG)", "RECIST", "iwCLL", "IWG",
                          "Lugano", "ELN", "European LeukemiaNet", "IMWG Uniform Response Criteria",
                          "Response Evaluation Criteria in Solid Tumors"> {};
// A reference to a criteria body, with its version or year.
struct criteria_reference
    : seq<opt<kw<"per", "by", "according to", "as defined by", "defined by", "using", "as per",
                 "based on">,
              sp>,
          opt<kw<"the">, sp>, criteria_body,
          rep_max<2, sp,
                  sor<seq<one<'['>, sp, criteria_body, sp, one<']'>>,
                      seq<one<'('>, sp, criteria_body, sp, one<')'>>,
                      seq<opt<kw<"version", "v">, sp>, numeral, word_boundary>,
                      kw<"criteria", "criterion", "guidelines", "definition", "definitions",
                         "classification", "consensus">>>> {};
// Words that introduce a definition of what comes before: what follows must hold too.
struct conn_definition : kw<"defined as", "defined by", "as defined by", "i.e.", "ie", "that is",
                            "namely", "as follows", "meaning", "characterized by", "determined by",
                            "as evidenced by", "evidenced by", "confirmed by", "documented by"> {};
// A note that other units are as good: "(or equivalent)".
struct equivalent_note
    : kw<"or equivalent", "or the equivalent", "or equivalent units", "or SI equivalent",
         "or equivalent in other units", "or equivalent value", "or its equivalent"> {};
// Both sexes named: no condition on sex.
struct both_sexes
    : kw<"male or female", "males or females", "men or women", "men and women", "male and female",
         "males and females", "women and men", "female or male", "females or males", "either sex",
         "both sexes", "any sex", "all genders", "any gender", "male and non-pregnant female",
         "male or non-pregnant female"> {};
// The moment a value is taken, without a window: "at the time of signing informed
// consent", "at screening", "prior to enrollment".
struct time_point : seq<kw<"at the time of", "at time of", "at", "on the day of", "at the date of",
                           "prior to", "before", "on", "as of">,
                        sp, anchor> {};
// Joins statements: "and", "or", "and/or", ",", ";", ".".
struct conn_or : kw<"and/or", "or", "or/and"> {};
struct conn_and : kw<"and", "as well as", "plus", "but", "along with", "together with"> {};
struct conn_nor : kw<"nor"> {};
struct conn_comma : one<','> {};
struct conn_hard : sor<one<';'>, seq<one<'.'>, sor<sp1, eof>>> {};
struct conn_colon : one<':'> {};
// "or both" after alternatives adds nothing.
struct conn_both : kw<"or both", "and or both"> {};
// Any connective.
struct connective : sor<conn_both, conn_definition, conn_or, conn_and, conn_nor, conn_comma,
                        conn_hard, conn_colon> {};
// Brackets.
struct paren_open : one<'(', '['> {};
struct paren_close : one<')', ']'> {};
// Words that negate the statement after them.
struct negation
    : kw<"no", "not", "without", "absence of", "free of", "no evidence of", "no history of",
         "no known", "none of", "never", "must not have", "cannot have", "should not have",
         "does not have", "do not have", "must not", "no prior", "no previous", "lack of",
         "negative for", "no active", "no current"> {};
// Words that make the rest a condition or exception.
struct condition_except
    : kw<"except for", "except in", "except", "excluding", "with the exception of", "unless",
         "other than", "apart from", "aside from", "save for"> {};
struct condition_if
    : kw<"if", "when", "whenever", "where", "in case of", "in the case of", "in the presence of",
         "in the event of", "provided that", "provided", "as long as", "only if", "in which",
         "in whom", "for whom", "for patients with", "in patients with", "for subjects with",
         "in subjects with", "for participants with", "in participants with", "for those with",
         "in those with", "for patients who", "for subjects who", "for women", "for men",
         "for females", "for males", "for female", "for male", "for patients", "for subjects",
         "in patients", "in subjects", "unless otherwise", "depending on"> {};
// A condition or exception word.
struct condition : sor<condition_except, condition_if> {};
// Words that start a list of examples or alternatives.
struct list_intro
    : kw<"e.g.", "e.g", "eg.", "eg", "e. g.", "for example", "for instance", "such as", "including",
         "includes", "include", "including but not limited to", "any of the following",
         "one or more of the following", "at least one of the following", "one of the following",
         "either of the following", "any one of the following"> {};
// Words that permit rather than require.
struct permission : kw<"allowed", "permitted", "eligible", "acceptable", "accepted", "may", "can",
                       "could", "optional", "allowable", "permissible"> {};
// A word in the noise list (checked by the action).
struct noise_word : seq<pegtl::alpha, star<pegtl::alnum>, opt<one<'\''>, plus<pegtl::alpha>>> {};
// Other punctuation.
struct punctuation
    : one<'"', '\'', '*', '#', '-', '_', '~', '`', '|', '!', '?', '&', '{', '}', '/', '\\'> {};
// A number, word or symbol the grammar did not account for.
struct uncovered
    : sor<seq<numeral, word_boundary>,
          plus<sor<pegtl::alnum, pegtl::utf8::range<0x80, 0x10FFFF>, one<'\''>>>,
          plus<one<'<', '>', '=', '!', '%', '^', '+', '@', '$'>>, pegtl::utf8::any, pegtl::any> {};

// One piece of the text; statements first.
struct piece
    : sor<whole_age_statement, sp1, registry_id, page_marker, ctcae_version, criteria_reference,
          equivalent_note, both_sexes, measure_statement, age_statement, people_age_statement,
          time_since_statement, event_time_statement, reverse_statement, window_statement,
          grade_piece, event_statement, time_point, list_intro, condition, negation, connective,
          paren_open, paren_close, permission, noise_word, punctuation, uncovered> {};
// The whole text.
struct scan : seq<star<piece>, eof> {};

}  // namespace eligo::prose::grammar
