// Explanations of criteria and of what would decide them; see explain.hpp. A criterion's one-line
// explanation shows the leaves that decided it: for a met Or its met children, for a not-met And
// its not-met children, for an At-least its children of its value, otherwise (unknown too) every
// child.
#include "engine/explain.hpp"

#include <algorithm>

#include "engine/explain_text.hpp"

namespace eligo::engine {
namespace {

const Criterion& criterion_of(const TrialEvaluation& ev, std::size_t i) {
  return ev.trial->trial->criteria[i];
}

std::string_view combine_word(const Criterion& c) {
  switch (c.combine) {
    case Criterion::Combine::any: return "any of";
    case Criterion::Combine::all: return "all of";
    case Criterion::Combine::at_least: return "at least";
    case Criterion::Combine::none: break;
  }
  return c.section == Section::inclusion ? "all of" : "any of";
}

void append_combined(std::string& out, const TrialEvaluation& ev, const Verdict& verdict,
                     std::size_t i) {
  const Criterion& c = criterion_of(ev, i);
  if (c.negated) out += "none of the following holds: ";
  out += combine_word(c);
  if (c.combine == Criterion::Combine::at_least) out += ' ' + std::to_string(c.k) + " of";
  out += ' ';
  out += std::to_string(c.children.size());
  out += " below";
  if (verdict.criteria[i].coverage == Coverage::partial) {
    out +=
        " (no wording says how they combine; the section's default was assumed: partially "
        "understood)";
  }
  out += ": ";
  bool first = true;
  for (const int child : c.children) {
    if (child < 0 || static_cast<std::size_t>(child) >= verdict.criteria.size()) continue;
    if (!first) out += ", ";
    first = false;
    out += criterion_of(ev, static_cast<std::size_t>(child)).id;
    out += ' ';
    out += to_string(verdict.criteria[static_cast<std::size_t>(child)].result);
  }
  if (verdict.criteria[i].qualified) {
    out += "; the children are met, but the parent's words not understood qualify them: ";
    append_uncovered(out, c);
    out += ": unknown (a person confirms)";
  }
}

}  // namespace

// The children of `id` that decided its value.
void deciding_leaves(const TrialEvaluation& ev, std::size_t c, NodeId id, std::vector<NodeId>& out,
                     unsigned depth) {
  const Tree& tree = criterion_of(ev, c).tree;
  if (id >= tree.nodes.size() || depth > tree.nodes.size()) return;
  const std::span<const NodeId> children = child_ids(tree.nodes[id]);
  if (children.empty()) {
    out.push_back(id);
    return;
  }
  const Tri value = ev.outcome(c, id).value;
  const bool is_and = std::holds_alternative<And>(tree.nodes[id].kind);
  const bool is_or = std::holds_alternative<Or>(tree.nodes[id].kind);
  // An unknown node shows every child: what is known is context for what is not.
  bool filter = (is_and && value == Tri::not_met) || (is_or && value == Tri::met);
  if (std::holds_alternative<AtLeast>(tree.nodes[id].kind)) filter = value != Tri::unknown;
  for (const NodeId child : children) {
    if (filter && ev.outcome(c, child).value != value) continue;
    deciding_leaves(ev, c, child, out, depth + 1);
  }
}

// The passages the compiler did not understand, quoted.
void append_uncovered(std::string& out, const Criterion& c) {
  for (std::size_t i = 0; i < c.uncovered.size(); ++i) {
    if (i > 0) out += ", ";
    out += '"';
    out += c.uncovered[i];
    out += '"';
  }
}

// The leaves' explanations joined by "; ", each distinct text once (a tree may test the
// same thing twice, e.g. both branches naming one measure).
void append_leaves(std::string& out, const TrialEvaluation& ev, std::size_t i,
                   const std::vector<NodeId>& leaves) {
  std::vector<std::pair<std::size_t, std::size_t>> shown;  // (start, length) in out
  for (const NodeId leaf : leaves) {
    const std::size_t mark = out.size();
    if (!shown.empty()) out += "; ";
    const std::size_t start = out.size();
    append_node(out, ev, i, leaf);
    const std::string_view text(out.data() + start, out.size() - start);
    bool repeated = false;
    for (const auto& [s, n] : shown) {
      if (std::string_view(out.data() + s, n) == text) repeated = true;
    }
    if (repeated) {
      out.resize(mark);
    } else {
      shown.emplace_back(start, out.size() - start);
    }
  }
}

void append_criterion(std::string& out, const TrialEvaluation& ev, const Verdict& verdict,
                      std::size_t i) {
  const Criterion& c = criterion_of(ev, i);
  const CriterionVerdict& v = verdict.criteria[i];
  if (v.combined) return append_combined(out, ev, verdict, i);
  if (c.tree.empty()) {
    out += "a person must decide (nothing in the text could be evaluated): manual";
    return;
  }
  // The passages not understood are the criterion's, not the patient's: explain() and
  // `eligo check` list them; here a count keeps the per-patient line short.
  if (v.coverage == Coverage::partial) {
    out += "partially understood";
    if (!c.uncovered.empty()) {
      out += " (" + std::to_string(c.uncovered.size()) +
             (c.uncovered.size() == 1 ? " passage" : " passages") + " not understood)";
    }
    out += "; the understood part: ";
  }
  if (!ev.trial->criteria[i].valid) {
    out += "the criterion's tree is malformed: unknown";
    return;
  }
  std::vector<NodeId> leaves;
  deciding_leaves(ev, i, c.tree.root, leaves, 0);
  append_leaves(out, ev, i, leaves);
}

std::string explain_criterion(const TrialEvaluation& ev, const Verdict& verdict, std::size_t i) {
  std::string out;
  append_criterion(out, ev, verdict, i);
  return out;
}

void append_question(std::string& out, const Vocabulary& vocabulary, const VocabularyEntry& asked,
                     const VocabularyEntry* or_asked, const VocabularyEntry& on_record) {
  // A kind of what is on record (or of what it is a kind of): which kind is the question.
  // Otherwise a state of it: whether it holds.
  bool kind = false;
  const auto up = vocabulary.ancestors(on_record);
  for (const std::uint32_t a : vocabulary.ancestors(asked)) {
    kind = kind || &vocabulary.entries()[a] == &on_record ||
           std::find(up.begin(), up.end(), a) != up.end();
  }
  out += kind ? "is it " : "is there ";
  out += asked.name;
  if (or_asked != nullptr) {
    out += " or ";
    out += or_asked->name;
  }
  out += '?';
}

// "an earlier serum_m_protein within 12 months of 2026-11-20", "a serum_m_protein before
// 2026-01-01", "at least 3 values of lymphocytes on 2 days or more within 12 months of
// 2026-11-20".
void append_history_need(std::string& out, const TrialEvaluation& ev, std::string_view item,
                         const Node* node) {
  const auto window = [&](const std::optional<Duration>& within) {
    if (!within) return;
    out += " within ";
    append_duration(out, *within);
    out += " of ";
    append_date(out, ev.dates.as_of);
  };
  if (const auto* c = node != nullptr ? std::get_if<Change>(&node->kind) : nullptr) {
    if (c->from == ChangeFrom::before && c->before) {
      out += "a value of ";
      out += item;
      out += " before ";
      append_date(out, *c->before);
      return;
    }
    out += "an earlier ";
    out += item;
    return window(c->within);
  }
  if (const auto* c = node != nullptr ? std::get_if<CountOf>(&node->kind) : nullptr) {
    out += "at least ";
    out += std::to_string(std::max(1u, c->op == Op::gt ? c->count + 1 : c->count));
    out += " values of ";
    out += item;
    if (c->apart) {
      out += ", ";
      append_duration(out, *c->apart);
      out += " apart,";
    }
    return window(c->within);
  }
  out += "at least 3 values of ";
  out += item;
  out += " on 2 days or more";
  if (const auto* d = node != nullptr ? std::get_if<DoublingTime>(&node->kind) : nullptr) {
    window(d->within);
  }
}

void append_need(std::string& out, const TrialEvaluation& ev, const Need& need) {
  const std::string_view item = need.entry != nullptr  ? std::string_view(need.entry->id)
                                : need.item != nullptr ? std::string_view(need.item)
                                                       : std::string_view("?");
  switch (need.kind) {
    case NeedKind::measure: {
      if (need.derivation == Derivation::age) {
        out += "birth_date";
        return;
      }
      out += item;
      if (need.entry != nullptr && need.entry->windowed) {
        out += " within ";
        append_duration(out, ev.trial->trial->lab_window);
        out += " of ";
        append_date(out, ev.dates.as_of);
      }
      if (need.derivation != Derivation::none && need.missing != 0) {
        out += " (or ";
        bool first = true;
        for (unsigned bit = 1; bit <= 32; bit <<= 1) {
          if ((need.missing & bit) == 0) continue;
          if (!first) out += ", ";
          first = false;
          out += to_string(static_cast<Input>(bit));
        }
        out += " to compute it by ";
        out += to_string(need.derivation);
        out += ')';
      }
      return;
    }
    case NeedKind::resolve_conflict:
      out += "one value of ";
      out += item;
      if (need.day != kNoDate) {
        out += " for ";
        append_day(out, need.day);
      }
      out += " (the record has conflicting values)";
      return;
    case NeedKind::convertible_unit:
      out += item;
      out += " in a unit that converts to the criterion's";
      return;
    case NeedKind::reference_range:
      out += item;
      out += " reference range from the lab";
      return;
    case NeedKind::check_value:
      out += item;
      if (need.day != kNoDate) {
        out += " of ";
        append_day(out, need.day);
      }
      out += " (the recorded value is not plausible: check it)";
      return;
    case NeedKind::value: out += item; return;
    case NeedKind::event_date:
      out += item;
      out += " with its date";
      return;
    case NeedKind::event_state:
      if (need.context == nullptr || need.entry == nullptr) {
        out += item;
        return;
      }
      out += need.context->name;
      out += " is recorded; ";
      append_question(out, *ev.trial->vocabulary, *need.entry, need.entry2, *need.context);
      return;
    case NeedKind::refused_row: {
      const auto& refused = ev.view->record().refused;
      if (need.entry != nullptr && need.entry->kind == ItemKind::measure) {
        Need measure = need;
        measure.kind = NeedKind::measure;
        append_need(out, ev, measure);
      } else {
        out += item;
      }
      if (need.row >= 0 && static_cast<std::size_t>(need.row) < refused.size()) {
        out += " (the refused row ";
        out += to_string(refused[static_cast<std::size_t>(need.row)].source);
        out += ", corrected)";
      }
      return;
    }
    case NeedKind::complete_list:
      out += item;
      out += " (the whole list of ";
      out += list_name(need.entry != nullptr ? need.entry->kind : ItemKind::condition);
      out += ": the source sent part of it)";
      return;
    case NeedKind::history: return append_history_need(out, ev, item, need.node);
    case NeedKind::criterion:
      out += "a corrected criterion (an unknown item or unit, or a malformed tree)";
      return;
  }
}

std::string describe(const TrialEvaluation& ev, const Need& need) {
  std::string out;
  append_need(out, ev, need);
  return out;
}

std::vector<UsedFact> used_facts(const TrialEvaluation& ev) {
  std::vector<UsedFact> out;
  auto add = [&](std::int32_t fact, std::string converted) {
    for (const UsedFact& u : out) {
      if (u.observation == fact) return;
    }
    out.push_back(UsedFact{fact, std::move(converted)});
  };
  const auto& criteria = ev.trial->trial->criteria;
  for (std::size_t c = 0; c < criteria.size(); ++c) {
    for (NodeId id = 0; id < criteria[c].tree.nodes.size(); ++id) {
      const NodeOutcome& o = ev.outcome(c, id);
      if (o.value == Tri::unknown) continue;
      if (o.finding == Finding::measured && o.fact >= 0) {
        const ObservationFact& f = ev.view->observation(o.fact);
        std::string converted;
        if (o.unit != nullptr && f.unit_ok() && f.unit->value().code != o.unit->code) {
          append_computed(converted, o.value_in_unit);
          append_unit(converted, o.unit->code);
        }
        add(o.fact, std::move(converted));
      } else if (o.finding == Finding::derived && o.derivation != Derivation::age) {
        const DerivedValue& d = derived_of(ev, o);
        for (std::uint8_t k = 0; k < d.count; ++k) {
          if (d.inputs[k].lookup.status == LookupStatus::found && d.inputs[k].lookup.fact >= 0) {
            add(d.inputs[k].lookup.fact, {});
          }
        }
      }
    }
  }
  return out;
}

}  // namespace eligo::engine
