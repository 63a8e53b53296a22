// Header phase: the `key: value` lines at the top of a .criteria file become a
// CriteriaHeader. Values stay as written; ages and the lab window are also read as
// durations. Unknown keys are kept (with a warning) so a newer file still loads.
#include <array>
#include <charconv>
#include <string>

#include "core/text.hpp"
#include "grammar/document_phases.hpp"

namespace eligo::grammar::document {

namespace {

constexpr std::array<std::string_view, 7> kKnownKeys = {
    "id", "title", "min_age", "max_age", "sex", "lab_window", "healthy_volunteers"};

// "<number> <unit>" with a unit of time, e.g. "18 Years", "14 days", "6 months".
std::optional<Duration> read_duration(std::string_view value) {
  double amount = 0;
  const auto* end = value.data() + value.size();
  const auto [rest, ec] = std::from_chars(value.data(), end, amount);
  if (ec != std::errc() || amount < 0) return std::nullopt;
  std::string unit = to_lower_ascii(std::string_view(rest, static_cast<std::size_t>(end - rest)));
  while (!unit.empty() && unit.front() == ' ') unit.erase(0, 1);
  if (!unit.empty() && unit.back() == 's') unit.pop_back();
  if (unit == "year" || unit == "yr") return Duration{amount, TimeUnit::years};
  if (unit == "month" || unit == "mo") return Duration{amount, TimeUnit::months};
  if (unit == "week" || unit == "wk") return Duration{amount, TimeUnit::weeks};
  if (unit == "day" || unit == "d") return Duration{amount, TimeUnit::days};
  return std::nullopt;
}

bool is_absent(std::string_view value) {
  const auto v = to_lower_ascii(value);
  return v == "n/a" || v == "na" || v == "none" || v.empty();
}

}  // namespace

void read_header(const std::vector<Line>& lines, std::string_view text, CriteriaDocument& doc) {
  auto& header = doc.header;
  for (const auto& line : lines) {
    if (line.kind != LineKind::header) continue;
    HeaderField field;
    field.key = std::string(line.key.text_in(text));
    field.value = std::string(line.content.text_in(text));
    field.key_span = line.key;
    field.value_span = line.content;
    if (field.value_span.begin == 0 && field.value_span.end == 0) {
      field.value_span = span_at(line, line.key.end + 1);
    }
    for (const auto key : kKnownKeys) field.known = field.known || field.key == key;
    if (!field.known) {
      add_diagnostic(doc, Severity::warning, field.key_span,
                     "unknown header key '" + field.key + "' (kept, not used)",
                     "known keys: id, title, min_age, max_age, sex, lab_window, "
                     "healthy_volunteers");
    } else if (header.field(field.key) != nullptr) {
      add_diagnostic(doc, Severity::warning, field.key_span,
                     "header key '" + field.key + "' given again; this value is used");
    }
    const auto& key = field.key;
    const auto& value = field.value;
    const bool age = key == "min_age" || key == "max_age";
    if (key == "id") header.id = value;
    if (key == "title") header.title = value;
    if (key == "min_age") header.min_age = value;
    if (key == "max_age") header.max_age = value;
    if (key == "sex") header.sex = value;
    if (key == "lab_window") header.lab_window = value;
    if (key == "healthy_volunteers") header.healthy_volunteers = value;
    if (age || key == "lab_window") {
      auto duration = read_duration(value);
      if (key == "min_age") header.min_age_duration = duration;
      if (key == "max_age") header.max_age_duration = duration;
      if (key == "lab_window") header.lab_window_duration = duration;
      if (!duration && !(age && is_absent(value))) {
        add_diagnostic(doc, Severity::warning, field.value_span,
                       key + " '" + value + "' is not a number with a unit of time",
                       age ? "write e.g. '18 Years' or 'N/A'" : "write e.g. '14 days'");
      }
    }
    if (key == "sex") {
      const auto v = to_lower_ascii(value);
      if (v != "all" && v != "female" && v != "male" && v != "both") {
        add_diagnostic(doc, Severity::warning, field.value_span,
                       "sex '" + value + "' is not ALL, FEMALE or MALE");
      }
    }
    if ((key == "id" || key == "title") && value.empty()) {
      add_diagnostic(doc, Severity::warning, field.value_span, key + " is empty");
    }
    header.fields.push_back(std::move(field));
  }
  if (header.field("id") == nullptr) {
    add_diagnostic(doc, Severity::warning, Span{}, "no 'id:' header line",
                   "start the file with e.g. 'id: NCT04270409'");
  }
}

}  // namespace eligo::grammar::document
