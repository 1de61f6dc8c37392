/** The load run's figures as a short markdown table (bench/load-results.md). */
import type { ClassFigures, LoadResult } from "./load-run.ts";

const row = (cells: unknown[]) => `| ${cells.join(" | ")} |`;

function classRow(name: string, f: ClassFigures): string {
  return row([
    name,
    f.connections,
    f.paths,
    f.requests,
    f.requestsPerSecond,
    `${f.latencyMs.p50} / ${f.latencyMs.p97_5} / ${f.latencyMs.p99} / ${f.latencyMs.max}`,
    f.errors,
    f.timeouts,
    f.badStatuses,
  ]);
}

export function loadMarkdown(r: LoadResult, problems: string[]): string {
  const committed = r.imports.filter((i) => i.committed).length;
  const within = r.imports.filter((i) => i.withinWindow).length;
  const durations = r.imports.map((i) => i.seconds);
  return [
    `## chitieu load run, ${r.engine}, ${r.connections} connections × ${r.seconds} s, ${r.date.slice(0, 10)}`,
    "",
    `${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node}; load average before ${r.machine.loadAverageBefore.join(" ")}, ` +
      `after ${r.machine.loadAverageAfter.join(" ")} (the client, the server, PostgreSQL and the imports share these cores).`,
    "",
    row([
      "class",
      "connections",
      "paths",
      "requests",
      "req/s",
      "p50 / p97.5 / p99 / max (ms)",
      "errors",
      "timeouts",
      "not 2xx/3xx",
    ]),
    row(["---", "---", "---", "---", "---", "---", "---", "---", "---"]),
    classRow("public pages (vi, en)", r.pages),
    classRow("API reads", r.api),
    row([
      "**total**",
      r.connections,
      r.pages.paths + r.api.paths,
      r.total.requests,
      r.total.requestsPerSecond,
      "",
      r.total.errors,
      r.total.timeouts,
      r.total.badStatuses,
    ]),
    "",
    `Imports during the window: ${r.imports.length} (${within} finished inside it), ${committed} committed, ` +
      `${r.importRows} rows each (national demo, scale ${r.scale}); durations ${durations.join(", ")} s. ` +
      `Server peak RSS ${r.server.peakRssMiB ?? "unknown"} MiB. A request counts as timed out after ${r.timeoutSeconds} s.`,
    "",
    problems.length === 0
      ? "No problem: 0 errors, every import committed."
      : `Problems:\n\n${problems.map((p) => `- ${p}`).join("\n")}`,
    "",
  ].join("\n");
}
