// The long format's header and rows; see long_format.hpp.
#include "patients/long_format.hpp"

#include <utility>

#include "core/text.hpp"

namespace eligo::patients {
namespace {

// Distinct (item, unit) answers kept; beyond this (garbage input) the resolver is asked
// every time.
constexpr std::size_t kCacheEntries = 4096;
// Longer (item, unit) pairs are not cached at all: a cache of hostile 1 MiB cells would
// hold gigabytes.
constexpr std::size_t kMaxCachedBytes = 256;

// An optional number cell: empty is no value.
Parsed<std::optional<double>> optional_number(const CsvRecord& row,
                                              const std::optional<std::size_t>& column,
                                              std::string_view name) {
  if (!column || trim(row.fields[*column]).empty()) return {std::optional<double>{}, {}};
  Parsed<double> number = parse_number(row.fields[*column]);
  if (!number) return {std::nullopt, std::string(name) + ": " + number.error};
  return {std::optional<double>{*number.value}, {}};
}

}  // namespace

Parsed<LongFormat> LongFormat::from_header(const CsvRecord& header, ItemResolver resolver) {
  const std::vector<std::string> names = header_names(header);
  LongFormat format;
  format.columns_ = names.size();
  format.resolver_ = std::move(resolver);
  struct Wanted {
    std::string_view name;
    std::optional<std::size_t>* column;
    bool required;
  };
  std::optional<std::size_t> patient_id, item, value;
  const Wanted wanted[] = {
      {"patient_id", &patient_id, true},
      {"item", &item, true},
      {"value", &value, true},
      {"unit", &format.unit_, false},
      {"date", &format.date_, false},
      {"ref_low", &format.ref_low_, false},
      {"ref_high", &format.ref_high_, false},
  };
  for (const Wanted& w : wanted) {
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (names[i] != w.name) continue;
      if (*w.column) {
        return {std::nullopt, "column " + std::string(w.name) + " appears twice in the header"};
      }
      *w.column = i;
    }
    if (w.required && !*w.column) {
      return {std::nullopt, "the header has no " + std::string(w.name) +
                                " column (the long format needs patient_id, item, value)"};
    }
  }
  format.patient_id_ = *patient_id;
  format.item_ = *item;
  format.value_ = *value;
  return {std::move(format), {}};
}

const LongFormat::Cells& LongFormat::cells(std::string_view raw_item, std::string_view raw_unit) {
  const bool cacheable = raw_item.size() + raw_unit.size() <= kMaxCachedBytes;
  Cells& slot = cacheable
                    ? slots_[(quick_hash(raw_item) * 31 + quick_hash(raw_unit)) & (kSlots - 1)]
                    : uncached_cells_;
  if (cacheable && slot.filled && slot.raw_item == raw_item && slot.raw_unit == raw_unit) {
    return slot;
  }
  slot.raw_item.assign(raw_item);
  slot.raw_unit.assign(raw_unit);
  slot.problem = {};
  slot.info = ItemInfo{};
  slot.filled = true;
  slot.unit.clear();
  if (!clean_text_into(raw_item, slot.item)) {
    slot.problem = "item contains control characters or binary data";
  } else if (slot.item.empty()) {
    slot.problem = "empty item";
  } else if (unit_ && !clean_text_into(raw_unit, slot.unit)) {
    slot.problem = "unit contains control characters or binary data";
  } else {
    slot.info = resolve(slot.item, slot.unit);
  }
  return slot;
}

const ItemInfo& LongFormat::resolve(const std::string& item, const std::string& unit) {
  std::string& key = key_;  // reused: no allocation per row
  key.assign(item);
  key.push_back('\0');
  key += unit;
  if (const auto found = cache_.find(key); found != cache_.end()) return found->second;
  ItemInfo info = resolver_ ? resolver_(item, unit) : default_resolver(item, unit);
  if (cache_.size() >= kCacheEntries || key.size() > kMaxCachedBytes) {
    uncached_ = std::move(info);
    return uncached_;
  }
  return cache_.emplace(key, std::move(info)).first->second;
}

void LongFormat::read_row(const CsvRecord& row, const SourceName& source, RowReading& out) {
  out.clear();
  // The item and date as far as they were read when the row is refused.
  std::string_view refused_item;
  std::optional<Date> refused_date;
  const auto refuse = [&](std::string reason) {
    out.errors.push_back(row_diagnostic(source.str(), row.line, std::move(reason)));
    out.refused.push_back(
        RefusedRow{std::string(refused_item), refused_date, SourceLocation{source, row.line}});
  };
  // Rows come grouped by patient: the id of the row before is cleaned already.
  if (row.fields.size() == columns_ && !last_id_.empty() &&
      row.fields[patient_id_] == last_raw_id_) {
    out.patient_id = last_id_;
  } else {
    Parsed<std::string> id = read_patient_id(row, patient_id_, columns_);
    if (!id) return refuse(std::move(id.error));
    last_raw_id_ = row.fields[patient_id_];
    last_id_ = *id.value;
    out.patient_id = std::move(id.value);
  }

  const Cells& cell = cells(row.fields[item_], unit_ ? std::string_view(row.fields[*unit_]) : "");
  if (!cell.problem.empty()) return refuse(std::string(cell.problem));
  const std::string& item = cell.item;
  const std::string& unit = cell.unit;
  const ItemInfo& info = cell.info;
  if (info.kind == FactKind::unknown) {
    return refuse(info.error.empty() ? "unknown item " + quote_for_message(item) : info.error);
  }
  refused_item = info.item.empty() ? std::string_view(item) : std::string_view(info.item);
  if (!info.error.empty()) return refuse(info.error);

  FactContext context;
  context.empty_is_yes = true;
  context.source = SourceLocation{source, row.line};
  if (date_ && !trim(row.fields[*date_]).empty()) {
    const Result<Date> date = parse_iso_date(row.fields[*date_]);
    if (!date) return refuse("date: " + date.error());
    context.date = *date;
    refused_date = *date;
  }
  Parsed<std::optional<double>> low = optional_number(row, ref_low_, "ref_low");
  if (!low) return refuse(std::move(low.error));
  Parsed<std::optional<double>> high = optional_number(row, ref_high_, "ref_high");
  if (!high) return refuse(std::move(high.error));
  context.ref_low = *low.value;
  context.ref_high = *high.value;

  const std::size_t before = out.facts.size();
  std::string error =
      make_fact(info, item, unit, row.fields[value_], std::move(context), out.facts);
  if (!error.empty()) {
    out.implausible += out.facts.size() - before;  // an implausible value, kept to be named
    return refuse(std::move(error));
  }
}

}  // namespace eligo::patients
