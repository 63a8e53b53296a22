// The patient record: what the readers produce and the evaluator reads. Plain regular
// values (copyable, ==), no dependency on the engine. Every fact keeps where it was
// read (file:line) so an explanation can send a coordinator back to the source row.
// Items are as the reader's resolver named them (a vocabulary id such as "anc", or the
// text as written, "LOINC:751-8"); values and units are kept as written, unconverted
// (a unit the item's code completes, eGFR's mL/min, is stored completed, with a note).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/ids.hpp"
#include "core/vocabulary.hpp"

namespace eligo::patients {

enum class Sex { female, male, other, unknown };

std::string_view to_string(Sex sex);
// female/male/other/unknown, or F/M/O/U, ignoring case and surrounding space.
std::optional<Sex> parse_sex(std::string_view text);

// The name of a source (a file path, or the name given for a stream), shared by every
// fact read from it: copying one bumps a reference count instead of copying the text,
// which at 35 facts a patient and 10^6 patients is 35 million allocations saved.
// Compares by text.
class SourceName {
 public:
  SourceName() = default;
  SourceName(std::string_view name);  // NOLINT(google-explicit-constructor): a name is text
  SourceName(const std::string& name) : SourceName(std::string_view(name)) {}  // NOLINT
  SourceName(const char* name) : SourceName(std::string_view(name)) {}         // NOLINT

  const std::string& str() const;  // "" when empty
  std::string_view view() const { return str(); }
  bool empty() const { return !name_ || name_->empty(); }

  friend bool operator==(const SourceName& a, const SourceName& b) {
    return a.name_ == b.name_ || a.view() == b.view();
  }

 private:
  std::shared_ptr<const std::string> name_;
};

// Where a fact was read: a file (or the source name given for a stream) and the
// 1-based physical line where its row starts.
struct SourceLocation {
  SourceName file;
  std::uint32_t line = 0;

  bool operator==(const SourceLocation&) const = default;
};

// "file:line", or "file" when line is 0.
std::string to_string(const SourceLocation& location);

// A measured value: a lab result, a score, weight or height.
struct Observation {
  std::string item;  // "anc", "weight", "LOINC:751-8"
  double value = 0;  // finite; sign and magnitude are the engine's to judge
  std::string unit;  // as written, UTF-8 ("10^9/L", "/µL"); "" for a bare number
  std::optional<Date> date;
  std::optional<double> ref_low;  // the lab's reference range, in `unit`
  std::optional<double> ref_high;
  SourceLocation source;
  // Set when `unit` is not the unit as written but the one the item's code defines:
  // "written mL/min; LOINC 33914-3 is per 1.73 m²" (see ItemInfo::unit_read_as).
  std::string unit_note = {};
  FactIds ids = {};  // item and unit ids, when the reader's resolver named them

  bool operator==(const Observation&) const = default;
};

// A condition, therapy or procedure recorded as present or absent.
struct Event {
  std::string item;  // "gilbert_syndrome", "lenalidomide"
  bool present = true;
  std::optional<Date> date;
  SourceLocation source;
  FactIds ids = {};  // the item's id, when the reader's resolver named it

  bool operator==(const Event&) const = default;
};

// A row of the patient's that a reader refused (a bad value, unit, date or item): what
// the record lacks may be in it, so the engine assumes nothing absent that it may name
// (docs/evaluation.md, "Refused rows").
struct RefusedRow {
  std::string item;          // as the reader's resolver named it; "" when it could not be read
  std::optional<Date> date;  // the row's date, when it could be read
  SourceLocation source;
  FactIds ids = {};  // the item's id, when the reader's resolver named it

  bool operator==(const RefusedRow&) const = default;
};

struct PatientRecord {
  std::string id;
  std::optional<Date> birth_date;
  std::optional<Sex> sex;
  SourceLocation birth_date_source;       // set with birth_date
  SourceLocation sex_source;              // set with sex
  std::vector<Observation> observations;  // in the order read
  std::vector<Event> events;              // in the order read
  std::vector<RefusedRow> refused;        // rows refused, in the order read
  // Kinds of facts whose list the source said it could not send whole (a CDS Hooks
  // prefetch that failed, was paged, or was not sent): no record of such an item is
  // unknown, not absent, and a value found may not be the latest (docs/evaluation.md).
  std::vector<ItemKind> incomplete = {};

  bool operator==(const PatientRecord&) const = default;
};

}  // namespace eligo::patients
