import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { assessPlanFile } from "../app/plan-file.ts";
import { FieldError } from "../domain/field-error.ts";
import type { DisplayLocale } from "../domain/numbers.ts";
import { CliError } from "./cli-error.ts";

export function parseLang(value: string): DisplayLocale {
  if (value !== "vi" && value !== "en") throw new CliError(`--lang: expected vi or en, got "${value}"`, 2);
  return value;
}

/** Reads a JSON file, naming the file and the place of a syntax error. */
export async function readJsonFile(file: string): Promise<unknown> {
  let content: string;
  try {
    content = await readFile(file, "utf8");
  } catch (error) {
    throw new CliError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return JSON.parse(content);
  } catch (error) {
    throw new CliError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

/** Reads and assesses a plan file; a bad file is one line naming the file and the field. */
export async function loadPlanFile(file: string): Promise<ReturnType<typeof assessPlanFile>> {
  const json = await readJsonFile(file);
  // Loaded on use (zod and the domain), as every command's modules: `chitieu --help` need not pay.
  const { assessPlanFile } = await import("../app/plan-file.ts");
  try {
    return assessPlanFile(json);
  } catch (error) {
    if (error instanceof FieldError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

export function registerAssess(program: Command): void {
  program
    .command("assess")
    .argument("[file]", "a plan file: unit, period, indicators, plans, targets, observations (JSON)")
    .option("--lang <lang>", "vi or en", "vi")
    .option("--json", "print the assessment as JSON")
    .option("--schema", "print the JSON Schema of the plan file and exit")
    .description("assess a plan's targets against their observations: % of plan, status, roll-up, mid-term")
    .action(async (file: string | undefined, options: { lang: string; json?: boolean; schema?: boolean }) => {
      const [{ planFileJsonSchema, toDomain }, { buildAssessmentTable, renderTextTable }] = await Promise.all(
        [import("../app/plan-file.ts"), import("../report/assessment-table.ts")],
      );
      if (options.schema) {
        process.stdout.write(`${JSON.stringify(planFileJsonSchema(), null, 2)}\n`);
        return;
      }
      if (!file) throw new CliError("assess: give a plan file (see chitieu assess --schema)", 2);
      const locale = parseLang(options.lang);
      const { file: plan, assessment } = await loadPlanFile(file);
      if (options.json) {
        const reported = plan.reportedRollups;
        process.stdout.write(
          `${JSON.stringify({ unit: plan.unit, ...assessment, reportedRollups: reported }, null, 2)}\n`,
        );
        return;
      }
      const domain = toDomain(plan);
      const table = buildAssessmentTable(
        {
          unitName: locale === "en" ? (plan.unit.nameEn ?? plan.unit.name) : plan.unit.name,
          indicators: domain.indicators,
          targets: domain.targets,
          reportedRollups: plan.reportedRollups,
        },
        assessment,
        locale,
      );
      const parts = [table.title, "", renderTextTable(table.header, table.rows)];
      if (table.termHeader) parts.push("", renderTextTable(table.termHeader, table.termRows));
      parts.push("", ...table.summary);
      process.stdout.write(`${parts.join("\n")}\n`);
    });
}
