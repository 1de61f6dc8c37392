/**
 * The drafted report as a Word document (.docx, the `docx` package): title, dateline, lead, the
 * sections, the assessment table, and the charts as PNG images with their text alternatives.
 */
import type { Paragraph, Table } from "docx";
import type { AssessmentTable } from "./assessment-table.ts";
import type { Report } from "./narrative.ts";

export interface DocxChart {
  png: Buffer;
  /** Size on the page, in pixels at 96 to the inch. */
  width: number;
  height: number;
  title: string;
  /** What the chart shows, for who cannot see it. */
  alt: string;
}

const FONT = "Times New Roman";

export async function reportDocx(
  report: Report,
  table: AssessmentTable,
  charts: readonly DocxChart[],
): Promise<Buffer> {
  // Loaded on use: a server that never writes a report does not parse docx's megabyte.
  const {
    AlignmentType,
    Document,
    HeadingLevel,
    ImageRun,
    Packer,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
  } = await import("docx");
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 22 })] })],
    });
  const text = (t: string) =>
    new Paragraph({ children: [new TextRun({ text: t, font: FONT, size: 26 })], spacing: { after: 120 } });
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: report.title, font: FONT, bold: true })],
    }),
  ];
  if (report.dateline)
    children.push(
      new Paragraph({ children: [new TextRun({ text: report.dateline, italics: true, font: FONT })] }),
    );
  children.push(
    new Paragraph({
      children: [new TextRun({ text: report.lead, bold: true, font: FONT, size: 26 })],
      spacing: { after: 200 },
    }),
  );
  for (const section of report.sections) {
    if (section.heading)
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          children: [new TextRun({ text: section.heading, font: FONT })],
        }),
      );
    for (const p of section.paragraphs) children.push(text(p));
  }
  children.push(
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [new TextRun({ text: table.title, font: FONT })],
    }),
  );
  children.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: table.header.map((h) => cell(h, true)) }),
        ...table.rows.map((r) => new TableRow({ children: r.cells.map((c) => cell(c)) })),
      ],
    }),
  );
  for (const s of table.summary) children.push(text(s));
  for (const chart of charts) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_3,
        children: [new TextRun({ text: chart.title, font: FONT })],
      }),
    );
    children.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: "png",
            data: chart.png,
            transformation: { width: chart.width, height: chart.height },
            altText: { name: chart.title, title: chart.title, description: chart.alt },
          }),
        ],
      }),
    );
  }
  if (report.byline)
    children.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: report.byline, bold: true, font: FONT })],
      }),
    );
  const doc = new Document({
    creator: "chitieu",
    title: report.title,
    language: report.locale === "vi" ? "vi-VN" : "en-GB",
    sections: [{ children }],
  } as ConstructorParameters<typeof Document>[0]);
  return Packer.toBuffer(doc);
}
