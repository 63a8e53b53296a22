// Prose stage 3 (see prose_assemble.hpp): runs the scope rules, then combines the
// statements that remain by the connectives between them and measures coverage. Linear
// in the number of pieces for ordinary texts.
#include "grammar/prose_assemble.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>

#include "core/printer.hpp"
#include "grammar/prose_assembler.hpp"

namespace eligo::grammar::prose {
namespace assembly {

Assembler::Assembler(std::vector<Item>& items, std::string_view text) : text_(text) {
  int depth = 0;
  for (auto& item : items) {
    Piece p;
    p.item = &item;
    if (const auto* paren = std::get_if<Paren>(&item.payload)) {
      if (paren->open) {
        p.depth = depth++;
      } else {
        depth = std::max(0, depth - 1);
        p.depth = depth;
      }
    } else {
      p.depth = depth;
    }
    pieces_.push_back(p);
  }
}

Assembled Assembler::run() {
  conditions();
  grades();
  intros();
  windows();
  negations();
  labels();
  permissions();
  alternatives();
  Assembled out;
  build(out);
  coverage(out);
  return out;
}

bool Assembler::is_content(std::size_t j) const {
  const Piece& p = pieces_[j];
  if (is<Permission>(p)) return !p.attached;
  if (is<Word>(p) || is<Condition>(p) || is<Grade>(p)) return !p.label;
  if (is<Statement>(p)) return p.demoted || std::get<Statement>(p.item->payload).rejected;
  if (is<Window>(p) || is<Negation>(p)) return !p.attached;
  return false;
}

Link Assembler::separator(std::size_t a, std::size_t b) const {
  std::size_t last = a;
  for (std::size_t j = a + 1; j < b; ++j) {
    if (is_content(j)) last = j;
  }
  std::size_t from = a + 1, to = b;
  if (last > a) {
    from = last + 1;
    bool any = false;
    for (std::size_t j = from; j < b; ++j) any |= is<Connective>(pieces_[j]);
    if (!any) {
      // No connective after the words: the last one before b, with its comma.
      std::size_t k = last;
      while (k > a && !is<Connective>(pieces_[k])) --k;
      from = k, to = k + 1;
      if (k > a + 1 && is_connective(pieces_[k - 1], Connective::Kind::comma)) from = k - 1;
      if (k == a) from = to = b;
    }
  }
  bool hard = false, or_ = false, and_ = false, comma = false;
  for (std::size_t j = from; j < to; ++j) {
    const auto* c = std::get_if<Connective>(&pieces_[j].item->payload);
    if (!c) continue;
    switch (c->kind) {
      case Connective::Kind::hard:
      case Connective::Kind::colon: hard = true; break;
      case Connective::Kind::or_: or_ = true; break;
      case Connective::Kind::and_:
      case Connective::Kind::nor: and_ = true; break;
      case Connective::Kind::comma: comma = true; break;
    }
  }
  Link link;
  // "A, or B" and "A; or B": the connective joins what came before as a whole.
  link.loose = (comma || hard) && (or_ || and_);
  const bool listed = pieces_[a].intro >= 0 && pieces_[a].intro == pieces_[b].intro;
  if (listed && (hard || and_ || comma || or_)) {
    link.sep = Sep::or_;
  } else if (hard && or_) {
    link.sep = Sep::or_;  // "A; or B" is A or B
  } else if (hard) {
    link.sep = Sep::hard;
  } else if (or_) {
    link.sep = Sep::or_;
  } else if (and_) {
    link.sep = Sep::and_;
  } else if (comma) {
    link.sep = Sep::comma;
  } else if (pieces_[b].intro >= 0 && pieces_[b].intro > static_cast<int>(a)) {
    link.sep = Sep::or_;  // a heading and its examples
  } else {
    link.sep = Sep::none;
  }
  return link;
}

bool Assembler::slash_between(std::size_t a, std::size_t b) const {
  bool slash = false;
  for (std::size_t j = a + 1; j < b; ++j) {
    const Pos p = pieces_[j].item->pos;
    if (!is<Noise>(pieces_[j])) return false;
    slash |= text_.substr(p.begin, p.end - p.begin) == "/";
  }
  return slash;
}

NodeId Assembler::graft(Tree& tree, std::size_t i) {
  const auto& st = *as<Statement>(pieces_[i]);
  NodeId id = tree.graft(st.tree, st.tree.root);
  if (pieces_[i].negated) {
    const Span s = tree.at(id).span;
    const Pos neg = pieces_[i].item->pos;
    id = tree.add(Not{id}, Span{std::min(s.begin, neg.begin), s.end, 0, 0});
  }
  return id;
}

NodeId Assembler::combine(Tree& tree, const std::vector<NodeId>& ids, bool is_or) {
  std::vector<NodeId> children;
  std::unordered_set<std::string> seen;
  auto add = [&](NodeId id) {
    if (seen.insert(print(tree, id)).second) children.push_back(id);
  };
  for (NodeId id : ids) {
    const Node& n = tree.at(id);
    if (is_or && std::holds_alternative<Or>(n.kind)) {
      for (NodeId c : std::get<Or>(n.kind).children) add(c);
    } else if (!is_or && std::holds_alternative<And>(n.kind)) {
      for (NodeId c : std::get<And>(n.kind).children) add(c);
    } else {
      add(id);
    }
  }
  if (children.size() == 1) return children.front();
  Span s = tree.at(children.front()).span;
  for (NodeId id : children) {
    s.begin = std::min(s.begin, tree.at(id).span.begin);
    s.end = std::max(s.end, tree.at(id).span.end);
  }
  if (is_or) return tree.add(Or{std::move(children)}, s);
  return tree.add(And{std::move(children)}, s);
}

NodeId Assembler::tight_group(Tree& tree, const std::vector<NodeId>& ids,
                              const std::vector<Sep>& seps) {
  std::vector<NodeId> disjuncts, conjuncts{ids.front()};
  for (std::size_t k = 1; k < ids.size(); ++k) {
    if (seps[k - 1] == Sep::or_)
      disjuncts.push_back(combine(tree, std::exchange(conjuncts, {}), false));
    conjuncts.push_back(ids[k]);
  }
  disjuncts.push_back(combine(tree, conjuncts, false));
  return combine(tree, disjuncts, true);
}

void Assembler::build(Assembled& out) {
  std::vector<std::size_t> live;
  for (std::size_t i = 0; i < pieces_.size(); ++i) {
    if (live_statement(i)) live.push_back(i);
  }
  out.statements = live.size();
  if (live.empty()) return;
  std::vector<Link> links;
  for (std::size_t k = 1; k < live.size(); ++k) links.push_back(separator(live[k - 1], live[k]));
  // Events joined by "/" only are alternatives ("chemotherapy/radiotherapy/investigational
  // therapy within 14 days"), as a list of events with commas only is.
  for (std::size_t k = 0; k < links.size(); ++k) {
    if (links[k].sep == Sep::none && bare_event(live[k]) && bare_event(live[k + 1]) &&
        slash_between(live[k], live[k + 1])) {
      links[k].sep = Sep::or_;
    }
  }
  // Commas take the connective that ends (or else began) their list; a list of events
  // with commas only is a list of alternatives ("MGUS, plasmacytoma, amyloidosis").
  for (std::size_t k = 0; k < links.size(); ++k) {
    if (links[k].sep != Sep::comma) continue;
    std::optional<Link> found;
    for (std::size_t m = k + 1; m < links.size() && links[m].sep != Sep::hard && !found; ++m) {
      if (links[m].sep == Sep::and_ || links[m].sep == Sep::or_) found = links[m];
    }
    for (std::size_t m = k; m-- > 0 && links[m].sep != Sep::hard && !found;) {
      if (links[m].sep == Sep::and_ || links[m].sep == Sep::or_) found = links[m];
    }
    if (found) {
      links[k] = *found;
    } else {
      const bool events = bare_event(live[k]) && bare_event(live[k + 1]);
      links[k] = Link{events ? Sep::or_ : Sep::and_, false};
    }
  }
  Tree& tree = out.tree;
  // Hard links (";", ".", ":") join segments with AND; inside a segment, loose links
  // (", and", ", or") fold left to right over groups of tightly linked statements.
  std::vector<NodeId> segments;
  std::optional<NodeId> acc;
  std::optional<Sep> pending;
  std::vector<NodeId> group;
  std::vector<Sep> group_seps;
  auto close_group = [&] {
    const NodeId g = tight_group(tree, group, group_seps);
    group.clear();
    group_seps.clear();
    acc = acc ? combine(tree, {*acc, g}, *pending == Sep::or_) : g;
  };
  auto close_segment = [&] {
    close_group();
    segments.push_back(*acc);
    acc.reset();
  };
  for (std::size_t k = 0; k < live.size(); ++k) {
    if (k > 0) {
      const Link l = links[k - 1];
      if (l.sep == Sep::hard) {
        close_segment();
      } else if (l.loose) {
        close_group();
        pending = l.sep;
      } else {
        group_seps.push_back(l.sep);
      }
    }
    group.push_back(graft(tree, live[k]));
  }
  close_segment();
  tree.root = combine(tree, segments, false);
}

// The measures a statement compares, outside a threshold for some patients only.
std::unordered_set<std::string> compared(const Statement& st) {
  std::unordered_set<std::string> out;
  if (!st.for_some.empty()) return out;
  for (const auto& n : st.tree.nodes) {
    if (const auto* c = std::get_if<Compare>(&n.kind)) out.insert(c->measure);
    if (const auto* r = std::get_if<Range>(&n.kind)) out.insert(r->measure);
    if (const auto* i = std::get_if<InSet>(&n.kind)) out.insert(i->measure);
  }
  return out;
}

void Assembler::coverage(Assembled& out) {
  // "ECOG 0-1. ECOG 0-2 for patients >= 70 years": the second may relax the first for
  // those patients, which AND cannot say; the threshold for some stays uncovered, so the
  // criterion is partial and decides nothing alone.
  std::unordered_set<std::string> plain;
  for (std::size_t i = 0; i < pieces_.size(); ++i) {
    if (!live_statement(i)) continue;
    for (auto& m : compared(*as<Statement>(pieces_[i]))) plain.insert(std::move(m));
  }
  for (std::size_t i = 0; i < pieces_.size(); ++i) {
    if (!live_statement(i)) continue;
    auto& st = *as<Statement>(pieces_[i]);
    if (!st.for_some.empty() && plain.count(st.for_some))
      st.uncovered.push_back(pieces_[i].item->pos);
  }
  std::optional<Pos> run;
  auto close = [&] {
    if (run) out.uncovered.push_back(*run);
    run.reset();
  };
  auto extend = [&](Pos p) {
    if (!run) {
      run = p;
    } else {
      run->end = p.end;
    }
  };
  for (auto& p : pieces_) {
    const Pos pos = p.item->pos;
    if (auto* st = as<Statement>(p)) {
      for (const auto& d : st->diagnostics) out.diagnostics.push_back(d);
      if (st->rejected || p.demoted) {
        extend(pos);
        continue;
      }
      close();
      for (const auto& u : st->uncovered) out.uncovered.push_back(u);
    } else if (is<Window>(p) || is<Negation>(p)) {
      if (p.attached) {
        close();
      } else {
        extend(pos);
      }
    } else if (is<Permission>(p) && p.attached) {
      // a prohibition that negated its events: covered
    } else if (is<Word>(p) || is<Permission>(p) || is<Condition>(p) || is<Grade>(p)) {
      if (!p.label) extend(pos);
    }
    // Noise, connectives, brackets and list openers neither extend nor close a run.
  }
  close();
  std::sort(out.uncovered.begin(), out.uncovered.end(),
            [](Pos a, Pos b) { return a.begin < b.begin; });
  if (out.statements == 0) {
    out.coverage = Coverage::none;
    out.tree = Tree{};
  } else {
    out.coverage = out.uncovered.empty() ? Coverage::full : Coverage::partial;
  }
}

}  // namespace assembly

Assembled assemble(std::vector<Item> items, std::string_view normalised) {
  assembly::Assembler a(items, normalised);
  return a.run();
}

}  // namespace eligo::grammar::prose
