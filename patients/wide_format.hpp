// The wide format, one patient per row:
//   patient_id,date,birth_date,sex,anc [10^9/L],anc_date,platelets [10^3/uL],hiv
// An item column names the item and, in square brackets, its unit. Companion columns
// <item>_date, <item>_ref_low and <item>_ref_high give that item's date and reference
// range (in the item column's unit); `date` is the row's default date. Empty cells are
// no data. A bad cell is refused alone and the rest of the row is used; a bad header
// column is reported once and ignored.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "patients/csv_tokenizer.hpp"
#include "patients/facts.hpp"
#include "patients/item_resolver.hpp"
#include "patients/values.hpp"

namespace eligo::patients {

class WideFormat {
 public:
  // The layout of `header`, or why no row can be read. Problems with single columns go
  // to `column_errors` (located at the header's line) and those columns are ignored.
  static Parsed<WideFormat> from_header(const CsvRecord& header, const ItemResolver& resolver,
                                        std::string_view source,
                                        std::vector<Diagnostic>& column_errors);

  std::size_t id_column() const { return patient_id_; }
  std::size_t columns() const { return columns_; }

  // Reads one data row (not blank, no tokenizer error) into `out`.
  void read_row(const CsvRecord& row, const SourceName& source, RowReading& out) const;

 private:
  struct Item {
    std::string name;  // as written, without the unit
    std::string unit;
    ItemInfo info;
    std::size_t column = 0;
    std::optional<std::size_t> date_column;
    std::optional<std::size_t> ref_low_column;
    std::optional<std::size_t> ref_high_column;
  };

  WideFormat() = default;

  std::size_t columns_ = 0;
  std::size_t patient_id_ = 0;
  std::optional<std::size_t> date_;
  std::vector<Item> items_;
};

}  // namespace eligo::patients
