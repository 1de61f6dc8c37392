/** An SVG chart as PNG, for documents that do not show SVG (Word without a fallback). */
import type * as resvg from "@resvg/resvg-js";
import { onFirstUse } from "./load-on-use.ts";

const loadResvg = onFirstUse<typeof resvg>("@resvg/resvg-js");

export function svgToPng(svg: string, width: number): { png: Buffer; width: number; height: number } {
  const rendered = new (loadResvg().Resvg)(svg, {
    fitTo: { mode: "width", value: width * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
  }).render();
  return { png: rendered.asPng(), width: rendered.width / 2, height: rendered.height / 2 };
}
