// The two JSON writers of the engine agree on bytes that are not UTF-8: dump_json
// (nlohmann documents) and append_json_string (the verdict JSON Lines) both write
// U+FFFD for them and escape control characters, so their output always parses.
#include "core/json_dump.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "engine/verdict_json.hpp"

using namespace eligo;

TEST_CASE("invalid UTF-8 and control characters give valid JSON from both writers") {
  const std::string replacement = "\xEF\xBF\xBD";
  for (const std::string bad : {"\xFF\xFE", "\x80", "\xE2\x89", "\xC0\xAF", "\xE0\x80\xAF",
                                "\xED\xA0\x80", "\xF4\x90\x80\x80"}) {
    CAPTURE(bad);
    const std::string text = "a" + bad + "b";
    const std::string dumped = dump_json(nlohmann::json{{"text", text}});
    REQUIRE(nlohmann::json::accept(dumped));
    const std::string from_dump = nlohmann::json::parse(dumped)["text"];
    CHECK(from_dump.front() == 'a');
    CHECK(from_dump.back() == 'b');
    CHECK(from_dump.find(replacement) != std::string::npos);

    std::string appended;
    engine::append_json_string(appended, text);
    REQUIRE(nlohmann::json::accept(appended));
    CHECK(nlohmann::json::parse(appended).get<std::string>().find(replacement) !=
          std::string::npos);
  }
  static constexpr char kControls[] = "tab\there\x01\x1f\x7f nul\0 end";
  const std::string controls(kControls, sizeof kControls - 1);
  std::string appended;
  engine::append_json_string(appended, controls);
  REQUIRE(nlohmann::json::accept(appended));
  CHECK(nlohmann::json::parse(appended).get<std::string>() == controls);
  CHECK(nlohmann::json::parse(dump_json(controls)).get<std::string>() == controls);
  // Valid UTF-8 is kept byte for byte.
  const std::string valid = "\xE2\x89\xA5 1000/\xC2\xB5L \xF0\x9F\x98\x80";
  CHECK(nlohmann::json::parse(dump_json(valid)).get<std::string>() == valid);
}
