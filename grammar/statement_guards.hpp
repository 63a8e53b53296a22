// Prose stage 2, semantic half: readings a measure statement must not take. The
// grammar finds a measure, a comparator and a number; these checks look at the words
// around them for what makes the statement about something else:
//  - a change of the measure, not its value ("weight change > 5 kg", "increase in
//    serum creatinine by >= 0.3 mg/dL", "creatinine 1.5-1.9 x baseline");
//  - a grade, not a quantity ("proteinuria < 2+" on a dipstick);
//  - a comparator the grammar did not join to the number ("MMSE of 26 >=", "higher
//    than NYHA class II"), where reading "= N" would say the opposite.
// Each returns the reason (for the diagnostic) or nothing.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "grammar/prose_pieces.hpp"

namespace eligo::grammar::prose {

// "weight change", "increase in creatinine": a word of change right before `subject`
// (past "in", "of", "the", "serum", "body") or right after it, or "compared to" after
// it. `subject` may span the statement: "decrement of 20% or more in FEV1".
std::optional<std::string> change_of_measure(std::string_view text, Pos subject);

// "item G BDI > 0", "PHQ-9 item 9 >= 1", "question 3 of the ISI": one item of a scale,
// not its total.
std::optional<std::string> item_of_scale(std::string_view text, Pos subject);

// After a number written without a unit: "2+" (a dipstick grade), "1.5 x baseline",
// "2-fold": not a value in any of the measure's units.
std::optional<std::string> not_a_quantity_after(std::string_view text, Pos number);

// A comparator right after a number that was read as "= N": "a score of 26 >=".
bool comparator_after(std::string_view text, Pos number);

// A comparator in words or symbols right before the subject: "higher than NYHA class
// II", "> ECOG 2".
bool comparator_before(std::string_view text, Pos subject);

// The QTc correction a statement names: "qtcf" for Fridericia, "qtcb" for Bazett, else
// empty. Reads the statement's own text (its brackets included).
std::string_view qtc_formula_named(std::string_view statement_text);

}  // namespace eligo::grammar::prose
