// Screening reports: JSON Lines (one object per patient x trial), CSV (one row per
// pair), a table (per patient, trials ranked by verdict then score) and an HTML page
// (report_html.hpp). Reports write what the evaluation and the verdict say; they decide
// nothing.
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "cli/report_html.hpp"
#include "core/trial.hpp"
#include "engine/evaluator.hpp"
#include "engine/verdict.hpp"

namespace eligo::cli {

enum class Format { table, json, csv, html };

class ReportWriter {
 public:
  // `csv_header`: write the CSV report's header line (each shard of a split screen may
  // leave it out, so the shards' reports concatenate).
  ReportWriter(Format format, std::ostream& out, const std::vector<Trial>& trials,
               bool csv_header = true);
  // Once per (patient, trial), in trial order for each patient.
  void add(const std::string& patient, std::size_t trial, const engine::TrialEvaluation& evaluation,
           const engine::Verdict& verdict);
  // After the last trial of a patient.
  void end_patient();
  void finish();

 private:
  struct Row {
    std::size_t trial;
    engine::VerdictKind kind;
    int score;
    std::size_t to_confirm;  // ties of score: fewer to confirm first
    std::string detail;
  };
  Format format_;
  std::ostream& out_;
  const std::vector<Trial>& trials_;
  std::string buffer_;
  std::string list_;  // one list of a row, before CSV quoting
  std::string patient_;
  std::vector<Row> rows_;
  std::unique_ptr<HtmlReport> html_;  // Format::html: the page, written by finish()
};

}  // namespace eligo::cli
