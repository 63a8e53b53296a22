// The eligo command's exit codes (documented in README.md).
#pragma once

namespace eligo::cli {

enum ExitCode : int {
  kSuccess = 0,          // the command did what was asked
  kInputErrors = 1,      // the input was read but has errors (a malformed rule, bad rows)
  kBadArguments = 2,     // the command line is wrong
  kUnreadableInput = 3,  // a named file or directory cannot be read
};

}  // namespace eligo::cli
