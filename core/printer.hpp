// Writes a tree back in the rule notation (docs/rules.md). For every tree t that
// parse_rule accepts, parse_rule(print(t)).tree == t.
#pragma once

#include <string>
#include <vector>

#include "core/tree.hpp"

namespace eligo {

std::string print(const Tree& tree);
std::string print(const Tree& tree, NodeId node);
// A number as the notation writes it: shortest form that reads back exactly (1000, 1.5).
std::string format_number(double value);
// One note per threshold whose unit was not written but inferred from the value:
// "anc >= 1500 /uL: unit not written; inferred from the value". Empty for most trees.
std::vector<std::string> inferred_unit_notes(const Tree& tree);

}  // namespace eligo
