// Golden files: `eligo check` on the registry texts of seeds 002 and 004 with no rule:
// lines, exactly as the prose compiler understands them. A change in what the grammar
// reads shows up here as a diff to review; regenerate the files with
// ELIGO_UPDATE_GOLDEN=1 and read the diff before committing it.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "cli_support.hpp"

namespace {

std::string read_or_empty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("eligo check on the seed texts without rules matches its golden output",
          "[cli][golden]") {
  using eligo::test::run_eligo;
  using eligo::test::source_path;
  const auto trial = GENERATE(as<std::string>{}, "NCT04270409", "NCT04883242");
  // Relative paths, so the output does not depend on where the tree is checked out.
  std::filesystem::current_path(ELIGO_SOURCE_DIR);
  const std::string input = "tests/grammar/data/" + trial + ".indented.criteria";
  const auto result = run_eligo({"check", input});
  INFO(input);
  CHECK(result.status == 0);
  const std::string golden = source_path("tests/cli/golden/" + trial + ".check.txt");
  if (std::getenv("ELIGO_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(golden, std::ios::binary) << result.out;
  }
  CHECK(result.out == read_or_empty(golden));
}
