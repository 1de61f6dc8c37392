/**
 * `chitieu extract [FILE|-] [--jsonl] [--lang vi|en]`: report text → statements.
 * Whole text: prints {"statements": [...]}. With --jsonl: reads lines {"id", "text"} and prints
 * lines {"id", "statements"}. Errors name the file and line, and exit non-zero.
 */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { extractStatements } from "../extract/extract.ts";
import { CliError } from "./cli-error.ts";

function readInput(file: string): string {
  const name = file === "-" ? "standard input" : file;
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`${name}: cannot read (${reason})`);
  }
}

/** Reads JSON lines {"id", "text"} and returns output lines {"id", "statements"}. */
export function extractJsonLines(input: string, name: string): string[] {
  const out: string[] = [];
  const lines = input.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new CliError(`${name}:${i + 1}: not a JSON line`);
    }
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new CliError(`${name}:${i + 1}: expected an object {"id", "text"}`);
    }
    const { id, text } = row as { id?: unknown; text?: unknown };
    if (typeof text !== "string") throw new CliError(`${name}:${i + 1}: field "text" must be a string`);
    if (id !== undefined && typeof id !== "string" && typeof id !== "number") {
      throw new CliError(`${name}:${i + 1}: field "id" must be a string or a number`);
    }
    out.push(JSON.stringify({ id: id ?? null, statements: extractStatements(text).statements }));
  }
  return out;
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .argument("[file]", "a text file, or - for standard input", "-")
    .option("--jsonl", 'read lines {"id","text"}, print lines {"id","statements"}')
    .option("--lang <lang>", "language of messages: vi or en", "vi")
    .description("read indicator statements out of Vietnamese report text")
    .action((file: string, options: { jsonl?: boolean; lang: string }) => {
      if (options.lang !== "vi" && options.lang !== "en") {
        throw new CliError(`--lang: expected vi or en, got "${options.lang}"`);
      }
      const name = file === "-" ? "standard input" : file;
      const input = readInput(file);
      if (options.jsonl) {
        const lines = extractJsonLines(input, name);
        process.stdout.write(lines.length ? `${lines.join("\n")}\n` : "");
      } else {
        process.stdout.write(`${JSON.stringify(extractStatements(input))}\n`);
      }
    });
}
