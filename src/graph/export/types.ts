// The export's shared types, in a module of their own so that the writers (raster.ts, svg.ts) and
// the entry point (index.ts), which loads them on demand, do not import each other.
import type { Footnotes } from "../../domain/export/footnotes";
import type { Scope } from "../../domain/export/scope";
import type { ShownIds } from "../../domain/export/visible";
import type { Frame } from "./frame";
import type { PixelSize } from "./limits";
import type { Placement } from "./paint";
import type { Picture } from "./picture";
import type { SizeChoice } from "./size";

export type ImageFormat = "png" | "jpg" | "svg";
export type DataFormat = "json" | "graphml" | "gexf" | "csv";
export type Background = "white" | "transparent" | "theme";

export interface ImageOptions {
  format: ImageFormat;
  scope: Scope;
  size: SizeChoice;
  background: Background;
  title: string;
  legend: boolean;
  caption: boolean;
  credits: boolean;
  /** Number each link and quote its excerpt under the image (up to 40). */
  footnotes: boolean;
  /** The active filters in words, as the filter panel says them; empty when none. */
  filterSummary: string;
}

/** What the dialog shows before saving (its preview draws it), and what is then saved as it is. */
export interface ImagePlan {
  options: ImageOptions;
  ids: ShownIds;
  picture: Picture;
  frame: Frame;
  /** Where the frame sits in the file, and at what scale. */
  placement: Placement;
  /** Pixel size of the file (SVG: its width and height in px). */
  size: PixelSize;
  /** False when the browser cannot draw that many pixels (PNG/JPG only). */
  fits: boolean;
  /** Said under the size (a print size clamped to the canvas limit), or null. */
  note: string | null;
  /** The largest natural scale (≤ 4, steps of 0.1) that fits, for the dialog to offer. */
  maxScale: number;
  /** The size actor names are drawn at in the file, in px. */
  namePx: number;
  caption: string;
  footnotes: Footnotes | null;
  /** The background colour, or null for transparent. */
  background: string | null;
  fileName: string;
  empty: boolean;
}

export interface ExportFile {
  name: string;
  blob: Blob;
}

export type Progress = (stage: string) => void;
