import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { barChart, lineChart } from "./charts.ts";
import { withoutInlineStyles } from "./svg-styles.ts";

describe("withoutInlineStyles", () => {
  it("turns style declarations into presentation attributes, quoted font names kept whole", () => {
    expect(
      withoutInlineStyles(
        `<svg><text style="font-size:12px;font-family:system-ui, 'Segoe UI;x', sans-serif;font-weight:bold;" fill="#333">a</text></svg>`,
      ),
    ).toBe(
      `<svg><text font-size="12px" font-family="system-ui, 'Segoe UI;x', sans-serif" font-weight="bold" fill="#333">a</text></svg>`,
    );
  });

  it("lets the style win over an attribute of the same name, as CSS would, without repeating it", () => {
    expect(withoutInlineStyles(`<path fill="red" style="fill:blue" d="M0 0"/>`)).toBe(
      `<path fill="blue" d="M0 0"/>`,
    );
  });

  it("drops <style> elements (ECharts' hover rules) and leaves the rest alone", () => {
    const svg = `<svg><g class="a"><title>x</title></g><style ><![CDATA[\n.a:hover{fill:red}\n]]></style>\n</svg>`;
    expect(withoutInlineStyles(svg)).toBe(`<svg><g class="a"><title>x</title></g></svg>`);
  });
});

describe("the charts", () => {
  const indicator = { name: "Sản lượng lúa", unit: "tấn", decimals: 0 };
  const charts = [
    lineChart({
      locale: "vi",
      indicator,
      points: [{ period: "2023", value: -2 }],
      notComparableFrom: "2023",
    }),
    barChart({ locale: "en", indicator, items: [{ name: "xã A", value: 3, status: "met" }] }),
  ];

  it("carry no style a Content-Security-Policy without 'unsafe-inline' would block, and stay well-formed", () => {
    for (const { svg } of charts) {
      expect(svg).not.toMatch(/\sstyle=|<style/);
      expect(svg).toMatch(/<text [^>]*font-family="/);
      expect(XMLValidator.validate(svg)).toBe(true);
    }
  });
});
