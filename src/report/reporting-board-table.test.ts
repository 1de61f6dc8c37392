import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { AdminUnit } from "../domain/admin-units.ts";
import { parsePeriod } from "../domain/periods.ts";
import { type ReportingBoard, reportingPeriods } from "../domain/reporting-calendar.ts";
import { tableToCsv, tableToXlsx } from "./data-table.ts";
import { boardTable } from "./reporting-board-table.ts";

const unit = (code: string, name: string, kind: AdminUnit["kind"], level: AdminUnit["level"]): AdminUnit => ({
  id: `${code}@-2025-06-30`,
  code,
  name,
  nameKey: name.toLowerCase(),
  level,
  kind,
  parentId: level === "province" ? null : "80@-2025-06-30",
  validFrom: null,
  validTo: "2025-06-30",
});

const periods = reportingPeriods(parsePeriod("2023")).filter(
  (p) => p.code === "2023-01" || p.code === "2023-02",
);
const board: ReportingBoard = {
  province: unit("80", "Long An", "tỉnh", "province"),
  year: 2023,
  today: "2023-03-01",
  rules: {} as ReportingBoard["rules"],
  periods,
  rows: [
    {
      unit: unit("806", "Cần Đước", "huyện", "district"),
      plans: [{ id: "kh-806-2023", title: "Kế hoạch năm 2023" }],
      targets: 24,
      cells: [
        {
          period: "2023-01",
          status: "approved",
          late: true,
          overdue: false,
          submittedAt: "2023-01-20T17:30:00Z",
          withoutFigure: 1,
        },
        {
          period: "2023-02",
          status: "missing",
          late: undefined,
          overdue: true,
          submittedAt: null,
          withoutFigure: 24,
        },
      ],
    },
  ],
};

describe("the reporting board's file: one row per unit and report", () => {
  it("in Vietnamese: the period, the days counted, the due date, the status and when it was sent, in Vietnam's time", () => {
    const csv = tableToCsv(boardTable(board, "vi"));
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "Mã,Đơn vị,Kỳ báo cáo,Loại,Thời gian chốt số liệu,Hạn gửi,Tình trạng,Ngày nộp,Số chỉ tiêu,Chỉ tiêu chưa có số liệu",
    );
    expect(lines[1]).toBe(
      "806,huyện Cần Đước,tháng 1/2023,Tháng,15/12/2022 - 14/01/2023,20/01/2023,Đã phê duyệt (nộp muộn),21/01/2023 00:30,24,1",
    );
    expect(lines[2]).toBe(
      "806,huyện Cần Đước,tháng 2/2023,Tháng,15/01/2023 - 14/02/2023,20/02/2023,Chưa nộp,,24,24",
    );
  });

  it("in English, as an Excel sheet whose first row is the caption", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tableToXlsx(boardTable(board, "en"))) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe(
      "Reports of the units of Long An province, 2023 (as of 01/03/2023)",
    );
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      "806",
      "Cần Đước district",
      "January 2023",
      "Month",
      "15/12/2022 - 14/01/2023",
      "20/01/2023",
      "Approved (sent late)",
      "21/01/2023 00:30",
      "24",
      "1",
    ]);
    expect(sheet.getRow(4).getCell(7).value).toBe("Missing");
  });
});
