/**
 * The drafted report as an HTML fragment (`chitieu report --format html`): the <article> of
 * report-article.tsx, text escaped by hono/jsx. `escapeHtml` serves the SVG writers.
 */
import type { Report } from "./narrative.ts";
import { ReportArticle } from "./report-article.tsx";

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

/** The article as an HTML fragment, by the same component as the public report page. */
export function renderReportHtml(report: Report, publishedAt?: string): string {
  return `${String(ReportArticle({ report, publishedAt }))}\n`;
}
