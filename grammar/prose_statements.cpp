// Prose stage 2, semantic half, measure statements (see prose_build.hpp). Checks units
// against each measure's dimension with convert(), so a statement compiles only when
// the engine can evaluate it; the rest becomes uncovered text with a diagnostic.
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/text.hpp"
#include "grammar/person_words.hpp"
#include "grammar/prose_build.hpp"
#include "grammar/statement_guards.hpp"
#include "grammar/threshold_sense.hpp"

namespace eligo::grammar::prose {
namespace {

// "/30" after a score whose scale ends at 30 ("MoCA < 26/30"): the scale, not a unit.
bool scale_denominator(const VocabularyEntry& m, std::string_view written) {
  if (m.dimension != Dimension::count || !m.plausible_high || written.size() < 2 ||
      written.front() != '/') {
    return false;
  }
  double top = 0;
  for (const char c : written.substr(1)) {
    if (c < '0' || c > '9') return false;
    top = top * 10 + (c - '0');
  }
  return top == *m.plausible_high;
}

// The text of `p`, empty when `p` is not inside `text` (a statement built without it).
std::string_view slice(std::string_view text, Pos p) {
  if (p.end > text.size() || p.begin > p.end) return {};
  return text.substr(p.begin, p.end - p.begin);
}

bool is_whole(double v) { return std::floor(v) == v && std::fabs(v) < 1e9; }

// Can a value in `unit` be compared with `entry`'s values?
bool unit_fits(const Unit& unit, const VocabularyEntry& entry) {
  if (unit.dimension == entry.dimension && entry.canonical_unit.empty()) return true;
  const auto canonical = parse_unit(entry.canonical_unit);
  if (!canonical) return unit.dimension == entry.dimension;
  return convert(1.0, unit, *canonical, entry.analyte()).ok();
}

// The operator with its sides swapped: a < b is b > a.
Op mirror(Op op) {
  switch (op) {
    case Op::lt: return Op::gt;
    case Op::le: return Op::ge;
    case Op::gt: return Op::lt;
    case Op::ge: return Op::le;
    default: return op;
  }
}

// Whether comparison `a` holds only where `b` does: the same direction and reference,
// the same unit, and a threshold further along ("> 5 x ULN" against "> 2.5 x ULN").
bool stricter(const Comparison& a, const Comparison& b) {
  using F = Comparison::Form;
  if (a.form != F::compare || b.form != F::compare || !a.op_written || !b.op_written) return false;
  const bool a_up = a.op == Op::gt || a.op == Op::ge, b_up = b.op == Op::gt || b.op == Op::ge;
  const bool a_down = a.op == Op::lt || a.op == Op::le, b_down = b.op == Op::lt || b.op == Op::le;
  if (!((a_up && b_up) || (a_down && b_down))) return false;
  if (a.q.ref != b.q.ref || a.q.mode != b.q.mode) return false;
  if (a.q.ref == Reference::none || a.q.mode != RefMode::times) {
    if (!a.q.unit || !b.q.unit || a.q.unit->code != b.q.unit->code) return false;
  }
  return a_up ? a.q.value > b.q.value : a.q.value < b.q.value;
}

// Whether comparisons `a` and `b` bound from opposite sides ("<= 3 x ULN" against "> 1.5
// x ULN"): in an exclusion, such an alternative is a range permitted to some patients.
bool opposite(const Comparison& a, const Comparison& b) {
  using F = Comparison::Form;
  if (a.form != F::compare || b.form != F::compare || !a.op_written || !b.op_written) return false;
  const bool a_up = a.op == Op::gt || a.op == Op::ge, b_up = b.op == Op::gt || b.op == Op::ge;
  const bool a_down = a.op == Op::lt || a.op == Op::le, b_down = b.op == Op::lt || b.op == Op::le;
  return (a_up && b_down) || (a_down && b_up);
}

bool renal_rate_pair(Dimension a, Dimension b) {
  return (a == Dimension::volume_rate && b == Dimension::normalized_volume_rate) ||
         (a == Dimension::normalized_volume_rate && b == Dimension::volume_rate);
}

class StatementBuilder {
 public:
  StatementBuilder(const Lexicon& lexicon, Pos pos, std::string_view text)
      : lexicon_(lexicon), pos_(pos), text_(text) {}

  Statement& statement() { return st_; }
  Tree& tree() { return st_.tree; }

  void warn(Pos where, std::string message) {
    st_.diagnostics.push_back(
        Diagnostic{Severity::warning, span_of(where), std::move(message), {}});
  }

  // The threshold of `q` for measure `m`; empty (with a diagnostic) when the unit is
  // refused, missing where the measure needs one and not inferable, of another
  // dimension, or when the value is not a sensible threshold of `m` (threshold_sense.hpp).
  // Every threshold of a statement passes here: the one place of that check.
  std::optional<Threshold> threshold(const VocabularyEntry& m, const Quantity& q) {
    auto t = unchecked_threshold(m, q);
    if (!t) return t;
    const Pos where = q.unit_pos.end > q.unit_pos.begin ? q.unit_pos : q.pos;
    std::optional<std::string> why;
    if (t->ref != Reference::none && t->mode == RefMode::times) {
      why = implausible_factor(m, t->value);
    } else if (t->ref == Reference::none) {
      const auto unit = parse_unit(t->unit);
      const bool score = t->unit.empty() || (unit && unit->dimension == Dimension::fraction &&
                                             m.dimension == Dimension::count);
      why = implausible_threshold(m, t->value, score || !unit ? nullptr : &*unit);
    }
    if (why) {
      warn(where, "threshold not compiled: " + *why);
      return std::nullopt;
    }
    return t;
  }

  std::optional<Threshold> unchecked_threshold(const VocabularyEntry& m, const Quantity& q) {
    Threshold t;
    t.value = q.value;
    const Pos where = q.unit_pos.end > q.unit_pos.begin ? q.unit_pos : q.pos;
    if (!q.unit_error.empty() && !scale_denominator(m, q.unit_written)) {
      warn(where, "statement left uncovered: " + q.unit_error);
      return std::nullopt;
    }
    if (!q.unit_error.empty()) return t;  // "MoCA < 26/30": the score out of its maximum
    if (q.ref != Reference::none) {
      t.ref = q.ref;
      t.mode = q.mode;
      if (q.mode == RefMode::times) return t;
    }
    if (!q.unit && q.ref == Reference::none) {
      if (const auto why = not_a_quantity_after(text_, q.pos)) {
        warn(where, "no unit written for " + m.id + ", and " + *why + "; statement left uncovered");
        return std::nullopt;
      }
    }
    if (!q.unit) {
      if (q.ref != Reference::none) {
        warn(where, "no unit written for the offset from the reference limit of " + m.id);
        return std::nullopt;
      }
      if (m.dimension == Dimension::count) return t;
      if (&m == lexicon_.age()) {
        if (auto years = parse_unit("years")) {
          t.unit = years->code;
          t.unit_written = "years";
          return t;
        }
      }
      // "ANC >= 1,500": the unit only one of the written units makes sensible.
      if (decimal_comma_after(q.pos)) {
        warn(where, "no unit written for " + m.id +
                        ", and a comma with fewer than three digits after it may be a decimal "
                        "comma or a list; statement left uncovered");
        return std::nullopt;
      }
      if (const auto word = unknown_word_after(q.pos); !word.empty()) {
        warn(where, "no unit understood for " + m.id + " ('" + std::string(word) +
                        "' after the number is not a unit eligo knows); statement left uncovered");
        return std::nullopt;
      }
      const auto inferred = infer_unit(m, q.value);
      if (!inferred) {
        warn(where, inferred.error() + "; statement left uncovered");
        return std::nullopt;
      }
      t.unit = inferred->code;
      t.unit_inferred = true;
      return t;
    }
    if (m.dimension == Dimension::count && q.unit->code.empty()) {
      return t;  // "NIHSS >= 4 points", "a score of 3": the score itself
    }
    if (m.dimension == Dimension::count && m.integer && q.unit->dimension == Dimension::fraction) {
      return t;  // "Karnofsky >= 70%": a score written as a percentage
    }
    if (renal_rate_pair(q.unit->dimension, m.dimension)) {
      // eGFR written in mL/min, creatinine clearance in mL/min/1.73m2: registries drop or
      // add the body-surface normalisation; the value is read in the measure's unit.
      warn(where, "'" + q.unit_written + "' read as " + m.canonical_unit + ", the unit of " + m.id);
      const auto canonical = parse_unit(m.canonical_unit);
      t.unit = canonical ? canonical->code : m.canonical_unit;
      t.unit_written = q.unit_written;
      return t;
    }
    if (!unit_fits(*q.unit, m)) {
      warn(where, "unit '" + q.unit->code + "' (" + std::string(to_string(q.unit->dimension)) +
                      ") does not fit " + m.id + " (" + std::string(to_string(m.dimension)) +
                      "); statement left uncovered");
      return std::nullopt;
    }
    t.unit = q.unit->code;
    t.unit_written = q.unit_written;
    return t;
  }

  // One comparison of one measure as a tree node.
  std::optional<NodeId> leaf(const VocabularyEntry& m, const Comparison& c, Pos span) {
    const Span s = span_of(span);
    switch (c.form) {
      case Comparison::Form::normal_range: {
        Threshold low{1, "", Reference::lln, RefMode::times, ""};
        Threshold high{1, "", Reference::uln, RefMode::times, ""};
        return tree().add(Range{m.id, low, true, high, true}, s);
      }
      case Comparison::Form::set: {
        if (!m.integer) return std::nullopt;
        for (const double v : c.values) {
          if (auto why = implausible_threshold(m, v, nullptr)) {
            warn(span, "threshold not compiled: " + *why);
            return fail();
          }
        }
        return tree().add(InSet{m.id, c.values, ""}, s);
      }
      case Comparison::Form::range: {
        Quantity low = c.low, high = c.high;
        if (!low.unit && low.unit_error.empty() && low.ref == Reference::none) {
          low.unit = high.unit, low.unit_written = high.unit_written,
          low.unit_error = high.unit_error;
        }
        if (!high.unit && high.unit_error.empty() && high.ref == Reference::none) {
          high.unit = low.unit, high.unit_written = low.unit_written;
        }
        auto lt = threshold(m, low);
        auto ht = threshold(m, high);
        if (!lt || !ht) return fail();
        if (m.integer && lt->unit.empty() && ht->unit.empty() && lt->ref == Reference::none &&
            ht->ref == Reference::none && is_whole(lt->value) && is_whole(ht->value)) {
          const double lo = lt->value + (c.low_inclusive ? 0 : 1);
          const double hi = ht->value - (c.high_inclusive ? 0 : 1);
          if (hi >= lo && hi - lo <= 10) {
            std::vector<double> values;
            for (double v = lo; v <= hi; v += 1) values.push_back(v);
            return tree().add(InSet{m.id, values, ""}, s);
          }
        }
        if (lt->ref == Reference::none && ht->ref == Reference::none && lt->unit == ht->unit &&
            lt->value > ht->value) {
          return std::nullopt;
        }
        return tree().add(Range{m.id, *lt, c.low_inclusive, *ht, c.high_inclusive}, s);
      }
      case Comparison::Form::compare: {
        if (c.op_conflict) {
          warn(c.pos,
               "the comparator in words and the symbol after it disagree; statement left "
               "uncovered");
          return fail();
        }
        Op op = c.op;
        if (!c.op_written) {
          if (c.q.ref != Reference::none && c.q.mode == RefMode::plus) {
            op = Op::gt;
          } else if (c.q.ref != Reference::none && c.q.mode == RefMode::minus) {
            op = Op::lt;
          } else if (m.integer && !c.q.unit && c.q.unit_error.empty() &&
                     c.q.ref == Reference::none) {
            if (comparator_after(text_, c.q.pos)) {
              // "an MMSE score of 26 >=": a comparator the grammar did not join.
              warn(c.q.pos,
                   "a comparator follows the number of " + m.id + "; statement left uncovered");
              return fail();
            }
            op = Op::eq;
          } else {
            return std::nullopt;
          }
        }
        if (c.op_written && c.q.ref != Reference::none && c.q.mode == RefMode::minus) {
          op = mirror(op);  // "> 2 g/dL below the LLN": further below, so hemoglobin < LLN - 2
        }
        auto t = threshold(m, c.q);
        if (!t) return fail();
        return tree().add(Compare{m.id, op, *t}, s);
      }
    }
    return std::nullopt;
  }

  // Checks a restatement against the threshold it restates; its text stays uncovered
  // when it is not the same quantity in other units.
  void restatement(const Comparison& c, const TokRestatement& r, Pos where,
                   const VocabularyEntry& m) {
    bool same = c.form == Comparison::Form::compare && c.q.ref == Reference::none && c.q.unit &&
                r.q.unit && r.q.unit_error.empty();
    if (same) {
      const auto converted = convert(1.0, *c.q.unit, *r.q.unit, m.analyte());
      same = converted.ok() || c.q.unit->dimension == r.q.unit->dimension;
    }
    if (!same) {
      st_.uncovered.push_back(where);
      if (!r.q.unit_error.empty()) warn(r.q.unit_pos, r.q.unit_error);
    }
  }

  std::optional<NodeId> combine(std::vector<NodeId> children, bool is_or, Pos span) {
    if (children.empty()) return std::nullopt;
    if (children.size() == 1) return children.front();
    if (is_or) return tree().add(Or{std::move(children)}, span_of(span));
    return tree().add(And{std::move(children)}, span_of(span));
  }

  bool failed() const { return failed_; }

 private:
  std::optional<NodeId> fail() {
    failed_ = true;
    return std::nullopt;
  }

  // The word right after a number, when it may be a unit eligo does not know ("4 mmol"):
  // a unit is then written, so none is inferred. Empty when punctuation, the end or a
  // word that joins or frames statements follows.
  std::string_view unknown_word_after(Pos number) const {
    static const std::unordered_set<std::string_view> kJoining = {
        "and",   "or",     "but",   "nor",    "not",    "no",     "at",     "in",  "on",
        "for",   "if",     "with",  "within", "unless", "except", "than",   "to",  "of",
        "is",    "are",    "was",   "were",   "be",     "the",    "a",      "an",  "during",
        "prior", "before", "after", "when",   "where",  "while",  "by",     "as",  "from",
        "who",   "which",  "that",  "and/or", "x",      "times",  "should", "must"};
    std::size_t p = number.end;
    while (p < text_.size() && text_[p] == ' ') ++p;
    std::size_t e = p;
    while (e < text_.size() &&
           ((text_[e] >= 'a' && text_[e] <= 'z') || (text_[e] >= 'A' && text_[e] <= 'Z'))) {
      ++e;
    }
    if (e == p) return {};
    if (kJoining.count(to_lower_ascii(text_.substr(p, e - p))) != 0) return {};
    return text_.substr(p, e - p);
  }

  // "1,5" without a unit: the number read was "1" and ",5" follows.
  bool decimal_comma_after(Pos number) const {
    const std::size_t p = number.end;
    return p + 1 < text_.size() && text_[p] == ',' && text_[p + 1] >= '0' && text_[p + 1] <= '9';
  }

  const Lexicon& lexicon_;
  Pos pos_;
  std::string_view text_;
  Statement st_;
  bool failed_ = false;
};

struct Subject {
  const VocabularyEntry* entry;
  Pos pos;
  std::string key;  // the name matched
};

bool percent_written(const Comparison& c) {
  auto percent = [](const Quantity& q) {
    return q.unit && q.unit->dimension == Dimension::fraction;
  };
  return c.form == Comparison::Form::range ? percent(c.low) || percent(c.high) : percent(c.q);
}

// "Performance status >= 70%", "PS >= 60%": a performance status as a percentage is the
// Karnofsky scale (ECOG and WHO run 0-5), unless the text named ECOG, WHO or Zubrod.
// FEV1, FVC or DLCO in percent is the percentage of predicted.
const VocabularyEntry* percent_reading(const Subject& s, const std::vector<Comparison>& stated,
                                       const Lexicon& lexicon) {
  if (stated.empty()) return s.entry;
  // "FEV1 >= 80%": a lung volume in percent is the percentage of the predicted value.
  const std::string& id = s.entry->id;
  if (id == "fev1" || id == "fvc" || id == "dlco") {
    for (const auto& c : stated) {
      if (!percent_written(c)) return s.entry;
    }
    const auto* predicted = lexicon.vocabulary().find(id + "_percent_predicted");
    return predicted ? predicted : s.entry;
  }
  if (id != "ecog") return s.entry;
  std::string key;
  for (char c : s.key) key.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  for (std::string_view named : {"ecog", "zubrod", "who", "eastern"}) {
    if (key.find(named) != std::string::npos) return s.entry;
  }
  for (const auto& c : stated) {
    if (!percent_written(c)) return s.entry;
  }
  const auto* karnofsky = lexicon.vocabulary().find("karnofsky");
  return karnofsky ? karnofsky : s.entry;
}

struct Stated {
  Comparison comparison;
  std::optional<TokRestatement> restatement;
  Pos restatement_pos;
};

}  // namespace

std::optional<Statement> make_measure_statement(std::span<const Item> tokens, Pos pos,
                                                const Lexicon& lexicon, std::string_view text,
                                                bool exclusion) {
  std::vector<Subject> subjects;
  std::vector<Stated> stated;
  bool subjects_or = false, comparisons_or = false;
  std::optional<TokException> exception;
  Pos exception_pos;
  std::vector<Pos> asides;
  std::vector<std::pair<std::string_view, Pos>> methods;  // "by Cockcroft-Gault"
  for (const auto& item : tokens) {
    if (const auto* m = as<TokMeasure>(item)) {
      subjects.push_back(Subject{m->entry, item.pos, m->key});
    } else if (const auto* method = as<TokMethod>(item)) {
      methods.emplace_back(method->item, item.pos);
    } else if (const auto* j = as<TokJoin>(item)) {
      (stated.empty() || j->subjects ? subjects_or : comparisons_or) |= j->is_or;
    } else if (const auto* c = as<Comparison>(item)) {
      stated.push_back(Stated{*c, std::nullopt, {}});
    } else if (const auto* r = as<TokRestatement>(item); r && !stated.empty()) {
      stated.back().restatement = *r;
      stated.back().restatement_pos = item.pos;
    } else if (as<TokAside>(item)) {
      asides.push_back(item.pos);
    } else if (const auto* e = as<TokException>(item)) {
      exception = *e;
      exception_pos = item.pos;
    } else if (const auto* o = as<TokOp>(item); o && !stated.empty()) {
      auto& last = stated.back().comparison;  // "18 years of age or older"
      if (last.form == Comparison::Form::compare && !last.op_written) {
        last.op = o->op;
        last.op_written = true;
      }
    }
  }
  if (subjects.empty() || stated.empty()) return std::nullopt;
  if (exclusion) {
    // "an AST three times the upper limit", excluding: a bare multiple of the ULN is a
    // raised value, here and in an alternative ("1.5 x ULN (3 x ULN for Gilbert's)").
    const auto raised = [](Comparison& c) {
      if (c.form == Comparison::Form::compare && !c.op_written && c.q.ref == Reference::uln &&
          c.q.mode == RefMode::times && c.q.value > 1) {
        c.op = Op::ge;
        c.op_written = true;
      }
    };
    for (auto& st : stated) raised(st.comparison);
    if (exception && exception->alternative) raised(*exception->alternative);
  }
  std::vector<Comparison> comparisons;
  for (const auto& st : stated) comparisons.push_back(st.comparison);
  for (auto& s : subjects) s.entry = percent_reading(s, comparisons, lexicon);

  StatementBuilder b(lexicon, pos, text);
  // Readings the words around the subject rule out (statement_guards.hpp).
  bool implied_equality = false;
  for (const auto& st : stated) {
    implied_equality |=
        st.comparison.form == Comparison::Form::compare && !st.comparison.op_written;
  }
  for (auto& s : subjects) {
    std::optional<std::string> why = change_of_measure(text, s.pos);
    if (!why && s.entry->dimension == Dimension::count) why = item_of_scale(text, s.pos);
    if (!why && pos.begin < s.pos.begin) why = change_of_measure(text, Pos{pos.begin, s.pos.end});
    if (!why && pos.end > s.pos.end) why = change_of_measure(text, Pos{s.pos.begin, pos.end});
    if (!why && implied_equality && comparator_before(text, s.pos)) {
      why = "a comparator before " + s.entry->id + " is not joined to its number";
    }
    if (why) {
      b.warn(s.pos, *why + "; statement left uncovered");
      Statement rejected = std::move(b.statement());
      rejected.rejected = true;
      return rejected;
    }
    if (s.entry->id == "qtc") {
      // "QTc (using the Fridericia correction) > 470 ms": the correction is named.
      const auto named = qtc_formula_named(slice(text, pos));
      if (const auto* e = named.empty() ? nullptr : lexicon.vocabulary().find(named)) s.entry = e;
    }
  }
  auto node_for = [&](const Subject& s, const std::vector<Stated>& list,
                      bool is_or) -> std::optional<NodeId> {
    std::vector<NodeId> leaves;
    for (const auto& st : list) {
      auto id = b.leaf(*s.entry, st.comparison, join(s.pos, st.comparison.pos));
      if (!id) return std::nullopt;
      leaves.push_back(*id);
    }
    return b.combine(std::move(leaves), is_or, pos);
  };
  std::vector<NodeId> per_subject;
  for (const auto& s : subjects) {
    auto id = node_for(s, stated, comparisons_or);
    if (!id) {
      if (!b.failed()) return std::nullopt;
      Statement rejected = std::move(b.statement());
      rejected.rejected = true;
      return rejected;
    }
    per_subject.push_back(*id);
  }
  for (const Pos& a : asides) {
    // An aside that names the QTc correction read above is covered by it.
    const bool formula = !qtc_formula_named(slice(text, a)).empty() &&
                         subjects.front().entry->id.rfind("qtc", 0) == 0;
    if (!formula) b.statement().uncovered.push_back(a);
  }
  // A method covers its words only when it computes the statement's measure.
  for (const auto& [item, where] : methods) {
    for (const auto& s : subjects) {
      if (s.entry->id != item) {
        b.statement().uncovered.push_back(where);
        break;
      }
    }
  }
  for (const auto& st : stated) {
    if (st.restatement) {
      b.restatement(st.comparison, *st.restatement, st.restatement_pos, *subjects.front().entry);
    }
  }
  NodeId root = *b.combine(per_subject, subjects_or, pos);

  if (exception) {
    for (const Pos& u : exception->uncovered) b.statement().uncovered.push_back(u);
  }
  if (exception && (!exception->events.empty() || exception->condition || exception->manual)) {
    // The condition: any of the events, a measured condition, or a text for a person
    // (then the criterion is partial: its condition is not understood).
    std::optional<NodeId> has;
    if (exception->manual) {
      const std::string text(trim(exception->manual->text));
      has = b.tree().add(Manual{text, needs_a_person(text) ? "needs a person" : "not understood"},
                         span_of(exception->manual_pos));
      b.statement().uncovered.push_back(exception->manual_pos);
    } else if (exception->condition) {
      has = b.leaf(*exception->condition_subject, *exception->condition, exception_pos);
    } else {
      std::vector<NodeId> any;
      for (const auto* e : exception->events) {
        any.push_back(b.tree().add(HasEvent{e->id, std::nullopt}, span_of(exception_pos)));
      }
      has = b.combine(any, true, exception_pos);
    }
    std::optional<NodeId> branch = has;
    if (exception->alternative) {
      std::vector<Subject> alt_subjects = subjects;
      if (exception->subject) alt_subjects = {Subject{exception->subject, exception_pos, {}}};
      std::vector<NodeId> alts;
      for (const auto& s : alt_subjects) {
        auto id = b.leaf(*s.entry, *exception->alternative, exception_pos);
        if (!id) {
          branch.reset();
          break;
        }
        alts.push_back(*id);
      }
      if (branch) {
        NodeId alt = *b.combine(alts, subjects_or && !exception->subject, exception_pos);
        if (!exception->subject && stated.size() == 1 &&
            stricter(*exception->alternative, stated.front().comparison)) {
          // "ALT > 2.5 x ULN (> 5 x ULN if liver metastases)": the alternative holds only
          // where the main one does, so `alt or (not C and main)`.
          const NodeId unless = b.tree().add(Not{*has}, span_of(exception_pos));
          const NodeId main = b.tree().add(And{{unless, root}}, span_of(pos));
          b.tree().root = b.tree().add(Or{{alt, main}}, span_of(pos));
          return std::move(b.statement());
        }
        branch = b.tree().add(And{{*has, alt}}, span_of(exception_pos));
        const bool same_subject =
            !exception->subject ||
            (subjects.size() == 1 && exception->subject == subjects.front().entry);
        if (exclusion && same_subject && stated.size() == 1 &&
            opposite(*exception->alternative, stated.front().comparison)) {
          // "Bilirubin > 1.5 x ULN (<= 3 x ULN for Gilbert's syndrome)", excluding: the
          // alternative is what those patients may have, `main and not (C and alt)`.
          const NodeId allowed = b.tree().add(Not{*branch}, span_of(exception_pos));
          b.tree().root = b.tree().add(And{{root, allowed}}, span_of(pos));
          return std::move(b.statement());
        }
      }
    }
    if (branch && exclusion && !exception->alternative) {
      // "Bilirubin > 1.5 x ULN unless Gilbert's syndrome", excluding: not for E.
      const NodeId unless = b.tree().add(Not{*branch}, span_of(exception_pos));
      root = b.tree().add(And{{root, unless}}, span_of(pos));
    } else if (branch) {
      root = b.tree().add(Or{{root, *branch}}, span_of(pos));
    } else {
      b.statement().uncovered.push_back(exception_pos);
    }
  }
  b.tree().root = root;
  return std::move(b.statement());
}

std::optional<Statement> make_age_statement(std::span<const Item> tokens, Pos pos,
                                            const Lexicon& lexicon, bool unit_required) {
  if (!lexicon.age()) return std::nullopt;
  // ">= 12 and < 18 years": the unit written once serves both bounds.
  std::vector<Item> shared(tokens.begin(), tokens.end());
  const Quantity* unit_of = nullptr;
  for (const auto& item : shared) {
    const auto* c = as<Comparison>(item);
    if (c && c->form == Comparison::Form::compare && c->q.unit) unit_of = &c->q;
  }
  if (unit_of) {
    const Quantity with = *unit_of;
    for (auto& item : shared) {
      auto* c = std::get_if<Comparison>(&item.payload);
      if (c && c->form == Comparison::Form::compare && !c->q.unit && c->q.unit_error.empty() &&
          c->q.ref == Reference::none) {
        c->q.unit = with.unit;
        c->q.unit_written = with.unit_written;
      }
    }
  }
  tokens = shared;
  if (unit_required) {
    // Years only: "Patients >= 6 months" or a lone ">= 6 months" is not clearly an age.
    const auto years = parse_unit("years");
    auto timed = [&](const Quantity& q) {
      return years && q.unit && q.unit->code == years->code && q.ref == Reference::none;
    };
    for (const auto& item : tokens) {
      const auto* c = as<Comparison>(item);
      if (!c) continue;
      const bool ok = c->form == Comparison::Form::compare ? timed(c->q)
                      : c->form == Comparison::Form::range ? (timed(c->low) || timed(c->high))
                                                           : false;
      if (!ok) return std::nullopt;
    }
  }
  std::vector<Item> with_subject;
  with_subject.push_back(Item{Pos{pos.begin, pos.begin}, TokMeasure{lexicon.age(), {}}});
  with_subject.insert(with_subject.end(), tokens.begin(), tokens.end());
  // "18 years or older": the quantity and the operator, without a comparison around them.
  bool has_comparison = false;
  for (const auto& item : tokens) has_comparison |= as<Comparison>(item) != nullptr;
  if (!has_comparison) {
    auto c = make_comparison(Comparison::Form::compare, tokens, pos);
    if (!c) return std::nullopt;
    with_subject.resize(1);
    with_subject.push_back(Item{pos, *c});
  }
  auto st = make_measure_statement(with_subject, pos, lexicon);
  if (!st || st->rejected) return std::nullopt;  // not an age after all
  return st;
}

}  // namespace eligo::grammar::prose
