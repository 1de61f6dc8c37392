import { describe, expect, it } from "vitest";
import type { Report } from "./narrative.ts";
import { renderReportHtml } from "./report-html.ts";

const report: Report = {
  locale: "vi",
  title: 'Xã <A> & "B"',
  dateline: null,
  lead: "Lead <b>",
  sections: [{ heading: "H<2>", paragraphs: ["x < y", "it's"] }],
  byline: null,
  figures: [],
};

describe("renderReportHtml", () => {
  it("escapes every text it writes, so a name cannot inject markup", () => {
    const html = renderReportHtml(report);
    expect(html).toContain("<h1>Xã &lt;A&gt; &amp; &quot;B&quot;</h1>");
    expect(html).toContain("<h2>H&lt;2&gt;</h2>");
    expect(html).toContain("<p>x &lt; y</p>");
    expect(html).toContain("<p>it&#39;s</p>");
    expect(html).not.toContain("<b>");
  });

  it("leaves out the date and byline when the report has none", () => {
    const html = renderReportHtml(report);
    expect(html).not.toContain("<time");
    expect(html).not.toContain("byline");
  });
});
