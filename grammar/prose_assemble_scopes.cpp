// Prose stage 3, the scope rules (see prose_assembler.hpp): which statements a
// condition, a permission or a grade takes out of the tree, which events a window or a
// negation belongs to, what a list opener or a heading reaches. Each rule is a bounded
// walk left or right from the word that triggers it.
#include <algorithm>
#include <string>
#include <unordered_set>

#include "grammar/prose_assembler.hpp"
#include "grammar/prose_lexicon.hpp"

namespace eligo::grammar::prose::assembly {

std::size_t Assembler::scope_end(std::size_t i) const {
  const int d = pieces_[i].depth;
  for (std::size_t j = i + 1; j < pieces_.size(); ++j) {
    if (is_paren(pieces_[j], false) && pieces_[j].depth < d) return j;
    if (is_connective(pieces_[j], Connective::Kind::hard) && pieces_[j].depth <= d) return j;
  }
  return pieces_.size();
}

void Assembler::conditions() {
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
      if (j < pieces_.size() && is<Statement>(pieces_[j]) && pieces_[j].depth == pieces_[i].depth) {
        pieces_[j].demoted = true;
      }
    }
    i = end == pieces_.size() ? end : end - 1;
  }
}

bool Assembler::clause_edge(const Piece& p, int depth) const {
  if (is<Paren>(p)) return true;
  if (p.depth != depth) return false;
  return is_connective(p, Connective::Kind::comma) || is_connective(p, Connective::Kind::hard) ||
         is_connective(p, Connective::Kind::colon);
}

void Assembler::permissions() {
  std::size_t done = 0;  // pieces before `done` were already swept
  for (std::size_t i = 0; i < pieces_.size(); ++i) {
    if (!is<Permission>(pieces_[i])) continue;
    const int d = pieces_[i].depth;
    auto edge = [&](const Piece& p) {
      return (is<Paren>(p) && p.depth < d) ||
             (is_connective(p, Connective::Kind::hard) && p.depth <= d);
    };
    // "is not allowed", "are not eligible": a prohibition; its events are negated.
    const std::size_t before = prev_content(i);
    const bool prohibited =
        before < pieces_.size() && is<Negation>(pieces_[before]) && !pieces_[before].attached;
    bool any = false;
    auto take = [&](std::size_t j) {
      if (!live_event(j) || pieces_[j].negated) return;
      if (prohibited) {
        pieces_[j].negated = any = true;
      } else {
        pieces_[j].demoted = true;
      }
    };
    for (std::size_t j = i; j-- > done && !edge(pieces_[j]);) take(j);
    std::size_t j = i + 1;
    for (; j < pieces_.size() && !edge(pieces_[j]); ++j) take(j);
    if (prohibited && any) pieces_[before].attached = pieces_[i].attached = true;
    done = std::max(done, j);
  }
}

void Assembler::grades() {
  for (std::size_t i = 0; i < pieces_.size(); ++i) {
    if (!is<Grade>(pieces_[i])) continue;
    std::size_t j = prev_content(i);
    while (j < pieces_.size() && is_paren(pieces_[j], true)) j = prev_content(j);
    if (j < pieces_.size() && live_event(j)) pieces_[j].demoted = true;
    const std::size_t k = next_content(i);
    if (k < pieces_.size() && live_event(k)) pieces_[k].demoted = true;
  }
}

void Assembler::attach(std::size_t statement, const Window& w) {
  auto& tree = as<Statement>(pieces_[statement])->tree;
  std::get<HasEvent>(tree.nodes[tree.root].kind).within = w.within;
}

void Assembler::attach_list(std::size_t from, int step, const Window& w) {
  std::size_t j = from;
  while (true) {
    std::size_t k = step < 0 ? prev_content(j) : next_content(j);
    while (k < pieces_.size() && is<Word>(pieces_[k])) {  // "or other anti-CD38 therapy"
      k = step < 0 ? prev_content(k) : next_content(k);
    }
    if (k >= pieces_.size()) return;
    // "radiotherapy/investigational therapy within 14 days": "/" lists them too.
    if (window_free(k) && slash_between(std::min(j, k), std::max(j, k))) {
      attach(k, w);
      j = k;
      continue;
    }
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

bool Assembler::attach_rest(std::size_t from, const Window& w, int intro) {
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

std::size_t Assembler::listed_event_before(std::size_t i) {
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

void Assembler::windows() {
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

void Assembler::negations() {
  for (std::size_t i = 0; i < pieces_.size(); ++i) {
    if (!is<Negation>(pieces_[i]) || pieces_[i].demoted) continue;
    // "no active HBV infection": the negation governs the statement past a few words
    // the grammar did not understand (they stay uncovered).
    // "no clinically significant cardiac disease or myocardial infarction": past the
    // alternatives it does not know, too.
    std::size_t j = next_content(i);
    // "must not have: A, B or C": the list after the colon is what is negated.
    if (j < pieces_.size() && is_connective(pieces_[j], Connective::Kind::colon)) {
      j = next_content(j);
    }
    for (int steps = 0; j < pieces_.size() && steps < 10; ++steps) {
      const bool skip = is<Word>(pieces_[j]) || is_connective(pieces_[j], Connective::Kind::or_) ||
                        is_connective(pieces_[j], Connective::Kind::comma) ||
                        is_connective(pieces_[j], Connective::Kind::nor);
      if (!skip) break;
      j = next_content(j);
    }
    if (j >= pieces_.size() || !live_statement(j) || pieces_[j].negated) continue;
    pieces_[i].attached = true;
    pieces_[j].negated = true;
    // "no A, B, or C": none of them, so each is negated and the "or" becomes "and".
    auto listing = [&](std::size_t c) {
      const auto* conn = c < pieces_.size() ? as<Connective>(pieces_[c]) : nullptr;
      return conn && (conn->kind == Connective::Kind::or_ ||
                      conn->kind == Connective::Kind::comma || conn->kind == Connective::Kind::nor);
    };
    // Words the grammar does not know may stand around the connectives ("HIV+ or").
    auto past_words = [&](std::size_t m) {
      for (int steps = 0; m < pieces_.size() && is<Word>(pieces_[m]) && steps < 3; ++steps) {
        m = next_content(m);
      }
      return m;
    };
    while (true) {
      std::size_t c = past_words(next_content(j));
      if (!listing(c)) break;
      // ", or", "or other conditions or": connectives and unknown words up to the next member.
      std::size_t k = next_content(c);
      for (int steps = 0; k < pieces_.size() && steps < 8 && (listing(k) || is<Word>(pieces_[k]));
           ++steps) {
        k = next_content(k);
      }
      if (k >= pieces_.size() || !live_statement(k) || pieces_[k].negated) break;
      for (std::size_t m = c; m < k; ++m) {
        if (listing(m)) as<Connective>(pieces_[m])->kind = Connective::Kind::and_;
      }
      pieces_[k].negated = true;
      j = k;
    }
  }
}

void Assembler::intros() {
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

void Assembler::labels() {
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

}  // namespace eligo::grammar::prose::assembly
