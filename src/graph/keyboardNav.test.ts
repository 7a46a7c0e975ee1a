import { describe, expect, it } from "vitest";
import { nearestInDirection, type Point } from "./keyboardNav";

// A plus sign of actors around the origin, and one far off to the upper right.
const points: Point[] = [
  { id: "east", x: 100, y: 0 },
  { id: "far-east", x: 300, y: 10 },
  { id: "west", x: -80, y: 5 },
  { id: "north", x: 0, y: -90 },
  { id: "south", x: 5, y: 120 },
  { id: "north-east", x: 400, y: -380 },
];
const origin = { x: 0, y: 0 };

describe("nearestInDirection", () => {
  it("moves to the nearest actor straight ahead in each direction", () => {
    expect(nearestInDirection(points, origin, "right")?.id).toBe("east");
    expect(nearestInDirection(points, origin, "left")?.id).toBe("west");
    expect(nearestInDirection(points, origin, "up")?.id).toBe("north");
    expect(nearestInDirection(points, origin, "down")?.id).toBe("south");
  });

  it("prefers an actor straight ahead to a closer one far aside", () => {
    const aside = [
      { id: "ahead", x: 200, y: 0 },
      { id: "aside", x: 60, y: 90 },
    ];
    expect(nearestInDirection(aside, origin, "right")?.id).toBe("ahead");
  });

  it("never moves backwards or sideways, and says so when nothing lies that way", () => {
    expect(nearestInDirection([{ id: "behind", x: -10, y: 0 }], origin, "right")).toBeNull();
    expect(nearestInDirection([{ id: "beside", x: 1, y: 100 }], origin, "right")).toBeNull();
    expect(nearestInDirection([], origin, "up")).toBeNull();
  });
});
