/** The sources the store holds: officers' material (visibility.ts). */
import { listSources as listRows, type SourceData } from "../db/sources.ts";
import type { Db } from "./transaction.ts";
import type { Visibility } from "./visibility.ts";

export async function listSources(db: Db, who: Visibility): Promise<SourceData[]> {
  who.checkOfficerMaterial("sources", "", "path");
  return listRows(db);
}
