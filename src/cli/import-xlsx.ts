/**
 * `chitieu import FILE.xlsx`: a filled template into the store, as the workspace upload does:
 * every cell checked first (each error naming sheet, row and column), nothing written when any
 * is wrong, then every value in one transaction, with a progress bar.
 */
import { readFileSync, statSync } from "node:fs";
import { SingleBar } from "cli-progress";
import { AppError } from "../app/errors.ts";
import { importTemplate, templateTarget } from "../app/xlsx-exchange.ts";
import { CliError } from "./cli-error.ts";
import { openConfiguredStore } from "./open-store.ts";

const MAX_FILE = 20 * 1024 * 1024;

export async function importXlsx(
  file: string,
  options: { period?: string | undefined; progress: boolean },
): Promise<void> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new CliError(`${file}: no such file`);
  }
  if (size > MAX_FILE) throw new CliError(`${file}: ${size} bytes, above the ${MAX_FILE}-byte limit`);
  const buffer = readFileSync(file);
  const target = await templateTarget(buffer);
  if ("error" in target) throw new CliError(`${file}: ${target.error}`);
  const store = await openConfiguredStore("import");
  const bar = new SingleBar({
    format: "{bar} {value}/{total} values",
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 1000,
    hideCursor: true,
  });
  try {
    let started = false;
    const result = await importTemplate(
      store.db,
      buffer,
      { planId: target.planId, period: options.period ?? target.period },
      { actor: "cli:import", reason: `import of ${file}` },
      (done, total) => {
        if (!options.progress) return;
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
    );
    if (started) bar.stop();
    if (result.errors.length > 0) {
      for (const e of result.errors) process.stderr.write(`${file}: ${e.message}\n`);
      throw new CliError(`${file}: ${result.errors.length} error(s); nothing was written`);
    }
    process.stdout.write(
      `${file}: ${result.values} value(s) read, ${result.written} written into ${store.location}\n`,
    );
  } catch (error) {
    bar.stop();
    if (error instanceof AppError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  } finally {
    await store.close();
  }
}
