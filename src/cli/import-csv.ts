/**
 * `chitieu import FILE.csv`: observations streamed from a CSV, checked line by line, written in one
 * transaction (COPY), with a progress bar.
 */
import { createReadStream, statSync } from "node:fs";
import { AppError } from "../app/errors.ts";
import { CliError } from "./cli-error.ts";
import { openConfiguredStore } from "./open-store.ts";

export async function importCsv(
  file: string,
  options: { illustrative?: boolean | undefined; progress: boolean },
): Promise<void> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new CliError(`${file}: no such file`);
  }
  const [{ importObservations, ImportError }, { default: cliProgress }] = await Promise.all([
    import("../app/import-observations.ts"),
    import("cli-progress"),
  ]);
  const showBar = options.progress && process.stderr.isTTY === true;
  const bar = new cliProgress.SingleBar(
    { format: "import |{bar}| {percentage}% {rows} rows, {rate} rows/s", stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  if (showBar) bar.start(size, 0, { rows: 0, rate: 0 });
  const store = await openConfiguredStore(`import ${file}`);
  try {
    const result = await importObservations(store, createReadStream(file), {
      name: file,
      actor: "cli",
      illustrative: options.illustrative ?? false,
      onProgress: (bytes, rows) => {
        if (showBar) {
          const rate = Math.round(rows / ((performance.now() - started) / 1000));
          bar.update(bytes, { rows, rate });
        }
      },
    });
    if (showBar) bar.stop();
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `imported ${result.rows} rows (${result.series} series opened or extended, ${result.revisions} revisions) ` +
        `in ${seconds.toFixed(1)} s into ${store.location}, source ${result.sourceId}\n`,
    );
  } catch (error) {
    if (showBar) bar.stop();
    if (error instanceof ImportError) {
      for (const e of error.errors) process.stderr.write(`${file}:${e.line}: ${e.field}: ${e.message}\n`);
      if (error.total > error.errors.length)
        process.stderr.write(`… and ${error.total - error.errors.length} more\n`);
      throw new CliError(`${file}: ${error.message}`);
    }
    // A refusal of the store's rules (a locked period): its message names the file and the places.
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  } finally {
    await store.close();
  }
}
