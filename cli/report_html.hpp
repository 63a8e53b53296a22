// The HTML screening report (`eligo screen --format html`): one self-contained page for
// coordinators, with no external assets and no network. It shows the patients x trials
// matrix, patients ranked by their best score, each cell with its verdict as a colour, a
// symbol and a word (so it reads in greyscale too) and expanding to the per-criterion
// explanation, the to_decide and to_confirm lists; a filter box (inline script); and per
// trial an inline SVG attrition chart: how many screened patients each top-level
// criterion rules out or leaves undetermined. Every text (criteria, patient ids, values)
// is HTML-escaped. Cells are rendered as they arrive; the page is written at the end,
// so the report holds every pair in memory: it is meant for the cohorts a person reads.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/trial.hpp"
#include "engine/evaluator.hpp"
#include "engine/verdict.hpp"

namespace eligo::cli {

class HtmlReport {
 public:
  explicit HtmlReport(const std::vector<Trial>& trials);

  // Once per (patient, trial); a patient's pairs come together.
  void add(const std::string& patient, std::size_t trial, const engine::TrialEvaluation& evaluation,
           const engine::Verdict& verdict);
  void write(std::ostream& out) const;

 private:
  struct Cell {
    bool present = false;
    engine::VerdictKind kind = engine::VerdictKind::undetermined;
    int score = 0;
    std::string details;  // escaped HTML of the expanded cell
  };
  struct Row {
    std::string patient;
    std::vector<Cell> cells;  // by trial
    int best = -1;
  };
  // Per trial, per top-level criterion: how many patients it rules out, leaves
  // undetermined, leaves to a person.
  struct Attrition {
    std::vector<std::size_t> ruled_out, undetermined, to_confirm;
    std::size_t verdicts[3] = {0, 0, 0};
    std::size_t screened = 0;
  };

  void write_matrix(std::ostream& out, const std::vector<const Row*>& ranked) const;
  void write_attrition(std::ostream& out, std::size_t trial) const;

  const std::vector<Trial>& trials_;
  std::vector<Row> rows_;
  std::vector<Attrition> attrition_;
  std::string as_of_;
};

// `text` with & < > " ' escaped and invalid UTF-8 replaced by U+FFFD, for HTML text and
// attribute values.
void append_html_escaped(std::string& out, std::string_view text);
std::string html_escape(std::string_view text);

}  // namespace eligo::cli
