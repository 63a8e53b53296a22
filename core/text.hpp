// Text helpers for the patient readers: trimming, ASCII case folding, and turning a
// CSV field into clean UTF-8. Fields arrive as raw bytes; a field that is not valid
// UTF-8 is read as Latin-1 (so a Latin-1 "µ", byte 0xB5, becomes U+00B5), and text
// with control characters is refused rather than passed on to reports and JSON.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace eligo {

// Without leading and trailing spaces, tabs and line ends. Inline: every cell of every
// row is trimmed, most of them already trim.
inline std::string_view trim(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

// ASCII-only case-insensitive equality ("Patient_ID" == "patient_id").
bool iequals(std::string_view a, std::string_view b);
std::string to_lower_ascii(std::string_view text);

bool is_valid_utf8(std::string_view text);

// The trimmed field as UTF-8 text: unchanged if it is valid UTF-8, else decoded as
// Latin-1. Empty optional if it contains control characters (C0, DEL, or C1 after
// Latin-1 decoding): such bytes are binary data, not text.
std::optional<std::string> to_clean_text(std::string_view field);
// The same into `out` (its buffer reused): false, `out` unspecified, when to_clean_text
// would give nullopt.
bool clean_text_into(std::string_view field, std::string& out);

// A cheap hash of a short string (its length and up to 8 bytes from each end), for the
// small direct-mapped caches in front of the readers' and the view's hash maps.
inline std::uint64_t quick_hash(std::string_view s) {
  std::uint64_t head = 0, tail = 0;
  if (s.size() >= 8) {
    std::memcpy(&head, s.data(), 8);
    std::memcpy(&tail, s.data() + s.size() - 8, 8);
  } else {
    for (const char c : s) head = (head << 8) | static_cast<unsigned char>(c);
  }
  const std::uint64_t h =
      (head ^ (tail * 0x9E3779B97F4A7C15ull) ^ s.size()) * 0xFF51AFD7ED558CCDull;
  return h ^ (h >> 29);
}

// The text quoted for an error message: at most 40 bytes, with bytes that are not
// printable ASCII or part of valid UTF-8 written as \xNN, so garbage cannot reach a
// terminal raw.
std::string quote_for_message(std::string_view text);

}  // namespace eligo
