// Helpers for the .criteria document tests: fixture files and a one-line outline of a
// document's structure to compare against.
#pragma once

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "grammar/document.hpp"

namespace eligo::document_test {

inline std::string read_data(const std::string& name) {
  std::ifstream in(std::string(ELIGO_SOURCE_DIR) + "/tests/grammar/data/" + name, std::ios::binary);
  REQUIRE(in.good());
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string tag(const grammar::CriterionNode& n) {
  std::string t = n.negated                                 ? "none"
                  : n.combine == grammar::Combine::any      ? "any"
                  : n.combine == grammar::Combine::all      ? "all"
                  : n.combine == grammar::Combine::at_least ? std::to_string(n.k) + "of"
                                                            : "-";
  if (n.combine_is_default) t += '*';
  if (n.children_guessed) t += '?';
  return t;
}

inline std::string outline_of(const grammar::CriteriaDocument& doc, int index) {
  const auto& n = doc.criteria[static_cast<std::size_t>(index)];
  std::string out = n.id;
  if (n.children.empty()) return out;
  out += "(" + tag(n) + ":";
  for (const int c : n.children) out += " " + outline_of(doc, c);
  return out + ")";
}

// The structure in one line: "I1 I2(any: I2.1 I2.2) E1". Parents show how their
// children combine: any, all, 2of, none; * = section default, ? = extent guessed.
inline std::string outline(const grammar::CriteriaDocument& doc) {
  std::string out;
  for (std::size_t i = 0; i < doc.criteria.size(); ++i) {
    if (doc.criteria[i].parent >= 0) continue;
    if (!out.empty()) out += ' ';
    out += outline_of(doc, static_cast<int>(i));
  }
  return out;
}

inline std::size_t count(const grammar::CriteriaDocument& doc, Severity severity) {
  std::size_t n = 0;
  for (const auto& d : doc.diagnostics) n += d.severity == severity ? 1 : 0;
  return n;
}

inline std::size_t count(const grammar::CriteriaDocument& doc, Section section) {
  std::size_t n = 0;
  for (const auto& c : doc.criteria) n += c.section == section ? 1 : 0;
  return n;
}

inline const grammar::CriterionNode& item_at(const grammar::CriteriaDocument& doc,
                                             std::string_view id) {
  const auto* n = doc.find(id);
  INFO(id);
  REQUIRE(n != nullptr);
  return *n;
}

inline grammar::CriteriaDocument parse(std::string_view text) {
  return grammar::parse_criteria_document(text, "test");
}

}  // namespace eligo::document_test
