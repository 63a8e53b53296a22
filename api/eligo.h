/* eligo: clinical-trial eligibility screening, embedded.
 *
 * A small, stable C API over the C++ engine (api/engine.hpp). Create an engine, load
 * trials (.criteria text or ClinicalTrials.gov study JSON), then screen one patient at a
 * time (a FHIR R4 Bundle as JSON, or long CSV text) as of a date. The result is the JSON
 * Lines `eligo screen --format json` writes: one object per trial, in load order.
 *
 *   eligo_engine* e = eligo_engine_new();
 *   if (eligo_load_criteria(e, text, "NCT04270409.criteria") != ELIGO_OK)
 *     fprintf(stderr, "%s\n", eligo_last_error());
 *   char* json = NULL;
 *   if (eligo_screen_fhir(e, bundle, "2026-11-20", &json) == ELIGO_OK) { ...;
 * eligo_free_string(json); } eligo_engine_free(e);
 *
 * Rules:
 *  - Every function returns a status; on failure eligo_last_error() says why. No C++
 *    exception ever crosses this API.
 *  - Strings passed in are UTF-8 and NUL-terminated; the library keeps no pointer to them.
 *  - Strings returned through `char** out` are allocated by the library and freed with
 *    eligo_free_string().
 *  - Threads: separate engines may be used from separate threads freely. One engine may
 *    be screened from several threads at once; loading while others screen is also safe
 *    (a screen sees the trials loaded when it started). eligo_last_error() is per thread.
 *  - Nothing is logged; patient data never leaves through anything but the result.
 */
#ifndef ELIGO_H
#define ELIGO_H

#ifdef __cplusplus
extern "C" {
#endif

#define ELIGO_API_VERSION 1

/* The library is built with hidden visibility; these are its only exported symbols. */
#if defined(__GNUC__)
#define ELIGO_API __attribute__((visibility("default")))
#else
#define ELIGO_API
#endif

typedef struct eligo_engine eligo_engine;

typedef enum eligo_status {
  ELIGO_OK = 0,
  ELIGO_BAD_ARGUMENT = 1, /* a NULL pointer, a bad date */
  ELIGO_BAD_INPUT = 2,    /* text that is not a trial or not one patient */
  ELIGO_NO_TRIALS = 3,    /* screening before any trial was loaded */
  ELIGO_INTERNAL = 4      /* out of memory or a bug: the message says which */
} eligo_status;

/* The API version this library implements (ELIGO_API_VERSION when it was built). */
ELIGO_API int eligo_api_version(void);

/* A new engine without trials, or NULL when out of memory. */
ELIGO_API eligo_engine* eligo_engine_new(void);
/* Frees the engine; NULL is allowed. No call may be running on it. */
ELIGO_API void eligo_engine_free(eligo_engine* engine);

/* Loads one .criteria text; `name` names it in messages (NULL: "criteria").
 * ELIGO_BAD_INPUT when its trial id is already loaded: the message names both places
 * and the first trial stays. */
ELIGO_API int eligo_load_criteria(eligo_engine* engine, const char* text, const char* name);
/* Loads every study of ClinicalTrials.gov API v2 JSON (a study, {"studies": [...]}, an
 * array or JSON Lines). A study whose trial id is already loaded is skipped; when no
 * study adds a trial, ELIGO_BAD_INPUT says why. */
ELIGO_API int eligo_load_ctgov(eligo_engine* engine, const char* json, const char* name);
/* The number of trials loaded (0 for NULL). */
ELIGO_API int eligo_trial_count(const eligo_engine* engine);

/* Screens one patient as of `as_of` ("YYYY-MM-DD") against every loaded trial. On
 * success *out_json holds the JSON Lines (free with eligo_free_string). */
ELIGO_API int eligo_screen_fhir(const eligo_engine* engine, const char* bundle_json,
                                const char* as_of, char** out_json);
ELIGO_API int eligo_screen_csv(const eligo_engine* engine, const char* csv_text, const char* as_of,
                               char** out_json);

/* Why the last call that failed on this thread failed; "" when none has. Valid until the
 * next call on this thread. */
ELIGO_API const char* eligo_last_error(void);

ELIGO_API void eligo_free_string(char* text);

#ifdef __cplusplus
}
#endif

#endif /* ELIGO_H */
