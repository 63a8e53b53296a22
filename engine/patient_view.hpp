// The evaluator's index of one patient record, built once per patient and reused for
// every trial: observations and events grouped by vocabulary item and sorted by date,
// dates as day numbers, units parsed once (a per-view cache keyed by the unit as
// written) and each value also converted once into its item's canonical unit. A view
// is meant to live long: construct one per thread and assign() each patient to it, so
// its buffers and caches are reused. It points into the record it indexes; the record
// must outlive its use. A view memoizes look-ups, so it must not be shared between
// threads. Nothing here decides a criterion.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.hpp"
#include "core/units.hpp"
#include "core/vocabulary.hpp"
#include "patients/record.hpp"

namespace eligo::engine {

// A calendar day as a count of days since 1970-01-01; kNoDate for an undated fact.
using Day = std::int32_t;
inline constexpr Day kNoDate = std::numeric_limits<Day>::min();

Day to_day(Date date);
Date to_date(Day day);

// Whether `value` in `unit` can be a measured quantity at all: not negative (every
// vocabulary measure is a non-negative quantity), a percentage at most 100, and within a
// generous bound per dimension that only absurd values exceed (10^14 cells/L, 2 kg/L,
// 10 mol/L, 10^6 U/L, 1 kg/24 h, 10^4 mL/min, 200 years, 10 m, 1000 kg). Plain numbers
// (scores, ratios, counts) have no upper bound.
bool plausible(double value, const Unit& unit);
// The largest value plausible() accepts in `unit`; none: no upper bound.
std::optional<double> plausible_limit(const Unit& unit);
// The same for `value` in the entry's canonical unit `canonical`, and within the entry's
// own plausible range (vocabulary.hpp) where it has one; a value on a bound is plausible.
// A percentage whose entry allows more than 100 (of predicted, of normal) may pass 100.
bool plausible(double value, const Unit& canonical, const VocabularyEntry& entry);

// How a value in `from` becomes one in `to` (an entry's canonical unit): exact for
// whole ratios (x 1000, / 10, as convert() is), affine for temperatures, through the
// entry's molar mass between mass and molar concentration. Not ok: no conversion. The
// view converts each observation with it, and the SQL compiler writes its table of it.
struct Conversion {
  bool ok = false;
  bool divide = false;  // value / factor (else value x factor)
  bool across = false;  // between mass and molar concentration
  double factor = 1;
  double shift = 0;  // added after the factor: affine units (temperatures)

  double apply(double value) const { return (divide ? value / factor : value * factor) + shift; }
};
Conversion conversion_to(const Unit& from, const Unit& to, const VocabularyEntry& entry);

// An observation as the evaluator reads it.
struct ObservationFact {
  const patients::Observation* observation = nullptr;
  const VocabularyEntry* entry = nullptr;  // null: the vocabulary does not know the item
  Day day = kNoDate;
  const Result<Unit>* unit = nullptr;  // the parsed unit, or why it did not parse
  double canonical = 0;                // the value in the entry's canonical unit, when canonical_ok
  bool canonical_ok = false;           // the unit parsed and converts to the canonical unit
  bool across = false;                 // that conversion went between mass and molar concentration
  bool plausible = true;               // see plausible(): false for a negative or absurd value

  double value() const { return observation->value; }
  bool unit_ok() const { return unit != nullptr && unit->ok(); }
};

struct EventFact {
  const patients::Event* event = nullptr;
  const VocabularyEntry* entry = nullptr;
  Day day = kNoDate;
};

// What the latest value of an item within a window is.
enum class LookupStatus : std::uint8_t {
  found,        // `fact` is the value to use
  absent,       // no observation of the item
  future_only,  // observations only after the reference date (ignored)
  stale,        // the latest on or before the reference date (`fact`) is older than the window
  undated,      // the latest (`fact`) has no date and the item is windowed
  conflict,     // `fact` and `fact2` share the latest date and disagree
};

struct Lookup {
  LookupStatus status = LookupStatus::absent;
  std::int32_t fact = -1;   // index for PatientView::observation()
  std::int32_t fact2 = -1;  // the other value of a conflict
};

class PatientView {
 public:
  // An empty view; assign() a record before use.
  explicit PatientView(const Vocabulary& vocabulary);
  PatientView(const Vocabulary& vocabulary, const patients::PatientRecord& record);
  // Not copyable: facts point into the view's own unit cache.
  PatientView(const PatientView&) = delete;
  PatientView& operator=(const PatientView&) = delete;

  // Indexes `record`, replacing the previous patient; reuses memory.
  void assign(const patients::PatientRecord& record);

  const patients::PatientRecord& record() const { return *record_; }
  // The record says its list of `kind` facts may be incomplete.
  bool incomplete(ItemKind kind) const;
  const Vocabulary& vocabulary() const { return vocabulary_; }

  // Observations / events of an item, by date ascending (undated first, then same-day
  // facts in the order read). Items the vocabulary does not know are not indexed.
  std::span<const ObservationFact> observations(const VocabularyEntry& entry) const;
  std::span<const EventFact> events(const VocabularyEntry& entry) const;
  const ObservationFact& observation(std::int32_t index) const { return observations_[index]; }
  const EventFact& event(std::int32_t index) const { return events_[index]; }
  std::int32_t index_of(const ObservationFact& fact) const {
    return static_cast<std::int32_t>(&fact - observations_.data());
  }
  std::int32_t index_of(const EventFact& fact) const {
    return static_cast<std::int32_t>(&fact - events_.data());
  }
  // Observations and events whose item the vocabulary does not know.
  std::size_t unindexed() const { return unindexed_; }

  // The latest observation of `entry` on or before `as_of`. With a window (window_start
  // is not kNoDate) it must be dated on or after window_start; without one the latest
  // dated value is used, else an undated one. Two values on the latest date that differ
  // (after unit conversion) are a conflict. Memoized per patient.
  Lookup latest(const VocabularyEntry& entry, Day as_of, Day window_start) const;

  // The patient's refused rows (PatientRecord::refused) that may hold what the record
  // lacks: the index of the first that names `entry` and is dated on or after
  // `not_before` or not dated, or -1; and of the first whose item could not be read.
  // `unkept`: only rows not also kept as an observation (a reader keeps an implausible
  // value to be named, and refuses its row: a history reads the value as unusable).
  std::int32_t refused_naming(const VocabularyEntry& entry, Day not_before,
                              bool unkept = false) const;
  std::int32_t refused_unreadable() const;

  // The parsed unit for a spelling, from the view's cache.
  const Result<Unit>& unit(std::string_view written);

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>>;
  // A group of facts of one entry, valid when stamp is the view's generation.
  struct Group {
    std::uint32_t stamp = 0;
    std::uint32_t begin = 0, end = 0;
    std::uint32_t event_begin = 0, event_end = 0;
  };
  struct Memo {
    std::uint32_t stamp = 0;
    Day as_of = 0, window_start = 0;
    Lookup lookup;
  };

  // What an (item, unit) pair of the record resolves to; cached per view.
  struct Resolution {
    std::uint32_t entry = 0;  // none_ when the vocabulary lacks the item
    const Result<Unit>* unit = nullptr;
    Conversion conversion;  // ok: the unit converts to the entry's canonical unit
  };
  const Resolution& resolve(std::string_view item, std::string_view unit);
  // The same for a fact whose reader named its ids (core/ids.hpp): looked up by
  // (entry, unit id), no text hashed or parsed.
  const Resolution& resolve(FactIds ids);
  Resolution compute_resolution(std::uint32_t entry, const Result<Unit>* unit);
  std::uint32_t resolve_item(std::string_view item);
  std::uint32_t entry_index(const VocabularyEntry& entry) const {
    return static_cast<std::uint32_t>(&entry - vocabulary_.entries().data());
  }
  Lookup find_latest(const VocabularyEntry& entry, Day as_of, Day window_start) const;
  bool same_value(const ObservationFact& a, const ObservationFact& b) const;

  const Vocabulary& vocabulary_;
  const patients::PatientRecord* record_ = nullptr;
  struct Refused {
    std::uint32_t entry;  // none_ when the item could not be read or is not known
    Day day;              // kNoDate when not dated
    bool kept;            // an observation of the record has the row's source
  };
  std::vector<Refused> refused_;  // parallel to record_->refused
  std::uint32_t none_;            // the index of "not in the vocabulary": its size
  // Facts' ids (record.hpp) are the built-in vocabulary's: used only by a view over it.
  bool ids_trusted_;
  std::uint32_t generation_ = 0;
  std::vector<Unit> canonical_units_;  // per entry, parsed once
  std::vector<bool> canonical_unit_ok_;
  Index items_;  // item as written -> entry index (none_ when unknown)
  std::unordered_map<std::string, Resolution, Hash, std::equal_to<>> resolutions_;
  std::deque<Resolution> overflow_resolutions_;  // past the cache's bound; per patient
  std::string key_;                              // "item\x1funit", reused
  // In front of resolutions_: a direct-mapped cache on a cheap hash of the strings.
  struct Slot {
    std::string item, unit;
    const Resolution* resolution = nullptr;
  };
  std::vector<Slot> slots_;
  std::vector<Result<Unit>> unit_results_;  // per unit id: the table's units
  std::vector<std::int32_t> by_ids_;        // entry x unit id -> id_resolutions_, or -1
  std::deque<Resolution> id_resolutions_;   // lasting: the ids are the vocabulary's
  std::unordered_map<std::string, Result<Unit>, Hash, std::equal_to<>> units_;
  std::deque<Result<Unit>> overflow_units_;    // parsed past the cache's bound; per patient
  std::vector<ObservationFact> observations_;  // grouped by entry, by date
  std::vector<EventFact> events_;
  struct Key {
    std::uint32_t entry, day, index;  // day offset so that undated sorts first
  };
  std::vector<Key> keys_;
  std::vector<const Resolution*> resolved_;  // per observation, in the order read
  std::vector<Group> groups_;                // per entry
  mutable std::vector<Memo> memo_;           // per entry
  std::size_t unindexed_ = 0;
};

}  // namespace eligo::engine
