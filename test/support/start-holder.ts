/**
 * Starts test/support/hold-store.ts in a child process: it opens the embedded store in `dataDir`
 * and holds it (a client of its server) until its standard input closes. Resolves once the store is open.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");

export function startHolder(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/support/hold-store.ts"], {
    cwd: ROOT,
    env: { ...process.env, CHITIEU_DATA: dataDir },
    stdio: ["pipe", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`the holder exited with ${code}`)));
  });
}
