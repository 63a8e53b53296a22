// The relations between events of a vocabulary, computed once by its constructor from
// the entries' is_a, state_of and seldom_coded: ancestors and descendants (transitive
// is_a), and the contexts that make "no record" of an item unknown rather than absent
// (docs/evaluation.md, "Absent events and disease states"). An id that names no entry,
// or a cycle of is_a, is a faulty vocabulary: std::invalid_argument naming it.
#include <algorithm>
#include <stdexcept>

#include "core/vocabulary.hpp"

namespace eligo {
namespace {

void add_unique(std::vector<std::uint32_t>& list, std::uint32_t i) {
  if (std::find(list.begin(), list.end(), i) == list.end()) list.push_back(i);
}

}  // namespace

void Vocabulary::relate() {
  const std::size_t n = entries_.size();
  ancestors_.assign(n, {});
  descendants_.assign(n, {});
  contexts_.assign(n, {});
  auto index = [&](const std::string& from, const std::string& id) {
    const auto it = by_id_.find(id);
    if (it == by_id_.end()) {
      throw std::invalid_argument("vocabulary: " + from + " is related to unknown item " + id);
    }
    return static_cast<std::uint32_t>(it->second);
  };
  // Ancestors by walking is_a upwards; a walk longer than the table is a cycle.
  for (std::uint32_t i = 0; i < n; ++i) {
    std::vector<std::uint32_t> todo;
    for (const std::string& parent : entries_[i].is_a)
      todo.push_back(index(entries_[i].id, parent));
    std::size_t steps = 0;
    while (!todo.empty()) {
      const std::uint32_t a = todo.back();
      todo.pop_back();
      if (a == i || ++steps > n * n) {
        throw std::invalid_argument("vocabulary: is_a cycle through " + entries_[i].id);
      }
      add_unique(ancestors_[i], a);
      for (const std::string& parent : entries_[a].is_a)
        todo.push_back(index(entries_[a].id, parent));
    }
  }
  for (std::uint32_t i = 0; i < n; ++i) {
    for (const std::uint32_t a : ancestors_[i]) add_unique(descendants_[a], i);
  }
  // The seldom-coded states directly of one item (is_a it or state_of it, and nothing
  // else): a record of one implies that item, without saying which kind of it. A state
  // of several items (del17p of smoldering or active myeloma) implies none of them.
  std::vector<std::vector<std::uint32_t>> states(n);
  for (std::uint32_t d = 0; d < n; ++d) {
    const VocabularyEntry& e = entries_[d];
    if (!e.seldom_coded || e.is_a.size() + e.state_of.size() != 1) continue;
    const std::string& subject = e.is_a.empty() ? e.state_of.front() : e.is_a.front();
    add_unique(states[index(e.id, subject)], d);
  }
  for (std::uint32_t i = 0; i < n; ++i) {
    std::vector<std::uint32_t> bases = ancestors_[i];
    for (const std::string& context : entries_[i].state_of) {
      add_unique(bases, index(entries_[i].id, context));
    }
    const auto& own = descendants_[i];
    for (const std::uint32_t b : bases) {
      add_unique(contexts_[i], b);
      for (const std::uint32_t d : states[b]) {
        const bool below_self = std::find(own.begin(), own.end(), d) != own.end();
        if (d != i && !below_self) add_unique(contexts_[i], d);
      }
    }
  }
}

std::span<const std::uint32_t> Vocabulary::ancestors(const VocabularyEntry& entry) const {
  return ancestors_[index_of(entry)];
}

std::span<const std::uint32_t> Vocabulary::descendants(const VocabularyEntry& entry) const {
  return descendants_[index_of(entry)];
}

std::span<const std::uint32_t> Vocabulary::contexts(const VocabularyEntry& entry) const {
  return contexts_[index_of(entry)];
}

}  // namespace eligo
