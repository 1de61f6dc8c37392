/**
 * `chitieu targets parse [FILE|-] [--jsonl] [--lang vi|en]`: target words → target specs.
 * With --jsonl: reads lines {"id", "text", "indicator", "period": {"type", "from", "to"}} and prints
 * lines {"id", "target", "unit", "direction", "horizon"}. Without it: reads one target's words per
 * line (or such JSON lines) and prints each target as a sentence for a person. Errors name the
 * file and line, and exit non-zero.
 */
import type { Command } from "commander";
import type { ParsedTarget, TargetInput, TargetPeriod } from "../extract/target-types.ts";
import { CliError } from "./cli-error.ts";
import { inputName, type Lang, readInput, readInputLines, readLang } from "./jsonl-input.ts";

/** The command's messages, in both languages. */
const MESSAGES = {
  badPeriod: {
    vi: 'trường "period" cần {"type": "annual"|"term", "from", "to"}',
    en: 'field "period" must be {"type": "annual"|"term", "from", "to"}',
  },
  badPeriodOption: {
    vi: '--period: cần một năm (2024) hoặc một nhiệm kỳ (2021-2025), nhận "{0}"',
    en: '--period: expected a year (2024) or a term (2021-2025), got "{0}"',
  },
} as const;

function say(lang: Lang, key: keyof typeof MESSAGES, arg = ""): string {
  return MESSAGES[key][lang].replace("{0}", arg);
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
  for (const line of readInputLines(input, name, lang, plain)) {
    if (line.kind === "plain") {
      rows.push({ id: line.number, input: { text: line.text, period } });
      continue;
    }
    const { indicator } = line.fields;
    rows.push({
      id: line.id,
      input: {
        text: line.text,
        indicator: typeof indicator === "string" ? indicator : null,
        period: readPeriod(line.fields.period, line.where, lang) ?? period,
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
    .action(async (file: string, options: { jsonl?: boolean; period?: string; lang: string }) => {
      const lang = readLang(options.lang);
      const period = options.period ? readPeriodOption(options.period, lang) : null;
      const name = inputName(file, lang);
      const rows = readTargetLines(readInput(file, name, lang), name, lang, !options.jsonl, period);
      // Imported here, not at the top: `chitieu --help` and the other commands never load them.
      const [{ describeTarget }, { parseTargetText }] = await Promise.all([
        import("../extract/target-describe.ts"),
        import("../extract/target-text.ts"),
      ]);
      const out = rows.map(({ id, input }) => {
        const parsed = parseTargetText(input);
        return options.jsonl ? jsonLine(id, parsed) : `${id ?? "-"}: ${describeTarget(parsed, lang)}`;
      });
      process.stdout.write(out.length ? `${out.join("\n")}\n` : "");
    });
}
