// WCAG 2.1 contrast over every theme's tokens: text 4.5:1 (1.4.3), shapes, lines and focus rings
// 3:1 (1.4.11), against the backgrounds they are drawn on.
import { describe, expect, it } from "vitest";
import { contrast } from "./contrast";
import { CSS_VARS, cssProperties, THEME_NAMES, THEMES } from "./tokens";
import { STATUS_VISUALS } from "./vocabulary";

describe("contrast()", () => {
  it("follows the WCAG formula", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });
});

describe.each(THEME_NAMES)("the %s theme", (name) => {
  const { ui, entity, family } = THEMES[name];

  it.each([
    ["body text on the paper", ui.ink, ui.paper],
    ["body text on a panel", ui.ink, ui.panel],
    ["secondary text on the paper", ui.inkSoft, ui.paper],
    ["secondary text on a panel", ui.inkSoft, ui.panel],
    ["links on the paper", ui.accent, ui.paper],
    ["links on a panel", ui.accent, ui.panel],
    ["body text on a control or card", ui.ink, ui.field],
    ["secondary text on a control or card", ui.inkSoft, ui.field],
    ["faint values on a panel", ui.inkFaint, ui.panel],
    ["faint values on a card", ui.inkFaint, ui.field],
    ["links on a card", ui.accent, ui.field],
    ["text on the accent", ui.onAccent, ui.accent],
    ["the pressed segment (paper on ink)", ui.paper, ui.ink],
    ["the header's text", ui.headerInk, ui.headerBg],
    ["the product name", ui.brand, ui.headerBg],
    ["an excerpt's text", ui.ink, ui.quote],
    ["link labels on the canvas", ui.edgeLabel, ui.paper],
    ...(["statusConfirmed", "statusReported", "statusUnconfirmed", "statusDenied"] as const).flatMap((k) => [
      [`${k} on a panel`, ui[k], ui.panel],
      [`${k} on a card`, ui[k], ui.field],
    ]),
    ["a problem's text on its banner", ui.problemInk, ui.problemBg],
    ["an error's words on a dialog", ui.danger, ui.field],
    ["text on a notice", ui.ink, ui.noticeBg],
    ["text on an information banner", ui.ink, ui.infoBg],
    ["a hovered option", ui.ink, ui.hover],
    ["a search hit", ui.ink, ui.mark],
    ...(["excerpt", "excerptShared", "excerptHover", "excerptCurrent", "excerptEmphasis"] as const).map(
      (k) => [`text highlighted as ${k}`, ui.ink, ui[k]],
    ),
  ])("%s has at least 4.5:1", (_what, fg, bg) => {
    expect(contrast(fg as string, bg as string)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ["focus ring on the paper", ui.accent, ui.paper],
    ["focus ring on a panel", ui.accent, ui.panel],
    ["focus ring on a card", ui.accent, ui.field],
    ["focus ring on the header", ui.headerFocus, ui.headerBg],
    ["the selected actor's outline", ui.ink, ui.paper],
    ["legend sample lines on the paper", ui.lineNeutral, ui.paper],
    ["legend sample lines on a panel", ui.lineNeutral, ui.panel],
    ["an unnamed actor's dashed outline", ui.ink, ui.paper],
    ...Object.entries(entity).map(([t, c]) => [`actor type ${t}`, c, ui.paper]),
    ...Object.entries(entity).map(([t, c]) => [`actor type ${t} in a panel legend`, c, ui.panel]),
    ...Object.entries(family).map(([f, c]) => [`link family ${f}`, c, ui.paper]),
    ...Object.entries(family).map(([f, c]) => [`link family ${f} in a panel legend`, c, ui.panel]),
  ])("%s has at least 3:1", (_what, fg, bg) => {
    expect(contrast(fg as string, bg as string)).toBeGreaterThanOrEqual(3);
  });

  it("writes every colour as #rrggbb", () => {
    for (const [, value] of cssProperties(THEMES[name])) expect(value).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe("token sets", () => {
  it("name the same tokens in every theme, so a theme is only a change of values", () => {
    const names = (theme: (typeof THEME_NAMES)[number]) => cssProperties(THEMES[theme]).map(([n]) => n);
    expect(names("dark")).toEqual(names("light"));
    expect(cssProperties(CSS_VARS).map(([n, v]) => v === `var(${n})`)).not.toContain(false);
  });

  it("the four claim statuses keep four different line patterns in every theme", () => {
    const patterns = Object.values(STATUS_VISUALS).map((s) => `${s.line} ${s.dash?.join(",") ?? "solid"}`);
    expect(new Set(patterns).size).toBe(4);
    const faint = Object.values(STATUS_VISUALS).map((s) => s.farOpacity);
    expect(new Set(faint).size).toBe(4);
  });
});
