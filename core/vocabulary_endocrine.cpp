// The built-in measures of endocrinology: thyroid, adrenal, gonadal, pituitary and
// bone-mineral hormones. Rows use the builder of vocabulary_rows.hpp;
// docs/vocabulary.md lists the sources. "T3", "T4" and "E2" are left out (tumour stage,
// exclusion numbering): the free hormones are "FT3", "FT4", "free T4".
#include "core/vocabulary_parts.hpp"
#include "core/vocabulary_rows.hpp"

namespace eligo {

using namespace vocabulary_rows;

void add_endocrine_measures(std::vector<VocabularyEntry>& out) {
  VocabularyEntry rows[] = {
      measure("tsh", "thyroid-stimulating hormone",
              {"TSH", "thyrotropin", "thyroid stimulating hormone", "serum TSH",
               "thyroid-stimulating hormone (TSH)"},
              {"3016-3"}, D::arbitrary_concentration, "mIU/L")
          .units({"mIU/L"})
          .plausible(0.0, 1000.0)
          .thresholds(0.01, 100.0),
      measure("free_t4", "free thyroxine",
              {"FT4", "fT4", "free T4", "free thyroxine (FT4)", "serum free T4", "thyroxine free"},
              {"3024-7"}, D::mass_concentration, "ng/dL")
          .molar(776.87)
          .units({"ng/dL", "pmol/L"})
          .plausible(0.0, 20.0)
          .thresholds(0.1, 10.0),
      measure("free_t3", "free triiodothyronine",
              {"FT3", "fT3", "free T3", "free triiodothyronine (FT3)", "serum free T3"}, {"3051-0"},
              D::mass_concentration, "pg/mL")
          .molar(650.98)
          .units({"pg/mL", "pmol/L"})
          .plausible(0.0, 100.0)
          .thresholds(0.5, 30.0),
      measure("total_t4", "total thyroxine",
              {"total T4", "serum thyroxine", "total serum thyroxine"}, {"3026-2"},
              D::mass_concentration, "ug/dL")
          .molar(776.87)
          .units({"ug/dL", "nmol/L"})
          .plausible(0.0, 50.0)
          .thresholds(1.0, 30.0),
      measure("thyroglobulin", "serum thyroglobulin",
              {"thyroglobulin", "stimulated thyroglobulin", "serum Tg level"}, {"3013-0"},
              D::mass_concentration, "ng/mL")
          .units({"ng/mL"})
          .plausible(0.0, 1e6)
          .thresholds(0.1, 10000.0),
      measure("cortisol", "serum cortisol",
              {"cortisol", "morning cortisol", "plasma cortisol", "AM cortisol", "8 AM cortisol",
               "basal cortisol"},
              {"2143-6"}, D::mass_concentration, "ug/dL")
          .molar(362.46)
          .units({"ug/dL", "nmol/L"})
          .plausible(0.0, 500.0)
          .thresholds(1.0, 100.0),
      measure("acth", "adrenocorticotropic hormone",
              {"ACTH", "corticotropin", "adrenocorticotropin", "plasma ACTH"}, {"2141-0"},
              D::mass_concentration, "pg/mL")
          .units({"pg/mL"})
          .plausible(0.0, 10000.0)
          .thresholds(1.0, 1000.0),
      measure("aldosterone", "plasma aldosterone",
              {"aldosterone level", "serum aldosterone", "plasma aldosterone concentration"},
              {"1763-2"}, D::mass_concentration, "ng/dL")
          .molar(360.44)
          .units({"ng/dL", "pmol/L"})
          .plausible(0.0, 1000.0)
          .thresholds(1.0, 200.0),
      measure("testosterone", "serum testosterone",
              {"total testosterone", "testosterone", "serum total testosterone",
               "testosterone level", "serum testosterone level"},
              {"2986-8"}, D::mass_concentration, "ng/dL")
          .molar(288.42)
          .units({"ng/dL", "ng/mL", "nmol/L"})
          .plausible(0.0, 10000.0)
          .thresholds(1.0, 2000.0),
      measure("free_testosterone", "free testosterone",
              {"serum free testosterone", "calculated free testosterone"}, {"2991-8"},
              D::mass_concentration, "pg/mL")
          .molar(288.42)
          .units({"pg/mL", "ng/dL", "pmol/L"})
          .plausible(0.0, 10000.0)
          .thresholds(0.1, 1000.0),
      measure("serum_estradiol", "serum estradiol",
              {"estradiol level", "serum oestradiol", "oestradiol level", "E2 level", "serum E2"},
              {"2243-4"}, D::mass_concentration, "pg/mL")
          .molar(272.38)
          .units({"pg/mL", "pmol/L"})
          .plausible(0.0, 100000.0)
          .thresholds(1.0, 5000.0),
      measure("serum_progesterone", "serum progesterone",
              {"progesterone level", "serum progesterone level", "plasma progesterone"}, {"2839-9"},
              D::mass_concentration, "ng/mL")
          .molar(314.46)
          .units({"ng/mL", "nmol/L"})
          .plausible(0.0, 1000.0)
          .thresholds(0.1, 100.0),
      measure("lh", "luteinizing hormone", {"LH", "luteinising hormone", "lutropin", "serum LH"},
              {"10501-5"}, D::arbitrary_concentration, "mIU/mL")
          .units({"mIU/mL"})
          .plausible(0.0, 1000.0)
          .thresholds(0.1, 200.0),
      measure("fsh", "follicle-stimulating hormone",
              {"FSH", "follicle stimulating hormone", "follitropin", "serum FSH"}, {"15067-2"},
              D::arbitrary_concentration, "mIU/mL")
          .units({"mIU/mL"})
          .plausible(0.0, 1000.0)
          .thresholds(0.1, 200.0),
      measure("prolactin", "serum prolactin", {"prolactin", "PRL", "prolactin level"}, {"2842-3"},
              D::mass_concentration, "ng/mL")
          .units({"ng/mL"})
          .plausible(0.0, 100000.0)
          .thresholds(1.0, 10000.0),
      measure("amh", "anti-Mullerian hormone",
              {"AMH", "anti-Müllerian hormone", "antimullerian hormone",
               "Mullerian inhibiting substance"},
              {"38476-8"}, D::mass_concentration, "ng/mL")
          .units({"ng/mL"})
          .plausible(0.0, 100.0)
          .thresholds(0.01, 30.0),
      measure("shbg", "sex hormone-binding globulin", {"SHBG", "sex hormone binding globulin"},
              {"13967-5"}, D::molar_concentration, "nmol/L")
          .units({"nmol/L"})
          .plausible(0.0, 1000.0)
          .thresholds(1.0, 500.0),
      measure("dheas", "dehydroepiandrosterone sulfate",
              {"DHEA-S", "DHEAS", "DHEA sulfate", "dehydroepiandrosterone sulphate"}, {"2191-5"},
              D::mass_concentration, "ug/dL")
          .units({"ug/dL"})
          .plausible(0.0, 5000.0)
          .thresholds(1.0, 2000.0),
      measure("pth", "intact parathyroid hormone",
              {"PTH", "iPTH", "parathyroid hormone", "intact PTH", "parathormone", "serum PTH"},
              {"2731-8"}, D::mass_concentration, "pg/mL")
          .units({"pg/mL"})
          .plausible(0.0, 10000.0)
          .thresholds(1.0, 3000.0),
      measure("igf1", "insulin-like growth factor 1",
              {"IGF-1", "IGF-I", "IGF1", "insulin-like growth factor I", "somatomedin C"},
              {"2484-4"}, D::mass_concentration, "ng/mL")
          .units({"ng/mL"})
          .plausible(0.0, 5000.0)
          .thresholds(5.0, 2000.0),
      measure("growth_hormone", "serum growth hormone",
              {"GH level", "serum GH", "growth hormone level", "serum growth hormone level"},
              {"2963-7"}, D::mass_concentration, "ng/mL")
          .units({"ng/mL"})
          .plausible(0.0, 1000.0)
          .thresholds(0.01, 100.0),
      measure("calcitonin", "serum calcitonin", {"calcitonin level", "plasma calcitonin"},
              {"1992-7"}, D::mass_concentration, "pg/mL")
          .units({"pg/mL"})
          .plausible(0.0, 1e6)
          .thresholds(1.0, 100000.0),
  };
  for (auto& row : rows) out.push_back(std::move(row));
}

}  // namespace eligo
