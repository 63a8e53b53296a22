// Writing screening results as JSON Lines, CSV or a ranked table.
#include "cli/report.hpp"

#include <algorithm>

#include "engine/explain.hpp"
#include "engine/verdict_json.hpp"

namespace eligo::cli {
namespace {

// RFC 4180: quote a field holding a comma, quote or line break.
void append_csv_field(std::string& out, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += items[i];
  }
  return out;
}

std::vector<std::string> needs_text(const TrialEvaluation& evaluation, const Verdict& verdict) {
  std::vector<std::string> out;
  for (const Need& n : verdict.to_decide) out.push_back(describe(evaluation, n));
  return out;
}

std::vector<std::string> confirm_ids(const Trial& trial, const Verdict& verdict) {
  std::vector<std::string> out;
  for (int i : verdict.to_confirm) out.push_back(trial.criteria[static_cast<std::size_t>(i)].id);
  return out;
}

int rank(VerdictKind kind) {
  switch (kind) {
    case VerdictKind::eligible: return 0;
    case VerdictKind::undetermined: return 1;
    case VerdictKind::ineligible: return 2;
  }
  return 3;
}

}  // namespace

std::vector<std::string> deciding_criteria(const Trial& trial, const Verdict& verdict) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < trial.criteria.size(); ++i) {
    const Criterion& c = trial.criteria[i];
    if (c.parent >= 0) continue;
    const CriterionResult r = verdict.criteria[i].result;
    const bool full = verdict.criteria[i].coverage == Coverage::full;
    if (verdict.kind == VerdictKind::ineligible) {
      const bool against = c.section == Section::inclusion ? r == CriterionResult::not_met
                                                           : r == CriterionResult::met;
      if (full && against) out.push_back(c.id);
    } else if (verdict.kind == VerdictKind::undetermined) {
      if (r == CriterionResult::unknown) out.push_back(c.id);
    }
  }
  return out;
}

ReportWriter::ReportWriter(Format format, std::ostream& out, const std::vector<Trial>& trials)
    : format_(format), out_(out), trials_(trials) {
  if (format_ == Format::csv) {
    out_ << "patient,trial,verdict,score,deciding,to_decide,to_confirm\n";
  }
  if (format_ == Format::html) html_ = std::make_unique<HtmlReport>(trials);
}

void ReportWriter::add(const std::string& patient, std::size_t trial,
                       const TrialEvaluation& evaluation, const Verdict& verdict) {
  const Trial& t = trials_[trial];
  switch (format_) {
    case Format::html:
      html_->add(patient, trial, evaluation, verdict);
      return;
    case Format::json:
      buffer_.clear();
      append_verdict_json(buffer_, evaluation, verdict);
      out_ << buffer_;
      return;
    case Format::csv: {
      buffer_.clear();
      append_csv_field(buffer_, patient);
      buffer_ += ',';
      append_csv_field(buffer_, t.id);
      buffer_ += ',';
      buffer_ += to_string(verdict.kind);
      buffer_ += ',' + std::to_string(verdict.score) + ',';
      append_csv_field(buffer_, join(deciding_criteria(t, verdict), ";"));
      buffer_ += ',';
      append_csv_field(buffer_, join(needs_text(evaluation, verdict), ";"));
      buffer_ += ',';
      append_csv_field(buffer_, join(confirm_ids(t, verdict), ";"));
      buffer_ += '\n';
      out_ << buffer_;
      return;
    }
    case Format::table: {
      patient_ = patient;
      std::string detail;
      const auto deciding = deciding_criteria(t, verdict);
      if (verdict.kind == VerdictKind::ineligible) {
        detail = "fails " + join(deciding, ", ");
      } else if (verdict.kind == VerdictKind::undetermined) {
        detail = "open " + join(deciding, ", ");
        const auto needs = needs_text(evaluation, verdict);
        if (!needs.empty()) detail += "; to decide: " + join(needs, ", ");
      }
      const auto confirm = confirm_ids(t, verdict);
      if (!confirm.empty() && verdict.kind != VerdictKind::ineligible) {
        detail += (detail.empty() ? "" : "; ") + std::string("to confirm: ") + join(confirm, ", ");
      }
      rows_.push_back(Row{trial, verdict.kind, verdict.score, std::move(detail)});
      return;
    }
  }
}

void ReportWriter::end_patient() {
  if (format_ != Format::table) return;
  std::stable_sort(rows_.begin(), rows_.end(), [](const Row& a, const Row& b) {
    return rank(a.kind) != rank(b.kind) ? rank(a.kind) < rank(b.kind) : a.score > b.score;
  });
  out_ << patient_ << '\n';
  for (const Row& r : rows_) {
    std::string id = trials_[r.trial].id;
    std::string kind(to_string(r.kind));
    id.resize(std::max<std::size_t>(id.size(), 13), ' ');
    kind.resize(std::max<std::size_t>(kind.size(), 13), ' ');
    std::string score = std::to_string(r.score);
    score.insert(0, score.size() < 3 ? 3 - score.size() : 0, ' ');
    out_ << "  " << id << kind << score << "  " << r.detail << '\n';
  }
  rows_.clear();
}

void ReportWriter::finish() {
  if (html_) html_->write(out_);
  out_.flush();
}

}  // namespace eligo::cli
