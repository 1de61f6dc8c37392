/**
 * The drafted report as an HTML fragment (`chitieu report --format html`): an <article> in the
 * report's language, text escaped. The public pages will render the same Report with hono/jsx.
 */
import type { Report } from "./narrative.ts";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export function renderReportHtml(report: Report, publishedAt?: string): string {
  const e = escapeHtml;
  const lines = [`<article lang="${report.locale}">`, `  <h1>${e(report.title)}</h1>`];
  if (report.dateline) {
    lines.push(
      publishedAt
        ? `  <p><time datetime="${e(publishedAt)}">${e(report.dateline)}</time></p>`
        : `  <p>${e(report.dateline)}</p>`,
    );
  }
  lines.push(`  <p class="lead"><strong>${e(report.lead)}</strong></p>`);
  for (const section of report.sections) {
    lines.push("  <section>", `    <h2>${e(section.heading)}</h2>`);
    for (const p of section.paragraphs) lines.push(`    <p>${e(p)}</p>`);
    lines.push("  </section>");
  }
  if (report.byline) lines.push(`  <p class="byline">${e(report.byline)}</p>`);
  lines.push("</article>");
  return `${lines.join("\n")}\n`;
}
