// The one text module of eligo: trimming, ASCII case, the UTF-8 check (no overlong forms,
// no surrogates, nothing above U+10FFFF, no truncated sequence) shared by the readers,
// the .criteria byte checks, the JSON and HTML writers and the messages, and turning a
// CSV field into clean UTF-8. Fields arrive as raw bytes; a field that is not valid
// UTF-8 is read as Latin-1 (so a Latin-1 "µ", byte 0xB5, becomes U+00B5), and text
// with control characters is refused rather than passed on to reports and JSON.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace eligo {

// A space, tab or line end: what trim() removes. Inline: every cell of every row is
// trimmed, most of them already trim.
constexpr bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
inline std::string_view trim(std::string_view text) {
  while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  return text;
}

// ASCII case: other bytes (UTF-8 included) are left as they are.
constexpr char lower_ascii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr char upper_ascii(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}
std::string to_lower_ascii(std::string_view text);
std::string to_upper_ascii(std::string_view text);
// ASCII-only case-insensitive equality ("Patient_ID" == "patient_id").
bool iequals(std::string_view a, std::string_view b);

// Length of the valid UTF-8 sequence starting at text[i] (1 for an ASCII byte), or 0
// when there is none there. `i` must be below text.size().
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);
bool is_valid_utf8(std::string_view text);
// `i` moved back to the start of the UTF-8 sequence it falls in (continuation bytes
// skipped), so a cut there does not split a character.
std::size_t utf8_char_start(std::string_view text, std::size_t i);
// The longest prefix of at most `max_bytes` bytes that does not end inside a sequence.
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

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
