// `eligo check --summary [--group-by dir|file]`: coverage counts of many trial files,
// per folder (the corpus keeps one therapeutic area a folder), per file, or in total,
// as a table or as one JSON object.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "core/coverage_counts.hpp"

namespace eligo::cli {

enum class GroupBy { total, dir, file };

// Adds up the counts of each group; `total` adds up all of them.
class CheckSummary {
 public:
  explicit CheckSummary(GroupBy by) : by_(by) {}
  void add(const std::filesystem::path& file, const CoverageCounts& counts);
  void print_text(std::ostream& out) const;
  void print_json(std::ostream& out) const;

 private:
  GroupBy by_;
  std::map<std::string, CoverageCounts> groups_;
  CoverageCounts total_;
};

}  // namespace eligo::cli
