// `eligo serve --trials PATH... [--host 127.0.0.1] [--port 8080] [--max-body BYTES]
//  [--as-of DATE] [--feedback-log FILE] [--fhir-deadline MS] [--fhir-max-pages N]
//  [--trust FILE --base-url URL] [--tls-cert FILE --tls-key FILE]`: the CDS Hooks service
// (cds/service.hpp) on the trials given, authenticated and over TLS as
// cli/serve_security.hpp says. Trial problems go to stderr at start; while serving,
// nothing about patients is logged (at --log-level debug: method, path and status of each
// request).
// Stops on SIGINT/SIGTERM, then says how many feedback entries it received.
#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <memory>
#include <thread>

#include "api/engine.hpp"
#include "cds/fhir_url.hpp"
#include "cds/service.hpp"
#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/inputs.hpp"
#include "cli/serve_security.hpp"

namespace eligo::cli {
namespace {

struct ServeOptions {
  std::vector<std::string> trials;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::size_t max_body = 8 * 1024 * 1024;
  std::string as_of;
  std::string feedback_log;
  SecurityOptions security;
  int fhir_deadline_ms = 2000;
  int fhir_max_pages = 20;
  std::vector<std::string> fhir_allow;
};

// Loads every trial file into the engine as `screen` loads them (cli/inputs.hpp): a file
// or study that gives no trial, or repeats a trial id already loaded, is said on stderr
// and skipped. False, after saying why, when a path cannot be read or no trial loads.
bool load(api::Engine& engine, const std::vector<std::string>& paths) {
  const auto texts = read_trial_texts(paths);
  if (!texts) return false;
  for (const auto& [path, text] : *texts) {
    try {
      const api::LoadResult loaded = engine.load(text, path.string());
      for (const auto& w : loaded.warnings) std::cerr << w << '\n';
    } catch (const api::Error& e) {
      std::cerr << "eligo: " << e.what() << '\n';
    }
  }
  if (engine.trial_count() == 0) {
    std::cerr << "eligo: no trial loaded from --trials\n";
    return false;
  }
  return true;
}

int run(const ServeOptions& o) {
  cds::ServiceOptions options;
  options.host = o.host;
  options.port = o.port;
  options.max_body = o.max_body;
  options.feedback_log = o.feedback_log;
  options.fhir_deadline = std::chrono::milliseconds(o.fhir_deadline_ms);
  options.fhir_max_pages = o.fhir_max_pages;
  for (const std::string& origin : o.fhir_allow) {
    const auto parsed = cds::parse_origin(origin);
    if (!parsed) {
      std::cerr << "eligo: --fhir-allow " << origin
                << ": not an origin (https://host or https://host:port, no path)\n";
      return kBadArguments;
    }
    options.fhir_allow.push_back(*parsed);
  }
  if (!o.as_of.empty()) {
    try {
      options.as_of = api::parse_date(o.as_of);
      options.fixed_date = true;
    } catch (const api::Error& e) {
      std::cerr << "eligo: --as-of: " << e.what() << '\n';
      return kBadArguments;
    }
  }
  if (const int code = configure_security(o.security, o.host, options); code != kSuccess) {
    return code;
  }
  api::Engine engine;
  if (!load(engine, o.trials)) return kUnreadableInput;

  // SIGINT and SIGTERM are taken by a thread of their own, which stops the server.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  std::unique_ptr<cds::Service> started;
  try {
    started = std::make_unique<cds::Service>(engine, options);
  } catch (const std::runtime_error& e) {  // the feedback log, or the TLS files, unusable
    std::cerr << "eligo: " << e.what() << '\n';
    return kUnreadableInput;
  }
  cds::Service& service = *started;
  const int port = service.bind();
  if (port < 0) {
    std::cerr << "eligo: cannot listen on " << o.host << ":" << o.port << '\n';
    return kUnreadableInput;
  }
  // httplib's stop() stops only a server that is already listening: a signal that comes
  // between the start message and run() would be lost, and the service would serve on
  // (seen under load). So the watcher stops until run() has returned.
  std::atomic<bool> run_returned{false};
  std::thread watcher([&] {
    int signal = 0;
    sigwait(&signals, &signal);
    while (!run_returned.load()) {
      service.stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  });
  std::cerr << "eligo: serving " << engine.trial_count() << " trials on "
            << (o.security.tls_cert.empty() ? "http://" : "https://") << o.host << ":" << port
            << "/cds-services" << std::endl;
  const bool served = service.run();
  run_returned = true;
  pthread_kill(watcher.native_handle(), SIGTERM);  // wakes the watcher if still waiting
  watcher.join();
  std::cerr << "eligo: " << service.feedback_received() << " feedback entries received"
            << (o.feedback_log.empty() ? " (not logged: no --feedback-log)" : "") << '\n';
  return served ? kSuccess : kUnreadableInput;
}

}  // namespace

Run add_serve_command(CLI::App& app) {
  auto o = std::make_shared<ServeOptions>();
  auto* cmd = app.add_subcommand("serve", "Serve CDS Hooks (patient-view) on the trials given");
  cmd->add_option("--trials", o->trials,
                  ".criteria files, directories of them, or ClinicalTrials.gov study JSON files")
      ->required();
  cmd->add_option("--host", o->host, "Address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("--port", o->port, "Port (default 8080; 0: any free port, printed at start)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--max-body", o->max_body,
                  "Largest request body accepted, in bytes (default 8 MiB); larger: HTTP 413")
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 32));
  cmd->add_option("--as-of", o->as_of,
                  "Screen as of this date YYYY-MM-DD (default: the day of each request, UTC)");
  cmd->add_option("--feedback-log", o->feedback_log,
                  "Append card feedback to this JSON Lines file (no patient data; default: "
                  "feedback is accepted and counted only)");
  add_security_options(*cmd, o->security);
  cmd->add_option("--fhir-deadline", o->fhir_deadline_ms,
                  "Milliseconds a hook may spend fetching from the request's fhirServer what "
                  "the prefetch lacks (default 2000); what is not fetched by then is unknown")
      ->check(CLI::Range(1, 60000));
  cmd->add_option("--fhir-max-pages", o->fhir_max_pages,
                  "Pages of one FHIR search followed, at most (default 20); a longer list is "
                  "unknown")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--fhir-allow", o->fhir_allow,
                  "An origin (https://host[:port]) whose FHIR server a hook's fhirServer may "
                  "name; repeat for several. Default: any https server (or http on this "
                  "machine's loopback interface)");
  cmd->footer(
      "Endpoints: GET /cds-services (discovery), POST /cds-services/eligo-trial-screening,\n"
      "POST /cds-services/eligo-trial-screening/feedback. Errors are FHIR OperationOutcomes.\n"
      "Trial files are read as `screen` reads them: a file or study that gives no trial, or\n"
      "repeats a trial id, is named on stderr and skipped.\n"
      "With --trust, every POST needs the EHR's JWT (CDS Hooks 2.0; docs/cds-hooks.md,\n"
      "\"Deployment: trust and TLS\"); without it, only a loopback --host is allowed.\n"
      "Exit codes: 0 stopped by SIGINT/SIGTERM; 2 bad arguments (a non-loopback --host\n"
      "without --trust); 3 a file cannot be read or used (trials, trust file, TLS files),\n"
      "no trial was loaded, or the address cannot be listened on.\n"
      "Example:\n  eligo serve --trials criteria --port 8080");
  return [cmd, o]() -> int { return *cmd ? run(*o) : -1; };
}

}  // namespace eligo::cli
