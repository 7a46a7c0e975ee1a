// The export's shared types, in a module of their own so that the writers (raster.ts, svg.ts) and
// the entry point (index.ts), which loads them on demand, do not import each other.
import type { Frame } from "./frame";
import type { PixelSize } from "./limits";
import type { Region, Scene } from "./scene";

export type ImageFormat = "png" | "jpg" | "svg";
export type DataFormat = "json" | "graphml" | "gexf" | "csv";
export type Background = "white" | "transparent" | "theme";

export interface ImageOptions {
  format: ImageFormat;
  region: Region;
  scale: number;
  background: Background;
  title: string;
  legend: boolean;
  caption: boolean;
  credits: boolean;
  /** The active filters in words, as the filter panel says them; empty when none. */
  filterSummary: string;
}

/** What the dialog shows before saving, and what is then saved: runImageExport takes it as it is. */
export interface ImagePlan {
  options: ImageOptions;
  scene: Scene;
  frame: Frame;
  /** Pixel size of the file at the chosen scale (SVG: its width and height in px). */
  size: PixelSize;
  /** False when the browser cannot draw that many pixels (PNG/JPG only). */
  fits: boolean;
  /** The largest scale (≤ 4, steps of 0.1) that fits, for the dialog to offer. */
  maxScale: number;
  caption: string;
  fileName: string;
  empty: boolean;
}

export interface ExportFile {
  name: string;
  blob: Blob;
}

export type Progress = (stage: string) => void;
