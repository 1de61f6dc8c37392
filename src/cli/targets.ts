/**
 * `chitieu targets parse [FILE|-] [--jsonl] [--lang vi|en]`: target words → target specs.
 * With --jsonl: reads lines {"id", "text", "indicator", "period": {"type", "from", "to"}} and prints
 * lines {"id", "target", "unit", "direction", "horizon"}. Without it: reads one target's words per
 * line (or such JSON lines) and prints each target as a sentence for a person. Errors name the
 * file and line, and exit non-zero.
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { describeTarget } from "../extract/target-describe.ts";
import { parseTargetText } from "../extract/target-text.ts";
import type { ParsedTarget, TargetInput, TargetPeriod } from "../extract/target-types.ts";
import { CliError } from "./cli-error.ts";

type Lang = "vi" | "en";

/** The command's messages, in both languages. */
const MESSAGES = {
  cannotRead: { vi: "không đọc được ({0})", en: "cannot read ({0})" },
  notJson: { vi: "không phải một dòng JSON", en: "not a JSON line" },
  notObject: { vi: 'cần một đối tượng {"id", "text"}', en: 'expected an object {"id", "text"}' },
  textNotString: { vi: 'trường "text" phải là chuỗi', en: 'field "text" must be a string' },
  idNotString: { vi: 'trường "id" phải là chuỗi hoặc số', en: 'field "id" must be a string or a number' },
  badPeriod: {
    vi: 'trường "period" cần {"type": "annual"|"term", "from", "to"}',
    en: 'field "period" must be {"type": "annual"|"term", "from", "to"}',
  },
  badPeriodOption: {
    vi: '--period: cần một năm (2024) hoặc một nhiệm kỳ (2021-2025), nhận "{0}"',
    en: '--period: expected a year (2024) or a term (2021-2025), got "{0}"',
  },
  badLang: { vi: '--lang: cần vi hoặc en, nhận "{0}"', en: '--lang: expected vi or en, got "{0}"' },
  stdin: { vi: "đầu vào chuẩn", en: "standard input" },
} as const;

function say(lang: Lang, key: keyof typeof MESSAGES, arg = ""): string {
  return MESSAGES[key][lang].replace("{0}", arg);
}

function readInput(file: string, name: string, lang: Lang): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`${name}: ${say(lang, "cannotRead", reason)}`);
  }
}

/** "2024" → the plan year 2024; "2021-2025" → the term 2021–2025. */
export function readPeriodOption(written: string, lang: Lang): TargetPeriod {
  const m = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/u.exec(written);
  if (!m) throw new CliError(say(lang, "badPeriodOption", written));
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  if (to < from) throw new CliError(say(lang, "badPeriodOption", written));
  return m[2] ? { type: "term", from, to } : { type: "annual", from, to };
}

function readPeriod(value: unknown, where: string, lang: Lang): TargetPeriod | null {
  if (value === undefined || value === null) return null;
  const p = value as { type?: unknown; from?: unknown; to?: unknown };
  const isYear = (y: unknown) => y === undefined || y === null || Number.isInteger(y);
  if (
    typeof value !== "object" ||
    (p.type !== "annual" && p.type !== "term") ||
    !isYear(p.from) ||
    !isYear(p.to)
  ) {
    throw new CliError(`${where}: ${say(lang, "badPeriod")}`);
  }
  return {
    type: p.type,
    from: (p.from as number | undefined) ?? null,
    to: (p.to as number | undefined) ?? null,
  };
}

interface Row {
  id: string | number | null;
  input: TargetInput;
}

/** Reads the lines: JSON objects always, plain words too when `plain` is allowed. */
export function readTargetLines(
  input: string,
  name: string,
  lang: Lang,
  plain: boolean,
  period: TargetPeriod | null,
): Row[] {
  const rows: Row[] = [];
  const lines = input.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const where = `${name}:${i + 1}`;
    if (plain && !line.trimStart().startsWith("{")) {
      rows.push({ id: i + 1, input: { text: line, period } });
      continue;
    }
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new CliError(`${where}: ${say(lang, "notJson")}`);
    }
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new CliError(`${where}: ${say(lang, "notObject")}`);
    }
    const r = row as { id?: unknown; text?: unknown; indicator?: unknown; period?: unknown };
    if (typeof r.text !== "string") throw new CliError(`${where}: ${say(lang, "textNotString")}`);
    if (r.id !== undefined && typeof r.id !== "string" && typeof r.id !== "number") {
      throw new CliError(`${where}: ${say(lang, "idNotString")}`);
    }
    rows.push({
      id: (r.id as string | number | undefined) ?? null,
      input: {
        text: r.text,
        indicator: typeof r.indicator === "string" ? r.indicator : null,
        period: readPeriod(r.period, where, lang) ?? period,
      },
    });
  }
  return rows;
}

function jsonLine(id: Row["id"], parsed: ParsedTarget): string {
  return JSON.stringify({ id, ...parsed });
}

export function registerTargets(program: Command): void {
  const targets = program.command("targets").description("targets written as text (chỉ tiêu)");
  targets
    .command("parse")
    .argument("[file]", "a file of target lines, or - for standard input", "-")
    .option(
      "--jsonl",
      'read lines {"id","text","indicator","period"}, print lines {"id","target","unit","direction","horizon"}',
    )
    .option("--period <period>", "the plan's year (2024) or term (2021-2025) for lines that give none")
    .option("--lang <lang>", "language of sentences and error messages: vi or en", "vi")
    .description("read target words into a target spec, unit, direction and horizon")
    .action((file: string, options: { jsonl?: boolean; period?: string; lang: string }) => {
      if (options.lang !== "vi" && options.lang !== "en")
        throw new CliError(say("en", "badLang", options.lang));
      const lang: Lang = options.lang;
      const period = options.period ? readPeriodOption(options.period, lang) : null;
      const name = file === "-" ? say(lang, "stdin") : file;
      const rows = readTargetLines(readInput(file, name, lang), name, lang, !options.jsonl, period);
      const out = rows.map(({ id, input }) => {
        const parsed = parseTargetText(input);
        return options.jsonl ? jsonLine(id, parsed) : `${id ?? "-"}: ${describeTarget(parsed, lang)}`;
      });
      process.stdout.write(out.length ? `${out.join("\n")}\n` : "");
    });
}
