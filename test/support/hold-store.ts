/**
 * Opens the embedded store in CHITIEU_DATA and holds it until its standard input closes: the
 * "running server" of the tests of processes sharing an embedded store. Prints "ready" once the store is open.
 */
import { openStore } from "../../src/db/connect.ts";

const store = await openStore({ dataDir: process.env.CHITIEU_DATA!, command: "hold-store (test holder)" });
await store.db
  .insertInto("store_meta")
  .values({ key: "holder", value: JSON.stringify(process.pid) })
  .execute();
process.stdout.write("ready\n");
process.stdin.resume();
process.stdin.on("end", async () => {
  await store.close();
  process.exit(0);
});
