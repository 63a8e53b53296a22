// parse_criteria_document: the pipeline of the .criteria reader in four steps (lines,
// header, criteria, then ids and combinators), and the helpers of the public model.
// Nothing here throws; every problem is a diagnostic with the place it was found.
#include <algorithm>
#include <string>

#include "grammar/combinator_wording.hpp"
#include "grammar/document.hpp"
#include "grammar/document_phases.hpp"
#include "grammar/text_bytes.hpp"

namespace eligo::grammar {

namespace {

constexpr std::size_t kMaxInputBytes = std::size_t{256} << 20;  // spans are 32-bit
constexpr std::size_t kMaxDiagnostics = 200;

using document::add_diagnostic;

// I1, I2, I2.1 ... E1, E4.3: section letter, then positions among siblings.
void assign_ids(CriteriaDocument& doc) {
  unsigned top[2] = {0, 0};
  for (auto& n : doc.criteria) {
    if (n.parent < 0) {
      const int s = n.section == Section::inclusion ? 0 : 1;
      n.id = (s == 0 ? "I" : "E") + std::to_string(++top[s]);
      continue;
    }
    const auto& parent = doc.criteria[static_cast<std::size_t>(n.parent)];
    const auto self = static_cast<int>(&n - doc.criteria.data());
    const auto at = std::find(parent.children.begin(), parent.children.end(), self);
    n.id = parent.id + '.' + std::to_string(at - parent.children.begin() + 1);
  }
}

std::string_view name(Combine combine) {
  switch (combine) {
    case Combine::any: return "any";
    case Combine::all: return "all";
    case Combine::at_least: return "at least k";
    case Combine::none: return "none";
  }
  return "none";
}

// Combine from each criterion's wording, or the section's default for a parent.
void assign_combine(CriteriaDocument& doc) {
  for (auto& n : doc.criteria) {
    const auto children = n.children.size();
    const auto w = find_combinator_wording(n.text, n.section);
    if (w.found) {
      n.combine = w.combine;
      n.k = w.k;
      n.negated = w.negated;
      n.wording_begin = w.begin;
      n.wording_end = w.end;
    } else if (children > 0) {
      n.combine = n.section == Section::inclusion ? Combine::all : Combine::any;
      n.k = n.combine == Combine::any ? 1 : 0;
      n.combine_is_default = true;
      add_diagnostic(doc, Severity::note, n.span,
                     "no wording says how its " + std::to_string(children) +
                         " sub-items combine; using '" + std::string(name(n.combine)) + "', the " +
                         std::string(to_string(n.section)) + " default",
                     "say e.g. 'any of the following' or 'all of the following'");
    }
    if (n.combine == Combine::at_least && children > 0 && n.k > children) {
      add_diagnostic(doc, Severity::warning, n.span,
                     "asks for at least " + std::to_string(n.k) + " of only " +
                         std::to_string(children) + " sub-items");
    }
    if (n.children_guessed) {
      add_diagnostic(doc, Severity::warning, n.span,
                     "the " + std::to_string(children) +
                         " items after this one are not indented; they are taken as its "
                         "sub-items, up to the next blank line, but where the list ends is a "
                         "guess",
                     "indent its sub-items (e.g. by two spaces) to make the list's end explicit");
    }
  }
}

}  // namespace

namespace document {

void add_diagnostic(CriteriaDocument& doc, Severity severity, Span span, std::string message,
                    std::string hint) {
  if (doc.diagnostics.size() < kMaxDiagnostics) {
    doc.diagnostics.push_back({severity, span, std::move(message), std::move(hint)});
  } else if (doc.diagnostics.size() == kMaxDiagnostics) {
    doc.diagnostics.push_back(
        {Severity::error, span, "too many problems; the ones after this are not reported", {}});
  }
}

}  // namespace document

CriteriaDocument parse_criteria_document(std::string_view text, std::string_view source_name) {
  CriteriaDocument doc;
  if (text.size() > kMaxInputBytes) {
    add_diagnostic(
        doc, Severity::error, Span{},
        "file too large (" + std::to_string(text.size() >> 20) + " MiB); the limit is 256 MiB");
    return doc;
  }
  bool failed = false;
  const auto lines = document::scan_lines(text, source_name, &failed);
  if (failed) {
    const Span at = lines.empty() ? Span{} : document::span_at(lines.back(), lines.back().begin);
    add_diagnostic(doc, Severity::error, at, "internal error: could not read past this line");
  }
  // Bytes: NUL, and lines with bytes that are not UTF-8 (the text is kept as written).
  for (Diagnostic& d : byte_warnings(text)) {
    add_diagnostic(doc, d.severity, d.span, std::move(d.message), std::move(d.hint));
  }
  document::read_header(lines, text, doc);
  document::build_criteria(lines, text, doc);
  assign_ids(doc);
  assign_combine(doc);
  std::stable_sort(
      doc.diagnostics.begin(), doc.diagnostics.end(),
      [](const Diagnostic& a, const Diagnostic& b) { return a.span.begin < b.span.begin; });
  return doc;
}

const HeaderField* CriteriaHeader::field(std::string_view key) const {
  for (auto it = fields.rbegin(); it != fields.rend(); ++it) {
    if (it->key == key) return &*it;
  }
  return nullptr;
}

const CriterionNode* CriteriaDocument::find(std::string_view id) const {
  for (const auto& n : criteria) {
    if (n.id == id) return &n;
  }
  return nullptr;
}

Span text_span(const std::vector<Span>& pieces, std::size_t begin, std::size_t end) {
  Span out;
  bool started = false;
  std::size_t offset = 0;  // where the current piece starts in the joined text
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    const auto& p = pieces[i];
    const std::size_t length = p.end - p.begin;
    const bool last = i + 1 == pieces.size();
    if (!started && (begin < offset + length || last)) {
      const std::size_t into = std::min(begin > offset ? begin - offset : 0, length);
      out.begin = static_cast<std::uint32_t>(p.begin + into);
      out.line = p.line;
      out.column = static_cast<std::uint32_t>(p.column + into);
      started = true;
    }
    if (started && (end <= offset + length || last)) {
      const std::size_t into = std::min(end > offset ? end - offset : 0, length);
      out.end = std::max(out.begin, static_cast<std::uint32_t>(p.begin + into));
      return out;
    }
    offset += length + 1;  // the joining space
  }
  return out;
}

}  // namespace eligo::grammar
