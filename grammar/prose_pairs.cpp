// Prose stage 2, semantic half, thresholds written in pairs (prose_grammar_pairs.hpp).
// Each value of a pair is compiled as a measure statement of its own, through
// make_measure_statement, so the unit, inference and plausibility checks are the same
// as for any threshold; the pair only decides how the two are joined.
#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "core/text.hpp"
#include "grammar/prose_build.hpp"

namespace eligo::grammar::prose {
namespace {

// A statement left uncovered, with why.
Statement rejected(Pos pos, std::string why, std::vector<Diagnostic> more = {}) {
  Statement st;
  st.diagnostics = std::move(more);
  st.diagnostics.push_back(Diagnostic{
      Severity::warning, span_of(pos), std::move(why) + "; statement left uncovered", {}});
  st.rejected = true;
  return st;
}

// One threshold of one measure, compiled as a measure statement.
std::optional<Statement> one_threshold(std::vector<Item> subjects, const Comparison& c,
                                       const std::optional<Item>& restatement, Pos pos,
                                       const Lexicon& lexicon, std::string_view text) {
  subjects.push_back(Item{c.pos, c});
  if (restatement) subjects.push_back(*restatement);
  return make_measure_statement(subjects, pos, lexicon, text);
}

// Joins two compiled statements under And or Or.
Statement joined(Statement a, Statement b, bool is_or, Pos pos) {
  Statement out;
  const NodeId x = out.tree.graft(a.tree, a.tree.root);
  const NodeId y = out.tree.graft(b.tree, b.tree.root);
  out.tree.root =
      is_or ? out.tree.add(Or{{x, y}}, span_of(pos)) : out.tree.add(And{{x, y}}, span_of(pos));
  for (auto* s : {&a, &b}) {
    out.diagnostics.insert(out.diagnostics.end(), s->diagnostics.begin(), s->diagnostics.end());
    out.uncovered.insert(out.uncovered.end(), s->uncovered.begin(), s->uncovered.end());
  }
  return out;
}

// Whether the words just before `pos` speak of blood pressure: an unnamed pair in mmHg
// is a blood pressure only there ("Hypertension (> 140/90 mmHg)"), not after another
// pressure ("IOP > 25/20 mmHg").
bool pressure_named_before(std::string_view text, std::size_t pos) {
  const std::size_t to = std::min(pos, text.size());
  const std::size_t from = to > 60 ? to - 60 : 0;
  const std::string before = to_lower_ascii(text.substr(from, to - from));
  for (std::string_view w : {"hypertens", "hypotens", "blood pressure", "bp"}) {
    if (before.find(w) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::optional<Statement> make_pressure_pair(std::span<const Item> tokens, Pos pos,
                                            const Lexicon& lexicon, std::string_view text) {
  bool named = false;
  std::vector<Op> ops;
  std::vector<std::pair<Quantity, Pos>> values;
  for (const auto& item : tokens) {
    if (const auto* m = as<TokMark>(item); m && m->kind == TokMark::Kind::pressure) named = true;
    if (const auto* o = as<TokOp>(item)) ops.push_back(o->op);
    if (const auto* q = as<Quantity>(item)) values.emplace_back(*q, item.pos);
  }
  if (values.size() != 2 || ops.empty() || (ops.size() == 2 && ops[0] != ops[1])) {
    return std::nullopt;
  }
  // "mean blood pressure", "pulse pressure": another pressure than the pair's.
  std::size_t begin = 0;
  const std::string before = to_lower_ascii(letters_before(text, pos.begin, begin));
  if (before == "mean" || before == "pulse" || before == "systolic" || before == "diastolic") {
    return std::nullopt;
  }
  Quantity sys = values[0].first, dia = values[1].first;
  if (!sys.unit && sys.unit_error.empty()) {  // "160/100 mmHg": one unit for both
    sys.unit = dia.unit, sys.unit_written = dia.unit_written, sys.unit_error = dia.unit_error;
    sys.unit_pos = dia.unit_pos;
  }
  // Unnamed, only a pair in a unit of pressure is one: not "2/3 of patients".
  const bool pressure_unit = sys.unit && dia.unit && sys.unit->dimension == Dimension::pressure &&
                             dia.unit->dimension == Dimension::pressure;
  if (!named && (!pressure_unit || !pressure_named_before(text, pos.begin))) return std::nullopt;
  const auto* systolic = lexicon.vocabulary().find("systolic_bp");
  const auto* diastolic = lexicon.vocabulary().find("diastolic_bp");
  if (!systolic || !diastolic) return std::nullopt;
  const Op op = ops.front();
  auto compare = [&](const Quantity& q, Pos where) {
    Comparison c;
    c.op = op;
    c.q = q;
    c.pos = where;
    return c;
  };
  const Pos at{pos.begin, pos.begin};
  auto s = one_threshold({Item{at, TokMeasure{systolic, {}}}}, compare(sys, values[0].second),
                         std::nullopt, pos, lexicon, text);
  auto d = one_threshold({Item{at, TokMeasure{diastolic, {}}}}, compare(dia, values[1].second),
                         std::nullopt, pos, lexicon, text);
  if (!s || !d || s->rejected || d->rejected) {
    if (!named) return std::nullopt;
    std::vector<Diagnostic> why;
    for (auto* st : {&s, &d}) {
      if (*st) why.insert(why.end(), (*st)->diagnostics.begin(), (*st)->diagnostics.end());
    }
    return rejected(pos, "a blood pressure pair that is not two pressures", std::move(why));
  }
  // Which of the two must hold depends on the side of normal the limit bounds. An upper
  // limit (hypertension, systolic >= 120 mmHg): below it means both below, above it
  // either above. A lower limit (hypotension, systolic <= 100 mmHg): the other way round.
  const auto mmhg = parse_unit("mmHg");
  const Unit sys_unit = sys.unit ? *sys.unit : *mmhg;
  const double sys_mmhg = sys.value * sys_unit.to_base / mmhg->to_base;
  const Unit dia_unit = dia.unit ? *dia.unit : sys_unit;
  const double dia_mmhg = dia.value * dia_unit.to_base / mmhg->to_base;
  if (dia_mmhg >= sys_mmhg) return rejected(pos, "the diastolic value is not below the systolic");
  const bool upper = sys_mmhg >= 120, lower = sys_mmhg <= 100;
  if (!upper && !lower) {
    return rejected(pos,
                    "a blood pressure limit between low and high: whether both values or "
                    "either must hold is not said");
  }
  const bool below = op == Op::lt || op == Op::le;
  const bool is_or = upper ? !below : below;
  return joined(std::move(*s), std::move(*d), is_or, pos);
}

std::optional<Statement> make_sex_pair(std::span<const Item> tokens, Pos pos,
                                       const Lexicon& lexicon, std::string_view text) {
  struct Branch {
    std::optional<Comparison> comparison;
    std::optional<Item> restatement;
    std::optional<TokMark::Kind> sex;
  };
  std::vector<Item> subjects;
  std::vector<Branch> branches;
  Branch current;
  for (const auto& item : tokens) {
    if (as<TokMeasure>(item) && branches.empty() && !current.comparison && !current.sex) {
      subjects.push_back(item);
    } else if (const auto* c = as<Comparison>(item)) {
      current.comparison = *c;
    } else if (as<TokRestatement>(item)) {
      current.restatement = item;
    } else if (const auto* m = as<TokMark>(item)) {
      current.sex = m->kind;
    }
    if (current.comparison && current.sex) {
      branches.push_back(current);
      current = Branch{};
    }
  }
  const auto* sex = lexicon.vocabulary().find("sex");
  if (subjects.empty() || branches.size() != 2 || branches[0].sex == branches[1].sex || !sex) {
    return std::nullopt;
  }
  std::vector<Statement> parts;
  for (const auto& b : branches) {
    auto st = one_threshold(subjects, *b.comparison, b.restatement, pos, lexicon, text);
    if (!st) return std::nullopt;
    if (st->rejected) return rejected(pos, "a threshold per sex not understood", st->diagnostics);
    const NodeId who = st->tree.add(
        IsValue{sex->id, {*b.sex == TokMark::Kind::male ? "male" : "female"}}, span_of(pos));
    st->tree.root = st->tree.add(And{{who, st->tree.root}}, span_of(pos));
    parts.push_back(std::move(*st));
  }
  return joined(std::move(parts[0]), std::move(parts[1]), /*is_or=*/true, pos);
}

std::optional<Statement> make_sided_pressure(std::span<const Item> tokens, Pos pos,
                                             const Lexicon& lexicon, std::string_view text) {
  std::optional<Statement> out;
  std::vector<NodeId> sides;
  bool sides_or = false;
  std::vector<Item> group;  // the comparisons (and their joins) of the side being read
  for (const auto& item : tokens) {
    if (const auto* mark = as<TokMark>(item)) {
      if (mark->kind == TokMark::Kind::pressure) continue;
      if (mark->kind != TokMark::Kind::systolic && mark->kind != TokMark::Kind::diastolic) {
        return std::nullopt;
      }
      const auto* side = lexicon.vocabulary().find(
          mark->kind == TokMark::Kind::systolic ? "systolic_bp" : "diastolic_bp");
      if (!side || group.empty()) return std::nullopt;
      group.insert(group.begin(), Item{item.pos, TokMeasure{side, {}}});
      auto st = make_measure_statement(group, pos, lexicon, text);
      if (!st || st->rejected) return std::nullopt;
      if (!out) {
        out = std::move(*st);
        sides.push_back(out->tree.root);
      } else {
        sides.push_back(out->tree.graft(st->tree, st->tree.root));
      }
      group.clear();
    } else if (const auto* j = as<TokJoin>(item)) {
      if (group.empty()) {
        sides_or |= j->is_or;  // between the two sides
      } else {
        group.push_back(item);
      }
    } else if (as<Comparison>(item)) {
      group.push_back(item);
    }
  }
  if (!out || !group.empty()) return std::nullopt;
  if (sides.size() > 1) {
    out->tree.root =
        sides_or ? out->tree.add(Or{sides}, span_of(pos)) : out->tree.add(And{sides}, span_of(pos));
  }
  return out;
}

std::optional<Statement> make_age_conditioned(std::span<const Item> tokens, Pos pos,
                                              const Lexicon& lexicon, std::string_view text,
                                              bool exclusion) {
  // The measure and its comparison come first; the last comparison is the age's.
  std::vector<Item> subjects;
  std::vector<std::pair<Comparison, Pos>> comparisons;
  std::optional<Item> restatement;
  for (const auto& item : tokens) {
    if (as<TokMeasure>(item) && comparisons.empty()) {
      subjects.push_back(item);
    } else if (const auto* c = as<Comparison>(item)) {
      comparisons.emplace_back(*c, item.pos);
    } else if (as<TokRestatement>(item) && comparisons.size() == 1) {
      restatement = item;
    }
  }
  if (subjects.empty() || comparisons.size() != 2 || !lexicon.age()) return std::nullopt;
  auto st = one_threshold(subjects, comparisons[0].first, restatement, pos, lexicon, text);
  if (!st) return std::nullopt;
  if (st->rejected) return rejected(pos, "a threshold for an age not understood", st->diagnostics);
  const Item age_item{comparisons[1].second, comparisons[1].first};
  auto age =
      make_age_statement(std::span<const Item>(&age_item, 1), comparisons[1].second, lexicon);
  if (!age || age->rejected) return std::nullopt;
  Statement out = std::move(*st);
  const NodeId when = out.tree.graft(age->tree, age->tree.root);
  const NodeId value = out.tree.root;
  if (exclusion) {
    out.tree.root = out.tree.add(And{{when, value}}, span_of(pos));
  } else {
    const NodeId other_ages = out.tree.add(Not{when}, span_of(pos));
    out.tree.root = out.tree.add(Or{{other_ages, value}}, span_of(pos));
  }
  out.diagnostics.insert(out.diagnostics.end(), age->diagnostics.begin(), age->diagnostics.end());
  if (const auto* m = as<TokMeasure>(subjects.front()); m && m->entry) out.for_some = m->entry->id;
  return out;
}

}  // namespace eligo::grammar::prose
