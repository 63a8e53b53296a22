// Replay protection for the CDS Clients' JWTs: the tokens seen (their issuer and jti),
// each kept until its token can no longer be accepted, then forgotten. Memory is bounded:
// at most `capacity` tokens are kept. When all of them are still live a new token cannot
// be remembered and is refused (kFull), so a token is never accepted twice. Expired
// entries are swept only when the cache is full, and no more often than they can expire.
// Safe from many threads.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace eligo::cds {

class JtiCache {
 public:
  enum class Result { kFirst, kReplayed, kFull };

  explicit JtiCache(std::size_t capacity = 100000) : capacity_(capacity) {}

  // Records the token `key` (its issuer and jti) as used until `until` (seconds since
  // 1970), at time `now`: kFirst the first time; kReplayed when already used and still
  // live; kFull when the cache is full of live tokens.
  Result remember(std::string_view key, std::int64_t until, std::int64_t now);

  std::size_t size() const;

 private:
  void sweep(std::int64_t now);

  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, std::int64_t> until_;
  std::int64_t next_expiry_ = INT64_MAX;  // the earliest `until` among the entries
};

}  // namespace eligo::cds
