#!/usr/bin/env node
// The `chitieu` command. The sources are TypeScript run through tsx, so that `npm ci` alone leaves
// the command working with no build step.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
