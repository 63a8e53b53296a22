// Prose grammar leaves: PEGTL rule classes with a static match() that the generic
// combinators cannot express compactly. `kw<"at least", "minimum of">` matches the
// longest of its phrases case-insensitively, a space in a phrase matching any run of
// spaces, with word boundaries at both ends. `measure_term` and `event_term` consult the
// Lexicon (the vocabulary, at run time); `unit_term` hands the unit text to parse_unit.
// Leaves that find something push a token into the ScanState when actions are on.
// Private to grammar/*.cpp: includes PEGTL.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>
#include <vector>

#include "core/text.hpp"
#include "grammar/prose_lexicon.hpp"
#include "grammar/prose_pieces.hpp"
#include "grammar/vital_abbreviations.hpp"

namespace eligo::grammar::prose {

// The parser state: the normalised text, the lexicon, the recorded items and one mark
// per active rule (the size of `items` when the rule started).
// The measure names found at one position: several statement forms start with a
// measure, and each tries it at the same word, so the last lookup is kept.
struct MeasureLookup {
  std::size_t pos = static_cast<std::size_t>(-1);
  std::optional<TermMatch> match;
  std::vector<const VocabularyEntry*> group;
  std::size_t group_end = 0;
  bool either = false;
};

struct ScanState {
  std::string_view text;
  const Lexicon& lexicon;
  std::vector<Item> items;
  std::vector<std::size_t> marks;
  bool exclusion = false;    // the criterion excludes: "S unless E" is "S and not E"
  MeasureLookup measure_at;  // the last measure lookup (measure_term)

  std::uint32_t offset(const char* p) const { return static_cast<std::uint32_t>(p - text.data()); }
};

// Length of a unit written at text[pos] that parse_unit accepts; 0 when there is none.
// A unit-looking text parse_unit refuses is consumed, with `out.error` set.
std::size_t match_unit(std::string_view text, std::size_t pos, TokUnit& out);
// Length of a Roman numeral I..X at pos (upper case, a whole word); value in `value`.
std::size_t match_roman(std::string_view text, std::size_t pos, double& value);

namespace grammar {

// Tag for analyze(): every custom leaf consumes input when it succeeds.
struct custom_leaf {};

template <std::size_t N>
struct fixed_string {
  char data[N]{};
  constexpr fixed_string(const char (&s)[N]) { std::copy_n(s, N, data); }  // NOLINT
  constexpr std::string_view view() const { return {data, N - 1}; }
};

// The bytes a phrase of `Phrases` can start with, in either case.
template <fixed_string... Phrases>
constexpr std::array<bool, 256> first_bytes() {
  std::array<bool, 256> first{};
  auto add = [&](std::string_view p) {
    if (p.empty()) return;
    const auto c = static_cast<unsigned char>(p.front());
    first[c] = true;
    if (c >= 'a' && c <= 'z') first[c - 'a' + 'A'] = true;
    if (c >= 'A' && c <= 'Z') first[c - 'A' + 'a'] = true;
  };
  (add(Phrases.view()), ...);
  return first;
}

// Case-insensitive phrases, longest match wins.
template <fixed_string... Phrases>
struct kw {
  using rule_t = custom_leaf;
  using subs_t = tao::pegtl::empty_list;
  static constexpr std::array<bool, 256> kFirst = first_bytes<Phrases...>();
  template <tao::pegtl::apply_mode, tao::pegtl::rewind_mode, template <typename...> class,
            template <typename...> class, typename ParseInput>
  static bool match(ParseInput& in, ScanState& s) {
    if (in.empty() || !kFirst[static_cast<unsigned char>(in.peek_char())]) return false;
    const std::size_t pos = s.offset(in.current());
    std::size_t best = 0;
    ((best = std::max(best, match_phrase(s.text, pos, Phrases.view()))), ...);
    if (best == 0) return false;
    in.bump(best);
    return true;
  }
};

// A vocabulary measure (lab value, score, demographic) with its qualifiers.
struct measure_term {
  using rule_t = custom_leaf;
  using subs_t = tao::pegtl::empty_list;
  template <tao::pegtl::apply_mode A, tao::pegtl::rewind_mode, template <typename...> class,
            template <typename...> class, typename ParseInput>
  static bool match(ParseInput& in, ScanState& s) {
    const std::size_t pos = s.offset(in.current());
    // "transaminases": several measures share the statement; a group's name may start
    // with a measure's ("blasts in the bone marrow or peripheral blood").
    auto& look = s.measure_at;
    if (look.pos != pos) {
      look.pos = pos;
      look.match = s.lexicon.match(s.text, pos, TermKind::measure);
      look.group_end = pos;
      look.either = false;
      look.group = s.lexicon.group(s.text, pos, look.group_end, look.either);
    }
    const auto& m = look.match;
    const auto& group = look.group;
    const std::size_t end = look.group_end;
    const bool either = look.either;
    if (!group.empty() && (!m || end > m->end)) {
      if constexpr (A == tao::pegtl::apply_mode::action) {
        const Pos where{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end)};
        for (const auto* e : group) {
          if (either && e != group.front()) s.items.push_back(Item{where, TokJoin{true, true}});
          s.items.push_back(Item{where, TokMeasure{e, {}}});
        }
      }
      in.bump(end - pos);
      return true;
    }
    if (!m) {
      // "RR <20", "HR <90" where the criterion speaks of vital signs.
      std::size_t vend = pos;
      const auto* vital = vital_abbreviation(s.lexicon, s.text, pos, vend);
      if (!vital) return false;
      if constexpr (A == tao::pegtl::apply_mode::action) {
        s.items.push_back(Item{{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(vend)},
                               TokMeasure{vital, {}}});
      }
      in.bump(vend - pos);
      return true;
    }
    if constexpr (A == tao::pegtl::apply_mode::action) {
      s.items.push_back(Item{{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(m->end)},
                             TokMeasure{m->entry, m->key}});
    }
    in.bump(m->end - pos);
    return true;
  }
};

// A condition named by the low value of one measure, as a subject of the threshold that
// defines it in brackets: "neutropenia (less than 1,000 /mm3)" (Lexicon::named_by_value).
struct cytopenia_term {
  using rule_t = custom_leaf;
  using subs_t = tao::pegtl::empty_list;
  template <tao::pegtl::apply_mode A, tao::pegtl::rewind_mode, template <typename...> class,
            template <typename...> class, typename ParseInput>
  static bool match(ParseInput& in, ScanState& s) {
    const std::size_t pos = s.offset(in.current());
    std::size_t end = pos;
    const auto* e = s.lexicon.named_by_value(s.text, pos, end);
    if (!e) return false;
    if constexpr (A == tao::pegtl::apply_mode::action) {
      s.items.push_back(Item{{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end)},
                             TokMeasure{e, to_lower_ascii(s.text.substr(pos, end - pos))}});
    }
    in.bump(end - pos);
    return true;
  }
};

// "age", "aged" or "ages" when the vocabulary has an age measure.
struct age_term {
  using rule_t = custom_leaf;
  using subs_t = tao::pegtl::empty_list;
  template <tao::pegtl::apply_mode A, tao::pegtl::rewind_mode, template <typename...> class,
            template <typename...> class, typename ParseInput>
  static bool match(ParseInput& in, ScanState& s) {
    if (!s.lexicon.age()) return false;
    const std::size_t pos = s.offset(in.current());
    const std::size_t n =
        std::max({match_phrase(s.text, pos, "aged"), match_phrase(s.text, pos, "ages"),
                  match_phrase(s.text, pos, "age")});
    if (n == 0) return false;
    if constexpr (A == tao::pegtl::apply_mode::action) {
      s.items.push_back(Item{{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + n)},
                             TokMeasure{s.lexicon.age(), {}}});
    }
    in.bump(n);
    return true;
  }
};

// A vocabulary event: a condition, therapy or procedure.
struct event_term {
  using rule_t = custom_leaf;
  using subs_t = tao::pegtl::empty_list;
  template <tao::pegtl::apply_mode A, tao::pegtl::rewind_mode, template <typename...> class,
            template <typename...> class, typename ParseInput>
  static bool match(ParseInput& in, ScanState& s) {
    const std::size_t pos = s.offset(in.current());
    const auto m = s.lexicon.match(s.text, pos, TermKind::event);
    if (!m) return false;
    if constexpr (A == tao::pegtl::apply_mode::action) {
      s.items.push_back(Item{{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(m->end)},
                             TokEvent{m->entry, m->key}});
    }
    in.bump(m->end - pos);
    return true;
  }
};

// The second half of "hepatitis B or C": a word that replaces the last word of the
// event just recorded.
struct event_ellipsis {
  using rule_t = custom_leaf;
  using subs_t = tao::pegtl::empty_list;
  template <tao::pegtl::apply_mode A, tao::pegtl::rewind_mode, template <typename...> class,
            template <typename...> class, typename ParseInput>
  static bool match(ParseInput& in, ScanState& s) {
    const TokEvent* previous = nullptr;
    for (auto it = s.items.rbegin(); it != s.items.rend() && !previous; ++it) {
      previous = std::get_if<TokEvent>(&it->payload);
    }
    if (!previous) return false;
    const std::size_t pos = s.offset(in.current());
    const auto m = s.lexicon.ellipsis(s.text, pos, previous->key, TermKind::event);
    if (!m) return false;
    if constexpr (A == tao::pegtl::apply_mode::action) {
      s.items.push_back(Item{{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(m->end)},
                             TokEvent{m->entry, m->key}});
    }
    in.bump(m->end - pos);
    return true;
  }
};

// A unit of measure as written ("/uL", "x 10^9/L", "mg per 24 hour", "mL/min/1.73 m2").
struct unit_term {
  using rule_t = custom_leaf;
  using subs_t = tao::pegtl::empty_list;
  template <tao::pegtl::apply_mode A, tao::pegtl::rewind_mode, template <typename...> class,
            template <typename...> class, typename ParseInput>
  static bool match(ParseInput& in, ScanState& s) {
    const std::size_t pos = s.offset(in.current());
    TokUnit unit;
    const std::size_t n = match_unit(s.text, pos, unit);
    if (n == 0) return false;
    if constexpr (A == tao::pegtl::apply_mode::action) {
      s.items.push_back(Item{{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + n)},
                             std::move(unit)});
    }
    in.bump(n);
    return true;
  }
};

// A Roman numeral I..X in capitals (NYHA class III).
struct roman {
  using rule_t = custom_leaf;
  using subs_t = tao::pegtl::empty_list;
  template <tao::pegtl::apply_mode A, tao::pegtl::rewind_mode, template <typename...> class,
            template <typename...> class, typename ParseInput>
  static bool match(ParseInput& in, ScanState& s) {
    const std::size_t pos = s.offset(in.current());
    double value = 0;
    const std::size_t n = match_roman(s.text, pos, value);
    if (n == 0) return false;
    if constexpr (A == tao::pegtl::apply_mode::action) {
      s.items.push_back(Item{{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(pos + n)},
                             TokNumber{value, true}});
    }
    in.bump(n);
    return true;
  }
};

}  // namespace grammar
}  // namespace eligo::grammar::prose

namespace tao::pegtl {
template <typename Name>
struct analyze_traits<Name, eligo::grammar::prose::grammar::custom_leaf> : analyze_any_traits<> {};
}  // namespace tao::pegtl
