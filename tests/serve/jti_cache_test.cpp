// The replay cache: a token once, each kept until it expires, and a bounded number kept.
#include "cds/jti_cache.hpp"

#include <catch2/catch.hpp>

using eligo::cds::JtiCache;
using Result = JtiCache::Result;

TEST_CASE("A jti is accepted once until its token expires, then forgotten") {
  JtiCache cache(10);
  CHECK(cache.remember("0 a", 100, 50) == Result::kFirst);
  CHECK(cache.remember("0 a", 100, 60) == Result::kReplayed);
  CHECK(cache.remember("0 a", 100, 100) == Result::kReplayed);  // live up to its time
  CHECK(cache.remember("1 a", 100, 60) == Result::kFirst);      // another issuer's jti
  CHECK(cache.remember("0 a", 300, 101) == Result::kFirst);     // expired: a new token
  CHECK(cache.remember("0 a", 300, 102) == Result::kReplayed);
}

TEST_CASE("The cache holds at most its capacity, and refuses rather than forget a live jti") {
  JtiCache cache(2);
  CHECK(cache.remember("a", 100, 50) == Result::kFirst);
  CHECK(cache.remember("b", 200, 50) == Result::kFirst);
  CHECK(cache.remember("c", 300, 60) == Result::kFull);  // a and b still live
  CHECK(cache.size() == 2);
  CHECK(cache.remember("a", 100, 60) == Result::kReplayed);
  CHECK(cache.remember("c", 300, 150) == Result::kFirst);  // a expired and swept
  CHECK(cache.size() == 2);
  CHECK(cache.remember("b", 200, 150) == Result::kReplayed);
  CHECK(cache.remember("d", 400, 150) == Result::kFull);
  CHECK(cache.remember("d", 400, 301) == Result::kFirst);  // b and c swept
  CHECK(cache.size() == 1);
}
