// The text module; see text.hpp.
#include "core/text.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace eligo {
namespace {

bool is_control(std::uint8_t b) { return b < 0x20 || b == 0x7F; }

}  // namespace

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
  }
  return true;
}

std::string to_lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = lower_ascii(c);
  return out;
}

std::string to_upper_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = upper_ascii(c);
  return out;
}

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  const std::uint8_t b0 = byte(i);
  if (b0 < 0x80) return 1;
  std::size_t length = 0;
  std::uint8_t low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    if (b0 == 0xE0) low = 0xA0;   // overlong
    if (b0 == 0xED) high = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    if (b0 == 0xF0) low = 0x90;   // overlong
    if (b0 == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return length;
}

std::size_t utf8_char_start(std::string_view text, std::size_t i) {
  while (i > 0 && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  return i;
}

std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  return text.substr(0, utf8_char_start(text, max_bytes));
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_sequence_length(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

bool clean_text_into(std::string_view field, std::string& out) {
  field = trim(field);
  bool plain_ascii = true;  // the common case, in one pass
  for (const char c : field) {
    const auto b = static_cast<std::uint8_t>(c);
    if (b < 0x20 || b >= 0x7F) {
      plain_ascii = false;
      break;
    }
  }
  if (plain_ascii) {
    out.assign(field);
    return true;
  }
  if (is_valid_utf8(field)) {
    for (std::size_t i = 0; i < field.size(); ++i) {
      const auto b = static_cast<std::uint8_t>(field[i]);
      if (is_control(b)) return false;
      // C1 controls, U+0080..U+009F, are C2 80..C2 9F in UTF-8.
      if (b == 0xC2 && i + 1 < field.size() && static_cast<std::uint8_t>(field[i + 1]) < 0xA0) {
        return false;
      }
    }
    out.assign(field);
    return true;
  }
  out.clear();
  out.reserve(field.size() + 8);
  for (const char c : field) {
    const auto b = static_cast<std::uint8_t>(c);
    if (is_control(b) || (b >= 0x80 && b < 0xA0)) return false;
    if (b < 0x80) {
      out.push_back(c);
    } else {
      out.push_back(static_cast<char>(0xC0 | (b >> 6)));
      out.push_back(static_cast<char>(0x80 | (b & 0x3F)));
    }
  }
  return true;
}

std::optional<std::string> to_clean_text(std::string_view field) {
  std::string out;
  if (!clean_text_into(field, out)) return std::nullopt;
  return out;
}

std::string quote_for_message(std::string_view text) {
  constexpr std::size_t kMaxBytes = 40;
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "\"";
  std::size_t i = 0;
  while (i < text.size() && i < kMaxBytes) {
    const auto b = static_cast<std::uint8_t>(text[i]);
    const std::size_t n = b >= 0x80 ? utf8_sequence_length(text, i) : 1;
    if (b >= 0x80 && n > 1) {
      out.append(text.substr(i, n));
      i += n;
      continue;
    }
    if (b == '"' || b == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(b));
    } else if (b >= 0x20 && b < 0x7F) {
      out.push_back(static_cast<char>(b));
    } else {
      out += "\\x";
      out.push_back(kHex[b >> 4]);
      out.push_back(kHex[b & 0xF]);
    }
    ++i;
  }
  out.push_back('"');
  if (i < text.size()) out += "...";
  return out;
}

}  // namespace eligo
