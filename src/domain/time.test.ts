import { describe, expect, it } from "vitest";
import { dateValueProblem, parsePartialDate } from "../data/dates";
import { formatDateValue, formatTimeRange, spanOf, spanOverlaps, whenText } from "./time";

function must<T>(value: T | null): T {
  if (value === null) throw new Error("expected a value");
  return value;
}

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe("parsePartialDate", () => {
  it("keeps a year as the whole year, never as 1 January", () => {
    expect(parsePartialDate("2008")).toEqual({
      text: "2008",
      precision: "year",
      start: utc(2008),
      end: utc(2009),
    });
  });
  it("keeps a month as the whole month", () => {
    expect(parsePartialDate("2016-12")).toMatchObject({
      precision: "month",
      start: utc(2016, 12),
      end: utc(2017),
    });
  });
  it("keeps a day as that day", () => {
    expect(parsePartialDate("2017-02-13")).toMatchObject({
      precision: "day",
      start: utc(2017, 2, 13),
      end: utc(2017, 2, 14),
    });
  });
  it("refuses days and months that do not exist", () => {
    expect(parsePartialDate("2017-02-29")).toBeNull();
    expect(parsePartialDate("2017-13")).toBeNull();
    expect(parsePartialDate("2017-04-31")).toBeNull();
    expect(parsePartialDate("2016-02-29")).not.toBeNull();
    expect(parsePartialDate("17-02")).toBeNull();
  });
});

describe("dateValueProblem", () => {
  it("accepts single dates, closed and open ranges", () => {
    expect(dateValueProblem("2017-02-13")).toBeNull();
    expect(dateValueProblem({ start: "2016-08", end: "2017-02" })).toBeNull();
    expect(dateValueProblem({ start: "2016-08" })).toBeNull();
    expect(dateValueProblem({ end: "2017" })).toBeNull();
  });
  it("says which side of a range is wrong", () => {
    expect(dateValueProblem({ start: "2017-02", end: "2016-08" })).toMatchObject({
      key: "end",
      message: expect.stringMatching(/before it starts/),
    });
    expect(dateValueProblem({ start: "2016-08", end: "2017" })).toMatchObject({
      key: "end",
      message: expect.stringMatching(/mixes precisions/),
    });
    expect(dateValueProblem({ start: "2017-02-30" })).toMatchObject({ key: "start" });
    expect(dateValueProblem({})).toMatchObject({ message: expect.stringMatching(/needs a start/) });
  });
  it("accepts a range within one month or year", () => {
    expect(dateValueProblem({ start: "2016", end: "2016" })).toBeNull();
  });
});

describe("spanOf and spanOverlaps", () => {
  it("covers the whole written period", () => {
    const year = spanOf("2008");
    expect(year).toMatchObject({ start: utc(2008), end: utc(2009), single: true });
    // A brush over December 2008 still catches a link dated "2008".
    expect(spanOverlaps(must(year), { from: utc(2008, 12), to: utc(2009) })).toBe(true);
    expect(spanOverlaps(must(year), { from: utc(2009), to: utc(2010) })).toBe(false);
  });
  it("lets an open side reach as far as needed", () => {
    const since = must(spanOf({ start: "2016-08" }));
    expect(since.end).toBeNull();
    expect(spanOverlaps(since, { from: utc(2030), to: utc(2031) })).toBe(true);
    expect(spanOverlaps(since, { from: utc(2016, 1), to: utc(2016, 8) })).toBe(false);
  });
  it("gives nothing for an invalid value", () => {
    expect(spanOf({ start: "2017", end: "2016" })).toBeNull();
  });
});

describe("formatting", () => {
  it("writes dates at their own precision", () => {
    expect(formatDateValue("2008")).toBe("2008");
    expect(formatDateValue("2016-08")).toBe("Aug 2016");
    expect(formatDateValue("2017-02-13")).toBe("13 Feb 2017");
    expect(formatDateValue({ start: "2016-08" })).toBe("since Aug 2016");
    expect(formatDateValue({ end: "2017-01" })).toBe("until Jan 2017");
    expect(formatDateValue({ start: "2016-08", end: "2017-02" })).toBe("Aug 2016 – Feb 2017");
    expect(formatTimeRange({ from: utc(2016, 8, 1), to: utc(2017, 2, 1) })).toBe("1 Aug 2016 – 31 Jan 2017");
  });
});

describe("whenText", () => {
  it("gives a range in words with the article's own words beside it, never an object", () => {
    expect(whenText({ start: "2016-08" }, "for the last seven months")).toBe(
      "since Aug 2016 (for the last seven months)",
    );
    expect(whenText({ start: "2016-08", end: "2017-02" }, undefined)).toBe("Aug 2016 – Feb 2017");
    expect(whenText(undefined, "to date")).toBe("to date");
    expect(whenText(undefined, undefined)).toBe("");
  });
});
