// The C API (eligo.h) over api::Engine. Every entry point catches everything: a C++
// exception becomes a status and the thread's last error.
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

#include "api/eligo.h"
#include "api/engine.hpp"

struct eligo_engine {
  eligo::api::Engine engine;
};

namespace {

thread_local std::string last_error;

int fail(int status, std::string message) {
  try {
    last_error = std::move(message);
  } catch (...) {
    last_error.clear();
  }
  return status;
}

// Runs `body`, mapping exceptions to statuses.
template <class Body>
int guarded(Body&& body) {
  try {
    last_error.clear();
    return body();
  } catch (const eligo::api::NoTrials& e) {
    return fail(ELIGO_NO_TRIALS, e.what());
  } catch (const eligo::api::Error& e) {
    return fail(ELIGO_BAD_INPUT, e.what());
  } catch (const std::bad_alloc&) {
    return fail(ELIGO_INTERNAL, "out of memory");
  } catch (const std::exception& e) {
    return fail(ELIGO_INTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return fail(ELIGO_INTERNAL, "internal error");
  }
}

char* copy_out(const std::string& text) {
  char* out = static_cast<char*>(std::malloc(text.size() + 1));
  if (out == nullptr) throw std::bad_alloc();
  std::memcpy(out, text.data(), text.size());
  out[text.size()] = '\0';
  return out;
}

using Screen = eligo::api::Screening (eligo::api::Engine::*)(
    std::string_view, eligo::Date, const eligo::api::ScreenOptions&) const;

int screen(const eligo_engine* engine, const char* text, const char* as_of, char** out_json,
           Screen member) {
  if (out_json != nullptr) *out_json = nullptr;
  if (engine == nullptr || text == nullptr || as_of == nullptr || out_json == nullptr) {
    return fail(ELIGO_BAD_ARGUMENT, "engine, patient text, as_of and out_json must not be NULL");
  }
  const eligo::Result<eligo::Date> date = eligo::parse_iso_date(as_of);
  if (!date) return fail(ELIGO_BAD_ARGUMENT, "as_of: " + date.error());
  return guarded([&] {
    *out_json = copy_out((engine->engine.*member)(text, *date, {}).json_lines());
    return ELIGO_OK;
  });
}

}  // namespace

extern "C" {

int eligo_api_version(void) { return ELIGO_API_VERSION; }

eligo_engine* eligo_engine_new(void) {
  try {
    last_error.clear();
    return new eligo_engine{};
  } catch (...) {
    fail(ELIGO_INTERNAL, "out of memory");
    return nullptr;
  }
}

void eligo_engine_free(eligo_engine* engine) { delete engine; }

int eligo_load_criteria(eligo_engine* engine, const char* text, const char* name) {
  if (engine == nullptr || text == nullptr) {
    return fail(ELIGO_BAD_ARGUMENT, "engine and text must not be NULL");
  }
  return guarded([&] {
    engine->engine.load_criteria(text, name != nullptr ? name : "criteria");
    return ELIGO_OK;
  });
}

int eligo_load_ctgov(eligo_engine* engine, const char* json, const char* name) {
  if (engine == nullptr || json == nullptr) {
    return fail(ELIGO_BAD_ARGUMENT, "engine and json must not be NULL");
  }
  return guarded([&] {
    engine->engine.load_ctgov(json, name != nullptr ? name : "ctgov");
    return ELIGO_OK;
  });
}

int eligo_trial_count(const eligo_engine* engine) {
  if (engine == nullptr) return 0;
  try {
    return static_cast<int>(engine->engine.trial_count());
  } catch (...) {
    return 0;
  }
}

int eligo_screen_fhir(const eligo_engine* engine, const char* bundle_json, const char* as_of,
                      char** out_json) {
  return screen(engine, bundle_json, as_of, out_json, &eligo::api::Engine::screen_fhir);
}

int eligo_screen_csv(const eligo_engine* engine, const char* csv_text, const char* as_of,
                     char** out_json) {
  return screen(engine, csv_text, as_of, out_json, &eligo::api::Engine::screen_csv);
}

const char* eligo_last_error(void) { return last_error.c_str(); }

void eligo_free_string(char* text) { std::free(text); }

}  // extern "C"
