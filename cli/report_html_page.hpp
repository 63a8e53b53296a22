// The fixed parts of the HTML report page (report_html.hpp): its style sheet, its script
// (the filter box) and the SVG fill patterns of the attrition charts. All inline: the
// page loads nothing from anywhere.
#pragma once

#include <string_view>

namespace eligo::cli {

std::string_view html_report_style();
std::string_view html_report_script();
// <defs> with the patterns #hatch (undetermined) and #dots (to confirm).
std::string_view html_svg_patterns();

}  // namespace eligo::cli
