// Export, as the dialog sees it: plan an image (sizes, limits, file name) while options change, then
// save exactly that plan. What is shown comes from the store (its visibility, passed in); positions
// and sizes from the live canvas through getGraphInstance(); the dialog never touches cy. The image
// writers are loaded only when asked for.

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
import { type ShownIds, shownElements } from "../../domain/export/visible";
import { THEMES } from "../../visuals/tokens";
import { getGraphInstance } from "../instance";
import { cssFont, layoutFrame } from "./frame";
import { fitsCanvas, largestScale, scaledSize } from "./limits";
import { canvasMeasure, type Region, readScene, type Scene } from "./scene";
import type {
  Background,
  DataFormat,
  ExportFile,
  ImageFormat,
  ImageOptions,
  ImagePlan,
  Progress,
} from "./types";

export type {
  Background,
  DataFormat,
  ExportFile,
  ImageFormat,
  ImageOptions,
  ImagePlan,
  Progress,
} from "./types";

export function describeShown(dataset: LoadedDataset, scene: Scene, filterSummary: string, region: Region) {
  const shown = shownElements(dataset, scene.ids);
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
    caption: buildCaption(counts, filterSummary, { view: region === "view" }),
  };
}

/** Plans the image of what `shown` holds (the store's visibility) with these options. */
export function planImageExport(
  dataset: LoadedDataset,
  shown: ShownIds,
  options: ImageOptions,
  now = new Date(),
): ImagePlan | null {
  const cy = getGraphInstance();
  if (!cy) return null;
  const scene = readScene(cy, shown, options.region);
  const { caption, everything } = describeShown(dataset, scene, options.filterSummary, options.region);
  const frame = layoutFrame(
    {
      graph: scene.graph,
      title: options.title,
      legend: options.legend ? legendContents(dataset, scene.ids) : null,
      caption: options.caption ? caption : null,
      credits: options.credits ? buildCredits(dataset, scene.ids) : null,
      tokens: THEMES.light,
    },
    (text, font) => canvasMeasure(text, cssFont(font)),
  );
  const base = { width: frame.width, height: frame.height };
  const raster = options.format !== "svg";
  const size = raster ? scaledSize(base, options.scale) : base;
  return {
    options,
    scene,
    frame,
    size,
    fits: !raster || fitsCanvas(size),
    maxScale: largestScale(base),
    caption,
    empty: scene.graph.width <= 0 || scene.graph.height <= 0,
    fileName: exportFileName({
      filterSummary: options.filterSummary,
      everything,
      view: options.region === "view",
      date: now,
      ext: options.format,
    }),
  };
}

export function backgroundColor(background: Background, format: ImageFormat): string | null {
  if (background === "transparent" && format !== "jpg") return null;
  if (background === "theme") {
    const paper = getComputedStyle(document.documentElement).getPropertyValue("--paper").trim();
    return paper || "#ffffff";
  }
  return "#ffffff";
}

/** Saves the plan the dialog showed, as it is (sizes, file name, caption are not computed again). */
export async function runImageExport(plan: ImagePlan, onProgress: Progress = () => {}): Promise<ExportFile> {
  const cy = getGraphInstance();
  if (!cy) throw new Error("The graph is not ready yet.");
  const { options } = plan;
  if (plan.empty) throw new Error("Nothing is shown: there is no graph to export.");
  if (!plan.fits) throw new Error("This size is more than the browser can draw.");
  const background = backgroundColor(options.background, options.format);
  if (options.format === "svg") {
    onProgress("Loading the SVG writer");
    const { renderSvg } = await import("./svg");
    onProgress("Writing SVG");
    const svg = renderSvg(cy, plan, { background, tokens: THEMES.light });
    return { name: plan.fileName, blob: new Blob([svg], { type: "image/svg+xml" }) };
  }
  const { renderRaster } = await import("./raster");
  const blob = await renderRaster(cy, plan, {
    format: options.format,
    scale: options.scale,
    region: options.region,
    background,
    onProgress,
  });
  return { name: plan.fileName, blob };
}

/** The data of what is shown: one file (JSON, GraphML, GEXF) or three (CSV). */
export function runDataExport(
  dataset: LoadedDataset,
  shown: ShownIds,
  format: DataFormat,
  region: Region,
  filterSummary: string,
  now = new Date(),
): ExportFile[] {
  const cy = getGraphInstance();
  if (!cy) throw new Error("The graph is not ready yet.");
  const scene = readScene(cy, shown, region);
  const { everything } = describeShown(dataset, scene, filterSummary, region);
  const name = (ext: string, part?: string) =>
    exportFileName({
      filterSummary,
      everything,
      view: region === "view",
      date: now,
      ext,
      ...(part ? { part } : {}),
    });
  switch (format) {
    case "json":
      return [
        {
          name: name("json"),
          blob: new Blob([serializeDatasetJson(dataset, scene.ids)], { type: "application/json" }),
        },
      ];
    case "graphml":
      return [
        {
          name: name("graphml"),
          blob: new Blob([serializeGraphml(dataset, scene.ids)], { type: "application/xml" }),
        },
      ];
    case "gexf":
      return [
        {
          name: name("gexf"),
          blob: new Blob([serializeGexf(dataset, scene.ids, isoDay(now))], { type: "application/xml" }),
        },
      ];
    case "csv": {
      const files = serializeCsv(dataset, scene.ids);
      const csv = (text: string) => new Blob([text], { type: "text/csv;charset=utf-8" });
      return [
        { name: name("csv", "entities"), blob: csv(files.entities) },
        { name: name("csv", "relations"), blob: csv(files.relations) },
        { name: name("csv", "evidence"), blob: csv(files.evidence) },
      ];
    }
  }
}
