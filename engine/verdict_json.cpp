// The JSON Lines writer; see verdict_json.hpp.
#include "engine/verdict_json.hpp"

#include <array>
#include <cmath>
#include <cstdio>

#include "core/text.hpp"
#include "engine/explain.hpp"
#include "engine/explain_text.hpp"

namespace eligo::engine {
namespace {

// Bytes written as they are: printable ASCII except '"' and '\\'.
constexpr auto kPlain = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x7F; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

void key(std::string& out, std::string_view name) {
  out += '"';
  out += name;
  out += "\":";
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  std::size_t i = 0;
  while (i < text.size()) {
    // A run of bytes that need no escaping, appended at once.
    const std::size_t run = i;
    while (i < text.size() && kPlain[static_cast<unsigned char>(text[i])]) ++i;
    out.append(text.data() + run, i - run);
    if (i == text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
          static const char* const hex = "0123456789abcdef";
          const char escaped[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
          out.append(escaped, 6);
        }
      }
      ++i;
      continue;
    }
    const std::size_t n = utf8_sequence_length(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  out += '"';
}

void append_verdict_json(std::string& out, const TrialEvaluation& ev, const Verdict& verdict,
                         const JsonOptions& options) {
  const Trial& trial = *ev.trial->trial;
  std::string scratch;
  out += '{';
  key(out, "patient");
  append_json_string(out, ev.view->record().id);
  out += ',';
  key(out, "trial");
  append_json_string(out, trial.id);
  out += ',';
  key(out, "as_of");
  out += '"';
  append_date(out, ev.dates.as_of);
  out += "\",";
  key(out, "verdict");
  append_json_string(out, to_string(verdict.kind));
  out += ',';
  key(out, "score");
  out += std::to_string(verdict.score);
  out += ',';
  key(out, "criteria");
  out += '[';
  for (std::size_t i = 0; i < trial.criteria.size(); ++i) {
    const Criterion& c = trial.criteria[i];
    const CriterionVerdict& v = verdict.criteria[i];
    if (i > 0) out += ',';
    out += '{';
    key(out, "id");
    append_json_string(out, c.id);
    out += ',';
    key(out, "section");
    append_json_string(out, to_string(c.section));
    out += ',';
    key(out, "result");
    append_json_string(out, to_string(v.result));
    out += ',';
    key(out, "coverage");
    append_json_string(out, to_string(v.coverage));
    out += ',';
    key(out, "explanation");
    scratch.clear();
    append_criterion(scratch, ev, verdict, i);
    append_json_string(out, scratch);
    out += '}';
  }
  out += "],";
  key(out, "to_decide");
  out += '[';
  for (std::size_t i = 0; i < verdict.to_decide.size(); ++i) {
    if (i > 0) out += ',';
    scratch.clear();
    append_need(scratch, ev, verdict.to_decide[i]);
    append_json_string(out, scratch);
  }
  out += "],";
  key(out, "to_confirm");
  out += '[';
  for (std::size_t i = 0; i < verdict.to_confirm.size(); ++i) {
    if (i > 0) out += ',';
    append_json_string(out, trial.criteria[static_cast<std::size_t>(verdict.to_confirm[i])].id);
  }
  out += ']';
  if (options.facts) {
    out += ',';
    key(out, "facts");
    out += '[';
    bool first = true;
    for (const UsedFact& u : used_facts(ev)) {
      const ObservationFact& f = ev.view->observation(u.observation);
      const patients::Observation& o = *f.observation;
      if (!first) out += ',';
      first = false;
      out += '{';
      key(out, "item");
      append_json_string(out, f.entry != nullptr ? std::string_view(f.entry->id) : o.item);
      out += ',';
      key(out, "value");
      if (std::isfinite(o.value)) {
        append_number(out, o.value);
      } else {
        out += "null";
      }
      out += ',';
      key(out, "unit");
      append_json_string(out, o.unit);
      out += ',';
      if (!o.unit_note.empty()) {  // the unit as the item's code defines it (loinc_units.hpp)
        key(out, "unit_note");
        append_json_string(out, o.unit_note);
        out += ',';
      }
      key(out, "date");
      if (f.day == kNoDate) {
        out += "null";
      } else {
        out += '"';
        append_day(out, f.day);
        out += '"';
      }
      out += ',';
      key(out, "source");
      scratch.clear();
      scratch += o.source.file.view();
      if (o.source.line != 0) scratch += ':' + std::to_string(o.source.line);
      append_json_string(out, scratch);
      out += ',';
      key(out, "converted");
      if (u.converted.empty()) {
        out += "null";
      } else {
        append_json_string(out, u.converted);
      }
      out += '}';
    }
    out += ']';
  }
  out += "}\n";
}

std::string verdict_json(const TrialEvaluation& ev, const Verdict& verdict,
                         const JsonOptions& options) {
  std::string out;
  append_verdict_json(out, ev, verdict, options);
  return out;
}

}  // namespace eligo::engine
