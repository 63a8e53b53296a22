// Prose stage 2, semantic half, the small builders (see prose_build.hpp): quantities,
// comparisons, bounds, restatements and exceptions from the tokens a rule recorded,
// and the statements that need no unit check (time since, events, windows).
#include "grammar/prose_build.hpp"

#include <string>
#include <utility>
#include <vector>

namespace eligo::grammar::prose {

Quantity make_quantity(std::span<const Item> tokens, Pos pos) {
  Quantity q;
  q.pos = pos;
  bool number = false, direction = false;
  for (const auto& item : tokens) {
    if (const auto* n = as<TokNumber>(item); n && !number) {
      q.value = n->value;
      q.integer_written = n->integer_written;
      number = true;
    } else if (const auto* u = as<TokUnit>(item)) {
      // A unit restated in brackets replaces one that was not understood.
      if (q.unit && u->error.empty()) continue;
      if (!q.unit && !q.unit_error.empty() && !u->error.empty()) continue;
      q.unit = u->unit;
      q.unit_written = u->written;
      q.unit_error = u->error;
      q.unit_pos = item.pos;
    } else if (const auto* r = as<TokRef>(item)) {
      q.ref = r->ref;
      if (!direction) q.mode = RefMode::times;
    } else if (const auto* d = as<TokDirection>(item)) {
      q.mode = d->mode;
      direction = true;
    } else if (const auto* t = as<TokTime>(item)) {
      q.time = t->unit;
    }
  }
  if (!number) q.value = 1;
  return q;
}

TokBound make_bound(std::span<const Item> tokens) {
  TokBound b;
  for (const auto& item : tokens) {
    if (const auto* o = as<TokOp>(item)) b.op = o->op;
    if (const auto* q = as<Quantity>(item)) b.q = *q;
  }
  return b;
}

TokRestatement make_restatement(std::span<const Item> tokens) {
  TokRestatement r;
  for (const auto& item : tokens) {
    if (const auto* o = as<TokOp>(item)) r.op = o->op;
    if (const auto* q = as<Quantity>(item)) r.q = *q;
  }
  return r;
}

TokException make_exception(std::span<const Item> tokens) {
  TokException e;
  // In order: [alternative's subject] alternative [condition's subject condition].
  for (const auto& item : tokens) {
    if (const auto* ev = as<TokEvent>(item)) e.events.push_back(ev->entry);
    if (as<TokAside>(item)) e.uncovered.push_back(item.pos);
    if (const auto* t = as<TokConditionText>(item)) {
      e.manual = *t;
      e.manual_pos = item.pos;
    }
    if (const auto* m = as<TokMeasure>(item)) {
      (e.alternative ? e.condition_subject : e.subject) = m->entry;
    }
    if (const auto* c = as<Comparison>(item)) (e.alternative ? e.condition : e.alternative) = *c;
  }
  if (e.condition && !e.condition_subject) e.condition.reset();
  return e;
}

std::optional<Comparison> make_comparison(Comparison::Form form, std::span<const Item> tokens,
                                          Pos pos) {
  Comparison c;
  c.form = form;
  c.pos = pos;
  switch (form) {
    case Comparison::Form::normal_range: return c;
    case Comparison::Form::set: {
      for (const auto& item : tokens) {
        if (const auto* n = as<TokNumber>(item)) c.values.push_back(n->value);
      }
      if (c.values.size() < 2) return std::nullopt;
      return c;
    }
    case Comparison::Form::range: {
      std::vector<TokBound> bounds;
      for (const auto& item : tokens) {
        if (const auto* b = as<TokBound>(item)) bounds.push_back(*b);
        if (const auto* n = as<TokNumber>(item)) {  // Roman numerals
          TokBound b;
          b.q.value = n->value;
          b.q.pos = item.pos;
          bounds.push_back(b);
        }
      }
      if (bounds.size() != 2) return std::nullopt;
      c.low = bounds[0].q;
      c.high = bounds[1].q;
      if (bounds[0].op) {
        if (*bounds[0].op == Op::gt) {
          c.low_inclusive = false;
        } else if (*bounds[0].op != Op::ge) {
          return std::nullopt;
        }
      }
      if (bounds[1].op) {
        if (*bounds[1].op == Op::lt) {
          c.high_inclusive = false;
        } else if (*bounds[1].op != Op::le) {
          return std::nullopt;
        }
      }
      return c;
    }
    case Comparison::Form::compare: {
      bool have_op = false, have_q = false;
      for (const auto& item : tokens) {
        if (const auto* o = as<TokOp>(item)) {
          // "greater than or equal to (>=)": one comparator; "(<=)" after "more than" is two.
          if (have_op && o->op != c.op) c.op_conflict = true;
          if (!have_op) c.op = o->op, have_op = true;
        }
        if (const auto* q = as<Quantity>(item); q && !have_q) c.q = *q, have_q = true;
        if (const auto* n = as<TokNumber>(item); n && !have_q) {
          c.q.value = n->value;
          c.q.pos = item.pos;
          have_q = true;
        }
      }
      if (!have_q) return std::nullopt;
      c.op_written = have_op;
      if (!have_op) c.op = Op::eq;
      return c;
    }
  }
  return std::nullopt;
}

std::optional<Statement> make_time_since(std::span<const Item> tokens, Pos pos) {
  std::optional<Op> op;
  std::optional<Quantity> q;
  std::vector<std::pair<const VocabularyEntry*, Pos>> events;
  for (const auto& item : tokens) {
    if (const auto* o = as<TokOp>(item)) op = o->op;
    if (const auto* d = as<Quantity>(item); d && d->time) q = *d;
    if (const auto* e = as<TokEvent>(item)) events.emplace_back(e->entry, item.pos);
  }
  if (!op || !q || events.empty() || *op == Op::eq || *op == Op::ne) return std::nullopt;
  Statement st;
  std::vector<NodeId> each;
  for (const auto& [event, where] : events) {
    each.push_back(st.tree.add(TimeSince{event->id, *op, Duration{q->value, *q->time}},
                               span_of(join(pos, where))));
  }
  // At least N after A or B: N since each. Less than N since A or B: since either.
  const bool either = *op == Op::lt || *op == Op::le;
  if (each.size() == 1) {
    st.tree.root = each.front();
  } else if (either) {
    st.tree.root = st.tree.add(Or{each}, span_of(pos));
  } else {
    st.tree.root = st.tree.add(And{each}, span_of(pos));
  }
  return st;
}

std::optional<Statement> make_event(std::span<const Item> tokens, Pos pos) {
  Statement st;
  std::vector<NodeId> events;
  bool has_or = false, has_and = false;
  for (const auto& item : tokens) {
    if (const auto* e = as<TokEvent>(item)) {
      if (events.empty()) st.event = e->entry;
      events.push_back(st.tree.add(HasEvent{e->entry->id, std::nullopt}, span_of(item.pos)));
    } else if (const auto* j = as<TokJoin>(item)) {
      (j->is_or ? has_or : has_and) = true;
    }
  }
  const bool is_or = has_or || !has_and;  // a list of conditions with commas: any of them
  if (events.empty()) return std::nullopt;
  if (events.size() == 1) {
    st.tree.nodes.front().span = span_of(pos);
    st.tree.root = events.front();
    return st;
  }
  st.event = nullptr;  // "hepatitis B or C" takes no window of its own
  st.tree.root =
      is_or ? st.tree.add(Or{events}, span_of(pos)) : st.tree.add(And{events}, span_of(pos));
  return st;
}

std::optional<Window> make_window(std::span<const Item> tokens) {
  for (const auto& item : tokens) {
    if (const auto* q = as<Quantity>(item); q && q->time)
      return Window{Duration{q->value, *q->time}};
  }
  return std::nullopt;
}

}  // namespace eligo::grammar::prose
