// The built-in therapies criteria of every area name (issue 13): drug classes and the
// members criteria and records name one by one. A drug is_a its class, so a record of
// warfarin is a record of an anticoagulant; a class without a member on record is
// absent, as any event. Classes carry no RxNorm code of their own (docs/code-maps.md).
// Left out on purpose: "ART" (also assisted reproduction), "PPI" (also "prior"), and
// prednisone and prednisolone as items: criteria name them as a dose reference ("> 10 mg
// prednisone or equivalent"), which would read as a second drug the patient must take.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_therapies(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      // ---- antithrombotics
      therapy("anticoagulant", "anticoagulant",
              {"anticoagulants", "anticoagulation", "anticoagulant therapy",
               "anticoagulation therapy", "therapeutic anticoagulation", "blood thinners",
               "oral anticoagulant", "oral anticoagulants"}),
      therapy("warfarin", "warfarin", {"Coumadin", "vitamin K antagonist", "VKA"})
          .is_a({"anticoagulant"}),
      therapy("heparin", "heparin", {"unfractionated heparin", "UFH"}).is_a({"anticoagulant"}),
      therapy("low_molecular_weight_heparin", "low molecular weight heparin",
              {"LMWH", "low-molecular-weight heparin", "enoxaparin", "dalteparin"})
          .is_a({"anticoagulant"}),
      therapy("direct_oral_anticoagulant", "direct oral anticoagulant",
              {"DOAC", "NOAC", "DOACs", "novel oral anticoagulant"})
          .is_a({"anticoagulant"}),
      therapy("apixaban", "apixaban", {"Eliquis"}).is_a({"direct_oral_anticoagulant"}),
      therapy("rivaroxaban", "rivaroxaban", {"Xarelto"}).is_a({"direct_oral_anticoagulant"}),
      therapy("dabigatran", "dabigatran", {"Pradaxa"}).is_a({"direct_oral_anticoagulant"}),
      therapy("edoxaban", "edoxaban", {"Savaysa", "Lixiana"}).is_a({"direct_oral_anticoagulant"}),
      therapy("antiplatelet", "antiplatelet agent",
              {"antiplatelet agents", "antiplatelet therapy", "antiplatelet drugs",
               "anti-platelet therapy", "dual antiplatelet therapy", "DAPT"}),
      therapy("aspirin", "aspirin", {"acetylsalicylic acid"}).is_a({"antiplatelet"}),
      therapy("clopidogrel", "clopidogrel", {"Plavix"}).is_a({"antiplatelet"}),
      therapy("ticagrelor", "ticagrelor", {"Brilinta"}).is_a({"antiplatelet"}),
      therapy("prasugrel", "prasugrel", {"Effient"}).is_a({"antiplatelet"}),
      // ---- interacting drugs
      therapy("strong_cyp3a_inducer", "strong CYP3A inducer",
              {"strong CYP3A4 inducer", "strong CYP3A4 inducers", "strong CYP3A inducers",
               "strong inducers of CYP3A", "strong inducers of CYP3A4"}),
      therapy("qt_prolonging_drug", "QT-prolonging drug",
              {"QT prolonging drugs", "QT-prolonging drugs", "QT prolonging medications",
               "QT-prolonging medications", "drugs that prolong the QT interval",
               "medications known to prolong the QT interval", "QTc-prolonging drugs"}),
      // ---- steroids and immune therapies
      therapy("methylprednisolone", "methylprednisolone", {"Solu-Medrol", "Medrol"})
          .is_a({"corticosteroids"}),
      therapy("hydrocortisone", "hydrocortisone", {}).is_a({"corticosteroids"}),
      therapy("immunosuppressant", "immunosuppressive therapy",
              {"immunosuppressants", "immunosuppressive agents", "immunosuppressive drugs",
               "immunosuppressive medication", "immunosuppressive medications", "immunosuppression",
               "immunosuppressive treatment"}),
      therapy("tacrolimus", "tacrolimus", {"Prograf"}).is_a({"immunosuppressant"}),
      therapy("cyclosporine", "cyclosporine", {"ciclosporin", "cyclosporin", "Neoral"})
          .is_a({"immunosuppressant"}),
      therapy("mycophenolate", "mycophenolate",
              {"mycophenolate mofetil", "MMF", "CellCept", "mycophenolic acid"})
          .is_a({"immunosuppressant"}),
      therapy("azathioprine", "azathioprine", {"Imuran"}).is_a({"immunosuppressant"}),
      therapy("methotrexate", "methotrexate", {"MTX"}),
      therapy("biologic_therapy", "biologic therapy",
              {"biologics", "biologic agents", "biological therapy", "biologic agent",
               "biological agents"}),
      therapy("tnf_inhibitor", "TNF inhibitor",
              {"anti-TNF therapy", "TNF-alpha inhibitor", "anti-TNF", "TNF blockers",
               "tumor necrosis factor inhibitor", "TNF antagonist"}),
      therapy("ivig", "intravenous immunoglobulin", {"IVIG", "IVIg", "IV immunoglobulin"}),
      // ---- cancer therapies
      // Chemotherapy received. The bare word names nothing: criteria name it as a plan or a
      // candidacy as often as a history ("ineligible to receive intensive chemotherapy",
      // "comorbidities that preclude induction chemotherapy"), and a rule read from those
      // would be a wrong one.
      therapy("prior_chemotherapy", "prior chemotherapy",
              {"previous chemotherapy", "prior systemic chemotherapy",
               "prior cytotoxic chemotherapy", "received chemotherapy", "cytotoxic chemotherapy",
               "systemic chemotherapy", "prior chemotherapies", "previous chemotherapies"}),
      therapy("monoclonal_antibody", "monoclonal antibody",
              {"monoclonal antibodies", "mAb", "monoclonal antibody therapy",
               "therapeutic antibodies"}),
      therapy("immunotherapy", "immunotherapy", {"cancer immunotherapy", "immune therapy"}),
      therapy("checkpoint_inhibitor", "immune checkpoint inhibitor",
              {"checkpoint inhibitor", "checkpoint inhibitors", "immune checkpoint inhibitors",
               "ICI", "ICIs", "immune checkpoint blockade", "checkpoint blockade"})
          .is_a({"immunotherapy", "monoclonal_antibody"}),
      therapy("anti_pd1", "anti-PD-1 antibody",
              {"anti-PD-1", "PD-1 inhibitor", "anti-PD-1 therapy", "PD-1 inhibitors",
               "anti-PD-1 antibodies"})
          .is_a({"checkpoint_inhibitor"}),
      therapy("anti_pdl1", "anti-PD-L1 antibody",
              {"anti-PD-L1", "PD-L1 inhibitor", "anti-PD-L1 therapy", "PD-L1 inhibitors"})
          .is_a({"checkpoint_inhibitor"}),
      therapy("anti_ctla4", "anti-CTLA-4 antibody",
              {"anti-CTLA-4", "CTLA-4 inhibitor", "anti-CTLA-4 therapy"})
          .is_a({"checkpoint_inhibitor"}),
      therapy("pembrolizumab", "pembrolizumab", {"Keytruda"}).is_a({"anti_pd1"}),
      therapy("nivolumab", "nivolumab", {"Opdivo"}).is_a({"anti_pd1"}),
      therapy("atezolizumab", "atezolizumab", {"Tecentriq"}).is_a({"anti_pdl1"}),
      therapy("durvalumab", "durvalumab", {"Imfinzi"}).is_a({"anti_pdl1"}),
      therapy("ipilimumab", "ipilimumab", {"Yervoy"}).is_a({"anti_ctla4"}),
      therapy("rituximab", "rituximab", {"Rituxan", "MabThera"}).is_a({"monoclonal_antibody"}),
      therapy("bevacizumab", "bevacizumab", {"Avastin"}).is_a({"monoclonal_antibody"}),
      therapy("trastuzumab", "trastuzumab", {"Herceptin"}).is_a({"monoclonal_antibody"}),
      therapy("car_t_therapy", "CAR T-cell therapy",
              {"CAR-T", "CAR T", "CAR-T cell therapy", "CAR T cell therapy",
               "chimeric antigen receptor T-cell therapy", "CAR-T therapy"})
          .is_a({"immunotherapy"}),
      therapy("tyrosine_kinase_inhibitor", "tyrosine kinase inhibitor",
              {"TKI", "TKIs", "tyrosine kinase inhibitors"}),
      therapy("targeted_therapy", "targeted therapy",
              {"molecularly targeted therapy", "targeted agents", "targeted therapies"}),
      therapy(
          "endocrine_therapy", "endocrine therapy",
          {"hormonal therapy", "hormone therapy", "anti-hormonal therapy", "antihormonal therapy"}),
      therapy("growth_factor", "hematopoietic growth factor",
              {"G-CSF", "granulocyte colony-stimulating factor", "filgrastim", "pegfilgrastim",
               "haematopoietic growth factor", "myeloid growth factors"}),
      therapy("esa", "erythropoiesis-stimulating agent",
              {"ESA", "erythropoietin", "epoetin", "darbepoetin", "ESAs",
               "erythropoiesis stimulating agents", "erythropoiesis-stimulating agents",
               "erythropoietin stimulating agents", "erythropoietin-stimulating agents"}),
      // ---- metabolic
      therapy("insulin", "insulin", {"insulin therapy", "insulin treatment"}),
      therapy("metformin", "metformin", {"Glucophage"}),
      therapy("sglt2_inhibitor", "SGLT2 inhibitor",
              {"SGLT2 inhibitors", "SGLT-2 inhibitor", "SGLT-2 inhibitors", "SGLT2i",
               "sodium-glucose cotransporter 2 inhibitor", "gliflozin", "gliflozins"}),
      therapy("empagliflozin", "empagliflozin", {"Jardiance"}).is_a({"sglt2_inhibitor"}),
      therapy("dapagliflozin", "dapagliflozin", {"Farxiga", "Forxiga"}).is_a({"sglt2_inhibitor"}),
      therapy("canagliflozin", "canagliflozin", {"Invokana"}).is_a({"sglt2_inhibitor"}),
      therapy("glp1_agonist", "GLP-1 receptor agonist",
              {"GLP-1 agonist", "GLP-1 RA", "GLP-1 receptor agonists", "GLP-1 agonists",
               "GLP1 receptor agonist", "GLP-1RA", "glucagon-like peptide-1 receptor agonist"}),
      therapy("semaglutide", "semaglutide", {"Ozempic", "Wegovy", "Rybelsus"})
          .is_a({"glp1_agonist"}),
      therapy("liraglutide", "liraglutide", {"Victoza", "Saxenda"}).is_a({"glp1_agonist"}),
      therapy("dulaglutide", "dulaglutide", {"Trulicity"}).is_a({"glp1_agonist"}),
      therapy("statin", "statin", {"statins", "HMG-CoA reductase inhibitor", "statin therapy"}),
      // ---- infection
      therapy("antiretroviral_therapy", "antiretroviral therapy",
              {"antiretrovirals", "antiretroviral treatment", "HAART", "cART",
               "combination antiretroviral therapy", "antiretroviral drugs"}),
      therapy("systemic_antibiotics", "systemic antibiotics",
              {"antibiotics", "antibiotic therapy", "intravenous antibiotics", "IV antibiotics",
               "antimicrobial therapy"}),
      // ---- nervous system
      therapy("antipsychotic", "antipsychotic",
              {"antipsychotics", "antipsychotic medication", "antipsychotic medications",
               "neuroleptics", "antipsychotic drugs"}),
      therapy("antidepressant", "antidepressant",
              {"antidepressants", "antidepressant medication", "antidepressant medications",
               "antidepressant therapy"}),
      therapy("ssri", "selective serotonin reuptake inhibitor",
              {"SSRI", "SSRIs", "selective serotonin reuptake inhibitors"})
          .is_a({"antidepressant"}),
      therapy("snri", "serotonin-norepinephrine reuptake inhibitor",
              {"SNRI", "SNRIs", "serotonin norepinephrine reuptake inhibitors"})
          .is_a({"antidepressant"}),
      therapy("mao_inhibitor", "monoamine oxidase inhibitor",
              {"MAOI", "MAOIs", "MAO inhibitor", "MAO inhibitors", "monoamine oxidase inhibitors"}),
      therapy("benzodiazepine", "benzodiazepine", {"benzodiazepines", "benzodiazepine use"}),
      therapy("opioid", "opioid",
              {"opioids", "opiates", "opioid analgesics", "opioid medication", "opioid medications",
               "narcotics", "opioid therapy"}),
      therapy("antiepileptic", "antiepileptic drug",
              {"antiepileptic drugs", "anticonvulsants", "anticonvulsant", "AEDs",
               "anti-seizure medication", "antiseizure medications"}),
      therapy("lithium", "lithium", {"lithium carbonate"}),
      therapy("stimulant", "stimulant medication",
              {"stimulants", "psychostimulants", "stimulant medications"}),
      therapy("nsaid", "nonsteroidal anti-inflammatory drug",
              {"NSAID", "NSAIDs", "non-steroidal anti-inflammatory drugs",
               "nonsteroidal anti-inflammatory drugs"}),
      // ---- other
      therapy("hormonal_contraception", "hormonal contraception",
              {"hormonal contraceptives", "oral contraceptives", "oral contraceptive",
               "hormonal contraceptive"}),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
