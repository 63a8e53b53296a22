// Coverage: how much of a criterion's text the compiler understood. Only `full`
// criteria (or those a `rule:` line covers) may decide a verdict on their own.
#pragma once

#include <string_view>

namespace eligo {

enum class Coverage {
  full,     // every content word is accounted for
  partial,  // something measurable compiled, some content did not (see uncovered spans)
  none,     // nothing measurable: a manual leaf holding the text
};

constexpr std::string_view to_string(Coverage coverage) {
  switch (coverage) {
    case Coverage::full: return "full";
    case Coverage::partial: return "partial";
    case Coverage::none: return "none";
  }
  return "none";
}

}  // namespace eligo
