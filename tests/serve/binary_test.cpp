// `eligo serve` itself: started on a free port, asked over HTTP, stopped by SIGTERM.
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "serve_support.hpp"

extern char** environ;

using nlohmann::json;
using namespace eligo::test;

namespace {

// The eligo binary serving the seed trials (or `trials`) on a port of its choosing;
// stderr is read up to the line that says where it listens (kept: startup()).
class ServeProcess {
 public:
  explicit ServeProcess(std::vector<std::string> trials = {source_path("criteria")}) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    std::vector<std::string> args = {ELIGO_BINARY, "serve", "--trials"};
    args.insert(args.end(), trials.begin(), trials.end());
    args.insert(args.end(), {"--port", "0", "--as-of", kAsOf});
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    REQUIRE(posix_spawn(&pid_, ELIGO_BINARY, &actions, nullptr, argv.data(), environ) == 0);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    stderr_ = fdopen(fds[0], "r");
    char line[4096];
    while (std::fgets(line, sizeof line, stderr_) != nullptr) {
      const std::string text = line;
      startup_ += text;
      const auto at = text.find("http://127.0.0.1:");
      if (at != std::string::npos) {
        port_ = std::stoi(text.substr(at + 17));
        break;
      }
    }
    REQUIRE(port_ > 0);
  }
  ~ServeProcess() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    if (stderr_ != nullptr) std::fclose(stderr_);
  }
  // SIGTERM, then the exit status.
  int stop() {
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  // What it wrote to stderr after saying where it listens (call after stop()).
  std::string rest_of_stderr() {
    std::string out;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, stderr_)) > 0) out.append(buffer, n);
    return out;
  }
  httplib::Client client() const { return httplib::Client("127.0.0.1", port_); }
  const std::string& startup() const { return startup_; }

 private:
  std::string startup_;
  pid_t pid_ = -1;
  FILE* stderr_ = nullptr;
  int port_ = 0;
};

}  // namespace

TEST_CASE("eligo serve answers discovery and a hook, logs no patient data, stops on SIGTERM") {
  ServeProcess serve;
  auto client = serve.client();
  const auto discovery = client.Get("/cds-services");
  REQUIRE(discovery);
  CHECK(discovery->status == 200);
  CHECK(json::parse(discovery->body)["services"][0]["id"] == "eligo-trial-screening");

  const auto res = client.Post(kHookPath, p03_hook_request().dump(), "application/json");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  const json cards = json::parse(res->body)["cards"];
  REQUIRE(cards.size() == 2);  // NCT04883242 and NCT04965155, both undetermined
  CHECK(cards[0]["source"]["label"] == "eligo trial screening: NCT04883242");
  CHECK(cards[0]["indicator"] == "warning");
  CHECK(cards[1]["source"]["label"] == "eligo trial screening: NCT04965155");
  const json feedback = {{"feedback",
                          {{{"card", cards[0]["uuid"]},
                            {"outcome", "overridden"},
                            {"overrideReason", {{"userComment", "P03 born 1963-02-18"}}},
                            {"outcomeTimestamp", "2026-11-20T10:15:00Z"}}}}};
  const auto fed = client.Post(kFeedbackPath, feedback.dump(), "application/json");
  REQUIRE(fed);
  CHECK(fed->status == 200);
  CHECK(serve.stop() == 0);
  // At the default log level nothing about the patient is written; at the end, how many
  // feedback entries came.
  const std::string log = serve.rest_of_stderr();
  CHECK_THAT(log, Catch::Contains("1 feedback entries received (not logged: no --feedback-log)"));
  CHECK(log.find("P03") == std::string::npos);
  CHECK(log.find("1963-02-18") == std::string::npos);
  CHECK(log.find("prefetch") == std::string::npos);
}

TEST_CASE("eligo serve refuses what it cannot serve") {
  CHECK(run_eligo({"serve", "--trials", source_path("no-such-dir")}).status == 3);
  CHECK(run_eligo({"serve", "--trials", source_path("criteria"), "--as-of", "2026-13-01"}).status ==
        2);
  CHECK(run_eligo({"serve", "--trials", source_path("criteria"), "--port", "70000"}).status == 2);
  const auto& dir = scratch_dir("eligo-serve-refuses-");
  // --fhir-allow takes an origin, not a server's base URL with its path.
  const auto allow = run_eligo_captured({"serve", "--trials", source_path("criteria"), "--port",
                                         "0", "--fhir-allow", "https://ehr.example/fhir"},
                                        (dir / "out").string(), (dir / "err").string());
  CHECK(allow.status == 2);
  CHECK(allow.err.find("--fhir-allow https://ehr.example/fhir: not an origin") !=
        std::string::npos);
  // A feedback log that cannot be opened: it does not start.
  CHECK(run_eligo({"serve", "--trials", source_path("criteria"), "--port", "0", "--feedback-log",
                   "/no/such/dir/feedback.jsonl"})
            .status == 3);
}

TEST_CASE("eligo serve skips what screen skips, and serves the rest") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "eligo-serve-skips";
  fs::remove_all(dir);
  fs::create_directories(dir);
  // A study file that gives no trial: screen reads it with a skip, and so does serve.
  std::ofstream(dir / "none.json")
      << R"({"protocolSection": {"identificationModule": {"nctId": "NCT00000000"}}})";
  // The same trial id as a seed trial: skipped, naming both places; one card, not two.
  fs::copy_file(source_path("criteria/NCT04883242.criteria"), dir / "again.criteria");
  ServeProcess serve(
      {source_path("criteria"), (dir / "none.json").string(), (dir / "again.criteria").string()});
  CHECK_THAT(serve.startup(), Catch::Contains("no eligibility module") &&
                                  Catch::Contains("none.json") && Catch::Contains("skipped"));
  CHECK_THAT(serve.startup(), Catch::Contains("again.criteria: error: trial NCT04883242 is given "
                                              "twice; it was first given at") &&
                                  Catch::Contains("NCT04883242.criteria"));
  CHECK_THAT(serve.startup(), Catch::Contains("serving 4 trials"));
  auto client = serve.client();
  const auto res = client.Post(kHookPath, p03_hook_request().dump(), "application/json");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  // One card per trial: NCT04883242 once, not twice (and NCT04965155, undetermined).
  std::vector<std::string> labels;
  const json body = json::parse(res->body);
  for (const json& card : body["cards"]) labels.push_back(card["source"]["label"]);
  CHECK(labels == std::vector<std::string>{"eligo trial screening: NCT04883242",
                                           "eligo trial screening: NCT04965155"});
  CHECK(serve.stop() == 0);
  // Nothing loads at all: it does not start.
  CHECK(run_eligo({"serve", "--trials", (dir / "none.json").string(), "--port", "0"}).status == 3);
  fs::remove_all(dir);
}
