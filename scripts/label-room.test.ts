import { describe, expect, it } from "vitest";
import { fitZoom, makeRoomForNames, nameBox, type RoomNode } from "./label-room";

const view = { width: 400, height: 300, padding: 20, named: 1, linePx: 12, gapPx: 3, padPx: 4 };
const node = (id: string, x: number, y: number, degree: number, labelWidth = 100): RoomNode => ({
  id,
  x,
  y,
  size: 20,
  degree,
  labelWidth,
  lines: 1,
});
const overlaps = (a: { x1: number; y1: number; x2: number; y2: number }, n: RoomNode) =>
  a.x1 < n.x + n.size / 2 && n.x - n.size / 2 < a.x2 && a.y1 < n.y + n.size / 2 && n.y - n.size / 2 < a.y2;

describe("makeRoomForNames", () => {
  it("moves a lesser actor out of the place under the best-connected actor's name, not the named one", () => {
    // At this spread the name is about 190 graph units wide: the neighbour just below sits in it.
    const input = [node("hub", 0, 0, 5), node("below", 10, 30, 1), node("far", 600, 400, 1)];
    const zoom = fitZoom(input, view);
    expect(overlaps(nameBox(input[0] as RoomNode, zoom, view), input[1] as RoomNode)).toBe(true);

    const { positions, clear } = makeRoomForNames(input, view);
    expect(clear).toBe(true);
    expect(positions.hub).toEqual([0, 0]);
    const moved = input.map((n) => ({ ...n, x: positions[n.id]?.[0] ?? 0, y: positions[n.id]?.[1] ?? 0 }));
    const hub = moved[0] as RoomNode;
    expect(overlaps(nameBox(hub, fitZoom(moved, view), view), moved[1] as RoomNode)).toBe(false);
  });

  it("leaves a layout that already has room as it is, and separates overlapping shapes", () => {
    const spaced = [node("a", 0, 0, 3, 40), node("b", 300, 0, 1, 40), node("c", 0, 300, 1, 40)];
    expect(makeRoomForNames(spaced, view).positions).toEqual({ a: [0, 0], b: [300, 0], c: [0, 300] });
    const stacked = [node("a", 0, 0, 3, 40), node("b", 300, 0, 1, 40), node("c", 305, 5, 1, 40)];
    const { positions } = makeRoomForNames(stacked, view);
    const [bx = 0, by = 0] = positions.b ?? [];
    const [cx = 0, cy = 0] = positions.c ?? [];
    expect(Math.abs(bx - cx) >= 20 || Math.abs(by - cy) >= 20).toBe(true);
  });
});
