/** Entry point of the `chitieu` command (bin/chitieu.js loads it through tsx). */
import { run } from "./program.ts";

process.exitCode = await run(process.argv.slice(2));
