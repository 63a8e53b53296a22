// Building the per-patient index: item names resolve to vocabulary entries through a
// per-view cache (canonical ids first, then LOINC codes and synonyms); facts are sorted
// by (entry, date, order read) and each entry's range is recorded under the view's
// generation stamp, so nothing is cleared between patients. Unit spellings are parsed
// once per view, and each value is converted once into its entry's canonical unit.
#include "engine/patient_view.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>

#include "core/text.hpp"

namespace eligo::engine {
namespace {

// Bounds on the per-view caches, so a file with millions of distinct spellings cannot
// grow them without limit; past the bound, answers are computed per patient.
constexpr std::size_t kMaxCachedItems = 4096;
constexpr std::size_t kMaxCachedUnits = 1024;
// Values converted between mass and molar concentration are equal within this relative
// tolerance (the precision of published conversion factors); see evaluate_measure.cpp.
constexpr double kSameDayAcrossTolerance = 5e-4;

bool starts_with_loinc(std::string_view item) {
  return item.size() >= 5 && iequals(item.substr(0, 5), "loinc");
}

constexpr std::size_t kSlots = 256;  // a power of two

std::uint32_t day_key(Day day) {
  return static_cast<std::uint32_t>(static_cast<std::int64_t>(day) - kNoDate);
}
Day day_of(std::uint32_t key) { return static_cast<Day>(static_cast<std::int64_t>(key) + kNoDate); }

}  // namespace

Day to_day(Date date) {
  return static_cast<Day>(std::chrono::sys_days(date).time_since_epoch().count());
}

Date to_date(Day day) { return Date(std::chrono::sys_days(std::chrono::days(day))); }

namespace {

// The largest plausible value of a dimension in its base unit (units.cpp); none: no bound.
std::optional<double> base_limit(Dimension dimension) {
  switch (dimension) {
    case Dimension::count: return std::nullopt;
    case Dimension::fraction: return 100;
    case Dimension::number_concentration: return 1e14;     // per litre
    case Dimension::mass_concentration: return 2e12;       // ng/L: 2 kg/L
    case Dimension::molar_concentration: return 1e10;      // nmol/L: 10 mol/L
    case Dimension::catalytic_concentration: return 1e6;   // U/L
    case Dimension::mass_rate: return 1e6;                 // mg/24h: 1 kg a day
    case Dimension::volume_rate: return 1e4;               // mL/min
    case Dimension::normalized_volume_rate: return 1e4;    // mL/min/1.73m2
    case Dimension::time: return 200 * 365.25 * 86400e3;   // ms: 200 years
    case Dimension::length: return 1e4;                    // mm: 10 m
    case Dimension::mass: return 1e6;                      // g: 1000 kg
    case Dimension::pressure: return 1e4;                  // mmHg
    case Dimension::temperature: return 1e4;               // any scale (of the value itself)
    case Dimension::frequency: return 1e4;                 // /min
    case Dimension::area: return 100;                      // m2
    case Dimension::mass_per_area: return 1e3;             // kg/m2
    case Dimension::volume: return 1e6;                    // mL: 1000 L
    case Dimension::creatinine_ratio: return 1e7;          // mg/g
    case Dimension::arbitrary_concentration: return 1e18;  // mIU/L: viral loads
    case Dimension::equivalent_concentration: return 1e4;  // mEq/L
    case Dimension::osmolality: return 1e4;                // mOsm/kg
    case Dimension::velocity: return 1e4;                  // mm/h
    case Dimension::volume_rate_per_kg: return 1e3;        // mL/kg/h
  }
  return std::nullopt;
}

}  // namespace

std::optional<double> plausible_limit(const Unit& unit) {
  const std::optional<double> limit = base_limit(unit.dimension);
  if (!limit || unit.dimension == Dimension::temperature) return limit;
  return *limit / unit.to_base;
}

bool plausible(double value, const Unit& unit) {
  if (!std::isfinite(value) || value < 0) return false;
  const std::optional<double> limit = base_limit(unit.dimension);
  if (!limit) return true;
  // Temperatures are bounded on the value itself, any scale; the rest in the base unit.
  return unit.dimension == Dimension::temperature ? value <= *limit
                                                  : value * unit.to_base <= *limit;
}

bool plausible(double value, const Unit& canonical, const VocabularyEntry& entry) {
  // A percentage of predicted or of normal (FEV1 % predicted, factor VIII activity) may
  // pass 100: the entry's own bound decides, not the dimension's.
  const bool of_reference = canonical.dimension == Dimension::fraction && entry.plausible_high &&
                            *entry.plausible_high > 100;
  if (of_reference ? !(std::isfinite(value) && value >= 0) : !plausible(value, canonical)) {
    return false;
  }
  if (entry.plausible_low && compare_values(value, *entry.plausible_low) < 0) return false;
  return !entry.plausible_high || compare_values(value, *entry.plausible_high) <= 0;
}

PatientView::PatientView(const Vocabulary& vocabulary)
    : vocabulary_(vocabulary),
      none_(static_cast<std::uint32_t>(vocabulary.entries().size())),
      ids_trusted_(&vocabulary == &Vocabulary::builtin()) {
  const auto& entries = vocabulary_.entries();
  items_.reserve(entries.size() * 2);
  canonical_units_.reserve(entries.size());
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    items_.emplace(entries[i].id, i);
    Result<Unit> unit = parse_unit(entries[i].canonical_unit);
    canonical_unit_ok_.push_back(unit.ok());
    canonical_units_.push_back(unit.ok() ? *unit : no_unit());
  }
  groups_.resize(entries.size());
  memo_.resize(entries.size());
  slots_.resize(kSlots);
  unit_results_.reserve(unit_count());
  for (std::size_t u = 0; u < unit_count(); ++u) {
    unit_results_.emplace_back(unit_by_id(static_cast<UnitId>(u)));
  }
}

PatientView::PatientView(const Vocabulary& vocabulary, const patients::PatientRecord& record)
    : PatientView(vocabulary) {
  assign(record);
}

std::uint32_t PatientView::resolve_item(std::string_view item) {
  if (const auto it = items_.find(item); it != items_.end()) return it->second;
  const VocabularyEntry* entry =
      starts_with_loinc(item) ? vocabulary_.find_loinc(item) : vocabulary_.find(item);
  if (entry == nullptr) entry = vocabulary_.find_name(item);
  if (entry == nullptr && !item.empty() && std::isdigit(static_cast<unsigned char>(item[0]))) {
    entry = vocabulary_.find_loinc(item);
  }
  const std::uint32_t index = entry == nullptr ? none_ : entry_index(*entry);
  if (items_.size() < kMaxCachedItems) items_.emplace(std::string(item), index);
  return index;
}

Conversion conversion_to(const Unit& from, const Unit& to, const VocabularyEntry& entry) {
  Conversion c;
  c.ok = true;
  if (from.code == to.code) return c;
  if (from.offset != 0 || to.offset != 0) {  // temperatures: value x factor + shift
    const Result<double> zero = convert(0.0, from, to, {});
    const Result<double> one = convert(1.0, from, to, {});
    c.ok = zero.ok() && one.ok();
    if (c.ok) {
      c.factor = *one - *zero;
      c.shift = *zero;
    }
    return c;
  }
  if (from.dimension == to.dimension) {
    // Exact for whole ratios, as convert() is: x 1000, / 10.
    const double ratio = from.to_base / to.to_base;
    const double whole = std::round(ratio), inverse = std::round(1 / ratio);
    if (ratio >= 1 && std::abs(ratio - whole) <= 1e-12 * ratio) {
      c.factor = whole;
    } else if (ratio < 1 && std::abs(1 / ratio - inverse) <= 1e-12 / ratio) {
      c.factor = inverse;
      c.divide = true;
    } else {
      c.factor = ratio;
    }
    return c;
  }
  const Result<double> one = convert(1.0, from, to, entry.analyte());
  if (!one || !std::isfinite(*one) || *one <= 0) {
    c.ok = false;
    return c;
  }
  c.factor = *one;
  c.across = true;
  return c;
}

PatientView::Resolution PatientView::compute_resolution(std::uint32_t entry,
                                                        const Result<Unit>* unit) {
  Resolution r;
  r.entry = entry;
  r.unit = unit;
  if (r.entry == none_ || !r.unit->ok() || !canonical_unit_ok_[r.entry]) return r;
  r.conversion = conversion_to(**r.unit, canonical_units_[r.entry], vocabulary_.entries()[r.entry]);
  return r;
}

const PatientView::Resolution& PatientView::resolve(std::string_view item,
                                                    std::string_view unit_text) {
  Slot& slot = slots_[(quick_hash(item) * 31 + quick_hash(unit_text)) & (kSlots - 1)];
  if (slot.resolution != nullptr && slot.item == item && slot.unit == unit_text) {
    return *slot.resolution;
  }
  key_.assign(item);
  key_ += '\x1f';
  key_ += unit_text;
  const Resolution* found = nullptr;
  if (const auto it = resolutions_.find(key_); it != resolutions_.end()) {
    found = &it->second;
  } else {
    const std::uint32_t entry = resolve_item(item);
    const Resolution r = compute_resolution(entry, &unit(unit_text));
    // A unit past the unit cache's bound lives only for this patient: so must r.
    const bool lasting = units_.find(unit_text) != units_.end();
    if (!lasting || resolutions_.size() >= kMaxCachedItems) {
      return overflow_resolutions_.emplace_back(r);
    }
    found = &resolutions_.emplace(key_, r).first->second;
  }
  slot.item.assign(item);
  slot.unit.assign(unit_text);
  slot.resolution = found;
  return *found;
}

const PatientView::Resolution& PatientView::resolve(FactIds ids) {
  const std::size_t units = unit_results_.size();
  if (by_ids_.empty()) by_ids_.assign(static_cast<std::size_t>(none_) * units, -1);
  const std::size_t key = eligo::index_of(ids.item) * units + eligo::index_of(ids.unit);
  if (by_ids_[key] < 0) {
    by_ids_[key] = static_cast<std::int32_t>(id_resolutions_.size());
    id_resolutions_.push_back(
        compute_resolution(eligo::index_of(ids.item), &unit_results_[eligo::index_of(ids.unit)]));
  }
  return id_resolutions_[static_cast<std::size_t>(by_ids_[key])];
}

const Result<Unit>& PatientView::unit(std::string_view written) {
  if (const auto it = units_.find(written); it != units_.end()) return it->second;
  if (units_.size() < kMaxCachedUnits) {
    return units_.emplace(std::string(written), parse_unit(written)).first->second;
  }
  return overflow_units_.emplace_back(parse_unit(written));
}

void PatientView::assign(const patients::PatientRecord& record) {
  record_ = &record;
  overflow_units_.clear();
  overflow_resolutions_.clear();
  unindexed_ = 0;
  if (++generation_ == 0) {  // wrapped: forget every stamp
    for (Group& g : groups_) g.stamp = 0;
    for (Memo& m : memo_) m.stamp = 0;
    generation_ = 1;
  }
  const auto& entries = vocabulary_.entries();
  refused_.clear();
  for (const patients::RefusedRow& r : record.refused) {
    const std::uint32_t entry = ids_trusted_ && r.ids.item != ItemId::none
                                    ? eligo::index_of(r.ids.item)
                                : r.item.empty() ? none_
                                                 : resolve_item(r.item);
    const bool kept =
        std::any_of(record.observations.begin(), record.observations.end(),
                    [&](const patients::Observation& o) { return o.source == r.source; });
    refused_.push_back(Refused{entry, r.date ? to_day(*r.date) : kNoDate, kept});
  }

  // Observations: sorted by entry, date, order read.
  keys_.clear();
  resolved_.clear();
  for (std::uint32_t i = 0; i < record.observations.size(); ++i) {
    const patients::Observation& o = record.observations[i];
    // Ids only from a resolver over this view's vocabulary (the engine's record resolver).
    const bool by_ids = ids_trusted_ && o.ids.item != ItemId::none && o.ids.unit != UnitId::none;
    const Resolution& r = by_ids ? resolve(o.ids) : resolve(o.item, o.unit);
    resolved_.push_back(&r);
    keys_.push_back(Key{r.entry, o.date ? day_key(to_day(*o.date)) : 0, i});
  }
  auto by_key = [](const Key& a, const Key& b) {
    return a.entry != b.entry ? a.entry < b.entry
           : a.day != b.day   ? a.day < b.day
                              : a.index < b.index;
  };
  std::sort(keys_.begin(), keys_.end(), by_key);
  observations_.resize(keys_.size());
  for (std::uint32_t k = 0; k < keys_.size(); ++k) {
    const Key& key = keys_[k];
    const patients::Observation& o = record.observations[key.index];
    const Resolution& r = *resolved_[key.index];
    ObservationFact& f = observations_[k];
    f.observation = &o;
    f.day = day_of(key.day);
    f.unit = r.unit;
    f.canonical = r.conversion.apply(o.value);
    f.canonical_ok = r.conversion.ok && std::isfinite(f.canonical);
    f.across = r.conversion.across;
    if (key.entry == none_) {
      f.entry = nullptr;
      f.plausible = true;
      ++unindexed_;
      continue;
    }
    f.entry = &entries[key.entry];
    // A value too large to convert (1e308) is implausible, not a unit problem.
    f.plausible = !r.conversion.ok ||
                  (f.canonical_ok && plausible(f.canonical, canonical_units_[key.entry], *f.entry));
    Group& g = groups_[key.entry];
    if (g.stamp != generation_) g = Group{generation_, k, k, 0, 0};
    g.end = k + 1;
  }

  // Events, the same way.
  keys_.clear();
  for (std::uint32_t i = 0; i < record.events.size(); ++i) {
    const patients::Event& e = record.events[i];
    const std::uint32_t entry = ids_trusted_ && e.ids.item != ItemId::none
                                    ? eligo::index_of(e.ids.item)
                                    : resolve(e.item, {}).entry;
    keys_.push_back(Key{entry, e.date ? day_key(to_day(*e.date)) : 0, i});
  }
  std::sort(keys_.begin(), keys_.end(), by_key);
  events_.resize(keys_.size());
  for (std::uint32_t k = 0; k < keys_.size(); ++k) {
    const Key& key = keys_[k];
    const patients::Event& e = record.events[key.index];
    EventFact& f = events_[k];
    f.event = &e;
    f.day = day_of(key.day);
    if (key.entry == none_) {
      f.entry = nullptr;
      ++unindexed_;
      continue;
    }
    f.entry = &entries[key.entry];
    Group& g = groups_[key.entry];
    if (g.stamp != generation_) g = Group{generation_, 0, 0, k, k};
    if (g.event_begin == g.event_end) g.event_begin = k;
    g.event_end = k + 1;
  }
}

std::span<const ObservationFact> PatientView::observations(const VocabularyEntry& entry) const {
  const std::uint32_t e = entry_index(entry);
  if (record_ == nullptr || e >= none_ || groups_[e].stamp != generation_) return {};
  const Group& g = groups_[e];
  return {observations_.data() + g.begin, observations_.data() + g.end};
}

std::span<const EventFact> PatientView::events(const VocabularyEntry& entry) const {
  const std::uint32_t e = entry_index(entry);
  if (record_ == nullptr || e >= none_ || groups_[e].stamp != generation_) return {};
  const Group& g = groups_[e];
  return {events_.data() + g.event_begin, events_.data() + g.event_end};
}

bool PatientView::same_value(const ObservationFact& a, const ObservationFact& b) const {
  if (a.canonical_ok && b.canonical_ok) {
    const double x = a.canonical, y = b.canonical;
    if ((a.across || b.across) &&
        std::abs(x - y) <= kSameDayAcrossTolerance * std::max(std::abs(x), std::abs(y))) {
      return true;
    }
    return compare_values(x, y) == 0;
  }
  return a.observation->unit == b.observation->unit && compare_values(a.value(), b.value()) == 0;
}

Lookup PatientView::latest(const VocabularyEntry& entry, Day as_of, Day window_start) const {
  const std::uint32_t e = entry_index(entry);
  if (e >= none_) return {};
  Memo& m = memo_[e];
  if (m.stamp == generation_ && m.as_of == as_of && m.window_start == window_start) {
    return m.lookup;
  }
  m = Memo{generation_, as_of, window_start, find_latest(entry, as_of, window_start)};
  return m.lookup;
}

Lookup PatientView::find_latest(const VocabularyEntry& entry, Day as_of, Day window_start) const {
  const std::span<const ObservationFact> facts = observations(entry);
  if (facts.empty()) return {};
  auto i = static_cast<std::ptrdiff_t>(facts.size()) - 1;
  while (i >= 0 && facts[i].day != kNoDate && facts[i].day > as_of) --i;
  if (i < 0) return {LookupStatus::future_only, -1, -1};
  const ObservationFact& last = facts[i];
  const std::int32_t index = index_of(last);
  const bool windowed = window_start != kNoDate;
  if (last.day == kNoDate && windowed) return {LookupStatus::undated, index, -1};
  if (windowed && last.day < window_start) return {LookupStatus::stale, index, -1};
  // Same day (or, without a window and without dated values, every undated value).
  for (auto j = i - 1; j >= 0 && facts[j].day == last.day; --j) {
    if (!same_value(last, facts[j])) return {LookupStatus::conflict, index, index_of(facts[j])};
  }
  return {LookupStatus::found, index, -1};
}

std::int32_t PatientView::refused_naming(const VocabularyEntry& entry, Day not_before,
                                         bool unkept) const {
  const std::uint32_t e = entry_index(entry);
  for (std::size_t i = 0; i < refused_.size(); ++i) {
    const Refused& r = refused_[i];
    if (unkept && r.kept) continue;
    if (r.entry == e && (r.day == kNoDate || not_before == kNoDate || r.day >= not_before)) {
      return static_cast<std::int32_t>(i);
    }
  }
  return -1;
}

bool PatientView::incomplete(ItemKind kind) const {
  const auto& kinds = record_->incomplete;
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

std::int32_t PatientView::refused_unreadable() const {
  for (std::size_t i = 0; i < refused_.size(); ++i) {
    if (refused_[i].entry == none_) return static_cast<std::int32_t>(i);
  }
  return -1;
}

}  // namespace eligo::engine
