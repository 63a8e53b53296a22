// The LOINC codes that fix a unit's normalisation; see loinc_units.hpp. Each code's
// name was checked in public FHIR material (HL7 FHIR examples and value sets, the HL7
// Switzerland lab report guide); docs/units.md lists the sources. Creatinine clearance
// (2164-2) is not normalised and is not here: its mL/min stays mL/min.
#include "core/loinc_units.hpp"

#include "core/units.hpp"

namespace eligo {

const std::vector<PerBodySurfaceCode>& per_body_surface_codes() {
  static const std::vector<PerBodySurfaceCode> codes = {
      {"33914-3",
       "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum or "
       "Plasma by Creatinine-based formula (MDRD)"},
      {"48642-3",
       "Glomerular filtration rate/1.73 sq M.predicted among non-blacks [Volume "
       "Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (MDRD)"},
      {"48643-1",
       "Glomerular filtration rate/1.73 sq M.predicted among blacks [Volume Rate/Area] "
       "in Serum, Plasma or Blood by Creatinine-based formula (MDRD)"},
      {"50044-7",
       "Glomerular filtration rate/1.73 sq M.predicted among females [Volume "
       "Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (MDRD)"},
      {"62238-1",
       "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, "
       "Plasma or Blood by Creatinine-based formula (CKD-EPI)"},
      {"69405-9",
       "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, "
       "Plasma or Blood"},
      {"70969-1",
       "Glomerular filtration rate/1.73 sq M.predicted among males [Volume Rate/Area] "
       "in Serum, Plasma or Blood by Creatinine-based formula (MDRD)"},
      {"76633-7",
       "Glomerular filtration rate/1.73 sq M.predicted by Creatinine-based formula "
       "(MDRD) in Blood"},
      {"77147-7",
       "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, "
       "Plasma or Blood by Creatinine-based formula (MDRD)"},
      {"88293-6",
       "Glomerular filtration rate/1.73 sq M.predicted among blacks [Volume Rate/Area] "
       "in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)"},
      {"88294-4",
       "Glomerular filtration rate/1.73 sq M.predicted among non-blacks [Volume "
       "Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)"},
      {"98979-8",
       "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, "
       "Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"},
      {"98980-6",
       "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, "
       "Plasma or Blood by Creatinine and Cystatin C-based formula (CKD-EPI 2021)"},
  };
  return codes;
}

namespace {

std::string_view bare_code(std::string_view code) {
  if (code.size() > 6 && (code.substr(0, 6) == "LOINC:" || code.substr(0, 6) == "loinc:")) {
    code.remove_prefix(6);
  }
  return code;
}

}  // namespace

std::optional<UnitByCode> unit_by_code(std::string_view code, std::string_view unit) {
  code = bare_code(code);
  bool listed = false;
  for (const PerBodySurfaceCode& row : per_body_surface_codes()) listed |= row.code == code;
  if (!listed) return std::nullopt;
  const Result<Unit> written = parse_unit(unit);
  if (!written || written->dimension != Dimension::volume_rate) return std::nullopt;
  const Result<Unit> completed = parse_unit(written->code + "/1.73m2");
  if (!completed || completed->dimension != Dimension::normalized_volume_rate) return std::nullopt;
  return UnitByCode{completed->code, "written " + std::string(unit) + "; LOINC " +
                                         std::string(code) + " is per 1.73 m²"};
}

}  // namespace eligo
