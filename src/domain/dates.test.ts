import { describe, expect, it } from "vitest";
import { isCalendarDate, isIsoDateTime } from "./dates.ts";

describe("isCalendarDate", () => {
  it("takes real days, 29 February of leap years included", () => {
    for (const d of ["2023-12-31", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"]) {
      expect(isCalendarDate(d), d).toBe(true);
    }
  });
  it("refuses days the calendar does not have, year 0 and other shapes", () => {
    for (const d of [
      "2023-02-29",
      "1900-02-29",
      "2023-02-30",
      "2023-04-31",
      "0000-01-01",
      "2023-13-01",
      "2023-00-10",
      "2023-1-1",
      "20230101",
      " 2023-01-01",
    ]) {
      expect(isCalendarDate(d), d).toBe(false);
    }
  });
});

describe("isIsoDateTime", () => {
  it("takes a date, or a date and time with or without an offset", () => {
    for (const d of [
      "2023-12-10",
      "2023-12-10T00:00:00Z",
      "2024-03-01 10:00:00+07",
      "2023-06-01T10:00:00.123+07:00",
      "2023-01-01T24:00:00",
      "2023-06-01T10:00",
    ]) {
      expect(isIsoDateTime(d), d).toBe(true);
    }
  });
  it("refuses impossible days, hours, seconds and offsets", () => {
    for (const d of [
      "2023-02-30",
      "0000-01-01T00:00:00Z",
      "2023-01-01T24:00:01",
      "2023-01-01T25:00:00",
      "2023-12-31T23:59:60Z",
      "2023-06-01T10:00:00+25:00",
      "2023-06-01T10:00:00+07:60",
    ]) {
      expect(isIsoDateTime(d), d).toBe(false);
    }
  });
});
