// The wide format's header and rows; see wide_format.hpp.
#include "patients/wide_format.hpp"

#include <array>
#include <tuple>
#include <utility>

#include "core/text.hpp"

namespace eligo::patients {
namespace {

// A header cell split into its name and its bracketed unit.
struct ColumnName {
  std::string name;   // as written, trimmed
  std::string lower;  // for matching
  std::string unit;   // inside [ ], trimmed; "" without brackets
};

ColumnName split_column_name(const std::string& text) {
  ColumnName column;
  std::string_view name = text;
  const std::size_t open = name.rfind('[');
  if (!name.empty() && name.back() == ']' && open != std::string_view::npos) {
    column.unit = std::string(trim(name.substr(open + 1, name.size() - open - 2)));
    name = name.substr(0, open);
  }
  column.name = std::string(trim(name));
  column.lower = to_lower_ascii(column.name);
  return column;
}

enum class Companion { date, ref_low, ref_high };
constexpr std::array<std::pair<std::string_view, Companion>, 3> kSuffixes{{
    {"_date", Companion::date},
    {"_ref_low", Companion::ref_low},
    {"_ref_high", Companion::ref_high},
}};

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() > suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool is_demographic(FactKind kind) { return kind == FactKind::birth_date || kind == FactKind::sex; }

}  // namespace

Parsed<WideFormat> WideFormat::from_header(const CsvRecord& header, const ItemResolver& resolver,
                                           std::string_view source,
                                           std::vector<Diagnostic>& column_errors) {
  WideFormat format;
  format.columns_ = header.fields.size();
  const auto column_error = [&](std::size_t i, std::string_view written, std::string reason) {
    column_errors.push_back(row_diagnostic(std::string(source), header.line,
                                           "column " + std::to_string(i + 1) + " " +
                                               quote_for_message(written) + ": " +
                                               std::move(reason) + "; column ignored"));
  };

  std::vector<ColumnName> columns;
  std::optional<std::size_t> patient_id;
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const std::optional<std::string> text = to_clean_text(header.fields[i]);
    if (!text) column_error(i, header.fields[i], "the name is not text");
    columns.push_back(text ? split_column_name(*text) : ColumnName{});
    const std::string& lower = columns.back().lower;
    std::optional<std::size_t>* special = lower == "patient_id" ? &patient_id
                                          : lower == "date"     ? &format.date_
                                                                : nullptr;
    if (special && *special) {
      return {std::nullopt, "column " + lower + " appears twice in the header"};
    }
    if (special) *special = i;
  }
  if (!patient_id) return {std::nullopt, "the header has no patient_id column"};
  format.patient_id_ = *patient_id;

  // Item columns first: every named column that is not special and not a companion of
  // another named column.
  const auto is_name = [&](std::string_view lower) {
    for (const ColumnName& c : columns) {
      if (c.lower == lower) return true;
    }
    return false;
  };
  std::vector<std::optional<std::pair<std::string, Companion>>> companion(columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const ColumnName& c = columns[i];
    if (c.lower.empty() || i == format.patient_id_ || i == format.date_) continue;
    for (const auto& [suffix, role] : kSuffixes) {
      if (!ends_with(c.lower, suffix)) continue;
      const std::string base = c.lower.substr(0, c.lower.size() - suffix.size());
      if (is_name(base)) companion[i] = std::pair{base, role};
      break;
    }
    if (companion[i]) continue;
    ItemInfo info = resolver ? resolver(c.name, c.unit) : default_resolver(c.name, c.unit);
    if (!info.error.empty()) {
      column_error(i, header.fields[i], info.error);
    } else if (info.kind == FactKind::unknown) {
      column_error(i, header.fields[i], "unknown item " + quote_for_message(c.name));
    } else {
      format.items_.push_back(Item{c.name, c.unit, std::move(info), i, {}, {}, {}});
    }
  }
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (!companion[i]) continue;
    // A companion of an ignored item column is ignored with it.
    const auto& [base, role] = *companion[i];
    for (Item& item : format.items_) {
      if (columns[item.column].lower != base) continue;
      std::optional<std::size_t>& slot = role == Companion::date      ? item.date_column
                                         : role == Companion::ref_low ? item.ref_low_column
                                                                      : item.ref_high_column;
      if (slot) {
        column_error(i, header.fields[i], "a second such column for " + base);
        break;
      }
      slot = i;
    }
  }
  return {std::move(format), {}};
}

void WideFormat::read_row(const CsvRecord& row, const SourceName& source, RowReading& out) const {
  out.clear();
  const auto cell_error = [&](std::size_t column, std::string reason) {
    out.errors.push_back(row_diagnostic(source.str(), row.field_lines[column], std::move(reason)));
  };
  Parsed<std::string> id = read_patient_id(row, patient_id_, columns_);
  if (!id) {
    out.errors.push_back(row_diagnostic(source.str(), row.line, std::move(id.error)));
    return;
  }
  out.patient_id = std::move(id.value);

  std::optional<Date> row_date;
  bool row_date_bad = false;
  if (date_ && !trim(row.fields[*date_]).empty()) {
    const Result<Date> date = parse_iso_date(row.fields[*date_]);
    if (date) row_date = *date;
    row_date_bad = !date;
    if (row_date_bad)
      cell_error(*date_, "date: " + date.error() +
                             " (values of this row without "
                             "their own date are not used)");
  }
  for (const Item& item : items_) {
    const std::string_view cell = row.fields[item.column];
    if (trim(cell).empty()) continue;
    FactContext context;
    context.source = SourceLocation{source, row.field_lines[item.column]};
    // A value not used because of an error: the patient's record says which item it cost.
    const auto refused = [&](std::optional<Date> date) {
      out.refused.push_back(RefusedRow{item.info.item.empty() ? item.name : item.info.item,
                                       date,
                                       context.source,
                                       {item.info.ids.item}});
    };
    if (item.date_column && !trim(row.fields[*item.date_column]).empty()) {
      const Result<Date> date = parse_iso_date(row.fields[*item.date_column]);
      if (!date) {
        cell_error(*item.date_column, item.name + "_date: " + date.error());
        refused(std::nullopt);
        continue;
      }
      context.date = *date;
    } else if (row_date_bad && !is_demographic(item.info.kind)) {
      refused(std::nullopt);
      continue;
    } else {
      context.date = row_date;
    }
    bool refs_ok = true;
    for (const auto& [column, slot, suffix] :
         {std::tuple{item.ref_low_column, &context.ref_low, "_ref_low"},
          std::tuple{item.ref_high_column, &context.ref_high, "_ref_high"}}) {
      if (!column || trim(row.fields[*column]).empty()) continue;
      Parsed<double> number = parse_number(row.fields[*column]);
      if (!number) {
        cell_error(*column, item.name + suffix + ": " + number.error);
        refs_ok = false;
      } else {
        *slot = number.value;
      }
    }
    if (!refs_ok) {
      refused(context.date);
      continue;
    }
    const std::size_t before = out.facts.size();
    const std::optional<Date> date = context.date;
    std::string error =
        make_fact(item.info, item.name, item.unit, cell, std::move(context), out.facts);
    if (!error.empty()) {
      out.implausible += out.facts.size() - before;  // an implausible value, kept to be named
      cell_error(item.column, std::move(error));
      refused(date);
    }
  }
}

}  // namespace eligo::patients
