// The long format, one fact per row:
//   patient_id,item,value,unit,date,ref_low,ref_high
// Columns are found by name (any case, trimmed) in any order; patient_id, item and value
// are required, the others optional, extra columns ignored. A row is used whole or not
// at all: any problem in it refuses the row with one reason.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "patients/csv_tokenizer.hpp"
#include "patients/facts.hpp"
#include "patients/item_resolver.hpp"
#include "patients/values.hpp"

namespace eligo {

class LongFormat {
 public:
  // The layout of `header`, or why the header cannot be read as the long format.
  static Parsed<LongFormat> from_header(const CsvRecord& header, ItemResolver resolver);

  std::size_t id_column() const { return patient_id_; }
  std::size_t columns() const { return columns_; }

  // Reads one data row (not blank, no tokenizer error) into `out`.
  void read_row(const CsvRecord& row, const SourceName& source, RowReading& out);

 private:
  LongFormat() = default;
  const ItemInfo& resolve(const std::string& item, const std::string& unit);
  // In front of cache_: the last answer per slot of a cheap hash of (item, unit).
  struct Slot {
    std::string item, unit;
    const ItemInfo* info = nullptr;
  };
  static constexpr std::size_t kSlots = 64;  // a power of two

  std::size_t columns_ = 0;
  std::size_t patient_id_ = 0;
  std::size_t item_ = 0;
  std::size_t value_ = 0;
  std::optional<std::size_t> unit_;
  std::optional<std::size_t> date_;
  std::optional<std::size_t> ref_low_;
  std::optional<std::size_t> ref_high_;
  ItemResolver resolver_;
  std::unordered_map<std::string, ItemInfo> cache_;  // by item '\0' unit
  ItemInfo uncached_;
  std::string key_;  // resolve()'s cache key, kept to reuse its buffer
  std::array<Slot, kSlots> slots_;
  std::string item_text_, unit_text_;  // read_row's cells, buffers reused
};

}  // namespace eligo
