import { describe, expect, it } from "vitest";
import { spanOf } from "../../domain/time";
import type { HappenedMark } from "../../domain/timeline";
import { paddedDomain, placeMarks, type Scale, ticks, toTime, toX } from "./geometry";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const mark = (id: string, value: Parameters<typeof spanOf>[0]): HappenedMark => {
  const span = spanOf(value);
  if (!span) throw new Error(`bad date ${JSON.stringify(value)}`);
  return { relationId: id, span };
};
const scale: Scale = { domain: { from: utc(2016), to: utc(2018) }, x0: 0, x1: 730 };

describe("timeline geometry", () => {
  it("maps instants to x and back", () => {
    expect(toX(scale, utc(2017))).toBeCloseTo((366 / 731) * 730, 3);
    expect(toTime(scale, toX(scale, utc(2016, 8)))).toBeCloseTo(utc(2016, 8), -3);
  });

  it("pads the extent to whole months", () => {
    expect(paddedDomain({ from: utc(2016, 8, 15), to: utc(2017, 2, 14) })).toEqual({
      from: utc(2016, 8),
      to: utc(2017, 3),
    });
  });

  it("draws a year as a span over the whole year and a day as a point", () => {
    const [year, day] = placeMarks([mark("y", "2016"), mark("d", "2017-02-13")], scale);
    expect(year).toMatchObject({ point: false, left: 0 });
    expect(year?.right).toBeCloseTo((366 / 731) * 730, 3);
    expect(day).toMatchObject({ point: true });
    expect(day?.left).toBe(day?.right);
  });

  it("lets open sides run to the axis' ends, marked open", () => {
    const [since, until] = placeMarks(
      [mark("s", { start: "2016-08" }), mark("u", { end: "2016-03" })],
      scale,
    );
    expect(since).toMatchObject({ openEnd: true, openStart: false, right: 730 });
    expect(until).toMatchObject({ openStart: true, left: 0 });
  });

  it("puts overlapping marks in separate lanes and reuses a lane once free", () => {
    const placed = placeMarks([mark("a", "2016"), mark("b", "2016-06"), mark("c", "2017-06")], scale);
    expect(placed.map((p) => p.lane)).toEqual([0, 1, 0]);
  });

  it("writes a mark's name after it, or before it when the axis ends first, and keeps lanes clear of names", () => {
    const width = () => 100;
    const [early, late, open] = placeMarks(
      [mark("early", "2016-02"), mark("late", "2017-10"), mark("open", { start: "2016-07" })],
      scale,
      4,
      width,
    );
    expect(early?.label).toMatchObject({ anchor: "start" });
    expect(early?.label?.x).toBeGreaterThan(early?.right ?? 0);
    expect(late?.label).toMatchObject({ anchor: "end" });
    expect(late?.label?.x).toBeLessThan(late?.left ?? 0);
    // The open mark runs to the axis' end: its name goes before it, clear of the first one's name.
    expect(open?.label).toMatchObject({ anchor: "end" });
    expect(open?.lane).not.toBe(early?.lane);
    // An open start with no room on either side carries its name over its faded part.
    const [until] = placeMarks([mark("u", { end: "2017-10" })], scale, 4, () => 300);
    expect(until?.label).toMatchObject({ anchor: "end" });
    expect(until?.label?.x).toBeLessThan(until?.right ?? 0);
    expect(until?.label?.x).toBeGreaterThan(300);
    // A name that fits on neither side is left out.
    const [wide] = placeMarks([mark("w", "2017")], scale, 4, () => 700);
    expect(wide?.label).toBeNull();
  });

  it("labels years, and months only when there is room", () => {
    expect(ticks(scale).some((t) => t.label === "2017" && t.major)).toBe(true);
    expect(ticks(scale).some((t) => !t.major)).toBe(true);
    const narrow = ticks({ ...scale, x1: 120 });
    expect(narrow.every((t) => t.major)).toBe(true);
  });
});
