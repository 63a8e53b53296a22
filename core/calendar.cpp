// Calendar arithmetic; see calendar.hpp.
#include "core/calendar.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace eligo {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr double kMaxYears = 3000;
constexpr double kDaysPerMonth = 30.436875;
constexpr double kDaysPerYear = 365.2425;

Date add_days(Date date, long long n) { return Date(sys_days(date) + days(n)); }

Date add_months(Date date, long long n) {
  const long long total = static_cast<long long>(static_cast<int>(date.year())) * 12 +
                          static_cast<long long>(static_cast<unsigned>(date.month())) - 1 + n;
  const long long y = total >= 0 ? total / 12 : -((-total + 11) / 12);
  const long long m = total - y * 12;
  const std::chrono::year year(static_cast<int>(y));
  const std::chrono::month month(static_cast<unsigned>(m + 1));
  const std::chrono::day last =
      std::chrono::year_month_day_last(year / month / std::chrono::last).day();
  return Date(year, month, std::min(date.day(), last));
}

}  // namespace

Date shift(Date date, const Duration& amount, int sign) {
  double a = std::isfinite(amount.amount) ? std::abs(amount.amount) : 0;
  const double s = (sign < 0) != (amount.amount < 0) ? -1 : 1;
  switch (amount.unit) {
    case TimeUnit::days:
      a = std::min(a, kMaxYears * kDaysPerYear);
      return add_days(date, static_cast<long long>(s * std::llround(a)));
    case TimeUnit::weeks:
      a = std::min(a, kMaxYears * kDaysPerYear / 7);
      return add_days(date, static_cast<long long>(s * std::llround(a * 7)));
    case TimeUnit::months:
    case TimeUnit::years: {
      const bool years = amount.unit == TimeUnit::years;
      a = std::min(a, years ? kMaxYears : kMaxYears * 12);
      const double whole = std::floor(a);
      const double rest_days = (a - whole) * (years ? kDaysPerYear : kDaysPerMonth);
      const auto months = static_cast<long long>(whole) * (years ? 12 : 1);
      const Date moved = add_months(date, static_cast<long long>(s) * months);
      return add_days(moved, static_cast<long long>(s * std::llround(rest_days)));
    }
  }
  return date;
}

int whole_months_between(Date from, Date to) {
  if (sys_days(to) < sys_days(from)) return 0;
  const int guess = (static_cast<int>(to.year()) - static_cast<int>(from.year())) * 12 +
                    (static_cast<int>(static_cast<unsigned>(to.month())) -
                     static_cast<int>(static_cast<unsigned>(from.month())));
  int n = std::max(guess, 0);
  while (n > 0 && sys_days(add_months(from, n)) > sys_days(to)) --n;
  return n;
}

}  // namespace eligo
