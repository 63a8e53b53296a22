// The subcommands of `eligo`. Each registers its options on the CLI11 app and returns
// a function to run after parsing. Commands are thin: parse -> compile -> evaluate ->
// report, all in the library.
#pragma once

#include <functional>

namespace CLI {
class App;
}

namespace eligo::cli {

using Run = std::function<int()>;

Run add_parse_command(CLI::App& app);
Run add_check_command(CLI::App& app);
Run add_screen_command(CLI::App& app);
Run add_explain_command(CLI::App& app);
Run add_import_command(CLI::App& app);
Run add_serve_command(CLI::App& app);
Run add_export_command(CLI::App& app);
Run add_sql_command(CLI::App& app);

}  // namespace eligo::cli
