// The built-in code maps of the drugs and procedures added for issue 13: RxNorm
// ingredients (and a few brand names) of the drugs criteria name one by one, SNOMED CT
// procedures from the IPS Free Set expansion (HL7 fhir-ips) and CPT codes checked on two
// coding references each. Drug classes carry no code: a class has no RxNorm code, and
// its members are mapped only where they are items of their own (docs/code-maps.md).
#include "core/code_map_rows.hpp"

namespace eligo {

using namespace code_map_rows;

void add_care_codes(std::vector<CodeMapping>& out) {
  CodeMapping rows[] = {
      // --- therapies: RxNorm (false: one source)
      rxnorm("11289", "warfarin", "warfarin"),
      rxnorm("5224", "heparin", "heparin", false),
      rxnorm("1364430", "apixaban", "apixaban", false),
      rxnorm("1114195", "rivaroxaban", "rivaroxaban", false),
      rxnorm("1546356", "dabigatran", "dabigatran", false),
      rxnorm("1599538", "edoxaban", "edoxaban", false),
      rxnorm("1191", "aspirin", "aspirin"),
      rxnorm("32968", "clopidogrel", "clopidogrel"),
      rxnorm("1116632", "ticagrelor", "ticagrelor", false),
      rxnorm("613391", "prasugrel", "prasugrel", false),
      rxnorm("6902", "methylprednisolone", "methylprednisolone", false),
      rxnorm("42316", "tacrolimus", "tacrolimus"),
      rxnorm("196463", "tacrolimus", "Prograf", false),
      rxnorm("3008", "cyclosporine", "cyclosporine"),
      rxnorm("7145", "mycophenolate", "mycophenolic acid"),
      rxnorm("68149", "mycophenolate", "mycophenolate mofetil", false),
      rxnorm("1256", "azathioprine", "azathioprine"),
      rxnorm("6851", "methotrexate", "methotrexate"),
      rxnorm("121191", "rituximab", "rituximab"),
      rxnorm("226754", "rituximab", "Rituxan", false),
      rxnorm("68442", "growth_factor", "filgrastim", false),
      rxnorm("338036", "growth_factor", "pegfilgrastim", false),
      rxnorm("274783", "insulin", "insulin glargine", false),
      rxnorm("86009", "insulin", "insulin lispro", false),
      rxnorm("6809", "metformin", "metformin"),
      rxnorm("6448", "lithium", "lithium", false),
      // --- procedures: SNOMED CT (IPS Free Set)
      snomed("234336002", "hematopoietic_stem_cell_transplant", "Hemopoietic stem cell transplant"),
      snomed("23719005", "hematopoietic_stem_cell_transplant", "Transplantation of bone marrow"),
      snomed("58776007", "asct", "Autologous bone marrow transplant"),
      snomed("425843001", "allogeneic_transplant",
             "Allogeneic peripheral blood stem cell transplant"),
      snomed("58390007", "allogeneic_transplant", "Allogeneic bone marrow transplantation"),
      snomed("234335003", "allogeneic_transplant", "Allogeneic unrelated bone marrow transplant"),
      snomed("70536003", "kidney_transplant", "Transplant of kidney"),
      snomed("18027006", "liver_transplant", "Transplantation of liver"),
      snomed("32413006", "heart_transplant", "Transplantation of heart"),
      snomed("88039007", "lung_transplant", "Transplant of lung"),
      snomed("232658009", "lung_transplant", "Double lung transplant"),
      snomed("108241001", "dialysis", "Dialysis procedure"),
      snomed("265764009", "dialysis", "Renal dialysis"),
      snomed("302497006", "hemodialysis", "Hemodialysis"),
      snomed("71192002", "peritoneal_dialysis", "Peritoneal dialysis"),
      snomed("238318009", "peritoneal_dialysis", "Continuous ambulatory peritoneal dialysis"),
      snomed("41339005", "percutaneous_coronary_intervention", "Coronary angioplasty"),
      snomed("11101003", "percutaneous_coronary_intervention",
             "Percutaneous transluminal coronary angioplasty"),
      snomed("36969009", "percutaneous_coronary_intervention",
             "Placement of stent in coronary artery"),
      snomed("429639007", "percutaneous_coronary_intervention",
             "Percutaneous transluminal balloon angioplasty with insertion of stent into coronary "
             "artery"),
      snomed("232717009", "cabg", "Coronary artery bypass graft"),
      snomed("2598006", "cardiac_surgery", "Open heart surgery"),
      snomed("307280005", "pacemaker", "Implantation of cardiac pacemaker"),
      snomed("395218007", "icd_implantation", "Implantation of internal cardiac defibrillator"),
      snomed("33195004", "radiotherapy", "External beam radiation therapy procedure"),
      snomed("116859006", "blood_transfusion", "Transfusion of blood product"),
      snomed("430715008", "bariatric_surgery", "Bariatric operative procedure"),
      snomed("53442002", "gastrectomy", "Gastrectomy"),
      // --- procedures: CPT
      cpt("90935", "hemodialysis",
          "Hemodialysis procedure with single evaluation by a physician or other qualified health "
          "care professional"),
      cpt("36430", "blood_transfusion", "Transfusion, blood or blood components"),
      cpt("90870", "electroconvulsive_therapy",
          "Electroconvulsive therapy (includes necessary monitoring)"),
      cpt("92928", "percutaneous_coronary_intervention",
          "Percutaneous transcatheter placement of intracoronary stent(s), with coronary "
          "angioplasty when performed; single major coronary artery or branch"),
      cpt("33533", "cabg",
          "Coronary artery bypass, using arterial graft(s); single arterial graft"),
      cpt("94002", "mechanical_ventilation",
          "Ventilation assist and management, initiation of pressure or volume preset ventilators "
          "for assisted or controlled breathing; hospital inpatient/observation, initial day"),
      cpt("94003", "mechanical_ventilation",
          "Ventilation assist and management, initiation of pressure or volume preset ventilators "
          "for assisted or controlled breathing; hospital inpatient/observation, each subsequent "
          "day"),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
