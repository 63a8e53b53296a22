// The replay cache; see jti_cache.hpp.
#include "cds/jti_cache.hpp"

#include <algorithm>

namespace eligo::cds {

JtiCache::Result JtiCache::remember(std::string_view key, std::int64_t until, std::int64_t now) {
  std::lock_guard lock(mutex_);
  const std::string k(key);
  if (const auto it = until_.find(k); it != until_.end()) {
    if (it->second >= now) return Result::kReplayed;
    it->second = until;  // expired, so forgotten: this is another token with the same jti
    next_expiry_ = std::min(next_expiry_, until);
    return Result::kFirst;
  }
  if (until_.size() >= capacity_ && now > next_expiry_) sweep(now);
  if (until_.size() >= capacity_) return Result::kFull;
  until_.emplace(k, until);
  next_expiry_ = std::min(next_expiry_, until);
  return Result::kFirst;
}

std::size_t JtiCache::size() const {
  std::lock_guard lock(mutex_);
  return until_.size();
}

void JtiCache::sweep(std::int64_t now) {
  next_expiry_ = INT64_MAX;
  for (auto it = until_.begin(); it != until_.end();) {
    if (it->second < now) {
      it = until_.erase(it);
    } else {
      next_expiry_ = std::min(next_expiry_, it->second);
      ++it;
    }
  }
}

}  // namespace eligo::cds
