// The report page's style, script and SVG patterns, and HTML escaping. Verdicts are told
// apart three ways, so the page also reads printed in greyscale: a symbol (check mark,
// question mark, cross), the word, and a background pattern (plain, hatched, dotted
// border).
#include "cli/report_html_page.hpp"

#include <string>

#include "cli/report_html.hpp"
#include "core/text.hpp"

namespace eligo::cli {

std::string_view html_report_style() {
  return R"css(
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1b1f24;background:#fff}
body{margin:0;padding:0 1.2em 2em}
header{position:sticky;top:0;background:#fff;padding:.6em 0 .4em;border-bottom:1px solid #d0d7de;z-index:2}
h1{font-size:1.35em;margin:.2em 0}
h2{font-size:1.15em;margin:1.4em 0 .3em}
h4{margin:.8em 0 .2em;font-size:.95em}
.help{color:#57606a;font-size:.85em;margin:.2em 0}
.controls{margin:.4em 0}
.controls input,.controls select{font-size:.95em;padding:.15em .3em}
#shown{color:#57606a;font-size:.85em;margin-left:.6em}
.tag{display:inline-block;padding:.05em .45em;border-radius:3px;font-size:.9em}
table#matrix{border-collapse:collapse;margin-top:.8em}
#matrix th,#matrix td{border:1px solid #d0d7de;padding:.25em .45em;vertical-align:top;text-align:left}
#matrix thead th{background:#f6f8fa;position:sticky;top:6.6em;z-index:1}
#matrix th.patient{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-weight:600;white-space:nowrap}
#matrix td.rank{color:#57606a;text-align:right}
td.cell{min-width:9.5em}
td.cell summary{cursor:pointer;white-space:nowrap;list-style-position:inside}
.sym{font-weight:700;display:inline-block;width:1.1em;text-align:center}
.score{font-variant-numeric:tabular-nums;font-weight:600;float:right;margin-left:.6em}
.v-eligible{background:#dff3e4;box-shadow:inset 4px 0 0 #1a7f37}
.v-undetermined{background:repeating-linear-gradient(135deg,#fff4d1 0 6px,#fbe3a0 6px 8px);box-shadow:inset 4px 0 0 #9a6700}
.v-ineligible{background:#fbe0e3;outline:1px dashed #a40e26;outline-offset:-3px}
.v-eligible .sym{color:#1a7f37}.v-undetermined .sym{color:#7d4e00}.v-ineligible .sym{color:#a40e26}
td.missing{color:#8c959f;text-align:center}
details[open]>summary{margin-bottom:.3em}
.detail{background:#fff;border:1px solid #d0d7de;padding:.5em .6em;width:min(62em,90vw);white-space:normal;font-size:.85em}
.detail .meta{margin:0 0 .4em;color:#3b434b}
table.crit{border-collapse:collapse;width:100%}
table.crit th,table.crit td{border-bottom:1px solid #eaeef2;padding:.15em .35em;vertical-align:top;text-align:left}
table.crit td.cid{font-weight:600;white-space:nowrap}
table.crit td.text{max-width:24em}
table.crit td.expl{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.92em;max-width:30em;overflow-wrap:anywhere}
tr.r-not-met td.res{color:#a40e26;font-weight:700}
tr.r-met td.res{color:#1a7f37;font-weight:700}
tr.r-unknown td.res{color:#7d4e00;font-style:italic}
tr.r-manual td.res{color:#57606a;text-decoration:underline dotted}
ul.to-decide,ul.to-confirm{margin:.1em 0 .3em 1.2em;padding:0}
p.none{margin:.1em 0;color:#57606a}
figure.chart{margin:.8em 0 1.2em;padding:0}
figure.chart figcaption{font-size:.9em;margin-bottom:.3em}
svg .b-out{fill:#8e1b2c}
svg .b-und{stroke:#7d4e00;stroke-width:.6}
svg .b-man{stroke:#57606a;stroke-width:.6}
footer{margin-top:2em;color:#57606a;font-size:.8em}
[hidden]{display:none!important}
@media print{header{position:static}details>.detail{display:none}}
)css";
}

std::string_view html_report_script() {
  return R"js(
(function(){
  var filter=document.getElementById('filter');
  var verdict=document.getElementById('verdict');
  var shown=document.getElementById('shown');
  var rows=Array.prototype.slice.call(document.querySelectorAll('#matrix > tbody > tr'));
  var heads=Array.prototype.slice.call(document.querySelectorAll('#matrix > thead th.trial'));
  function apply(){
    var q=filter.value.trim().toLowerCase();
    var want=verdict.value;
    var trials=heads.map(function(h){return h.getAttribute('data-trial');});
    var trialHit=q!==''&&trials.some(function(t){return t.toLowerCase().indexOf(q)>=0;});
    trials.forEach(function(t,i){
      var show=!trialHit||t.toLowerCase().indexOf(q)>=0;
      heads[i].hidden=!show;
      rows.forEach(function(r){var c=r.querySelectorAll(':scope > td.cell')[i];if(c)c.hidden=!show;});
    });
    var n=0;
    rows.forEach(function(r){
      var ok=trialHit||q===''||r.getAttribute('data-patient').toLowerCase().indexOf(q)>=0;
      if(ok&&want){ok=Array.prototype.some.call(r.querySelectorAll(':scope > td.cell'),function(c){
        return !c.hidden&&c.getAttribute('data-verdict')===want;});}
      r.hidden=!ok; if(ok)n++;
    });
    shown.textContent=n+' of '+rows.length+' patients shown';
  }
  filter.addEventListener('input',apply);
  verdict.addEventListener('change',apply);
  if(location.hash==='#expand-first'){var d=document.querySelector('#matrix td.cell details');if(d)d.open=true;}
  apply();
})();
)js";
}

std::string_view html_svg_patterns() {
  return "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
         "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fbe3a0\"/>"
         "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#7d4e00\" stroke-width=\"2\"/>"
         "</pattern><pattern id=\"dots\" width=\"5\" height=\"5\" "
         "patternUnits=\"userSpaceOnUse\"><rect width=\"5\" height=\"5\" fill=\"#eaeef2\"/>"
         "<circle cx=\"2.5\" cy=\"2.5\" r=\"1.1\" fill=\"#57606a\"/></pattern></defs>";
}

void append_html_escaped(std::string& out, std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default:
          if (c < 0x20 && c != '\n' && c != '\t') {
            out += "\uFFFD";
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    // A UTF-8 sequence: copied when well formed, else one U+FFFD per bad byte.
    const std::size_t length = utf8_sequence_length(text, i);
    if (length > 0) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      out += "\uFFFD";
      ++i;
    }
  }
}

std::string html_escape(std::string_view text) {
  std::string out;
  append_html_escaped(out, text);
  return out;
}

}  // namespace eligo::cli
