// eligo_gen: writes a synthetic population in the long CSV format to a file or stdout.
//   eligo_gen --patients N [--seed S] [--as-of YYYY-MM-DD] [--out FILE]
// The same arguments give the same bytes. See population.hpp for what the rows hold.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "bench/population.hpp"

namespace {

int usage() {
  std::fputs("usage: eligo_gen --patients N [--seed S] [--as-of YYYY-MM-DD] [--out FILE]\n",
             stderr);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  long patients = -1;
  unsigned long long seed = 1;
  std::string as_of_text = "2026-11-20";
  std::string out_path;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (i + 1 >= argc) return usage();
    const char* value = argv[++i];
    if (arg == "--patients") {
      patients = std::strtol(value, nullptr, 10);
    } else if (arg == "--seed") {
      seed = std::strtoull(value, nullptr, 10);
    } else if (arg == "--as-of") {
      as_of_text = value;
    } else if (arg == "--out") {
      out_path = value;
    } else {
      return usage();
    }
  }
  const eligo::Result<eligo::Date> as_of = eligo::parse_iso_date(as_of_text);
  if (patients < 0 || !as_of) return usage();

  std::FILE* out = out_path.empty() ? stdout : std::fopen(out_path.c_str(), "wb");
  if (!out) {
    std::fprintf(stderr, "eligo_gen: %s: %s\n", out_path.c_str(), std::strerror(errno));
    return 3;
  }
  eligo::bench::Random random(seed);
  std::string buffer(eligo::bench::kLongHeader);
  for (long p = 1; p <= patients; ++p) {
    eligo::bench::write_patient(random, p, *as_of, buffer);
    if (buffer.size() >= (std::size_t{1} << 20)) {
      std::fwrite(buffer.data(), 1, buffer.size(), out);
      buffer.clear();
    }
  }
  std::fwrite(buffer.data(), 1, buffer.size(), out);
  if (std::fflush(out) != 0 || std::ferror(out)) {
    std::fprintf(stderr, "eligo_gen: write error\n");
    return 3;
  }
  if (out != stdout) std::fclose(out);
  return 0;
}
