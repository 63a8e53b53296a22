// The JWK Sets behind jku URLs: fetched over https with httplib (the server's certificate
// checked against the system's CA certificates, or those of the trust file's
// jku_ca_file), within a deadline (`timeout` to connect, for each read, and for the whole
// body), at most 64 KiB, no redirects, and kept for 10 minutes. A kid missing from the
// kept set fetches the set again (key rotation), at most once every 30 seconds per URL, so
// tokens naming unknown kids cannot make the service fetch without end; a fetch that
// fails keeps the keys fetched before. Only URLs on an issuer's allowed list are ever
// asked for (jwt_verifier.cpp). Safe from many threads; a fetch holds no lock.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cds/jwks.hpp"

namespace eligo::cds {

class JwksFetcher {
 public:
  using Clock = std::chrono::steady_clock;

  // `ca_file`: CA certificates (PEM) for the jku servers; empty: the system's.
  explicit JwksFetcher(std::string ca_file, std::chrono::seconds timeout = std::chrono::seconds(3))
      : ca_file_(std::move(ca_file)), timeout_(timeout) {}

  // The keys at `url` (fetched when not kept, too old, or without `kid` and not fetched
  // in the last 30 s), or nothing when the URL has never been fetched successfully.
  std::optional<std::vector<SigningKey>> keys(const std::string& url, std::string_view kid);

  // Fetches made so far (successful or not).
  std::size_t fetches() const;

 private:
  struct Entry {
    std::optional<std::vector<SigningKey>> keys;
    Clock::time_point fetched{};
    bool ever_fetched = false;
  };
  std::optional<std::vector<SigningKey>> fetch(const std::string& url) const;

  std::string ca_file_;
  std::chrono::seconds timeout_;
  mutable std::mutex mutex_;
  std::map<std::string, Entry> entries_;
  std::size_t fetches_ = 0;
};

}  // namespace eligo::cds
