/**
 * The workspace in a real browser (Debian's chromium through playwright-core): a commune officer
 * signs in, enters results (Vietnamese number format, the assessment shown as typed) and submits;
 * the district's reviewer returns it with a comment; the officer corrects and submits again; the
 * reviewer approves; the period is then locked for the officer, in the page and on the server.
 * Without chromium the test is skipped with the reason; under CI=true it fails instead.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser } from "../../src/app/auth/users.ts";
import type { Store } from "../../src/db/connect.ts";
import { listObservations } from "../../src/db/observations.ts";
import { createApp } from "../../src/http/app.ts";
import { chromiumMissing, IN_CI, serveInChromium } from "../support/chromium.ts";
import { openTestStore } from "../support/engines.ts";
import { seedRicePlan } from "../support/seed-plan.ts";

const missing = chromiumMissing("browser test");

const COMMUNE = "28108@-2025-06-30";
const DISTRICT = "806@-2025-06-30";
const PASSWORD = "mật-khẩu-đủ-dài-2023";

describe.skipIf(missing !== undefined && !IN_CI)(
  "the workspace in a browser: enter, submit, return, approve, lock",
  () => {
    let store: Store;
    let browser: Browser;
    let close: (() => Promise<void>) | undefined;
    let base: string;

    beforeAll(async () => {
      store = await openTestStore(import.meta.filename);
      await seedRicePlan(store.db, {
        planId: "can-duoc-tt-2023",
        unit: COMMUNE,
        state: "adopted",
        targetId: "t-rice",
        atLeast: 10_000,
        reason: "giao chỉ tiêu đầu năm",
      });
      await addUser(
        store.db,
        {
          id: "can-bo-xa",
          name: "Nguyễn Văn An",
          password: PASSWORD,
          grants: [{ role: "officer", unitId: COMMUNE }],
        },
        { actor: "test" },
      );
      await addUser(
        store.db,
        {
          id: "duyet-huyen",
          name: "Trần Thị Bình",
          password: PASSWORD,
          grants: [{ role: "reviewer", unitId: DISTRICT }],
        },
        { actor: "test" },
      );
      ({ base, browser, close } = await serveInChromium(createApp({ store })));
    }, 120_000);

    afterAll(async () => {
      await close?.();
      await store?.close();
    });

    async function signIn(account: string): Promise<Page> {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/workspace/login`);
      await page.fill("#account", account);
      await page.fill("#password", PASSWORD);
      await page.click("#sign-in");
      await page.waitForURL(`${base}/workspace/`);
      await page.click("text=Mở biểu nhập");
      await page.waitForSelector("#entry-form");
      return page;
    }

    const state = (page: Page) => page.textContent("#workflow-state");

    it("goes from draft to approved, and the period is then locked for the officer", async () => {
      const officer = await signIn("can-bo-xa");
      // Typed in the Vietnamese style; the assessment appears before saving.
      await officer.fill("#value-t-rice", "9.850");
      await expect
        .poll(() => officer.textContent("#assessment-t-rice"), { timeout: 5_000 })
        .toContain("98,5%");
      await officer.click("#save");
      await officer.waitForSelector("text=Đã lưu 1 giá trị.");
      await officer.click("#submit");
      await expect.poll(() => state(officer)).toBe("Đã gửi duyệt");

      const reviewer = await signIn("duyet-huyen");
      expect(await state(reviewer)).toBe("Đã gửi duyệt");
      await reviewer.fill("#comment", "Số liệu lúa chưa khớp báo cáo thống kê, đề nghị kiểm tra lại.");
      await reviewer.click("#return");
      await expect.poll(() => state(reviewer)).toBe("Đang soạn");

      await officer.reload();
      expect(await officer.textContent("#return-comment")).toContain("chưa khớp báo cáo thống kê");
      await officer.fill("#value-t-rice", "10.250");
      await expect.poll(() => officer.textContent("#assessment-t-rice")).toContain("102,5%");
      await officer.click("#save");
      await officer.waitForSelector("text=Đã lưu 1 giá trị.");
      await officer.click("#submit");
      await expect.poll(() => state(officer)).toBe("Đã gửi duyệt");

      await reviewer.reload();
      await reviewer.click("#approve");
      await expect.poll(() => state(reviewer)).toBe("Đã phê duyệt");

      // Locked for the officer: the page offers no input, and the server refuses a forged save.
      await officer.reload();
      expect(await state(officer)).toBe("Đã phê duyệt");
      expect(await officer.isVisible("#locked")).toBe(true);
      expect(await officer.isDisabled("#value-t-rice")).toBe(true);
      expect(await officer.locator("#save").count()).toBe(0);
      const csrf = await officer.getAttribute("#entry-form input[name=_csrf]", "value");
      const forged = await officer
        .context()
        .request.post(`${base}/workspace/entry/can-duoc-tt-2023?period=2023`, {
          form: {
            _csrf: csrf ?? "",
            target: "t-rice",
            "value-t-rice": "1",
            "qualifier-t-rice": "exact",
            "stage-t-rice": "estimate",
          },
        });
      expect(forged.status()).toBe(409);

      const values = await listObservations(store.db, { unitIds: [COMMUNE], periods: ["2023"] });
      expect(values.map((v) => v.observation.value)).toEqual([10_250]);
      expect(values[0]?.recordedBy).toBe("can-bo-xa");
    }, 120_000);
  },
);
