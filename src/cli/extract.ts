/**
 * `chitieu extract [FILE|-] [--jsonl] [--lang vi|en]`: report text → statements.
 * Whole text: prints {"statements": [...]}. With --jsonl: reads lines {"id", "text"} and prints
 * lines {"id", "statements"}. Errors name the file and line, and exit non-zero.
 */
import type { Command } from "commander";
import type { extractStatements } from "../extract/extract.ts";
import { inputName, type Lang, readInput, readInputLines, readLang } from "./jsonl-input.ts";

/**
 * Reads JSON lines {"id", "text", "locality"?, "period"?} and returns output lines {"id",
 * "statements"}; a line's locality and period fill statements that state none.
 */
function extractJsonLines(
  extract: typeof extractStatements,
  input: string,
  name: string,
  lang: Lang,
): string[] {
  const out: string[] = [];
  for (const line of readInputLines(input, name, lang)) {
    if (line.kind !== "json") continue;
    const { locality, period } = line.fields;
    // Optional "locality" and "period": the source's own context, for statements that state none.
    const defaults = {
      locality: typeof locality === "string" ? locality : null,
      period: typeof period === "string" ? period : null,
    };
    out.push(JSON.stringify({ id: line.id, statements: extract(line.text, defaults).statements }));
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
    .action(async (file: string, options: { jsonl?: boolean; lang: string }) => {
      const lang = readLang(options.lang);
      const name = inputName(file, lang);
      const input = readInput(file, name, lang);
      // Imported here, not at the top: `chitieu --help` and the other commands never load the extractor.
      const { extractStatements } = await import("../extract/extract.ts");
      if (options.jsonl) {
        const lines = extractJsonLines(extractStatements, input, name, lang);
        process.stdout.write(lines.length ? `${lines.join("\n")}\n` : "");
      } else {
        process.stdout.write(`${JSON.stringify(extractStatements(input))}\n`);
      }
    });
}
