// Prose stage 2 actions of the history statements (prose_grammar_history.hpp): the words
// of a change, its reference, window and spacing push a TokHistory; the statements hand
// their tokens to prose_history.cpp. Included only by prose_scan.cpp.
#pragma once

#include "grammar/prose_actions.hpp"
#include "grammar/prose_grammar_history.hpp"
#include "grammar/prose_history.hpp"

namespace eligo::grammar::prose::grammar {

template <TokHistory::Kind K>
struct push_history {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), TokHistory{K, std::nullopt});
  }
};
template <>
struct action<rise_word> : push_history<TokHistory::Kind::rise> {};
template <>
struct action<fall_word> : push_history<TokHistory::Kind::fall> {};
template <>
struct action<doubled_word> : push_history<TokHistory::Kind::doubled> {};
template <>
struct action<nadir_words> : push_history<TokHistory::Kind::from_nadir> {};
template <>
struct action<baseline_words> : push_history<TokHistory::Kind::from_baseline> {};
template <>
struct action<absolute_word> : push_history<TokHistory::Kind::absolute> {};
template <>
struct action<consecutive_word> : push_history<TokHistory::Kind::consecutive> {};

// A window or a spacing: the duration it holds.
template <TokHistory::Kind K>
struct push_history_duration {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    for (const auto& item : tokens(s)) {
      if (const auto* q = as<Quantity>(item); q && q->time) {
        replace_tokens(s, pos_of(in, s), TokHistory{K, Duration{q->value, *q->time}});
        return true;
      }
    }
    return false;
  }
};
template <>
struct action<history_window> : push_history_duration<TokHistory::Kind::window> {};
template <>
struct action<count_apart> : push_history_duration<TokHistory::Kind::apart> {};

// "LDT", "PSADT": the measure whose doubling time they name.
template <>
struct action<dt_abbreviation> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const char first = in.string_view().front();
    const auto* e =
        s.lexicon.vocabulary().find(first == 'L' || first == 'l' ? "lymphocytes" : "psa");
    if (!e) return false;
    replace_tokens(s, pos_of(in, s), TokMeasure{e, std::string(in.string_view())});
    return true;
  }
};

// Each statement: its builder, or the rule fails and the scan tries the next form.
template <std::optional<Statement> (*Make)(std::span<const Item>, Pos, const Lexicon&,
                                           std::string_view)>
struct build_history {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    auto st = Make(tokens(s), pos, s.lexicon, s.text);
    if (!st) return false;
    replace_tokens(s, pos, std::move(*st));
    return true;
  }
};
template <>
struct action<change_statement> : build_history<make_change> {};
template <>
struct action<doubling_time_statement> : build_history<make_doubling_time> {};
template <>
struct action<count_statement> : build_history<make_count> {};
template <>
struct action<event_free_statement> : build_history<make_event_free> {};

}  // namespace eligo::grammar::prose::grammar
