// The population model: a disease profile per patient, a table of labs with their
// distributions and spellings, events drawn from the profile, and the row writer.
#include "bench/population.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <functional>

namespace eligo::bench {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

enum class Profile { healthy, mgus, smoldering, active, relapsed };

constexpr double kBilirubinMolar = 10000.0 / 584.66;    // mg/dL -> umol/L
constexpr double kCreatinineMolar = 10000.0 / 113.12;   // mg/dL -> umol/L
constexpr double kCalciumMolar = 10.0 / 40.08;          // mg/dL -> mmol/L
constexpr double kHemoglobinMolar = 10000.0 / 16114.5;  // g/dL -> mmol/L (per heme)

struct Spelling {
  std::string_view unit;
  double factor;
  int decimals;
};

// A lab: its id, how often it is on record, its value in the canonical unit, the
// spellings it is written in (drawn uniformly), its default reference range (written
// with some rows), and how many distinct values it can take (0: continuous).
struct Lab {
  std::string_view item;
  double present;  // probability of a value on record (any age)
  std::function<double(Random&, Profile)> draw;
  std::vector<Spelling> spellings;
  double ref_low = 0, ref_high = 0;  // 0, 0: rows carry no range
  double with_range = 0.5;           // share of rows that carry the range
};

bool has_disease(Profile p) { return p != Profile::healthy; }
bool is_myeloma(Profile p) { return p == Profile::active || p == Profile::relapsed; }

double clamp(double v, double low, double high) { return std::min(std::max(v, low), high); }

const std::vector<Lab>& labs() {
  using P = Profile;
  static const std::vector<Lab> table = {
      {"anc",
       0.95,
       [](Random& r, P p) { return r.log_normal(is_myeloma(p) ? 2.6 : 3.6, 1.55); },
       {{"10^9/L", 1, 2},
        {"/uL", 1000, 0},
        {"10*3/uL", 1, 2},
        {"cells/\xC2\xB5L", 1000, 0},
        {"K/uL", 1, 1}}},
      {"platelets",
       0.95,
       [](Random& r, P p) { return r.log_normal(is_myeloma(p) ? 170 : 240, 1.45); },
       {{"10^9/L", 1, 0}, {"10^3/uL", 1, 0}, {"10*3/uL", 1, 0}, {"/\xC2\xB5L", 1000, 0}}},
      {"wbc",
       0.9,
       [](Random& r, P) { return r.log_normal(6.5, 1.4); },
       {{"10^9/L", 1, 1}, {"10*3/uL", 1, 1}}},
      {"hemoglobin",
       0.95,
       [](Random& r, P p) { return clamp(r.normal(is_myeloma(p) ? 10.6 : 13.4, 1.7), 5, 19); },
       {{"g/dL", 1, 1}, {"g/L", 10, 0}, {"mmol/L", kHemoglobinMolar, 1}}},
      {"total_bilirubin",
       0.9,
       [](Random& r, P) { return r.log_normal(0.6, 1.8); },
       {{"mg/dL", 1, 2}, {"umol/L", kBilirubinMolar, 0}, {"\xC2\xB5mol/L", kBilirubinMolar, 1}},
       0.1,
       1.2},
      {"direct_bilirubin",
       0.45,
       [](Random& r, P) { return r.log_normal(0.15, 2.0); },
       {{"mg/dL", 1, 2}, {"umol/L", kBilirubinMolar, 1}}},
      {"alt",
       0.9,
       [](Random& r, P) { return r.log_normal(24, 1.8); },
       {{"U/L", 1, 0}, {"IU/L", 1, 0}, {"[IU]/L", 1, 0}},
       7,
       56},
      {"ast",
       0.9,
       [](Random& r, P) { return r.log_normal(24, 1.7); },
       {{"U/L", 1, 0}, {"IU/L", 1, 0}, {"[IU]/L", 1, 0}},
       10,
       40},
      {"creatinine",
       0.95,
       [](Random& r, P p) { return r.log_normal(is_myeloma(p) ? 1.15 : 0.9, 1.45); },
       {{"mg/dL", 1, 2}, {"umol/L", kCreatinineMolar, 0}, {"\xC2\xB5mol/L", kCreatinineMolar, 0}},
       0.6,
       1.3},
      {"calcium",
       0.9,
       [](Random& r, P p) { return clamp(r.normal(is_myeloma(p) ? 9.9 : 9.4, 0.7), 6, 15); },
       {{"mg/dL", 1, 1}, {"mmol/L", kCalciumMolar, 2}}},
      {"albumin",
       0.85,
       [](Random& r, P) { return clamp(r.normal(3.9, 0.5), 1.5, 5.5); },
       {{"g/dL", 1, 1}, {"g/L", 10, 0}}},
      {"serum_m_protein",
       0.8,
       [](Random& r, P p) {
         static constexpr double kMedian[] = {0.1, 0.8, 2.2, 3.0, 1.2};
         // At most 12 g/dL: no real serum holds more (the vocabulary refuses over 20).
         return clamp(r.log_normal(kMedian[static_cast<int>(p)], 1.7), 0, 12);
       },
       {{"g/dL", 1, 2}, {"g/L", 10, 1}}},
      {"urine_m_protein",
       0.6,
       [](Random& r, P p) { return r.log_normal(has_disease(p) ? 220 : 40, 2.5); },
       {{"mg/24h", 1, 0}, {"mg/(24.h)", 1, 0}, {"g/24h", 0.001, 3}}},
      {"involved_flc",
       0.75,
       [](Random& r, P p) {
         return r.log_normal(is_myeloma(p) ? 180 : has_disease(p) ? 60 : 18, 2.2);
       },
       {{"mg/L", 1, 1}, {"mg/dL", 0.1, 2}}},
      {"kappa_flc", 0.6, [](Random& r, P) { return r.log_normal(15, 2.0); }, {{"mg/L", 1, 1}}},
      {"lambda_flc", 0.6, [](Random& r, P) { return r.log_normal(16, 1.9); }, {{"mg/L", 1, 1}}},
      {"flc_ratio",
       0.75,
       [](Random& r, P p) {
         return r.log_normal(is_myeloma(p) ? 40 : has_disease(p) ? 10 : 1.2, 2.6);
       },
       {{"", 1, 2}, {"{ratio}", 1, 2}}},
      {"bmpc_percent",
       0.7,
       [](Random& r, P p) {
         static constexpr double kMedian[] = {2, 6, 22, 40, 28};
         return clamp(r.log_normal(kMedian[static_cast<int>(p)], 1.5), 0.5, 95);
       },
       {{"%", 1, 0}}},
      {"aberrant_pc_percent",
       0.4,
       [](Random& r, P p) {
         return has_disease(p) ? clamp(r.normal(90, 8), 40, 100) : r.uniform(0, 50);
       },
       {{"%", 1, 0}}},
      {"ecog",
       0.85,
       [](Random& r, P p) {
         return static_cast<double>(std::min(r.integer(0, is_myeloma(p) ? 4 : 2), r.integer(0, 4)));
       },
       {{"", 1, 0}, {"{score}", 1, 0}}},
      {"lvef", 0.5, [](Random& r, P) { return clamp(r.normal(58, 8), 15, 80); }, {{"%", 1, 0}}},
      {"weight",
       0.85,
       [](Random& r, P) { return clamp(r.normal(76, 15), 38, 180); },
       {{"kg", 1, 1}, {"lb", 2.20462262185, 0}}},
      {"igg",
       0.6,
       [](Random& r, P p) {
         return has_disease(p) ? r.log_normal(900, 1.9) : clamp(r.normal(1100, 250), 400, 2500);
       },
       {{"mg/dL", 1, 0}, {"g/L", 0.01, 1}},
       700,
       1600,
       1.0},
      {"iga",
       0.6,
       [](Random& r, P p) { return r.log_normal(has_disease(p) ? 150 : 220, 1.9); },
       {{"mg/dL", 1, 0}, {"g/L", 0.01, 2}},
       70,
       400,
       1.0},
      {"igm",
       0.6,
       [](Random& r, P p) { return r.log_normal(has_disease(p) ? 60 : 100, 1.8); },
       {{"mg/dL", 1, 0}, {"g/L", 0.01, 2}},
       40,
       230,
       1.0},
      {"kappa_lambda_ratio",
       0.6,
       [](Random& r, P p) { return r.log_normal(has_disease(p) ? 6 : 1, 2.8); },
       {{"", 1, 2}, {"{ratio}", 1, 2}}},
      {"focal_lesions",
       0.3,
       [](Random& r, P p) { return is_myeloma(p)    ? r.integer(0, 4)
                                   : r.chance(0.05) ? 1.0
                                                    : 0.0; },
       {{"", 1, 0}}},
      {"bone_lytic_lesions",
       0.5,
       [](Random& r, P p) { return is_myeloma(p)    ? r.integer(0, 6)
                                   : r.chance(0.05) ? 1.0
                                                    : 0.0; },
       {{"", 1, 0}}},
  };
  return table;
}

struct EventDraw {
  std::string_view item;
  double chance[5];  // per profile: healthy, mgus, smoldering, active, relapsed
  int max_days_ago;
};

constexpr EventDraw kEvents[] = {
    {"mgus", {0, 1, 0.3, 0.2, 0.2}, 3650},
    {"smoldering_myeloma", {0, 0, 1, 0.3, 0.2}, 2500},
    {"multiple_myeloma", {0, 0, 0, 1, 1}, 2500},
    {"relapsed_multiple_myeloma", {0, 0, 0, 0, 1}, 700},
    {"myeloma_defining_event", {0, 0, 0.05, 0.7, 0.5}, 1500},
    {"lenalidomide", {0, 0, 0.05, 0.45, 0.9}, 1500},
    {"dexamethasone", {0.02, 0, 0.05, 0.8, 0.9}, 1200},
    {"bortezomib", {0, 0, 0, 0.6, 0.8}, 1500},
    {"daratumumab", {0, 0, 0, 0.2, 0.5}, 900},
    {"asct", {0, 0, 0, 0.3, 0.5}, 1800},
    {"gilbert_syndrome", {0.04, 0.04, 0.04, 0.04, 0.04}, 9000},
    {"myocardial_infarction", {0.03, 0.04, 0.04, 0.05, 0.06}, 2000},
    {"active_infection", {0.01, 0.02, 0.02, 0.05, 0.08}, 60},
    {"amyloidosis", {0, 0.01, 0.02, 0.04, 0.04}, 1500},
    {"hepatitis_b", {0.01, 0.01, 0.01, 0.02, 0.02}, 5000},
    {"other_malignancy", {0.03, 0.05, 0.05, 0.05, 0.06}, 5000},
    {"prior_myeloma_therapy", {0, 0, 0.02, 0.7, 0.95}, 2000},
    {"partial_response", {0, 0, 0, 0.2, 0.45}, 400},
    {"refractory_multiple_myeloma", {0, 0, 0, 0.05, 0.3}, 700},
    {"heart_failure", {0.02, 0.03, 0.03, 0.05, 0.06}, 3000},
    {"pulmonary_embolism", {0.01, 0.01, 0.01, 0.03, 0.03}, 1000},
    {"plasma_cell_leukemia", {0, 0, 0, 0.005, 0.01}, 500},
    {"live_vaccine", {0.01, 0.01, 0.01, 0.01, 0.01}, 200},
};

void append_number(std::string& out, double value, int decimals) {
  char buffer[64];
  const auto r =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  out.append(buffer, r.ptr);
}

void append_date(std::string& out, sys_days day) {
  const Date d{day};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  out += buffer;
}

struct Row {
  std::string_view item;
  std::string value;
  std::string_view unit;
  sys_days date;
  bool dated = true;
  std::string ref_low{}, ref_high{};
};

Profile draw_profile(Random& r) {
  const double u = r.uniform();
  if (u < 0.30) return Profile::healthy;
  if (u < 0.45) return Profile::mgus;
  if (u < 0.70) return Profile::smoldering;
  if (u < 0.88) return Profile::active;
  return Profile::relapsed;
}

// A lab value on `date`, in a spelling drawn for it, with the range in some rows.
Row lab_row(Random& r, const Lab& lab, Profile p, sys_days date) {
  const Spelling& s = lab.spellings[static_cast<std::size_t>(
      r.integer(0, static_cast<int>(lab.spellings.size()) - 1))];
  Row row{lab.item, {}, s.unit, date};
  append_number(row.value, lab.draw(r, p) * s.factor, s.decimals);
  if (lab.ref_high > 0 && r.chance(lab.with_range)) {
    append_number(row.ref_low, lab.ref_low * s.factor, s.decimals);
    append_number(row.ref_high, lab.ref_high * s.factor, s.decimals);
  }
  return row;
}

}  // namespace

const std::vector<UnitSpelling>& lab_units() {
  static const std::vector<UnitSpelling> units = [] {
    std::vector<UnitSpelling> all;
    for (const Lab& lab : labs()) {
      for (const Spelling& s : lab.spellings) all.push_back({lab.item, s.unit, s.factor});
    }
    return all;
  }();
  return units;
}

void write_patient(Random& r, long index, Date as_of, std::string& out) {
  const sys_days today{as_of};
  const Profile profile = draw_profile(r);
  std::vector<Row> rows;
  // Labs: the latest within the window for most, older than the window for some, and
  // earlier values of the same lab to fill the record.
  std::vector<std::size_t> on_record;
  for (std::size_t i = 0; i < labs().size(); ++i) {
    const Lab& lab = labs()[i];
    if (!r.chance(lab.present)) continue;
    const int age = r.chance(0.88) ? r.integer(0, 27) : r.integer(29, 400);
    rows.push_back(lab_row(r, lab, profile, today - days{age}));
    on_record.push_back(i);
  }
  for (const EventDraw& e : kEvents) {
    if (!r.chance(e.chance[static_cast<int>(profile)])) continue;
    static constexpr std::string_view kYes[] = {"yes", "", "Y", "true", "yes"};
    Row row{e.item, std::string(kYes[r.integer(0, 4)]), "",
            today - days{r.integer(1, e.max_days_ago)}};
    rows.push_back(std::move(row));
    if (e.item == "heart_failure") {  // and its NYHA class, recent
      rows.push_back(
          Row{"nyha_class", std::to_string(r.integer(1, 4)), "", today - days{r.integer(0, 27)}});
    }
  }
  if (r.chance(0.01)) {
    rows.push_back(Row{"hiv", "yes", "", today - days{r.integer(100, 5000)}});
  } else if (r.chance(0.3)) {
    rows.push_back(Row{"hiv", "no", "", today, false});
  }
  const int prior = is_myeloma(profile) ? r.integer(0, 5) : 0;
  rows.push_back(Row{"prior_lines", std::to_string(prior), "", today, false});
  // Earlier values, each older than every value of its lab so far, until the record
  // has its 30 to 40 facts (2 more are the birth date and the sex).
  const std::size_t target = static_cast<std::size_t>(r.integer(28, 38));
  while (rows.size() < target && !on_record.empty()) {
    const Lab& lab = labs()[on_record[static_cast<std::size_t>(
        r.integer(0, static_cast<int>(on_record.size()) - 1))]];
    sys_days oldest = today;
    for (const Row& row : rows) {
      if (row.item == lab.item) oldest = std::min(oldest, row.date);
    }
    rows.push_back(lab_row(r, lab, profile, oldest - days{r.integer(7, 120)}));
  }
  // At most 40 facts: drop values at random (missing data) beyond 38 rows.
  while (rows.size() > 38)
    rows.erase(rows.begin() + r.integer(0, static_cast<int>(rows.size()) - 1));
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.item < b.item; });

  char id[16];
  std::snprintf(id, sizeof id, "P%07ld", index);
  const int age_years = static_cast<int>(clamp(r.normal(63, 12), 19, 96));
  const sys_days birth = today - days{age_years * 365 + age_years / 4 + r.integer(0, 364)};
  out += id;
  out += ",birth_date,";
  append_date(out, birth);
  out += ",,,,\n";
  static constexpr std::string_view kSex[] = {"F", "M", "female", "male"};
  out += id;
  out += ",sex,";
  out += kSex[r.integer(0, 3)];
  out += ",,,,\n";
  for (const Row& row : rows) {
    out += id;
    out += ',';
    out += row.item;
    out += ',';
    out += row.value;
    out += ',';
    out += row.unit;
    out += ',';
    if (row.dated) append_date(out, row.date);
    out += ',';
    out += row.ref_low;
    out += ',';
    out += row.ref_high;
    out += '\n';
  }
}

}  // namespace eligo::bench
