// Card identifiers: random (version 4) UUIDs as RFC 4122 writes them,
// "1b4e28ba-2fa1-41d2-883f-0016d3cca427", from the operating system's entropy
// (Boost.Uuid's random_generator, getrandom(2) on Linux). A card's uuid is what the EHR
// sends back to the feedback endpoint.
#pragma once

#include <string>
#include <string_view>

namespace eligo::cds {

// A new random UUID, lower-case; safe to call from any thread.
std::string random_uuid();

// `text` is a UUID in the 8-4-4-4-12 hexadecimal form (either case, no "urn:uuid:").
bool is_uuid(std::string_view text);

}  // namespace eligo::cds
