// The built-in procedures criteria of every area name (issue 13): transplants, dialysis,
// cardiac interventions, radiotherapy techniques, ventilation and transfusion. A kind of
// procedure is_a its family (kidney transplant is a solid organ transplant).
// Left out on purpose: "PCI" (also prophylactic cranial irradiation in lung cancer
// criteria), "SRS" alone, "SOT".
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_procedures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      // ---- transplants: autologous and allogeneic stem cell transplants (events file)
      // are kinds of hematopoietic_stem_cell_transplant.
      procedure(
          "hematopoietic_stem_cell_transplant", "hematopoietic stem cell transplant",
          {"HSCT", "stem cell transplant", "stem cell transplantation", "bone marrow transplant",
           "bone marrow transplantation", "BMT", "haematopoietic stem cell transplant",
           "hematopoietic stem cell transplantation", "haematopoietic stem cell transplantation",
           "SCT", "hematopoietic cell transplantation"}),
      procedure(
          "solid_organ_transplant", "solid organ transplant",
          {"organ transplant", "organ transplantation", "solid organ transplantation",
           "solid organ transplant recipient", "organ allograft", "organ transplant recipient"}),
      procedure("kidney_transplant", "kidney transplant",
                {"renal transplant", "kidney transplantation", "renal transplantation"})
          .is_a({"solid_organ_transplant"}),
      procedure("liver_transplant", "liver transplant", {"liver transplantation"})
          .is_a({"solid_organ_transplant"}),
      procedure("heart_transplant", "heart transplant",
                {"heart transplantation", "cardiac transplant", "cardiac transplantation"})
          .is_a({"solid_organ_transplant"}),
      procedure("lung_transplant", "lung transplant", {"lung transplantation"})
          .is_a({"solid_organ_transplant"}),
      // ---- kidney replacement
      procedure("dialysis", "dialysis",
                {"renal replacement therapy", "kidney replacement therapy", "RRT",
                 "chronic dialysis", "maintenance dialysis"}),
      procedure("hemodialysis", "hemodialysis", {"haemodialysis"}).is_a({"dialysis"}),
      procedure("peritoneal_dialysis", "peritoneal dialysis", {}).is_a({"dialysis"}),
      // ---- heart
      procedure("coronary_revascularization", "coronary revascularization",
                {"coronary revascularisation", "myocardial revascularization"}),
      procedure("percutaneous_coronary_intervention", "percutaneous coronary intervention",
                {"coronary angioplasty", "coronary stent", "coronary stenting",
                 "percutaneous transluminal coronary angioplasty", "PTCA"})
          .is_a({"coronary_revascularization"}),
      procedure("cabg", "coronary artery bypass graft",
                {"CABG", "coronary artery bypass grafting", "coronary artery bypass surgery",
                 "bypass surgery"})
          .is_a({"coronary_revascularization"}),
      procedure("cardiac_surgery", "cardiac surgery", {"heart surgery", "open heart surgery"}),
      procedure("pacemaker", "pacemaker implantation",
                {"pacemaker", "cardiac pacemaker", "implanted pacemaker"}),
      procedure("icd_implantation", "implantable cardioverter-defibrillator",
                {"implantable cardioverter defibrillator", "implanted defibrillator",
                 "implantable defibrillator"}),
      // ---- radiation
      procedure("whole_brain_radiotherapy", "whole brain radiotherapy",
                {"WBRT", "whole-brain radiotherapy", "whole brain radiation therapy",
                 "whole-brain radiation"})
          .is_a({"radiotherapy"}),
      procedure("stereotactic_radiosurgery", "stereotactic radiosurgery",
                {"stereotactic radiotherapy", "SBRT", "SABR", "stereotactic body radiotherapy",
                 "stereotactic body radiation therapy", "gamma knife"})
          .is_a({"radiotherapy"}),
      procedure("chemoradiotherapy", "chemoradiotherapy",
                {"chemoradiation", "concurrent chemoradiotherapy"}),
      // ---- support and other
      procedure("mechanical_ventilation", "mechanical ventilation",
                {"invasive mechanical ventilation", "intubation", "ventilator support",
                 "endotracheal intubation"}),
      procedure(
          "blood_transfusion", "blood transfusion",
          {"transfusion", "transfusions", "red blood cell transfusion", "RBC transfusion",
           "red cell transfusion", "packed red blood cell transfusion", "blood transfusions"}),
      procedure("platelet_transfusion", "platelet transfusion", {"platelet transfusions"})
          .is_a({"blood_transfusion"}),
      procedure("bariatric_surgery", "bariatric surgery",
                {"gastric bypass", "weight loss surgery", "gastric banding", "sleeve gastrectomy"}),
      procedure("gastrectomy", "gastrectomy", {"total gastrectomy", "partial gastrectomy"}),
      procedure("electroconvulsive_therapy", "electroconvulsive therapy",
                {"ECT", "electroshock therapy"}),
      procedure("deep_brain_stimulation", "deep brain stimulation", {"DBS"}),
      procedure("transcranial_magnetic_stimulation", "transcranial magnetic stimulation",
                {"rTMS", "repetitive transcranial magnetic stimulation"}),
      procedure("minor_surgery", "minor surgery", {"minor surgical procedure"}),
      // Sterilising surgery criteria name as a reason a woman cannot become pregnant.
      procedure("hysterectomy", "hysterectomy",
                {"surgical hysterectomy", "total hysterectomy", "prior hysterectomy"}),
      procedure("bilateral_oophorectomy", "bilateral oophorectomy",
                {"bilateral ovariectomy", "bilateral salpingo-oophorectomy", "BSO"}),
      procedure("cataract_surgery", "cataract surgery",
                {"cataract extraction", "cataract operation"}),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
