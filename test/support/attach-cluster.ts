/**
 * Joins the embedded server of the store in argv[2] and holds it until killed or until its
 * standard input closes: a chitieu process, for test/embedded-cluster.test.ts. Prints "ready".
 */
import { attachCluster } from "../../src/db/embedded-cluster.ts";

const lease = await attachCluster(process.argv[2]!, "attach-cluster (test)");
process.stdout.write("ready\n");
process.stdin.resume();
process.stdin.on("end", () => {
  lease.release();
  process.exit(0);
});
