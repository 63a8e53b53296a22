// Prose stage 2, semantic half, criteria over a measure's history
// (prose_grammar_history.hpp): the tokens of a statement become a Change, DoublingTime,
// CountOf or a Not over a HasEvent with its window. Each returns nothing when the
// tokens do not make a statement it can compile completely (no reference for a change,
// an amount without a unit, a % change of a measure in %, a decrease stated as an upper
// bound): the scan then tries the other forms, which leave such text uncovered.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "grammar/prose_lexicon.hpp"
#include "grammar/prose_pieces.hpp"

namespace eligo::grammar::prose {

// "increase of >= 25% in serum M-protein from nadir within 12 months" is
// change(serum_m_protein, from nadir within 12 months) >= 25 %; a fall mirrors the
// operator and the sign; "doubled" is >= 100 %, "k x baseline" (k - 1) x 100 %.
std::optional<Statement> make_change(std::span<const Item> tokens, Pos pos, const Lexicon& lexicon,
                                     std::string_view text);
// "lymphocyte doubling time < 6 months" is doubling_time(lymphocytes) < 6 months.
std::optional<Statement> make_doubling_time(std::span<const Item> tokens, Pos pos,
                                            const Lexicon& lexicon, std::string_view text);
// "platelets >= 100 x 10^9/L on two measurements at least 7 days apart" is
// count(platelets >= 100 10^9/L, apart >= 7 days) >= 2.
std::optional<Statement> make_count(std::span<const Item> tokens, Pos pos, const Lexicon& lexicon,
                                    std::string_view text);
// "transfusion-independent for 8 weeks" is not has blood_transfusion within 8 weeks.
std::optional<Statement> make_event_free(std::span<const Item> tokens, Pos pos,
                                         const Lexicon& lexicon, std::string_view text);

}  // namespace eligo::grammar::prose
