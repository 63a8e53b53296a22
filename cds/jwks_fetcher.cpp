// Fetching and keeping jku JWK Sets; see jwks_fetcher.hpp.
#include "cds/jwks_fetcher.hpp"

#include <httplib.h>
#include <spdlog/spdlog.h>

#include <regex>

namespace eligo::cds {
namespace {

constexpr std::size_t kMaxBody = 64 * 1024;
constexpr auto kKeep = std::chrono::minutes(10);
constexpr auto kRefetchAtMost = std::chrono::seconds(30);

}  // namespace

std::optional<std::vector<SigningKey>> JwksFetcher::keys(const std::string& url,
                                                         std::string_view kid) {
  {
    std::lock_guard lock(mutex_);
    Entry& entry = entries_[url];
    const auto age = Clock::now() - entry.fetched;
    const bool has_kid = entry.keys && find_key(*entry.keys, kid) != nullptr;
    if (entry.ever_fetched && age < kKeep && (has_kid || age < kRefetchAtMost)) return entry.keys;
    entry.fetched = Clock::now();  // this thread fetches; the others use what is kept
    entry.ever_fetched = true;
    ++fetches_;
  }
  auto fetched = fetch(url);
  std::lock_guard lock(mutex_);
  Entry& entry = entries_[url];
  if (fetched) entry.keys = std::move(fetched);
  return entry.keys;
}

std::size_t JwksFetcher::fetches() const {
  std::lock_guard lock(mutex_);
  return fetches_;
}

std::optional<std::vector<SigningKey>> JwksFetcher::fetch(const std::string& url) const {
  static const std::regex https_url(R"((https://[^/?#]+)(/[^#]*)?)");
  std::smatch parts;
  if (!std::regex_match(url, parts, https_url)) return std::nullopt;
  httplib::Client client(parts[1].str());
  client.set_connection_timeout(timeout_);
  client.set_read_timeout(timeout_);
  client.set_write_timeout(timeout_);
  client.set_follow_location(false);
  client.enable_server_certificate_verification(true);
  if (!ca_file_.empty()) client.set_ca_cert_path(ca_file_);
  const auto deadline = Clock::now() + timeout_;
  std::string body;
  const std::string path = parts[2].matched ? parts[2].str() : "/";
  const auto res = client.Get(path, [&](const char* data, std::size_t size) {
    body.append(data, size);
    return body.size() <= kMaxBody && Clock::now() < deadline;
  });
  if (!res || res->status != 200) {
    spdlog::warn("jku {}: the JWK Set cannot be fetched ({})", url,
                 res ? "HTTP " + std::to_string(res->status) : httplib::to_string(res.error()));
    return std::nullopt;
  }
  auto keys = read_jwks(body, /*strict=*/false);
  if (auto* problem = std::get_if<std::string>(&keys)) {
    spdlog::warn("jku {}: the JWK Set {}", url, *problem);
    return std::nullopt;
  }
  return std::get<std::vector<SigningKey>>(std::move(keys));
}

}  // namespace eligo::cds
