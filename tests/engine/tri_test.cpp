// The full truth tables of Kleene's and/or/not over met / not met / unknown, and
// at-least-k checked against its definition: a node is met (not met) when every way of
// deciding its unknown children makes it met (not met), and unknown otherwise.
#include "engine/tri.hpp"

#include <array>
#include <catch2/catch.hpp>
#include <vector>

using eligo::engine::Tri;

namespace {

constexpr Tri M = Tri::met;
constexpr Tri N = Tri::not_met;
constexpr Tri U = Tri::unknown;

struct Row {
  Tri a, b, expected;
};

// The value a node takes over every completion of its unknown children.
template <class Holds>
Tri by_completion(const std::vector<Tri>& children, Holds holds) {
  std::vector<std::size_t> unknown;
  for (std::size_t i = 0; i < children.size(); ++i) {
    if (children[i] == U) unknown.push_back(i);
  }
  bool some_true = false, some_false = false;
  for (unsigned mask = 0; mask < (1u << unknown.size()); ++mask) {
    std::vector<bool> values;
    for (const Tri t : children) values.push_back(t == M);
    for (std::size_t j = 0; j < unknown.size(); ++j) values[unknown[j]] = (mask >> j) & 1u;
    (holds(values) ? some_true : some_false) = true;
  }
  return some_true && some_false ? U : some_true ? M : N;
}

}  // namespace

TEST_CASE("and: false wins, then unknown", "[tri]") {
  // clang-format off
  const std::array<Row, 9> table{{
      {M, M, M}, {M, N, N}, {M, U, U},
      {N, M, N}, {N, N, N}, {N, U, N},
      {U, M, U}, {U, N, N}, {U, U, U},
  }};
  // clang-format on
  for (const Row& r : table) {
    INFO(to_string(r.a) << " and " << to_string(r.b));
    CHECK(eligo::engine::tri_and(r.a, r.b) == r.expected);
  }
}

TEST_CASE("or: true wins, then unknown", "[tri]") {
  // clang-format off
  const std::array<Row, 9> table{{
      {M, M, M}, {M, N, M}, {M, U, M},
      {N, M, M}, {N, N, N}, {N, U, U},
      {U, M, M}, {U, N, U}, {U, U, U},
  }};
  // clang-format on
  for (const Row& r : table) {
    INFO(to_string(r.a) << " or " << to_string(r.b));
    CHECK(eligo::engine::tri_or(r.a, r.b) == r.expected);
  }
}

TEST_CASE("not swaps met and not met, keeps unknown", "[tri]") {
  CHECK(eligo::engine::tri_not(M) == N);
  CHECK(eligo::engine::tri_not(N) == M);
  CHECK(eligo::engine::tri_not(U) == U);
}

TEST_CASE("and/or agree with evaluation over every completion", "[tri]") {
  for (const Tri a : {M, N, U}) {
    for (const Tri b : {M, N, U}) {
      CHECK(eligo::engine::tri_and(a, b) ==
            by_completion({a, b}, [](const std::vector<bool>& v) { return v[0] && v[1]; }));
      CHECK(eligo::engine::tri_or(a, b) ==
            by_completion({a, b}, [](const std::vector<bool>& v) { return v[0] || v[1]; }));
    }
  }
}

TEST_CASE("at least k of 3, every combination of children and k = 0..4", "[tri]") {
  const std::array<Tri, 3> values{M, N, U};
  for (const Tri a : values) {
    for (const Tri b : values) {
      for (const Tri c : values) {
        const std::vector<Tri> children{a, b, c};
        unsigned met = 0, unknown = 0;
        for (const Tri t : children) {
          met += t == M;
          unknown += t == U;
        }
        for (unsigned k = 0; k <= 4; ++k) {
          const Tri expected = by_completion(children, [k](const std::vector<bool>& v) {
            unsigned n = 0;
            for (const bool x : v) n += x;
            return n >= k;
          });
          INFO("k=" << k << " children " << to_string(a) << ", " << to_string(b) << ", "
                    << to_string(c));
          CHECK(eligo::engine::tri_at_least(k, met, unknown) == expected);
        }
      }
    }
  }
}

TEST_CASE("at least k: the edges", "[tri]") {
  CHECK(eligo::engine::tri_at_least(0, 0, 0) == M);  // nothing required
  CHECK(eligo::engine::tri_at_least(1, 0, 0) == N);  // an empty "any of"
  CHECK(eligo::engine::tri_at_least(2, 1, 1) == U);
  CHECK(eligo::engine::tri_at_least(2, 1, 0) == N);
  CHECK(eligo::engine::to_string(U) == "unknown");
  CHECK(eligo::engine::to_string(N) == "not met");
}
