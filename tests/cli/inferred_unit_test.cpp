// A unit inferred from the value (docs/prose.md, "Numbers and units") is shown wherever
// the rule is: `eligo parse`, `eligo check` and `eligo check --json`.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_support.hpp"

namespace {

using namespace eligo::test;

const std::filesystem::path& inferred_dir() { return scratch_dir("eligo-inferred-unit-"); }

CapturedRun run(const std::vector<std::string>& args) {
  return run_eligo_captured(args, (inferred_dir() / "stdout").string(),
                            (inferred_dir() / "stderr").string());
}

constexpr const char* kNote = "anc >= 1500 /uL: unit not written; inferred from the value";

}  // namespace

TEST_CASE("parse and check say when a unit was inferred from the value", "[cli][units]") {
  const auto parsed = run({"parse", "ANC \xE2\x89\xA5 1,500"});
  CHECK(parsed.status == 0);
  CHECK(parsed.out.find("rule: anc >= 1500 /uL\nnote: " + std::string(kNote)) != std::string::npos);

  const std::string file =
      scratch_write(inferred_dir(), "t.criteria",
                    "id: NCT1\ntitle: inferred\n\nInclusion Criteria:\n* ANC \xE2\x89\xA5 1,500\n"
                    "* Hemoglobin \xE2\x89\xA5 9 g/dL\n");
  const auto text = run({"check", file});
  CHECK(text.status == 0);
  CHECK(text.out.find("  note: " + std::string(kNote)) != std::string::npos);
  CHECK(text.out.find("note: hemoglobin") == std::string::npos);  // a unit written

  const auto json = run({"check", "--json", file});
  REQUIRE(json.status == 0);
  CHECK(json.out.find("\"unit_inferred\":true") != std::string::npos);
}
