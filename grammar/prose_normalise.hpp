// Prose stage 1: normalisation. Rewrites one criterion's registry text into a form the
// prose grammar reads with few alternatives: ClinicalTrials.gov escapes dropped (`\>=`,
// `=\<`, `\^`, `\[`), comparators in ASCII (≥ ⩾ ≧ => → ">=", ≤ ⩽ ≦ =< → "<="), the
// mojibake of ≥ and ≤ (`â‰¥`, `â‰¤`) repaired, × → "x", dashes → "-", µ/μ → "u",
// fullwidth brackets and punctuation (（ ） ， ； ：) → ASCII,
// superscript powers → "^9", odd spaces → " ". Every output byte remembers the source
// bytes it came from, so spans found in the normalised text map back exactly.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/source.hpp"

namespace eligo::grammar::prose {

struct Normalised {
  std::string text;                  // the normalised text
  std::vector<std::uint32_t> begin;  // per output byte: first source byte it came from
  std::vector<std::uint32_t> end;    // per output byte: one past the last source byte

  // The source range [b, e) that the normalised range [nb, ne) came from.
  std::uint32_t source_begin(std::uint32_t nb) const;
  std::uint32_t source_end(std::uint32_t ne) const;
};

Normalised normalise(std::string_view source);

// Maps a normalised range to a Span of the enclosing file: byte offsets shifted by
// origin.begin, line and column counted in `source` from origin's line and column.
class SpanMapper {
 public:
  SpanMapper(const Normalised& normalised, std::string_view source, Span origin);
  Span map(std::uint32_t nb, std::uint32_t ne) const;
  Span source_span(std::uint32_t sb, std::uint32_t se) const;  // source offsets

 private:
  const Normalised& normalised_;
  std::string_view source_;
  Span origin_;
  std::vector<std::uint32_t> line_starts_;  // source offsets where lines begin
};

}  // namespace eligo::grammar::prose
