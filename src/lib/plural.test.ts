import { describe, expect, it } from "vitest";
import { count, plural } from "./plural";

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
});
