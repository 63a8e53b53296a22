// The shared steps of the measure leaves (Compare, Range, InSet). The value: age from
// the birth date when the record has one; otherwise the latest observation within the
// window; otherwise, for a derivable measure, the derived value. A conflict or an
// unusable unit is never replaced by a derivation. Values arrive in the measure's
// canonical unit (the view converted each once) and move into the threshold's unit by
// the factor prepared with the trial. The threshold: absolute, or relative to the
// ULN/LLN of the observation's own range, else the vocabulary's default range.
#include <chrono>
#include <cmath>
#include <optional>

#include "engine/evaluate_context.hpp"

namespace eligo::engine {
namespace {

constexpr double kAcrossTolerance = 5e-4;

MeasureValue age_from_birth(const EvalContext& ctx, const PreparedNode& p, Date birth,
                            const PreparedUnit* preferred) {
  MeasureValue mv;
  mv.derivation = Derivation::age;
  const Date as_of = ctx.dates.as_of;
  if (std::chrono::sys_days(birth) > std::chrono::sys_days(as_of)) {
    mv.finding = Finding::absent;
    mv.missing = static_cast<std::uint8_t>(Input::birth_date);
    return mv;
  }
  mv.finding = Finding::derived;
  if (preferred != nullptr && preferred->ok && preferred->unit.dimension == Dimension::time) {
    const std::string& code = preferred->unit.code;
    const auto days = ctx.dates.as_of_day - to_day(birth);
    if (code == "months" || code == "weeks" || code == "days") {
      mv.unit = &preferred->unit;
      mv.value = code == "months"  ? completed_months(birth, as_of)
                 : code == "weeks" ? static_cast<double>(days / 7)
                                   : static_cast<double>(days);
      return mv;
    }
  }
  mv.unit = &p.measure.unit;
  mv.value = completed_years(birth, as_of);
  return mv;
}

// The value in `u`'s unit.
double in_unit(const MeasureValue& mv, const PreparedUnit& u) {
  return mv.unit == &u.unit ? mv.value : u.from_canonical(mv.value);
}

// `value` from `from` into `to` for the node's analyte (off the usual path: a lab's own
// range used with ULN + q).
std::optional<double> into(double value, const Unit& from, const Unit& to,
                           const VocabularyEntry& entry, bool& across) {
  if (from.code == to.code) return value;
  const Result<double> converted = convert(value, from, to, entry.analyte());
  if (!converted || !std::isfinite(*converted)) return std::nullopt;
  across = across || from.dimension != to.dimension;
  return *converted;
}

}  // namespace

MeasureValue measure_value(const EvalContext& ctx, NodeId id, const PreparedUnit* preferred) {
  return measure_value_of(ctx, ctx.node(id), preferred);
}

MeasureValue measure_value_of(const EvalContext& ctx, const PreparedNode& p,
                              const PreparedUnit* preferred) {
  MeasureValue mv;
  if (p.entry == nullptr || p.entry->kind != ItemKind::measure || !p.measure.ok) {
    mv.finding = Finding::bad_node;
    return mv;
  }
  const VocabularyEntry& entry = *p.entry;
  const auto& birth = ctx.view.record().birth_date;
  if (p.derivation == Derivation::age && birth) return age_from_birth(ctx, p, *birth, preferred);

  if (ctx.view.incomplete(ItemKind::measure)) {  // the latest value may be missing
    mv.finding = Finding::incomplete_list;
    return mv;
  }
  const Day window = entry.windowed ? ctx.dates.window_start : kNoDate;
  const Lookup lookup = ctx.view.latest(entry, ctx.dates.as_of_day, window);
  mv.fact = lookup.fact;
  mv.fact2 = lookup.fact2;
  mv.lookup = lookup.status;
  switch (lookup.status) {
    case LookupStatus::found: {
      const ObservationFact& fact = ctx.view.observation(lookup.fact);
      if (!std::isfinite(fact.value())) {
        mv.finding = Finding::bad_value;
      } else if (!fact.plausible) {  // before the unit: 1e308 may not convert
        mv.finding = Finding::implausible;
      } else if (!fact.canonical_ok) {
        mv.finding = Finding::bad_unit;
      } else if (const std::int32_t r = ctx.view.refused_naming(entry, fact.day); r >= 0) {
        mv.finding = Finding::refused;  // the refused row may be the latest value
        mv.fact = r;
      } else {
        mv.finding = Finding::measured;
        mv.value = fact.canonical;
        mv.unit = &p.measure.unit;
        mv.across = fact.across;
      }
      return mv;
    }
    case LookupStatus::conflict: mv.finding = Finding::conflict; return mv;
    case LookupStatus::absent: mv.finding = Finding::absent; break;
    case LookupStatus::future_only: mv.finding = Finding::future_only; break;
    case LookupStatus::stale:
      mv.finding = Finding::stale;
      mv.days = ctx.dates.as_of_day - ctx.view.observation(lookup.fact).day;
      break;
    case LookupStatus::undated: mv.finding = Finding::undated; break;
  }
  // No usable value: a refused row naming the item, or naming nothing readable, may hold
  // it; nothing is derived in its place.
  std::int32_t refused = ctx.view.refused_naming(entry, window);
  if (refused < 0) refused = ctx.view.refused_unreadable();
  if (refused >= 0) {
    mv.finding = Finding::refused;
    mv.fact = refused;
    return mv;
  }
  if (p.derivation == Derivation::none) return mv;
  mv.derivation = p.derivation;
  if (p.derivation == Derivation::age) {  // no birth date (handled above when present)
    mv.missing = static_cast<std::uint8_t>(Input::birth_date);
    return mv;
  }
  mv.derived = static_cast<std::int32_t>(ctx.derived->size());
  const DerivedValue& d =
      ctx.derived->emplace_back(derive(p.derivation, ctx.view, ctx.dates.as_of_day,
                                       ctx.dates.window_start, ctx.trial.derivation_entries));
  if (!d.ok) {
    mv.missing = d.missing;
    return mv;
  }
  mv.finding = Finding::derived;
  mv.value = d.value;
  mv.unit = &p.measure.unit;
  return mv;
}

Resolved resolve_threshold(const EvalContext& ctx, NodeId id, const MeasureValue& mv,
                           const Threshold& threshold, const PreparedUnit& unit) {
  const PreparedNode& p = ctx.node(id);
  const VocabularyEntry& entry = *p.entry;
  Resolved r;
  if (threshold.ref == Reference::none) {
    if (!unit.ok) return Resolved{Finding::bad_node};
    r.unit = &unit.unit;
    r.threshold = threshold.value;
    r.value = in_unit(mv, unit);
    r.across = mv.across || (mv.unit != &unit.unit && unit.across);
    return r;
  }

  // The limit: the observation's own range, else the vocabulary's default.
  const bool upper = threshold.ref == Reference::uln;
  const ObservationFact* fact =
      mv.finding == Finding::measured ? &ctx.view.observation(mv.fact) : nullptr;
  const std::optional<double>* own =
      fact == nullptr ? nullptr
                      : &(upper ? fact->observation->ref_high : fact->observation->ref_low);
  if (own != nullptr && own->has_value() && std::isfinite(**own)) {
    r.limit_source = LimitSource::record;
    const Unit& fact_unit = **fact->unit;
    if (threshold.mode == RefMode::times) {  // in the observation's own unit
      r.unit = &fact_unit;
      r.value = fact->value();
      r.limit = **own;
    } else {
      if (!unit.ok) return Resolved{Finding::bad_node};
      r.unit = &unit.unit;
      r.value = in_unit(mv, unit);
      r.across = mv.across || unit.across;
      const auto limit = into(**own, fact_unit, unit.unit, entry, r.across);
      if (!limit) return Resolved{Finding::bad_unit};
      r.limit = *limit;
    }
  } else {
    const auto& standard = upper ? entry.ref_high : entry.ref_low;
    if (!standard) return Resolved{Finding::no_reference};
    r.limit_source = LimitSource::vocabulary;
    if (threshold.mode == RefMode::times) {  // in the canonical unit
      r.unit = &p.measure.unit;
      r.value = mv.value;
      r.limit = *standard;
      r.across = mv.across;
    } else {
      if (!unit.ok) return Resolved{Finding::bad_node};
      r.unit = &unit.unit;
      r.value = in_unit(mv, unit);
      r.limit = unit.from_canonical(*standard);
      r.across = mv.across || unit.across;
    }
  }
  switch (threshold.mode) {
    case RefMode::times: r.threshold = threshold.value * r.limit; break;
    case RefMode::plus: r.threshold = r.limit + threshold.value; break;
    case RefMode::minus: r.threshold = r.limit - threshold.value; break;
  }
  if (!std::isfinite(r.value) || !std::isfinite(r.threshold)) return Resolved{Finding::bad_value};
  return r;
}

int compare_converted(double a, double b, bool across) {
  if (across && std::abs(a - b) <= kAcrossTolerance * std::max(std::abs(a), std::abs(b))) {
    return 0;
  }
  return compare_values(a, b);
}

bool holds(Op op, int c) {
  switch (op) {
    case Op::lt: return c < 0;
    case Op::le: return c <= 0;
    case Op::gt: return c > 0;
    case Op::ge: return c >= 0;
    case Op::eq: return c == 0;
    case Op::ne: return c != 0;
  }
  return false;
}

void set_failure(const EvalContext& ctx, NodeId id, const MeasureValue& mv) {
  NodeOutcome& o = ctx.out[id];
  o.value = Tri::unknown;
  o.finding = mv.finding;
  o.fact = mv.fact;
  o.fact2 = mv.fact2;
  o.days = mv.days;
  o.derivation = mv.derivation;
  o.missing = mv.missing;
  o.lookup = mv.lookup;
  o.derived = mv.derived;
}

void set_compared(const EvalContext& ctx, NodeId id, const MeasureValue& mv, const Resolved& r,
                  Tri value) {
  NodeOutcome& o = ctx.out[id];
  o.value = value;
  o.finding = mv.finding;
  o.derivation = mv.finding == Finding::derived ? mv.derivation : Derivation::none;
  o.fact = mv.fact;
  o.value_in_unit = r.value;
  o.low = r.threshold;
  o.limit = r.limit;
  o.limit_source = r.limit_source;
  o.unit = r.unit;
  o.across = r.across;
  o.lookup = mv.lookup;
  o.fact2 = mv.fact2;
  o.derived = mv.derived;
}

void set_unresolved(const EvalContext& ctx, NodeId id, const MeasureValue& mv, const Resolved& r) {
  MeasureValue failed = mv;
  failed.finding = r.failure;
  set_failure(ctx, id, failed);
  ctx.out[id].derivation = mv.finding == Finding::derived ? mv.derivation : Derivation::none;
}

}  // namespace eligo::engine
