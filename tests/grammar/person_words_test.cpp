// Criteria that need a person by nature: each class of person_words.cpp, with real
// registry wordings, and clinical criteria that must stay "not understood".
#include <catch2/catch.hpp>
#include <string>
#include <variant>

#include "grammar/prose_compiler.hpp"

using namespace eligo;

namespace {

std::string reason_of(const std::string& text) {
  const grammar::ProseCompile c = grammar::compile_prose(text);
  if (c.coverage != Coverage::none) return "compiled";
  return std::get<Manual>(c.tree.top().kind).reason;
}

}  // namespace

TEST_CASE("person words: what only a person can decide", "[prose][person]") {
  const char* person[] = {
      "Capable of giving voluntary written informed consent",
      "Patients having other problems that, in the investigators opinion, would preclude",
      "Fluent in written and spoken English",
      "Speak English and/or Malay.",
      "Owns a smartphone.",
      "Have access to internet connection during the study duration.",
      "Registered with a health insurance scheme",
      "Resident of the United States for the duration of the trial.",
      "Previously participated in a clinical study involving PEAR-004",
      "Currently participating in another interventional study",
      "Own or have access to mobile phone (Android and IOS)",
      "Subject is actively enrolled in another clinical trial",
      "Subject donated blood in the last 3 months",
  };
  for (const char* text : person) {
    INFO(text);
    CHECK(reason_of(text) == "needs a person");
  }
}

TEST_CASE("person words: clinical criteria stay not understood", "[prose][person]") {
  const char* clinical[] = {
      "Malabsorption syndrome",
      "Participant has a positive urine screen for drugs of abuse",
      "Tablet formulation intolerance",
      "Live attenuated vaccine within 30 days",
  };
  for (const char* text : clinical) {
    INFO(text);
    CHECK(reason_of(text) != "needs a person");
  }
}
