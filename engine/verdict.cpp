// Criterion results and the trial verdict; see verdict.hpp. Criteria come parents
// first, so results are computed last to first: children before the parent that
// combines them. A criterion's result for the verdict, in order: coverage none (or an
// empty tree) is manual; partial coverage is unknown; an unknown that only manual parts
// keep unknown is manual; otherwise the evaluated value.
#include "engine/verdict.hpp"

#include <algorithm>

namespace eligo::engine {
namespace {

Tri as_tri(CriterionResult r, bool& manual) {
  manual = r == CriterionResult::manual;
  switch (r) {
    case CriterionResult::met: return Tri::met;
    case CriterionResult::not_met: return Tri::not_met;
    case CriterionResult::unknown:
    case CriterionResult::manual: return Tri::unknown;
  }
  return Tri::unknown;
}

// The children's results combined by the criterion's wording (or its section's default).
void combine_children(const Criterion& c, Verdict& out, CriterionVerdict& v) {
  using Combine = Criterion::Combine;
  Combine how = c.combine;
  if (how == Combine::none) how = c.section == Section::inclusion ? Combine::all : Combine::any;
  unsigned met = 0, unknown = 0, n = 0;
  bool all_unknown_manual = true;
  for (const int child : c.children) {
    if (child < 0 || static_cast<std::size_t>(child) >= out.criteria.size()) continue;
    bool manual = false;
    const Tri t = as_tri(out.criteria[child].result, manual);
    ++n;
    if (t == Tri::met) ++met;
    if (t == Tri::unknown) {
      ++unknown;
      if (!manual) all_unknown_manual = false;
    }
  }
  const unsigned k = how == Combine::all ? n : how == Combine::any ? 1 : c.k;
  v.value = tri_at_least(k, met, unknown);
  // Words of the parent's own text that were not understood qualify what its children
  // say ("(attributable to the participant's SMM involvement)"): the children met is
  // not enough, a person must confirm the qualifier; the children not met still decide.
  if (!c.uncovered.empty() && v.value == Tri::met) {
    v.value = Tri::unknown;
    v.qualified = true;
  }
  if (c.negated) v.value = tri_not(v.value);  // "none of the following"

  v.manual_only = v.value == Tri::unknown && all_unknown_manual && !v.qualified;
  v.combined = true;
  const bool worded = c.combine != Combine::none && !c.combine_is_default;
  v.coverage = worded ? Coverage::full : Coverage::partial;
}

CriterionResult result_of(const CriterionVerdict& v) {
  if (v.coverage == Coverage::none) return CriterionResult::manual;
  if (v.coverage == Coverage::partial) return CriterionResult::unknown;
  if (v.value == Tri::unknown) {
    return v.manual_only ? CriterionResult::manual : CriterionResult::unknown;
  }
  return v.value == Tri::met ? CriterionResult::met : CriterionResult::not_met;
}

bool favourable(Section section, CriterionResult r) {
  return section == Section::inclusion ? r == CriterionResult::met : r == CriterionResult::not_met;
}

bool unfavourable(Section section, CriterionResult r) {
  return section == Section::inclusion ? r == CriterionResult::not_met : r == CriterionResult::met;
}

// Lists what stands between criterion i and a decision: the criteria a person must judge
// and the data that would settle the rest.
void gather(const TrialEvaluation& ev, std::size_t i, Verdict& out, unsigned depth) {
  const Trial& trial = *ev.trial->trial;
  const Criterion& c = trial.criteria[i];
  const CriterionVerdict& v = out.criteria[i];
  if (depth > trial.criteria.size()) return;
  if (v.result == CriterionResult::met || v.result == CriterionResult::not_met) return;
  const bool needs_person =
      v.result == CriterionResult::manual || v.coverage == Coverage::partial || v.qualified;
  if (needs_person) out.to_confirm.push_back(static_cast<int>(i));
  if (v.combined) {
    for (const int child : c.children) {
      if (child >= 0 && static_cast<std::size_t>(child) < trial.criteria.size()) {
        gather(ev, static_cast<std::size_t>(child), out, depth + 1);
      }
    }
    return;
  }
  if (!c.tree.empty() && v.result == CriterionResult::unknown) {
    collect_needs(ev, i, c.tree.root, out.to_decide);
  }
}

}  // namespace

std::string_view to_string(CriterionResult result) {
  switch (result) {
    case CriterionResult::met: return "met";
    case CriterionResult::not_met: return "not met";
    case CriterionResult::unknown: return "unknown";
    case CriterionResult::manual: return "manual";
  }
  return "unknown";
}

std::string_view to_string(VerdictKind kind) {
  switch (kind) {
    case VerdictKind::eligible: return "eligible";
    case VerdictKind::ineligible: return "ineligible";
    case VerdictKind::undetermined: return "undetermined";
  }
  return "undetermined";
}

int verdict_score(VerdictKind kind, int favourable, int decidable, int manual) {
  switch (kind) {
    // The share of the criteria that was checked against data: a trial whose criteria
    // are all manual ranks last among the eligible ones (91), a trial whose every
    // criterion was verified first (100).
    case VerdictKind::eligible:
      return decidable + manual > 0 ? 91 + 9 * decidable / (decidable + manual) : 91;
    case VerdictKind::ineligible:
      return decidable > 0 ? std::min(8, 9 * favourable / decidable) : 0;
    // The share of all criteria already verified in the patient's favour.
    case VerdictKind::undetermined:
      return decidable + manual > 0 ? std::min(89, 10 + 79 * favourable / (decidable + manual))
                                    : 10;
  }
  return 0;
}

void decide(const TrialEvaluation& ev, Verdict& out) {
  const Trial& trial = *ev.trial->trial;
  const auto& criteria = trial.criteria;
  out.criteria.assign(criteria.size(), CriterionVerdict{});
  out.to_confirm.clear();
  out.to_decide.clear();
  for (std::size_t i = criteria.size(); i-- > 0;) {
    const Criterion& c = criteria[i];
    CriterionVerdict& v = out.criteria[i];
    if (!c.children.empty() && !c.from_rule) {
      combine_children(c, out, v);
    } else if (c.tree.empty()) {
      v.coverage = Coverage::none;
      v.manual_only = true;
    } else {
      v.coverage = c.from_rule ? Coverage::full : c.coverage;
      if (ev.trial->criteria[i].valid) {
        const NodeOutcome& root = ev.outcome(i, c.tree.root);
        v.value = root.value;
        v.manual_only = root.manual_only;
      }
    }
    v.result = result_of(v);
  }

  bool any = false, decided_against = false, all_favourable = true;
  int fav = 0, decidable = 0, manual = 0;
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    if (criteria[i].parent != -1) continue;
    any = true;
    const CriterionResult r = out.criteria[i].result;
    if (r == CriterionResult::manual) {
      ++manual;
      continue;
    }
    ++decidable;
    if (favourable(criteria[i].section, r)) {
      ++fav;
    } else {
      all_favourable = false;
      if (unfavourable(criteria[i].section, r)) decided_against = true;
    }
  }
  out.kind = decided_against         ? VerdictKind::ineligible
             : any && all_favourable ? VerdictKind::eligible
                                     : VerdictKind::undetermined;
  out.score = verdict_score(out.kind, fav, decidable, manual);
  if (out.kind == VerdictKind::ineligible) return;
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    if (criteria[i].parent == -1) gather(ev, i, out, 0);
  }
}

Verdict decide(const TrialEvaluation& evaluation) {
  Verdict out;
  decide(evaluation, out);
  return out;
}

}  // namespace eligo::engine
