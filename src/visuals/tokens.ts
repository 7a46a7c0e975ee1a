// Theme tokens: every colour the app draws with, once per theme. The canvas stylesheet, the export
// writers and the legend take a token set; the panels read the same values as CSS custom properties
// (css.ts writes them). A theme is a token set, never a second stylesheet. Contrast of each pair a
// reader must tell apart is checked in tokens.test.ts (WCAG 1.4.3 and 1.4.11).
import type { EntityType } from "../data/types";
import type { RelationFamily } from "./vocabulary";

export type ThemeName = "light" | "dark";
export const THEME_NAMES: readonly ThemeName[] = ["light", "dark"];

export interface UiTokens {
  /** The page and the canvas. */
  paper: string;
  /** Side panels. */
  panel: string;
  /** Body text, and on the canvas: labels, the outline of unnamed and selected actors. */
  ink: string;
  /** Secondary text. */
  inkSoft: string;
  /** Dividers and borders that only separate (not controls). */
  rule: string;
  /** Links, focus rings, the active control. */
  accent: string;
  /** Excerpt background and its rule. */
  quote: string;
  quoteRule: string;
  /** The thin outline that keeps a shape apart from the lines under it. */
  nodeBorder: string;
  /** Link labels on the canvas. */
  edgeLabel: string;
  /** Sample lines in legends (line pattern, width, mark), where colour is not the point. */
  lineNeutral: string;
  /** Glow under the entities and links of a path, and under the selected link. */
  pathGlow: string;
  selectedGlow: string;
}

export interface Tokens {
  ui: UiTokens;
  /** Fill of each type of actor: at least 3:1 against the paper. */
  entity: Record<EntityType, string>;
  /** Line colour of each family of link: at least 3:1 against the paper. */
  family: Record<RelationFamily, string>;
}

const light: Tokens = {
  ui: {
    paper: "#ffffff",
    panel: "#f6f5f2",
    ink: "#1b1b1b",
    inkSoft: "#4a4a4a",
    rule: "#d9d6cf",
    accent: "#0b5cad",
    quote: "#fffbea",
    quoteRule: "#c9a227",
    nodeBorder: "#ffffff",
    edgeLabel: "#333333",
    lineNeutral: "#444444",
    pathGlow: "#ffb300",
    selectedGlow: "#ffd54f",
  },
  entity: {
    person: "#1f6fb2",
    group: "#4f6b8a",
    government: "#b0361f",
    agency: "#7b3fa0",
    legislature: "#876a00",
    company: "#1b7f4b",
    organization: "#0f7a80",
    media: "#5d5d5d",
    asset: "#a34f00",
  },
  family: {
    money: "#a65e00",
    roles: "#546e7a",
    personal: "#ad1457",
    intelligence: "#0b7285",
    power: "#5e35b1",
  },
};

/** Lighter, less saturated fills and lines on a near-black paper; the same hue for each meaning. */
const dark: Tokens = {
  ui: {
    paper: "#15171c",
    panel: "#1d2027",
    ink: "#e8e6e1",
    inkSoft: "#b4b0a8",
    rule: "#3a3f4a",
    accent: "#6ab0ff",
    quote: "#2a2619",
    quoteRule: "#c9a227",
    nodeBorder: "#15171c",
    edgeLabel: "#d0d0d0",
    lineNeutral: "#c4c4c4",
    pathGlow: "#ffb300",
    selectedGlow: "#ffd54f",
  },
  entity: {
    person: "#5aa9e6",
    group: "#8fa7c4",
    government: "#f0795c",
    agency: "#b98ae0",
    legislature: "#d4b430",
    company: "#4cc487",
    organization: "#3cc3c9",
    media: "#a8a8a8",
    asset: "#f08c3a",
  },
  family: {
    money: "#e0a040",
    roles: "#90a4ae",
    personal: "#f06292",
    intelligence: "#3bc9db",
    power: "#9f8cf0",
  },
};

export const THEMES: Record<ThemeName, Tokens> = { light, dark };

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every token as a CSS custom property name and its value, e.g. `--ink-soft`, `--entity-person`. */
export function cssProperties(tokens: Tokens): [string, string][] {
  return [
    ...Object.entries(tokens.ui).map(([k, v]): [string, string] => [`--${kebab(k)}`, v]),
    ...Object.entries(tokens.entity).map(([k, v]): [string, string] => [`--entity-${k}`, v]),
    ...Object.entries(tokens.family).map(([k, v]): [string, string] => [`--family-${k}`, v]),
  ];
}

const mapTokens = (tokens: Tokens, f: (group: string, key: string) => string): Tokens => ({
  ui: Object.fromEntries(Object.keys(tokens.ui).map((k) => [k, f("", k)])) as unknown as UiTokens,
  entity: Object.fromEntries(Object.keys(tokens.entity).map((k) => [k, f("entity-", k)])) as Tokens["entity"],
  family: Object.fromEntries(Object.keys(tokens.family).map((k) => [k, f("family-", k)])) as Tokens["family"],
});

/**
 * The tokens as `var(--…)` references: for what the DOM draws (the panel legend's icons), which then
 * follows the theme through CSS without re-rendering.
 */
export const CSS_VARS: Tokens = mapTokens(light, (group, key) => `var(--${group}${kebab(key)})`);
