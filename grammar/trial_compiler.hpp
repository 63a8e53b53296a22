// Compiling a .criteria file into a Trial: the document structure (document.hpp), each
// criterion's prose (prose_compiler.hpp) or its `rule:` line (rule_parser.hpp), and the
// header's age and sex limits as criteria of their own. Never throws: a bad rule line
// is a diagnostic at file:line:col and its criterion falls back to its prose; every
// other criterion still compiles.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/result.hpp"
#include "core/trial.hpp"
#include "core/vocabulary.hpp"

namespace eligo::grammar {

struct TrialCompile {
  Trial trial;
  std::vector<Diagnostic> diagnostics;  // spans point into `text`
  std::string text;                     // the file's text, for rendering diagnostics
};

TrialCompile compile_trial(std::string text, std::string_view source_name,
                           const Vocabulary& vocabulary = Vocabulary::builtin());

// Reads and compiles a file; a failure only when the file cannot be read.
Result<TrialCompile> compile_trial_file(const std::filesystem::path& path,
                                        const Vocabulary& vocabulary = Vocabulary::builtin());

// The .criteria files named: a file as is, a directory's *.criteria files sorted by name.
// A failure names a path that does not exist or cannot be listed.
Result<std::vector<std::filesystem::path>> expand_trial_paths(
    const std::vector<std::string>& paths);

}  // namespace eligo::grammar
