/**
 * Input shared by the commands that read text line by line (`chitieu extract`, `chitieu targets
 * parse`): the file or standard input, the --lang option, and JSON lines {"id", "text", …} checked
 * one by one, each error naming the file and line.
 */
import { readFileSync } from "node:fs";
import { CliError } from "./cli-error.ts";

/** The language of error messages (and, for some commands, of output). */
export type Lang = "vi" | "en";

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

/** The --lang option; a wrong one is refused in English, as no language is known yet. */
export function readLang(option: string): Lang {
  if (option !== "vi" && option !== "en") throw new CliError(say("en", "badLang", option));
  return option;
}

/** How errors name the input: the file's path, or "standard input" for -. */
export function inputName(file: string, lang: Lang): string {
  return file === "-" ? say(lang, "stdin") : file;
}

/** The whole input as text; a file that cannot be read is an error naming it and why. */
export function readInput(file: string, name: string, lang: Lang): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`${name}: ${say(lang, "cannotRead", reason)}`);
  }
}

/** One non-blank input line: a JSON object with a string "text", or plain words when allowed. */
export type InputLine =
  | { kind: "plain"; number: number; text: string }
  | {
      kind: "json";
      number: number;
      /** "file:line", for errors about the line's other fields. */
      where: string;
      id: string | number | null;
      text: string;
      /** The whole object, for the fields each command reads itself. */
      fields: Record<string, unknown>;
    };

/**
 * Splits the input into lines, skipping blank ones. A line not starting with "{" is plain words
 * when `plain` is allowed; otherwise it must be a JSON object with a string "text" and an optional
 * string or number "id", or the error names the file and line. Lazily, so that a command's own
 * checks on line n come before the shared checks on line n + 1, as when each read its own.
 */
export function* readInputLines(
  input: string,
  name: string,
  lang: Lang,
  plain = false,
): Generator<InputLine> {
  const lines = input.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const number = i + 1;
    if (plain && !line.trimStart().startsWith("{")) {
      yield { kind: "plain", number, text: line };
      continue;
    }
    const where = `${name}:${number}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new CliError(`${where}: ${say(lang, "notJson")}`);
    }
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new CliError(`${where}: ${say(lang, "notObject")}`);
    }
    const fields = row as Record<string, unknown>;
    const { id, text } = fields;
    if (typeof text !== "string") throw new CliError(`${where}: ${say(lang, "textNotString")}`);
    if (id !== undefined && typeof id !== "string" && typeof id !== "number") {
      throw new CliError(`${where}: ${say(lang, "idNotString")}`);
    }
    yield { kind: "json", number, where, id: (id as string | number | undefined) ?? null, text, fields };
  }
}
