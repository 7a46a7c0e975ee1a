import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import {
  applyLabels,
  type Box,
  type LabelCandidate,
  type LabelPlace,
  labelBox,
  leaderSegment,
  planLabels,
  UNLABELLED,
  wrapLabel,
} from "./labels";
import { stylesheetFor } from "./stylesheet";

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

  describe("away from the node, with a leader line (large graphs)", () => {
    /** The box an "away" place draws its name in. */
    const awayBox = (c: LabelCandidate, place: LabelPlace): Box => {
      const h = c.lines.length * 12;
      const x = c.x + (place.dx ?? 0);
      const y = c.y + (place.dy ?? 0);
      return { x1: x - c.width / 2, y1: y - h / 2, x2: x + c.width / 2, y2: y + h / 2 };
    };
    const meets = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const ring = () => [
      candidate("N", 400, 275),
      candidate("S", 400, 325),
      candidate("E", 440, 300),
      candidate("W", 360, 300),
    ];

    it("names an actor with no free place beside it further off, clear of every node and name", () => {
      const centre = { ...candidate("Centre", 400, 300), reach: true };
      const all = [centre, ...ring()];
      const plan = planLabels(all, VIEW, all.map(nodeBox));
      const place = plan.get("Centre");
      expect(place?.side).toBe("away");
      expect(place?.backed).toBe(true);
      if (!place) return;
      const box = awayBox(centre, place);
      expect(box.x1 >= 0 && box.y1 >= 0 && box.x2 <= 800 && box.y2 <= 600).toBe(true);
      for (const other of all) {
        if (other.id !== "Centre") expect(meets(box, nodeBox(other).box), `on ${other.id}`).toBe(false);
        const theirs = plan.get(other.id);
        if (other.id !== "Centre" && theirs && theirs.side !== "away")
          expect(meets(box, labelBox(other, theirs.side)), `on ${other.id}'s name`).toBe(false);
      }
      // Without the permission (a small graph) it stays unnamed, as before.
      expect(
        planLabels([{ ...centre, reach: false }, ...ring()], VIEW, all.map(nodeBox)).get("Centre"),
      ).toBeNull();
    });

    it("keeps a name drawn away where it was in the last pass while that place is free (no jumping)", () => {
      const centre = { ...candidate("Centre", 400, 300), reach: true };
      const all = [centre, ...ring()];
      const first = planLabels(all, VIEW, all.map(nodeBox)).get("Centre");
      expect(first?.side).toBe("away");
      // A free place further off than the search would choose: kept, as given.
      const before = new Map([["Centre", { dx: 0, dy: -150 }]]);
      const next = planLabels(all, VIEW, all.map(nodeBox), before).get("Centre");
      expect(next).toMatchObject({ side: "away", dx: 0, dy: -150 });
      // The same place taken by another actor: searched afresh.
      const blocker = candidate("Blocker", 400, 150);
      const blocked = planLabels([...all, blocker], VIEW, [...all, blocker].map(nodeBox), before).get(
        "Centre",
      );
      expect(blocked?.side).toBe("away");
      expect(blocked?.dy).not.toBe(-150);
    });

    it("names beside their nodes come first: a leader never takes a place another name had beside its own node", () => {
      // The crowded one comes first in priority; the free one after it must still be named beside it.
      const crowded = { ...candidate("Crowded", 400, 300), reach: true };
      const free = { ...candidate("Free", 400, 200), reach: true };
      const all = [crowded, free, ...ring()];
      const plan = planLabels(all, VIEW, all.map(nodeBox));
      expect(plan.get("Crowded")?.side).toBe("away");
      expect(plan.get("Free")?.side).not.toBe("away");
    });

    it("leader lines cross one another only squarely (40° or more), never run along one another", () => {
      // A crowd: 120 actors scattered over the canvas' middle (a fixed pseudo-random draw), each
      // wanting a name.
      let seed = 7;
      const random = () => {
        seed = (seed * 16807) % 2147483647;
        return seed / 2147483647;
      };
      const crowd: LabelCandidate[] = Array.from({ length: 120 }, (_, i) => ({
        ...candidate(`A${i}`, 250 + random() * 300, 200 + random() * 200),
        reach: true,
      }));
      const plan = planLabels(crowd, VIEW, crowd.map(nodeBox));
      const lines = crowd.flatMap((c) => {
        const place = plan.get(c.id);
        if (place?.side !== "away") return [];
        return [leaderSegment(c, c.w / 2, awayBox(c, place))];
      });
      expect(lines.length).toBeGreaterThan(5);
      const side = (p: { x: number; y: number }, q: { x: number; y: number }, r: { x: number; y: number }) =>
        Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
      for (let i = 0; i < lines.length; i++)
        for (let j = i + 1; j < lines.length; j++) {
          const a = lines[i];
          const b = lines[j];
          if (!a || !b) continue;
          const cross =
            side(a.from, a.to, b.from) * side(a.from, a.to, b.to) < 0 &&
            side(b.from, b.to, a.from) * side(b.from, b.to, a.to) < 0;
          if (!cross) continue;
          const u = { x: a.to.x - a.from.x, y: a.to.y - a.from.y };
          const v = { x: b.to.x - b.from.x, y: b.to.y - b.from.y };
          const cos = Math.abs(u.x * v.x + u.y * v.y) / (Math.hypot(u.x, u.y) * Math.hypot(v.x, v.y));
          const degrees = (Math.acos(Math.min(1, cos)) * 180) / Math.PI;
          expect(degrees, `leaders ${i} and ${j} cross at ${degrees.toFixed(0)}°`).toBeGreaterThanOrEqual(
            39.9,
          );
        }
      // Every name, beside or away, is clear of every other name.
      const boxes = crowd.flatMap((c) => {
        const place = plan.get(c.id);
        if (!place) return [];
        if (place.side === "away") return [{ id: c.id, box: awayBox(c, place) }];
        const at = labelBox(c, place.side);
        const [dx, dy] = [place.shift ?? 0, place.lift ?? 0];
        return [{ id: c.id, box: { x1: at.x1 + dx, y1: at.y1 + dy, x2: at.x2 + dx, y2: at.y2 + dy } }];
      });
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          if (a && b) expect(meets(a.box, b.box), `${a.id} × ${b.id}`).toBe(false);
        }
    });
  });
});

describe("applyLabels on a canvas", () => {
  const canvas = () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      // The large graph's stylesheet: names there have no background but a leader's name's.
      style: stylesheetFor("light", true),
      elements: [
        { data: { id: "a", label: "Alpha" }, classes: UNLABELLED },
        { data: { id: "b", label: "Beta" }, classes: UNLABELLED },
        { data: { id: "ab", source: "a", target: "b" } },
      ],
    });
    return cy;
  };
  const name = (cy: cytoscape.Core, id: string) => cy.getElementById(id).style("label");
  const px = (cy: cytoscape.Core, id: string, prop: string) =>
    cy.getElementById(id).numericStyle(prop) * cy.zoom();

  it("draws a placed name at 12 px on screen on its side, and keeps it so at every zoom", () => {
    const cy = canvas();
    const plan = new Map<string, LabelPlace | null>([
      ["a", { side: "bottom", lift: 6, lines: ["Alpha"] }],
      ["b", null],
    ]);
    applyLabels(cy, plan);
    expect(name(cy, "a")).toBe("Alpha");
    expect(name(cy, "b")).toBe("");
    expect(px(cy, "a", "font-size")).toBeCloseTo(12);
    expect(px(cy, "a", "text-margin-y")).toBeCloseTo(3 + 6);
    // The same place, zoomed in: the name stays 12 px and its margin the same on screen.
    cy.zoom(2.5);
    applyLabels(cy, plan);
    expect(name(cy, "a")).toBe("Alpha");
    expect(px(cy, "a", "font-size")).toBeCloseTo(12);
    expect(px(cy, "a", "text-margin-y")).toBeCloseTo(9);
    expect(cy.getElementById("a").style("text-valign")).toBe("bottom");
    // Far out and back in: the width cytoscape wraps at never cuts the name's line (132 px).
    for (const zoom of [0.2, 0.05, 0.3, 4, 9]) {
      cy.zoom(zoom);
      applyLabels(cy, plan);
      expect(px(cy, "a", "font-size")).toBeCloseTo(12);
      expect(px(cy, "a", "text-max-width")).toBeGreaterThanOrEqual(132 * 1.5);
    }
  });

  it("moves a name to its new side, drops a background it no longer has, and takes a name away", () => {
    const cy = canvas();
    applyLabels(cy, new Map([["a", { side: "away", dx: 40, dy: -30, backed: true, lines: ["Alpha"] }]]));
    expect(cy.getElementById("a").numericStyle("text-background-opacity")).toBeCloseTo(0.75);
    expect(px(cy, "a", "text-margin-x")).toBeCloseTo(40);
    cy.zoom(1.5);
    applyLabels(cy, new Map([["a", { side: "right", lines: ["Alpha"] }]]));
    const a = cy.getElementById("a");
    expect(a.style("text-halign")).toBe("right");
    expect(a.style("text-valign")).toBe("center");
    expect(px(cy, "a", "text-margin-x")).toBeCloseTo(3);
    expect(px(cy, "a", "text-margin-y")).toBeCloseTo(0);
    // The stylesheet's background again (b never had a bypass).
    expect(a.numericStyle("text-background-opacity")).toBe(
      cy.getElementById("b").numericStyle("text-background-opacity"),
    );
    // No room at the next step: no name at all; then back beside it, drawn again at 12 px.
    applyLabels(cy, new Map([["a", null]]));
    expect(name(cy, "a")).toBe("");
    cy.zoom(3);
    applyLabels(cy, new Map([["a", { side: "top", lines: ["Alpha"] }]]));
    expect(name(cy, "a")).toBe("Alpha");
    expect(px(cy, "a", "font-size")).toBeCloseTo(12);
    expect(px(cy, "a", "text-margin-y")).toBeCloseTo(-3);
  });

  it("a name that keeps its side but moves along it (or a leader's name that moves) is drawn where it went", () => {
    const cy = canvas();
    const away = (dx: number, dy: number) =>
      new Map([["a", { side: "away" as const, dx, dy, backed: true, lines: ["Alpha"] }]]);
    applyLabels(cy, away(40, -30));
    applyLabels(cy, away(-50, 20));
    expect(px(cy, "a", "text-margin-x")).toBeCloseTo(-50);
    expect(px(cy, "a", "text-margin-y")).toBeCloseTo(20);
    cy.zoom(2);
    applyLabels(cy, away(0, 20));
    expect(px(cy, "a", "text-margin-x")).toBeCloseTo(0);
    expect(px(cy, "a", "text-margin-y")).toBeCloseTo(20);
    expect(px(cy, "a", "font-size")).toBeCloseTo(12);
    // Slid along the bottom, then back to the middle.
    applyLabels(cy, new Map([["a", { side: "bottom", shift: 24, lines: ["Alpha"] }]]));
    expect(px(cy, "a", "text-margin-x")).toBeCloseTo(24);
    cy.zoom(0.5);
    applyLabels(cy, new Map([["a", { side: "bottom", lines: ["Alpha"] }]]));
    expect(px(cy, "a", "text-margin-x")).toBeCloseTo(0);
    expect(px(cy, "a", "text-margin-y")).toBeCloseTo(3);
    expect(px(cy, "a", "font-size")).toBeCloseTo(12);
  });

  it("a name that had a background keeps none after it lost its place and came back without one", () => {
    const cy = canvas();
    applyLabels(cy, new Map([["a", { side: "away", dx: 40, dy: 0, backed: true, lines: ["Alpha"] }]]));
    applyLabels(cy, new Map([["a", null]]));
    applyLabels(cy, new Map([["a", { side: "bottom", lines: ["Alpha"] }]]));
    expect(cy.getElementById("a").numericStyle("text-background-opacity")).toBe(
      cy.getElementById("b").numericStyle("text-background-opacity"),
    );
  });
});
