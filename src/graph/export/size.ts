// Sizes a newsroom asks for, and where the image's frame (CSS px at 1×) sits in each: its natural
// size at a scale, an article's width, a social card, a square, or print at 300 dpi. Raster sizes
// are clamped to what the browser can draw, with a note saying so.
import { CANVAS_MAX_AREA, CANVAS_MAX_SIDE, fitsCanvas, type PixelSize, scaledSize } from "./limits";
import type { Placement } from "./paint";

export type SizePreset = "natural" | "article" | "social" | "square" | "print";

export interface SizeChoice {
  preset: SizePreset;
  /** For "natural" raster images: 1 to 4. */
  scale: number;
  /** For "print": the printed width, in `printUnit`. */
  printWidth: number;
  printUnit: "cm" | "in";
}

export const PRINT_DPI = 300;
export const ARTICLE_WIDTH = 1200;
const BOXES: Partial<Record<SizePreset, PixelSize>> = {
  social: { width: 1200, height: 675 },
  square: { width: 1080, height: 1080 },
};

export const PRESET_LABELS: Record<SizePreset, string> = {
  natural: "Natural size",
  article: "Article width (1,200 px wide)",
  social: "Social card (1,200 × 675)",
  square: "Square (1,080 × 1,080)",
  print: "Print (300 dpi)",
};

export interface Sizing {
  placement: Placement;
  /** False when the browser cannot draw it (natural size past the limit; other presets clamp). */
  fits: boolean;
  /** Said under the size when the print size was clamped. */
  note: string | null;
}

const px = (n: number) => Math.round(n).toLocaleString("en-US");

/** The largest scale (3 decimals) at which a frame of `base` px fits the canvas. */
function largestFittingScale(base: PixelSize): number {
  const exact = Math.min(
    CANVAS_MAX_SIDE / base.width,
    CANVAS_MAX_SIDE / base.height,
    Math.sqrt(CANVAS_MAX_AREA / (base.width * base.height)),
  );
  let s = Math.floor(exact * 1000) / 1000;
  while (s > 0 && !fitsCanvas(scaledSize(base, s))) s -= 0.001;
  return s;
}

export function sizeFor(frame: PixelSize, choice: SizeChoice, raster: boolean): Sizing {
  const at = (scale: number): Placement => {
    const { width, height } = scaledSize(frame, scale);
    return { width: Math.max(1, width), height: Math.max(1, height), scale, dx: 0, dy: 0 };
  };
  if (choice.preset === "article")
    return { placement: at(ARTICLE_WIDTH / frame.width), fits: true, note: null };
  const box = BOXES[choice.preset];
  if (box) {
    const scale = Math.min(box.width / frame.width, box.height / frame.height);
    return {
      placement: {
        ...box,
        scale,
        dx: (box.width - frame.width * scale) / 2,
        dy: (box.height - frame.height * scale) / 2,
      },
      fits: true,
      note: null,
    };
  }
  if (choice.preset === "print") {
    const inches = choice.printUnit === "cm" ? choice.printWidth / 2.54 : choice.printWidth;
    const wanted = at((Math.max(0.1, inches) * PRINT_DPI) / frame.width);
    if (!raster || fitsCanvas(wanted)) return { placement: wanted, fits: true, note: null };
    const clamped = at(largestFittingScale(frame));
    const dpi = Math.floor(clamped.width / Math.max(0.1, inches));
    return {
      placement: clamped,
      fits: true,
      note: `At ${PRINT_DPI} dpi this would be ${px(wanted.width)} × ${px(wanted.height)} px, more than the browser can draw: clamped to ${px(clamped.width)} × ${px(clamped.height)} px (${dpi} dpi at this width).`,
    };
  }
  const placement = at(raster ? choice.scale : 1);
  return { placement, fits: !raster || fitsCanvas(placement), note: null };
}
