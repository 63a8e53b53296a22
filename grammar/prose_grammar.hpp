// Prose stage 2 grammar: a scanning grammar over the normalised text of one criterion.
// `scan` walks the text piece by piece; at each word it tries the measurable statement
// forms first (most specific first), then the words that join or qualify statements,
// then noise, and finally takes one uncovered word. Pure types: one struct per rule;
// what each rule records is in prose_actions.hpp. Every repetition inside a statement
// is bounded (rep_max), so no statement attempt reads far ahead: the scan is linear in
// the length of the text.
#pragma once

#include "grammar/prose_grammar_pairs.hpp"
#include "grammar/prose_grammar_words.hpp"

namespace eligo::grammar::prose::grammar {

// ---------------------------------------------------------------- subjects

// A measure named as a statement's subject.
struct subject : sor<measure_term, age_term, bp_side_term> {};
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
             "behavior status", "behaviour status", "total score", "total scores", "at baseline",
             "at the screening", "at the time of screening", "at screening visit",
             "at the screening visit", "needs to be", "has to be", "required to be", "to be",
             "test", "index", "rate", "category", "stage", "measured at", "interval",
             "approximately", "about", "for", "as", "but", "range", "ranging from", "from",
             "that is", "in", "a", "an", "the", "with a total score of", "with a total score",
             "with a score of", "with a score", "with scores of", "with scores">,
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
         "attributable to", "clearly due to", "considered to be due to", "considered due to",
         "considered to be secondary to", "thought to be due to", "it is due to", "it is caused by",
         "documented", "confirmed", "presence of", "a", "an", "the", "known or suspected", "of",
         "is known to have", "known to have", "has", "have", "has a", "individual", "patient",
         "subject", "participant", "is", "a diagnosis of", "a history of", "history of"> {};
// What introduces the alternative threshold.
struct exception_then : kw<"in which case", "in which", "in whom", "where", "whereby", "for whom",
                           "who must have", "who should have", "who may have", "who can have",
                           "then", "and", "which", "whose", "must have", "if so"> {};
// What may follow the event of a condition: "when liver involvement is present".
struct exception_event_tail
    : kw<"is present", "are present", "present", "is documented", "are documented"> {};
// The event of an exception, with its "patients with".
struct exception_event : seq<rep_max<4, not_at<event_term>, exception_who, sp>, event_term,
                             rep_max<2, opt<sp, one<','>>, sp, kw<"or", "and/or">, sp,
                                     rep_max<2, not_at<event_term>, exception_who, sp>, event_term>,
                             opt<sp, exception_event_tail>> {};
// The alternative comparison, with an optional subject of its own.
struct exception_alternative
    : seq<opt<sp, one<','>>, sp, rep_max<2, exception_then, sp>,
          opt<opt<kw<"a", "an", "the">, sp>, measure_term>, filler, sp, comparison_stated> {};
// The rest of an exception's list that names no known event: "or hemolytic anemia".
struct exception_rest
    : seq<opt<sp, one<','>>, sp, kw<"or", "and/or">, sp,
          rep_min_max<1, 60, pegtl::not_one<',', ';', '.', '(', ')', '<', '>', '='>>> {};
// Where a condition's text ends: a bracket, ",", ";", the end of a sentence or text.
struct condition_text_end
    : pegtl::at<sor<one<')', ']', ',', ';'>, seq<one<'.'>, sor<sp1, eof>>, eof>> {};
// One character of a condition's text: no bracket, clause end or comparator.
struct condition_text_char
    : seq<not_at<
              sor<one<'(', ')', '[', ']', ',', ';', '<', '>', '='>, seq<one<'.'>, sor<sp1, eof>>>>,
          pegtl::utf8::any> {};
// A condition the grammar does not understand, whole up to where it ends: "deemed due to
// the disease". It becomes a manual leaf a person decides.
struct condition_text : seq<rep_min_max<1, 120, condition_text_char>, condition_text_end> {};
// "except Gilbert syndrome, in which direct bilirubin should be <= 5 mg/dL".
struct exception_except
    : seq<except_word, sp, exception_event, opt<exception_alternative>, opt<exception_rest>> {};
// "unless due to marrow involvement by the disease": a waiver a person judges.
struct exception_unless_text : seq<kw<"unless">, not_at<sp, kw<"otherwise">>, sp, condition_text> {
};
// A measured condition of an alternative: "for subjects with total bilirubin > 1.5 x ULN".
struct exception_measure : seq<rep_max<2, not_at<measure_term>, exception_who, sp>, measure_term,
                               filler, sp, comparison> {};
// What an alternative threshold of the same measure applies to: events (the whole
// condition), a measured condition, or a text for a person. (An alternative with a
// subject of its own takes events or a measured condition only: "or involved FLC >= 10
// mg/dL with an abnormal ratio" is another statement, qualified.)
struct exception_condition : sor<seq<exception_event, opt<exception_rest>, sp, condition_text_end>,
                                 exception_measure, condition_text> {};
// "<= 5 x ULN if liver metastases", "or <= 5 x ULN for patients with liver metastases",
// "or direct bilirubin <= ULN for subjects with total bilirubin > 1.5 x ULN".
struct exception_if
    : seq<opt<kw<"or">, sp>, sor<seq<comparison_stated, sp, if_word, sp, exception_condition>,
                                 seq<measure_term, filler, sp, comparison_stated, sp, if_word, sp,
                                     sor<exception_event, exception_measure>>>> {};
// What permits the alternative in a sentence of its own: "may have".
struct exception_may_verb : kw<"may have", "can have", "could have", "are allowed to have",
                               "are allowed", "will be allowed to have", "may be enrolled with",
                               "may be included with", "are eligible with"> {};
// "up to" before a comparator: "up to <= 3 x ULN" is "<= 3 x ULN".
struct up_to_op : seq<kw<"up to">, sp, pegtl::at<op>> {};
// ". Patients with known Gilbert's syndrome may have a total bilirubin up to <= 3 x ULN":
// the alternative threshold of the sentence before, in a sentence that permits it.
struct exception_may
    : seq<exception_event, sp, exception_may_verb, sp, opt<kw<"a", "an", "the">, sp>, measure_term,
          filler, sp, opt<up_to_op, sp>, comparison_stated> {};
// An exception in parentheses, after a comma, a semicolon or a dash ("; <= 5 x ULN in case
// of ...", "- or <= 5 x ULN if ..."), or a sentence that permits an alternative.
struct exception
    : sor<seq<sp, one<'('>, sp, sor<exception_except, exception_if, exception_unless_text>, sp,
              one<')'>>,
          seq<opt<sp, one<',', ';', '-'>>, sp,
              sor<exception_except, exception_if, exception_unless_text>>,
          seq<sp, one<'.'>, sp1, exception_may>> {};

// ---------------------------------------------------------------- statements

// The Cockcroft-Gault formula, by which a creatinine clearance is calculated.
struct cockcroft_gault : kw<"Cockcroft-Gault", "Cockcroft Gault", "Cockroft-Gault",
                            "Cockroft Gault", "Cockcroft and Gault", "Cockcroft-Gault (CG)"> {};
// "by Cockcroft-Gault", "(calculated using the Cockcroft-Gault formula)".
struct method_words
    : seq<opt<kw<"calculated", "estimated", "as calculated", "as estimated", "measured">, sp>,
          opt<kw<"by", "using", "per", "according to", "with", "via", "by the", "using the",
                 "per the", "according to the", "with the", "via the">,
              sp>,
          cockcroft_gault,
          opt<sp, kw<"formula", "equation", "method", "calculation", "estimate">>> {};
// A method with or without brackets.
struct method : sor<seq<one<'('>, sp, method_words, sp, one<')'>>, method_words> {};

// A bracketed aside after the subject: "Serum M-protein (IgG or IgA) >= 3 g/dL". The
// statement compiles; the aside stays uncovered.
struct aside
    : seq<one<'('>, rep_min_max<1, 60, pegtl::not_one<'(', ')', '<', '>', '=', ';'>>, one<')'>> {};

// "ANC >= 1000/uL (1 x 10^9/L)", "ALT and AST <= 3 x ULN", "ECOG 0-2", "Age >= 18 years".
// "(inclusive)", "both inclusive": a range's ends belong to it, as they do anyway.
struct inclusive_note : kw<"inclusive", "(inclusive)", "both inclusive", "(both inclusive)",
                           "(including critical value)", "(including critical values)",
                           "(limits included)", "inclusively", "(both values inclusive)"> {};
// "serum bilirubin (more than 1.5 times the upper limit of normal)": the comparison in
// brackets right after its subject.
struct bracketed_comparisons
    : seq<filler, sp, one<'(', '['>, sp, comparisons, opt<sp, method>, sp, one<')', ']'>> {};
// "Karnofsky or Lansky Index (depending on the patient's age) >= 50": the scale that fits
// the patient's age, which the OR of both scales already says.
struct age_dependent_note
    : kw<"(depending on the patient's age)", "(depending on patient's age)", "(depending on age)",
         "(according to age)", "(as appropriate for age)", "(as appropriate for the age)",
         "(depending on the age)", "(according to the patient's age)"> {};
struct measure_statement
    : seq<subjects, opt<sp, method>,
          sor<bracketed_comparisons,
              seq<opt<sp, aside>, filler, opt<sp, age_dependent_note>, sp, comparisons>>,
          opt<sp, method>, opt<sp, inclusive_note>, opt<sp, age_tail>, opt<exception>> {};
// "minimum" or "maximum" before its subject.
struct lead_min : kw<"a minimum", "minimum", "the minimum", "a minimal", "minimal"> {};
struct lead_max : kw<"a maximum", "maximum", "the maximum", "a maximal", "maximal"> {};
// "a minimum weight of 50 kg", "a maximum BMI of 30 kg/m2".
struct lead_op_statement
    : seq<sor<lead_min, lead_max>, sp, subjects, sp, kw<"of", "is">, sp, plain_quantity> {};
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
// "of systemic therapy" after "prior lines": a line of therapy is systemic.
struct lines_tail
    : kw<"of systemic therapy", "of systemic treatment", "of systemic anticancer therapy",
         "of systemic anti-cancer therapy", "of systemic therapies"> {};
// "neutropenia (less than 1,000 /mm3)": the bracket defines the condition by a value.
struct cytopenia_statement
    : seq<cytopenia_term, sp, one<'('>, sp, opt<kw<"defined as", "i.e.", "ie">, sp>, comparisons,
          sp, one<')'>> {};
// "higher than NYHA class II": the comparator before a scale's name and its value.
struct lead_cmp_statement : seq<op, sp, opt<kw<"the">, sp>, subjects, filler, sp, cmp_bare> {};
// ---------------------------------------------------------------- a scale named after its value

// The word of a scale's value: "class III", "stage II to IV".
struct scale_value_word
    : kw<"functional class", "class", "classes", "stage", "stages", "grade", "grades"> {};
// What names the scale after the value: "according to NYHA", "as determined by the NYHA".
struct scale_link
    : kw<"according to the", "according to", "as determined by the", "as determined by",
         "as defined by the", "as defined by", "as per the", "as per", "per the", "per", "by the",
         "by", "using the", "using", "of the", "on the"> {};
// Words after the scale's name: "(NYHA standard)", "NYHA classification system".
struct scale_tail
    : rep_max<2, sp,
              kw<"standard", "standards", "classification system", "classification", "system",
                 "criteria", "cardiac function classification", "cardiac function",
                 "functional classification", "scale", "heart failure classification">> {};
// The scale's name after its value, with or without brackets.
struct scale_named
    : sor<seq<one<'('>, sp, opt<scale_link, sp>, measure_term, scale_tail, sp, one<')'>>,
          seq<scale_link, sp, measure_term, scale_tail>> {};
// Up to three words between the value and the scale that name no event of the vocabulary
// ("cardiac insufficiency"): they stay uncovered, like an aside.
struct scale_gap_word : seq<not_at<scale_link>, pegtl::alpha, star<sor<pegtl::alnum, one<'-'>>>> {};
struct scale_gap : seq<scale_gap_word, rep_max<2, sp1, scale_gap_word>> {};
// "class III-IV cardiac insufficiency (NYHA standard)", "class III or higher according to
// NYHA", "Stage II to IV congestive heart failure (CHF) as determined by the NYHA
// classification system": the value, an optional event it grades, then the scale (a
// score of the vocabulary; the action checks).
struct scale_after_statement
    : seq<scale_value_word, sp, comparison, opt<sp, sor<event_term, scale_gap>>, sp, scale_named> {
};
// "CHF (NYHA) class III or greater": the scale in brackets after the event it grades.
struct scale_bracket_statement
    : seq<one<'('>, sp, measure_term, sp, one<')'>, filler, sp, comparisons> {};

// "a score of 24 or lower on the ASI-3": a scale's value before its name.
struct score_lead : kw<"a total score of", "a total score", "a score of", "a score", "score of",
                       "total score of", "total score", "scores of"> {};
struct reverse_statement : seq<opt<score_lead, sp>,
                               sor<cmp_between, cmp_span,
                                   seq<cmp_prefix, opt<sp, cmp_join, sp, cmp_prefix>>, cmp_postfix>,
                               sp, opt<kw<"of", "for", "in", "of the", "on the", "on">, sp>,
                               subjects, opt<sp, lines_tail>> {};
// People named before an age: "Patients >= 18 years", "Adults 18 to 75 years".
struct people_word
    : kw<"patients", "patient", "participants", "participant", "subjects", "subject", "adults",
         "adult", "men and women", "males and females", "individuals", "persons", "volunteers"> {};
// Two bounds of an age, the unit written once: ">= 12 and < 18 years".
struct age_bounds : seq<cmp_prefix, sp, cmp_join, sp, cmp_prefix> {};
// A criterion that is only a number of years: ">= 18 years", "18 to 75 years."
struct whole_age_statement : seq<pegtl::bof, sp, sor<cmp_between, cmp_span, age_bounds, cmp_prefix>,
                                 sp, opt<one<'.'>>, sp, eof> {};
// "Patients >= 18 years": an age after the people it is about, with its unit of time.
struct people_age_statement
    : seq<people_word, sp, sor<cmp_between, cmp_span, age_bounds, cmp_prefix>, opt<sp, age_tail>> {
};
// "between the ages of 13 and 22": the range after the age's name.
struct cmp_between_ages
    : seq<kw<"between the ages of", "between the age of", "between ages", "between the ages">, sp,
          bound, sp, sor<kw<"and", "to">, range_to>, sp, bound> {};
struct between_ages_statement : seq<cmp_between_ages, opt<sp, age_tail>> {};
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
    : sor<seq<kw<"day", "cycle", "week", "phase", "part", "cohort", "arm", "stage">, sp,
              sor<numeral, roman>>,
          kw<"randomization", "randomisation", "randomized", "enrollment", "enrolment",
             "registration", "study entry", "entry", "screening", "first dose", "dose", "dosing",
             "first", "start", "starting", "initiation", "beginning", "study", "drug", "drugs",
             "treatment", "therapy", "intervention", "medication", "investigational", "product",
             "IMP", "consent", "informed", "signing", "baseline", "administration", "date",
             "inclusion", "trial", "protocol", "planned", "C1D1", "D1", "day 1", "agent", "agents",
             "enrolling", "day", "safety run-in", "run-in", "lead-in", "safety", "cohort",
             "expansion", "dose escalation", "escalation", "part", "treatment period",
             "registration step", "step">> {};
// One reference date: "randomization", "the start of the study drug".
struct anchor_one
    : seq<opt<kw<"the">, sp>, anchor_word,
          rep_max<8, sp, opt<kw<"of the", "of", "the", "with", "in the", "in">, sp>, anchor_word>> {
};
// A reference date and its alternatives: "randomization in Phase 3 or first study
// intervention administration in safety run-in", "randomization (or first dose)".
struct anchor
    : seq<anchor_one,
          rep_max<2,
                  sor<seq<sp, kw<"or", "and/or">, sp, anchor_one>,
                      seq<sp, one<'('>, sp, kw<"or", "and/or">, sp, anchor_one, sp, one<')'>>>>> {};
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
                          "Response Evaluation Criteria in Solid Tumors",
                          // The headache classification names headaches: it is no event.
                          "International Classification of Headache Disorders", "ICHD", "ICHD-2",
                          "ICHD-3", "ICHD-II", "ICHD-III", "ICHD 3", "ICHD III", "ICHD-3 beta",
                          "ICHD-3beta", "International Headache Society"> {};
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
// "or" joins alternatives ("and/or" too).
struct conn_or : kw<"and/or", "or", "or/and"> {};
// "and" joins requirements.
struct conn_and : kw<"and", "as well as", "plus", "but", "along with", "together with"> {};
// "nor" after a negation.
struct conn_nor : kw<"nor"> {};
// A comma: takes the connective of its list.
struct conn_comma : one<','> {};
// ";" and a sentence's "." join with AND and end a condition's reach.
struct conn_hard : sor<one<';'>, seq<one<'.'>, sor<sp1, eof>>> {};
// ":" introduces what defines the words before it.
struct conn_colon : one<':'> {};
// "or both" after alternatives adds nothing.
struct conn_both : kw<"or both", "and or both"> {};
// Any connective.
struct connective : sor<conn_both, conn_definition, conn_or, conn_and, conn_nor, conn_comma,
                        conn_hard, conn_colon> {};
// Brackets.
struct paren_open : one<'(', '['> {};
// A closing bracket.
struct paren_close : one<')', ']'> {};
// Words that negate the statement after them.
struct negation
    : kw<"no", "not", "without", "absence of", "free of", "no evidence of", "no history of",
         "no known", "none of", "never", "must not have", "cannot have", "should not have",
         "does not have", "do not have", "must not", "no prior", "no previous", "lack of",
         "negative for", "no active", "no current"> {};
// Words that make the rest an exception: "except", "unless".
struct condition_except
    : kw<"except for", "except in", "except", "excluding", "with the exception of", "unless",
         "other than", "apart from", "aside from", "save for"> {};
// Words that make the rest a condition: "if", "in patients with", "for women".
struct condition_if
    : kw<"if", "when", "whenever", "where", "in case of", "in the case of", "in the presence of",
         "in the event of", "provided that", "provided", "as long as", "only if", "in which",
         "in whom", "for whom", "for patients with", "in patients with", "for subjects with",
         "in subjects with", "for participants with", "in participants with", "for those with",
         "in those with", "for patients who", "for subjects who", "for women", "for men",
         "for females", "for males", "for female", "for male", "for patients", "for subjects",
         "in men", "in women", "in males", "in females", "in patients", "in subjects",
         "unless otherwise", "depending on"> {};
// A condition or exception word.
struct condition : sor<condition_except, condition_if> {};
// Words that start a list of examples or alternatives.
struct list_intro
    : kw<"e.g.", "e.g", "eg.", "eg", "e. g.", "for example", "for instance", "such as", "including",
         "includes", "include", "including but not limited to", "including, but not limited to",
         "but not limited to", "but are not limited to", "not limited to", "any of the following",
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

// ---------------------------------------------------------------- a threshold for an age

// Who the age is about: "for patients who are", "in subjects aged", "if".
struct age_who
    : kw<"for patients who are", "for patients aged", "for patients", "for subjects who are",
         "for subjects aged", "for subjects", "for participants who are", "for participants aged",
         "for participants", "for those who are", "for those aged", "for those",
         "in patients who are", "in patients aged", "in patients", "in subjects aged",
         "in subjects", "for children", "for adults", "if age", "if aged", "if", "for age",
         "for ages", "for aged"> {};
// "for patients who are > 16 years old", "for patients <16 years of age".
struct age_condition : seq<age_who, sp, opt<kw<"aged", "age">, sp>,
                           sor<cmp_between, cmp_span, cmp_prefix>, opt<sp, age_tail>> {};
// "Karnofsky >= 50% for patients > 16 years old": the threshold holds for those ages.
struct age_condition_statement
    : seq<measure_term, filler, sp, comparison_stated, sp, opt<one<','>, sp>, age_condition> {};

// When the age in brackets is taken: "(age < 16 years at the time of assent/consent)".
struct age_bracket_note
    : kw<"at the time of assent/consent", "at the time of consent/assent", "at the time of consent",
         "at the time of assent", "at the time of enrollment", "at the time of enrolment",
         "at enrollment", "at enrolment", "at screening", "at the time of screening",
         "at study entry"> {};
// "(age < 16 years)" after a scale's name: the ages the scale is for.
struct age_bracket
    : seq<one<'('>, sp, opt<kw<"age", "aged", "ages">, sp>, sor<cmp_between, cmp_span, cmp_prefix>,
          opt<sp, opt<one<'-'>, sp>, age_tail>, opt<sp, age_bracket_note>, sp, one<')'>> {};
// One scale with its ages: "Lansky (age < 16 years)", "Lansky Scale (<16 years-old)".
struct age_bracket_part : seq<measure_term, filler, sp, age_bracket> {};
// "Lansky (age < 16 years) performance status >= 50", "Lansky (age < 16 years) or
// Karnofsky (age >= 16 years) performance status >= 70": each scale holds for its ages.
struct age_bracket_statement
    : seq<age_bracket_part, opt<sp, kw<"or", "and/or">, sp, age_bracket_part>, filler, sp,
          comparison_stated> {};

// Words that name the bone marrow before a bare blast percentage.
struct marrow_named
    : kw<"bone marrow involvement with", "bone marrow involvement by", "disease in bone marrow",
         "disease in the bone marrow", "marrow involvement with", "leukemia in the bone marrow",
         "leukemia in bone marrow", "leukaemia in the bone marrow", "leukaemia in bone marrow"> {};
// A blast count without its compartment.
struct marrow_blasts_word : kw<"blasts", "lymphoblasts", "myeloblasts", "leukemic blasts"> {};
// The percentage and the blasts: ">= 5% lymphoblasts", "at least 5% blasts".
struct marrow_blasts_cmp : seq<sor<cmp_prefix, cmp_postfix>, sp, marrow_blasts_word> {};
// "Bone marrow involvement with >= 5% lymphoblasts", "disease in bone marrow (at least 5%
// blasts)": the blasts are the marrow's (blasts_marrow_percent; the action checks).
struct marrow_blasts_statement
    : seq<marrow_named, sp,
          sor<seq<one<'('>, sp, marrow_blasts_cmp, sp, one<')'>>, marrow_blasts_cmp>> {};

// A criterion over a measure's history (prose_grammar_history.hpp).
struct history_statement;

// One piece of the text; statements first.
struct piece
    : sor<whole_age_statement, sp1, history_statement, registry_id, page_marker, ctcae_version,
          criteria_reference, equivalent_note, both_sexes, bp_statement, bp_sided_statement,
          sex_statement, age_bracket_statement, age_condition_statement, cytopenia_statement,
          marrow_blasts_statement, lead_cmp_statement, scale_after_statement,
          scale_bracket_statement, measure_statement, lead_op_statement, age_statement,
          people_age_statement, between_ages_statement, time_since_statement, event_time_statement,
          reverse_statement, window_statement, grade_piece, event_statement, time_point, list_intro,
          condition, negation, connective, paren_open, paren_close, permission, noise_word,
          punctuation, uncovered> {};
// The whole text.
struct scan : seq<star<piece>, eof> {};

}  // namespace eligo::grammar::prose::grammar
