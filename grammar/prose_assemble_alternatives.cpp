// Prose stage 3, one scope rule (see prose_assembler.hpp): an alternative the grammar
// did not understand. "Hemoglobin >= 9 g/dL or transfusion independent" compiled to the
// hemoglobin threshold alone reads as if the threshold were required; with the words
// as a manual alternative, the tree says what the text says, and the criterion stays
// partial (the words stay uncovered).
#include <string>

#include "grammar/person_words.hpp"
#include "grammar/prose_assembler.hpp"

namespace eligo::grammar::prose::assembly {

std::optional<std::pair<std::size_t, std::size_t>> Assembler::words_after(std::size_t i,
                                                                          int depth) const {
  std::size_t j = i + 1;
  std::optional<std::pair<std::size_t, std::size_t>> run;
  for (; j < pieces_.size(); ++j) {
    const Piece& p = pieces_[j];
    if (is<Noise>(p)) continue;
    if (!is<Word>(p) || p.label || p.depth != depth) break;
    run = run ? std::make_pair(run->first, j) : std::make_pair(j, j);
  }
  if (!run) return std::nullopt;
  // The run must end where the clause does: the text's end, a connective or a bracket,
  // not right before a statement it may qualify ("or severe heart failure").
  if (j < pieces_.size() && !is<Connective>(pieces_[j]) && !is<Paren>(pieces_[j])) {
    return std::nullopt;
  }
  return run;
}

void Assembler::alternatives() {
  for (std::size_t i = 0; i < pieces_.size(); ++i) {
    if (!is_connective(pieces_[i], Connective::Kind::or_)) continue;
    const int depth = pieces_[i].depth;
    // A statement before "or" (past noise and a comma), not negated; words after it.
    // Only words after: words before "or" mostly share the statement's head noun
    // ("uncontrolled or active hepatitis B", "infectious or inflammatory bowel disease").
    std::size_t k = i;
    while (k > 0 &&
           (is<Noise>(pieces_[k - 1]) || is_connective(pieces_[k - 1], Connective::Kind::comma))) {
      --k;
    }
    if (k == 0 || !live_statement(k - 1) || pieces_[k - 1].negated ||
        pieces_[k - 1].depth != depth) {
      continue;
    }
    const auto run = words_after(i, depth);
    if (!run) continue;
    const Pos pos{pieces_[run->first].item->pos.begin, pieces_[run->second].item->pos.end};
    std::string words(text_.substr(pos.begin, pos.end - pos.begin));
    Statement st;
    st.tree.root = st.tree.add(
        Manual{words, needs_a_person(words) ? "needs a person" : "not understood"}, span_of(pos));
    st.uncovered.push_back(pos);
    pieces_[run->first].item = &synthetic_.emplace_back(Item{pos, std::move(st)});
    for (std::size_t w = run->first + 1; w <= run->second; ++w) {
      pieces_[w].item = &synthetic_.emplace_back(Item{pieces_[w].item->pos, Noise{}});
    }
  }
}

}  // namespace eligo::grammar::prose::assembly
