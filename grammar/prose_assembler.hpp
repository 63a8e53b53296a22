// Prose stage 3, inside: the Assembler works on the scanned pieces with their bracket
// depth. Its scope rules (conditions, permissions, grades, windows, negations, lists,
// headings) are in prose_assemble_scopes.cpp; combining the statements and measuring
// coverage in prose_assemble.cpp. Private to those two files.
#pragma once

#include <cstddef>
#include <deque>
#include <optional>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "grammar/prose_assemble.hpp"

namespace eligo::grammar::prose::assembly {

// How two neighbouring statements are joined.
enum class Sep { none, comma, and_, or_, hard };
struct Link {
  Sep sep = Sep::none;
  bool loose = false;  // a comma with "and"/"or": binds looser than a bare "and"/"or"
};

// A scanned item with what the scope rules learned about it.
struct Piece {
  Item* item = nullptr;
  int depth = 0;
  bool demoted = false;   // a statement, window or negation taken out by its context
  bool attached = false;  // a window or negation that found its statement
  bool label = false;     // a heading word before ":" that statements define
  bool negated = false;   // a statement under a negation
  int intro = -1;         // index of the "e.g."/"including" whose list this is in
};

// The payload of a piece as T, or null.
template <class T>
T* as(Piece& p) {
  return std::get_if<T>(&p.item->payload);
}
template <class T>
bool is(const Piece& p) {
  return std::holds_alternative<T>(p.item->payload);
}

inline bool is_connective(const Piece& p, Connective::Kind k) {
  const auto* c = std::get_if<Connective>(&p.item->payload);
  return c && c->kind == k;
}
inline bool is_paren(const Piece& p, bool open) {
  const auto* c = std::get_if<Paren>(&p.item->payload);
  return c && c->open == open;
}

class Assembler {
 public:
  Assembler(std::vector<Item>& items, std::string_view text);
  Assembled run();

 private:
  bool live_statement(std::size_t i) {
    auto* st = as<Statement>(pieces_[i]);
    return st && !st->rejected && !pieces_[i].demoted && !pieces_[i].label;
  }

  bool live_event(std::size_t i) {
    auto* st = as<Statement>(pieces_[i]);
    return live_statement(i) && st->event != nullptr;
  }

  // The next index after i that is not noise (n when none).
  std::size_t next_content(std::size_t i) const {
    for (std::size_t j = i + 1; j < pieces_.size(); ++j) {
      if (!is<Noise>(pieces_[j])) return j;
    }
    return pieces_.size();
  }

  std::size_t prev_content(std::size_t i) const {
    for (std::size_t j = i; j-- > 0;) {
      if (!is<Noise>(pieces_[j])) return j;
    }
    return pieces_.size();
  }

  // From a condition word to the end of its bracket, or of its sentence.
  std::size_t scope_end(std::size_t i) const;

  void conditions();

  bool clause_edge(const Piece& p, int depth) const;

  // "Prior ASCT is allowed": the events of a sentence that permits are not required.
  void permissions();

  void grades();

  bool window_free(std::size_t i) {
    if (!live_event(i)) return false;
    const auto& tree = as<Statement>(pieces_[i])->tree;
    const auto* has = std::get_if<HasEvent>(&tree.top().kind);
    return has && !has->within;
  }

  void attach(std::size_t statement, const Window& w);

  // Walks a list of events joined by connectives, from `from` in direction `step`.
  void attach_list(std::size_t from, int step, const Window& w);

  // Attaches to every window-free event from `from` on at depth >= d, up to the end of
  // the sentence (or of the list's bracket).
  bool attach_rest(std::size_t from, const Window& w, int intro);

  // The nearest window-free event before i with only uncovered words, noise and list
  // connectives (at least one) between; pieces_.size() when there is none.
  std::size_t listed_event_before(std::size_t i);

  void windows();

  void negations();

  // "A or <words not understood>": the words become a manual alternative of A, so the
  // tree says "A or something a person decides", never A alone as if required.
  void alternatives();

  // The run of uncovered words after i (past noise), at `depth`, that ends at a clause
  // edge; [first, last] or empty when there is none.
  std::optional<std::pair<std::size_t, std::size_t>> words_after(std::size_t i, int depth) const;

  // Each piece learns the latest "e.g."/"including" whose list it is in: an opener's list
  // runs to the end of the text, or of the bracket the opener is in.
  void intros();

  // "Increased calcium levels: Corrected serum calcium > 11 mg/dL": a short heading
  // before ":" (or before a bracket) that the statements after it define.
  void labels();

  bool is_content(std::size_t j) const;

  // The connective between statements a and b. Connectives next to uncovered words
  // belong to those words ("absence of A or other conditions and with B": "and"), so
  // only those after the last uncovered word count, or else those before the first.
  Link separator(std::size_t a, std::size_t b) const;

  // Only noise between statements a and b, and a "/" among it.
  bool slash_between(std::size_t a, std::size_t b) const;

  bool bare_event(std::size_t i) {
    auto* st = as<Statement>(pieces_[i]);
    return st && st->event != nullptr;
  }

  NodeId graft(Tree& tree, std::size_t i);

  // An AND or OR of `ids`: nested chains of the same operator are flattened and
  // repeated conditions ("has hiv or has hiv") kept once.
  NodeId combine(Tree& tree, const std::vector<NodeId>& ids, bool is_or);

  // Statements joined by tight links: AND binds tighter than OR.
  NodeId tight_group(Tree& tree, const std::vector<NodeId>& ids, const std::vector<Sep>& seps);

  void build(Assembled& out);

  void coverage(Assembled& out);

  std::string_view text_;
  std::vector<Piece> pieces_;
  std::size_t labelled_ = 0;    // pieces [0, labelled_) are a heading defined by what follows
  std::deque<Item> synthetic_;  // items made by the scope rules (stable addresses)
};

}  // namespace eligo::grammar::prose::assembly
