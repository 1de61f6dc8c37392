/**
 * Text written into a spreadsheet cell (the CSV and XLSX downloads, the entry template), made
 * inert against formula injection: a spreadsheet program reads a cell that starts with `=`, `+`,
 * `-` or `@` (or a tab or carriage return before one) as a formula, and a formula can fetch
 * addresses or, through DDE, start programs on the reader's machine. Such text gets a leading
 * apostrophe, the spreadsheet's own "this is text" mark (OWASP's advice).
 *
 * A plain number in the page's notation ("-2,5", "+3.2%", "-1.234") is left alone: it cannot call
 * anything, and a reader expects it to stay a number. Only the text of a cell is ever changed;
 * cells written as numbers are never passed here.
 */

/** What a spreadsheet program may take for the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A signed number, with group and decimal separators of either notation, and an optional %. */
const PLAIN_NUMBER = /^[+-]?\d[\d.,\u00a0\u202f ]*%?$/;

/**
 * Whether the text gets an apostrophe: it starts like a formula, after any apostrophes already
 * there (so that "'=x" typed by someone reads back as typed, see restoreNeutralised).
 */
function needsMark(text: string): boolean {
  const core = text.replace(/^'+/, "");
  return FORMULA_START.test(core) && !PLAIN_NUMBER.test(core);
}

/** The text as a cell may hold it: prefixed with `'` when it could be read as a formula. */
export function neutraliseFormula(text: string): string {
  return needsMark(text) ? `'${text}` : text;
}

/**
 * The exact inverse, for text read back from a file we wrote (the entry template): drops the
 * apostrophe neutraliseFormula added, and only that one.
 */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && needsMark(text.slice(1)) ? text.slice(1) : text;
}
