// Each trial id once. Loaders (the commands, api::Engine, `import`) record every trial
// they load with where it came from ("a.criteria", "studies.json, study 3"); the same
// id given a second time is an error naming both places, and the loader keeps the
// first and skips the second, so no trial is silently overwritten or doubled.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include "core/diagnostic.hpp"

namespace eligo::api {

class TrialIds {
 public:
  // Records `id` as loaded from `place`. When `id` was already recorded, records
  // nothing and returns the error, about this place and naming the first one. An empty
  // id is never recorded.
  std::optional<Diagnostic> add(const std::string& id, const std::string& place);

 private:
  std::unordered_map<std::string, std::string> places_;
};

}  // namespace eligo::api
