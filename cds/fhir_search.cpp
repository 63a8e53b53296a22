// Reads and paged searches on the FHIR server; see fhir_search.hpp.
#include "cds/fhir_search.hpp"

namespace eligo::cds {
namespace {

using nlohmann::json;

// The url of a Bundle's link of relation `next`; "" when there is none.
std::string next_link(const json& bundle) {
  const auto links = bundle.find("link");
  if (links == bundle.end() || !links->is_array()) return "";
  for (const json& link : *links) {
    if (!link.is_object()) continue;
    const auto relation = link.find("relation");
    if (relation == link.end() || *relation != "next") continue;
    const auto url = link.find("url");
    return url != link.end() && url->is_string() ? url->get<std::string>() : "";
  }
  return "";
}

// An entry that reports on the search rather than matching it (search.mode "outcome").
bool outcome_entry(const json& entry) {
  const auto resource = entry.find("resource");
  return resource != entry.end() && resource_type(*resource) == "OperationOutcome";
}

// Why an outcome entry makes the search fail (an issue of severity error or fatal), or "".
std::string outcome_failure(const json& entry) {
  const json& outcome = *entry.find("resource");
  const auto issues = outcome.find("issue");
  if (issues == outcome.end() || !issues->is_array()) return "";
  for (const json& issue : *issues) {
    const auto severity = issue.is_object() ? issue.find("severity") : issue.end();
    if (severity == issue.end()) continue;
    if (*severity == "error" || *severity == "fatal") {
      return "the searchset holds an OperationOutcome of severity " + severity->get<std::string>();
    }
  }
  return "";
}

// Whether an entry matched the search (search.mode "match", or no mode), rather than being
// included along: the entries `total` counts.
bool match_entry(const json& entry) {
  const auto search = entry.find("search");
  if (search == entry.end() || !search->is_object()) return true;
  const auto mode = search->find("mode");
  return mode == search->end() || *mode == "match";
}

// Adds a page's entries to `entries`, counting its matches; a failure's reason, or "".
std::string add_page(json& page, json& entries, std::size_t& matches) {
  const std::string type = resource_type(page);
  if (type != "Bundle") return "the FHIR server answered a " + type + ", not a searchset Bundle";
  if (page.contains("type") && page["type"] != "searchset") {
    return "the FHIR server answered a Bundle that is not a searchset";
  }
  const auto list = page.find("entry");
  if (list == page.end()) return "";
  if (!list->is_array()) return "the FHIR server's Bundle has an entry that is not an array";
  for (json& entry : *list) {
    if (!entry.is_object()) return "the FHIR server's Bundle has an entry that is not an object";
    if (!outcome_entry(entry)) {
      matches += match_entry(entry) ? 1 : 0;
      entries.push_back(std::move(entry));
    } else if (std::string failure = outcome_failure(entry); !failure.empty()) {
      return failure;
    }
  }
  return "";
}

}  // namespace

FhirAnswer fetch_read(FhirClient& client, const std::string& target, std::string_view type,
                      FetchClock::time_point deadline) {
  FhirAnswer answer = client.get(target, deadline);
  if (answer.failure.empty() && resource_type(answer.resource) != type) {
    return {{},
            "the FHIR server answered a " + resource_type(answer.resource) + ", not a " +
                std::string(type)};
  }
  return answer;
}

FhirAnswer fetch_search(FhirClient& client, const FhirUrl& server, const std::string& target,
                        int max_pages, FetchClock::time_point deadline) {
  json entries = json::array();
  std::size_t matches = 0;
  json total;  // the first page's `total`, when it has one
  std::string page_target = target;
  for (int page = 1;; ++page) {
    const std::string where = page == 1 ? "" : "page " + std::to_string(page) + ": ";
    FhirAnswer answer = client.get(page_target, deadline);
    if (answer.failure.empty()) answer.failure = add_page(answer.resource, entries, matches);
    if (!answer.failure.empty()) return {{}, where + answer.failure};
    if (const auto found = answer.resource.find("total");
        page == 1 && found != answer.resource.end()) {
      total = *found;
    }
    const std::string next = next_link(answer.resource);
    if (next.empty()) break;
    if (page == max_pages) {
      return {{}, "more than " + std::to_string(max_pages) + " pages (--fhir-max-pages)"};
    }
    const auto url = parse_fhir_url(next);
    if (!url) return {{}, where + "its next link is not an absolute http(s) URL"};
    if (!same_origin(*url, server)) {
      return {{},
              where + "its next link goes to another origin, " + url->origin() +
                  ", not followed: the access token goes only to fhirServer"};
    }
    page_target = url->target;
  }
  if (total.is_number_unsigned() && total.get<std::size_t>() > matches) {
    return {{},
            "its pages held " + std::to_string(matches) + " matches of the " +
                std::to_string(total.get<std::size_t>()) + " its total says"};
  }
  return {json{{"resourceType", "Bundle"}, {"type", "searchset"}, {"entry", std::move(entries)}},
          ""};
}

}  // namespace eligo::cds
