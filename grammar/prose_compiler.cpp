// The prose compiler pipeline, one function per stage: normalise (prose_normalise) →
// scan (prose_scan, the PEGTL grammar) → assemble (prose_assemble) → map every span
// back to the source and shift it by `origin`. Never throws.
#include "grammar/prose_compiler.hpp"

#include <optional>
#include <string>
#include <unordered_set>

#include "core/text.hpp"
#include "grammar/noise_words.hpp"
#include "grammar/person_words.hpp"
#include "grammar/prose_assemble.hpp"
#include "grammar/prose_lexicon.hpp"
#include "grammar/prose_normalise.hpp"
#include "grammar/prose_scan.hpp"

namespace eligo::grammar {
namespace {

// Building a lexicon costs far more than compiling one criterion, so the built-in
// vocabulary's (alive for the whole program) is built once, on first use (thread-safe);
// any other vocabulary gets its own, built for the call.
const prose::Lexicon& lexicon_for(const Vocabulary& vocabulary,
                                  std::optional<prose::Lexicon>& local) {
  if (&vocabulary == &Vocabulary::builtin()) {
    static const prose::Lexicon builtin(Vocabulary::builtin());
    return builtin;
  }
  return local.emplace(vocabulary);
}

// An uncovered span starts and ends on content: no spaces, brackets or noise words at
// its edges ("or hemolytic anemia" is "hemolytic anemia").
prose::Pos trim_to_content(std::string_view t, prose::Pos u) {
  auto edge = [&](char c) { return c == ' ' || c == '\n' || c == '(' || c == ')' || c == ','; };
  for (int guard = 0; guard < 8 && u.end > u.begin; ++guard) {
    while (u.begin < u.end && edge(t[u.begin])) ++u.begin;
    while (u.end > u.begin && edge(t[u.end - 1])) --u.end;
    const std::size_t first_end = prose::word_end(t, u.begin);
    if (first_end < u.end && prose::is_word_start(t, u.begin) &&
        is_noise_word(t.substr(u.begin, first_end - u.begin))) {
      u.begin = static_cast<std::uint32_t>(first_end);
      continue;
    }
    std::size_t last = u.end;
    while (last > u.begin && prose::is_word_byte(t[last - 1])) --last;
    if (last > u.begin && last < u.end && is_noise_word(t.substr(last, u.end - last))) {
      u.end = static_cast<std::uint32_t>(last);
      continue;
    }
    break;
  }
  return u;
}

}  // namespace

ProseCompile compile_prose(std::string_view text, const Vocabulary& vocabulary, Span origin,
                           Section section) {
  ProseCompile out;
  const prose::Normalised normalised = prose::normalise(text);
  const prose::SpanMapper mapper(normalised, text, origin);
  const auto whole = mapper.source_span(0, static_cast<std::uint32_t>(text.size()));

  prose::Assembled assembled;
  if (normalised.text.size() > prose::kMaxProseBytes) {
    out.diagnostics.push_back(
        Diagnostic{Severity::warning, whole,
                   "criterion text too long to compile (" + std::to_string(text.size()) + " bytes)",
                   "split it into separate criteria"});
  } else {
    std::optional<prose::Lexicon> local;
    const prose::Lexicon& lexicon = lexicon_for(vocabulary, local);
    assembled =
        prose::assemble(prose::scan_pieces(normalised.text, lexicon, section == Section::exclusion),
                        normalised.text);
  }

  out.coverage = assembled.coverage;
  for (auto u : assembled.uncovered) {
    u = trim_to_content(normalised.text, u);
    if (u.end > u.begin) out.uncovered.push_back(mapper.map(u.begin, u.end));
  }
  for (auto& d : assembled.diagnostics) {
    d.span = mapper.map(d.span.begin, d.span.end);
    out.diagnostics.push_back(std::move(d));
  }
  if (assembled.coverage == Coverage::none) {
    const std::string reason =
        needs_a_person(normalised.text) ? "needs a person" : "not understood";
    out.tree.root = out.tree.add(Manual{std::string(trim(text)), reason}, whole);
    return out;
  }
  out.tree = std::move(assembled.tree);
  for (auto& node : out.tree.nodes) node.span = mapper.map(node.span.begin, node.span.end);
  return out;
}

}  // namespace eligo::grammar
