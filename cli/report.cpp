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

// The three lists a report row shows, each appended to `out` with `separator` between
// items (into buffers the writer reuses: a screen of 10^6 patients makes no string per
// row). Each returns how many items it appended.
// Deciding: the top-level criteria that decide a verdict that is not eligible (for
// ineligible, the fully understood inclusions not met and exclusions met; for
// undetermined, those neither decided nor manual).
std::size_t append_deciding(std::string& out, const Trial& trial, const engine::Verdict& verdict,
                            std::string_view separator) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < trial.criteria.size(); ++i) {
    const Criterion& c = trial.criteria[i];
    if (c.parent >= 0) continue;
    const engine::CriterionResult r = verdict.criteria[i].result;
    const bool full = verdict.criteria[i].coverage == Coverage::full;
    bool deciding = false;
    if (verdict.kind == engine::VerdictKind::ineligible) {
      const bool against = c.section == Section::inclusion ? r == engine::CriterionResult::not_met
                                                           : r == engine::CriterionResult::met;
      deciding = full && against;
    } else if (verdict.kind == engine::VerdictKind::undetermined) {
      deciding = r == engine::CriterionResult::unknown;
    }
    if (!deciding) continue;
    if (n++ > 0) out += separator;
    out += c.id;
  }
  return n;
}

std::size_t append_needs(std::string& out, const engine::TrialEvaluation& evaluation,
                         const engine::Verdict& verdict, std::string_view separator) {
  for (std::size_t i = 0; i < verdict.to_decide.size(); ++i) {
    if (i > 0) out += separator;
    engine::append_need(out, evaluation, verdict.to_decide[i]);
  }
  return verdict.to_decide.size();
}

std::size_t append_confirm(std::string& out, const Trial& trial, const engine::Verdict& verdict,
                           std::string_view separator) {
  for (std::size_t i = 0; i < verdict.to_confirm.size(); ++i) {
    if (i > 0) out += separator;
    out += trial.criteria[static_cast<std::size_t>(verdict.to_confirm[i])].id;
  }
  return verdict.to_confirm.size();
}

int rank(engine::VerdictKind kind) {
  switch (kind) {
    case engine::VerdictKind::eligible: return 0;
    case engine::VerdictKind::undetermined: return 1;
    case engine::VerdictKind::ineligible: return 2;
  }
  return 3;
}

}  // namespace

ReportWriter::ReportWriter(Format format, std::ostream& out, const std::vector<Trial>& trials,
                           bool csv_header)
    : format_(format), out_(out), trials_(trials) {
  if (format_ == Format::csv && csv_header) {
    out_ << "patient,trial,verdict,score,deciding,to_decide,to_confirm\n";
  }
  if (format_ == Format::html) html_ = std::make_unique<HtmlReport>(trials);
}

void ReportWriter::add(const std::string& patient, std::size_t trial,
                       const engine::TrialEvaluation& evaluation, const engine::Verdict& verdict) {
  const Trial& t = trials_[trial];
  switch (format_) {
    case Format::html: html_->add(patient, trial, evaluation, verdict); return;
    case Format::json:
      buffer_.clear();
      engine::append_verdict_json(buffer_, evaluation, verdict);
      out_ << buffer_;
      return;
    case Format::csv: {
      buffer_.clear();
      append_csv_field(buffer_, patient);
      buffer_ += ',';
      append_csv_field(buffer_, t.id);
      buffer_ += ',';
      buffer_ += to_string(verdict.kind);
      buffer_ += ',';
      buffer_ += std::to_string(verdict.score);
      buffer_ += ',';
      list_.clear();
      append_deciding(list_, t, verdict, ";");
      append_csv_field(buffer_, list_);
      buffer_ += ',';
      list_.clear();
      append_needs(list_, evaluation, verdict, ";");
      append_csv_field(buffer_, list_);
      buffer_ += ',';
      list_.clear();
      append_confirm(list_, t, verdict, ";");
      append_csv_field(buffer_, list_);
      buffer_ += '\n';
      out_ << buffer_;
      return;
    }
    case Format::table: {
      patient_ = patient;
      std::string detail;
      if (verdict.kind == engine::VerdictKind::ineligible) {
        detail = "fails ";
        append_deciding(detail, t, verdict, ", ");
      } else if (verdict.kind == engine::VerdictKind::undetermined) {
        detail = "open ";
        append_deciding(detail, t, verdict, ", ");
        list_.clear();
        if (append_needs(list_, evaluation, verdict, ", ") > 0) {
          detail += "; to decide: ";
          detail += list_;
        }
      }
      list_.clear();
      if (append_confirm(list_, t, verdict, ", ") > 0 &&
          verdict.kind != engine::VerdictKind::ineligible) {
        detail += detail.empty() ? "to confirm: " : "; to confirm: ";
        detail += list_;
      }
      rows_.push_back(
          Row{trial, verdict.kind, verdict.score, verdict.to_confirm.size(), std::move(detail)});
      return;
    }
  }
}

void ReportWriter::end_patient() {
  if (format_ != Format::table) return;
  std::stable_sort(rows_.begin(), rows_.end(), [](const Row& a, const Row& b) {
    if (rank(a.kind) != rank(b.kind)) return rank(a.kind) < rank(b.kind);
    return a.score != b.score ? a.score > b.score : a.to_confirm < b.to_confirm;
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
