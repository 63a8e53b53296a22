// Criteria results and the verdict of a trial's view (trial_sql.hpp), as the engine's
// decide() and the CSV report compute them.
#include <algorithm>
#include <map>

#include "core/calendar.hpp"
#include "omop/trial_sql.hpp"

namespace eligo::omop::detail {

// Criterion results as the verdict reads them (engine/verdict.cpp): 'met', 'not_met',
// 'unknown' or 'manual', children before their parent.
std::string TrialSql::criterion_results() {
  const auto& criteria = trial_.criteria;
  std::vector<unsigned> height(criteria.size(), 0);
  for (std::size_t i = criteria.size(); i-- > 0;) {
    for (const int child : criteria[i].children) height[i] = std::max(height[i], height[child] + 1);
  }
  unsigned top = 0;
  for (const unsigned h : height) top = std::max(top, h);
  crit_top_ = top;
  std::string out;
  for (unsigned level = 0; level <= top; ++level) {
    std::vector<std::string> columns{"q.*"};
    for (std::size_t i = 0; i < criteria.size(); ++i) {
      if (height[i] != level) continue;
      const Criterion& c = criteria[i];
      std::string result;
      if (!c.children.empty() && !c.from_rule) {
        // The children's results by the wording (or the section's default).
        auto how = c.combine;
        if (how == Criterion::Combine::none) {
          how = c.section == Section::inclusion ? Criterion::Combine::all : Criterion::Combine::any;
        }
        const std::size_t n = c.children.size();
        const std::size_t k = how == Criterion::Combine::all   ? n
                              : how == Criterion::Combine::any ? 1
                                                               : c.k;
        std::vector<std::string> met, open, plain;
        for (const int child : c.children) {
          const std::string r = "r" + std::to_string(child);
          met.push_back("CASE WHEN " + r + " = 'met' THEN 1 ELSE 0 END");
          open.push_back("CASE WHEN " + r + " IN ('met', 'unknown', 'manual') THEN 1 ELSE 0 END");
          plain.push_back(r + " <> 'unknown'");
        }
        const std::string value = "CASE WHEN " + join(met, " + ") + " >= " + std::to_string(k) +
                                  " THEN TRUE WHEN " + join(open, " + ") + " < " +
                                  std::to_string(k) + " THEN FALSE END";
        const bool worded = c.combine != Criterion::Combine::none && !c.combine_is_default;
        if (!worded) {
          result = "'unknown'";  // partial: the wording did not say how
        } else {
          // Uncovered words of its own qualify the children: met is for a person to confirm.
          const std::string qualified =
              c.uncovered.empty() ? "FALSE" : "COALESCE(" + value + ", FALSE)";
          std::string v = c.uncovered.empty()
                              ? value
                              : "CASE WHEN " + qualified + " THEN NULL ELSE " + value + " END";
          if (c.negated) v = "NOT (" + v + ")";
          result = "CASE WHEN COALESCE(" + v + ", FALSE) THEN 'met' WHEN COALESCE(NOT (" + v +
                   "), FALSE) THEN 'not_met' WHEN NOT " + qualified + " AND " +
                   join(plain, " AND ") + " THEN 'manual' ELSE 'unknown' END";
        }
      } else if (c.tree.empty()) {
        result = "'manual'";
      } else {
        const Coverage coverage = c.from_rule ? Coverage::full : c.coverage;
        const NodeSql& root = roots_[i];
        if (coverage == Coverage::none) {
          result = "'manual'";
        } else if (coverage == Coverage::partial) {
          result = "'unknown'";
        } else {
          result = "CASE WHEN " + root.value + " THEN 'met' WHEN NOT " + root.value +
                   " THEN 'not_met' WHEN " + root.manual + " THEN 'manual' ELSE 'unknown' END";
        }
      }
      columns.push_back(result + " AS r" + std::to_string(i));
    }
    out += ",\n  r" + std::to_string(level) + sql_.cte() + "(SELECT " + join(columns, ", ") +
           " FROM " + (level == 0 ? std::string("n") : "r" + std::to_string(level - 1)) + " q)";
  }
  return out;
}

// The verdict, score, deciding and to_decide from the top-level results (verdict.cpp,
// cli/report.cpp).
std::string TrialSql::verdict() {
  const auto& criteria = trial_.criteria;
  std::vector<std::string> favourable, against, manual, decidable, deciding_against, deciding_open;
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    const Criterion& c = criteria[i];
    if (c.parent != -1) continue;
    const std::string r = "r" + std::to_string(i);
    const bool inclusion = c.section == Section::inclusion;
    const std::string good = r + (inclusion ? " = 'met'" : " = 'not_met'");
    const std::string bad = r + (inclusion ? " = 'not_met'" : " = 'met'");
    favourable.push_back("CASE WHEN " + good + " THEN 1 ELSE 0 END");
    against.push_back("CASE WHEN " + bad + " THEN 1 ELSE 0 END");
    manual.push_back("CASE WHEN " + r + " = 'manual' THEN 1 ELSE 0 END");
    decidable.push_back("CASE WHEN " + r + " <> 'manual' THEN 1 ELSE 0 END");
    // The coverage the verdict reads: a worded combination or a fully compiled tree.
    const bool combined = !c.children.empty() && !c.from_rule;
    const bool full = combined ? c.combine != Criterion::Combine::none && !c.combine_is_default
                               : !c.tree.empty() && (c.from_rule || c.coverage == Coverage::full);
    if (full) deciding_against.push_back("CASE WHEN " + bad + " THEN " + sql_.text(c.id) + " END");
    deciding_open.push_back("CASE WHEN " + r + " = 'unknown' THEN " + sql_.text(c.id) + " END");
  }
  const auto sum = [](const std::vector<std::string>& terms) {
    return terms.empty() ? std::string("0") : "(" + join(terms, " + ") + ")";
  };
  std::string out = ",\n  t" + sql_.cte() + "(SELECT q.*, " + sum(favourable) + " AS t_fav, " +
                    sum(against) + " AS t_against, " + sum(manual) + " AS t_manual, " +
                    sum(decidable) + " AS t_decidable FROM r" +
                    std::to_string(criteria.empty() ? 0 : crit_top_) + " q)";
  const std::string any = criteria.empty() ? "FALSE" : "TRUE";
  out += ",\n  u" + sql_.cte() + "(SELECT q.*, CASE WHEN t_against > 0 THEN 'ineligible' WHEN " +
         any +
         " AND t_fav = t_decidable THEN 'eligible' ELSE 'undetermined' END AS verdict FROM t q)";

  // What would decide it: the unknown leaves under the criteria the verdict gathers.
  std::vector<std::string> reach(criteria.size());
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    const Criterion& c = criteria[i];
    const std::string open = "r" + std::to_string(i) + " IN ('unknown', 'manual')";
    reach[i] = c.parent < 0 ? open : "(" + reach[c.parent] + " AND " + open + ")";
  }
  std::vector<std::string> keys;
  std::map<std::string, std::pair<std::string, std::vector<std::string>>> by_key;
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    const Criterion& c = criteria[i];
    const bool combined = !c.children.empty() && !c.from_rule;
    if (combined || c.tree.empty()) continue;
    const std::string collected = reach[i] + " AND r" + std::to_string(i) + " = 'unknown'";
    for (const NeedTerm& n : needs_[i]) {
      auto [it, inserted] = by_key.try_emplace(n.key, n.text, std::vector<std::string>{});
      if (inserted) keys.push_back(n.key);
      it->second.second.push_back("(" + collected + " AND " + n.when + ")");
    }
  }
  std::vector<std::string> decide;
  // Whether `context` on record is the kind asked: the entries asked of one context, in
  // the order met, two to a question ("is it relapsed or refractory?"), as the engine
  // merges them (evaluate_needs.cpp).
  std::map<std::string, std::vector<std::string>> asked;  // context -> keys, in order
  for (const std::string& key : keys) {
    if (key.rfind("s:", 0) != 0) {
      const auto& [text, whens] = by_key[key];
      decide.push_back("CASE WHEN " + join(whens, " OR ") + " THEN " + text + " END");
      continue;
    }
    const std::string context = key.substr(key.find('@') + 1);
    if (asked[context].empty()) asked[context].push_back("");  // the group's place
    asked[context].push_back(key);
  }
  for (auto& [context_id, group] : asked) {
    group.erase(group.begin());
    const VocabularyEntry* context = vocabulary_.find(context_id);
    std::vector<const VocabularyEntry*> entries;
    std::vector<std::string> active;
    for (const std::string& key : group) {
      entries.push_back(vocabulary_.find(key.substr(2, key.find('@') - 2)));
      active.push_back("COALESCE(" + join(by_key[key].second, " OR ") + ", FALSE)");
    }
    const auto question = [&](const VocabularyEntry* a, const VocabularyEntry* b) {
      engine::Need n{engine::NeedKind::event_state, a};
      n.entry2 = b;
      n.context = context;
      return sql_.text(need_text(n));
    };
    if (entries.size() > 4) {  // more kinds than a table of their combinations: one each
      for (std::size_t k = 0; k < entries.size(); ++k) {
        decide.push_back("CASE WHEN " + active[k] + " THEN " + question(entries[k], nullptr) +
                         " END");
      }
      continue;
    }
    for (unsigned subset = 1; subset < (1u << entries.size()); ++subset) {
      std::vector<std::string> when;
      std::vector<const VocabularyEntry*> in;
      for (std::size_t k = 0; k < entries.size(); ++k) {
        const bool on = (subset >> k) & 1u;
        when.push_back(on ? active[k] : "NOT " + active[k]);
        if (on) in.push_back(entries[k]);
      }
      for (std::size_t k = 0; k < in.size(); k += 2) {
        decide.push_back("CASE WHEN " + join(when, " AND ") + " THEN " +
                         question(in[k], k + 1 < in.size() ? in[k + 1] : nullptr) + " END");
      }
    }
  }
  // A ';' list of the items that are not NULL. PostgreSQL takes at most 100 arguments a
  // function: longer lists are joined in parts, an empty part NULL so it adds no ';'.
  const auto list = [](const std::vector<std::string>& items) {
    constexpr std::size_t kPart = 90;
    if (items.empty()) return std::string("''");
    if (items.size() <= kPart) return "CONCAT_WS(';', " + join(items, ", ") + ")";
    std::vector<std::string> parts;
    for (std::size_t k = 0; k < items.size(); k += kPart) {
      const std::vector<std::string> part(
          items.begin() + static_cast<std::ptrdiff_t>(k),
          items.begin() + static_cast<std::ptrdiff_t>(std::min(items.size(), k + kPart)));
      parts.push_back("NULLIF(CONCAT_WS(';', " + join(part, ", ") + "), '')");
    }
    return "COALESCE(CONCAT_WS(';', " + join(parts, ", ") + "), '')";
  };
  const std::string score =
      "CASE verdict WHEN 'eligible' THEN CASE WHEN t_decidable + t_manual > 0 THEN 91 + " +
      sql_.int_div("9 * t_decidable", "(t_decidable + t_manual)") +
      " ELSE 91 END WHEN 'ineligible' THEN CASE WHEN t_decidable > 0 THEN LEAST(8, " +
      sql_.int_div("9 * t_fav", "t_decidable") +
      ") ELSE 0 END ELSE CASE WHEN t_decidable + t_manual > 0 THEN LEAST(89, 10 + " +
      sql_.int_div("79 * t_fav", "(t_decidable + t_manual)") + ") ELSE 10 END END";
  out += "\nSELECT person_id, person_source_value, " + sql_.text(trial_.id) +
         " AS trial_id, verdict, " + score + " AS score, CASE verdict WHEN 'ineligible' THEN " +
         list(deciding_against) + " WHEN 'undetermined' THEN " + list(deciding_open) +
         " ELSE '' END AS deciding, CASE WHEN verdict = 'ineligible' THEN '' ELSE " + list(decide) +
         " END AS to_decide FROM u";
  return out;
}

}  // namespace eligo::omop::detail
