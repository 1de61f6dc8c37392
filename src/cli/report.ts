import type { Command } from "commander";
import type { ReportInput } from "../report/narrative.ts";
import { loadPlanFile, parseLang } from "./assess.ts";
import { CliError } from "./cli-error.ts";

const FORMATS = ["text", "json", "html"] as const;
type Format = (typeof FORMATS)[number];

function parseFormat(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw new CliError(`--format: expected text, json or html, got "${value}"`, 2);
  }
  return value as Format;
}

interface ReportOptions {
  file?: string;
  unit?: string;
  period?: string;
  at?: string;
  lang: string;
  format: string;
}

/** The report's input from the store: filled with the catalogue and the demo first when empty. */
async function inputFromStore(
  options: ReportOptions & { unit: string; period: string },
): Promise<ReportInput> {
  const { openConfiguredStore } = await import("./open-store.ts");
  const store = await openConfiguredStore("report");
  try {
    const [{ prepareStore }, catalogueFile, demo, { reportInputFromStore }, { publicView }] =
      await Promise.all([
        import("../app/prepare-store.ts"),
        import("../db/catalogue-file.ts"),
        import("../demo/load-demo.ts"),
        import("../app/report-input.ts"),
        import("../app/visibility.ts"),
      ]);
    await prepareStore(store.db, {
      catalogue: () => catalogueFile.readCatalogueFile(catalogueFile.CATALOGUE_FILE),
      catalogueSource: "data/admin-units.json",
      loadDemo: (db) => demo.loadDemo(db, { actor: "cli" }),
      log: (message) => process.stderr.write(`${message}\n`),
    });
    // The drafted report is for publishing: what the public may see, drafts left out.
    const result = await reportInputFromStore(store.db, publicView(store.db), {
      unit: options.unit,
      period: options.period,
      ...(options.at ? { at: options.at } : {}),
    }).catch((error: Error) => {
      throw new CliError(error.message);
    });
    return result.input;
  } finally {
    await store.close();
  }
}

export function registerReport(program: Command): void {
  program
    .command("report")
    .option("--file <file>", "a plan file (see chitieu assess --schema)")
    .option("--unit <code>", "a unit's code, read at the period (with --period): from the store")
    .option("--period <period>", 'the period: "2023", or a term "2020-2025"')
    .option("--at <date>", "date of a mid-term review (YYYY-MM-DD)")
    .option("--lang <lang>", "vi or en", "vi")
    .option("--format <format>", "text, json or html", "text")
    .description(
      "draft the report of a unit and period: an article in the seeds' shape, from a plan file or the store",
    )
    .action(async (options: ReportOptions) => {
      const locale = parseLang(options.lang);
      const format = parseFormat(options.format);
      // Loaded on use, as every command's modules: `chitieu --help` need not pay for them.
      const [{ reportInputFromPlanFile }, { draftReport, renderReportText }, { renderReportHtml }] =
        await Promise.all([
          import("../app/report-input.ts"),
          import("../report/narrative.ts"),
          import("../report/report-html.ts"),
        ]);
      let input: ReportInput;
      if (options.file) {
        if (options.unit || options.period)
          throw new CliError("--file: give a file, or --unit and --period", 2);
        const result = await loadPlanFile(options.file);
        input = reportInputFromPlanFile(result.file, result.assessment);
      } else if (options.unit && options.period) {
        input = await inputFromStore({ ...options, unit: options.unit, period: options.period });
      } else {
        throw new CliError("--unit and --period (from the store), or --file (a plan file)", 2);
      }
      const report = draftReport(input, locale);
      const output =
        format === "json"
          ? `${JSON.stringify(report, null, 2)}\n`
          : format === "html"
            ? renderReportHtml(report, input.publishedAt)
            : renderReportText(report);
      process.stdout.write(output);
    });
}
