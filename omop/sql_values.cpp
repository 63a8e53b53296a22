// The person's values as SQL columns; see sql_values.hpp.
#include "omop/sql_values.hpp"

#include <cmath>

#include "core/units.hpp"

namespace eligo::omop {
namespace {

using engine::Derivation;
using engine::Input;

// The inputs of each formula, as derive() reads them (engine/derived.cpp).
std::vector<Input> inputs_of(Derivation derivation) {
  switch (derivation) {
    case Derivation::corrected_calcium: return {Input::calcium, Input::albumin};
    case Derivation::creatinine_clearance:
      return {Input::birth_date, Input::weight, Input::sex, Input::creatinine};
    case Derivation::egfr_ckd_epi_2021:
    case Derivation::egfr_mdrd: return {Input::creatinine, Input::birth_date, Input::sex};
    default: return {};
  }
}

std::string column(std::string_view input) { return "in_" + std::string(input); }

// The columns of eligo_latest a measure reads (sql_setup.cpp).
constexpr const char* kLatestParts[] = {"day",         "lo",     "hi",        "bad",
                                        "implausible", "across", "range_low", "range_high"};
}  // namespace

std::string paren(const std::string& s) { return "(" + s + ")"; }

std::string sql_boolean(bool value) { return value ? "TRUE" : "FALSE"; }

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

PersonValues::PersonValues(const Vocabulary& vocabulary, const SqlDialect& sql, Date as_of,
                           Date window_start)
    : vocabulary_(vocabulary), sql_(sql), as_of_(as_of), window_start_(window_start) {
  base_.push_back(SqlColumn{"p_sex", "p.sex"});
  base_.push_back(SqlColumn{"p_age", "p.age"});
}

std::string PersonValues::measure_columns(const VocabularyEntry& entry) {
  const std::string m = "m_" + entry.id;
  if (!measures_.insert(entry.id).second) return m;
  latest_items_.push_back(entry.id);
  for (const char* part : kLatestParts)
    base_.push_back(SqlColumn{m + "_" + part, "lv." + m + "_" + part});
  // Fresh: a latest value (on or before the reference date) within the window, when the
  // item is windowed. Same: the values of that date agree (compare_values; the looser
  // tolerance of published factors when one crossed mass and molar concentration).
  const std::string fresh = entry.windowed ? "(" + m + "_day IS NOT NULL AND " + m +
                                                 "_day >= " + sql_.date(window_start_) + ")"
                                           : "(" + m + "_day IS NOT NULL)";
  const std::string same =
      "(" + m + "_lo = " + m + "_hi OR ABS(" + m + "_hi - " + m + "_lo) <= CASE WHEN " + m +
      "_across = 1 THEN 5e-4 ELSE 1e-9 END * GREATEST(ABS(" + m + "_lo), ABS(" + m + "_hi)))";
  const std::string conflict = "(" + fresh + " AND " + m + "_lo IS NOT NULL AND NOT " + same + ")";
  states_.push_back(SqlColumn{m + "_fresh", fresh});
  states_.push_back(SqlColumn{m + "_conf", conflict});
  states_.push_back(SqlColumn{
      m + "_implo", "(" + fresh + " AND NOT " + conflict + " AND " + m + "_implausible > 0)"});
  states_.push_back(SqlColumn{m + "_badu", "(" + fresh + " AND NOT " + conflict + " AND " + m +
                                               "_implausible = 0 AND " + m + "_bad > 0)"});
  states_.push_back(SqlColumn{
      m + "_val", "CASE WHEN " + fresh + " AND " + m + "_lo IS NOT NULL AND " + same + " AND " + m +
                      "_implausible = 0 AND " + m + "_bad = 0 THEN " + m + "_hi END"});
  return m;
}

std::string PersonValues::input(Input which) {
  const std::string name = column(engine::to_string(which));
  if (!inputs_.insert(name).second) return name;
  if (which == Input::birth_date) {  // adult formulas: 18 to 120 years
    states_.push_back(SqlColumn{name, "CASE WHEN p_age >= 18 AND p_age <= 120 THEN p_age END"});
    return name;
  }
  if (which == Input::sex) {
    states_.push_back(SqlColumn{name, "CASE p_sex WHEN 'female' THEN 1 WHEN 'male' THEN 0 END"});
    return name;
  }
  // A measured input: the latest within the window, usable, positive, in the formula's
  // unit (mg/dL, g/dL, kg) from the entry's canonical unit.
  const std::string id = std::string(engine::to_string(which));
  const VocabularyEntry* entry = vocabulary_.find(id);
  const std::string unit = which == Input::albumin  ? "g/dL"
                           : which == Input::weight ? "kg"
                                                    : "mg/dL";
  std::string value = "CAST(NULL AS DOUBLE PRECISION)";
  if (entry != nullptr) {
    const Result<Unit> from = parse_unit(entry->canonical_unit), to = parse_unit(unit);
    const Result<double> k = from.ok() && to.ok() ? convert(1.0, *from, *to, entry->analyte())
                                                  : Result<double>::failure("no unit");
    if (k.ok()) {
      const std::string m = measure_columns(*entry);
      const std::string usable =
          "CASE WHEN " + m + "_day IS NOT NULL" +
          (entry->windowed ? " AND " + m + "_day >= " + sql_.date(window_start_) : "") + " AND " +
          m + "_lo IS NOT NULL AND (" + m + "_lo = " + m + "_hi OR ABS(" + m + "_hi - " + m +
          "_lo) <= 1e-9 * GREATEST(ABS(" + m + "_lo), ABS(" + m + "_hi))) AND " + m +
          "_implausible = 0 AND " + m + "_bad = 0 AND " + m + "_hi > 0 THEN " + m + "_hi * " +
          sql_.number(*k) + " END";
      value = usable;
    }
  }
  states_.push_back(SqlColumn{name, value});
  return name;
}

std::string PersonValues::derivation_formula(Derivation derivation) {
  const auto in = [&](Input i) { return input(i); };
  switch (derivation) {
    case Derivation::corrected_calcium:
      return in(Input::calcium) + " + 0.8 * (4.0 - " + in(Input::albumin) + ")";
    case Derivation::creatinine_clearance:
      return "(140 - " + in(Input::birth_date) + ") * " + in(Input::weight) + " * CASE WHEN " +
             in(Input::sex) + " = 1 THEN 0.85 ELSE 1.0 END / (72 * " + in(Input::creatinine) + ")";
    case Derivation::egfr_ckd_epi_2021: {
      const std::string female = in(Input::sex) + " = 1";
      const std::string ratio =
          in(Input::creatinine) + " / CASE WHEN " + female + " THEN 0.7 ELSE 0.9 END";
      return "142 * POWER(LEAST(" + ratio + ", 1.0), CASE WHEN " + female +
             " THEN -0.241 ELSE -0.302 END) * POWER(GREATEST(" + ratio +
             ", 1.0), -1.2) * POWER(0.9938, " + in(Input::birth_date) + ") * CASE WHEN " + female +
             " THEN 1.012 ELSE 1.0 END * CASE WHEN " + in(Input::sex) +
             " IS NULL THEN NULL ELSE 1 END";
    }
    case Derivation::egfr_mdrd:
      return "175 * POWER(" + in(Input::creatinine) + ", -1.154) * POWER(" + in(Input::birth_date) +
             ", -0.203) * CASE WHEN " + in(Input::sex) + " = 1 THEN 0.742 WHEN " + in(Input::sex) +
             " = 0 THEN 1.0 END";
    default: return "NULL";
  }
}

MeasureSql PersonValues::measure(const VocabularyEntry& entry, Derivation derivation) {
  MeasureSql out;
  if (derivation == Derivation::age) {
    out.value = out.measured = "p_age";
    out.day = "CAST(NULL AS DATE)";
    out.range_low = out.range_high = "CAST(NULL AS DOUBLE PRECISION)";
    out.conflict = out.implausible = out.bad_unit = out.across = "FALSE";
    return out;
  }
  const std::string m = measure_columns(entry);
  out.measured = m + "_val";
  out.day = m + "_day";
  out.range_low = m + "_range_low";
  out.range_high = m + "_range_high";
  out.conflict = m + "_conf";
  out.implausible = m + "_implo";
  out.bad_unit = m + "_badu";
  out.across = "(" + out.measured + " IS NOT NULL AND " + m + "_across = 1)";
  const std::vector<Input> inputs = inputs_of(derivation);
  if (inputs.empty()) {
    out.value = out.measured;
    out.missing.push_back(MissingInputs{0, "NOT " + m + "_fresh"});
    return out;
  }
  out.value = m + "_value";
  if (derivations_.insert(entry.id).second) {
    // Only with every input: LEAST and GREATEST skip NULLs in SQL.
    std::string all_inputs;
    for (const Input i : inputs) all_inputs += " AND " + input(i) + " IS NOT NULL";
    derived_.push_back(SqlColumn{out.value, "CASE WHEN " + out.measured + " IS NOT NULL THEN " +
                                                out.measured + " WHEN NOT " + m + "_fresh" +
                                                all_inputs + " THEN " +
                                                derivation_formula(derivation) + " END"});
  }
  // No usable value and a derivation that lacks exactly these inputs.
  for (unsigned subset = 1; subset < (1u << inputs.size()); ++subset) {
    std::uint8_t bits = 0;
    std::string when = "NOT " + m + "_fresh";
    for (std::size_t k = 0; k < inputs.size(); ++k) {
      const bool lacking = (subset >> k) & 1u;
      if (lacking) bits |= static_cast<std::uint8_t>(inputs[k]);
      when += " AND " + input(inputs[k]) + (lacking ? " IS NULL" : " IS NOT NULL");
    }
    out.missing.push_back(MissingInputs{bits, when});
  }
  return out;
}

ThresholdSql PersonValues::threshold(const VocabularyEntry& entry, const MeasureSql& measure,
                                     const Threshold& t, const engine::PreparedUnit& unit,
                                     Derivation derivation) const {
  ThresholdSql out;
  // k x ULN needs no unit of its own: the ratio is the same in any.
  const bool needs_unit = t.ref == Reference::none || t.mode != RefMode::times;
  if (needs_unit && !unit.ok) {
    out.expressible = false;
    out.why = "a threshold unit that does not convert to the item's";
    return out;
  }
  if (derivation == Derivation::age && unit.unit.code != "years") {
    out.expressible = false;
    out.why = "an age in " + unit.unit.code + " (the SQL computes ages in years)";
    return out;
  }
  const std::string unit_across = unit.ok && unit.across ? "TRUE" : "FALSE";
  if (t.ref == Reference::none) {
    out.value = sql_.number(to_canonical(t.value, unit));
    out.across = "(" + measure.across + " OR " + unit_across + ")";
    return out;
  }
  // The limit: the measured value's own range, else the vocabulary's.
  const bool upper = t.ref == Reference::uln;
  const auto& standard = upper ? entry.ref_high : entry.ref_low;
  const std::string own = upper ? measure.range_high : measure.range_low;
  std::string limit = "CASE WHEN " + measure.measured + " IS NOT NULL AND " + own +
                      " IS NOT NULL THEN " + own + " ELSE " +
                      (standard ? sql_.number(*standard) : "NULL") + " END";
  if (unit.shift != 0 && t.mode != RefMode::times) {
    out.expressible = false;
    out.why = "a limit plus or minus a temperature";
    return out;
  }
  // A difference in the threshold's unit, in the canonical unit: the factor only.
  const double delta = unit.divide ? t.value * unit.factor : t.value / unit.factor;
  switch (t.mode) {
    case RefMode::times: out.value = sql_.number(t.value) + " * " + paren(limit); break;
    case RefMode::plus: out.value = paren(limit) + " + " + sql_.number(delta); break;
    case RefMode::minus: out.value = paren(limit) + " - " + sql_.number(delta); break;
  }
  out.value = paren(out.value);
  // k x the record's own limit compares in the record's unit: nothing crossed.
  const std::string own_used = measure.measured + " IS NOT NULL AND " + own + " IS NOT NULL";
  out.across = t.mode == RefMode::times ? "(NOT (" + own_used + ") AND " + measure.across + ")"
                                        : "(" + measure.across + " OR " + unit_across + ")";
  if (!standard) out.no_reference = measure.value + " IS NOT NULL AND " + paren(limit) + " IS NULL";
  return out;
}

EventSql PersonValues::event(const VocabularyEntry& entry) {
  if (const auto found = events_.find(entry.id); found != events_.end()) return found->second;
  EventSql out;
  std::string items = sql_.text(entry.id);
  event_items_.insert(items);
  for (const std::uint32_t d : vocabulary_.descendants(entry)) {
    items += ", " + sql_.text(vocabulary_.entries()[d].id);
    event_items_.insert(sql_.text(vocabulary_.entries()[d].id));
  }
  out.last_day = "e_" + entry.id + "_day";
  event_days_.push_back(SqlColumn{out.last_day, "item IN (" + items + ")"});
  base_.push_back(SqlColumn{out.last_day, "ev." + out.last_day});
  std::string contexts;
  for (const std::uint32_t c : vocabulary_.contexts(entry)) {
    const VocabularyEntry& context = vocabulary_.entries()[c];
    out.contexts.push_back(&context);
    contexts += (contexts.empty() ? "" : ", ") + sql_.text(context.id);
  }
  if (!contexts.empty()) {
    // The latest context on record (ROW_NUMBER, not a correlated subquery).
    const std::string k = "k_" + entry.id;
    joins_.push_back(
        "LEFT JOIN (SELECT person_id, item FROM (SELECT person_id, item, ROW_NUMBER() OVER "
        "(PARTITION BY person_id ORDER BY day DESC, item DESC) AS rn FROM eligo_event WHERE item "
        "IN (" +
        contexts + ")) z WHERE rn = 1) " + k + " ON " + k + ".person_id = p.person_id");
    out.context_item = k + "_item";
    base_.push_back(SqlColumn{out.context_item, k + ".item"});
  }
  events_.emplace(entry.id, out);
  return out;
}

std::string PersonValues::latest_event(const VocabularyEntry& entry) {
  const std::string t = "t_" + entry.id + "_day";
  if (latest_events_.insert(entry.id).second) {
    event_days_.push_back(SqlColumn{t, "item = " + sql_.text(entry.id)});
    event_items_.insert(sql_.text(entry.id));
    base_.push_back(SqlColumn{t, "ev." + t});
  }
  return t;
}

void PersonValues::add_join(std::string join, std::vector<SqlColumn> columns) {
  joins_.push_back(std::move(join));
  for (SqlColumn& c : columns) base_.push_back(std::move(c));
}

std::string PersonValues::with_day(const std::string& text, const std::string& day) const {
  const std::string marker = to_iso_string(kMarkerDay);
  const auto at = text.find(marker);
  if (at == std::string::npos) return sql_.text(text);
  return sql_.text(text.substr(0, at)) + " || CAST(" + day + " AS VARCHAR) || " +
         sql_.text(text.substr(at + marker.size()));
}

// One join per setup table, its items as columns (MAX over a CASE: a person has one
// latest row per item), rather than one join per item: PostgreSQL plans some thirty
// joins of a trial badly (nested loops over the whole table), and one pass is less work
// on any engine.
std::string PersonValues::from() const {
  std::string out = "FROM eligo_person p";
  if (!latest_items_.empty()) {
    std::vector<std::string> columns, items;
    for (const std::string& id : latest_items_) {
      items.push_back(sql_.text(id));
      for (const char* part : kLatestParts) {
        columns.push_back("MAX(CASE WHEN item = " + sql_.text(id) + " THEN " + part +
                          " END) AS m_" + id + "_" + part);
      }
    }
    out += "\n  LEFT JOIN (SELECT person_id, " + join(columns, ", ") +
           " FROM eligo_latest WHERE item IN (" + join(items, ", ") +
           ") GROUP BY person_id) lv ON lv.person_id = p.person_id";
  }
  if (!event_days_.empty()) {
    std::vector<std::string> columns;
    for (const SqlColumn& day : event_days_) {
      columns.push_back("MAX(CASE WHEN " + day.expr + " THEN day END) AS " + day.name);
    }
    out += "\n  LEFT JOIN (SELECT person_id, " + join(columns, ", ") +
           " FROM eligo_event WHERE item IN (" +
           join({event_items_.begin(), event_items_.end()}, ", ") +
           ") GROUP BY person_id) ev ON ev.person_id = p.person_id";
  }
  for (const std::string& j : joins_) out += "\n  " + j;
  return out;
}

std::string compare(const std::string& a, Op op, const std::string& b, const std::string& across) {
  const std::string tolerance =
      across == "FALSE" ? "1e-9" : "CASE WHEN " + across + " THEN 5e-4 ELSE 1e-9 END";
  const std::string equal =
      "ABS(" + a + " - " + b + ") <= " + tolerance + " * GREATEST(ABS(" + a + "), ABS(" + b + "))";
  switch (op) {
    case Op::eq: return "(" + equal + ")";
    case Op::ne: return "(NOT " + equal + ")";
    case Op::ge: return "(" + a + " >= " + b + " OR " + equal + ")";
    case Op::gt: return "(" + a + " > " + b + " AND NOT " + equal + ")";
    case Op::le: return "(" + a + " <= " + b + " OR " + equal + ")";
    case Op::lt: return "(" + a + " < " + b + " AND NOT " + equal + ")";
  }
  return "NULL";
}

double to_canonical(double value, const engine::PreparedUnit& unit) {
  const double u = value - unit.shift;
  return unit.divide ? u * unit.factor : u / unit.factor;
}

}  // namespace eligo::omop
