import { defineConfig } from "vitest/config";

// The tests run the sources: a `chitieu` they spawn (bin/chitieu.js) skips dist/ and runs src/
// through tsx, so a test never passes on a stale build.
process.env.CHITIEU_FROM_SOURCE = "1";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
