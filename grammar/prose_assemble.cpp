// Prose stage 3 (see prose_assemble.hpp). Works on a flat array of pieces with their
// bracket depth; every step is a bounded walk left or right, so the stage is linear in
// the number of pieces for ordinary texts and at worst quadratic in one clause.
#include "grammar/prose_assemble.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>

#include "engine/printer.hpp"
#include "grammar/prose_lexicon.hpp"

namespace eligo::prose {
namespace {

enum class Sep { none, comma, and_, or_, hard };
struct Link {
  Sep sep = Sep::none;
  bool loose = false;  // a comma with "and"/"or": binds looser than a bare "and"/"or"
};

struct Piece {
  Item* item = nullptr;
  int depth = 0;
  bool demoted = false;   // a statement, window or negation taken out by its context
  bool attached = false;  // a window or negation that found its statement
  bool label = false;     // a heading word before ":" that statements define
  bool negated = false;   // a statement under a negation
  int intro = -1;         // index of the "e.g."/"including" whose list this is in
};

template <class T>
T* as(Piece& p) {
  return std::get_if<T>(&p.item->payload);
}
template <class T>
bool is(const Piece& p) {
  return std::holds_alternative<T>(p.item->payload);
}

bool is_connective(const Piece& p, Connective::Kind k) {
  const auto* c = std::get_if<Connective>(&p.item->payload);
  return c && c->kind == k;
}
bool is_paren(const Piece& p, bool open) {
  const auto* c = std::get_if<Paren>(&p.item->payload);
  return c && c->open == open;
}

class Assembler {
 public:
  Assembler(std::vector<Item>& items, std::string_view text) : text_(text) {
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

  Assembled run() {
    conditions();
    grades();
    intros();
    windows();
    negations();
    labels();
    permissions();
    Assembled out;
    build(out);
    coverage(out);
    return out;
  }

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
  std::size_t scope_end(std::size_t i) const {
    const int d = pieces_[i].depth;
    for (std::size_t j = i + 1; j < pieces_.size(); ++j) {
      if (is_paren(pieces_[j], false) && pieces_[j].depth < d) return j;
      if (is_connective(pieces_[j], Connective::Kind::hard) && pieces_[j].depth <= d) return j;
    }
    return pieces_.size();
  }

  void conditions() {
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
      const auto* c = as<Condition>(pieces_[i]);
      if (!c) continue;
      const std::size_t end = scope_end(i);
      for (std::size_t j = i + 1; j < end; ++j) pieces_[j].demoted = true;
      if (!c->exception) {
        // "ALT <= 5 x ULN if liver metastases": the statement before is conditional too.
        std::size_t j = prev_content(i);
        while (j < pieces_.size() && is_connective(pieces_[j], Connective::Kind::comma)) {
          j = prev_content(j);
        }
        if (j < pieces_.size() && is<Statement>(pieces_[j]) &&
            pieces_[j].depth == pieces_[i].depth) {
          pieces_[j].demoted = true;
        }
      }
      i = end == pieces_.size() ? end : end - 1;
    }
  }

  bool clause_edge(const Piece& p, int depth) const {
    if (is<Paren>(p)) return true;
    if (p.depth != depth) return false;
    return is_connective(p, Connective::Kind::comma) || is_connective(p, Connective::Kind::hard) ||
           is_connective(p, Connective::Kind::colon);
  }

  // "Prior ASCT is allowed": the events of a sentence that permits are not required.
  void permissions() {
    std::size_t done = 0;  // pieces before `done` were already swept
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
      if (!is<Permission>(pieces_[i])) continue;
      const int d = pieces_[i].depth;
      auto edge = [&](const Piece& p) {
        return (is<Paren>(p) && p.depth < d) ||
               (is_connective(p, Connective::Kind::hard) && p.depth <= d);
      };
      for (std::size_t j = i; j-- > done && !edge(pieces_[j]);) {
        if (live_event(j)) pieces_[j].demoted = true;
      }
      std::size_t j = i + 1;
      for (; j < pieces_.size() && !edge(pieces_[j]); ++j) {
        if (live_event(j)) pieces_[j].demoted = true;
      }
      done = std::max(done, j);
    }
  }

  void grades() {
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
      if (!is<Grade>(pieces_[i])) continue;
      std::size_t j = prev_content(i);
      while (j < pieces_.size() && is_paren(pieces_[j], true)) j = prev_content(j);
      if (j < pieces_.size() && live_event(j)) pieces_[j].demoted = true;
      const std::size_t k = next_content(i);
      if (k < pieces_.size() && live_event(k)) pieces_[k].demoted = true;
    }
  }

  bool window_free(std::size_t i) {
    if (!live_event(i)) return false;
    const auto& tree = as<Statement>(pieces_[i])->tree;
    const auto* has = std::get_if<HasEvent>(&tree.top().kind);
    return has && !has->within;
  }
  void attach(std::size_t statement, const Window& w) {
    auto& tree = as<Statement>(pieces_[statement])->tree;
    std::get<HasEvent>(tree.nodes[tree.root].kind).within = w.within;
  }
  // Walks a list of events joined by connectives, from `from` in direction `step`.
  void attach_list(std::size_t from, int step, const Window& w) {
    std::size_t j = from;
    while (true) {
      std::size_t k = step < 0 ? prev_content(j) : next_content(j);
      while (k < pieces_.size() && is<Word>(pieces_[k])) {  // "or other anti-CD38 therapy"
        k = step < 0 ? prev_content(k) : next_content(k);
      }
      if (k >= pieces_.size()) return;
      if (!is<Connective>(pieces_[k]) || is_connective(pieces_[k], Connective::Kind::hard)) return;
      while (k < pieces_.size() && is<Connective>(pieces_[k]) &&
             !is_connective(pieces_[k], Connective::Kind::hard)) {
        k = step < 0 ? prev_content(k) : next_content(k);
      }
      if (k >= pieces_.size() || !window_free(k)) return;
      attach(k, w);
      j = k;
    }
  }

  // Attaches to every window-free event from `from` on at depth >= d, up to the end of
  // the sentence (or of the list's bracket).
  bool attach_rest(std::size_t from, const Window& w, int intro) {
    constexpr std::size_t kReach = 256;  // pieces; a list is never longer
    bool any = false;
    const int d = from < pieces_.size() ? pieces_[from].depth : 0;
    for (std::size_t j = from; j < pieces_.size() && j < from + kReach; ++j) {
      const Piece& p = pieces_[j];
      if (intro >= 0 && p.intro != intro && p.depth <= pieces_[intro].depth) break;
      if (intro < 0 && ((is_connective(p, Connective::Kind::hard) && p.depth <= d) ||
                        (is_paren(p, false) && p.depth < d))) {
        break;
      }
      if (window_free(j)) {
        attach(j, w);
        any = true;
      }
    }
    return any;
  }

  // The nearest window-free event before i with only uncovered words, noise and list
  // connectives (at least one) between; pieces_.size() when there is none.
  std::size_t listed_event_before(std::size_t i) {
    bool connective = false;
    for (std::size_t j = i, steps = 0; j-- > 0 && steps < 12; ++steps) {
      const Piece& p = pieces_[j];
      if (p.depth != pieces_[i].depth) return pieces_.size();
      if (is<Word>(p) || is<Noise>(p)) continue;
      if (is<Connective>(p) && !is_connective(p, Connective::Kind::hard) &&
          !is_connective(p, Connective::Kind::colon)) {
        connective = true;
        continue;
      }
      return connective && window_free(j) ? j : pieces_.size();
    }
    return pieces_.size();
  }

  void windows() {
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
      auto* w = as<Window>(pieces_[i]);
      if (!w || pieces_[i].demoted) continue;
      // "myocardial infarction, unstable angina or stroke within 6 months".
      const std::size_t before = prev_content(i);
      if (before < pieces_.size() && window_free(before)) {
        attach(before, *w);
        attach_list(before, -1, *w);
        pieces_[i].attached = true;
        continue;
      }
      // "stroke or intracranial hemorrhage within 6 months": a listed event before
      // members the vocabulary does not know.
      if (const std::size_t listed = listed_event_before(i); listed < pieces_.size()) {
        attach(listed, *w);
        attach_list(listed, -1, *w);
        pieces_[i].attached = true;
        continue;
      }
      // "diagnosed within 5 years with SMM", "within 3 months (...): A, B, C",
      // "within 3 months, e.g. A; B; C".
      std::size_t after = next_content(i);
      if (after < pieces_.size() && is_paren(pieces_[after], true)) {
        std::size_t j = after + 1;
        bool clean = true;
        for (; j < pieces_.size() &&
               !(is_paren(pieces_[j], false) && pieces_[j].depth == pieces_[after].depth);
             ++j) {
          clean &= !is<Statement>(pieces_[j]);
        }
        if (clean && j < pieces_.size()) after = next_content(j);
      }
      while (after < pieces_.size() && is_connective(pieces_[after], Connective::Kind::comma)) {
        after = next_content(after);
      }
      if (after >= pieces_.size()) continue;
      if (is_connective(pieces_[after], Connective::Kind::colon)) {
        pieces_[i].attached = attach_rest(after + 1, *w, -1);
      } else if (is<ListIntro>(pieces_[after])) {
        pieces_[i].attached = attach_rest(after + 1, *w, static_cast<int>(after));
      } else if (window_free(after)) {
        attach(after, *w);
        pieces_[i].attached = true;
      }
    }
  }

  void negations() {
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
      if (!is<Negation>(pieces_[i]) || pieces_[i].demoted) continue;
      std::size_t j = next_content(i);
      if (j >= pieces_.size() || !live_statement(j) || pieces_[j].negated) continue;
      pieces_[i].attached = true;
      pieces_[j].negated = true;
      // "no A or B": neither, so each is negated and the "or" becomes "and".
      while (true) {
        const std::size_t c = next_content(j);
        if (c >= pieces_.size()) break;
        auto* conn = as<Connective>(pieces_[c]);
        if (!conn ||
            (conn->kind != Connective::Kind::or_ && conn->kind != Connective::Kind::comma &&
             conn->kind != Connective::Kind::nor)) {
          break;
        }
        const std::size_t k = next_content(c);
        if (k >= pieces_.size() || !live_statement(k) || pieces_[k].negated) break;
        conn->kind = Connective::Kind::and_;
        pieces_[k].negated = true;
        j = k;
      }
    }
  }

  // Each piece learns the latest "e.g."/"including" whose list it is in: an opener's list
  // runs to the end of the text, or of the bracket the opener is in.
  void intros() {
    constexpr int kMaxDepth = 64;
    std::vector<int> by_depth;  // the opener active at each bracket depth
    int current = -1;
    for (std::size_t j = 0; j < pieces_.size(); ++j) {
      Piece& p = pieces_[j];
      const auto d = static_cast<std::size_t>(std::min(p.depth, kMaxDepth));
      if (is_paren(p, false) && by_depth.size() > d + 1) {
        by_depth.resize(d + 1);
        current = *std::max_element(by_depth.begin(), by_depth.end());
      }
      p.intro = current;
      if (is<ListIntro>(p)) {
        if (by_depth.size() <= d) by_depth.resize(d + 1, -1);
        by_depth[d] = static_cast<int>(j);
        current = static_cast<int>(j);
      }
    }
  }

  // "Increased calcium levels: Corrected serum calcium > 11 mg/dL": a short heading
  // before ":" (or before a bracket) that the statements after it define.
  void labels() {
    static const std::unordered_set<std::string> kPopulation = {
        "woman",        "women",      "man",      "men",      "female",   "male",
        "childbearing", "potential",  "pregnant", "child",    "children", "pediatric",
        "paediatric",   "adolescent", "elderly",  "japanese", "chinese",  "asian",
        "cohort",       "arm",        "part",     "phase",    "only"};
    std::size_t words = 0, end = pieces_.size();
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
      const Piece& p = pieces_[i];
      if (is<Word>(p)) {
        const std::string_view w =
            text_.substr(p.item->pos.begin, p.item->pos.end - p.item->pos.begin);
        if (kPopulation.count(stem(w)) || !is_word_start(text_, p.item->pos.begin) ||
            (w.front() >= '0' && w.front() <= '9')) {
          return;
        }
        ++words;
        continue;
      }
      if (is<Noise>(p)) continue;
      if (live_event(i) && !pieces_[i].negated) {
        ++words;
        continue;
      }
      if (is_connective(p, Connective::Kind::comma)) continue;
      if ((is_connective(p, Connective::Kind::colon) || is_paren(p, true)) && p.depth == 0) {
        end = i;
        break;
      }
      return;
    }
    if (words == 0 || words > 6 || end == pieces_.size()) return;
    bool defined = false;
    for (std::size_t j = end + 1; j < pieces_.size(); ++j) {
      if (is_paren(pieces_[end], true) && pieces_[j].depth == 0) break;
      defined |= live_statement(j);
    }
    if (!defined) return;
    for (std::size_t i = 0; i < end; ++i) pieces_[i].label = true;
    labelled_ = end;
  }

  bool is_content(std::size_t j) const {
    const Piece& p = pieces_[j];
    if (is<Word>(p) || is<Permission>(p) || is<Condition>(p) || is<Grade>(p)) return !p.label;
    if (is<Statement>(p)) return p.demoted || std::get<Statement>(p.item->payload).rejected;
    if (is<Window>(p) || is<Negation>(p)) return !p.attached;
    return false;
  }

  // The connective between statements a and b. Connectives next to uncovered words
  // belong to those words ("absence of A or other conditions and with B": "and"), so
  // only those after the last uncovered word count, or else those before the first.
  Link separator(std::size_t a, std::size_t b) const {
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
    link.loose = comma && (or_ || and_);
    const bool listed = pieces_[a].intro >= 0 && pieces_[a].intro == pieces_[b].intro;
    if (listed && (hard || and_ || comma || or_)) {
      link.sep = Sep::or_;
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

  bool bare_event(std::size_t i) {
    auto* st = as<Statement>(pieces_[i]);
    return st && st->event != nullptr;
  }

  NodeId graft(Tree& tree, std::size_t i) {
    const auto& st = *as<Statement>(pieces_[i]);
    NodeId id = tree.graft(st.tree, st.tree.root);
    if (pieces_[i].negated) {
      const Span s = tree.at(id).span;
      const Pos neg = pieces_[i].item->pos;
      id = tree.add(Not{id}, Span{std::min(s.begin, neg.begin), s.end, 0, 0});
    }
    return id;
  }

  // An AND or OR of `ids`: nested chains of the same operator are flattened and
  // repeated conditions ("has hiv or has hiv") kept once.
  NodeId combine(Tree& tree, const std::vector<NodeId>& ids, bool is_or) {
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

  // Statements joined by tight links: AND binds tighter than OR.
  NodeId tight_group(Tree& tree, const std::vector<NodeId>& ids, const std::vector<Sep>& seps) {
    std::vector<NodeId> disjuncts, conjuncts{ids.front()};
    for (std::size_t k = 1; k < ids.size(); ++k) {
      if (seps[k - 1] == Sep::or_)
        disjuncts.push_back(combine(tree, std::exchange(conjuncts, {}), false));
      conjuncts.push_back(ids[k]);
    }
    disjuncts.push_back(combine(tree, conjuncts, false));
    return combine(tree, disjuncts, true);
  }

  void build(Assembled& out) {
    std::vector<std::size_t> live;
    for (std::size_t i = 0; i < pieces_.size(); ++i) {
      if (live_statement(i)) live.push_back(i);
    }
    out.statements = live.size();
    if (live.empty()) return;
    std::vector<Link> links;
    for (std::size_t k = 1; k < live.size(); ++k) links.push_back(separator(live[k - 1], live[k]));
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

  void coverage(Assembled& out) {
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

  std::string_view text_;
  std::vector<Piece> pieces_;
  std::size_t labelled_ = 0;  // pieces [0, labelled_) are a heading defined by what follows
};

}  // namespace

Assembled assemble(std::vector<Item> items, std::string_view normalised) {
  Assembler a(items, normalised);
  return a.run();
}

}  // namespace eligo::prose
