/**
 * The text of a .docx report, paragraph by paragraph, for the review queue. The archive is
 * checked first by zip-guard.ts (size, parts, declared sizes, inflation bounded), as every
 * uploaded workbook is; only a file that passes reaches mammoth, which reads Word's paragraphs
 * (the `docx` package only writes). mammoth is loaded on first use (load-on-use.ts).
 */
import { onFirstUse } from "./load-on-use.ts";
import { checkZip, DEFAULT_ZIP_LIMITS, type ZipProblem } from "./xlsx/zip-guard.ts";

interface Mammoth {
  extractRawText(input: { buffer: Buffer }): Promise<{ value: string }>;
}

const mammoth = onFirstUse<Mammoth>("mammoth");

export type DocxText = { ok: true; text: string } | { ok: false; problem: ZipProblem | { code: "not_docx" } };

export async function readDocxText(file: Buffer): Promise<DocxText> {
  const problem = checkZip(file, DEFAULT_ZIP_LIMITS);
  if (problem) return { ok: false, problem };
  try {
    const { value } = await mammoth().extractRawText({ buffer: file });
    // mammoth ends each paragraph with a blank line: one line per paragraph is enough.
    const text = value
      .replace(/\r\n?/g, "\n")
      .replace(/\n{2,}/g, "\n")
      .trim()
      .normalize("NFC");
    return { ok: true, text };
  } catch {
    return { ok: false, problem: { code: "not_docx" } };
  }
}
