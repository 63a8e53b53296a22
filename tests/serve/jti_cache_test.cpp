// The replay cache: a token once, each kept until it expires, and a bounded number kept.
#include "cds/jti_cache.hpp"

#include <catch2/catch.hpp>

using eligo::cds::JtiCache;
using Seen = JtiCache::Result;

TEST_CASE("A jti is accepted once until its token expires, then forgotten") {
  JtiCache cache(10);
  CHECK(cache.remember("0 a", 100, 50) == Seen::kFirst);
  CHECK(cache.remember("0 a", 100, 60) == Seen::kReplayed);
  CHECK(cache.remember("0 a", 100, 100) == Seen::kReplayed);  // live up to its time
  CHECK(cache.remember("1 a", 100, 60) == Seen::kFirst);      // another issuer's jti
  CHECK(cache.remember("0 a", 300, 101) == Seen::kFirst);     // expired: a new token
  CHECK(cache.remember("0 a", 300, 102) == Seen::kReplayed);
}

TEST_CASE("The cache holds at most its capacity, and refuses rather than forget a live jti") {
  JtiCache cache(2);
  CHECK(cache.remember("a", 100, 50) == Seen::kFirst);
  CHECK(cache.remember("b", 200, 50) == Seen::kFirst);
  CHECK(cache.remember("c", 300, 60) == Seen::kFull);  // a and b still live
  CHECK(cache.size() == 2);
  CHECK(cache.remember("a", 100, 60) == Seen::kReplayed);
  CHECK(cache.remember("c", 300, 150) == Seen::kFirst);  // a expired and swept
  CHECK(cache.size() == 2);
  CHECK(cache.remember("b", 200, 150) == Seen::kReplayed);
  CHECK(cache.remember("d", 400, 150) == Seen::kFull);
  CHECK(cache.remember("d", 400, 301) == Seen::kFirst);  // b and c swept
  CHECK(cache.size() == 1);
}
