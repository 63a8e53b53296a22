// Writes a tree back in the rule notation (docs/rules.md). For every tree t that
// parse_rule accepts, parse_rule(print(t)).tree == t.
#pragma once

#include <string>

#include "engine/tree.hpp"

namespace eligo {

std::string print(const Tree& tree);
std::string print(const Tree& tree, NodeId node);
// A number as the notation writes it: shortest form that reads back exactly (1000, 1.5).
std::string format_number(double value);

}  // namespace eligo
