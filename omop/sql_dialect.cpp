// The dialect layer; see sql_dialect.hpp.
#include "omop/sql_dialect.hpp"

#include <charconv>
#include <cmath>

namespace eligo::omop {

std::optional<Dialect> parse_dialect(std::string_view name) {
  if (name == "postgresql" || name == "postgres") return Dialect::postgresql;
  if (name == "duckdb") return Dialect::duckdb;
  return std::nullopt;
}

std::string_view to_string(Dialect dialect) {
  return dialect == Dialect::duckdb ? "duckdb" : "postgresql";
}

std::string SqlDialect::int_div(std::string_view a, std::string_view b) const {
  const std::string_view op = dialect == Dialect::duckdb ? " // " : " / ";
  return "(" + std::string(a) + std::string(op) + std::string(b) + ")";
}

std::string SqlDialect::date(Date day) const { return "DATE '" + to_iso_string(day) + "'"; }

std::string SqlDialect::add(std::string_view day, const Duration& amount) const {
  if (amount.amount != std::floor(amount.amount) || amount.amount < 0) return {};
  const std::string n = std::to_string(static_cast<long long>(amount.amount));
  std::string unit = amount.unit == TimeUnit::days     ? "days"
                     : amount.unit == TimeUnit::weeks  ? "days"
                     : amount.unit == TimeUnit::months ? "months"
                                                       : "years";
  const std::string count = amount.unit == TimeUnit::weeks
                                ? std::to_string(static_cast<long long>(amount.amount) * 7)
                                : n;
  return "CAST(" + std::string(day) + " + INTERVAL '" + count + " " + unit + "' AS DATE)";
}

std::string SqlDialect::number(double value) const {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  std::string text(buffer, result.ptr);
  // A bare integer literal would be an INTEGER (integer division, overflow): keep it real.
  if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
  return "CAST(" + text + " AS DOUBLE PRECISION)";
}

std::string SqlDialect::text(std::string_view value) const {
  std::string out = "'";
  for (const char c : value) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

}  // namespace eligo::omop
