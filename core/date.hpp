// Calendar dates of patient facts. A Date is a std::chrono::year_month_day that is
// always a real day (parse_iso_date refuses 2026-02-30); day arithmetic goes through
// std::chrono::sys_days. Dates are calendar dates as the record wrote them: a time
// and a zone after the date are dropped, never converted.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace eligo {

using Date = std::chrono::year_month_day;

// "YYYY-MM-DD", after trimming spaces. A time part may follow after 'T' or a space
// ("2020-02-06T08:45:50Z", "2020-02-06 08:45", "2020-02-06T08:45:50.123+01:00"): it
// must look like a time (digits, ':', '.', '+', '-', 'Z') and is dropped.
// A date or why the text is not one.
Result<Date> parse_iso_date(std::string_view text);

// "YYYY-MM-DD".
std::string to_iso_string(Date date);

}  // namespace eligo
