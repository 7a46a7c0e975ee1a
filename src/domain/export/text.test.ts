import { describe, expect, it } from "vitest";
import { csvField, csvTable, escapeXml } from "./text";

describe("escapeXml", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });
  it("drops characters XML cannot hold, keeps tabs, line breaks and astral characters", () => {
    expect(escapeXml("a\u0000b\u000bc\td\ne\uFFFF😀\uD800")).toBe("abc\td\ne😀");
  });
});

describe("csvField", () => {
  it("quotes fields with commas, quotes and line breaks, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('He said "yes", then left\nearly')).toBe('"He said ""yes"", then left\nearly"');
  });
  it("defuses fields a spreadsheet would run as formulas", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("@cmd")).toBe("'@cmd");
    expect(csvField(-3)).toBe("-3");
  });
  it("writes empty fields for missing values and CRLF rows", () => {
    expect(csvTable(["a", "b"], [[null, true]])).toBe("a,b\r\n,true\r\n");
  });
});
