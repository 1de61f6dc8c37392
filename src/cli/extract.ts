/**
 * `chitieu extract [FILE|-] [--jsonl] [--lang vi|en]`: report text → statements.
 * Whole text: prints {"statements": [...]}. With --jsonl: reads lines {"id", "text"} and prints
 * lines {"id", "statements"}. Errors name the file and line, and exit non-zero.
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { extractStatements } from "../extract/extract.ts";
import { CliError } from "./cli-error.ts";

type Lang = "vi" | "en";

/** The command's messages, in both languages. */
const MESSAGES = {
  cannotRead: { vi: "không đọc được ({0})", en: "cannot read ({0})" },
  notJson: { vi: "không phải một dòng JSON", en: "not a JSON line" },
  notObject: { vi: 'cần một đối tượng {"id", "text"}', en: 'expected an object {"id", "text"}' },
  textNotString: { vi: 'trường "text" phải là chuỗi', en: 'field "text" must be a string' },
  idNotString: { vi: 'trường "id" phải là chuỗi hoặc số', en: 'field "id" must be a string or a number' },
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

/**
 * Reads JSON lines {"id", "text", "locality"?, "period"?} and returns output lines {"id",
 * "statements"}; a line's locality and period fill statements that state none.
 */
export function extractJsonLines(input: string, name: string, lang: Lang = "en"): string[] {
  const out: string[] = [];
  const lines = input.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const where = `${name}:${i + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new CliError(`${where}: ${say(lang, "notJson")}`);
    }
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new CliError(`${where}: ${say(lang, "notObject")}`);
    }
    const { id, text, locality, period } = row as {
      id?: unknown;
      text?: unknown;
      locality?: unknown;
      period?: unknown;
    };
    if (typeof text !== "string") throw new CliError(`${where}: ${say(lang, "textNotString")}`);
    if (id !== undefined && typeof id !== "string" && typeof id !== "number") {
      throw new CliError(`${where}: ${say(lang, "idNotString")}`);
    }
    // Optional "locality" and "period": the source's own context, for statements that state none.
    const defaults = {
      locality: typeof locality === "string" ? locality : null,
      period: typeof period === "string" ? period : null,
    };
    out.push(JSON.stringify({ id: id ?? null, statements: extractStatements(text, defaults).statements }));
  }
  return out;
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .argument("[file]", "a text file, or - for standard input", "-")
    .option("--jsonl", 'read lines {"id","text"}, print lines {"id","statements"}')
    .option("--lang <lang>", "language of error messages: vi or en", "vi")
    .description("read indicator statements out of Vietnamese report text")
    .action((file: string, options: { jsonl?: boolean; lang: string }) => {
      if (options.lang !== "vi" && options.lang !== "en")
        throw new CliError(say("en", "badLang", options.lang));
      const lang: Lang = options.lang;
      const name = file === "-" ? say(lang, "stdin") : file;
      const input = readInput(file, name, lang);
      if (options.jsonl) {
        const lines = extractJsonLines(input, name, lang);
        process.stdout.write(lines.length ? `${lines.join("\n")}\n` : "");
      } else {
        process.stdout.write(`${JSON.stringify(extractStatements(input))}\n`);
      }
    });
}
