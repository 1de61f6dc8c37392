/**
 * Key projects and programmes in the workspace (issue 16, part 4), over HTTP as a browser posts
 * its forms: a district's planner adds a project, then edits it (a milestone added, a progress
 * note written); a missing name is a 422 whose summary names the field; an officer of the
 * district may read it but not change it (403); an officer of another district does not see it
 * at all (404), and nothing changes.
 */
import { expect, it } from "vitest";
import { listProjects } from "../src/db/projects.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";
import { seedRicePlan } from "./support/seed-plan.ts";

const DISTRICT = "806@-2025-06-30";
const PLANNER = { userId: "ke-hoach-806", grants: [{ role: "planner" as const, unitId: DISTRICT }] };
const OFFICER = { userId: "can-bo-806", grants: [{ role: "officer" as const, unitId: DISTRICT }] };
const OTHER = { userId: "ke-hoach-795", grants: [{ role: "planner" as const, unitId: "795@-2025-06-30" }] };

type Client = ReturnType<typeof client>;

async function post(
  who: Client,
  path: string,
  from: string,
  fields: Record<string, string>,
): Promise<Response> {
  const page = await who.page(from);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? "";
  return who.raw(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
  });
}

/** The form's fields as the page fills them. */
function fieldsOf(page: string): Record<string, string> {
  const form = page.slice(page.lastIndexOf("<form")).split("</form>")[0]!;
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(
    /<input type="(?:text|hidden|date)" (?:id="[^"]*" )?name="([^"]+)" value="([^"]*)"/g,
  ))
    fields[m[1]!] = m[2]!;
  for (const m of form.matchAll(/<select id="([^"]+)"[\s\S]*?<\/select>/g))
    fields[m[1]!] = /<option value="([^"]*)" selected=""/.exec(m[0])?.[1] ?? "";
  return fields;
}

const NEW_PROJECT = {
  milestones: "1",
  kind: "project",
  nameVi: "Đường tỉnh 826E",
  nameEn: "Provincial road 826E",
  unit: "806",
  term: "2021-2025",
  state: "đang thi công",
  "ms-name-0": "Khởi công",
  "ms-planned-0": "2022-03-01",
  "ms-actual-0": "2022-03-15",
  "ms-state-0": "done",
  note: "",
};

describeStore(
  "key projects in the workspace",
  import.meta.filename,
  (ctx) => {
    async function create(): Promise<string> {
      const planner = client(ctx.store, PLANNER);
      const r = await post(planner, "/workspace/projects/new", "/workspace/projects/new", NEW_PROJECT);
      expect(r.status).toBe(303);
      return r.headers.get("location")!.replace(/\?.*$/, "");
    }

    it("adds a project, then a milestone and a progress note; lists it with a link to the plan", async () => {
      const planner = client(ctx.store, PLANNER);
      const at = await create();
      const page = await planner.page(at);
      expect(page.status).toBe(200);
      expect(page.text).toContain("<h1>Đường tỉnh 826E</h1>");
      // Linked to the plans of its unit and to its public page.
      expect(page.text).toContain('href="/workspace/entry/kh-806-2023?period=2023"');
      expect(page.text).toContain('href="/vi/units/806/2021-2025/projects"');
      const fields = fieldsOf(page.text);
      expect(fields).toMatchObject({
        unit: "806",
        "ms-name-0": "Khởi công",
        "ms-state-0": "done",
        "ms-name-1": "",
      });
      const saved = await post(planner, at, at, {
        ...fields,
        state: "đang thi công, đạt 60% khối lượng",
        "ms-name-0": "Khởi công",
        "ms-name-1": "Thông xe kỹ thuật",
        "ms-planned-1": "2025-09-02",
        "ms-state-1": "in_progress",
        note: "Đã giải phóng mặt bằng 95%.",
      });
      expect(saved.status).toBe(303);
      const [project] = await listProjects(ctx.store.db);
      expect(project).toMatchObject({
        name: { vi: "Đường tỉnh 826E", en: "Provincial road 826E" },
        unitId: DISTRICT,
        term: "2021-2025",
        state: "đang thi công, đạt 60% khối lượng",
        milestones: [
          { name: { vi: "Khởi công" }, state: "done", actualDate: "2022-03-15" },
          { name: { vi: "Thông xe kỹ thuật" }, state: "in_progress", plannedDate: "2025-09-02" },
        ],
        notes: [{ text: "Đã giải phóng mặt bằng 95%." }],
      });
      const list = await planner.page("/workspace/projects?lang=en");
      expect(list.text).toContain(">Provincial road 826E</a>");
      expect(list.text).toContain("Under way: Thông xe kỹ thuật");
    });

    it("answers a missing name with a 422 whose summary names the field, writing nothing", async () => {
      const planner = client(ctx.store, PLANNER);
      const r = await post(planner, "/workspace/projects/new", "/workspace/projects/new", {
        ...NEW_PROJECT,
        nameVi: " ",
        "ms-planned-0": "02/03/2022",
      });
      expect(r.status).toBe(422);
      const text = await r.text();
      expect(text).toContain('href="#nameVi">Nhập Tên (tiếng Việt).');
      expect(text).toContain('href="#ms-planned-0">Ngày dự kiến – Mốc 1: giá trị không hợp lệ.');
      expect(text).toContain('value="Provincial road 826E"');
      expect(await listProjects(ctx.store.db)).toEqual([]);
    });

    it("lets an officer of the district read but not change it (403)", async () => {
      const at = await create();
      const officer = client(ctx.store, OFFICER);
      const page = await officer.page(at);
      expect(page.status).toBe(200);
      const r = await post(officer, at, at, { ...fieldsOf(page.text), state: "đã xong" });
      expect(r.status).toBe(403);
      expect((await listProjects(ctx.store.db))[0]!.state).toBe("đang thi công");
    });

    it("hides it from another district (404), to read and to change", async () => {
      const at = await create();
      const other = client(ctx.store, OTHER);
      expect((await other.page(at)).status).toBe(404);
      expect((await other.page("/workspace/projects")).text).not.toContain("826E");
      const r = await post(other, at, "/workspace/projects", {
        ...NEW_PROJECT,
        version: "1",
        state: "đã xong",
      });
      expect(r.status).toBe(404);
      // Nor may they add one to this district.
      const added = await post(other, "/workspace/projects/new", "/workspace/projects/new", NEW_PROJECT);
      expect(added.status).toBe(403);
      expect((await listProjects(ctx.store.db)).map((p) => p.state)).toEqual(["đang thi công"]);
    });
  },
  {
    seed: (store) =>
      seedRicePlan(store.db, {
        planId: "kh-806-2023",
        unit: DISTRICT,
        state: "adopted",
        targetId: "t-lua",
        atLeast: 90_000,
        reason: "giao chỉ tiêu đầu năm",
      }),
  },
);
