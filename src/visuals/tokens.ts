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
  /** Background of controls, cards, dialogs and the reader's page. */
  field: string;
  /** Text too faint to read as body text on purpose (values no filter would leave), still 4.5:1. */
  inkFaint: string;
  /** Links, focus rings, the active control. */
  accent: string;
  /** Text on an accent background (the pressed segment, the primary button). */
  onAccent: string;
  /** The header bar: background, text, button outlines, focus ring, the product name. */
  headerBg: string;
  headerInk: string;
  headerRule: string;
  headerFocus: string;
  brand: string;
  /** Hovered and chosen options in lists. */
  hover: string;
  /** A search hit marked in text. */
  mark: string;
  /** Claim status words, on panels and cards. */
  statusConfirmed: string;
  statusReported: string;
  statusUnconfirmed: string;
  statusDenied: string;
  /** Problems: their banner, its text, and the rule and words that flag an error. */
  problemBg: string;
  problemInk: string;
  danger: string;
  /** Notices that something is narrowed (focus banner, the selected row). */
  noticeBg: string;
  noticeRule: string;
  /** Information banners (ignored link settings, loading). */
  infoBg: string;
  infoRule: string;
  /** Excerpts highlighted in the article reader: all, those both articles quote, hovered, the
   * selected link's, and the one just jumped to. */
  excerpt: string;
  excerptShared: string;
  excerptHover: string;
  excerptCurrent: string;
  excerptEmphasis: string;
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
    field: "#ffffff",
    inkFaint: "#6b6b6b",
    accent: "#0b5cad",
    onAccent: "#ffffff",
    headerBg: "#1b1b1b",
    headerInk: "#ffffff",
    headerRule: "#9e9e9e",
    headerFocus: "#ffd54f",
    brand: "#ffd54f",
    hover: "#e3eefa",
    mark: "#ffe08a",
    statusConfirmed: "#1b5e20",
    statusReported: "#0d47a1",
    statusUnconfirmed: "#8a4b00",
    statusDenied: "#b71c1c",
    problemBg: "#fdecea",
    problemInk: "#5f1010",
    danger: "#b71c1c",
    noticeBg: "#fff4d6",
    noticeRule: "#d9b45a",
    infoBg: "#eef4fb",
    infoRule: "#b7cde6",
    excerpt: "#fff6d3",
    excerptShared: "#ffeaa0",
    excerptHover: "#ffe08a",
    excerptCurrent: "#ffd54f",
    excerptEmphasis: "#ffb300",
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
    field: "#23262e",
    inkFaint: "#9d9890",
    accent: "#6ab0ff",
    onAccent: "#0d1520",
    headerBg: "#0b0c0f",
    headerInk: "#e8e6e1",
    headerRule: "#6b6f78",
    headerFocus: "#ffd54f",
    brand: "#ffd54f",
    hover: "#263a52",
    mark: "#5c4a10",
    statusConfirmed: "#81c784",
    statusReported: "#90caf9",
    statusUnconfirmed: "#ffb74d",
    statusDenied: "#ef9a9a",
    problemBg: "#3a1d1d",
    problemInk: "#ffcdd2",
    danger: "#ff8a80",
    noticeBg: "#3a3119",
    noticeRule: "#8a7330",
    infoBg: "#1a2636",
    infoRule: "#34506e",
    excerpt: "#332c17",
    excerptShared: "#473b19",
    excerptHover: "#5c4a10",
    excerptCurrent: "#6e5800",
    excerptEmphasis: "#8a5a00",
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
