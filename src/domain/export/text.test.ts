import { describe, expect, it } from "vitest";
import { csvField, csvTable, escapeSvgText, escapeXml, stripUnsafeText, unguardCsvField } from "./text";

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

describe("stripUnsafeText", () => {
  it("drops C0 (but tab and line breaks), DEL, C1 and bidi embeddings, overrides and isolates", () => {
    const unsafe = [0x00, 0x07, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f, 0x202a, 0x202b, 0x202c]
      .concat([0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069])
      .map((c) => String.fromCharCode(c))
      .join("");
    expect(stripUnsafeText(`a${unsafe}b\tc\nd\re`)).toBe("ab\tc\nd\re");
    // Letters of any script, marks that are not overrides, and astral characters stay.
    expect(stripUnsafeText("Пу́тин \u200fمرحبا\u200e 😀")).toBe("Пу́тин \u200fمرحبا\u200e 😀");
  });
  it("is applied to SVG text and to every CSV text cell", () => {
    expect(escapeSvgText("<b>\u202eevil\u202c</b>")).toBe("&lt;b&gt;evil&lt;/b&gt;");
    expect(csvField("\u2066x\u2069\u0007")).toBe('"x"');
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
