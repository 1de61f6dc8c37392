/**
 * Where things sit in the Excel template, shared by the writer and the reader. The reader finds
 * the data columns by their headers, so a column moved by an officer is still read; these
 * positions are where the writer puts them and what an error about a missing column names.
 */

/** Columns from left to right: the eight officers know, then the pair Mức / Số liệu, then ids. */
export const COLUMN_KEYS = [
  "no",
  "indicator",
  "unitOfMeasure",
  "target",
  "actual",
  "percent",
  "status",
  "note",
  "qualifier",
  "stage",
  "targetId",
  "indicatorCode",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** The columns an upload is read from; a template missing any of them is refused. */
export const READ_COLUMNS: readonly ColumnKey[] = [
  "actual",
  "qualifier",
  "stage",
  "note",
  "targetId",
  "indicatorCode",
];

/** Cells the officer fills; every other cell of the data sheet is locked. */
export const INPUT_COLUMNS: readonly ColumnKey[] = ["actual", "note", "qualifier", "stage"];

/** 1-based column number of a key as the writer lays it out. */
export function columnNumber(key: ColumnKey): number {
  return COLUMN_KEYS.indexOf(key) + 1;
}

/** Column letter of a 1-based number: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let letters = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    letters = String.fromCharCode(65 + ((x - 1) % 26)) + letters;
  return letters;
}

export const ROW = {
  title: 1,
  unit: 2,
  plan: 3,
  period: 4,
  instructions: 5,
  header: 7,
  /** The numbering line under the header: (1), (2), … */
  hint: 8,
  firstData: 9,
} as const;

/** The very hidden sheet that says which unit, plan and period the template is for. */
export const META_SHEET = "_chitieu";
export const TEMPLATE_FORMAT = "chitieu-template";
export const TEMPLATE_VERSION = 1;

export const META_KEYS = [
  "format",
  "version",
  "locale",
  "sheet",
  "unitCode",
  "unitName",
  "planId",
  "planKind",
  "planTitle",
  "period",
] as const;
export type MetaKey = (typeof META_KEYS)[number];
