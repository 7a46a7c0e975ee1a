import { describe, expect, it } from "vitest";
import { type Box, type LabelCandidate, labelBox, planLabels, wrapLabel } from "./labels";

/** 7 px a character: enough to test wrapping without a browser. */
const measure = (text: string) => text.length * 7;
const VIEW: Box = { x1: 0, y1: 0, x2: 800, y2: 600 };

function candidate(id: string, x: number, y: number, text = id, forced = false): LabelCandidate {
  const lines = wrapLabel(text, measure);
  return { id, x, y, w: 20, h: 20, lines, width: Math.max(...lines.map(measure)), forced };
}
const nodeBox = (c: LabelCandidate) => ({
  box: { x1: c.x - c.w / 2, y1: c.y - c.h / 2, x2: c.x + c.w / 2, y2: c.y + c.h / 2 },
  owner: c.id,
});

describe("wrapLabel", () => {
  it("keeps a short name on one line and wraps a longer one at word boundaries", () => {
    expect(wrapLabel("Rex Tillerson", measure)).toEqual(["Rex Tillerson"]);
    expect(wrapLabel("A European intelligence service", measure)).toEqual([
      "A European",
      "intelligence",
      "service",
    ]);
  });

  it("cuts a 200-character name to three lines ending with an ellipsis, each within the width", () => {
    const name = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
    const lines = wrapLabel(name, measure);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith("…")).toBe(true);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(132);
  });

  it("breaks a single word wider than a line", () => {
    const lines = wrapLabel("W".repeat(60), measure);
    expect(lines.join("").replace("…", "").length).toBeLessThanOrEqual(60);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(132);
  });
});

describe("planLabels", () => {
  it("places names in priority order; a later name that would collide moves to another side", () => {
    const a = candidate("Alpha", 400, 300);
    const b = candidate("Bravo", 400, 322); // just below Alpha: Alpha's name below would cover it
    const plan = planLabels([a, b], VIEW, [nodeBox(a), nodeBox(b)]);
    expect(plan.get("Alpha")?.side).toBe("top");
    expect(plan.get("Bravo")?.side).toBe("bottom");
  });

  it("never lets a name cover another node or name, and leaves one out when there is no room", () => {
    // A tight ring of nodes around the centre one: no side of it is free.
    const centre = candidate("Centre", 400, 300);
    const ring = [
      candidate("N", 400, 275),
      candidate("S", 400, 325),
      candidate("E", 440, 300),
      candidate("W", 360, 300),
    ];
    const all = [...ring, centre];
    const plan = planLabels(all, VIEW, all.map(nodeBox));
    expect(plan.get("Centre")).toBeNull();
    const boxes = all.flatMap((c) => {
      const place = plan.get(c.id);
      return place ? [{ id: c.id, box: labelBox(c, place.side) }] : [];
    });
    for (const { id, box } of boxes) {
      for (const other of all) {
        if (other.id === id) continue;
        const n = nodeBox(other).box;
        expect(box.x1 < n.x2 && n.x1 < box.x2 && box.y1 < n.y2 && n.y1 < box.y2, `${id} on ${other.id}`).toBe(
          false,
        );
      }
    }
  });

  it("draws a forced name (the selection) even when nothing is free", () => {
    const centre = candidate("Centre", 400, 300, "Centre", true);
    const ring = [
      candidate("N", 400, 275),
      candidate("S", 400, 325),
      candidate("E", 440, 300),
      candidate("W", 360, 300),
    ];
    const plan = planLabels([centre, ...ring], VIEW, [centre, ...ring].map(nodeBox));
    expect(plan.get("Centre")).toMatchObject({ side: "bottom" });
  });

  it("keeps names inside the canvas", () => {
    // A canvas hardly larger than the node: every place would reach past its edge.
    const edge = candidate("Edgeward", 20, 20);
    const plan = planLabels([edge], { x1: 0, y1: 0, x2: 40, y2: 40 }, [nodeBox(edge)]);
    expect(plan.get("Edgeward")).toBeNull();
  });
  it("between two actors side by side, with the one beyond named underneath, lifts a name half its height further off", () => {
    // A compact view on a phone: Kislyak between the Philippines and Flynn, 30 px apart, Flynn's and
    // the Philippines' names under them. Right over Kislyak grazed Flynn's outline by a pixel.
    const size = (c: LabelCandidate, w: number) => ({ ...c, w, h: w });
    const flynn = size(candidate("Michael Flynn", 303, 463.5), 11);
    const philippines = size(candidate("Philippines", 182, 462.5), 11);
    const kislyak = size(candidate("Sergey Kislyak", 263.7, 463.4), 9.2);
    const all = [flynn, philippines, kislyak];
    const plan = planLabels(all, { x1: 0, y1: 0, x2: 390, y2: 585 }, all.map(nodeBox));
    expect(plan.get("Michael Flynn")?.side).toBe("bottom");
    const place = plan.get("Sergey Kislyak");
    expect(place?.side).toBe("top");
    expect(place?.lift).toBeLessThan(0);
    const box = labelBox(kislyak, "top");
    const lifted = { ...box, y1: box.y1 + (place?.lift ?? 0), y2: box.y2 + (place?.lift ?? 0) };
    for (const other of [flynn, philippines]) expect(lifted.y2).toBeLessThan(other.y - other.h / 2);
  });
});
