// Cells to facts, facts into records; see facts.hpp.
#include "patients/facts.hpp"

#include <cstdio>
#include <utility>

#include "patients/text.hpp"

namespace eligo {
namespace {

Parsed<Fact> refuse(std::string reason) { return {std::nullopt, std::move(reason)}; }

std::string format_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", value);
  return buffer;
}

Parsed<Fact> measurement(std::string item, std::string_view unit, double value,
                         FactContext&& context) {
  if (context.ref_low && context.ref_high && *context.ref_low > *context.ref_high) {
    return refuse("reference range is reversed: ref_low " + format_number(*context.ref_low) +
                  " > ref_high " + format_number(*context.ref_high));
  }
  return {Fact{Observation{std::move(item), value, std::string(unit), context.date, context.ref_low,
                           context.ref_high, std::move(context.source)}},
          {}};
}

Parsed<Fact> event(std::string item, bool present, FactContext&& context) {
  return {Fact{Event{std::move(item), present, context.date, std::move(context.source)}}, {}};
}

}  // namespace

const SourceLocation& source_of(const Fact& fact) {
  return std::visit([](const auto& f) -> const SourceLocation& { return f.source; }, fact);
}

Parsed<Fact> make_fact(const ItemInfo& info, std::string_view item_written, std::string_view unit,
                       std::string_view value, FactContext context) {
  std::string item = info.item.empty() ? std::string(item_written) : info.item;
  const std::string_view text = trim(value);
  switch (info.kind) {
    case FactKind::birth_date: {
      DateParse date = parse_iso_date(text);
      if (!date.date) return refuse("birth_date: " + date.error);
      return {Fact{BirthDateFact{*date.date, std::move(context.source)}}, {}};
    }
    case FactKind::sex: {
      const std::optional<Sex> sex = parse_sex(text);
      if (!sex) {
        return refuse("sex: expected female, male, other or unknown (or F/M), found " +
                      quote_for_message(text));
      }
      return {Fact{SexFact{*sex, std::move(context.source)}}, {}};
    }
    case FactKind::measurement: {
      Parsed<double> number = parse_number(text);
      if (!number) return refuse(item + ": " + number.error);
      return measurement(std::move(item), unit, *number.value, std::move(context));
    }
    case FactKind::event: {
      if (text.empty() && context.empty_is_yes)
        return event(std::move(item), true, std::move(context));
      const std::optional<bool> present = parse_yes_no(text);
      if (!present) {
        return refuse(item + ": expected yes or no, found " + quote_for_message(text));
      }
      return event(std::move(item), *present, std::move(context));
    }
    case FactKind::infer: {
      if (text.empty() && context.empty_is_yes)
        return event(std::move(item), true, std::move(context));
      if (Parsed<double> number = parse_number(text)) {
        return measurement(std::move(item), unit, *number.value, std::move(context));
      }
      if (const std::optional<bool> present = parse_yes_no(text)) {
        return event(std::move(item), *present, std::move(context));
      }
      return refuse(item + ": " + parse_number(text).error + " (or yes/no)");
    }
    case FactKind::unknown: break;
  }
  return refuse("unknown item " + quote_for_message(item_written));
}

std::optional<RowError> add_fact(PatientRecord& record, Fact&& fact) {
  struct Adder {
    PatientRecord& record;
    std::optional<RowError> operator()(Observation&& o) {
      record.observations.push_back(std::move(o));
      return std::nullopt;
    }
    std::optional<RowError> operator()(Event&& e) {
      record.events.push_back(std::move(e));
      return std::nullopt;
    }
    std::optional<RowError> operator()(BirthDateFact&& b) {
      if (record.birth_date && *record.birth_date != b.date) {
        return RowError{b.source.file.str(), b.source.line,
                        "birth_date " + to_iso_string(b.date) + " contradicts " +
                            to_iso_string(*record.birth_date) + " at " +
                            to_string(record.birth_date_source)};
      }
      if (!record.birth_date) {
        record.birth_date = b.date;
        record.birth_date_source = std::move(b.source);
      }
      return std::nullopt;
    }
    std::optional<RowError> operator()(SexFact&& s) {
      if (record.sex && *record.sex != s.sex) {
        return RowError{s.source.file.str(), s.source.line,
                        "sex " + std::string(to_string(s.sex)) + " contradicts " +
                            std::string(to_string(*record.sex)) + " at " +
                            to_string(record.sex_source)};
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
  for (const std::string& field : header.fields) {
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

bool is_blank(const CsvRecord& row) {
  if (!row.error.empty()) return false;
  for (const std::string& field : row.fields) {
    if (!trim(field).empty()) return false;
  }
  return true;
}

}  // namespace eligo
