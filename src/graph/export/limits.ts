// How large a canvas the browser can draw. Past these, Chromium gives an empty image and cytoscape
// does not clamp, so the dialog checks the composed size first and offers the largest that works.
//   area: 2^28 = 268,435,456 px (16,384² for a square). Measured in Debian's Chromium 156: 16,384²
//         draws, 16,385 × 16,384 comes back empty.
//   side: 32,767 px. Chromium 156 draws up to 65,535 px a side (65,536 is empty), but Firefox and
//         older Chromium stop at 32,767, so files made here open and re-render everywhere.

export const CANVAS_MAX_AREA = 268_435_456;
export const CANVAS_MAX_SIDE = 32_767;

export interface PixelSize {
  width: number;
  height: number;
}

/** Pixel size of a frame of `base` CSS px (at 1×) drawn at `scale`. */
export function scaledSize(base: PixelSize, scale: number): PixelSize {
  return { width: Math.floor(base.width * scale), height: Math.floor(base.height * scale) };
}

export function fitsCanvas(size: PixelSize): boolean {
  return (
    size.width >= 1 &&
    size.height >= 1 &&
    size.width <= CANVAS_MAX_SIDE &&
    size.height <= CANVAS_MAX_SIDE &&
    size.width * size.height <= CANVAS_MAX_AREA
  );
}

/** The largest scale, in steps of 0.1, at which a frame of `base` px still fits; 0 if none does. */
export function largestScale(base: PixelSize, upTo = 4): number {
  if (base.width <= 0 || base.height <= 0) return 0;
  const exact = Math.min(
    upTo,
    CANVAS_MAX_SIDE / base.width,
    CANVAS_MAX_SIDE / base.height,
    Math.sqrt(CANVAS_MAX_AREA / (base.width * base.height)),
  );
  let scale = Math.floor(exact * 10) / 10;
  while (scale > 0 && !fitsCanvas(scaledSize(base, scale))) scale = Math.round((scale - 0.1) * 10) / 10;
  return Math.max(0, scale);
}
