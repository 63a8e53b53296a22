// ISO 8601 calendar dates; see date.hpp.
#include "core/date.hpp"

#include <cstdio>

#include "core/text.hpp"

namespace eligo {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int digits(std::string_view text) {
  int value = 0;
  for (const char c : text) value = value * 10 + (c - '0');
  return value;
}

bool looks_like_time(std::string_view text) {
  if (text.empty()) return false;
  for (const char c : text) {
    if (!is_digit(c) && c != ':' && c != '.' && c != '+' && c != '-' && c != 'Z' && c != 'z') {
      return false;
    }
  }
  return true;
}

Result<Date> failure(std::string message) { return Result<Date>::failure(std::move(message)); }

}  // namespace

Result<Date> parse_iso_date(std::string_view text) {
  const std::string_view written = trim(text);
  if (written.empty()) return failure("empty date");
  const auto bad_form = [&] {
    return failure("bad date " + quote_for_message(written) + ": expected YYYY-MM-DD");
  };
  if (written.size() < 10) return bad_form();
  const std::string_view day_part = written.substr(0, 10);
  for (std::size_t i = 0; i < 10; ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? day_part[i] != '-' : !is_digit(day_part[i])) return bad_form();
  }
  if (written.size() > 10) {
    const char separator = written[10];
    if ((separator != 'T' && separator != 't' && separator != ' ') ||
        !looks_like_time(trim(written.substr(11)))) {
      return bad_form();
    }
  }
  const Date date{std::chrono::year{digits(day_part.substr(0, 4))},
                  std::chrono::month{static_cast<unsigned>(digits(day_part.substr(5, 2)))},
                  std::chrono::day{static_cast<unsigned>(digits(day_part.substr(8, 2)))}};
  if (!date.ok()) {
    return failure("bad date " + quote_for_message(day_part) + ": no such day in the calendar");
  }
  return date;
}

std::string to_iso_string(Date date) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

}  // namespace eligo
