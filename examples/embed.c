/* Embedding eligo from C: load the seed trials, screen sample patient P03 given as long CSV
 * text and as a FHIR Bundle, print each trial's verdict and check it. From the CSV, P03 is
 * eligible for NCT04883242 and undetermined for NCT04965155, whose partial response is
 * not on record (patients/samples/expected.csv); the Bundle lacks the number of prior
 * lines of therapy, so there NCT04883242 is undetermined too, as with `eligo screen`.
 * Usage: embed SOURCE_DIR (the eligo checkout). Exit status 0 when every check passes. */
#include <eligo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char* const kTrials[] = {"NCT02960555", "NCT04270409", "NCT04883242",
                                      "NCT04965155"};
static const char* const kFromCsv[] = {"ineligible", "ineligible", "eligible", "undetermined"};
static const char* const kFromFhir[] = {"ineligible", "ineligible", "undetermined",
                                        "undetermined"};

/* The whole file as a NUL-terminated string, or NULL. */
static char* read_file(const char* dir, const char* name) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE* f = fopen(path, "rb");
  if (f == NULL) return NULL;
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  rewind(f);
  char* text = malloc((size_t)size + 1);
  if (text != NULL && fread(text, 1, (size_t)size, f) != (size_t)size) {
    free(text);
    text = NULL;
  }
  if (text != NULL) text[size] = '\0';
  fclose(f);
  return text;
}

/* The header line and the rows of patients whose id starts with `prefix`. */
static char* rows_of(const char* csv, const char* prefix) {
  char* out = malloc(strlen(csv) + 1);
  size_t n = 0;
  int first = 1;
  for (const char* line = csv; *line != '\0';) {
    const char* end = strchr(line, '\n');
    size_t length = end != NULL ? (size_t)(end - line) + 1 : strlen(line);
    if (first || strncmp(line, prefix, strlen(prefix)) == 0) {
      memcpy(out + n, line, length);
      n += length;
    }
    first = 0;
    line += length;
  }
  out[n] = '\0';
  return out;
}

/* The verdict the JSON Lines give `trial`, copied into `verdict`. */
static int verdict_of(const char* json, const char* trial, char* verdict, size_t size) {
  char key[64];
  snprintf(key, sizeof key, "\"trial\":\"%s\"", trial);
  const char* at = strstr(json, key);
  if (at == NULL || (at = strstr(at, "\"verdict\":\"")) == NULL) return 0;
  at += strlen("\"verdict\":\"");
  const char* end = strchr(at, '"');
  size_t length = (size_t)(end - at);
  if (end == NULL || length >= size) return 0;
  memcpy(verdict, at, length);
  verdict[length] = '\0';
  return 1;
}

static int check(const char* what, int status, const char* json,
                 const char* const expected[4]) {
  if (status != ELIGO_OK) {
    fprintf(stderr, "%s: failed: %s\n", what, eligo_last_error());
    return 1;
  }
  int failures = 0;
  for (int i = 0; i < 4; ++i) {
    char verdict[32] = "";
    if (!verdict_of(json, kTrials[i], verdict, sizeof verdict)) {
      fprintf(stderr, "%s: no verdict for %s\n", what, kTrials[i]);
      ++failures;
      continue;
    }
    printf("%s %s %s\n", what, kTrials[i], verdict);
    if (strcmp(verdict, expected[i]) != 0) {
      fprintf(stderr, "%s: %s: expected %s\n", what, kTrials[i], expected[i]);
      ++failures;
    }
  }
  return failures;
}

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: embed SOURCE_DIR\n");
    return 2;
  }
  const char* dir = argv[1];
  eligo_engine* engine = eligo_engine_new();
  int failures = 0;

  char* json = NULL;
  if (eligo_screen_csv(engine, "patient_id,item,value\nP1,sex,F\n", "2026-11-20", &json) !=
      ELIGO_NO_TRIALS) {
    fprintf(stderr, "screening without trials did not fail\n");
    ++failures;
  }
  for (int i = 0; i < 4; ++i) {
    char name[64];
    snprintf(name, sizeof name, "criteria/%s.criteria", kTrials[i]);
    char* text = read_file(dir, name);
    if (text == NULL || eligo_load_criteria(engine, text, name) != ELIGO_OK) {
      fprintf(stderr, "%s: %s\n", name, text == NULL ? "cannot read" : eligo_last_error());
      return 1;
    }
    free(text);
  }
  printf("%d trials loaded\n", eligo_trial_count(engine));

  char* bundle = read_file(dir, "tests/inputs/data/P03-rrmm.bundle.json");
  char* samples = read_file(dir, "patients/samples/patients.csv");
  if (bundle == NULL || samples == NULL) {
    fprintf(stderr, "cannot read the sample patient\n");
    return 1;
  }
  int status = eligo_screen_fhir(engine, bundle, "2026-11-20", &json);
  failures += check("fhir", status, json, kFromFhir);
  eligo_free_string(json);

  char* csv = rows_of(samples, "P03");
  status = eligo_screen_csv(engine, csv, "2026-11-20", &json);
  failures += check("csv", status, json, kFromCsv);
  eligo_free_string(json);

  if (eligo_screen_csv(engine, csv, "2026-02-30", &json) != ELIGO_BAD_ARGUMENT || json != NULL) {
    fprintf(stderr, "a bad date was not refused\n");
    ++failures;
  } else {
    printf("bad date: %s\n", eligo_last_error());
  }
  if (eligo_screen_fhir(engine, "{not json", "2026-11-20", &json) != ELIGO_BAD_INPUT) {
    fprintf(stderr, "bad JSON was not refused\n");
    ++failures;
  } else {
    printf("bad json: %s\n", eligo_last_error());
  }
  free(csv);
  free(samples);
  free(bundle);
  eligo_engine_free(engine);
  return failures == 0 ? 0 : 1;
}
