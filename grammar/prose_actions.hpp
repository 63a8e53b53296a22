// Prose stage 2 actions: what each grammar rule records. Leaves push tokens; composite
// rules collapse the tokens pushed since they started (the rule's mark) into one item,
// through the builders of prose_build.hpp. An action returning false makes its rule
// fail, so a statement the vocabulary or the units reject lets the scan try the next
// alternative. Included only by prose_scan.cpp.
#pragma once

#include <charconv>
#include <string>

#include "grammar/event_mentions.hpp"
#include "grammar/noise_words.hpp"
#include "grammar/prose_build.hpp"
#include "grammar/prose_grammar.hpp"

namespace eligo::grammar::prose::grammar {

template <typename Input>
Pos pos_of(const Input& in, const ScanState& s) {
  const auto b = s.offset(in.begin());
  return Pos{b, static_cast<std::uint32_t>(b + in.size())};
}

// Replaces the tokens pushed since the current rule started with `payload`.
inline void replace_tokens(ScanState& s, Pos pos, Payload payload) {
  const std::size_t from = s.marks.back();
  s.items.erase(s.items.begin() + static_cast<std::ptrdiff_t>(from), s.items.end());
  s.items.push_back(Item{pos, std::move(payload)});
}

inline std::span<const Item> tokens(const ScanState& s) {
  const std::size_t from = s.marks.back();
  return std::span<const Item>(s.items.data() + from, s.items.size() - from);
}

// Rules without an action record nothing.
template <typename Rule>
struct action : tao::pegtl::nothing<Rule> {};

// Pushes a fixed payload.
template <typename P>
struct push {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), P{});
  }
};

template <Op O>
struct push_op {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), TokOp{O});
  }
};

template <TimeUnit U>
struct push_time {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), TokTime{U});
  }
};

template <>
struct action<numeral> {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    std::string_view text = in.string_view();
    const bool thousands = !text.empty() && (text.back() == 'k' || text.back() == 'K');
    if (thousands) text.remove_suffix(1);
    // A comma with fewer than three digits after it is a decimal comma ("1,5").
    const std::size_t comma = text.rfind(',');
    const bool decimal_comma = comma != std::string_view::npos && text.size() - comma - 1 < 3;
    std::string digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (decimal_comma && i == comma) {
        digits.push_back('.');
      } else if (text[i] != ',' && text[i] != ' ') {
        digits.push_back(text[i]);
      }
    }
    if (!digits.empty() && digits.front() == '.') digits.insert(digits.begin(), '0');
    double value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (thousands) value *= 1000;
    const bool integer = digits.find('.') == std::string::npos;
    s.items.push_back(Item{pos_of(in, s), TokNumber{value, integer}});
  }
};

template <>
struct action<number_word> {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    static constexpr std::string_view kWords[] = {"a single", "one",    "two",   "three", "four",
                                                  "five",     "six",    "seven", "eight", "nine",
                                                  "ten",      "eleven", "twelve"};
    std::string w;
    for (char c : in.string_view())
      w.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    double value = 1;
    for (std::size_t i = 1; i < std::size(kWords); ++i) {
      if (w == kWords[i]) value = static_cast<double>(i);
    }
    s.items.push_back(Item{pos_of(in, s), TokNumber{value, true}});
  }
};

template <>
struct action<twice> {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    s.items.push_back(Item{pos_of(in, s), TokNumber{2, true}});
  }
};

template <>
struct action<op_ge> : push_op<Op::ge> {};
template <>
struct action<op_le> : push_op<Op::le> {};
template <>
struct action<op_gt> : push_op<Op::gt> {};
template <>
struct action<op_lt> : push_op<Op::lt> {};
template <>
struct action<op_eq> : push_op<Op::eq> {};
template <>
struct action<op_within> : push_op<Op::le> {};
template <>
struct action<post_ge> : push_op<Op::ge> {};
template <>
struct action<post_le> : push_op<Op::le> {};
template <>
struct action<age_older> : push_op<Op::ge> {};
template <>
struct action<age_younger> : push_op<Op::le> {};
template <>
struct action<time_days> : push_time<TimeUnit::days> {};
template <>
struct action<time_weeks> : push_time<TimeUnit::weeks> {};
template <>
struct action<time_months> : push_time<TimeUnit::months> {};
template <>
struct action<time_years> : push_time<TimeUnit::years> {};

template <>
struct action<uln> {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), TokRef{Reference::uln});
  }
};
template <>
struct action<lln> {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), TokRef{Reference::lln});
  }
};
// The direction of an offset from a limit: "above the ULN", "ULN + 4 seconds".
template <RefMode M>
struct push_direction {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    s.items.push_back(Item{pos_of(in, s), TokDirection{M}});
  }
};
template <>
struct action<dir_above> : push_direction<RefMode::plus> {};
template <>
struct action<dir_below> : push_direction<RefMode::minus> {};
template <>
struct action<offset_plus> : push_direction<RefMode::plus> {};
template <>
struct action<offset_minus> : push_direction<RefMode::minus> {};
template <>
struct action<method> {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), TokMethod{"creatinine_clearance"});
  }
};

// Quantities of every form collapse the same way.
struct collapse_quantity {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    replace_tokens(s, pos, make_quantity(tokens(s), pos));
  }
};
template <>
struct action<times_quantity> : collapse_quantity {};
template <>
struct action<offset_quantity> : collapse_quantity {};
template <>
struct action<plain_quantity> : collapse_quantity {};
template <>
struct action<limit_quantity> : collapse_quantity {};
template <>
struct action<limit_offset_quantity> : collapse_quantity {};
template <>
struct action<duration> : collapse_quantity {};
template <>
struct action<one_duration> : collapse_quantity {};

template <>
struct action<bound> {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), make_bound(tokens(s)));
  }
};
template <>
struct action<restatement> {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), make_restatement(tokens(s)));
  }
};

template <Comparison::Form F>
struct collapse_comparison {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    auto c = make_comparison(F, tokens(s), pos);
    if (!c) return false;
    replace_tokens(s, pos, std::move(*c));
    return true;
  }
};
template <>
struct action<cmp_normal> : collapse_comparison<Comparison::Form::normal_range> {};
template <>
struct action<cmp_vs_range> : collapse_comparison<Comparison::Form::compare> {};

// The limit of a normal range named as a whole: a quantity of 1 x the limit.
template <Reference R>
struct push_range_limit {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    Quantity q;
    q.value = 1;
    q.ref = R;
    q.pos = pos_of(in, s);
    replace_tokens(s, q.pos, q);
  }
};
template <>
struct action<lln_range> : push_range_limit<Reference::lln> {};
template <>
struct action<uln_range> : push_range_limit<Reference::uln> {};
template <>
struct action<cmp_between> : collapse_comparison<Comparison::Form::range> {};
template <>
struct action<cmp_span> : collapse_comparison<Comparison::Form::range> {};
template <>
struct action<cmp_roman_span> : collapse_comparison<Comparison::Form::range> {};
template <>
struct action<cmp_set> : collapse_comparison<Comparison::Form::set> {};
template <>
struct action<cmp_prefix> : collapse_comparison<Comparison::Form::compare> {};
template <>
struct action<cmp_postfix> : collapse_comparison<Comparison::Form::compare> {};
template <>
struct action<cmp_bare> : collapse_comparison<Comparison::Form::compare> {};

// "or" in a join makes it a disjunction.
struct push_join {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    const auto text = in.string_view();
    const bool is_or =
        text.find("or") != std::string_view::npos || text.find("OR") != std::string_view::npos;
    s.items.push_back(Item{pos_of(in, s), TokJoin{is_or}});
  }
};
template <>
struct action<cmp_join> : push_join {};
template <>
struct action<subject_join> : push_join {};
template <>
struct action<ellipsis_join> : push_join {};

template <>
struct action<exception> {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), make_exception(tokens(s)));
  }
};

template <>
struct action<measure_statement> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    auto st = make_measure_statement(tokens(s), pos, s.lexicon, s.text, s.exclusion);
    if (!st) return false;
    replace_tokens(s, pos, std::move(*st));
    return true;
  }
};
template <>
struct action<reverse_statement> : action<measure_statement> {};
template <>
struct action<cytopenia_statement> : action<measure_statement> {};

template <>
struct action<lead_min> : push_op<Op::ge> {};
template <>
struct action<lead_max> : push_op<Op::le> {};
// "a minimum weight of 50 kg": the operator before the subject, the quantity after.
template <>
struct action<lead_op_statement> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    std::vector<Item> items;
    Comparison c;
    for (const auto& item : tokens(s)) {
      if (const auto* o = as<TokOp>(item)) c.op = o->op;
      if (const auto* q = as<Quantity>(item)) c.q = *q, c.pos = item.pos;
      if (as<TokMeasure>(item) || as<TokJoin>(item)) items.push_back(item);
    }
    items.push_back(Item{c.pos, c});
    auto st = make_measure_statement(items, pos, s.lexicon, s.text);
    if (!st) return false;
    replace_tokens(s, pos, std::move(*st));
    return true;
  }
};

// "higher than NYHA class II": a scale only (a score has no unit to misplace).
template <>
struct action<lead_cmp_statement> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    std::vector<Item> items;
    std::optional<Op> op;
    for (const auto& item : tokens(s)) {
      if (const auto* o = as<TokOp>(item); o && !op) op = o->op;
      if (const auto* m = as<TokMeasure>(item)) {
        if (!m->entry || m->entry->dimension != Dimension::count) return false;
        items.push_back(item);
      }
      if (as<TokJoin>(item)) items.push_back(item);
      if (const auto* c = as<Comparison>(item)) {
        if (!op || c->form != Comparison::Form::compare) return false;
        Comparison written = *c;
        written.op = *op;
        written.op_written = true;
        items.push_back(Item{item.pos, written});
      }
    }
    auto st = make_measure_statement(items, pos, s.lexicon, s.text);
    if (!st) return false;
    replace_tokens(s, pos, std::move(*st));
    return true;
  }
};

// A scale named after its value ("class III-IV heart failure (NYHA)"): a score only; an
// event the value grades between them is required too ("has heart_failure and ...").
// `whole`: the value is a class or grade of a scale of whole values (NYHA, ECOG), not a
// ratio such as the INR; a scale named in brackets before its comparison may be any score.
template <bool whole>
struct scale_statement_action {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    std::vector<Item> items;
    std::vector<Item> events;
    for (const auto& item : tokens(s)) {
      if (const auto* m = as<TokMeasure>(item)) {
        if (!m->entry || m->entry->dimension != Dimension::count || (whole && !m->entry->integer)) {
          return false;
        }
      }
      (as<TokEvent>(item) ? events : items).push_back(item);
    }
    auto st = make_measure_statement(items, pos, s.lexicon, s.text);
    if (!st || st->rejected) return false;
    if (!events.empty()) {
      auto ev = make_event(events, events.front().pos);
      if (!ev) return false;
      const NodeId e = st->tree.graft(ev->tree, ev->tree.root);
      const NodeId measured = st->tree.root;
      st->tree.root = st->tree.add(And{{e, measured}}, span_of(pos));
    }
    replace_tokens(s, pos, std::move(*st));
    return true;
  }
};
template <>
struct action<scale_after_statement> : scale_statement_action<true> {};
template <>
struct action<scale_bracket_statement> : scale_statement_action<false> {};

// "Lansky (age < 16 years) or Karnofsky (age >= 16 years) performance status >= 70":
// each scale with its own ages and the shared value, read as "Lansky >= 70 for patients
// < 16 years" is; both parts hold (an inclusion) or either excludes (an exclusion).
template <>
struct action<age_bracket_statement> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    struct Part {
      Item measure;
      std::optional<Item> age;
    };
    std::vector<Part> parts;
    std::optional<Item> value, restatement;
    for (const auto& item : tokens(s)) {
      if (as<TokMeasure>(item)) {
        parts.push_back(Part{item, std::nullopt});
      } else if (as<Comparison>(item) && !parts.empty() && !parts.back().age) {
        parts.back().age = item;
      } else if (as<Comparison>(item)) {
        value = item;
      } else if (as<TokRestatement>(item) && value) {
        restatement = item;
      }
    }
    if (parts.empty() || !value) return false;
    std::optional<Statement> out;
    std::vector<NodeId> each;
    for (const auto& part : parts) {
      if (!part.age) return false;
      std::vector<Item> items{part.measure, *value};
      if (restatement) items.push_back(*restatement);
      items.push_back(*part.age);
      auto st = make_age_conditioned(items, pos, s.lexicon, s.text, s.exclusion);
      if (!st || st->rejected) return false;
      if (!out) {
        out = std::move(*st);
        each.push_back(out->tree.root);
      } else {
        each.push_back(out->tree.graft(st->tree, st->tree.root));
        out->diagnostics.insert(out->diagnostics.end(), st->diagnostics.begin(),
                                st->diagnostics.end());
      }
    }
    if (each.size() > 1) {
      out->tree.root = s.exclusion ? out->tree.add(Or{each}, span_of(pos))
                                   : out->tree.add(And{each}, span_of(pos));
      out->for_some.clear();
    }
    replace_tokens(s, pos, std::move(*out));
    return true;
  }
};

// "Bone marrow involvement with >= 5% lymphoblasts": a blast percentage of the marrow.
template <>
struct action<marrow_blasts_statement> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    const auto* marrow = s.lexicon.vocabulary().find("blasts_marrow_percent");
    if (!marrow) return false;
    std::vector<Item> items{Item{pos, TokMeasure{marrow, {}}}};
    for (const auto& item : tokens(s)) {
      if (as<Comparison>(item)) items.push_back(item);
    }
    auto st = make_measure_statement(items, pos, s.lexicon, s.text);
    if (!st || st->rejected) return false;
    replace_tokens(s, pos, std::move(*st));
    return true;
  }
};

template <>
struct action<age_statement> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    auto st = make_age_statement(tokens(s), pos, s.lexicon);
    if (!st) return false;
    replace_tokens(s, pos, std::move(*st));
    return true;
  }
};

// "Patients >= 18 years": an age only when a unit of time is written.
template <>
struct action<people_age_statement> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    auto st = make_age_statement(tokens(s), pos, s.lexicon, /*unit_required=*/true);
    if (!st) return false;
    replace_tokens(s, pos, std::move(*st));
    return true;
  }
};

template <>
struct action<time_since_statement> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    auto st = make_time_since(tokens(s), pos);
    if (!st) return false;
    replace_tokens(s, pos, std::move(*st));
    return true;
  }
};

template <>
struct action<event_time_statement> : action<time_since_statement> {};
template <>
struct action<whole_age_statement> : action<people_age_statement> {};
template <>
struct action<cmp_between_ages> : collapse_comparison<Comparison::Form::range> {};
template <>
struct action<between_ages_statement> : action<age_statement> {};

// An event named as what something is for, against or tested for is not the event:
// "treatment for SMM", "candidate for ASCT", "anti-HCV", "HBV DNA", "HIV serology".
bool event_in_context(std::string_view text, Pos pos);

template <>
struct action<event_statement> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    const Pos pos = pos_of(in, s);
    if (!event_in_context(s.text, pos) || mentioned_in_passing(s.text, pos, tokens(s))) {
      replace_tokens(s, pos, Word{});  // the whole mention stays uncovered
      return true;
    }
    auto st = make_event(tokens(s), pos);
    if (!st) return false;
    replace_tokens(s, pos, std::move(*st));
    return true;
  }
};

template <>
struct action<window_statement> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    auto w = make_window(tokens(s));
    if (!w) return false;
    replace_tokens(s, pos_of(in, s), *w);
    return true;
  }
};

template <>
struct action<grade_piece> : push<Grade> {};
template <>
struct action<aside> : push<TokAside> {};
template <>
struct action<scale_gap> : push<TokAside> {};
template <>
struct action<exception_rest> : push<TokAside> {};
template <>
struct action<condition_text> {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), TokConditionText{in.string()});
  }
};
template <>
struct action<registry_id> : push<Noise> {};
template <>
struct action<page_marker> : push<Noise> {};
template <>
struct action<ctcae_version> : push<Noise> {};
template <>
struct action<criteria_reference> : push<Noise> {};
template <>
struct action<both_sexes> : push<Noise> {};
template <>
struct action<equivalent_note> : push<Noise> {};

template <>
struct action<time_point> : push<Noise> {};
template <>
struct action<conn_both> : push<Noise> {};
template <>
struct action<punctuation> : push<Noise> {};
template <>
struct action<negation> : push<Negation> {};
template <>
struct action<permission> : push<Permission> {};
template <>
struct action<uncovered> : push<Word> {};

template <Connective::Kind K>
struct push_connective {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), Connective{K});
  }
};
template <>
struct action<conn_or> : push_connective<Connective::Kind::or_> {};
template <>
struct action<conn_and> : push_connective<Connective::Kind::and_> {};
template <>
struct action<conn_nor> : push_connective<Connective::Kind::nor> {};
template <>
struct action<conn_comma> : push_connective<Connective::Kind::comma> {};
template <>
struct action<conn_hard> : push_connective<Connective::Kind::hard> {};
template <>
struct action<conn_colon> : push_connective<Connective::Kind::colon> {};
template <>
struct action<conn_definition> : push_connective<Connective::Kind::colon> {};

template <>
struct action<paren_open> {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), Paren{true});
  }
};
template <>
struct action<paren_close> {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), Paren{false});
  }
};
template <>
struct action<condition_except> {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), Condition{true});
  }
};
template <>
struct action<condition_if> {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), Condition{false});
  }
};
template <>
struct action<list_intro> {
  template <typename Input>
  static void apply(const Input& in, ScanState& s) {
    replace_tokens(s, pos_of(in, s), ListIntro{true});
  }
};

template <>
struct action<noise_word> {
  template <typename Input>
  static bool apply(const Input& in, ScanState& s) {
    if (!is_noise_word(in.string_view())) return false;
    replace_tokens(s, pos_of(in, s), Noise{});
    return true;
  }
};

}  // namespace eligo::grammar::prose::grammar
