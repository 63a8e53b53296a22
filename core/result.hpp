// Result<T>: a value or an error message. Used where a failure is about the data
// (an unknown unit, a refused conversion) and the caller decides what to do with it;
// no exception crosses a module boundary.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace eligo {

template <class T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit on purpose
  static Result failure(std::string message) { return Result(Failure{std::move(message)}); }

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  const T& value() const& { return std::get<0>(state_); }
  T& value() & { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const T& operator*() const { return value(); }
  const T* operator->() const { return &value(); }
  // The error message; empty when ok().
  const std::string& error() const {
    static const std::string none;
    return ok() ? none : std::get<1>(state_).message;
  }

 private:
  struct Failure {
    std::string message;
  };
  explicit Result(Failure f) : state_(std::move(f)) {}
  std::variant<T, Failure> state_;
};

}  // namespace eligo
