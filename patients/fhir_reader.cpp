// FHIR files into the pool: a JSON document (a Bundle or one resource) or NDJSON (one
// resource per line), told apart by whether the whole text parses; see fhir_reader.hpp.
#include "patients/fhir_reader.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/text.hpp"
#include "patients/fhir_pool.hpp"

namespace eligo::patients {
namespace {

using fhir::json;

// A JSON document: a Bundle's entries are located by their line.
void add_document(fhir::Pool& pool, const json& document, std::string_view text,
                  const std::string& source) {
  const bool bundle = document.is_object() && document.value("resourceType", "") == "Bundle";
  const auto entries = bundle ? document.find("entry") : document.end();
  if (!bundle || entries == document.end() || !entries->is_array()) {
    pool.add(document, "", SourceLocation{source, 1});
    return;
  }
  const std::vector<std::uint32_t> lines = bundle_entry_lines(text);
  std::size_t i = 0;
  for (const json& entry : *entries) {
    const std::uint32_t line = i < lines.size() ? lines[i] : 0;
    ++i;
    const auto resource = entry.is_object() ? entry.find("resource") : entry.end();
    if (resource == entry.end()) continue;
    const auto full_url = entry.find("fullUrl");
    pool.add(*resource,
             full_url != entry.end() && full_url->is_string() ? full_url->get<std::string>()
                                                              : std::string(),
             SourceLocation{source, line});
  }
}

// NDJSON: every non-blank line a resource.
void add_lines(fhir::Pool& pool, std::istream& in, const std::string& source) {
  std::string line;
  std::uint32_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    json resource = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (resource.is_discarded()) {
      pool.reject(SourceLocation{source, number}, "not a JSON object on this line (NDJSON)");
      continue;
    }
    pool.add(resource, "", SourceLocation{source, number});
  }
}

void add_text(fhir::Pool& pool, std::string_view text, const std::string& source) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  json document = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!document.is_discarded()) {
    add_document(pool, document, text, source);
    return;
  }
  std::istringstream in{std::string(text)};
  add_lines(pool, in, source);
}

bool is_ndjson_name(const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".ndjson" || extension == ".jsonl";
}

}  // namespace

CodedRead read_fhir_files(const std::vector<std::filesystem::path>& files,
                          const ReadOptions& options, const PatientSink& on_patient,
                          const ErrorSink& on_error) {
  fhir::Pool pool(options, on_error);
  for (const auto& path : files) {
    const std::string source = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      pool.fail(row_diagnostic(source, 0, std::string("cannot open: ") + std::strerror(errno)));
      continue;
    }
    if (is_ndjson_name(path)) {
      add_lines(pool, in, source);  // streamed: bulk files can be large
    } else {
      std::ostringstream buffer;
      buffer << in.rdbuf();
      const std::string text = buffer.str();
      if (trim(text).empty()) {
        pool.fail(row_diagnostic(source, 0, "empty file"));
        continue;
      }
      add_text(pool, text, source);
    }
    if (in.bad()) pool.fail(row_diagnostic(source, 0, "read error"));
  }
  return pool.finish(on_patient);
}

CodedRead read_fhir_text(std::string_view text, std::string_view source, const ReadOptions& options,
                         const PatientSink& on_patient, const ErrorSink& on_error) {
  fhir::Pool pool(options, on_error);
  add_text(pool, text, std::string(source));
  return pool.finish(on_patient);
}

std::vector<std::uint32_t> bundle_entry_lines(std::string_view text) {
  struct Frame {
    char kind;         // '{' or '['
    bool entry_array;  // the root object's "entry" array
  };
  std::vector<std::uint32_t> lines;
  std::vector<Frame> stack;
  std::uint32_t line = 1;
  std::string key;       // the last string read at the root object's level
  std::string root_key;  // the key of the root object's member being read
  bool in_string = false;
  bool capture = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        if (capture && i + 1 < text.size()) key += text[i + 1];
        ++i;
      } else if (c == '"') {
        in_string = false;
      } else if (capture) {
        key += c;
      }
      continue;
    }
    switch (c) {
      case '\n': ++line; break;
      case '"':
        in_string = true;
        capture = stack.size() == 1 && stack.back().kind == '{';
        if (capture) key.clear();
        break;
      case ':':
        if (stack.size() == 1) root_key = key;
        break;
      case '{':
      case '[':
        if (c == '{' && stack.size() == 2 && stack.back().entry_array) lines.push_back(line);
        stack.push_back(Frame{c, c == '[' && stack.size() == 1 && root_key == "entry"});
        break;
      case '}':
      case ']':
        if (!stack.empty()) stack.pop_back();
        break;
      default: break;
    }
  }
  return lines;
}

}  // namespace eligo::patients
