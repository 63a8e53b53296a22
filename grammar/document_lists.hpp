// Lists in a .criteria file (private to document_nesting.cpp): under which open item a
// new list item goes. Items are keyed by indentation, then by a virtual depth for lists
// whose indentation was lost; at equal keys, the kind of marker tells a sub-list (1.
// items holding a) items) from a sibling.
#pragma once

#include <cstdint>
#include <vector>

#include "grammar/document_phases.hpp"

namespace eligo::grammar::document {

// A kind of list marker: family and style ("a)", "1."), the symbol for * - •, or a
// paragraph ending in ':' that holds the list after it.
struct MarkerKind {
  MarkerFamily family = MarkerFamily::symbol;
  MarkerStyle style = MarkerStyle::symbol;
  std::uint32_t symbol = 0;
  bool paragraph = false;
  bool operator==(const MarkerKind&) const = default;
};

// Where an item sits: its indentation, then its depth in a list that was not indented.
struct Key {
  std::uint32_t indent = 0;
  int virtual_depth = 0;
  auto operator<=>(const Key&) const = default;
};

// The last criterion created, which may lead in to a flat list after a blank line.
struct LeadIn {
  int node = -1;
  Key key;
  MarkerKind kind;
  bool bullet = false;
  bool ends_with_colon = false;
  bool has_children = false;
  unsigned stated_count = 0;  // "both of": 2
};

class ListStack {
 public:
  // The kind of `line`'s marker; a lone i, v or x is a letter when it continues a letter
  // list at its indentation (h. then i.), else i is roman and v, x are letters.
  MarkerKind classify(const Line& line) const;
  // The virtual depth of a new item. A flat run (the items after a lead-in ending in ':',
  // a blank line, with its marker and indentation) goes one deeper than the lead-in, up
  // to the next blank line (end_run) or the count the lead-in states. Sets *started when
  // this item starts a run under lead.node.
  int virtual_depth(const Line& line, const MarkerKind& kind, bool after_blank, const LeadIn& lead,
                    bool* started);
  // Closes the items a new item at `key` of `kind` ends; returns its parent or -1.
  int place(const Key& key, const MarkerKind& kind);
  void push(int node, const Key& key, const MarkerKind& kind, std::uint32_t ordinal);
  void end_run() { run_ = {}; }
  void clear() {
    frames_.clear();
    run_ = {};
  }

 private:
  struct Frame {
    int node = -1;
    Key key;
    MarkerKind kind;
    std::uint32_t ordinal = 0;
  };
  struct FlatRun {
    bool active = false;
    Key key;  // of the items in the run
    MarkerKind kind;
    unsigned limit = 0;  // 0: up to the next blank line
    unsigned count = 0;
  };
  std::vector<Frame> frames_;
  FlatRun run_;
};

}  // namespace eligo::grammar::document
