// Prose stage 2 actions of the paired thresholds (prose_grammar_pairs.hpp): the words
// that give a value its role push a TokMark; the statements hand their tokens to
// prose_pairs.cpp. Included only by prose_scan.cpp.
#pragma once

#include "grammar/prose_actions.hpp"

namespace eligo::grammar::prose::grammar {

template <TokMark::Kind K>
struct push_mark {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), TokMark{K});
  }
};
template <>
struct action<bp_name> : push_mark<TokMark::Kind::pressure> {};
template <>
struct action<systolic_mark> : push_mark<TokMark::Kind::systolic> {};
template <>
struct action<diastolic_mark> : push_mark<TokMark::Kind::diastolic> {};
template <>
struct action<sex_male> : push_mark<TokMark::Kind::male> {};
template <>
struct action<sex_female> : push_mark<TokMark::Kind::female> {};
template <>
struct action<pair_first> : collapse_quantity {};
template <>
struct action<pair_value> : collapse_quantity {};

// "systolic" alone: the systolic pressure of the vocabulary.
template <>
struct action<bp_side_term> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const char first = in.string_view().front();
    const auto* e =
        s.lexicon.vocabulary().find(first == 's' || first == 'S' ? "systolic_bp" : "diastolic_bp");
    if (!e) return false;
    replace_tokens(s, pos_of(in, s), TokMeasure{e, std::string(in.string_view())});
    return true;
  }
};

template <>
struct action<bp_statement> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    auto st = make_pressure_pair(tokens(s), pos, s.lexicon, s.text);
    if (!st) return false;
    replace_tokens(s, pos, std::move(*st));
    return true;
  }
};

// "blood pressure of > 140 mm Hg or < 90 mm Hg systolic, or > 90 mm Hg diastolic".
template <>
struct action<bp_sided_statement> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    auto st = make_sided_pressure(tokens(s), pos, s.lexicon, s.text);
    if (!st) return false;
    replace_tokens(s, pos, std::move(*st));
    return true;
  }
};

template <>
struct action<sex_statement> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    auto st = make_sex_pair(tokens(s), pos, s.lexicon, s.text);
    if (!st) return false;
    replace_tokens(s, pos, std::move(*st));
    return true;
  }
};

template <>
struct action<age_condition_statement> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    auto st = make_age_conditioned(tokens(s), pos, s.lexicon, s.text, s.exclusion);
    if (!st) return false;
    replace_tokens(s, pos, std::move(*st));
    return true;
  }
};

}  // namespace eligo::grammar::prose::grammar
