import { describe, expect, it } from "vitest";
import { count, grouped, plural } from "./plural";

describe("plural", () => {
  it("uses the singular for exactly one and the plural otherwise, zero included", () => {
    expect(count(1, "article")).toBe("1 article");
    expect(count(0, "article")).toBe("0 articles");
    expect(count(2, "link")).toBe("2 links");
    expect(plural(1, "is", "are")).toBe("is");
    expect(plural(4, "is", "are")).toBe("are");
  });

  it("takes irregular plurals and groups thousands", () => {
    expect(count(1, "company", "companies")).toBe("1 company");
    expect(count(12000, "actor")).toBe("12,000 actors");
  });

  it("groups whole numbers as English does, without Intl, and leaves the rest to it", () => {
    for (const n of [
      0,
      7,
      999,
      1000,
      12_000,
      123_456,
      1_234_567,
      -1,
      -1234,
      -999_999,
      Number.MAX_SAFE_INTEGER,
    ])
      expect(grouped(n)).toBe(n.toLocaleString("en"));
    expect(grouped(1234.5)).toBe((1234.5).toLocaleString("en"));
  });
});
