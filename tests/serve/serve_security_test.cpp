// `eligo serve` with its security options: what it refuses at start (exit 2 or 3, naming
// the option or the file and the problem), the notice without --trust, and https with
// --trust end to end.
#include <signal.h>

#include <catch2/catch.hpp>
#include <cstdio>

#include "security_support.hpp"

using nlohmann::json;
using namespace eligo::test;

namespace {

// `eligo serve` on the seed trials with `args`, run by a shell that prints its pid and
// then becomes eligo; its stderr is read up to the line saying where it listens.
class SecureServe {
 public:
  explicit SecureServe(const std::vector<std::string>& args) {
    std::string command = "echo $$; exec " + shell_quote(ELIGO_BINARY) + " serve --trials " +
                          shell_quote(source_path("criteria")) + " --port 0";
    for (const auto& a : args) command += " " + shell_quote(a);
    pipe_ = ::popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe_ != nullptr);
    char line[4096];
    if (std::fgets(line, sizeof line, pipe_) != nullptr) pid_ = std::atoi(line);
    while (std::fgets(line, sizeof line, pipe_) != nullptr) {
      startup_ += line;
      const std::string text = line;
      if (const auto at = text.find("://127.0.0.1:"); at != std::string::npos) {
        port_ = std::atoi(text.c_str() + at + 13);
        break;
      }
    }
    REQUIRE(port_ > 0);
  }
  ~SecureServe() {
    if (pid_ > 0) ::kill(pid_, SIGTERM);
    ::pclose(pipe_);
  }
  int port() const { return port_; }
  const std::string& startup() const { return startup_; }

 private:
  FILE* pipe_ = nullptr;
  int pid_ = 0;
  int port_ = 0;
  std::string startup_;
};

const auto& dir() { return scratch_dir("eligo-serve-security-"); }

CapturedRun serve(std::vector<std::string> args) {
  args.insert(args.begin(), {"serve", "--trials", source_path("criteria"), "--port", "0"});
  return run_eligo_captured(args, (dir() / "out").string(), (dir() / "err").string());
}

std::string trust_file() { return scratch_write(dir(), "trust.json", trust_json().dump()); }

}  // namespace

TEST_CASE("Without --trust, serve listens on loopback only and says so") {
  for (const std::string host : {"0.0.0.0", "::", "192.0.2.7", "cds.example.org"}) {
    const CapturedRun run = serve({"--host", host});
    CHECK(run.status == 2);
    CHECK_THAT(run.err, Catch::Contains("--host " + host + " is not a loopback address"));
  }
  SecureServe loopback({"--host", "127.0.0.1"});
  CHECK_THAT(
      loopback.startup(),
      Catch::Contains("no --trust: requests are not authenticated; listening on loopback only"));
  CHECK_THAT(loopback.startup(), Catch::Contains("on http://127.0.0.1:"));
}

TEST_CASE("serve stops on SIGTERM sent right after its start message") {
  // The signal may come before the server listens; it must not be lost (each
  // ~SecureServe sends SIGTERM and waits for the process to end).
  for (int i = 0; i < 20; ++i) {
    SecureServe quick({"--host", "127.0.0.1"});
    CHECK(quick.port() > 0);
  }
}

TEST_CASE("serve refuses bad security options at start, naming the option or file") {
  const std::string bad_trust = scratch_write(dir(), "bad.json", R"({"issuers": [{"jwks": {}}]})");
  const std::string cert = test_certificate().cert;
  const std::string key = test_certificate().key;
  const std::string other_key = make_certificate("cli-other").key;
  const std::vector<std::tuple<std::vector<std::string>, int, std::string>> cases = {
      {{"--trust", trust_file()}, 2, "--trust requires --base-url"},
      {{"--base-url", kBaseUrl}, 2, "--base-url requires --trust"},
      {{"--tls-cert", cert}, 2, "--tls-cert requires --tls-key"},
      {{"--trust", trust_file(), "--base-url", "ftp://cds.example.org"},
       2,
       "--base-url ftp://cds.example.org: not an http(s) URL"},
      {{"--trust", bad_trust, "--base-url", kBaseUrl},
       3,
       "--trust " + bad_trust + ": issuers[0].iss is missing"},
      {{"--trust", "/nonexistent/trust.json", "--base-url", kBaseUrl},
       3,
       "/nonexistent/trust.json: cannot be read"},
      {{"--tls-cert", "/nonexistent/cert.pem", "--tls-key", key},
       3,
       "--tls-cert /nonexistent/cert.pem: cannot be read"},
      {{"--tls-cert", cert, "--tls-key", other_key}, 3, "TLS key " + other_key + ": not an"},
  };
  for (const auto& [args, status, message] : cases) {
    const CapturedRun run = serve(args);
    INFO(run.err);
    CHECK(run.status == status);
    CHECK_THAT(run.err, Catch::Contains(message));
  }
}

TEST_CASE("With --trust and TLS, serve says https and answers a signed hook over it") {
  SecureServe served({"--host", "127.0.0.1", "--trust", trust_file(), "--base-url", kBaseUrl + "/",
                      "--tls-cert", test_certificate().cert, "--tls-key", test_certificate().key});
  CHECK_THAT(served.startup(), Catch::Contains("on https://127.0.0.1:"));
  CHECK_THAT(served.startup(), Catch::Contains("aud " + kBaseUrl + "/cds-services/"));
  CHECK_THAT(served.startup(), !Catch::Contains("no --trust"));
  auto client = tls_client(served.port());
  const std::string body = p03_hook_request().dump();
  auto res = client.Post(kHookPath, body, "application/json");
  REQUIRE(res);
  CHECK(res->status == 401);
  res = client.Post(kHookPath, {{"Authorization", "Bearer " + token_for(ec_key())}}, body,
                    "application/json");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(json::parse(res->body)["cards"].size() > 0);
}
