// List placement for the nesting phase: a stack of open items, each with its key and
// marker kind; flat runs after lead-ins; roman numerals told from letters.
#include "grammar/document_lists.hpp"

namespace eligo::grammar::document {

MarkerKind ListStack::classify(const Line& line) const {
  MarkerKind kind{line.family, line.style, 0, false};
  if (line.family == MarkerFamily::symbol) kind.symbol = line.ordinal;
  const bool lower = line.family == MarkerFamily::lower_letter_or_roman;
  if (!lower && line.family != MarkerFamily::upper_letter_or_roman) return kind;
  const MarkerKind letter{lower ? MarkerFamily::lower_letter : MarkerFamily::upper_letter,
                          line.style, 0, false};
  const MarkerKind roman{lower ? MarkerFamily::lower_roman : MarkerFamily::upper_roman, line.style,
                         0, false};
  // As a letter, i is the 9th, v the 22nd, x the 24th; as a numeral 1, 5, 10.
  const std::uint32_t letter_ordinal = line.ordinal == 1 ? 9 : line.ordinal == 5 ? 22 : 24;
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    if (it->key.indent != line.indent) continue;
    if (it->kind == letter && it->ordinal + 1 == letter_ordinal) return letter;
    if (it->kind == roman && it->ordinal + 1 == line.ordinal) return roman;
  }
  return line.ordinal == 1 ? roman : letter;
}

int ListStack::virtual_depth(const Line& line, const MarkerKind& kind, bool after_blank,
                             const LeadIn& lead, bool* started) {
  *started = false;
  if (run_.active && line.indent < run_.key.indent) run_ = {};
  if (run_.active && line.indent == run_.key.indent && kind == run_.kind) {
    if (run_.limit == 0 || run_.count < run_.limit) {
      ++run_.count;
      return run_.key.virtual_depth;
    }
    run_ = {};
  }
  if (run_.active || !after_blank || lead.node < 0 || !lead.bullet ||
      lead.key.indent != line.indent || !(lead.kind == kind) || lead.has_children ||
      !lead.ends_with_colon) {
    return 0;
  }
  run_ = FlatRun{true, Key{line.indent, lead.key.virtual_depth + 1}, kind, lead.stated_count, 1};
  *started = true;
  return run_.key.virtual_depth;
}

int ListStack::place(const Key& key, const MarkerKind& kind) {
  while (!frames_.empty() && frames_.back().key > key) frames_.pop_back();
  if (frames_.empty()) return -1;
  if (frames_.back().key == key) {
    for (std::size_t j = frames_.size(); j-- > 0 && frames_[j].key == key;) {
      if (frames_[j].kind == kind) {
        frames_.resize(j);  // a sibling of the open item with this kind
        return frames_.empty() ? -1 : frames_.back().node;
      }
    }
  }
  return frames_.back().node;  // deeper, or a new kind of marker: a sub-list
}

void ListStack::push(int node, const Key& key, const MarkerKind& kind, std::uint32_t ordinal) {
  frames_.push_back({node, key, kind, ordinal});
}

}  // namespace eligo::grammar::document
