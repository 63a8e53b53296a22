// Synthetic patients for the benchmarks, in the long CSV format (docs/patients.md):
// one patient at a time, rows grouped by patient, 30 to 40 facts each (birth date,
// sex, the labs, scores and events the seed trials ask about). Values follow a
// disease profile (no plasma-cell disorder, MGUS, smoldering, active or relapsed
// myeloma); some labs are missing, some are older than the 28-day window, and each lab
// is written in one of its SI, conventional or UCUM spellings. Every row is valid: the
// population measures speed, and bad rows have their own tests. Every unit written is
// listed by lab_units(), so the PostgreSQL side of the benchmark can normalise them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "bench/random.hpp"
#include "core/date.hpp"

namespace eligo::bench {

// One spelling of a lab's unit: value in this unit = canonical value x factor.
struct UnitSpelling {
  std::string_view item;
  std::string_view unit;
  double factor;
};

// Every (item, unit) the generator writes for a measurement, with its factor from the
// item's canonical unit (the vocabulary's: 10^9/L, g/dL, mg/dL, U/L, mg/L, mg/24h, %).
const std::vector<UnitSpelling>& lab_units();

inline constexpr std::string_view kLongHeader =
    "patient_id,item,value,unit,date,ref_low,ref_high\n";

// Appends the rows of patient number `index` (id "P" and 7 digits), as of `as_of`.
void write_patient(Random& random, long index, Date as_of, std::string& out);

}  // namespace eligo::bench
