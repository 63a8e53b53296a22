// The HTML report: cells, the ranked matrix and the attrition charts; see report_html.hpp.
// The page's style and script are in report_html_page.cpp.
#include "cli/report_html.hpp"

#include <algorithm>

#include "cli/report_html_page.hpp"
#include "core/text.hpp"
#include "engine/explain.hpp"

namespace eligo::cli {
namespace {

std::string_view symbol(engine::VerdictKind kind) {
  switch (kind) {
    case engine::VerdictKind::eligible: return "\u2713";  // check mark
    case engine::VerdictKind::undetermined: return "?";
    case engine::VerdictKind::ineligible: return "\u2717";  // ballot x
  }
  return "?";
}

std::string_view result_class(engine::CriterionResult result) {
  switch (result) {
    case engine::CriterionResult::met: return "r-met";
    case engine::CriterionResult::not_met: return "r-not-met";
    case engine::CriterionResult::unknown: return "r-unknown";
    case engine::CriterionResult::manual: return "r-manual";
  }
  return "r-unknown";
}

// Does this top-level result rule the patient out?
bool rules_out(const Criterion& c, engine::CriterionResult r) {
  return c.section == Section::inclusion ? r == engine::CriterionResult::not_met
                                         : r == engine::CriterionResult::met;
}

int depth_of(const Trial& trial, const Criterion& c) {
  int depth = 0;
  for (int p = c.parent; p >= 0; p = trial.criteria[static_cast<std::size_t>(p)].parent) ++depth;
  return depth;
}

std::string render_details(const Trial& trial, const engine::TrialEvaluation& evaluation,
                           const engine::Verdict& verdict) {
  std::string out;
  out += "<div class=\"detail\"><p class=\"meta\">";
  append_html_escaped(out, trial.id);
  out += " \u2014 ";
  append_html_escaped(out, trial.title);
  out += "<br>verdict <b>";
  out += to_string(verdict.kind);
  out += "</b>, score " + std::to_string(verdict.score) + ", as of ";
  out += to_iso_string(evaluation.dates.as_of);
  out +=
      "</p><table class=\"crit\"><thead><tr><th>id</th><th>section</th><th>result</th>"
      "<th>coverage</th><th>criterion</th><th>explanation: values, dates, thresholds</th>"
      "</tr></thead><tbody>";
  std::string explanation;
  for (std::size_t i = 0; i < trial.criteria.size(); ++i) {
    const Criterion& c = trial.criteria[i];
    const engine::CriterionVerdict& v = verdict.criteria[i];
    out += "<tr class=\"";
    out += result_class(v.result);
    out += "\"><td class=\"cid\" style=\"padding-left:" +
           std::to_string(0.3 + 1.2 * depth_of(trial, c)) + "em\">";
    append_html_escaped(out, c.id);
    out += "</td><td>";
    out += to_string(c.section);
    out += "</td><td class=\"res\">";
    out += to_string(v.result);
    out += "</td><td>";
    out += to_string(v.coverage);
    out += "</td><td class=\"text\">";
    append_html_escaped(out, c.text);
    out += "</td><td class=\"expl\">";
    explanation.clear();
    engine::append_criterion(explanation, evaluation, verdict, i);
    append_html_escaped(out, explanation);
    out += "</td></tr>";
  }
  out += "</tbody></table>";
  out += "<h4>To decide</h4>";
  if (verdict.to_decide.empty()) {
    out += "<p class=\"none\">nothing</p>";
  } else {
    out += "<ul class=\"to-decide\">";
    for (const engine::Need& need : verdict.to_decide) {
      out += "<li>";
      append_html_escaped(out, engine::describe(evaluation, need));
      out += "</li>";
    }
    out += "</ul>";
  }
  out += "<h4>To confirm</h4>";
  if (verdict.to_confirm.empty()) {
    out += "<p class=\"none\">nothing</p>";
  } else {
    out += "<ul class=\"to-confirm\">";
    for (int index : verdict.to_confirm) {
      const Criterion& c = trial.criteria[static_cast<std::size_t>(index)];
      out += "<li><b>";
      append_html_escaped(out, c.id);
      out += "</b> ";
      append_html_escaped(out, c.text);
      out += "</li>";
    }
    out += "</ul>";
  }
  out += "</div>";
  return out;
}

}  // namespace

HtmlReport::HtmlReport(const std::vector<Trial>& trials)
    : trials_(trials), attrition_(trials.size()) {
  for (std::size_t t = 0; t < trials.size(); ++t) {
    const std::size_t n = trials[t].criteria.size();
    attrition_[t].ruled_out.assign(n, 0);
    attrition_[t].undetermined.assign(n, 0);
    attrition_[t].to_confirm.assign(n, 0);
  }
}

void HtmlReport::add(const std::string& patient, std::size_t trial,
                     const engine::TrialEvaluation& evaluation, const engine::Verdict& verdict) {
  if (rows_.empty() || rows_.back().patient != patient) {
    rows_.push_back(Row{patient, std::vector<Cell>(trials_.size()), -1});
  }
  if (as_of_.empty()) as_of_ = to_iso_string(evaluation.dates.as_of);
  const Trial& t = trials_[trial];
  Row& row = rows_.back();
  row.cells[trial] =
      Cell{true, verdict.kind, verdict.score, render_details(t, evaluation, verdict)};
  row.best = std::max(row.best, verdict.score);

  Attrition& a = attrition_[trial];
  ++a.screened;
  ++a.verdicts[static_cast<int>(verdict.kind)];
  for (std::size_t i = 0; i < t.criteria.size(); ++i) {
    if (t.criteria[i].parent >= 0) continue;
    const engine::CriterionResult r = verdict.criteria[i].result;
    if (rules_out(t.criteria[i], r)) ++a.ruled_out[i];
    if (r == engine::CriterionResult::unknown) ++a.undetermined[i];
    if (r == engine::CriterionResult::manual) ++a.to_confirm[i];
  }
}

void HtmlReport::write(std::ostream& out) const {
  std::vector<const Row*> ranked;
  for (const Row& row : rows_) ranked.push_back(&row);
  std::stable_sort(ranked.begin(), ranked.end(), [](const Row* a, const Row* b) {
    if (a->best != b->best) return a->best > b->best;
    return a->patient < b->patient;
  });
  std::size_t totals[3] = {0, 0, 0};
  for (const Attrition& a : attrition_) {
    for (int k = 0; k < 3; ++k) totals[k] += a.verdicts[k];
  }
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<title>eligo screening report, as of "
      << html_escape(as_of_) << "</title><style>" << html_report_style()
      << "</style></head><body>\n<header><h1>Screening report</h1><p>" << rows_.size()
      << " patients \u00d7 " << trials_.size() << " trials, as of <b>" << html_escape(as_of_)
      << "</b>: <span class=\"v-eligible tag\">" << symbol(engine::VerdictKind::eligible) << " "
      << totals[static_cast<int>(engine::VerdictKind::eligible)]
      << " eligible</span> <span class=\"v-undetermined tag\">"
      << symbol(engine::VerdictKind::undetermined) << " "
      << totals[static_cast<int>(engine::VerdictKind::undetermined)]
      << " undetermined</span> <span class=\"v-ineligible tag\">"
      << symbol(engine::VerdictKind::ineligible) << " "
      << totals[static_cast<int>(engine::VerdictKind::ineligible)] << " ineligible</span></p>"
      << "<p class=\"help\">Patients are ranked by their best score. Open a cell for the "
         "criterion-by-criterion explanation. Missing data is unknown, never met or not met; "
         "partly understood criteria never decide on their own.</p>"
      << "<div class=\"controls\"><label>Filter <input id=\"filter\" type=\"search\" "
         "placeholder=\"patient or trial id\" autocomplete=\"off\"></label> <label>Show "
         "<select id=\"verdict\"><option value=\"\">all patients</option>"
         "<option value=\"eligible\">with an eligible trial</option>"
         "<option value=\"undetermined\">with an undetermined trial</option>"
         "<option value=\"ineligible\">with an ineligible trial</option></select></label> "
         "<span id=\"shown\"></span></div></header>\n<main>";
  write_matrix(out, ranked);
  out << "<section id=\"attrition\"><h2>Attrition by criterion</h2><p class=\"help\">For each "
         "trial, how many of the screened patients each top-level criterion rules out (solid), "
         "leaves undetermined (hatched) or leaves to a person to confirm (dotted); criteria "
         "that cost the most candidates come first.</p>";
  for (std::size_t t = 0; t < trials_.size(); ++t) write_attrition(out, t);
  out << "</section></main>\n<footer>Generated by eligo. Every value shown comes with its "
         "date, unit and source; check it against the chart before acting on it.</footer>"
         "<script>"
      << html_report_script() << "</script></body></html>\n";
}

void HtmlReport::write_matrix(std::ostream& out, const std::vector<const Row*>& ranked) const {
  out << "<table id=\"matrix\"><thead><tr><th class=\"rank\">#</th><th>patient</th>";
  for (const Trial& t : trials_) {
    out << "<th class=\"trial\" data-trial=\"" << html_escape(t.id) << "\" title=\""
        << html_escape(t.title) << "\">" << html_escape(t.id) << "</th>";
  }
  out << "</tr></thead><tbody>\n";
  std::size_t rank = 0;
  for (const Row* row : ranked) {
    const std::string patient = html_escape(row->patient);
    out << "<tr data-patient=\"" << patient << "\"><td class=\"rank\">" << ++rank
        << "</td><th class=\"patient\" scope=\"row\">" << patient << "</th>";
    for (std::size_t t = 0; t < trials_.size(); ++t) {
      const Cell& cell = row->cells[t];
      const std::string trial = html_escape(trials_[t].id);
      if (!cell.present) {
        out << "<td class=\"cell missing\" data-trial=\"" << trial << "\">\u2014</td>";
        continue;
      }
      const std::string_view kind = to_string(cell.kind);
      out << "<td class=\"cell v-" << kind << "\" data-patient=\"" << patient << "\" data-trial=\""
          << trial << "\" data-verdict=\"" << kind << "\" data-score=\"" << cell.score
          << "\"><details><summary><span class=\"sym\" aria-hidden=\"true\">" << symbol(cell.kind)
          << "</span> <span class=\"verdict\">" << kind << "</span> <span class=\"score\">"
          << cell.score << "</span></summary>" << cell.details << "</details></td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody></table>\n";
}

void HtmlReport::write_attrition(std::ostream& out, std::size_t trial) const {
  const Trial& t = trials_[trial];
  const Attrition& a = attrition_[trial];
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < t.criteria.size(); ++i) {
    if (t.criteria[i].parent < 0) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    if (a.ruled_out[x] != a.ruled_out[y]) return a.ruled_out[x] > a.ruled_out[y];
    return a.undetermined[x] > a.undetermined[y];
  });
  const std::string id = html_escape(t.id);
  out << "<figure class=\"chart\" data-trial=\"" << id << "\"><figcaption><b>" << id << "</b> "
      << html_escape(t.title) << " \u2014 " << a.screened
      << " screened: " << a.verdicts[static_cast<int>(engine::VerdictKind::eligible)]
      << " eligible, " << a.verdicts[static_cast<int>(engine::VerdictKind::undetermined)]
      << " undetermined, " << a.verdicts[static_cast<int>(engine::VerdictKind::ineligible)]
      << " ineligible</figcaption>";
  constexpr int kLabel = 260, kBar = 420, kRow = 22, kTop = 26;
  const int height = kTop + kRow * static_cast<int>(order.size()) + 8;
  const double scale = a.screened > 0 ? static_cast<double>(kBar) / a.screened : 0;
  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" << kLabel + kBar + 60
      << "\" height=\"" << height << "\" viewBox=\"0 0 " << kLabel + kBar + 60 << " " << height
      << "\"><title>Attrition by criterion for " << id << "</title>" << html_svg_patterns()
      << "<g class=\"legend\" font-size=\"11\"><rect x=\"" << kLabel
      << "\" y=\"4\" width=\"12\" height=\"12\" class=\"b-out\"/><text x=\"" << kLabel + 16
      << "\" y=\"14\">rules out</text><rect x=\"" << kLabel + 90
      << "\" y=\"4\" width=\"12\" height=\"12\" fill=\"url(#hatch)\" class=\"b-und\"/><text x=\""
      << kLabel + 106 << "\" y=\"14\">undetermined</text><rect x=\"" << kLabel + 200
      << "\" y=\"4\" width=\"12\" height=\"12\" fill=\"url(#dots)\" class=\"b-man\"/><text x=\""
      << kLabel + 216 << "\" y=\"14\">to confirm</text></g>";
  int y = kTop;
  for (const std::size_t i : order) {
    const Criterion& c = t.criteria[i];
    std::string label(c.text.size() > 38 ? utf8_prefix(c.text, 36) : c.text);
    if (label.size() < c.text.size()) label += "\u2026";
    out << "<g class=\"crow\"><title>" << html_escape(c.id) << ": " << a.ruled_out[i]
        << " ruled out, " << a.undetermined[i] << " undetermined, " << a.to_confirm[i]
        << " to confirm \u2014 " << html_escape(c.text) << "</title><text x=\"0\" y=\"" << y + 14
        << "\" font-size=\"11\"><tspan font-weight=\"bold\">" << html_escape(c.id) << "</tspan> "
        << html_escape(label) << "</text>";
    double x = kLabel;
    const auto bar = [&](std::size_t count, std::string_view cls, std::string_view fill) {
      const double w = count * scale;
      if (w <= 0) return;
      out << "<rect x=\"" << x << "\" y=\"" << y + 3 << "\" width=\"" << w << "\" height=\""
          << kRow - 6 << "\" class=\"" << cls << "\"" << fill << "/>";
      x += w;
    };
    bar(a.ruled_out[i], "b-out", "");
    bar(a.undetermined[i], "b-und", " fill=\"url(#hatch)\"");
    bar(a.to_confirm[i], "b-man", " fill=\"url(#dots)\"");
    out << "<text x=\"" << x + 4 << "\" y=\"" << y + 14 << "\" font-size=\"11\">" << a.ruled_out[i]
        << " / " << a.undetermined[i] << " / " << a.to_confirm[i] << "</text></g>";
    y += kRow;
  }
  out << "</svg></figure>\n";
}

}  // namespace eligo::cli
