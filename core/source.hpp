// Source positions. Every tree node and every diagnostic carries a Span into the text
// it came from, so explanations can quote the criterion and errors can point at it.
#pragma once

#include <cstdint>
#include <string_view>

namespace eligo {

// A half-open byte range [begin, end) of a source text, with the 1-based line and
// column of `begin` (column counts bytes, as PEGTL does).
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t line = 1;
  std::uint32_t column = 1;

  bool operator==(const Span&) const = default;
  std::string_view text_in(std::string_view source) const {
    if (begin > source.size()) return {};
    return source.substr(begin, end > begin ? end - begin : 0);
  }
};

}  // namespace eligo
