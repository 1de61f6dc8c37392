/**
 * The real `chitieu` command as the benches and the load test run it: a one-off command (import,
 * demo) timed to its exit, and `chitieu serve` as a child process, waited for until it answers,
 * stopped with SIGTERM. Shared so that every bench measures the same thing the same way.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");

export interface CommandResult {
  code: number;
  seconds: number;
  stdout: string;
  stderr: string;
}

/**
 * `node bin/chitieu.js ARGS` with `env` over the process's environment (LOG_LEVEL warn by
 * default); resolves when it exits, whatever the code. `echo` copies its output to this process's.
 */
export function runChitieu(
  args: string[],
  env: Record<string, string> = {},
  echo = false,
): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/chitieu.js", ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: "warn", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      if (echo) process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
      if (echo) process.stderr.write(chunk);
    });
    child.once("error", reject);
    child.once("close", (code) =>
      resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000, stdout, stderr }),
    );
  });
}

/** Like runChitieu, but a non-zero exit is an error naming the command and what it said. */
export async function runChitieuOrFail(
  args: string[],
  env: Record<string, string> = {},
  echo = false,
): Promise<CommandResult> {
  const result = await runChitieu(args, env, echo);
  if (result.code !== 0) {
    throw new Error(`chitieu ${args.join(" ")} exited ${result.code}: ${result.stderr.slice(-2000)}`);
  }
  return result;
}

/** A port nothing listens on now (the kernel's choice), for a server started right after. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Polls `url` until it answers 2xx; fails early when `child` exits, and after `timeoutMs`. */
export async function waitForAnswer(
  url: string,
  child: ChildProcess,
  timeoutMs = 120_000,
  pollMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited ${child.exitCode} before answering`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Peak resident memory of a live process (VmHWM), in bytes; null where /proc is not there. */
export function peakRssBytes(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export interface ServeProcess {
  readonly child: ChildProcess;
  readonly port: number;
  readonly origin: string;
  /** What the server wrote (stdout and stderr, pino's JSON lines), the last 1 MiB. */
  output(): string;
  /** SIGTERM, then waits for the exit (SIGKILL after 15 s). */
  stop(): Promise<void>;
}

/**
 * Starts `chitieu serve` on a free port with `env`, and resolves once /api/v1/health answers
 * (asked every `pollMs`: a bench that times the start asks often).
 */
export async function startServe(
  env: Record<string, string>,
  timeoutMs = 120_000,
  pollMs = 100,
): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ["bin/chitieu.js", "serve", "--port", String(port)], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk).slice(-1_048_576);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const origin = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill("SIGKILL"), 15_000);
      child.once("exit", () => {
        clearTimeout(kill);
        resolve();
      });
      child.kill("SIGTERM");
    });
  try {
    await waitForAnswer(`${origin}/api/v1/health`, child, timeoutMs, pollMs);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output.slice(-4000)}`);
  }
  return { child, port, origin, output: () => output, stop };
}
