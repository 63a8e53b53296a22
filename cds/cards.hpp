// CDS Hooks cards from a screening: one card per trial the patient is eligible for
// (indicator "info") or undetermined for ("warning"), eligible first, each in the order
// the trials were loaded. A card's summary names the verdict and the trial in under 140
// characters; its detail (markdown) lists every top-level criterion with its result and
// explanation, then what would decide and what a person must confirm; its source label
// is "eligo" with the trial id. Each card has a new random `uuid` (what the EHR sends back
// to the feedback endpoint) and, for a ClinicalTrials.gov trial (NCT and 8 digits), its
// registry page as `source.url` and as an absolute link. No trial to show: {"cards": []}.
// The request's warnings (an incomplete prefetch, a list the FHIR server did not give, a
// resource skipped) go in the response's `extension`, the member CDS Hooks reserves for
// what it does not define: {"cards": [...], "extension": {"eligo.warnings": [...]}}.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "api/engine.hpp"
#include "cds/uuid.hpp"

namespace eligo::cds {

inline constexpr std::size_t kSummaryLimit = 140;  // bytes, CDS Hooks: "<140 characters"

inline constexpr std::size_t kWarningsLimit = 20;  // then "... and N more"

// `new_uuid` makes each card's uuid (random_uuid, uuid.hpp, unless a test fixes them).
std::string cards_json(const api::Screening& screening,
                       const std::function<std::string()>& new_uuid = random_uuid,
                       const std::vector<std::string>& warnings = {});

// https://clinicaltrials.gov/study/NCT... for a ClinicalTrials.gov id, else nothing.
std::optional<std::string> registry_url(std::string_view trial_id);

// `text` cut to fewer than `limit` bytes at a UTF-8 boundary, with "..." when cut.
std::string shorten_summary(std::string_view text, std::size_t limit = kSummaryLimit);

// The card's markdown detail for one trial.
std::string card_detail(const api::TrialOutcome& trial);

}  // namespace eligo::cds
