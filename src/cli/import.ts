/**
 * `chitieu import FILE`: a filled Excel template (.xlsx) or a CSV of observations (.csv), by the
 * file's extension. Either way everything is checked before anything is written, and the write is
 * one transaction.
 */
import { extname } from "node:path";
import type { Command } from "commander";
import { CliError } from "./cli-error.ts";

export function registerImport(program: Command): void {
  program
    .command("import")
    .description("import a filled Excel template (.xlsx) or observations from a CSV file (.csv)")
    .argument(
      "<file>",
      ".xlsx template, or CSV with a header: indicator,unit,period,stage,value[,qualifier][,recorded_at]",
    )
    .option("--period <period>", ".xlsx: the period, when it differs from the template's")
    .option("--illustrative", ".csv: mark the imported series as illustrative")
    .option("--no-progress", "no progress bar")
    .action(async (file: string, options: { period?: string; illustrative?: boolean; progress: boolean }) => {
      const kind = extname(file).toLowerCase();
      // Each kind's modules (exceljs for .xlsx) load only when a file of that kind comes.
      if (kind === ".xlsx") return (await import("./import-xlsx.ts")).importXlsx(file, options);
      if (kind === ".csv") return (await import("./import-csv.ts")).importCsv(file, options);
      throw new CliError(`${file}: expected a .xlsx template or a .csv file`, 2);
    });
}
