// Prose stage 2, the semantic half: grammar actions hand the tokens a rule recorded to
// these functions, which check them against the vocabulary and the units (a unit
// parse_unit refused, or one of the wrong dimension, rejects the statement with a
// diagnostic; nothing is guessed) and build the statement's small Tree. Node spans are
// normalised offsets here; prose_compiler.cpp maps them to the source. Measure and age
// statements are built in prose_statements.cpp, the rest in prose_build.cpp.
#pragma once

#include <optional>
#include <span>

#include "grammar/prose_lexicon.hpp"
#include "grammar/prose_pieces.hpp"

namespace eligo::grammar::prose {

Quantity make_quantity(std::span<const Item> tokens, Pos pos);
TokBound make_bound(std::span<const Item> tokens);
TokRestatement make_restatement(std::span<const Item> tokens);
TokException make_exception(std::span<const Item> tokens);
std::optional<Comparison> make_comparison(Comparison::Form form, std::span<const Item> tokens,
                                          Pos pos);

// "ALT and AST <= 3 x ULN", ">= 1 prior therapy", "Age >= 18 years": subjects and
// comparisons in either order, restatements and an exception. Empty when the tokens
// make no statement (a set of values for a measure that is not a score, a bare number).
// `text` is the normalised text the positions point into: a number without a unit takes
// an inferred one only when no unknown word stands right after it ("4 mmol").
// "S unless E" waives S for E: `S or has E` in an inclusion, `S and not has E` in an
// exclusion.
std::optional<Statement> make_measure_statement(std::span<const Item> tokens, Pos pos,
                                                const Lexicon& lexicon, std::string_view text = {},
                                                bool exclusion = false);
// "18 years of age or older": the age measure is implied.
// With unit_required, every quantity must be in years ("Patients >= 18 years").
std::optional<Statement> make_age_statement(std::span<const Item> tokens, Pos pos,
                                            const Lexicon& lexicon, bool unit_required = false);
// "BP < 160/100 mmHg": systolic and diastolic pressure, both below an upper limit (AND)
// or either above it (OR); prose_pairs.cpp. Empty when the pair is not a pressure.
std::optional<Statement> make_pressure_pair(std::span<const Item> tokens, Pos pos,
                                            const Lexicon& lexicon, std::string_view text);
// "blood pressure of > 140 mm Hg or < 90 mm Hg systolic, or > 90 mm Hg diastolic": the
// comparisons before "systolic" are the systolic pressure's (joined as written), those
// before "diastolic" the diastolic's; the two sides join as written. Empty unless every
// comparison compiles.
std::optional<Statement> make_sided_pressure(std::span<const Item> tokens, Pos pos,
                                             const Lexicon& lexicon, std::string_view text);
// "QTcF <= 450 ms in males or <= 470 ms in females": one threshold per sex.
std::optional<Statement> make_sex_pair(std::span<const Item> tokens, Pos pos,
                                       const Lexicon& lexicon, std::string_view text);
// "Lansky >= 50 for patients < 16 years": the threshold for those ages only. In an
// inclusion `not (age < 16 years) or lansky >= 50`; in an exclusion `age < 16 years
// and lansky >= 50`.
std::optional<Statement> make_age_conditioned(std::span<const Item> tokens, Pos pos,
                                              const Lexicon& lexicon, std::string_view text,
                                              bool exclusion);
// ">= 6 months post-ASCT".
std::optional<Statement> make_time_since(std::span<const Item> tokens, Pos pos);
// "HIV infection".
std::optional<Statement> make_event(std::span<const Item> tokens, Pos pos);
// "within 28 days prior to randomization".
std::optional<Window> make_window(std::span<const Item> tokens);

}  // namespace eligo::grammar::prose
