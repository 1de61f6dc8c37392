/**
 * `chitieu import FILE.csv`: observations in bulk, streamed, in one transaction. Each line is
 * checked as it is read (indicator, unit, period, stage, value, qualifier, date); valid lines go
 * straight to the staging table. When any line is wrong, nothing is written and the errors are
 * returned by line; otherwise the series and revisions are added in two set-based statements.
 *
 * Columns (a header names them, in any order): indicator, unit (a code, read at the period, or
 * an id), period, stage (estimate | preliminary | official), value (a number, or true/false for a
 * yes/no indicator), and optionally qualifier (default exact) and recorded_at (ISO date-time).
 * Rows of the same indicator × unit × period × stage are successive revisions, in file order.
 */

import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { Store } from "../db/connect.ts";
import {
  applyStaging,
  auditImport,
  copyStaging,
  createStaging,
  insertImportSource,
  readReferenceData,
  type StagingRow,
} from "../db/observation-import.ts";
import { isIsoDateTime } from "../domain/dates.ts";
import { OBSERVATION_STAGES, QUALIFIERS } from "../domain/types.ts";
import { isPeriod, periodBounds } from "./periods.ts";
import { checkBulkPeriodsOpen } from "./write-value.ts";

export interface LineError {
  line: number;
  field: string;
  message: string;
}

export class ImportError extends Error {
  override readonly name = "ImportError";
  constructor(
    readonly errors: LineError[],
    /** Errors found in all, of which `errors` holds the first ones. */
    readonly total: number,
  ) {
    super(`${total} invalid line${total === 1 ? "" : "s"}; nothing was imported`);
  }
}

export interface ImportOptions {
  /** The name the source record and the errors give the input (a file name). */
  name: string;
  actor: string;
  illustrative?: boolean;
  /** Called as bytes are read, for a progress bar. */
  onProgress?: (bytesRead: number, rowsRead: number) => void;
  /** How many line errors to keep (all are counted). */
  maxErrors?: number;
}

export interface ImportResult {
  sourceId: string;
  rows: number;
  series: number;
  revisions: number;
}

const REQUIRED = ["indicator", "unit", "period", "stage", "value"] as const;
const OPTIONAL = ["qualifier", "recorded_at"] as const;
const STAGES = new Set<string>(OBSERVATION_STAGES);
const QUALIFIER_SET = new Set<string>(QUALIFIERS);

/** One CSV line's fields (RFC 4180 quoting, on a single line). */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(",");
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else field += c;
  }
  fields.push(field);
  return fields;
}

type UnitRef = { id: string; from: string; to: string };

export async function importObservations(
  store: Store,
  input: Readable,
  options: ImportOptions,
): Promise<ImportResult> {
  const maxErrors = options.maxErrors ?? 50;
  const session = await store.openBulk();
  try {
    const reference = await readReferenceData(session);
    const directions = new Map(reference.indicators.map((i) => [i.code, i.direction]));
    const unitIds = new Set(reference.units.map((u) => u.id));
    const unitsByCode = new Map<string, UnitRef[]>();
    for (const u of reference.units) {
      const list = unitsByCode.get(u.code) ?? [];
      list.push({ id: u.id, from: u.valid_from ?? "0000-01-01", to: u.valid_to ?? "9999-12-31" });
      unitsByCode.set(u.code, list);
    }
    const periods = new Map<string, { start: string; end: string } | null>();
    const boundsOf = (code: string) => {
      let b = periods.get(code);
      if (b === undefined) {
        b = isPeriod(code) ? periodBounds(code) : null;
        periods.set(code, b);
      }
      return b;
    };
    const resolved = new Map<string, string | null>();
    const unitFor = (ref: string, period: string, bounds: { start: string; end: string }) => {
      if (ref.includes("@")) return unitIds.has(ref) ? ref : null;
      const key = `${ref}\t${period}`;
      let id = resolved.get(key);
      if (id === undefined) {
        const list = unitsByCode.get(ref) ?? [];
        const at = (d: string) => list.find((u) => u.from <= d && d <= u.to);
        id = (at(bounds.start) ?? at(bounds.end))?.id ?? null;
        resolved.set(key, id);
      }
      return id;
    };

    const errors: LineError[] = [];
    let errorCount = 0;
    const fail = (line: number, field: string, message: string) => {
      errorCount += 1;
      if (errors.length < maxErrors) errors.push({ line, field, message });
    };

    let bytes = 0;
    let rowsRead = 0;

    async function* rows(): AsyncGenerator<StagingRow> {
      // The input starts flowing here, when the staging table is ready for its rows: lines read
      // before anyone iterates would be lost.
      input.on("data", (chunk: Buffer | string) => {
        bytes += chunk.length;
      });
      const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
      let lineNo = 0;
      let lastGoodDate: string | undefined;
      let col: Record<string, number> | undefined;
      let width = 0;
      for await (const raw of lines) {
        lineNo += 1;
        const text = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw;
        if (text.trim() === "") continue;
        const fields = splitCsvLine(text);
        if (!col) {
          const names = fields.map((f) => f.trim().toLowerCase());
          col = {};
          for (const name of [...REQUIRED, ...OPTIONAL]) {
            const at = names.indexOf(name);
            if (at >= 0) col[name] = at;
            else if ((REQUIRED as readonly string[]).includes(name))
              fail(1, name, `the header has no column ${name}`);
          }
          width = names.length;
          if (errorCount > 0) return;
          continue;
        }
        rowsRead += 1;
        if (rowsRead % 10_000 === 0) options.onProgress?.(bytes, rowsRead);
        if (fields.length !== width) {
          fail(lineNo, "line", `${fields.length} fields where the header has ${width}`);
          continue;
        }
        const get = (name: string) => {
          const at = col![name];
          return at === undefined ? "" : fields[at]!.trim();
        };
        const indicator = get("indicator");
        const direction = directions.get(indicator);
        if (!direction) {
          fail(lineNo, "indicator", `no indicator ${JSON.stringify(indicator)}`);
          continue;
        }
        const period = get("period");
        const bounds = boundsOf(period);
        if (!bounds) {
          fail(lineNo, "period", `not a period: ${JSON.stringify(period)}`);
          continue;
        }
        const unitRef = get("unit");
        const unitId = unitFor(unitRef, period, bounds);
        if (!unitId) {
          fail(lineNo, "unit", `no unit ${JSON.stringify(unitRef)} valid in ${period}`);
          continue;
        }
        const stage = get("stage");
        if (!STAGES.has(stage)) {
          fail(lineNo, "stage", `must be one of ${OBSERVATION_STAGES.join(", ")}`);
          continue;
        }
        const valueText = get("value");
        let valueNumber: number | null = null;
        let valueBoolean: boolean | null = null;
        if (direction === "boolean") {
          if (valueText !== "true" && valueText !== "false") {
            fail(lineNo, "value", `${indicator} is yes/no: give true or false`);
            continue;
          }
          valueBoolean = valueText === "true";
        } else {
          valueNumber = valueText === "" ? Number.NaN : Number(valueText);
          if (!Number.isFinite(valueNumber)) {
            fail(lineNo, "value", `not a number: ${JSON.stringify(valueText)}`);
            continue;
          }
        }
        const qualifier = get("qualifier") || "exact";
        if (!QUALIFIER_SET.has(qualifier)) {
          fail(lineNo, "qualifier", `must be one of ${QUALIFIERS.join(", ")}`);
          continue;
        }
        const recordedAt = get("recorded_at") || null;
        // Files repeat the same few dates: the last one checked is not checked again.
        if (recordedAt !== null && recordedAt !== lastGoodDate && isIsoDateTime(recordedAt))
          lastGoodDate = recordedAt;
        if (recordedAt !== null && recordedAt !== lastGoodDate) {
          fail(lineNo, "recorded_at", `not an ISO date-time: ${JSON.stringify(recordedAt)}`);
          continue;
        }
        // After the first error, lines are still checked, but nothing more is sent to the store.
        if (errorCount > 0) continue;
        yield [lineNo, indicator, unitId, period, stage, valueNumber, valueBoolean, qualifier, recordedAt];
      }
      if (!col) fail(1, "header", "the file is empty: a header line is needed");
    }

    await createStaging(session);
    await copyStaging(session, rows());
    options.onProgress?.(bytes, rowsRead);
    if (errorCount > 0) throw new ImportError(errors, errorCount);
    // The one write path's period lock, for the whole file at once: refused whole, naming each
    // locked unit and period (write-value.ts).
    await checkBulkPeriodsOpen(session, options.name);

    const uuid = randomUUID();
    const sourceId = `import-${uuid}`;
    const illustrative = options.illustrative ?? false;
    await insertImportSource(session, {
      id: sourceId,
      title: options.name,
      note: `${rowsRead} rows imported by ${options.actor}`,
      illustrative,
    });
    const outcome = await applyStaging(session, {
      sourceId,
      actor: options.actor,
      illustrative,
      idPrefix: `i-${uuid.slice(0, 8)}-`,
    });
    await auditImport(session, {
      actor: options.actor,
      sourceId,
      after: { file: options.name, rows: rowsRead, ...outcome },
    });
    await session.commit();
    return { sourceId, rows: rowsRead, ...outcome };
  } catch (error) {
    await session.rollback();
    // applyStaging opens new series without ON CONFLICT (see there): a writer that opened one of
    // them meanwhile wins, and this import is refused whole.
    if ((error as { constraint?: string }).constraint === "observation_series_key")
      throw new Error(
        `${options.name}: another writer opened one of the file's series during the import; nothing was imported: import the file again`,
      );
    throw error;
  }
}
