// .criteria file -> Trial: structure, then per criterion a rule or the prose.
#include "grammar/trial_compiler.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include "core/text.hpp"
#include "grammar/document.hpp"
#include "grammar/prose_compiler.hpp"
#include "grammar/rule_parser.hpp"

namespace eligo::grammar {
namespace {

// Maps a span relative to a criterion's joined text back into the file.
Span to_file(const CriterionNode& node, Span relative) {
  return text_span(node.text_pieces, relative.begin, relative.end);
}

void compile_prose_into(Criterion& c, const CriterionNode& node, const Vocabulary& vocabulary,
                        std::vector<Diagnostic>& diagnostics) {
  ProseCompile prose = compile_prose(node.text, vocabulary, {}, node.section);
  c.tree = std::move(prose.tree);
  for (auto& n : c.tree.nodes) n.span = to_file(node, n.span);
  c.coverage = prose.coverage;
  for (const Span& s : prose.uncovered) c.uncovered.emplace_back(s.text_in(node.text));
  for (auto& d : prose.diagnostics) {
    d.span = to_file(node, d.span);
    d.message = c.id + ": " + d.message;
    diagnostics.push_back(std::move(d));
  }
}

Criterion compile_criterion(const CriterionNode& node, const Vocabulary& vocabulary,
                            std::vector<Diagnostic>& diagnostics) {
  Criterion c;
  c.id = node.id;
  c.section = node.section;
  c.text = node.text;
  c.span = node.span;
  c.combine = node.combine;
  c.k = node.k;
  c.negated = node.negated;
  // Children adopted from a flat list (no indentation marked where it ends) are as
  // uncertain as a combination no wording stated: neither decides on its own.
  c.combine_is_default = node.combine_is_default || node.children_guessed;
  c.parent = node.parent;
  c.children = node.children;
  if (node.rule) {
    c.rule_text = node.rule;
    RuleParse parsed = parse_rule(*node.rule, vocabulary, node.rule_span);
    for (auto& d : parsed.diagnostics) {
      d.message = c.id + ": " + d.message;
      diagnostics.push_back(d);
    }
    if (parsed.ok()) {
      c.tree = std::move(parsed.tree);
      c.coverage = Coverage::full;
      c.from_rule = true;
      return c;
    }
  }
  compile_prose_into(c, node, vocabulary, diagnostics);
  return c;
}

// The header's age and sex limits, as criteria H1, H2, ... ahead of the text's.
void add_header_criteria(const CriteriaHeader& header, const Vocabulary& vocabulary,
                         std::vector<Criterion>& out, std::vector<Diagnostic>& diagnostics) {
  auto add = [&](const std::string& key, const std::string& rule) {
    const HeaderField* field = header.field(key);
    Criterion c;
    c.id = "H" + std::to_string(out.size() + 1);
    c.section = Section::inclusion;
    c.text = key + ": " + (field ? field->value : std::string());
    if (field) c.span = field->value_span;
    RuleParse parsed = parse_rule(rule, vocabulary, c.span);
    if (!parsed.ok()) {
      diagnostics.push_back(
          Diagnostic{Severity::error, c.span, "cannot read " + key + " '" + c.text + "'", ""});
      return;
    }
    c.tree = std::move(parsed.tree);
    c.coverage = Coverage::full;
    c.from_rule = true;
    c.rule_text = rule;
    out.push_back(std::move(c));
  };
  auto duration_rule = [](const Duration& d) {
    std::ostringstream s;
    s << d.amount << ' ' << to_string(d.unit);
    return s.str();
  };
  if (header.min_age_duration) add("min_age", "age >= " + duration_rule(*header.min_age_duration));
  if (header.max_age_duration) add("max_age", "age <= " + duration_rule(*header.max_age_duration));
  if (header.sex) {
    const std::string sex = to_lower_ascii(*header.sex);
    if (sex == "female" || sex == "male") add("sex", "sex is " + sex);
  }
}

}  // namespace

TrialCompile compile_trial(std::string text, std::string_view source_name,
                           const Vocabulary& vocabulary) {
  TrialCompile out;
  out.text = std::move(text);
  CriteriaDocument document = parse_criteria_document(out.text, source_name);
  out.diagnostics = std::move(document.diagnostics);
  Trial& trial = out.trial;
  trial.id = document.header.id;
  trial.title = document.header.title;
  trial.source = std::string(source_name);
  if (document.header.lab_window_duration) trial.lab_window = *document.header.lab_window_duration;

  add_header_criteria(document.header, vocabulary, trial.criteria, out.diagnostics);
  const int offset = static_cast<int>(trial.criteria.size());
  for (const CriterionNode& node : document.criteria) {
    Criterion c = compile_criterion(node, vocabulary, out.diagnostics);
    if (c.parent >= 0) c.parent += offset;
    for (int& child : c.children) child += offset;
    trial.criteria.push_back(std::move(c));
  }
  if (trial.id.empty()) {
    out.diagnostics.push_back(
        Diagnostic{Severity::warning, Span{}, "no 'id:' header; the file name is used", ""});
    trial.id = std::filesystem::path(source_name).stem().string();
  }
  return out;
}

Result<TrialCompile> compile_trial_file(const std::filesystem::path& path,
                                        const Vocabulary& vocabulary) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Result<TrialCompile>::failure(path.string() + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Result<TrialCompile>::failure(path.string() + ": read error");
  return compile_trial(buffer.str(), path.string(), vocabulary);
}

Result<std::vector<std::filesystem::path>> expand_trial_paths(
    const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  std::vector<fs::path> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> found;
      for (const auto& entry : fs::directory_iterator(p, ec)) {
        if (entry.path().extension() == ".criteria") found.push_back(entry.path());
      }
      if (ec) return Result<std::vector<fs::path>>::failure(p + ": cannot list: " + ec.message());
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      out.emplace_back(p);
    } else {
      return Result<std::vector<fs::path>>::failure(p + ": no such file or directory");
    }
  }
  return out;
}

}  // namespace eligo::grammar
