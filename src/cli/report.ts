import type { Command } from "commander";
import { reportInputFromPlanFile } from "../app/report-input.ts";
import { draftReport, renderReportText } from "../report/narrative.ts";
import { renderReportHtml } from "../report/report-html.ts";
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

export function registerReport(program: Command): void {
  program
    .command("report")
    .requiredOption("--file <file>", "a plan file (see chitieu assess --schema)")
    .option("--lang <lang>", "vi or en", "vi")
    .option("--format <format>", "text, json or html", "text")
    .description("draft the report of a unit and period: an article in the seeds' shape, from the data")
    .action(async (options: { file: string; lang: string; format: string }) => {
      const locale = parseLang(options.lang);
      const format = parseFormat(options.format);
      const result = await loadPlanFile(options.file);
      const input = reportInputFromPlanFile(result.file, result.assessment);
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
