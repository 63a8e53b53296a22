// See check_summary.hpp. Shares are of the criteria a text can decide: those a person
// decides by nature (consent, willingness, judgement) are counted apart.
#include "cli/check_summary.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

#include "core/json_dump.hpp"

namespace eligo::cli {
namespace {

std::string percent(std::size_t part, std::size_t whole) {
  if (whole == 0) return "-";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", 100.0 * static_cast<double>(part) / whole);
  return buf;
}

nlohmann::json counts_json(const CoverageCounts& c) {
  return {{"trials", c.trials},          {"criteria", c.criteria}, {"full", c.full},
          {"partial", c.partial},        {"none", c.none},         {"needs_person", c.needs_person},
          {"comparisons", c.comparisons}};
}

void row(std::ostream& out, const std::string& name, const CoverageCounts& c) {
  const std::size_t decidable = c.criteria - c.needs_person;
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-16s %6zu %8zu %6zu %7zu %6zu %7zu %11zu   %4s %7s %4s\n",
                name.c_str(), c.trials, c.criteria, c.full, c.partial, c.none, c.needs_person,
                c.comparisons, percent(c.full, decidable).c_str(),
                percent(c.partial, decidable).c_str(), percent(c.none, decidable).c_str());
  out << buf;
}

}  // namespace

void CheckSummary::add(const std::filesystem::path& file, const CoverageCounts& counts) {
  total_ += counts;
  if (by_ == GroupBy::total) return;
  const std::filesystem::path key = by_ == GroupBy::dir ? file.parent_path().filename() : file;
  groups_[key.empty() ? std::string(1, '.') : key.string()] += counts;
}

void CheckSummary::print_text(std::ostream& out) const {
  char head[256];
  std::snprintf(head, sizeof head, "%-16s %6s %8s %6s %7s %6s %7s %11s   %4s %7s %4s\n", "group",
                "trials", "criteria", "full", "partial", "none", "person", "comparisons", "full",
                "partial", "none");
  out << head;
  for (const auto& [name, c] : groups_) row(out, name, c);
  row(out, "total", total_);
  out << "(person: criteria a person decides by nature (consent, willingness, judgement); "
         "the shares are of the other criteria)\n";
}

void CheckSummary::print_json(std::ostream& out) const {
  nlohmann::json groups = nlohmann::json::array();
  for (const auto& [name, c] : groups_) {
    nlohmann::json g = counts_json(c);
    g["group"] = name;
    groups.push_back(std::move(g));
  }
  const char* by = by_ == GroupBy::dir ? "dir" : by_ == GroupBy::file ? "file" : "total";
  out << dump_json({{"group_by", by}, {"groups", groups}, {"total", counts_json(total_)}}) << '\n';
}

}  // namespace eligo::cli
