// Calendar arithmetic for windows and time since an event: days and weeks are exact
// day counts; months and years move the calendar (2026-01-31 + 1 month = 2026-02-28,
// the day clamped to the month's end), so "6 months after" means the same day six
// months later. A fractional amount of months or years adds its whole part on the
// calendar and the rest as days (30.436875 per month, 365.2425 per year), rounded.
#pragma once

#include "core/date.hpp"
#include "core/tree.hpp"

namespace eligo {

// `date` plus (sign > 0) or minus (sign < 0) `amount`. Amounts are clamped to 3000
// years, so the result is always a valid date.
Date shift(Date date, const Duration& amount, int sign);

// Whole months from `from` to `to` (0 when `to` is earlier): the largest n with
// shift(from, n months) <= to.
int whole_months_between(Date from, Date to);

}  // namespace eligo
