/**
 * Key projects and programmes (issue 16, part 4): /projects lists those of the caller's units,
 * /projects/new adds one, /projects/{id} edits it: its name, kind, unit, term and state, its
 * milestones (a blank row adds one, a cleared name drops one) and a new progress note, with links
 * to the plans of its unit and to its public page. Writes are createProject and updateProject
 * (src/app/projects.ts: a planner's write over the unit).
 */
import { z } from "zod";
import {
  createProject,
  type KeyProjectInput,
  projectsInScope,
  projectToEdit,
  updateProject,
} from "../../../app/projects.ts";
import { etagOf } from "../../../app/write-context.ts";
import type { PlanRecord } from "../../../db/plans.ts";
import type { KeyProjectRecord, Milestone, MilestoneState } from "../../../db/projects.ts";
import type { AdminUnit } from "../../../domain/admin-units.ts";
import { reviewMessages } from "../../../i18n/review-messages.ts";
import { webMessages } from "../../../i18n/web-messages.ts";
import { formatDay } from "../../web/format.ts";
import { CsrfField, ErrorSummary, Notice, SelectField, TextArea, TextField } from "../components.tsx";
import { type FieldError, field, firstOf, type RawForm, workspaceForm } from "../forms.ts";
import { type SignedInContext, type WorkspaceAnswer, workspaceUrl } from "../page.tsx";

const KINDS = ["project", "programme"] as const;
const MILESTONE_STATES: readonly MilestoneState[] = [
  "planned",
  "in_progress",
  "done",
  "delayed",
  "cancelled",
];
const projectPath = (id: string) => `/projects/${encodeURIComponent(id)}`;
const today = () => new Date().toISOString().slice(0, 10);
const nameIn = (n: { vi: string; en?: string | undefined }, locale: "vi" | "en") =>
  locale === "en" ? (n.en ?? n.vi) : n.vi;

export async function projectsPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { db, who, locale } = ctx;
  const r = reviewMessages(locale);
  const w = webMessages(locale).projects;
  const list = await projectsInScope(db, who);
  return {
    title: r.projects,
    body: (
      <>
        <p>
          <a class="button" href={workspaceUrl(locale, "/projects/new")}>
            {r.addProject}
          </a>
        </p>
        {list.length === 0 ? (
          <p>{r.noProjects}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{w.column.name}</th>
                <th scope="col">{r.kind}</th>
                <th scope="col">{r.projectUnit}</th>
                <th scope="col">{r.termColumn}</th>
                <th scope="col">{r.state}</th>
              </tr>
            </thead>
            <tbody>
              {list.map(({ project: p, unit }) => {
                const current = p.milestones.findLast((ms) => ms.state === "in_progress");
                return (
                  <tr>
                    <td>
                      <a href={workspaceUrl(locale, projectPath(p.id))}>{nameIn(p.name, locale)}</a>
                    </td>
                    <td>{w.kind[p.kind]}</td>
                    <td>{unit ? `${unit.kind} ${unit.name}` : p.unitId}</td>
                    <td>{p.term ?? ""}</td>
                    <td>
                      {[p.state, current ? `${r.current}: ${nameIn(current.name, locale)}` : ""]
                        .filter(Boolean)
                        .join(". ")}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </>
    ),
  };
}

const optionalDate = () => field.text(10).refine((d) => d === "" || /^\d{4}-\d{2}-\d{2}$/.test(d));

/** The form's fields; the milestone rows as many as the form says it posted. */
const projectSchema = (raw: RawForm) => {
  const rows = Math.min(200, Number(firstOf(raw.milestones)) || 0);
  return z.object({
    version: field.text(20),
    kind: field.choice(KINDS, "project"),
    nameVi: field.required(500),
    nameEn: field.text(500),
    unit: field.required(60),
    term: field.text(9).refine((t) => t === "" || /^\d{4}-\d{4}$/.test(t)),
    state: field.text(200),
    note: field.text(4000),
    ...Object.fromEntries(
      Array.from({ length: rows }, (_, i) => [
        [`ms-name-${i}`, field.text(500)],
        [`ms-planned-${i}`, optionalDate()],
        [`ms-actual-${i}`, optionalDate()],
        [`ms-state-${i}`, field.choice(MILESTONE_STATES, "planned")],
      ]).flat(),
    ),
  });
};

function labelOf(locale: "vi" | "en") {
  const r = reviewMessages(locale);
  const labels: Record<string, string> = {
    kind: r.kind,
    nameVi: r.nameVi,
    nameEn: r.nameEn,
    unit: r.projectUnit,
    term: r.term,
    state: r.state,
    note: r.newNote,
  };
  const column: Record<string, string> = {
    name: r.milestoneName,
    planned: r.plannedDate,
    actual: r.actualDate,
    state: r.milestoneState,
  };
  return (id: string): string => {
    const [, kind, i] = /^ms-(name|planned|actual|state)-(\d+)$/.exec(id) ?? [];
    if (kind && i !== undefined) return `${column[kind]} – ${r.milestone(Number(i) + 1)}`;
    return labels[id] ?? id;
  };
}

interface FormState {
  errors?: FieldError[];
  raw?: RawForm;
  notice?: string;
}

/** The unit as the form shows it: its code, or its id when the code may name another unit today. */
const unitRef = (p: KeyProjectRecord, unit: AdminUnit) =>
  p.term || unit.validTo === null ? unit.code : unit.id;

function ProjectForm(props: {
  ctx: SignedInContext;
  action: string;
  project?: KeyProjectRecord;
  unit?: AdminUnit;
  state: FormState;
}) {
  const { ctx, project: p, state } = props;
  const { locale, csrf } = ctx;
  const r = reviewMessages(locale);
  const w = webMessages(locale).projects;
  const errors = state.errors ?? [];
  const error = (id: string) => errors.find((e) => e.field === id)?.message;
  const typed = (id: string, fallback: string) => {
    if (!state.raw) return fallback;
    const v = firstOf(state.raw[id]);
    return typeof v === "string" ? v : fallback;
  };
  const milestones: (Milestone | undefined)[] = [...(p?.milestones ?? []), undefined];
  const rows = state.raw ? Math.max(Number(firstOf(state.raw.milestones)) || 0, 1) : milestones.length;
  return (
    <form method="post" action={props.action}>
      <CsrfField token={csrf} />
      <input type="hidden" name="version" value={p ? String(p.version) : ""} />
      <SelectField
        id="kind"
        label={r.kind}
        choices={KINDS}
        selected={typed("kind", p?.kind ?? "project") as (typeof KINDS)[number]}
        wordOf={(k) => w.kind[k]}
        error={error("kind")}
      />
      <TextField
        id="nameVi"
        label={r.nameVi}
        value={typed("nameVi", p?.name.vi ?? "")}
        error={error("nameVi")}
        wide
      />
      <TextField
        id="nameEn"
        label={r.nameEn}
        value={typed("nameEn", p?.name.en ?? "")}
        error={error("nameEn")}
        wide
      />
      <TextField
        id="unit"
        label={r.projectUnit}
        hint={
          props.unit
            ? `${r.projectUnitHint} ${r.unitIsNow(`${props.unit.kind} ${props.unit.name}`)}`
            : r.projectUnitHint
        }
        value={typed("unit", p && props.unit ? unitRef(p, props.unit) : "")}
        error={error("unit")}
      />
      <TextField
        id="term"
        label={r.term}
        hint={r.termHint}
        value={typed("term", p?.term ?? "")}
        error={error("term")}
      />
      <TextField
        id="state"
        label={r.state}
        hint={r.stateHint}
        value={typed("state", p?.state ?? "")}
        error={error("state")}
        wide
      />
      <fieldset>
        <legend>{r.milestones}</legend>
        <p class="hint">{r.newMilestoneHint}</p>
        <input type="hidden" name="milestones" value={String(rows)} />
        {Array.from({ length: rows }, (_, i) => {
          const ms = milestones[i];
          return (
            <div class="milestone">
              <h3>{r.milestone(i + 1)}</h3>
              <TextField
                id={`ms-name-${i}`}
                label={r.milestoneName}
                value={typed(`ms-name-${i}`, ms?.name.vi ?? "")}
                error={error(`ms-name-${i}`)}
                wide
              />
              <TextField
                id={`ms-planned-${i}`}
                type="date"
                label={r.plannedDate}
                value={typed(`ms-planned-${i}`, ms?.plannedDate ?? "")}
                error={error(`ms-planned-${i}`)}
              />
              <TextField
                id={`ms-actual-${i}`}
                type="date"
                label={r.actualDate}
                value={typed(`ms-actual-${i}`, ms?.actualDate ?? "")}
                error={error(`ms-actual-${i}`)}
              />
              <SelectField
                id={`ms-state-${i}`}
                label={r.milestoneState}
                choices={MILESTONE_STATES}
                selected={typed(`ms-state-${i}`, ms?.state ?? "planned") as MilestoneState}
                wordOf={(s) => w.milestoneState[s]}
                error={error(`ms-state-${i}`)}
              />
            </div>
          );
        })}
      </fieldset>
      <TextArea
        id="note"
        label={r.newNote}
        hint={r.newNoteHint}
        value={typed("note", "")}
        error={error("note")}
      />
      <button type="submit">{r.save}</button>
      <p>
        <a href={workspaceUrl(locale, "/projects")}>{r.projects}</a>
      </p>
    </form>
  );
}

function newProjectAnswer(ctx: SignedInContext, state: FormState = {}): WorkspaceAnswer {
  const r = reviewMessages(ctx.locale);
  return {
    title: r.addProject,
    ...(state.errors && state.errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <ErrorSummary title={ctx.m.errorsTitle} errors={state.errors ?? []} />
        <ProjectForm ctx={ctx} action={workspaceUrl(ctx.locale, "/projects/new")} state={state} />
      </>
    ),
  };
}

export async function newProjectPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  return newProjectAnswer(ctx);
}

/** What the form posted, as the use-case's input; `before` carries what the form does not show. */
function inputOf(d: Record<string, string>, before: KeyProjectRecord | undefined): KeyProjectInput {
  const rows = Object.keys(d).filter((k) => /^ms-name-\d+$/.test(k)).length;
  const milestones: Milestone[] = [];
  for (let i = 0; i < rows; i++) {
    const name = d[`ms-name-${i}`]!.trim();
    if (!name) continue;
    const old = before?.milestones[i];
    milestones.push({
      name: { vi: name, ...(old?.name.en && old.name.vi === name ? { en: old.name.en } : {}) },
      ...(d[`ms-planned-${i}`] ? { plannedDate: d[`ms-planned-${i}`] } : {}),
      ...(d[`ms-actual-${i}`] ? { actualDate: d[`ms-actual-${i}`] } : {}),
      state: d[`ms-state-${i}`] as MilestoneState,
    });
  }
  const note = d.note!.trim();
  return {
    kind: d.kind as (typeof KINDS)[number],
    name: { vi: d.nameVi!, ...(d.nameEn!.trim() ? { en: d.nameEn!.trim() } : {}) },
    unit: d.unit!,
    ...(d.term ? { term: d.term } : {}),
    ...(d.state!.trim() ? { state: d.state!.trim() } : {}),
    ...(before?.money ? { money: before.money } : {}),
    indicatorCodes: before?.indicatorCodes ?? [],
    notes: [...(before?.notes ?? []), ...(note ? [{ date: today(), text: note }] : [])],
    milestones,
    ...(before?.sourceId ? { sourceId: before.sourceId } : {}),
    ...(before ? { illustrative: before.illustrative } : {}),
  };
}

export async function createProjectForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { c, db, who, locale } = ctx;
  const f = await workspaceForm(ctx, projectSchema, labelOf(locale));
  if (!f.ok) return newProjectAnswer(ctx, { errors: f.errors, raw: f.raw });
  const created = await createProject(db, inputOf(f.data as Record<string, string>, undefined), {
    actor: who.userId,
    principal: who,
  });
  return c.redirect(workspaceUrl(locale, projectPath(created.id), { done: "created" }), 303);
}

function PlanLinks(props: {
  ctx: SignedInContext;
  plans: PlanRecord[];
  unit: AdminUnit;
  project: KeyProjectRecord;
}) {
  const { locale } = props.ctx;
  const r = reviewMessages(locale);
  const period = props.project.term ?? props.plans.at(-1)?.period ?? String(new Date().getFullYear());
  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading">{r.plansOfUnit}</h2>
      {props.plans.length === 0 ? (
        <p>{r.noPlansOfUnit}</p>
      ) : (
        <ul>
          {props.plans.map((plan) => (
            <li>
              <a
                href={workspaceUrl(locale, `/entry/${encodeURIComponent(plan.id)}`, { period: plan.period })}
              >
                {plan.title} ({plan.period})
              </a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a
          href={`/${locale}/units/${encodeURIComponent(props.unit.code)}/${encodeURIComponent(period)}/projects`}
        >
          {r.publicPage}: {props.unit.kind} {props.unit.name}
        </a>
      </p>
    </section>
  );
}

async function editAnswer(ctx: SignedInContext, state: FormState = {}): Promise<WorkspaceAnswer> {
  const { db, who, locale, m } = ctx;
  const r = reviewMessages(locale);
  const { project, unit, plans } = await projectToEdit(db, who, ctx.c.req.param("id") ?? "");
  return {
    title: nameIn(project.name, locale),
    ...(state.errors && state.errors.length > 0 ? { status: 422 as const } : {}),
    body: (
      <>
        <ErrorSummary title={m.errorsTitle} errors={state.errors ?? []} />
        <Notice text={state.notice} />
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">{r.progressNotes}</h2>
          {project.notes.length === 0 ? (
            <p>{r.noNotes}</p>
          ) : (
            <ul>
              {project.notes.map((n) => (
                <li>
                  {formatDay(n.date, locale)}: {n.text}
                </li>
              ))}
            </ul>
          )}
        </section>
        <PlanLinks ctx={ctx} plans={plans} unit={unit} project={project} />
        <h2>{r.editProject}</h2>
        <ProjectForm
          ctx={ctx}
          action={workspaceUrl(locale, projectPath(project.id))}
          project={project}
          unit={unit}
          state={state}
        />
      </>
    ),
  };
}

export async function projectPage(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const r = reviewMessages(ctx.locale);
  const done = ctx.c.req.query("done");
  const notice = done === "created" ? r.created : done === "saved" ? r.saved : undefined;
  return editAnswer(ctx, notice ? { notice } : {});
}

export async function updateProjectForm(ctx: SignedInContext): Promise<WorkspaceAnswer> {
  const { c, db, who, locale } = ctx;
  // Outside the caller's units the project does not exist (404) before any field is read.
  const { project } = await projectToEdit(db, who, c.req.param("id") ?? "");
  const f = await workspaceForm(ctx, projectSchema, labelOf(locale));
  if (!f.ok) return editAnswer(ctx, { errors: f.errors, raw: f.raw });
  const d = f.data as Record<string, string>;
  await updateProject(db, project.id, inputOf(d, project), {
    actor: who.userId,
    principal: who,
    ...(d.version ? { ifMatch: etagOf(Number(d.version)) } : {}),
  });
  return c.redirect(workspaceUrl(locale, projectPath(project.id), { done: "saved" }), 303);
}
