// The eligo command: parse, check, screen, explain, import, serve, export, sql. Thin: each
// subcommand parses its arguments and calls the library; this file only wires them and maps exit
// codes.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <vector>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"

int main(int argc, char** argv) {
  using namespace eligo::cli;
  CLI::App app{
      "eligo: compile clinical-trial eligibility criteria and screen patients against them.\n"
      "Missing data is unknown, never met or not met; partly understood criteria never\n"
      "decide a verdict on their own."};
  app.require_subcommand(1);
  std::string log_level = "warn";
  app.add_option("--log-level", log_level,
                 "Log level: trace, debug, info, warn (default), error, off. Patient "
                 "identifiers and values appear only at debug and trace.")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}));

  std::vector<Run> commands{add_parse_command(app),  add_check_command(app),
                            add_screen_command(app), add_explain_command(app),
                            add_import_command(app), add_serve_command(app),
                            add_export_command(app), add_sql_command(app)};

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kSuccess : kBadArguments;
  }
  // Logs go to stderr so stdout stays the report.
  spdlog::set_default_logger(spdlog::stderr_color_mt("eligo"));
  spdlog::set_level(spdlog::level::from_str(log_level));
  for (const auto& run : commands) {
    const int code = run();
    if (code >= 0) return code;
  }
  return kBadArguments;
}
