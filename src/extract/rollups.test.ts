import { describe, expect, it } from "vitest";
import {
  findSlashlessRollups,
  isResolutionRollup,
  isRollupNoun,
  readCountNoun,
  readRollupStatus,
} from "./rollups.ts";

describe("readCountNoun", () => {
  it("reads the counted noun up to the status verb", () => {
    expect(readCountNoun(" chỉ tiêu KT-XH đạt và vượt")?.noun).toBe("chỉ tiêu KT-XH");
    expect(readCountNoun(" tiêu chí nông thôn mới (tăng")?.noun).toBe("tiêu chí nông thôn mới");
  });
});

describe("readRollupStatus", () => {
  it("reads 'đạt, vượt' and 'hoàn thành và vượt' as met_or_exceeded", () => {
    expect(readRollupStatus(" đạt, vượt kế hoạch").status).toBe("met_or_exceeded");
    expect(readRollupStatus(" hoàn thành và vượt").status).toBe("met_or_exceeded");
  });

  it("reads 'vượt' as exceeded, 'chưa đạt' as not_met, and defaults to met", () => {
    expect(readRollupStatus(" vượt kế hoạch").status).toBe("exceeded");
    expect(readRollupStatus(" chưa đạt").status).toBe("not_met");
    expect(readRollupStatus(". Năm sau").status).toBe("met");
  });
});

describe("roll-up nouns and bases", () => {
  it("accepts targets and criteria, and sees a resolution basis", () => {
    expect(isRollupNoun("chỉ tiêu chủ yếu")).toBe(true);
    expect(isRollupNoun("ngày")).toBe(false);
    expect(isResolutionRollup("chỉ tiêu NQ", "")).toBe(true);
    expect(isResolutionRollup("chỉ tiêu", " đạt so với Nghị quyết")).toBe(true);
    expect(isResolutionRollup("chỉ tiêu", " đạt kế hoạch")).toBe(false);
  });
});

describe("findSlashlessRollups", () => {
  it("takes the total from an earlier, larger count of targets", () => {
    const before = "Năm 2023, thành phố đề ra 30 chỉ tiêu chủ yếu. ";
    const found = findSlashlessRollups("Đến nay có 27 chỉ tiêu đạt và vượt kế hoạch.", before);
    expect(found).toMatchObject([{ met: 27, total: 30 }]);
  });

  it("finds nothing without an earlier total", () => {
    expect(findSlashlessRollups("Có 27 chỉ tiêu đạt kế hoạch.", "")).toEqual([]);
  });
});

describe("findSlashlessRollups: the targets not met", () => {
  it("takes the total of a slashed roll-up before it", () => {
    const sentence = "Có 19/22 chỉ tiêu đạt; 3 chỉ tiêu không đạt.";
    const found = findSlashlessRollups(sentence, "");
    expect(found).toMatchObject([{ met: 3, total: 22 }]);
  });
});
