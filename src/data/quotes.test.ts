import { describe, expect, it } from "vitest";
import { indexText, locateQuote, locateQuoteIn, normalizeWhitespace } from "./quotes";

describe("normalizeWhitespace", () => {
  it("collapses runs of spaces, tabs and line breaks to one space and trims", () => {
    expect(normalizeWhitespace("  a \t b\n\nc\r\n d  ")).toBe("a b c d");
  });

  it("leaves a text without extra white space alone", () => {
    expect(normalizeWhitespace("“Sechin’s power”")).toBe("“Sechin’s power”");
  });
});

describe("locateQuote", () => {
  it("finds a single occurrence with offsets into the original text", () => {
    const text = "The sources said the interceptions include at least one contact.";
    const places = locateQuote(text, "at least one contact");
    expect(places).toEqual([{ start: 43, end: 63 }]);
    expect(text.slice(43, 63)).toBe("at least one contact");
  });

  it("finds every occurrence", () => {
    const text = "Sechin and Rosneft. Sechin again. And Sechin.";
    expect(locateQuote(text, "Sechin")).toEqual([
      { start: 0, end: 6 },
      { start: 20, end: 26 },
      { start: 38, end: 44 },
    ]);
  });

  it("reports overlapping occurrences", () => {
    expect(locateQuote("aaa", "aa")).toEqual([
      { start: 0, end: 2 },
      { start: 1, end: 3 },
    ]);
  });

  it("treats a line break in the text as equal to a space in the quote", () => {
    const text = "long before the president's\ninauguration, German electronic";
    const [place] = locateQuote(text, "president's inauguration, German");
    expect(place).toBeDefined();
    expect(text.slice(place?.start, place?.end)).toBe("president's\ninauguration, German");
  });

  it("treats runs of white space of any length and kind as equal", () => {
    const text = "a   Baltic \t\n nation";
    expect(locateQuote(text, "a Baltic\nnation")).toEqual([{ start: 0, end: text.length }]);
    expect(locateQuote("a Baltic nation", "a   Baltic  nation")).toEqual([{ start: 0, end: 15 }]);
  });

  it("ignores white space around the quote", () => {
    expect(locateQuote("one two three", "  two\n")).toEqual([{ start: 4, end: 7 }]);
  });

  it("does not let white space appear where the text has none", () => {
    expect(locateQuote("U.S. Allies", "U. S. Allies")).toEqual([]);
    expect(locateQuote("a Baltic nation", "aBaltic nation")).toEqual([]);
  });

  it("does not treat curly quotes as equal to straight ones", () => {
    expect(locateQuote("Trump’s Azerbaijani business partner", "Trump's Azerbaijani")).toEqual([]);
    expect(locateQuote("Trump's Azerbaijani business partner", "Trump’s Azerbaijani")).toEqual([]);
    expect(locateQuote("“protect” Russian speakers", '"protect" Russian')).toEqual([]);
    expect(locateQuote("Trump’s Azerbaijani", "Trump’s Azerbaijani")).toEqual([{ start: 0, end: 19 }]);
  });

  it("is case-sensitive", () => {
    expect(locateQuote("Western European ally", "western european ally")).toEqual([]);
  });

  it("returns [] when the quote is not found", () => {
    expect(locateQuote("Michael Flynn", "Michael Flynt")).toEqual([]);
    expect(locateQuote("", "anything")).toEqual([]);
  });

  it("returns [] for an empty or blank quote", () => {
    expect(locateQuote("some text", "")).toEqual([]);
    expect(locateQuote("some text", " \n\t ")).toEqual([]);
  });

  it("can reuse one indexed text for many quotes", () => {
    const indexed = indexText("first line\nsecond line");
    expect(locateQuoteIn(indexed, "line second")).toEqual([{ start: 6, end: 17 }]);
    expect(locateQuoteIn(indexed, "line")).toEqual([
      { start: 6, end: 10 },
      { start: 18, end: 22 },
    ]);
  });

  it("stops after `limit` places: a one-letter quote in a long text costs no more than asked", () => {
    const indexed = indexText("a".repeat(1_000_000));
    expect(locateQuoteIn(indexed, "a", 1)).toEqual([{ start: 0, end: 1 }]);
    expect(locateQuoteIn(indexed, "a", 6)).toHaveLength(6);
    expect(locateQuote("ab ab ab", "ab", 2)).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 5 },
    ]);
  });

  it("maps offsets back through every kind of white space the way \\s does", () => {
    // Every code unit JavaScript's \s matches, in runs and alone, between words.
    const spaces = "\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
    for (const space of spaces) {
      const text = `one${space}two${space}${space} three`;
      const [place] = locateQuote(text, "one two three");
      expect(place).toEqual({ start: 0, end: text.length });
      const [two] = locateQuote(text, "two");
      expect(two && text.slice(two.start, two.end)).toBe("two");
    }
    // A character that is not white space is never collapsed (U+200B, zero width space, is not \s).
    expect(locateQuote("one\u200btwo", "one two")).toEqual([]);
    // The index holds one 32-bit offset per character of the collapsed text.
    const indexed = indexText("a  b\n\nc");
    expect(indexed.normalized).toBe("a b c");
    expect([...indexed.starts]).toEqual([0, 1, 3, 4, 6]);
  });
});
