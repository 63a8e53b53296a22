// The built-in conditions of the body's organs that criteria of every area name (issue
// 13): cardiovascular, bleeding, metabolic, infectious, hepatic, renal, pulmonary,
// gastrointestinal and immune. Chosen by how often the registry texts of tests/corpus
// name them; docs/vocabulary.md lists them with their relations, docs/code-maps.md their
// codes. Abbreviations that mean something else in criteria (AF, CAD, RA, UC, CD, TB, DM,
// ICH, CF) are left out on purpose.
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_conditions(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      // ---- cardiovascular
      condition("hypertension", "hypertension",
                {"high blood pressure", "arterial hypertension", "essential hypertension", "HTN",
                 "hypertensive disease", "systemic hypertension", "hypertensive"}),
      // A state records seldom code: hypertension on record leaves it open.
      condition("uncontrolled_hypertension", "uncontrolled hypertension",
                {"poorly controlled hypertension", "uncontrolled high blood pressure",
                 "inadequately controlled hypertension", "uncontrolled arterial hypertension"})
          .is_a({"hypertension"})
          .seldom_coded(),
      // Other hypertensions, so that "portal hypertension" is never read as hypertension.
      condition("portal_hypertension", "portal hypertension", {}),
      condition("ocular_hypertension", "ocular hypertension", {}),
      condition("coronary_artery_disease", "coronary artery disease",
                {"coronary heart disease", "ischemic heart disease", "ischaemic heart disease",
                 "IHD", "coronary disease"})
          .is_a({"heart_disease"}),
      condition("angina", "angina pectoris", {"angina"}),
      condition("cardiomyopathy", "cardiomyopathy", {"cardiomyopathies"}).is_a({"heart_disease"}),
      condition("atrial_fibrillation", "atrial fibrillation",
                {"AFib", "auricular fibrillation", "paroxysmal atrial fibrillation"})
          .is_a({"arrhythmia"}),
      condition("atrial_flutter", "atrial flutter", {}).is_a({"arrhythmia"}),
      condition("ventricular_arrhythmia", "ventricular arrhythmia",
                {"ventricular tachycardia", "ventricular fibrillation", "ventricular arrhythmias",
                 "ventricular tachyarrhythmia"})
          .is_a({"arrhythmia"}),
      condition("uncontrolled_arrhythmia", "uncontrolled arrhythmia",
                {"clinically significant arrhythmia", "uncontrolled cardiac arrhythmia",
                 "clinically significant cardiac arrhythmia", "symptomatic arrhythmia"})
          .is_a({"arrhythmia"})
          .seldom_coded(),
      condition("heart_block", "atrioventricular block",
                {"AV block", "heart block", "second-degree AV block", "third-degree AV block",
                 "complete heart block"}),
      condition("qt_prolongation", "QT prolongation",
                {"prolonged QT interval", "QTc prolongation", "prolonged QTc",
                 "QT interval prolongation"}),
      condition("long_qt_syndrome", "long QT syndrome",
                {"congenital long QT syndrome", "LQTS", "congenital long QT"})
          .is_a({"qt_prolongation"}),
      condition("valvular_heart_disease", "valvular heart disease",
                {"heart valve disease", "valvular disease"})
          .is_a({"heart_disease"}),
      condition("myocarditis", "myocarditis", {}).is_a({"heart_disease"}),
      condition("pericarditis", "pericarditis", {"pericardial disease"}).is_a({"heart_disease"}),
      condition("peripheral_artery_disease", "peripheral artery disease",
                {"peripheral arterial disease", "peripheral vascular disease", "PVD"})
          .is_a({"cardiovascular_disease"}),
      condition("aortic_aneurysm", "aortic aneurysm", {"aneurysm of the aorta"})
          .is_a({"cardiovascular_disease"}),
      condition("pulmonary_hypertension", "pulmonary hypertension", {}),
      condition("pulmonary_arterial_hypertension", "pulmonary arterial hypertension", {"PAH"})
          .is_a({"pulmonary_hypertension"}),
      // Strokes: ischaemic and haemorrhagic are kinds of stroke; a TIA is not a stroke.
      condition("ischemic_stroke", "ischemic stroke",
                {"ischaemic stroke", "acute ischemic stroke", "acute ischaemic stroke"})
          .is_a({"stroke"}),
      condition("hemorrhagic_stroke", "hemorrhagic stroke", {"haemorrhagic stroke"})
          .is_a({"stroke", "intracranial_hemorrhage"}),
      condition("transient_ischemic_attack", "transient ischemic attack",
                {"TIA", "transient ischaemic attack", "transient ischemic attacks", "mini-stroke"})
          .is_a({"cerebrovascular_disease"}),
      condition("thromboembolism", "thromboembolism",
                {"thromboembolic event", "thromboembolic disease", "thrombotic event",
                 "thromboembolic events"}),
      condition("arterial_thromboembolism", "arterial thromboembolism",
                {"arterial thrombosis", "arterial thromboembolic event", "arterial embolism"})
          .is_a({"thromboembolism"}),
      // Families criteria name by organ ("cardiovascular or cerebrovascular disease",
      // "clinically significant cardiac disease"): the specific rows above are kinds of them.
      // Hypertension is not linked: criteria excluding cardiovascular disease seldom mean it.
      condition("cardiovascular_disease", "cardiovascular disease",
                {"cardiovascular diseases", "cardiovascular disorder", "cardiovascular disorders"}),
      condition("heart_disease", "heart disease",
                {"cardiac disease", "cardiac diseases", "heart diseases", "cardiac disorder",
                 "cardiac disorders", "heart disorder", "heart disorders"})
          .is_a({"cardiovascular_disease"}),
      condition(
          "cerebrovascular_disease", "cerebrovascular disease",
          {"cerebrovascular diseases", "cerebrovascular disorder", "cerebrovascular disorders"})
          .is_a({"cardiovascular_disease"}),
      // ---- bleeding
      condition("bleeding_disorder", "bleeding disorder",
                {"coagulopathy", "bleeding diathesis", "hemorrhagic diathesis",
                 "haemorrhagic diathesis", "coagulation disorder", "bleeding disorders"}),
      condition("hemophilia", "hemophilia", {"haemophilia"}).is_a({"bleeding_disorder"}),
      condition("von_willebrand_disease", "von Willebrand disease",
                {"von Willebrand's disease", "vWD"})
          .is_a({"bleeding_disorder"}),
      condition("hemorrhage", "hemorrhage",
                {"haemorrhage", "active bleeding", "clinically significant bleeding",
                 "major bleeding", "significant bleeding"}),
      condition("gastrointestinal_bleeding", "gastrointestinal bleeding",
                {"GI bleeding", "gastrointestinal hemorrhage", "gastrointestinal haemorrhage",
                 "GI bleed", "gastrointestinal bleed"})
          .is_a({"hemorrhage"}),
      condition("intracranial_hemorrhage", "intracranial hemorrhage",
                {"intracranial haemorrhage", "intracerebral hemorrhage",
                 "intracerebral haemorrhage", "brain hemorrhage", "cerebral hemorrhage"})
          .is_a({"hemorrhage"}),
      // ---- metabolic and endocrine
      condition("gestational_diabetes", "gestational diabetes mellitus",
                {"gestational diabetes", "GDM"}),
      condition("diabetic_ketoacidosis", "diabetic ketoacidosis", {"DKA", "ketoacidosis"}),
      condition("hypoglycemia", "hypoglycemia", {"hypoglycaemia", "hypoglycemic episodes"}),
      condition(
          "severe_hypoglycemia", "severe hypoglycemia",
          {"severe hypoglycaemia", "severe hypoglycemic episode", "severe hypoglycemic episodes"})
          .is_a({"hypoglycemia"}),
      condition("diabetic_retinopathy", "diabetic retinopathy", {}),
      condition("obesity", "obesity", {"obese"}),
      condition(
          "thyroid_disease", "thyroid disease",
          {"thyroid disorder", "thyroid disorders", "thyroid diseases", "thyroid dysfunction"}),
      condition("hypothyroidism", "hypothyroidism", {"underactive thyroid"})
          .is_a({"thyroid_disease"}),
      condition("hyperthyroidism", "hyperthyroidism", {"thyrotoxicosis", "overactive thyroid"})
          .is_a({"thyroid_disease"}),
      condition("adrenal_insufficiency", "adrenal insufficiency",
                {"adrenocortical insufficiency", "hypoadrenalism"}),
      condition("addisons_disease", "Addison's disease",
                {"Addison disease", "Addisons disease", "primary adrenal insufficiency",
                 "primary adrenocortical insufficiency"})
          .is_a({"adrenal_insufficiency"}),
      // A state, not a disease: seldom coded; premenopausal is its own row so that
      // "pre-menopausal" never reads as postmenopausal.
      condition("postmenopausal", "postmenopausal",
                {"post-menopausal", "postmenopausal status", "post-menopausal status",
                 "postmenopausal state", "post menopausal", "postmenopause"})
          .seldom_coded(),
      condition("premenopausal", "premenopausal",
                {"pre-menopausal", "premenopausal status", "pre-menopausal status"})
          .seldom_coded(),
      // ---- infections
      condition("tuberculosis", "tuberculosis", {"Mycobacterium tuberculosis infection"}),
      condition("active_tuberculosis", "active tuberculosis",
                {"active TB", "active pulmonary tuberculosis", "untreated tuberculosis"})
          .is_a({"tuberculosis"}),
      condition("latent_tuberculosis", "latent tuberculosis",
                {"latent TB", "LTBI", "latent tuberculosis infection", "latent TB infection"})
          .is_a({"tuberculosis"}),
      condition("covid19", "COVID-19",
                {"COVID", "COVID 19", "SARS-CoV-2 infection", "coronavirus disease 2019",
                 "SARS-CoV-2", "COVID-19 infection"}),
      condition("sepsis", "sepsis", {"septicemia", "septicaemia", "septic shock"}),
      condition("respiratory_tract_infection", "respiratory tract infection",
                {"respiratory tract infections", "respiratory infection", "respiratory infections",
                 "acute respiratory infection", "acute respiratory illness"}),
      condition("upper_respiratory_tract_infection", "upper respiratory tract infection",
                {"upper respiratory tract infections", "upper respiratory infection",
                 "upper respiratory infections", "URTI", "URI"})
          .is_a({"respiratory_tract_infection"}),
      condition("lower_respiratory_tract_infection", "lower respiratory tract infection",
                {"lower respiratory tract infections", "lower respiratory infection",
                 "lower respiratory infections", "LRTI"})
          .is_a({"respiratory_tract_infection"}),
      condition("pneumonia", "pneumonia", {}).is_a({"lower_respiratory_tract_infection"}),
      condition("urinary_tract_infection", "urinary tract infection",
                {"urinary tract infections", "UTI", "UTIs"}),
      condition("fungal_infection", "fungal infection",
                {"invasive fungal infection", "systemic fungal infection", "mycosis"}),
      condition("syphilis", "syphilis", {}),
      // ---- liver
      condition("liver_disease", "chronic liver disease",
                {"liver disease", "hepatic disease", "chronic hepatic disease"}),
      condition("cirrhosis", "cirrhosis",
                {"liver cirrhosis", "hepatic cirrhosis", "cirrhosis of the liver", "cirrhotic"})
          .is_a({"liver_disease"}),
      condition("fatty_liver_disease", "non-alcoholic fatty liver disease",
                {"NAFLD", "NASH", "non-alcoholic steatohepatitis", "nonalcoholic steatohepatitis",
                 "fatty liver disease", "MASLD", "MASH"})
          .is_a({"liver_disease"}),
      condition("ascites", "ascites", {}),
      condition("esophageal_varices", "esophageal varices",
                {"oesophageal varices", "gastroesophageal varices", "varices"}),
      condition("hepatic_encephalopathy", "hepatic encephalopathy", {}),
      // ---- kidney
      condition("kidney_disease", "kidney disease",
                // Not "renal disease": "Modification of Diet in Renal Disease" names an
                // eGFR equation in criteria.
                {"kidney diseases", "kidney disorder", "kidney disorders", "renal disorder",
                 "renal disorders"}),
      condition(
          "chronic_kidney_disease", "chronic kidney disease",
          {"CKD", "chronic renal disease", "chronic renal insufficiency", "chronic renal failure"})
          .is_a({"kidney_disease"}),
      condition("end_stage_renal_disease", "end-stage renal disease",
                {"ESRD", "ESKD", "end-stage kidney disease", "end stage renal disease",
                 "end stage kidney disease"})
          .is_a({"chronic_kidney_disease"}),
      condition("acute_kidney_injury", "acute kidney injury",
                {"AKI", "acute renal failure", "acute kidney failure"})
          .is_a({"kidney_disease"}),
      condition("nephrotic_syndrome", "nephrotic syndrome", {}).is_a({"kidney_disease"}),
      condition("neurogenic_bladder", "neurogenic bladder",
                {"neurogenic bladder dysfunction", "neurogenic lower urinary tract dysfunction",
                 "neurogenic detrusor overactivity"}),
      condition("urinary_incontinence", "urinary incontinence",
                {"incontinence of urine", "urine incontinence"}),
      condition("stress_urinary_incontinence", "stress urinary incontinence",
                {"stress incontinence", "SUI"})
          .is_a({"urinary_incontinence"}),
      condition("urge_urinary_incontinence", "urgency urinary incontinence",
                {"urge urinary incontinence", "urge incontinence", "urgency incontinence"})
          .is_a({"urinary_incontinence"}),
      condition("mixed_urinary_incontinence", "mixed urinary incontinence", {"mixed incontinence"})
          .is_a({"urinary_incontinence"}),
      condition("overactive_bladder", "overactive bladder", {"OAB", "overactive bladder syndrome"}),
      // ---- lung
      condition("lung_disease", "lung disease",
                {"lung diseases", "pulmonary disease", "pulmonary diseases", "lung disorder",
                 "lung disorders", "pulmonary disorder", "pulmonary disorders",
                 "respiratory disease", "respiratory diseases"}),
      condition("chronic_lung_disease", "chronic lung disease",
                {"chronic lung diseases", "chronic pulmonary disease",
                 "chronic respiratory disease", "chronic respiratory diseases"})
          .is_a({"lung_disease"}),
      condition("restrictive_lung_disease", "restrictive lung disease",
                {"restrictive pulmonary disease", "restrictive lung diseases"})
          .is_a({"lung_disease"}),
      condition("interstitial_lung_disease", "interstitial lung disease",
                {"ILD", "interstitial pneumonia", "diffuse parenchymal lung disease"})
          .is_a({"chronic_lung_disease"}),
      condition("pulmonary_fibrosis", "pulmonary fibrosis", {"lung fibrosis"})
          .is_a({"interstitial_lung_disease"}),
      condition("idiopathic_pulmonary_fibrosis", "idiopathic pulmonary fibrosis", {"IPF"})
          .is_a({"pulmonary_fibrosis"}),
      condition("pneumonitis", "pneumonitis",
                {"non-infectious pneumonitis", "noninfectious pneumonitis",
                 "drug-induced pneumonitis", "radiation pneumonitis"}),
      condition("sleep_apnea", "sleep apnea",
                {"sleep apnoea", "obstructive sleep apnea", "obstructive sleep apnoea", "OSA"}),
      condition("cystic_fibrosis", "cystic fibrosis", {}).is_a({"chronic_lung_disease"}),
      // ---- gut
      condition("inflammatory_bowel_disease", "inflammatory bowel disease", {"IBD"})
          .is_a({"autoimmune_disease"}),
      condition("crohns_disease", "Crohn's disease", {"Crohn disease", "Crohns disease"})
          .is_a({"inflammatory_bowel_disease"}),
      condition("ulcerative_colitis", "ulcerative colitis", {})
          .is_a({"inflammatory_bowel_disease"}),
      condition("gi_perforation", "gastrointestinal perforation",
                {"GI perforation", "bowel perforation", "intestinal perforation",
                 "gastrointestinal perforations"}),
      condition("fistula", "fistula",
                {"gastrointestinal fistula", "GI fistula", "abdominal fistula"}),
      condition("peptic_ulcer", "peptic ulcer disease",
                {"peptic ulcer", "gastric ulcer", "duodenal ulcer"}),
      condition("pancreatitis", "pancreatitis", {"acute pancreatitis", "chronic pancreatitis"}),
      condition("malabsorption", "malabsorption",
                {"malabsorption syndrome", "gastrointestinal malabsorption"}),
      // ---- immune
      // "Active" is a state records seldom code; a kind of autoimmune disease on record
      // does not say it is active.
      condition("autoimmune_disease", "autoimmune disease",
                {"autoimmune disorder", "autoimmune diseases", "autoimmune condition"}),
      condition("active_autoimmune_disease", "active autoimmune disease",
                {"autoimmune disease requiring systemic treatment", "active autoimmune disorder"})
          .is_a({"autoimmune_disease"})
          .seldom_coded(),
      condition("rheumatoid_arthritis", "rheumatoid arthritis", {}).is_a({"autoimmune_disease"}),
      condition("lupus", "systemic lupus erythematosus", {"SLE", "lupus", "lupus erythematosus"})
          .is_a({"autoimmune_disease"}),
      condition("psoriasis", "psoriasis", {"plaque psoriasis"}),
      condition("immunodeficiency", "immunodeficiency",
                {"primary immunodeficiency", "immunocompromised", "immune deficiency"}),
      condition("gvhd", "graft-versus-host disease",
                {"GVHD", "GvHD", "graft versus host disease", "graft-vs-host disease"}),
      condition("anaphylaxis", "anaphylaxis", {"anaphylactic reaction"}),
      condition("atopic_dermatitis", "atopic dermatitis", {"eczema", "atopic eczema"}),
      // ---- other
      condition("osteoporosis", "osteoporosis", {}),
      condition("glaucoma", "glaucoma", {"angle-closure glaucoma", "narrow-angle glaucoma"}),
      condition("cataract", "cataract", {"cataracts"}),
      condition("chronic_pain", "chronic pain",
                {"chronic pain syndrome", "chronic pain syndromes", "chronic pain disorder",
                 "chronic pain disorders", "chronic pain condition", "chronic pain conditions"}),
      condition("fibromyalgia", "fibromyalgia", {"fibromyalgia syndrome"}).is_a({"chronic_pain"}),
      condition("syncope", "syncope", {"fainting", "syncopal episode", "syncopal episodes"}),
      condition("phenylketonuria", "phenylketonuria", {"PKU"}),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
