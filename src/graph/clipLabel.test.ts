import { describe, expect, it } from "vitest";
import { clipLabel } from "./toElements";

describe("#clipLabel", () => {
  it("should leave ordinary names alone", () => {
    expect(clipLabel("People with direct knowledge of the situation")).toBe(
      "People with direct knowledge of the situation",
    );
  });

  it("should clip long labels and let very long words wrap", () => {
    const label = clipLabel("W".repeat(200));
    expect(label.replaceAll("\u200b", "")).toBe(`${"W".repeat(89)}…`);
    expect(label.split("\u200b").every((part) => part.length <= 24)).toBe(true);
  });
});
