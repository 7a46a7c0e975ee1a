import { describe, expect, it } from "vitest";
import { themeCss } from "./css";
import { cssProperties, THEMES } from "./tokens";

describe("themeCss", () => {
  const css = themeCss({ dark: true });
  const block = (selector: string) => {
    const start = css.indexOf(`${selector} {`);
    return css.slice(start, css.indexOf("}", start));
  };

  it("declares the light tokens by default and the dark ones when the system or the reader asks", () => {
    for (const [name, value] of cssProperties(THEMES.light))
      expect(block(":root")).toContain(`${name}: ${value};`);
    for (const selector of [':root:not([data-theme="light"])', ':root[data-theme="dark"]'])
      for (const [name, value] of cssProperties(THEMES.dark))
        expect(block(selector)).toContain(`${name}: ${value};`);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\n {2}:root:not\(\[data-theme="light"\]\)/);
  });

  it("can declare the light theme alone", () => {
    expect(themeCss({ dark: false })).not.toContain("dark");
  });
});
