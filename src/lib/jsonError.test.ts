import { describe, expect, it } from "vitest";
import { firstJsonErrorOffset, lineAndColumn, parseJson } from "./jsonError";

describe("#parseJson", () => {
  it("should parse valid JSON", () => {
    expect(parseJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it("should say where invalid JSON goes wrong, by line and column", () => {
    const text = '{\n  "version": 1,\n  "title": "broken",\n  "articles": [\n    { "id": "a", }\n  ]\n}\n';
    expect(parseJson(text)).toEqual({ ok: false, offset: 72, line: 5, column: 18, reason: 'unexpected "}"' });
  });

  it("should report a text that ends too early", () => {
    expect(parseJson('{"a": [1, 2')).toMatchObject({
      ok: false,
      line: 1,
      column: 12,
      reason: "the text ends too early",
    });
  });
});

describe("#firstJsonErrorOffset", () => {
  it("should find the first error offset like JSON.parse would", () => {
    expect(firstJsonErrorOffset("[1, 2]")).toBe(6);
    expect(firstJsonErrorOffset("[1, 2,]")).toBe(6);
    expect(firstJsonErrorOffset('{"a": tru}')).toBe(9);
    expect(firstJsonErrorOffset('"\\x"')).toBe(2);
    expect(firstJsonErrorOffset("01")).toBe(1);
    expect(firstJsonErrorOffset("")).toBe(0);
  });
});

describe("#lineAndColumn", () => {
  it("should count lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("ab\ncd", 99)).toEqual({ line: 2, column: 3 });
  });
});
