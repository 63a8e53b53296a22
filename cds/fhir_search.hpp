// A prefetch template run against the FHIR server (fhir_client.hpp): a read gives one
// resource of the type asked for; a search gives one searchset Bundle holding the entries
// of every page, its `next` links followed up to a page limit, all on the server's own
// origin (a link elsewhere is not followed: the token would go with it), by the deadline.
// A search is whole only when every page came and their entries reach the first page's
// `total`; anything less is a failure, and its reason names the page.
#pragma once

#include <string>
#include <string_view>

#include "cds/fhir_client.hpp"
#include "cds/fhir_url.hpp"

namespace eligo::cds {

// GET `target`; a resource of `type` or a failure.
FhirAnswer fetch_read(FhirClient& client, const std::string& target, std::string_view type,
                      FetchClock::time_point deadline);

// GET `target` (on `server`, whose origin next links must share) and the pages after it.
FhirAnswer fetch_search(FhirClient& client, const FhirUrl& server, const std::string& target,
                        int max_pages, FetchClock::time_point deadline);

}  // namespace eligo::cds
