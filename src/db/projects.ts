/** Key projects (công trình trọng điểm) and programmes (chương trình đột phá), with milestones. */
import type { Selectable } from "kysely";
import type { Db, KeyProjectsTable, MilestonesTable } from "./schema.ts";

export type MilestoneState = "planned" | "in_progress" | "done" | "delayed" | "cancelled";

export interface Milestone {
  name: { vi: string; en?: string | undefined };
  plannedDate?: string | undefined;
  actualDate?: string | undefined;
  state: MilestoneState;
}

export interface ProjectNote {
  date: string;
  text: string;
}

export interface KeyProjectData {
  id: string;
  kind: "project" | "programme";
  name: { vi: string; en?: string | undefined };
  unitId: string;
  term?: string | undefined;
  state?: string | undefined;
  money?: { planned?: number | undefined; disbursed?: number | undefined; unit: string } | undefined;
  indicatorCodes: string[];
  notes: ProjectNote[];
  milestones: Milestone[];
  sourceId?: string | undefined;
  illustrative: boolean;
}

export interface KeyProjectRecord extends KeyProjectData {
  version: number;
  updatedAt: string;
}

function toRecord(
  row: Selectable<KeyProjectsTable>,
  milestones: Selectable<MilestonesTable>[],
): KeyProjectRecord {
  return {
    id: row.id,
    kind: row.kind as KeyProjectData["kind"],
    name: { vi: row.name_vi, ...(row.name_en ? { en: row.name_en } : {}) },
    unitId: row.unit_id,
    ...(row.term ? { term: row.term } : {}),
    ...(row.state ? { state: row.state } : {}),
    ...(row.money_unit
      ? {
          money: {
            unit: row.money_unit,
            ...(row.money_planned !== null ? { planned: row.money_planned } : {}),
            ...(row.money_disbursed !== null ? { disbursed: row.money_disbursed } : {}),
          },
        }
      : {}),
    indicatorCodes: row.indicator_codes as string[],
    notes: row.notes as ProjectNote[],
    milestones: milestones
      .filter((m) => m.project_id === row.id)
      .sort((a, b) => a.position - b.position)
      .map((m) => ({
        name: { vi: m.name_vi, ...(m.name_en ? { en: m.name_en } : {}) },
        ...(m.planned_date ? { plannedDate: m.planned_date } : {}),
        ...(m.actual_date ? { actualDate: m.actual_date } : {}),
        state: m.state as MilestoneState,
      })),
    ...(row.source_id ? { sourceId: row.source_id } : {}),
    illustrative: row.illustrative,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

function columns(p: KeyProjectData) {
  return {
    kind: p.kind,
    name_vi: p.name.vi.normalize("NFC"),
    name_en: p.name.en ?? null,
    unit_id: p.unitId,
    term: p.term ?? null,
    state: p.state ?? null,
    money_planned: p.money?.planned ?? null,
    money_disbursed: p.money?.disbursed ?? null,
    money_unit: p.money?.unit ?? null,
    indicator_codes: JSON.stringify(p.indicatorCodes),
    notes: JSON.stringify(p.notes),
    source_id: p.sourceId ?? null,
    illustrative: p.illustrative,
  };
}

async function writeMilestones(db: Db, p: KeyProjectData): Promise<void> {
  await db.deleteFrom("milestones").where("project_id", "=", p.id).execute();
  if (p.milestones.length === 0) return;
  await db
    .insertInto("milestones")
    .values(
      p.milestones.map((m, position) => ({
        project_id: p.id,
        position,
        name_vi: m.name.vi.normalize("NFC"),
        name_en: m.name.en ?? null,
        planned_date: m.plannedDate ?? null,
        actual_date: m.actualDate ?? null,
        state: m.state,
      })),
    )
    .execute();
}

export async function findProject(
  db: Db,
  id: string,
  forUpdate = false,
): Promise<KeyProjectRecord | undefined> {
  let q = db.selectFrom("key_projects").selectAll().where("id", "=", id);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) return undefined;
  const milestones = await db.selectFrom("milestones").selectAll().where("project_id", "=", id).execute();
  return toRecord(row, milestones);
}

export async function listProjects(db: Db, filter: { unitIds?: string[] } = {}): Promise<KeyProjectRecord[]> {
  let q = db.selectFrom("key_projects").selectAll();
  if (filter.unitIds) {
    if (filter.unitIds.length === 0) return [];
    q = q.where("unit_id", "in", filter.unitIds);
  }
  const rows = await q.orderBy("id").execute();
  if (rows.length === 0) return [];
  const milestones = await db
    .selectFrom("milestones")
    .selectAll()
    .where(
      "project_id",
      "in",
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => toRecord(r, milestones));
}

export async function insertProject(db: Db, p: KeyProjectData): Promise<KeyProjectRecord> {
  await db
    .insertInto("key_projects")
    .values({ id: p.id, ...columns(p) })
    .execute();
  await writeMilestones(db, p);
  return (await findProject(db, p.id))!;
}

export async function updateProject(db: Db, p: KeyProjectData, version: number): Promise<KeyProjectRecord> {
  await db
    .updateTable("key_projects")
    .set({ ...columns(p), version: version + 1, updated_at: new Date().toISOString() })
    .where("id", "=", p.id)
    .where("version", "=", version)
    .executeTakeFirstOrThrow();
  await writeMilestones(db, p);
  return (await findProject(db, p.id))!;
}

export async function deleteProject(db: Db, id: string): Promise<void> {
  await db.deleteFrom("key_projects").where("id", "=", id).execute();
}
