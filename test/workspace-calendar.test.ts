/**
 * The reporting calendar's pages (issue 16 part 6) over HTTP: Long An (80) in 2023, Cần Đước
 * (806) sends January's report on time and February's late, Kiến Tường (795) sends nothing. The
 * province's reviewer reads the board and downloads it; the officer of Cần Đước sees what Cần
 * Đước owes on the workspace home; callers out of scope are refused; the deadlines form names
 * the field it refuses.
 */
import { afterEach, expect, it, vi } from "vitest";
import { listDeadlineRules } from "../src/db/reporting-deadlines.ts";
import { DEFAULT_REPORTING_RULES, REPORT_KINDS } from "../src/domain/reporting-calendar.ts";
import { client } from "./support/api.ts";
import { describeStore } from "./support/engines.ts";
import { CAN_DUOC, KIEN_TUONG, PROVINCE, seedCalendar } from "./support/seed-calendar.ts";

const REVIEWER = { userId: "duyet-tinh", grants: [{ role: "reviewer" as const, unitId: PROVINCE }] };
const OFFICER = { userId: "can-bo-806", grants: [{ role: "officer" as const, unitId: CAN_DUOC }] };
const REVIEWER_795 = { userId: "duyet-795", grants: [{ role: "reviewer" as const, unitId: KIEN_TUONG }] };
const NOBODY = { userId: "khong-quyen", grants: [] };

/** The cell of the board's row `unit` (its name) in column `period` (its heading), as HTML. */
function cellOf(page: string, unit: string, column: number): string {
  const row = page.split("<tr>").find((r) => r.includes(`<th scope="row">${unit}`)) ?? "";
  return row.split("<td").slice(1)[column] ?? "";
}

/** Every field of the deadlines form, from the default rules, with `change` over them. */
function deadlinesForm(change: Record<string, string> = {}): RequestInit {
  const fields: Record<string, string> = {};
  for (const kind of REPORT_KINDS) {
    const rule = DEFAULT_REPORTING_RULES[kind];
    fields[`rules.${kind}.required`] = "1";
    fields[`rules.${kind}.cutoffDay`] = String(rule.cutoffDay);
    fields[`rules.${kind}.dueDay`] = String(rule.dueDay);
    fields[`rules.${kind}.dueMonthsAfter`] = String(rule.dueMonthsAfter);
    fields[`rules.${kind}.basis`] = "Quyết định 12/2023/QĐ-UBND tỉnh Long An";
  }
  return {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, ...change }).toString(),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describeStore(
  "the reporting calendar's pages",
  import.meta.filename,
  (ctx) => {
    it("the province's board says February's report of Cần Đước came late, in words, in both languages", async () => {
      const reviewer = client(ctx.store, REVIEWER);
      const vi = await reviewer.page("/workspace/calendar?year=2023&kind=month");
      expect(vi.status).toBe(200);
      // Columns: January, February, …; rows: every unit under the province.
      const jan = cellOf(vi.text, "Huyện Cần Đước", 0);
      const feb = cellOf(vi.text, "Huyện Cần Đước", 1);
      expect(jan).toContain("Nộp đúng hạn");
      expect(feb).toContain("Nộp muộn");
      expect(feb).toContain("status-late");
      // The cell opens the entry form of the unit's plan for that month.
      expect(feb).toContain('href="/workspace/entry/kh-806?period=2023-02"');
      expect(cellOf(vi.text, "Thị xã Kiến Tường", 1)).toContain("Chưa nộp");
      expect(cellOf(vi.text, "Thị xã Kiến Tường", 1)).toContain("1 chỉ tiêu chưa có số liệu");
      // The deadlines of the year, from the reporting regime's rules.
      expect(vi.text).toContain("20/02/2023");
      const en = await reviewer.page("/workspace/calendar?year=2023&kind=month&lang=en");
      expect(cellOf(en.text, "Cần Đước district", 1)).toContain("Submitted late");
    });

    it("filters by status: only the rows with a late report", async () => {
      const reviewer = client(ctx.store, REVIEWER);
      const late = await reviewer.page("/workspace/calendar?year=2023&kind=month&status=late");
      expect(late.text).toContain("Huyện Cần Đước");
      expect(late.text).not.toContain("Thị xã Kiến Tường");
      const bad = await reviewer.page("/workspace/calendar?year=2023&status=sometimes");
      expect(bad.status).toBe(422);
      expect(bad.text).toContain("“status”");
    });

    it("downloads the board as CSV: a row per unit and report, the late one said so", async () => {
      const reviewer = client(ctx.store, REVIEWER);
      const response = await reviewer.raw("/workspace/calendar/board.csv?year=2023&kind=month&unit=can duoc");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/csv");
      expect(response.headers.get("content-disposition")).toContain("reporting-board-80-2023.csv");
      const lines = (await response.text()).split("\r\n");
      expect(lines[0]).toContain("Mã,Đơn vị,Kỳ báo cáo");
      expect(lines.filter((l) => l.startsWith("806,"))).toHaveLength(12);
      expect(lines.find((l) => l.startsWith("806,") && l.includes("tháng 2/2023"))).toContain(
        "20/02/2023,Nộp muộn,25/02/2023 10:00,1,1",
      );
      // "can duoc" names the district and the town (thị trấn) in it, not Kiến Tường.
      expect(lines.some((l) => l.startsWith("795,"))).toBe(false);
      const xlsx = await reviewer.raw("/workspace/calendar/board.xlsx?year=2023&lang=en");
      expect(xlsx.status).toBe(200);
      expect(
        Buffer.from(await xlsx.arrayBuffer())
          .subarray(0, 2)
          .toString(),
      ).toBe("PK");
    });

    it("the officer of Cần Đước sees on the home what Cần Đước owes, each linking to its entry form", async () => {
      const officer = client(ctx.store, OFFICER);
      // The session first, then the calendar's day: 1 April 2023 in Vietnam.
      expect((await officer.page("/workspace/")).status).toBe(200);
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2023-04-01T03:00:00Z"));
      const home = await officer.page("/workspace/");
      expect(home.text).toContain("Báo cáo quá hạn");
      expect(home.text).toContain('href="/workspace/entry/kh-806?period=2023-03"');
      expect(home.text).toContain("Huyện Cần Đước: báo cáo tháng 3/2023, hạn 20/03/2023");
      // February was sent (late): not owed any more.
      expect(home.text).not.toContain("period=2023-02");
      const reviewerHome = await client(ctx.store, REVIEWER).page("/workspace/");
      expect(reviewerHome.text).not.toContain("Báo cáo quá hạn");
    });

    it("out of scope: the officer's board holds Cần Đước only; no unit to read, 404; another's deadlines, 403", async () => {
      const officer = await client(ctx.store, OFFICER).page("/workspace/calendar?year=2023");
      expect(officer.status).toBe(200);
      expect(officer.text).toContain("Huyện Cần Đước");
      expect(officer.text).toContain("Xã Long Trạch");
      expect(officer.text).not.toContain("Thị xã Kiến Tường");
      const nobody = await client(ctx.store, NOBODY).page("/workspace/calendar?province=80&year=2023");
      expect(nobody.status).toBe(404);
      const csv = await client(ctx.store, NOBODY).raw("/workspace/calendar/board.csv?province=80&year=2023");
      expect(csv.status).toBe(404);
      const unknown = await client(ctx.store, REVIEWER).page("/workspace/calendar?province=99999&year=2023");
      expect(unknown.status).toBe(422);
      const signedOut = await client(ctx.store, null).raw("/workspace/calendar");
      expect(signedOut.status).toBe(303);
      // A reviewer of Kiến Tường reads the province's deadlines but may not set them.
      const reviewer795 = client(ctx.store, REVIEWER_795);
      const read = await reviewer795.page(`/workspace/calendar/deadlines?province=${PROVINCE}&year=2023`);
      expect(read.status).toBe(200);
      expect(read.text).toContain('id="read-only"');
      const post = await reviewer795.raw(
        `/workspace/calendar/deadlines?province=${PROVINCE}&year=2023`,
        deadlinesForm(),
      );
      expect(post.status).toBe(403);
      expect(await listDeadlineRules(ctx.store.db, PROVINCE)).toEqual({});
    });

    it("every role over the province reads the board; only a reviewer or an administrator sets the deadlines", async () => {
      const roles = ["administrator", "planner", "officer", "reviewer", "viewer"] as const;
      for (const role of roles) {
        const user = client(ctx.store, { userId: `${role}-80`, grants: [{ role, unitId: PROVINCE }] });
        const board = await user.page("/workspace/calendar?year=2023&kind=year");
        expect(board.status, role).toBe(200);
        expect(board.text, role).toContain("Thị xã Kiến Tường");
        const post = await user.raw("/workspace/calendar/deadlines?year=2023", deadlinesForm());
        expect(post.status, role).toBe(role === "administrator" || role === "reviewer" ? 303 : 403);
      }
      // An administrator over every unit has no province of their own: the page asks for one.
      const admin = client(ctx.store, {
        userId: "quan-tri",
        grants: [{ role: "administrator", unitId: null }],
      });
      const ask = await admin.page("/workspace/calendar?year=2023");
      expect(ask.status).toBe(200);
      expect(ask.text).toContain("Nhập mã tỉnh, thành phố để xem lịch báo cáo.");
      expect((await admin.page("/workspace/calendar?year=2023&province=80")).text).toContain(
        "Huyện Cần Đước",
      );
    });

    it("the deadlines form: a due day of 40 is a 422 naming rules.year.dueDay, nothing saved; a good one is", async () => {
      const reviewer = client(ctx.store, REVIEWER);
      const bad = await reviewer.raw(
        "/workspace/calendar/deadlines?year=2023",
        deadlinesForm({ "rules.year.dueDay": "40" }),
      );
      expect(bad.status).toBe(422);
      const page = await bad.text();
      expect(page).toContain('class="error-summary"');
      expect(page).toContain('href="#rules.year.dueDay">Năm – Hạn gửi: ngày: hãy nhập một ngày từ 1 đến 31.');
      expect(page).toContain('id="rules.year.dueDay"');
      expect(page).toContain('value="40"');
      expect(await listDeadlineRules(ctx.store.db, PROVINCE)).toEqual({});
      const before = await reviewer.raw(
        "/workspace/calendar/deadlines?year=2023&lang=en",
        deadlinesForm({ "rules.month.dueDay": "10" }),
      );
      expect(before.status).toBe(422);
      expect(await before.text()).toContain(
        'href="#rules.month.dueDay">Month – Due: day: a report cannot be due before its figures close in the same month.',
      );
      const long = await reviewer.raw(
        "/workspace/calendar/deadlines?year=2023",
        deadlinesForm({ "rules.month.basis": "Quyết định ".repeat(60) }),
      );
      expect(long.status).toBe(422);
      expect(await long.text()).toContain('href="#rules.month.basis">Tháng – Căn cứ (văn bản quy định)');
      const good = await reviewer.raw(
        "/workspace/calendar/deadlines?year=2023",
        deadlinesForm({ "rules.month.dueDay": "5", "rules.month.dueMonthsAfter": "1" }),
      );
      expect(good.status).toBe(303);
      expect((await listDeadlineRules(ctx.store.db, PROVINCE)).month).toMatchObject({
        dueDay: 5,
        dueMonthsAfter: 1,
      });
      // February's report of the 25th is now on time (due 5 March).
      const board = await reviewer.page("/workspace/calendar?year=2023&kind=month");
      expect(cellOf(board.text, "Huyện Cần Đước", 1)).toContain("Nộp đúng hạn");
    });
  },
  { seed: async (store) => seedCalendar(store.db, OFFICER.userId) },
);
