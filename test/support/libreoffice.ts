/**
 * LibreOffice headless for the tests that round-trip files through it (Debian's
 * libreoffice-calc-nogui and libreoffice-writer-nogui; .ci/run installs them). Each test file
 * says why it skips when they are missing, and fails instead under CI=true.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

function sofficeProblem(): string | null {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60_000 });
  if (probe.error || probe.status !== 0) {
    return "LibreOffice is not installed (no `soffice` on PATH): apt-get install libreoffice-calc-nogui";
  }
  return null;
}

/** Why LibreOffice Calc cannot run here, or null when it can. */
export const CALC_MISSING = sofficeProblem();

/** Why LibreOffice Writer cannot run here (Calc alone cannot open a .docx), or null. */
export const WRITER_MISSING = ((): string | null => {
  if (CALC_MISSING) return CALC_MISSING;
  const program = dirname(
    spawnSync("sh", ["-c", 'readlink -f "$(command -v soffice)"'], { encoding: "utf8" }).stdout.trim(),
  );
  return existsSync(join(program, "libswlo.so")) || !existsSync(join(program, "libsclo.so"))
    ? null
    : "LibreOffice Writer is not installed: apt-get install libreoffice-writer-nogui";
})();

export const IN_CI = process.env.CI === "true";

/**
 * Opens `file` in LibreOffice headless and saves it with `filter` ("xlsx:Calc MS Excel 2007 XML",
 * "pdf"); returns the bytes written. `work` is a folder of the test's own, which also holds a
 * LibreOffice profile, so that a LibreOffice the user has open does not take the job.
 */
export function convertWithLibreOffice(
  file: Buffer,
  o: { work: string; name: string; from: string; filter: string; to: string },
): Buffer {
  const input = join(o.work, `${o.name}.${o.from}`);
  const outdir = join(o.work, `${o.name}-out`);
  writeFileSync(input, file);
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(join(o.work, "profile")).href}`,
      "--headless",
      "--convert-to",
      o.filter,
      "--outdir",
      outdir,
      input,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.stdout}`);
  return readFileSync(join(outdir, `${o.name}.${o.to}`));
}

/** Saves an .xlsx again through LibreOffice Calc, as an officer's LibreOffice would. */
export function xlsxThroughLibreOffice(file: Buffer, work: string, name: string): Buffer {
  return convertWithLibreOffice(file, {
    work,
    name,
    from: "xlsx",
    filter: "xlsx:Calc MS Excel 2007 XML",
    to: "xlsx",
  });
}
