// Random UUIDs; see uuid.hpp.
#include "cds/uuid.hpp"

#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/uuid_io.hpp>
#include <cctype>

namespace eligo::cds {

std::string random_uuid() {
  // One generator per thread: a generator is not safe to share, and each reads the
  // operating system's entropy itself (no seeded pseudo-random state).
  thread_local boost::uuids::random_generator generate;
  return boost::uuids::to_string(generate());
}

bool is_uuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? text[i] != '-' : std::isxdigit(static_cast<unsigned char>(text[i])) == 0) {
      return false;
    }
  }
  return true;
}

}  // namespace eligo::cds
