/**
 * Reads data/admin-units.json, the catalogue of administrative units, into a {@link Catalogue}.
 *
 * ## The file (built by scripts/build-catalogue.ts; sources and licences in data/NOTICE.md)
 *
 * One JSON object; one unit or change a line, so that a rebuild diffs readably.
 *
 * ```jsonc
 * {
 *   "format": "chitieu/admin-units", "version": 1,
 *   "sources": ["…"], "notes": ["…"],            // provenance and caveats, in words
 *   "counts": {"today": {"provinces": 34, "communes": 3321},
 *              "before": {"provinces": 63, "districts": 696, "communes": 10047}},
 *   "unitFields": ["id","code","name","nameEn","level","kind","parentId","validFrom","validTo"],
 *   "units": [
 *     ["80@2025-07-01", "80", "Tây Ninh", "Tay Ninh", "province", "tỉnh", null, "2025-07-01", null],
 *     ["80@-2025-06-30", "80", "Long An", null, "province", "tỉnh", null, null, "2025-06-30"],
 *     ["806@-2025-06-30", "806", "Cần Đước", null, "district", "huyện", "80@-2025-06-30", null, "2025-06-30"],
 *     …
 *   ],
 *   "changes": [
 *     {"id": "2025-07-01/province/80", "date": "2025-07-01", "kind": "merge",
 *      "basis": "Resolution 202/2025/QH15",
 *      "before": ["72@-2025-06-30", "80@-2025-06-30"], "after": ["80@2025-07-01"],
 *      "links": [["72@-2025-06-30", "80@2025-07-01", 1, 0], …]},   // [from, to, whole, derived]
 *     …
 *   ]
 * }
 * ```
 *
 * - A unit row follows `unitFields`: see {@link AdminUnit}. `id` is `CODE@FROM`, or `CODE@-TO` when
 *   the first day is unknown (every pre-reform unit: validFrom null, validTo 2025-06-30). Today's
 *   units have validFrom 2025-07-01 and validTo null. Codes are 2 digits (province), 3 (district),
 *   5 (commune); names are NFC, without the kind ("Cần Đước", kind "huyện"). `nameKey` is not stored:
 *   this loader computes it with textKey.
 * - `level` is province | district | commune; `kind` one of tỉnh, thành phố, huyện, thị xã, quận,
 *   xã, phường, thị trấn, đặc khu. An old commune's parent is its district, except 13 communes whose
 *   district no source gives (parent: the province).
 * - Changes of 1 July 2025: one per province of today (`…/province/CODE`), one per connected group
 *   of old and new communes (`…/commune/CODE`, CODE = the first new commune), and one `abolish` per
 *   old district (`…/district/CODE`), except the 5 island districts without communes that became
 *   special zones (Côn Đảo 755 → đặc khu 26732): their link is in the commune changes. A link's `whole` is 1 when all of `from` went into `to`, 0 when
 *   `from` was split; `derived` is 1 for district → new commune links worked out from the district's
 *   communes (for lookups only; the commune links carry the same territory).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import {
  ADMIN_UNIT_KINDS,
  type AdminChange,
  type AdminUnit,
  type Catalogue,
  createCatalogue,
} from "../domain/admin-units.ts";
import { textKey } from "../domain/text.ts";

/** data/admin-units.json of this repository. */
export const CATALOGUE_FILE = join(dirname(fileURLToPath(import.meta.url)), "../../data/admin-units.json");

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const unitRow = z.tuple([
  z.string().min(1),
  z.string().regex(/^\d{2,5}$/),
  z.string().min(1),
  z.string().nullable(),
  z.enum(["province", "district", "commune"]),
  z.enum(ADMIN_UNIT_KINDS as [string, ...string[]]),
  z.string().nullable(),
  isoDate.nullable(),
  isoDate.nullable(),
]);
const change = z.object({
  id: z.string(),
  date: isoDate,
  kind: z.enum(["merge", "split", "rename", "upgrade", "abolish", "continue"]),
  basis: z.string(),
  before: z.array(z.string()),
  after: z.array(z.string()),
  links: z.array(
    z.tuple([
      z.string(),
      z.string(),
      z.union([z.literal(0), z.literal(1)]),
      z.union([z.literal(0), z.literal(1)]),
    ]),
  ),
});
const catalogueFile = z.object({
  format: z.literal("chitieu/admin-units"),
  version: z.literal(1),
  units: z.array(unitRow),
  changes: z.array(change),
});

/** Parses the file's text; throws naming the first field at fault. */
export function parseCatalogue(text: string, source = "admin-units.json"): Catalogue {
  const parsed = catalogueFile.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${source}: ${issue.path.join(".")}: ${issue.message}`);
  }
  const units: AdminUnit[] = parsed.data.units.map(
    ([id, code, name, nameEn, level, kind, parentId, validFrom, validTo]) => ({
      id,
      code,
      name,
      ...(nameEn === null ? {} : { nameEn }),
      nameKey: textKey(name),
      level,
      kind: kind as AdminUnit["kind"],
      parentId,
      validFrom,
      validTo,
    }),
  );
  const changes: AdminChange[] = parsed.data.changes.map((c) => ({
    ...c,
    links: c.links.map(([from, to, whole, derived]) => ({
      from,
      to,
      whole: whole === 1,
      derived: derived === 1,
    })),
  }));
  return createCatalogue(units, changes);
}

/** Reads and parses the catalogue file (by default the repository's data/admin-units.json). */
export function readCatalogueFile(path: string = CATALOGUE_FILE): Catalogue {
  return parseCatalogue(readFileSync(path, "utf8"), path);
}
