import type { Command } from "commander";

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the API (and load the catalogue and the demo into an empty store)")
    .option("--port <port>", "port to listen on (default: PORT, else 3000)")
    .action(async (options: { port?: string }) => {
      // Loaded on use: the server's modules cost time that other commands need not pay.
      const { runServe } = await import("./run-serve.ts");
      await runServe(options);
    });
}
