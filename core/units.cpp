// Units: the table of known units, parsing (through the spelling table of
// unit_spellings.cpp), conversion and tolerant comparison. Each unit's size is written
// once as a Boost.Units quantity in SI, and its factor (to_base) is that quantity divided
// by its dimension's base unit: the division only compiles when both have the same
// physical dimension. Factors are rounded to 12 significant digits, so a decimal factor
// is the double nearest its exact value (1 /uL is exactly 1e6 per litre). Mass <-> molar
// conversions go through SI quantities too. Boost.Units does not leave this file.
#include "core/units.hpp"

#include <algorithm>
#include <boost/units/base_units/imperial/pound.hpp>
#include <boost/units/base_units/metric/day.hpp>
#include <boost/units/base_units/metric/hour.hpp>
#include <boost/units/base_units/metric/liter.hpp>
#include <boost/units/base_units/metric/minute.hpp>
#include <boost/units/base_units/metric/year.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/systems/cgs/mass.hpp>
#include <boost/units/systems/si.hpp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/unit_spellings.hpp"

namespace eligo {
namespace {

namespace bu = boost::units;
namespace si = boost::units::si;

template <class U>
using Q = bu::quantity<U>;
template <class A, class B>
using Per = typename bu::divide_typeof_helper<A, B>::type;

using Volume = Q<si::volume>;
using Mass = Q<si::mass>;
using Time = Q<si::time>;
using Length = Q<si::length>;
using Amount = Q<si::amount>;
using NumberConcentration = Q<Per<si::dimensionless, si::volume>>;
using MassConcentration = Q<si::mass_density>;
using AmountConcentration = Q<Per<si::amount, si::volume>>;
using MolarMass = Q<Per<si::mass, si::amount>>;
using CatalyticConcentration = Q<Per<si::catalytic_activity, si::volume>>;
using MassRate = Q<Per<si::mass, si::time>>;
using VolumeRate = Q<Per<si::volume, si::time>>;
using NormalizedVolumeRate = Q<Per<Per<si::volume, si::time>, si::area>>;
using Pressure = Q<si::pressure>;
using Frequency = Q<Per<si::dimensionless, si::time>>;
using Area = Q<si::area>;
using MassPerArea = Q<Per<si::mass, si::area>>;
using MassRatio = Q<si::dimensionless>;
using WeightNormalizedVolumeRate = Q<Per<Per<si::volume, si::mass>, si::time>>;

// The sizes everything else is written in.
const Volume kLitre{1.0 * bu::metric::liter_base_unit::unit_type()};
const Volume kDecilitre = 0.1 * kLitre;
const Volume kMillilitre = 1e-3 * kLitre;
const Volume kMicrolitre = 1e-6 * kLitre;
const Mass kGram{1.0 * bu::cgs::gram};
const Mass kPound{1.0 * bu::imperial::pound_base_unit::unit_type()};
const Time kSecond = 1.0 * si::second;
const Time kMinute{1.0 * bu::metric::minute_base_unit::unit_type()};
const Time kHour{1.0 * bu::metric::hour_base_unit::unit_type()};
const Time kDay{1.0 * bu::metric::day_base_unit::unit_type()};
const Time kYear{1.0 * bu::metric::year_base_unit::unit_type()};  // Julian: 365.25 days
const Length kMetre = 1.0 * si::meter;
const Amount kMole = 1.0 * si::mole;
const Length kInch = 0.0254 * kMetre;  // international inch, exact
const Pressure kPascal = 1.0 * si::pascals;
// Conventional millimetre of mercury and centimetre of water (exact by definition).
const Pressure kMmHg = 133.322387415 * kPascal;
const Pressure kCmH2O = 98.0665 * kPascal;
// Urine creatinine, the denominator of a creatinine_ratio ("mg/mmol" is per mmol of it).
const Q<Per<si::mass, si::amount>> kCreatinineMolarMass = 113.12 * kGram / kMole;
// The enzyme unit: 1 umol of substrate per minute.
const Q<si::catalytic_activity> kEnzymeUnit = 1e-6 * kMole / kMinute;

// The base unit of the two concentration dimensions that convert into each other.
const MassConcentration kMassBase = 1e-9 * kGram / kLitre;     // ng/L
const AmountConcentration kMolarBase = 1e-9 * kMole / kLitre;  // nmol/L

double round_to_12_digits(double x) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.12g", x);
  return std::strtod(buffer, nullptr);
}

// Adds the units of one dimension; `one` and `base` must be quantities of one type.
template <class Quantity>
class Family {
 public:
  Family(std::vector<Unit>& out, Dimension dimension, Quantity base)
      : out_(out), dimension_(dimension), base_(base) {}
  const Family& add(const char* code, Quantity one) const {
    out_.push_back(Unit{code, dimension_, round_to_12_digits((one / base_).value())});
    return *this;
  }

 private:
  std::vector<Unit>& out_;
  Dimension dimension_;
  Quantity base_;
};

std::vector<Unit> build_units() {
  std::vector<Unit> u;
  u.push_back(Unit{"", Dimension::count, 1});
  u.push_back(Unit{"%", Dimension::fraction, 1});
  Family<NumberConcentration>(u, Dimension::number_concentration, 1.0 / kLitre)
      .add("/uL", 1.0 / kMicrolitre)
      .add("10^3/uL", 1e3 / kMicrolitre)
      .add("10^6/uL", 1e6 / kMicrolitre)
      .add("10^9/L", 1e9 / kLitre)
      .add("10^12/L", 1e12 / kLitre)
      .add("/mL", 1.0 / kMillilitre);  // viral loads: copies/mL
  Family<MassConcentration>(u, Dimension::mass_concentration, kMassBase)
      .add("g/dL", kGram / kDecilitre)
      .add("g/L", kGram / kLitre)
      .add("mg/dL", 1e-3 * kGram / kDecilitre)
      .add("mg/L", 1e-3 * kGram / kLitre)
      .add("ug/L", 1e-6 * kGram / kLitre)
      .add("ng/mL", 1e-9 * kGram / kMillilitre)
      .add("ng/L", 1e-9 * kGram / kLitre)
      .add("pg/mL", 1e-12 * kGram / kMillilitre)
      .add("ug/dL", 1e-6 * kGram / kDecilitre)
      .add("ng/dL", 1e-9 * kGram / kDecilitre);
  Family<AmountConcentration>(u, Dimension::molar_concentration, kMolarBase)
      .add("mmol/L", 1e-3 * kMole / kLitre)
      .add("umol/L", 1e-6 * kMole / kLitre)
      .add("nmol/L", 1e-9 * kMole / kLitre)
      .add("pmol/L", 1e-12 * kMole / kLitre);
  Family<CatalyticConcentration>(u, Dimension::catalytic_concentration, kEnzymeUnit / kLitre)
      .add("U/L", kEnzymeUnit / kLitre);
  Family<MassRate>(u, Dimension::mass_rate, 1e-3 * kGram / kDay)
      .add("mg/24h", 1e-3 * kGram / kDay)
      .add("g/24h", kGram / kDay);
  Family<VolumeRate>(u, Dimension::volume_rate, kMillilitre / kMinute)
      .add("mL/min", kMillilitre / kMinute);
  const auto standard_area = 1.73 * kMetre * kMetre;
  Family<NormalizedVolumeRate>(u, Dimension::normalized_volume_rate,
                               kMillilitre / kMinute / standard_area)
      .add("mL/min/1.73m2", kMillilitre / kMinute / standard_area);
  Family<Time>(u, Dimension::time, 1e-3 * kSecond)
      .add("ms", 1e-3 * kSecond)
      .add("s", kSecond)
      .add("min", kMinute)
      .add("h", kHour)
      .add("days", kDay)
      .add("weeks", 7.0 * kDay)
      .add("months", kYear / 12.0)
      .add("years", kYear);
  Family<Length>(u, Dimension::length, 1e-3 * kMetre)
      .add("mm", 1e-3 * kMetre)
      .add("cm", 1e-2 * kMetre)
      .add("m", kMetre)
      .add("[in_i]", kInch)
      .add("[ft_i]", 12.0 * kInch);
  Family<Mass>(u, Dimension::mass, kGram)
      .add("g", kGram)
      .add("kg", 1e3 * kGram)
      .add("lb", kPound)
      .add("pg", 1e-12 * kGram);
  Family<Pressure>(u, Dimension::pressure, kMmHg)
      .add("mmHg", kMmHg)
      .add("kPa", 1e3 * kPascal)
      .add("cmH2O", kCmH2O);
  // Temperature is affine: degrees Fahrenheit start at 32 (Unit::offset), 5/9 of a kelvin.
  u.push_back(Unit{"Cel", Dimension::temperature, 1});
  u.push_back(Unit{"[degF]", Dimension::temperature, 5.0 / 9.0, 32});
  // Per minute (heart and respiratory rate) and per hour (events of a sleep study: AHI, ODI).
  Family<Frequency>(u, Dimension::frequency, 1.0 / kMinute)
      .add("/min", 1.0 / kMinute)
      .add("/h", 1.0 / kHour);
  Family<Area>(u, Dimension::area, kMetre * kMetre).add("m2", kMetre * kMetre);
  Family<MassPerArea>(u, Dimension::mass_per_area, 1e3 * kGram / (kMetre * kMetre))
      .add("kg/m2", 1e3 * kGram / (kMetre * kMetre));
  Family<Volume>(u, Dimension::volume, kMillilitre)
      .add("mL", kMillilitre)
      .add("L", kLitre)
      .add("fL", 1e-12 * kMillilitre);  // red-cell and platelet volumes
  Family<MassRatio>(u, Dimension::creatinine_ratio, 1e-3 * kGram / kGram)
      .add("mg/g", 1e-3 * kGram / kGram)
      .add("g/g", kGram / kGram)
      .add("mg/mmol", 1e-3 * kGram / (1e-3 * kMole * kCreatinineMolarMass));
  // International (and arbitrary) units per volume: no SI size; base mIU/L.
  for (const auto& [code, factor] :
       {std::pair{"mIU/L", 1.0}, std::pair{"uIU/mL", 1.0}, std::pair{"mIU/mL", 1e3},
        std::pair{"IU/mL", 1e6}, std::pair{"kIU/L", 1e6}, std::pair{"U/mL", 1e6},
        std::pair{"kU/L", 1e6}}) {
    u.push_back(Unit{code, Dimension::arbitrary_concentration, factor});
  }
  u.push_back(Unit{"mEq/L", Dimension::equivalent_concentration, 1});
  u.push_back(Unit{"mOsm/kg", Dimension::osmolality, 1});
  Family<Q<si::velocity>>(u, Dimension::velocity, 1e-3 * kMetre / kHour)
      .add("mm/h", 1e-3 * kMetre / kHour);
  Family<WeightNormalizedVolumeRate>(u, Dimension::volume_rate_per_kg,
                                     kMillilitre / (1e3 * kGram) / kHour)
      .add("mL/kg/h", kMillilitre / (1e3 * kGram) / kHour);
  return u;
}

std::vector<Unit> numbered(std::vector<Unit> table) {
  for (std::size_t i = 0; i < table.size(); ++i) table[i].id = static_cast<UnitId>(i);
  return table;
}

const std::vector<Unit>& units() {
  static const std::vector<Unit> table = numbered(build_units());
  return table;
}

std::string shown(const Unit& unit) { return unit.code.empty() ? "(no unit)" : unit.code; }

// value x from / to, exactly when one factor is a whole multiple of the other (powers
// of ten, 7 days, 12 months), so 1000 /uL is exactly 1 10^9/L.
double scale(double value, double from, double to) {
  if (from == to) return value;
  const double k = from > to ? from / to : to / from;
  const double whole = std::round(k);
  if (std::abs(k - whole) <= 1e-12 * k) return from > to ? value * whole : value / whole;
  return value * from / to;
}

Result<double> mass_to_molar(double value, const Unit& from, const Unit& to, double molar_mass) {
  const MassConcentration mass = value * from.to_base * kMassBase;
  const MolarMass per_mole = molar_mass * kGram / kMole;
  const AmountConcentration amount = mass / per_mole;
  return (amount / kMolarBase).value() / to.to_base;
}

Result<double> molar_to_mass(double value, const Unit& from, const Unit& to, double molar_mass) {
  const AmountConcentration amount = value * from.to_base * kMolarBase;
  const MolarMass per_mole = molar_mass * kGram / kMole;
  const MassConcentration mass = amount * per_mole;
  return (mass / kMassBase).value() / to.to_base;
}

}  // namespace

Result<double> convert(double value, const Unit& from, const Unit& to, const Analyte& analyte);

namespace {

// mEq/L <-> mmol/L (and on to a mass concentration): only with the ion's valence, so
// mEq/L is never silently mmol/L for a divalent ion.
Result<double> convert_equivalent(double value, const Unit& from, const Unit& to,
                                  const Analyte& analyte) {
  const std::string what = "cannot convert " +
                           (analyte.id.empty() ? std::string("value") : std::string(analyte.id)) +
                           " from " + shown(from) + " to " + shown(to) + ": ";
  if (!convertible(from.dimension, to.dimension, analyte)) {
    if (!analyte.valence && (from.dimension == Dimension::molar_concentration ||
                             to.dimension == Dimension::molar_concentration ||
                             from.dimension == Dimension::mass_concentration ||
                             to.dimension == Dimension::mass_concentration)) {
      return Result<double>::failure(
          what + "no valence for " +
          (analyte.id.empty() ? "this analyte" : std::string(analyte.id)));
    }
    return Result<double>::failure(what + "incompatible dimensions (" +
                                   std::string(to_string(from.dimension)) + ", " +
                                   std::string(to_string(to.dimension)) + ")");
  }
  // Through mmol/L, so that whole valences keep whole values exact (2 mEq/L Mg = 1 mmol/L).
  const Unit mmol = *parse_unit("mmol/L");
  const double valence = *analyte.valence;
  if (from.dimension == Dimension::equivalent_concentration) {
    return convert(value * from.to_base / valence, mmol, to, analyte);
  }
  const Result<double> in_mmol = convert(value, from, mmol, analyte);
  if (!in_mmol) return in_mmol;
  return *in_mmol * valence / to.to_base;
}

}  // namespace

std::string_view to_string(Dimension dimension) {
  switch (dimension) {
    case Dimension::count: return "count";
    case Dimension::fraction: return "fraction";
    case Dimension::number_concentration: return "number concentration";
    case Dimension::mass_concentration: return "mass concentration";
    case Dimension::molar_concentration: return "molar concentration";
    case Dimension::catalytic_concentration: return "catalytic concentration";
    case Dimension::mass_rate: return "mass rate";
    case Dimension::volume_rate: return "volume rate";
    case Dimension::normalized_volume_rate: return "normalized volume rate";
    case Dimension::time: return "time";
    case Dimension::length: return "length";
    case Dimension::mass: return "mass";
    case Dimension::pressure: return "pressure";
    case Dimension::temperature: return "temperature";
    case Dimension::frequency: return "frequency";
    case Dimension::area: return "area";
    case Dimension::mass_per_area: return "mass per area";
    case Dimension::volume: return "volume";
    case Dimension::creatinine_ratio: return "creatinine ratio";
    case Dimension::arbitrary_concentration: return "arbitrary concentration";
    case Dimension::equivalent_concentration: return "equivalent concentration";
    case Dimension::osmolality: return "osmolality";
    case Dimension::velocity: return "velocity";
    case Dimension::volume_rate_per_kg: return "volume rate per body weight";
  }
  return "count";
}

Unit no_unit() { return units().front(); }

const Unit& unit_by_id(UnitId id) { return units().at(index_of(id)); }

std::size_t unit_count() { return units().size(); }

Result<Unit> parse_unit(std::string_view text) {
  const auto code = unit_code_for(text);
  if (code) {
    const auto& table = units();
    const auto it =
        std::find_if(table.begin(), table.end(), [&](const Unit& u) { return u.code == *code; });
    if (it != table.end()) return *it;
  }
  return Result<Unit>::failure("unknown unit '" + shorten(text) + "'");
}

bool convertible(Dimension from, Dimension to, const Analyte& analyte) {
  if (from == to) return true;
  const auto is = [&](Dimension a, Dimension b) {
    return (from == a && to == b) || (from == b && to == a);
  };
  const bool mass = analyte.molar_mass.has_value() && *analyte.molar_mass > 0;
  const bool charge = analyte.valence.has_value() && *analyte.valence > 0;
  return (is(Dimension::mass_concentration, Dimension::molar_concentration) && mass) ||
         (is(Dimension::equivalent_concentration, Dimension::molar_concentration) && charge) ||
         (is(Dimension::equivalent_concentration, Dimension::mass_concentration) && charge && mass);
}

Result<double> convert(double value, const Unit& from, const Unit& to, const Analyte& analyte) {
  if (from.dimension == to.dimension) {
    if (from.offset == 0 && to.offset == 0) return scale(value, from.to_base, to.to_base);
    return (value - from.offset) * from.to_base / to.to_base + to.offset;  // temperatures
  }
  if (from.dimension == Dimension::equivalent_concentration ||
      to.dimension == Dimension::equivalent_concentration) {
    return convert_equivalent(value, from, to, analyte);
  }
  const std::string what = "cannot convert " +
                           (analyte.id.empty() ? std::string("value") : std::string(analyte.id)) +
                           " from " + shown(from) + " to " + shown(to) + ": ";
  const bool mass_molar = (from.dimension == Dimension::mass_concentration &&
                           to.dimension == Dimension::molar_concentration) ||
                          (from.dimension == Dimension::molar_concentration &&
                           to.dimension == Dimension::mass_concentration);
  if (!mass_molar) {
    return Result<double>::failure(what + "incompatible dimensions (" +
                                   std::string(to_string(from.dimension)) + ", " +
                                   std::string(to_string(to.dimension)) + ")");
  }
  if (!analyte.molar_mass) {
    return Result<double>::failure(what + "no molar mass for " +
                                   (analyte.id.empty() ? "this analyte" : std::string(analyte.id)));
  }
  const double molar_mass = *analyte.molar_mass;
  if (!(molar_mass > 0) || !std::isfinite(molar_mass)) {
    return Result<double>::failure(what + "invalid molar mass " + std::to_string(molar_mass));
  }
  return from.dimension == Dimension::mass_concentration
             ? mass_to_molar(value, from, to, molar_mass)
             : molar_to_mass(value, from, to, molar_mass);
}

int compare_values(double a, double b) {
  if (a == b) return 0;
  if (std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b))) return 0;
  return a < b ? -1 : 1;
}

}  // namespace eligo
