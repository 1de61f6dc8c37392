import type { Command } from "commander";

export function registerAssess(program: Command): void {
  program
    .command("assess")
    .argument("<file>", "a plan with targets and observations (JSON)")
    .option("--lang <lang>", "vi or en", "vi")
    .option("--json", "print JSON instead of a table")
    .description("assess a plan's targets against their observations")
    .action(() => {
      throw new Error("not yet");
    });
}
