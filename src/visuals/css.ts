// The theme tokens as a stylesheet of CSS custom properties, served to the app as `virtual:theme.css`
// (vite.config.ts): light by default, dark when the reader's system asks for it, and either one when
// the reader chose it (`data-theme` on <html>). The panels' CSS uses only these properties for colour.
import { cssProperties, THEMES, type Tokens } from "./tokens.ts";

const block = (selector: string, scheme: "light" | "dark", tokens: Tokens, indent = "") =>
  [
    `${indent}${selector} {`,
    `${indent}  color-scheme: ${scheme};`,
    ...cssProperties(tokens).map(([name, value]) => `${indent}  ${name}: ${value};`),
    `${indent}}`,
  ].join("\n");

/** `dark: false` declares the light tokens only (while the canvas cannot follow a dark theme yet). */
export function themeCss({ dark }: { dark: boolean }): string {
  const light = [
    "/* Generated from src/visuals/tokens.ts by src/visuals/css.ts: edit the tokens, not this. */",
    block(":root", "light", THEMES.light),
  ];
  if (!dark) return [...light, ""].join("\n");
  return [
    ...light,
    "@media (prefers-color-scheme: dark) {",
    block(':root:not([data-theme="light"])', "dark", THEMES.dark, "  "),
    "}",
    block(':root[data-theme="dark"]', "dark", THEMES.dark),
    "",
  ].join("\n");
}
