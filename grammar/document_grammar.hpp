// The line grammar of a .criteria file (PEGTL; private to grammar/document_lines.cpp).
// It only says what kind each line is (header, heading, bullet, rule, note, comment,
// blank, text) and where its parts are; nesting, sections and ids are decided in plain
// C++ afterwards (document_nesting.cpp). Every byte sequence parses: a line that is
// nothing else is text, so the grammar has no error table. Bytes are read as bytes;
// only the bullet symbols below are decoded as UTF-8.
#pragma once

#include <tao/pegtl.hpp>

namespace eligo::grammar::document_grammar {

namespace pegtl = tao::pegtl;
using pegtl::at, pegtl::eof, pegtl::not_at, pegtl::one, pegtl::not_one, pegtl::opt, pegtl::plus,
    pegtl::range, pegtl::rep_min_max, pegtl::seq, pegtl::sor, pegtl::star;

// --- characters -------------------------------------------------------------------

// A line break (a preceding '\r' is trailing blank space of the line).
struct newline : one<'\n'> {};
// Blank space inside a line.
struct hspace : one<' ', '\t', '\r', '\f', '\v'> {};
// The indentation before a line's first visible character (its action starts a line).
struct indentation : star<one<' ', '\t'>> {};
// A run of visible characters: anything but blank space and line breaks.
struct word : plus<not_one<' ', '\t', '\r', '\f', '\v', '\n'>> {};
// Text from a visible character to the last visible character of the line.
struct trimmed_text : seq<word, star<star<hspace>, word>> {};
// The end of the line's content: trailing blanks, then a newline or the end (not consumed).
struct line_tail : seq<star<hspace>, at<sor<newline, eof>>> {};
// Markdown emphasis around a heading or label: **, __, * or _.
struct emphasis : plus<one<'*', '_'>> {};

// --- blank lines and comments ------------------------------------------------------

// A line with nothing but blank space ("\n" alone is empty_line).
struct blank_line : seq<plus<hspace>, line_tail> {};
// A newline alone: an empty line.
struct empty_line : one<'\n'> {};
// A comment: the first visible character is '#'.
struct comment_line : seq<indentation, one<'#'>, star<not_one<'\n'>>> {};

// --- header keys --------------------------------------------------------------------

// The keyword of a rule annotation.
struct rule_keyword : TAO_PEGTL_STRING("rule:") {};
// A header key: a lowercase identifier such as min_age.
struct header_key : seq<range<'a', 'z'>, star<sor<range<'a', 'z'>, range<'0', '9'>, one<'_'>>>> {};
// The value of a header line.
struct header_value : trimmed_text {};

// --- section headings ---------------------------------------------------------------

// A markdown heading's #s: "## Exclusion Criteria" is a heading, not a comment.
struct markdown_heading_mark : seq<plus<one<'#'>>, star<hspace>> {};
// A word that may come before the section word: "Key Inclusion Criteria".
struct heading_qualifier
    : sor<TAO_PEGTL_ISTRING("key"), TAO_PEGTL_ISTRING("main"), TAO_PEGTL_ISTRING("major"),
          TAO_PEGTL_ISTRING("principal"), TAO_PEGTL_ISTRING("general"),
          TAO_PEGTL_ISTRING("additional"), TAO_PEGTL_ISTRING("other"), TAO_PEGTL_ISTRING("patient"),
          TAO_PEGTL_ISTRING("participant"), TAO_PEGTL_ISTRING("subject"),
          TAO_PEGTL_ISTRING("study")> {};
// The section word of an inclusion heading.
struct inclusion_word : TAO_PEGTL_ISTRING("inclusion") {};
// The section word of an exclusion heading.
struct exclusion_word : TAO_PEGTL_ISTRING("exclusion") {};
// "criteria" or "criterion", any case.
struct criteria_word
    : seq<TAO_PEGTL_ISTRING("criteri"), sor<one<'a', 'A'>, TAO_PEGTL_ISTRING("on")>> {};
// The words of a heading: [qualifier] inclusion|exclusion [criteria].
struct heading_words : seq<opt<heading_qualifier, plus<hspace>>,
                           sor<inclusion_word, exclusion_word>, opt<plus<hspace>, criteria_word>> {
};
// Punctuation that may end a heading: ':' '-' or an en dash.
struct heading_punct : sor<one<':', '-'>, pegtl::utf8::one<0x2013>> {};
// Criterion text on the heading's own line, after its ':'.
struct heading_text : trimmed_text {};
// A section heading: "Inclusion Criteria:", "**KEY EXCLUSION CRITERIA**", "Exclusion
// criteria -", "## Inclusion Criteria", optionally followed on the same line by
// ": <first criterion text>".
struct heading_line : seq<indentation, opt<markdown_heading_mark>, opt<emphasis>, star<hspace>,
                          heading_words, star<hspace>, opt<emphasis>, star<hspace>,
                          sor<seq<one<':'>, opt<emphasis>, plus<hspace>, heading_text>,
                              seq<opt<heading_punct>, star<hspace>, opt<emphasis>>>,
                          line_tail> {};

// --- notes and rules ----------------------------------------------------------------

// The label of a note: "Of note", "Note", "NOTE", "Notes", "Please note", "Important note".
struct note_label : seq<opt<sor<TAO_PEGTL_ISTRING("of"), TAO_PEGTL_ISTRING("please"),
                                TAO_PEGTL_ISTRING("important")>,
                            plus<hspace>>,
                        TAO_PEGTL_ISTRING("note"), opt<one<'s', 'S'>>> {};
// The text of a note after its label.
struct note_text : trimmed_text {};
// A note line: "Of note:" alone, or "NOTE: <text>"; emphasis allowed around the label.
struct note_line : seq<indentation, opt<emphasis>, note_label, opt<emphasis>, star<hspace>,
                       one<':'>, opt<emphasis>, star<hspace>, opt<note_text>, line_tail> {};
// The text of a rule annotation, handed to the rule parser as is.
struct rule_text : trimmed_text {};
// A rule annotation: `rule: <rule notation>`.
struct rule_line : seq<indentation, rule_keyword, star<hspace>, opt<rule_text>, line_tail> {};

// --- bullets ------------------------------------------------------------------------

// A list symbol: * - + and the typographic bullets • ‣ ◦ ▪ · and en dash.
struct symbol_marker
    : sor<one<'*', '-', '+'>, pegtl::utf8::one<0x2022, 0x2023, 0x25E6, 0x25AA, 0x00B7, 0x2013>> {};
// A typographic bullet, which may touch its text ("•Platelets").
struct tight_symbol : pegtl::utf8::one<0x2022, 0x2023, 0x25E6, 0x25AA> {};
// A list number: 1, 12, or an outline number 2.1 (up to three digits a part).
struct number_ordinal
    : seq<rep_min_max<1, 3, range<'0', '9'>>, star<one<'.'>, rep_min_max<1, 3, range<'0', '9'>>>> {
};
// A roman numeral of i, v and x, all lower or all upper case.
struct roman_ordinal
    : sor<rep_min_max<1, 6, one<'i', 'v', 'x'>>, rep_min_max<1, 6, one<'I', 'V', 'X'>>> {};
// A single letter.
struct letter_ordinal : sor<range<'a', 'z'>, range<'A', 'Z'>> {};
// The ordinal of an ordered item; i, v, x are told apart from letters by the parser.
struct ordinal : sor<number_ordinal, seq<roman_ordinal, at<one<'.', ')'>>>, letter_ordinal> {};
// "1." "a." "ii."
struct dot_marker : seq<ordinal, one<'.'>> {};
// "1)" "a)" "ii)"
struct paren_marker : seq<ordinal, one<')'>> {};
// "(1)" "(a)" "(ii)"
struct parens_marker
    : seq<one<'('>, sor<number_ordinal, seq<roman_ordinal, at<one<')'>>>, letter_ordinal>,
          one<')'>> {};
// The text of a list item.
struct item_text : trimmed_text {};
// A list item: indentation, a marker, blank space (optional after • ‣ ◦ ▪), its text.
struct bullet_line : seq<indentation,
                         sor<seq<sor<parens_marker, dot_marker, paren_marker, symbol_marker>,
                                 sor<plus<hspace>, at<line_tail>>>,
                             seq<tight_symbol, star<hspace>>>,
                         opt<item_text>, line_tail> {};

// --- the header ---------------------------------------------------------------------

// `key: value` at the top of the file; a rule, note or heading line is never a header.
struct header_line : seq<not_at<rule_keyword>, not_at<note_line>, not_at<heading_line>, header_key,
                         one<':'>, star<hspace>, opt<header_value>, line_tail> {};

// --- text and the document ------------------------------------------------------------

// The text of any other line.
struct plain_text : trimmed_text {};
// Any other visible line: criterion text, a continuation, a paragraph.
struct text_line : seq<indentation, plain_text, line_tail> {};

// What a line of the body can be, tried in this order (a heading before a comment).
struct body_content
    : sor<blank_line, heading_line, comment_line, rule_line, note_line, bullet_line, text_line> {};
// A line of the body with its line break.
struct body_line : sor<empty_line, seq<body_content, sor<newline, eof>>> {};
// A line of the header area: a header, comment or blank line.
struct header_area_line
    : sor<empty_line, seq<sor<blank_line, seq<not_at<heading_line>, comment_line>, header_line>,
                          sor<newline, eof>>> {};
// A .criteria file: header lines at the top, then the body.
struct document : seq<star<header_area_line>, star<body_line>, eof> {};

}  // namespace eligo::grammar::document_grammar
