import { describe, expect, it } from "vitest";
import { csvField, csvTable, escapeXml, unguardCsvField } from "./text";

describe("escapeXml", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });
  it("drops characters XML cannot hold, keeps astral characters and tabs and line breaks as references", () => {
    expect(escapeXml("a\u0000b\u000bc\td\ne\r\uFFFF😀\uD800")).toBe("abc&#9;d&#10;e&#13;😀");
  });
});

describe("csvField", () => {
  it("quotes every text field, doubling quotes; numbers and booleans stay bare", () => {
    expect(csvField("plain")).toBe('"plain"');
    expect(csvField("a;=1+1")).toBe('"a;=1+1"');
    expect(csvField(12)).toBe("12");
    expect(csvField(false)).toBe("false");
    expect(csvField('He said "yes", then left\nearly')).toBe('"He said ""yes"", then left\nearly"');
  });
  it("defuses fields a spreadsheet would run as formulas, with an apostrophe it can undo exactly", () => {
    expect(csvField("=HYPERLINK(1)")).toBe(`"'=HYPERLINK(1)"`);
    expect(csvField("@cmd")).toBe(`"'@cmd"`);
    expect(csvField("  +1")).toBe(`"'  +1"`);
    expect(csvField("\uFF1D1+1")).toBe(`"'\uFF1D1+1"`);
    expect(csvField(-3)).toBe("-3");
    for (const value of ["=1", "'=1", "''=1", "'plain", "plain", "- a dash"]) {
      expect(unguardCsvField(csvField(value).slice(1, -1))).toBe(value);
    }
  });
  it("writes empty fields for missing values and CRLF rows", () => {
    expect(csvTable(["a", "b"], [[null, true]])).toBe('"a","b"\r\n,true\r\n');
  });
});
