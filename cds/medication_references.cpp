// Medication references in a prefetched list; see medication_references.hpp.
#include "cds/medication_references.hpp"

#include <set>
#include <string>

namespace eligo::cds {
namespace {

using nlohmann::json;

const json* resource_of(const json& entry) {
  if (!entry.is_object()) return nullptr;
  const auto it = entry.find("resource");
  return it != entry.end() && it->is_object() ? &*it : nullptr;
}

std::string text_member(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

bool contains(const json& resource, std::string_view id) {
  const auto list = resource.find("contained");
  if (list == resource.end() || !list->is_array()) return false;
  for (const json& inner : *list) {
    if (inner.is_object() && text_member(inner, "id") == id) return true;
  }
  return false;
}

}  // namespace

std::size_t unresolved_medications(const json& bundle) {
  const auto entries = bundle.find("entry");
  if (entries == bundle.end() || !entries->is_array()) return 0;
  std::set<std::string> sent;  // fullUrls and "Medication/{id}" of the Medications sent
  for (const json& entry : *entries) {
    const json* resource = resource_of(entry);
    if (resource == nullptr || text_member(*resource, "resourceType") != "Medication") continue;
    if (const std::string url = text_member(entry, "fullUrl"); !url.empty()) sent.insert(url);
    if (const std::string id = text_member(*resource, "id"); !id.empty()) {
      sent.insert("Medication/" + id);
    }
  }
  std::size_t unresolved = 0;
  for (const json& entry : *entries) {
    const json* resource = resource_of(entry);
    if (resource == nullptr) continue;
    const auto named = resource->find("medicationReference");
    if (named == resource->end() || !named->is_object()) continue;
    const std::string reference = text_member(*named, "reference");
    if (!reference.empty() && reference[0] == '#') {
      if (!contains(*resource, std::string_view(reference).substr(1))) ++unresolved;
      continue;
    }
    const auto slash = reference.rfind('/', reference.rfind('/') - 1);
    const std::string tail = slash == std::string::npos ? reference : reference.substr(slash + 1);
    if (sent.count(reference) == 0 && sent.count(tail) == 0) ++unresolved;
  }
  return unresolved;
}

}  // namespace eligo::cds
