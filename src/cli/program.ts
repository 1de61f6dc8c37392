/**
 * The `chitieu` command. Each subcommand lives in its own module and registers itself on the
 * program; errors leave as one line naming the file, row or field, with a non-zero exit code.
 */
import { Command, CommanderError } from "commander";
import { registerAssess } from "./assess.ts";
import { registerBackup } from "./backup.ts";
import { CliError } from "./cli-error.ts";
import { registerDemo } from "./demo.ts";
import { registerExtract } from "./extract.ts";
import { registerImport } from "./import.ts";
import { registerReport } from "./report.ts";
import { registerServe } from "./serve.ts";
import { registerTargets } from "./targets.ts";
import { registerUnits } from "./units.ts";
import { registerUnitsOfMeasure } from "./units-of-measure.ts";
import { registerUsers } from "./users.ts";

export function buildProgram(): Command {
  const program = new Command("chitieu")
    .description("Socio-economic targets (chỉ tiêu KT-XH): plans, results, assessment, publishing")
    .version("0.1.0")
    .showHelpAfterError(false)
    .exitOverride();
  registerAssess(program);
  registerUnits(program);
  registerUnitsOfMeasure(program);
  registerServe(program);
  registerReport(program);
  registerExtract(program);
  registerUsers(program);
  registerImport(program);
  registerDemo(program);
  registerBackup(program);
  registerTargets(program);
  return program;
}

export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode;
    }
    if (error instanceof CliError) {
      process.stderr.write(`chitieu: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`chitieu: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
