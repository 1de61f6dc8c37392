/**
 * ECharts' server-side SVG carries `style="font-size:12px;font-family:…"` on its text and a
 * `<style>` block of hover rules. A page whose Content-Security-Policy forbids inline styles
 * (src/http/security-headers.ts) would drop both, and the labels would fall back to the browser's
 * default font. Every declaration ECharts writes there is also an SVG presentation attribute
 * (font-size, font-family, font-weight, …), which no policy restricts: we move them there. The
 * hover rules serve ECharts' interactive mode only; the static chart has nothing to hover.
 */

/** Splits `a:b;c:'d;e'` into declarations, minding quotes. */
function declarations(style: string): [string, string][] {
  const result: [string, string][] = [];
  let current = "";
  let quote: string | undefined;
  for (const ch of `${style};`) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === ";") {
      const colon = current.indexOf(":");
      if (colon > 0)
        result.push([current.slice(0, colon).trim().toLowerCase(), current.slice(colon + 1).trim()]);
      current = "";
      continue;
    }
    current += ch;
  }
  return result;
}

const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/;
const NAME = /^[a-z-]+$/;

/** The SVG with each `style` attribute turned into presentation attributes and `<style>` removed. */
export function withoutInlineStyles(svg: string): string {
  return svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>\s*/g, "")
    .replace(/<([a-zA-Z][\w:-]*)(\s[^>]*)>/g, (tag, name: string, attributes: string) => {
      const style = STYLE_ATTRIBUTE.exec(attributes);
      if (!style) return tag;
      let rest = attributes.replace(STYLE_ATTRIBUTE, "");
      const moved: string[] = [];
      for (const [property, value] of declarations(style[1]!)) {
        if (!NAME.test(property)) continue;
        // In CSS the style wins over a presentation attribute of the same name: keep that order.
        rest = rest.replace(new RegExp(`\\s${property}="[^"]*"`), "");
        moved.push(` ${property}="${value}"`);
      }
      return `<${name}${moved.join("")}${rest}>`;
    });
}
