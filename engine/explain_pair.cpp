// The whole explanation of one (patient, trial) pair, as `eligo explain` prints it:
// the verdict and score, then each criterion indented under its parent with its text,
// rule, result, coverage, the passages not understood, its one-line explanation, the
// formulas of derived values and every node of its tree; then what to decide and what to
// confirm.
#include "engine/explain.hpp"
#include "engine/explain_text.hpp"

namespace eligo::engine {

std::string explain(const TrialEvaluation& ev, const Verdict& verdict) {
  const Trial& trial = *ev.trial->trial;
  std::string out;
  out += trial.id;
  if (!trial.title.empty()) out += ": " + trial.title;
  out += "\npatient ";
  out += ev.view->record().id;
  out += ", as of ";
  append_date(out, ev.dates.as_of);
  out += ", lab window ";
  append_duration(out, trial.lab_window);
  out += "\nverdict: ";
  out += to_string(verdict.kind);
  out += " (score " + std::to_string(verdict.score) + ")\n";
  Section section = Section::exclusion;
  bool first_section = true;
  for (std::size_t i = 0; i < trial.criteria.size(); ++i) {
    const Criterion& c = trial.criteria[i];
    if (first_section || c.section != section) {
      out += c.section == Section::inclusion ? "\nInclusion criteria\n" : "\nExclusion criteria\n";
      section = c.section;
      first_section = false;
    }
    unsigned depth = 0;
    for (int p = c.parent; p >= 0 && depth < trial.criteria.size(); p = trial.criteria[p].parent) {
      ++depth;
    }
    const std::string indent(2 + 4 * depth, ' ');
    const CriterionVerdict& v = verdict.criteria[i];
    out += indent + c.id + "  " + std::string(to_string(v.result)) + "  [coverage " +
           std::string(to_string(v.coverage)) + (c.from_rule ? ", rule" : "") + "]\n";
    out += indent + "  " + c.text + "\n";
    if (c.rule_text) out += indent + "  rule: " + *c.rule_text + "\n";
    if (v.coverage == Coverage::partial && !c.uncovered.empty()) {
      out += indent + "  not understood: ";
      append_uncovered(out, c);
      out += '\n';
    }
    out += indent + "  -> ";
    append_criterion(out, ev, verdict, i);
    out += '\n';
    // The formulas of derived values used or tried, once each.
    unsigned shown = 0;
    for (NodeId id = 0; id < c.tree.nodes.size(); ++id) {
      const Derivation d = ev.outcome(i, id).derivation;
      const unsigned bit = 1u << static_cast<unsigned>(d);
      if (d == Derivation::none || d == Derivation::age || (shown & bit) != 0) continue;
      shown |= bit;
      out += indent + "     " + std::string(to_string(d)) + ": " + std::string(formula(d)) + "\n";
    }
    if (v.combined && !c.tree.empty() && ev.trial->criteria[i].valid) {
      out += indent + "     its own text, not part of the result: ";
      std::vector<NodeId> leaves;
      deciding_leaves(ev, i, c.tree.root, leaves, 0);
      append_leaves(out, ev, i, leaves);
      out += '\n';
    }
    if (!v.combined && !c.tree.empty() && ev.trial->criteria[i].valid) {
      // Every node of the tree, indented by depth, when it has more than one leaf.
      std::vector<std::pair<NodeId, unsigned>> stack{{c.tree.root, 0}};
      if (child_ids(c.tree.at(c.tree.root)).empty()) continue;
      while (!stack.empty()) {
        const auto [id, d] = stack.back();
        stack.pop_back();
        out += indent + "     " + std::string(2 * d, ' ');
        append_node(out, ev, i, id);
        out += '\n';
        const auto children = child_ids(c.tree.at(id));
        for (auto it = children.rbegin(); it != children.rend(); ++it)
          stack.emplace_back(*it, d + 1);
      }
    }
  }
  if (!verdict.to_decide.empty()) {
    out += "\nto decide:\n";
    for (const Need& need : verdict.to_decide) {
      out += "  - ";
      append_need(out, ev, need);
      out += '\n';
    }
  }
  if (!verdict.to_confirm.empty()) {
    out += "\nto confirm (a person's decision):\n";
    for (const int i : verdict.to_confirm) {
      out += "  - " + trial.criteria[static_cast<std::size_t>(i)].id + ": " +
             trial.criteria[static_cast<std::size_t>(i)].text + "\n";
    }
  }
  return out;
}

}  // namespace eligo::engine
