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

namespace eligo::patients {

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
  // What a row's item and unit cells come to, kept per slot of a cheap hash of their
  // bytes, so that the common row is one look-up: no cleaning, no map.
  struct Cells {
    std::string raw_item, raw_unit;  // as in the file
    std::string item, unit;          // cleaned (to_clean_text)
    std::string_view problem;        // non-empty: the row is refused with this
    ItemInfo info;
    bool filled = false;
  };
  const Cells& cells(std::string_view raw_item, std::string_view raw_unit);
  static constexpr std::size_t kSlots = 256;  // a power of two

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
  std::array<Cells, kSlots> slots_;
  Cells uncached_cells_;               // cells() for cells too long to cache
  std::string last_raw_id_, last_id_;  // the patient id of the row before, as written and clean
};

}  // namespace eligo::patients
