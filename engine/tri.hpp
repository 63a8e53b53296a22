// Three-valued (Kleene) logic over met / not met / unknown, the values every node of an
// evaluated tree takes. False wins under AND, true wins under OR, NOT swaps met and not
// met and keeps unknown; "at least k of n" is met when k are met, not met when even the
// unknown ones could not reach k. Nothing here knows why a value is unknown: the
// evaluator carries that beside the value (evaluator.hpp).
#pragma once

#include <cstdint>
#include <string_view>

namespace eligo::engine {

enum class Tri : std::uint8_t { not_met, unknown, met };

constexpr Tri to_tri(bool holds) { return holds ? Tri::met : Tri::not_met; }

constexpr Tri tri_not(Tri a) {
  switch (a) {
    case Tri::met: return Tri::not_met;
    case Tri::not_met: return Tri::met;
    case Tri::unknown: return Tri::unknown;
  }
  return Tri::unknown;
}

// not met if either is not met; met if both are met; unknown otherwise.
constexpr Tri tri_and(Tri a, Tri b) {
  if (a == Tri::not_met || b == Tri::not_met) return Tri::not_met;
  if (a == Tri::met && b == Tri::met) return Tri::met;
  return Tri::unknown;
}

// met if either is met; not met if both are not met; unknown otherwise.
constexpr Tri tri_or(Tri a, Tri b) {
  if (a == Tri::met || b == Tri::met) return Tri::met;
  if (a == Tri::not_met && b == Tri::not_met) return Tri::not_met;
  return Tri::unknown;
}

// At least k of n children, of which `met` are met and `unknown` unknown (the rest not
// met): met when met >= k; not met when met + unknown < k; unknown otherwise. k = 0 is
// always met; k > n is never met.
constexpr Tri tri_at_least(unsigned k, unsigned met, unsigned unknown) {
  if (met >= k) return Tri::met;
  if (met + unknown < k) return Tri::not_met;
  return Tri::unknown;
}

// "met", "not met", "unknown".
constexpr std::string_view to_string(Tri a) {
  switch (a) {
    case Tri::met: return "met";
    case Tri::not_met: return "not met";
    case Tri::unknown: return "unknown";
  }
  return "unknown";
}

}  // namespace eligo::engine
