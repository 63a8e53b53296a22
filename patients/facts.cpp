// Cells to facts, facts into records; see facts.hpp.
#include "patients/facts.hpp"

#include <cstdio>
#include <utility>

#include "core/text.hpp"

namespace eligo::patients {
namespace {

std::string format_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

std::string measurement(const ItemInfo& info, std::string_view item, std::string_view unit,
                        double value, FactContext&& context, std::vector<Fact>& out) {
  if (context.ref_low && context.ref_high && *context.ref_low > *context.ref_high) {
    return "reference range is reversed: ref_low " + format_number(*context.ref_low) +
           " > ref_high " + format_number(*context.ref_high);
  }
  Observation& o = std::get<Observation>(out.emplace_back(std::in_place_type<Observation>));
  o.item.assign(item);
  o.value = value;
  o.unit.assign(unit_to_store(info, unit));
  o.date = context.date;
  o.ref_low = context.ref_low;
  o.ref_high = context.ref_high;
  o.source = std::move(context.source);
  o.unit_note = info.unit_note;
  o.ids = info.ids;
  return check_plausible(info, item, value, unit);  // kept even when implausible
}

std::string event(const ItemInfo& info, std::string_view item, bool present, FactContext&& context,
                  std::vector<Fact>& out) {
  out.emplace_back(
      Event{std::string(item), present, context.date, std::move(context.source), {info.ids.item}});
  return {};
}

}  // namespace

const SourceLocation& source_of(const Fact& fact) {
  return std::visit([](const auto& f) -> const SourceLocation& { return f.source; }, fact);
}

std::string make_fact(const ItemInfo& info, std::string_view item_written, std::string_view unit,
                      std::string_view value, FactContext&& context, std::vector<Fact>& out) {
  const std::string_view item = info.item.empty() ? item_written : std::string_view(info.item);
  const std::string_view text = trim(value);
  switch (info.kind) {
    case FactKind::birth_date: {
      const Result<Date> date = parse_iso_date(text);
      if (!date) return "birth_date: " + date.error();
      out.emplace_back(BirthDateFact{*date, std::move(context.source)});
      return {};
    }
    case FactKind::sex: {
      const std::optional<Sex> sex = parse_sex(text);
      if (!sex) {
        return "sex: expected female, male, other or unknown (or F/M), found " +
               quote_for_message(text);
      }
      out.emplace_back(SexFact{*sex, std::move(context.source)});
      return {};
    }
    case FactKind::measurement: {
      Parsed<double> number = parse_number(text);
      if (!number) return std::string(item) + ": " + number.error;
      return measurement(info, item, unit, *number.value, std::move(context), out);
    }
    case FactKind::event: {
      if (text.empty() && context.empty_is_yes)
        return event(info, item, true, std::move(context), out);
      const std::optional<bool> present = parse_yes_no(text);
      if (!present)
        return std::string(item) + ": expected yes or no, found " + quote_for_message(text);
      return event(info, item, *present, std::move(context), out);
    }
    case FactKind::infer: {
      if (text.empty() && context.empty_is_yes)
        return event(info, item, true, std::move(context), out);
      if (Parsed<double> number = parse_number(text)) {
        return measurement(info, item, unit, *number.value, std::move(context), out);
      }
      if (const std::optional<bool> present = parse_yes_no(text)) {
        return event(info, item, *present, std::move(context), out);
      }
      return std::string(item) + ": " + parse_number(text).error + " (or yes/no)";
    }
    case FactKind::unknown: break;
  }
  return "unknown item " + quote_for_message(item_written);
}

std::optional<Diagnostic> add_fact(PatientRecord& record, Fact&& fact) {
  struct Adder {
    PatientRecord& record;
    std::optional<Diagnostic> operator()(Observation&& o) {
      record.observations.push_back(std::move(o));
      return std::nullopt;
    }
    std::optional<Diagnostic> operator()(Event&& e) {
      record.events.push_back(std::move(e));
      return std::nullopt;
    }
    std::optional<Diagnostic> operator()(BirthDateFact&& b) {
      if (record.birth_date && *record.birth_date != b.date) {
        return row_diagnostic(b.source.file.str(), b.source.line,
                              "birth_date " + to_iso_string(b.date) + " contradicts " +
                                  to_iso_string(*record.birth_date) + " at " +
                                  to_string(record.birth_date_source));
      }
      if (!record.birth_date) {
        record.birth_date = b.date;
        record.birth_date_source = std::move(b.source);
      }
      return std::nullopt;
    }
    std::optional<Diagnostic> operator()(SexFact&& s) {
      if (record.sex && *record.sex != s.sex) {
        return row_diagnostic(s.source.file.str(), s.source.line,
                              "sex " + std::string(to_string(s.sex)) + " contradicts " +
                                  std::string(to_string(*record.sex)) + " at " +
                                  to_string(record.sex_source));
      }
      if (!record.sex) {
        record.sex = s.sex;
        record.sex_source = std::move(s.source);
      }
      return std::nullopt;
    }
  };
  return std::visit(Adder{record}, std::move(fact));
}

std::vector<std::string> header_names(const CsvRecord& header) {
  std::vector<std::string> names;
  names.reserve(header.fields.size());
  for (const std::string_view field : header.fields) {
    const std::optional<std::string> text = to_clean_text(field);
    names.push_back(text ? to_lower_ascii(*text) : std::string());
  }
  return names;
}

std::optional<std::size_t> find_column(const std::vector<std::string>& names,
                                       std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return i;
  }
  return std::nullopt;
}

Parsed<std::string> read_patient_id(const CsvRecord& row, std::size_t id_column,
                                    std::size_t columns) {
  if (row.fields.size() != columns) {
    return {std::nullopt, "expected " + std::to_string(columns) +
                              " fields as in the header, found " +
                              std::to_string(row.fields.size())};
  }
  std::optional<std::string> id = to_clean_text(row.fields[id_column]);
  if (!id) return {std::nullopt, "patient_id contains control characters or binary data"};
  if (id->empty()) return {std::nullopt, "empty patient_id"};
  return {std::move(id), {}};
}

std::optional<std::string> loose_patient_id(const CsvRecord& row, std::size_t id_column) {
  if (row.fields.size() <= id_column) return std::nullopt;
  std::optional<std::string> id = to_clean_text(row.fields[id_column]);
  if (!id || id->empty()) return std::nullopt;
  return id;
}

bool is_blank(const CsvRecord& row) {
  if (!row.error.empty()) return false;
  for (const std::string_view field : row.fields) {
    if (!trim(field).empty()) return false;
  }
  return true;
}

}  // namespace eligo::patients
