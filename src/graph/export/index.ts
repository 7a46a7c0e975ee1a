// Export, as the dialog sees it: plan an image (sizes, limits, file name) while options change, then
// save exactly that plan. What is shown comes from the store (its visibility, passed in); positions
// and sizes from the live canvas through getGraphInstance(); the dialog never touches cy. The image
// writers are loaded only when asked for.

import type cytoscape from "cytoscape";
import type { LoadedDataset } from "../../data/types";
import {
  buildCaption,
  buildCredits,
  exportFileName,
  isoDay,
  legendContents,
} from "../../domain/export/caption";
import {
  serializeCsv,
  serializeDatasetJson,
  serializeGexf,
  serializeGraphml,
} from "../../domain/export/data";
import { buildFootnotes, type FootnotePick, omittedSentence } from "../../domain/export/footnotes";
import { type Scope, type ScopeSource, scopePicks, scopeSubset } from "../../domain/export/scope";
import { type ShownIds, shownElements } from "../../domain/export/visible";
import { THEMES, type ThemeName } from "../../visuals/tokens";
import { getGraphInstance } from "../instance";
import { cssFont, type Font, layoutFrame } from "./frame";
import { largestScale } from "./limits";
import { paintImage } from "./paint";
import { buildPicture, MIN_NAME_PX, type Picture, type PictureLayout } from "./picture";
import { canvasMeasure, collectionOf, type Region, readScene } from "./scene";
import { sizeFor } from "./size";
import type {
  Background,
  DataFormat,
  ExportFile,
  ImageFormat,
  ImageOptions,
  ImagePlan,
  Progress,
} from "./types";

export type { Scope, ScopeSource } from "../../domain/export/scope";
export { availableScopes, SCOPE_LABELS } from "../../domain/export/scope";
export { CANVAS_MAX_AREA, CANVAS_MAX_SIDE } from "./limits";
export { PRESET_LABELS, type SizeChoice, type SizePreset } from "./size";
export type * from "./types";

export function describeShown(
  dataset: LoadedDataset,
  ids: ShownIds,
  filterSummary: string,
  view: boolean,
  story = false,
) {
  const shown = shownElements(dataset, ids);
  const counts = {
    shownEntities: shown.entities.length,
    totalEntities: dataset.entities.length,
    shownRelations: shown.relations.length,
    totalRelations: dataset.relations.length,
  };
  return {
    counts,
    everything:
      counts.shownEntities === counts.totalEntities && counts.shownRelations === counts.totalRelations,
    caption: buildCaption(counts, filterSummary, { view, story }),
  };
}

/** The theme the page shows: its paper colour says which token set the panels use. */
export function pageTheme(): ThemeName {
  const attr = document.documentElement.dataset.theme;
  if (attr === "dark" || attr === "light") return attr;
  const paper = getComputedStyle(document.documentElement).getPropertyValue("--paper").trim().toLowerCase();
  return paper && paper === THEMES.dark.ui.paper.toLowerCase() ? "dark" : "light";
}

/** The colours an image is drawn in: the page's theme for "app theme", else the light set. */
export function imageTheme(background: Background): ThemeName {
  return background === "theme" ? pageTheme() : "light";
}

export function backgroundColor(background: Background, format: ImageFormat): string | null {
  if (background === "transparent" && format !== "jpg") return null;
  if (background === "theme") return THEMES[pageTheme()].ui.paper;
  return "#ffffff";
}

/** The ids a scope covers and how its picture is laid out; null when the canvas is not there. */
export function resolveScope(
  source: ScopeSource,
  scope: Scope,
): { ids: ShownIds; layout: PictureLayout; view: boolean } | null {
  const subset = scopeSubset(scope, source);
  if (subset) return { ...subset, view: false };
  const cy = getGraphInstance();
  if (!cy) return null;
  const region: Region = scope === "view" ? "view" : "full";
  // A story step: what it has told, where the canvas has it.
  const shown = scope === "step" && source.step ? source.step.ids : source.visibility;
  return {
    ids: readScene(cy, shown, region).ids,
    layout: { kind: "keep" },
    view: region === "view",
  };
}

/**
 * Footnote picks for these links: a story step's cited excerpts in its order, along the path for a
 * path, else in the dataset's order.
 */
function footnotePicks(
  dataset: LoadedDataset,
  source: ScopeSource,
  scope: Scope,
  ids: ShownIds,
): readonly FootnotePick[] {
  const own = scopePicks(scope, source);
  if (own) return own;
  const { relations } = shownElements(dataset, ids);
  if (scope !== "path") return relations.map((r) => ({ relation: r.id }));
  const order = source.paths.flatMap((path) => path.flatMap((step) => step.relations.map((r) => r.id)));
  const rank = new Map<string, number>();
  for (const id of order) if (!rank.has(id)) rank.set(id, rank.size);
  return [...relations]
    .sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity))
    .map((r) => ({ relation: r.id }));
}

/**
 * Pictures made lately, by what they depend on: going back to a scope or a footnote setting seen a
 * moment ago redraws the preview at once (options that only re-frame never make a picture again).
 */
const pictures = new Map<string, Promise<Picture>>();
/** The picture shown, the one with the other footnote setting and each subset's (plansAhead). */
const PICTURES_KEPT = 8;

/** The picture of these elements (kept while nothing it depends on changes: options only re-frame). */
function pictureOf(
  cy: cytoscape.Core,
  ids: ShownIds,
  layout: PictureLayout,
  theme: ThemeName,
  numbers: ReadonlyMap<string, number>,
): Promise<Picture> {
  const drawn = collectionOf(cy, ids);
  const elements = drawn.map((ele) => ({
    group: ele.group(),
    data: ele.data() as Record<string, unknown>,
    classes: ele.classes(),
    ...(ele.isNode() ? { position: { ...ele.position() } } : {}),
  })) as cytoscape.ElementDefinition[];
  const key = JSON.stringify([
    layout,
    theme,
    [...numbers],
    elements.map((e) => [e.data.id, e.classes, layout.kind === "keep" ? e.position : null]),
  ]);
  let picture = pictures.get(key);
  if (picture)
    pictures.delete(key); // re-inserted below: the most recent last
  else {
    const made = buildPicture({ elements, layout, theme, numbers, measure });
    made.catch(() => {
      if (pictures.get(key) === made) pictures.delete(key);
    });
    picture = made;
  }
  pictures.set(key, picture);
  for (const old of pictures.keys()) if (pictures.size > PICTURES_KEPT) pictures.delete(old);
  return picture;
}

/** Text widths, kept: the picture measures the same names and labels in every spread and plan. */
const measured = new Map<string, number>();
const measure = (text: string, font: Font) => {
  const css = cssFont(font);
  const key = `${css}\n${text}`;
  let width = measured.get(key);
  if (width === undefined) {
    width = canvasMeasure(text, css);
    if (measured.size > 50_000) measured.clear();
    measured.set(key, width);
  }
  return width;
};

/** The PNG/JPG writer, fetched while the dialog plans so that Export does not wait for it. */
let rasterModule: Promise<typeof import("./raster")> | null = null;
const loadRaster = () => {
  rasterModule ??= import("./raster");
  rasterModule.catch(() => {
    rasterModule = null;
  });
  return rasterModule;
};

/** Subsets laid out afresh this small are planned ahead (plansAhead); larger ones cost too long a task. */
const AHEAD_MAX_ACTORS = 300;

/**
 * The plans a reader may ask for next, to make while the page is idle once a preview is shown: the
 * other footnote setting, and each other subset on offer (its own layout and labels are the costly
 * part of a preview, docs/performance.md). With their pictures made, choosing one only re-frames.
 */
export function plansAhead(
  source: ScopeSource,
  options: ImageOptions,
  scopes: readonly Scope[],
): ImageOptions[] {
  const out: ImageOptions[] = [{ ...options, footnotes: !options.footnotes }];
  for (const scope of scopes) {
    if (scope === options.scope) continue;
    const subset = scopeSubset(scope, source);
    if (subset && subset.ids.entities.size <= AHEAD_MAX_ACTORS) out.push({ ...options, scope });
  }
  return out;
}

/** Plans the image of what the scope covers with these options: what the preview shows and is saved. */
export async function planImageExport(
  dataset: LoadedDataset,
  source: ScopeSource,
  options: ImageOptions,
  now = new Date(),
): Promise<ImagePlan | null> {
  const cy = getGraphInstance();
  if (!cy) return null;
  const resolved = resolveScope(source, options.scope);
  if (!resolved) return null;
  const { ids, layout, view } = resolved;
  const theme = imageTheme(options.background);
  const tokens = THEMES[theme];
  const footnotes = options.footnotes
    ? buildFootnotes(dataset, footnotePicks(dataset, source, options.scope, ids))
    : null;
  const numbers = new Map((footnotes?.notes ?? []).map((n) => [n.relation, n.number] as const));
  const picture = await pictureOf(cy, ids, layout, theme, numbers);
  const described = describeShown(dataset, ids, options.filterSummary, view, options.scope === "step");
  const sentences = [described.caption];
  if (picture.droppedLabels > 0)
    sentences.push(
      `${picture.droppedLabels.toLocaleString("en-US")} link ${picture.droppedLabels === 1 ? "label was" : "labels were"} left out where there was no room (a subset shows them)`,
    );
  if (footnotes?.omitted) sentences.push(omittedSentence(footnotes.omitted));
  const caption = sentences.join(". ");
  const frame = layoutFrame(
    {
      graph: { width: picture.width, height: picture.height },
      title: options.title,
      legend: options.legend ? legendContents(dataset, ids, source.asOf ?? null) : null,
      caption: options.caption ? caption : null,
      footnotes: footnotes ? footnotes.notes.map((n) => n.text) : null,
      credits: options.credits ? buildCredits(dataset, ids) : null,
      tokens,
    },
    measure,
  );
  const raster = options.format !== "svg";
  if (raster) void loadRaster().catch(() => {});
  const sizing = sizeFor({ width: frame.width, height: frame.height }, options.size, raster);
  return {
    options,
    ids,
    picture,
    frame,
    placement: sizing.placement,
    size: { width: sizing.placement.width, height: sizing.placement.height },
    fits: sizing.fits,
    note: sizing.note,
    maxScale: largestScale({ width: frame.width, height: frame.height }),
    namePx: Math.round(MIN_NAME_PX * sizing.placement.scale * 10) / 10,
    caption,
    footnotes,
    background: backgroundColor(options.background, options.format),
    empty: picture.nodes.length === 0,
    fileName: exportFileName({
      filterSummary: options.filterSummary,
      everything: described.everything,
      view,
      date: now,
      ext: options.format,
    }),
  };
}

/** Saves the plan the dialog showed, as it is (sizes, file name, caption are not computed again). */
export async function runImageExport(plan: ImagePlan, onProgress: Progress = () => {}): Promise<ExportFile> {
  const { options } = plan;
  if (plan.empty) throw new Error("Nothing is shown: there is no graph to export.");
  if (!plan.fits) throw new Error("This size is more than the browser can draw.");
  if (options.format === "svg") {
    onProgress("Loading the SVG writer");
    const { pictureSvg } = await import("./svg");
    onProgress("Writing SVG");
    const svg = pictureSvg(plan.picture, plan.frame, plan.placement, {
      background: plan.background,
      title: options.title,
      description: plan.caption,
    });
    return { name: plan.fileName, blob: new Blob([svg], { type: "image/svg+xml" }) };
  }
  const { renderRaster } = await loadRaster();
  const { blob, texts } = await renderRaster(plan, onProgress);
  // The words the Canvas writer drew, for the browser tests to compare with the SVG's.
  if (window.throughline) window.throughline.exportedTexts = texts;
  return { name: plan.fileName, blob };
}

/** The data of what the scope covers: one file (JSON, GraphML, GEXF) or three (CSV). */
export function runDataExport(
  dataset: LoadedDataset,
  source: ScopeSource,
  format: DataFormat,
  scope: Scope,
  filterSummary: string,
  now = new Date(),
): ExportFile[] {
  const resolved = resolveScope(source, scope);
  if (!resolved) throw new Error("The graph is not ready yet.");
  const { ids, view } = resolved;
  const { everything } = describeShown(dataset, ids, filterSummary, view);
  const name = (ext: string, part?: string) =>
    exportFileName({
      filterSummary,
      everything,
      view,
      date: now,
      ext,
      ...(part ? { part } : {}),
    });
  switch (format) {
    case "json":
      return [
        {
          name: name("json"),
          blob: new Blob([serializeDatasetJson(dataset, ids)], { type: "application/json" }),
        },
      ];
    case "graphml":
      return [
        {
          name: name("graphml"),
          blob: new Blob([serializeGraphml(dataset, ids)], { type: "application/xml" }),
        },
      ];
    case "gexf":
      return [
        {
          name: name("gexf"),
          blob: new Blob([serializeGexf(dataset, ids, isoDay(now))], { type: "application/xml" }),
        },
      ];
    case "csv": {
      const files = serializeCsv(dataset, ids);
      const csv = (text: string) => new Blob([text], { type: "text/csv;charset=utf-8" });
      return [
        { name: name("csv", "entities"), blob: csv(files.entities) },
        { name: name("csv", "relations"), blob: csv(files.relations) },
        { name: name("csv", "evidence"), blob: csv(files.evidence) },
      ];
    }
  }
}

/**
 * Draws the plan into `canvas` as it will be saved, scaled down to fit `box` CSS px: the preview
 * uses the same Canvas 2D writer as PNG and JPG.
 */
export function drawPreview(
  canvas: HTMLCanvasElement,
  plan: ImagePlan,
  box: { width: number; height: number },
): void {
  const fit = Math.min(1, box.width / plan.size.width, box.height / plan.size.height);
  const ratio = window.devicePixelRatio || 1;
  const k = fit * ratio;
  canvas.width = Math.max(1, Math.round(plan.size.width * k));
  canvas.height = Math.max(1, Math.round(plan.size.height * k));
  canvas.style.width = `${Math.round(plan.size.width * fit)}px`;
  canvas.style.height = `${Math.round(plan.size.height * fit)}px`;
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  paintImage(ctx, plan.picture, plan.frame, plan.placement, plan.background, k);
  if (window.throughline) window.throughline.previewDrawnAt = performance.now();
}
