// Nesting phase: classified lines -> criteria with sections, parents, notes and rules.
// One pass over the lines. A list item goes under the open item document_lists.cpp
// says; text without a marker continues the item or note above it, or starts a paragraph
// criterion; note labels and exception items open notes; rule: lines attach to the
// criterion above. Ids and combinators come afterwards (document_parser.cpp).
#include <algorithm>

#include "grammar/combinator_wording.hpp"
#include "grammar/document_lists.hpp"
#include "grammar/document_phases.hpp"

namespace eligo::grammar::document {

namespace {

// What the builder remembers of each criterion, for a flat run's lead-in.
struct NodeInfo {
  Key key;
  MarkerKind kind;
  bool bullet = false;
};

// After "Of note:" (or an exception item), which following items are notes: items
// indented deeper than `indent`; and, after a label that stands alone ("Of note:"), the
// first item at its indentation and the next ones that read as notes ("... are eligible").
struct NoteMode {
  bool active = false;
  int owner = -1;  // criterion, or -1 for the document
  std::uint32_t indent = 0;
  bool expect_first = false;  // the label stood alone: the next item is its note
  bool same_indent = false;   // items at `indent` may be notes
};

class Builder {
 public:
  Builder(const std::vector<Line>& lines, std::string_view text, CriteriaDocument& doc)
      : lines_(lines), text_(text), doc_(doc) {}

  void run() {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      const Line& line = lines_[i];
      switch (line.kind) {
        case LineKind::header:
        case LineKind::comment: continue;
        case LineKind::blank: on_blank(); continue;
        case LineKind::heading: on_heading(line, i); break;
        case LineKind::rule: on_rule(line); break;
        case LineKind::note: on_note(line); break;
        case LineKind::bullet: on_bullet(line); break;
        case LineKind::text: i = on_text(line, i); break;
      }
      after_blank_ = false;
    }
  }

 private:
  std::string_view content(const Line& line) const { return line.content.text_in(text_); }
  CriterionNode& node(int index) { return doc_.criteria[static_cast<std::size_t>(index)]; }
  bool has_content(const Line& line) const { return line.content.end > line.content.begin; }

  void on_blank() {
    after_blank_ = true;
    lists_.end_run();
    open_rule_ = -1;
  }

  void on_heading(const Line& line, std::size_t& i) {
    section_ = line.section;
    doc_.has_section_headings = true;
    lists_.clear();
    notes_ = {};
    current_ = last_created_ = text_owner_ = open_rule_ = -1;
    open_note_ = {};
    section_start_ = true;
    if (has_content(line)) i = start_paragraph(line, i);
  }

  void on_rule(const Line& line) {
    notes_ = {};
    open_note_ = {};
    open_rule_ = -1;
    if (current_ < 0) {
      add_diagnostic(doc_, Severity::error, span_at(line, line.first),
                     "rule: line with no criterion above it",
                     "put a rule: line right under the criterion it encodes, indented");
      return;
    }
    auto& n = node(current_);
    if (!has_content(line)) {
      add_diagnostic(doc_, Severity::error, span_at(line, line.first), "rule: line with no rule");
      return;
    }
    if (n.rule) {
      add_diagnostic(doc_, Severity::error, line.content,
                     "a second rule: line for the criterion (the first is on line " +
                         std::to_string(n.rule_span.line) + ")");
      return;
    }
    n.rule = std::string(content(line));
    n.rule_span = line.content;
    open_rule_ = current_;
    rule_indent_ = line.indent;
  }

  void on_note(const Line& line) {
    lists_.end_run();
    open_rule_ = -1;
    open_note_ = {};
    const bool alone = !has_content(line) || ends_as_lead_in(content(line));
    notes_ = NoteMode{true, current_, line.indent, alone, alone};
    // A label indented inside its criterion's item: every item inside that item is a note.
    if (current_ >= 0 && line.indent > info_[static_cast<std::size_t>(current_)].key.indent) {
      notes_.indent = info_[static_cast<std::size_t>(current_)].key.indent;
      notes_.same_indent = false;
    }
    if (current_ < 0) {
      add_diagnostic(doc_, Severity::warning, span_at(line, line.first),
                     "note with no criterion above it; kept as a note on the document");
    }
    if (has_content(line)) add_note(current_, line);
  }

  void on_bullet(const Line& line) {
    open_rule_ = -1;
    if (!has_content(line)) {
      add_diagnostic(doc_, Severity::warning, line.marker, "empty list item ignored");
      return;
    }
    const auto text = content(line);
    const MarkerKind kind = lists_.classify(line);
    if (notes_.active) {
      const bool deeper = line.indent > notes_.indent;
      const bool level = line.indent == notes_.indent && notes_.same_indent;
      if (deeper || (level && (notes_.expect_first || reads_as_note(text)))) {
        notes_.expect_first = false;
        add_note(notes_.owner, line);
        return;
      }
      notes_ = {};
    }
    if (current_ >= 0 && opens_note(text)) {
      lists_.end_run();
      notes_ = NoteMode{true, current_, line.indent, false, false};
      add_note(current_, line);
      return;
    }
    open_note_ = {};
    LeadIn lead;
    if (last_created_ >= 0) {
      const auto& info = info_[static_cast<std::size_t>(last_created_)];
      const auto& n = node(last_created_);
      lead = LeadIn{last_created_,
                    info.key,
                    info.kind,
                    info.bullet,
                    ends_as_lead_in(n.text),
                    !n.children.empty(),
                    stated_item_count(n.text)};
    }
    bool started = false;
    const Key key{line.indent, lists_.virtual_depth(line, kind, after_blank_, lead, &started)};
    if (started) node(last_created_).children_guessed = true;
    const int parent = lists_.place(key, kind);
    const int index = new_criterion(line, parent);
    info_.push_back({key, kind, true});
    lists_.push(index, key, kind, line.ordinal);
  }

  std::size_t on_text(const Line& line, std::size_t i) {
    const auto text = content(line);
    if (open_rule_ >= 0 && !after_blank_ && line.indent > rule_indent_) {
      auto& n = node(open_rule_);
      n.rule_span.end = line.content.end;
      n.rule = std::string(n.rule_span.text_in(text_));
      return i;
    }
    open_rule_ = -1;
    if (is_registry_disclaimer(text)) {
      add_diagnostic(doc_, Severity::note, line.content,
                     "registry disclaimer kept as a note on the document, not a criterion");
      doc_.notes.push_back(Note{std::string(text), line.content, {line.content}});
      open_note_ = {};
      notes_ = {};
      text_owner_ = -1;
      return i;
    }
    if (open_note_.index >= 0 && (!after_blank_ || line.indent > open_note_.indent)) {
      auto& notes = open_note_.owner >= 0 ? node(open_note_.owner).notes : doc_.notes;
      auto& note = notes[static_cast<std::size_t>(open_note_.index)];
      append(note.text, note.span, note.text_pieces, line);
      return i;
    }
    if (notes_.active && notes_.expect_first) {
      notes_.expect_first = false;
      add_note(notes_.owner, line);
      return i;
    }
    if (text_owner_ >= 0 && (!after_blank_ || line.indent > owner_indent_)) {
      auto& n = node(text_owner_);
      append(n.text, n.span, n.text_pieces, line);
      return i;
    }
    return start_paragraph(line, i);
  }

  // A paragraph without a marker: its lines up to the next other line are one criterion,
  // or the section's preamble ("Patients must meet all of the following:" before a list).
  std::size_t start_paragraph(const Line& line, std::size_t i) {
    notes_ = {};
    open_note_ = {};
    open_rule_ = -1;
    std::vector<const Line*> parts{&line};
    std::size_t last = i;
    for (std::size_t j = i + 1; j < lines_.size(); ++j) {
      if (lines_[j].kind == LineKind::comment) continue;
      if (lines_[j].kind != LineKind::text || is_registry_disclaimer(content(lines_[j]))) break;
      parts.push_back(&lines_[j]);
      last = j;
    }
    Note joined{std::string(content(line)), line.content, {line.content}};
    for (std::size_t p = 1; p < parts.size(); ++p) {
      append(joined.text, joined.span, joined.text_pieces, *parts[p]);
    }
    const Section section = section_.value_or(Section::inclusion);
    if (section_start_ && next_is_bullet(last)) {
      const auto w = find_combinator_wording(joined.text, section);
      const Combine default_combine = section == Section::inclusion ? Combine::all : Combine::any;
      if (w.found && !w.negated && (w.plain || w.combine == default_combine)) {
        doc_.notes.push_back(std::move(joined));
        lists_.clear();
        section_start_ = false;
        text_owner_ = -1;
        return last;
      }
    }
    lists_.clear();
    const int index = new_criterion(line, -1);
    auto& n = node(index);
    n.text = std::move(joined.text);
    n.span = joined.span;
    n.text_pieces = std::move(joined.text_pieces);
    const MarkerKind kind{MarkerFamily::symbol, MarkerStyle::symbol, 0, true};
    info_.push_back({Key{line.indent, 0}, kind, false});
    if (ends_as_lead_in(n.text)) lists_.push(index, Key{line.indent, 0}, kind, 0);
    return last;
  }

  bool next_is_bullet(std::size_t i) const {
    for (std::size_t j = i + 1; j < lines_.size(); ++j) {
      const auto k = lines_[j].kind;
      if (k == LineKind::blank || k == LineKind::comment) continue;
      return k == LineKind::bullet;
    }
    return false;
  }

  int new_criterion(const Line& line, int parent) {
    if (!section_) {
      section_ = Section::inclusion;
      add_diagnostic(doc_, Severity::note, line.content,
                     "no section heading before the first criterion; taking criteria as "
                     "inclusion criteria until an 'Exclusion Criteria' heading",
                     "add an 'Inclusion Criteria:' line above the criteria");
    }
    CriterionNode n;
    n.section = *section_;
    n.parent = parent;
    if (parent >= 0) {
      n.depth = node(parent).depth + 1;
      if (n.depth >= kMaxCriterionDepth) {
        add_diagnostic(doc_, Severity::error, line.marker,
                       "list nested deeper than " + std::to_string(kMaxCriterionDepth) +
                           " levels; this item is kept at the deepest level");
        n.parent = parent = node(parent).parent;
        n.depth = kMaxCriterionDepth - 1;
      }
    }
    n.marker = std::string(line.marker.text_in(text_));
    n.text = std::string(content(line));
    n.span = line.content;
    n.text_pieces = {line.content};
    const int index = static_cast<int>(doc_.criteria.size());
    doc_.criteria.push_back(std::move(n));
    if (parent >= 0) node(parent).children.push_back(index);
    current_ = last_created_ = text_owner_ = index;
    owner_indent_ = line.indent;
    section_start_ = false;
    return index;
  }

  void add_note(int owner, const Line& line) {
    auto& notes = owner >= 0 ? node(owner).notes : doc_.notes;
    notes.push_back(Note{std::string(content(line)), line.content, {line.content}});
    open_note_ = OpenNote{owner, static_cast<int>(notes.size()) - 1, line.indent};
  }

  // Joins a continuation line to a text: one space, then the line's text.
  void append(std::string& text, Span& span, std::vector<Span>& pieces, const Line& line) {
    text += ' ';
    text += content(line);
    span.end = line.content.end;
    pieces.push_back(line.content);
  }

  // The note a text line may continue: notes[index] of criterion `owner` (-1: document).
  struct OpenNote {
    int owner = -1;
    int index = -1;
    std::uint32_t indent = 0;
  };

  const std::vector<Line>& lines_;
  std::string_view text_;
  CriteriaDocument& doc_;
  ListStack lists_;
  std::vector<NodeInfo> info_;  // per criterion
  std::optional<Section> section_;
  bool section_start_ = true;
  bool after_blank_ = false;
  int current_ = -1;       // receives rule: lines and notes
  int last_created_ = -1;  // may lead in to a flat run
  int text_owner_ = -1;    // a text line may continue it
  std::uint32_t owner_indent_ = 0;
  int open_rule_ = -1;  // a deeper text line continues its rule
  std::uint32_t rule_indent_ = 0;
  OpenNote open_note_;
  NoteMode notes_;
};

}  // namespace

void build_criteria(const std::vector<Line>& lines, std::string_view text, CriteriaDocument& doc) {
  Builder(lines, text, doc).run();
}

}  // namespace eligo::grammar::document
