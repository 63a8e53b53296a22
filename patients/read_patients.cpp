// The readers' driver: header, format, grouping passes, rows to patients; see
// read_patients.hpp. The format readers (long_format, wide_format) turn a row into
// facts; the assembler decides which record they join and when a record is delivered.
#include "patients/read_patients.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <system_error>
#include <unordered_set>
#include <utility>
#include <vector>

#include "patients/assembler.hpp"
#include "patients/csv_chunks.hpp"
#include "patients/csv_stream.hpp"
#include "patients/facts.hpp"
#include "patients/long_format.hpp"
#include "patients/read_rows.hpp"
#include "patients/wide_format.hpp"

namespace eligo::patients {
namespace {

Diagnostic failure(std::string_view source, std::uint32_t line, std::string reason) {
  return row_diagnostic(std::string(source), line, std::move(reason));
}

const CsvRecord* first_non_blank(CsvStream& stream) {
  const CsvRecord* record = stream.next();
  while (record && is_blank(*record)) record = stream.next();
  return record;
}

// First pass of Grouping::check: the ids whose rows are not contiguous. A header
// problem is left for the second pass to report.
std::unordered_set<std::string> find_scattered(std::istream& in, const CsvLimits& limits) {
  CsvStream stream(in, limits);
  const CsvRecord* header = first_non_blank(stream);
  if (!header || !header->error.empty()) return {};
  const std::optional<std::size_t> id_column = find_column(header_names(*header), "patient_id");
  if (!id_column) return {};
  const std::size_t columns = header->fields.size();
  stream.expect_columns(columns);
  ScatterFinder finder;
  while (const CsvRecord* row = stream.next()) {
    if (!row->error.empty() || is_blank(*row)) continue;
    if (Parsed<std::string> id = read_patient_id(*row, *id_column, columns)) finder.add(*id.value);
  }
  return finder.take();
}

// A copy of a stream that cannot seek, in a temporary file already unlinked (it goes
// away when closed). Null if no temporary file could be made; `in` is then untouched.
std::unique_ptr<std::fstream> open_spool() {
  std::error_code error;
  const std::filesystem::path directory = std::filesystem::temp_directory_path(error);
  if (error) return nullptr;
  std::string path = (directory / "eligo-patients-XXXXXX").string();
  const int fd = ::mkstemp(path.data());
  if (fd < 0) return nullptr;
  auto file = std::make_unique<std::fstream>(
      path, std::ios::in | std::ios::out | std::ios::binary | std::ios::trunc);
  ::close(fd);
  std::filesystem::remove(path, error);
  if (!*file) return nullptr;
  return file;
}

// One pass over the input: the header, then the rows read here or, with `on_chunk`,
// cut into chunks for read_chunk (csv_chunks.hpp).
ReadResult read_pass(std::istream& in, std::string_view source, const ReadOptions& options,
                     Grouping grouping, std::unordered_set<std::string> scattered,
                     const PatientSink& on_patient, const ErrorSink& on_error,
                     const ChunkSink* on_chunk = nullptr, std::size_t chunk_bytes = kChunkBytes) {
  ReadResult result;
  const std::function<void(Diagnostic)> report = [&](Diagnostic error) {
    ++result.stats.errors;
    if (on_error) on_error(error);
  };
  CsvStream stream(in, options.limits, options.streaming);
  const CsvRecord* header = first_non_blank(stream);
  if (!header) {
    result.failure = stream.failed()            ? failure(source, 0, "read error")
                     : stream.bytes_read() == 0 ? failure(source, 0, "empty file")
                                                : failure(source, 0, "empty file: no header line");
    return result;
  }
  if (!header->error.empty()) {
    result.failure = failure(source, header->line, "header: " + header->error);
    return result;
  }
  result.format = options.format ? *options.format : sniff_format(header->fields);
  stream.expect_columns(header->fields.size());
  const std::uint32_t header_line = header->line;
  PatientAssembler assembler(grouping, std::move(scattered), on_patient);
  bool cut_failed = false;
  const auto cut = [&](std::size_t id_column) {
    auto layout = std::make_shared<ChunkLayout>();
    layout->header = CsvRow(*header);
    layout->format = result.format;
    layout->options = options;
    layout->source = SourceName(source);
    layout->id_column = id_column;
    if (!cut_chunks(stream, layout, *on_chunk, result.stats, chunk_bytes)) cut_failed = true;
  };
  if (result.format == CsvFormat::long_format) {
    Parsed<LongFormat> format = LongFormat::from_header(*header, options.resolver);
    if (!format) {
      result.failure = failure(source, header_line, format.error);
      return result;
    }
    if (on_chunk) {
      cut(format.value->id_column());
    } else {
      read_rows(stream, *format.value, SourceName(source), assembler, result.stats, report);
    }
  } else {
    std::vector<Diagnostic> column_errors;
    Parsed<WideFormat> format =
        WideFormat::from_header(*header, options.resolver, source, column_errors);
    if (!format) {
      result.failure = failure(source, header_line, format.error);
      return result;
    }
    for (Diagnostic& error : column_errors) report(std::move(error));
    if (on_chunk) {
      cut(format.value->id_column());
    } else {
      read_rows(stream, *format.value, SourceName(source), assembler, result.stats, report);
    }
  }
  assembler.finish();
  if (!on_chunk) {
    result.stats.patients = assembler.delivered();
    result.stats.scattered_patients = assembler.scattered();
  }
  if (stream.failed() || cut_failed) {
    result.failure =
        failure(source, 0, "read error after " + std::to_string(stream.bytes_read()) + " bytes");
  }
  return result;
}

template <class Read>
ReadResult open_and_read(const std::filesystem::path& path, const Read& read) {
  const std::string source = path.string();
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    ReadResult result;
    result.failure = failure(source, 0, "cannot read: is a directory");
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ReadResult result;
    result.failure = failure(source, 0, std::string("cannot open: ") + std::strerror(errno));
    return result;
  }
  return read(in, source);
}

}  // namespace

std::string_view to_string(CsvFormat format) {
  return format == CsvFormat::long_format ? "long" : "wide";
}

CsvFormat sniff_format(const std::vector<std::string_view>& header) {
  CsvRecord record;
  record.fields = header;
  const std::vector<std::string> names = header_names(record);
  const bool is_long =
      find_column(names, "patient_id") && find_column(names, "item") && find_column(names, "value");
  return is_long ? CsvFormat::long_format : CsvFormat::wide_format;
}

ReadResult read_patients(std::istream& in, std::string_view source, const ReadOptions& options,
                         const PatientSink& on_patient, const ErrorSink& on_error) {
  if (options.grouping != Grouping::check) {
    return read_pass(in, source, options, options.grouping, {}, on_patient, on_error);
  }
  const std::istream::pos_type start = in.tellg();
  if (start == std::istream::pos_type(-1)) {
    std::unique_ptr<std::fstream> spool = open_spool();
    if (!spool)
      return read_pass(in, source, options, Grouping::in_memory, {}, on_patient, on_error);
    std::vector<char> block(std::size_t{64} << 10);
    for (;;) {
      in.read(block.data(), static_cast<std::streamsize>(block.size()));
      if (in.gcount() > 0) spool->write(block.data(), in.gcount());
      if (!in || !*spool) break;
    }
    if (in.bad()) {
      ReadResult result;
      result.failure = failure(source, 0, "read error");
      return result;
    }
    if (!*spool || !spool->flush() || !spool->seekg(0)) {
      ReadResult result;
      result.failure = failure(source, 0, "cannot copy the input to a temporary file");
      return result;
    }
    ReadOptions from_file = options;  // the copy is whole: read it in whole blocks
    from_file.streaming = false;
    return read_patients(*spool, source, from_file, on_patient, on_error);
  }
  std::unordered_set<std::string> scattered = find_scattered(in, options.limits);
  in.clear();
  if (!in.seekg(start)) {
    ReadResult result;
    result.failure = failure(source, 0, "cannot read the input a second time");
    return result;
  }
  return read_pass(in, source, options, Grouping::check, std::move(scattered), on_patient,
                   on_error);
}

ReadResult read_patients_file(const std::filesystem::path& path, const ReadOptions& options,
                              const PatientSink& on_patient, const ErrorSink& on_error) {
  return open_and_read(path, [&](std::istream& in, const std::string& source) {
    return read_patients(in, source, options, on_patient, on_error);
  });
}
ReadResult read_patients_chunked(std::istream& in, std::string_view source,
                                 const ReadOptions& options, const ChunkSink& on_chunk,
                                 const ErrorSink& on_error, std::size_t chunk_bytes) {
  return read_pass(in, source, options, Grouping::assume_grouped, {}, {}, on_error, &on_chunk,
                   chunk_bytes);
}

ReadResult read_patients_chunked_file(const std::filesystem::path& path, const ReadOptions& options,
                                      const ChunkSink& on_chunk, const ErrorSink& on_error) {
  return open_and_read(path, [&](std::istream& in, const std::string& source) {
    return read_patients_chunked(in, source, options, on_chunk, on_error);
  });
}

PatientFile read_patients_text(std::string_view text, std::string_view source,
                               const ReadOptions& options) {
  PatientFile file;
  std::istringstream in{std::string(text)};
  file.result = read_patients(
      in, source, options,
      [&](PatientRecord&& record) { file.patients.push_back(std::move(record)); },
      [&](const Diagnostic& error) { file.errors.push_back(error); });
  return file;
}

}  // namespace eligo::patients
