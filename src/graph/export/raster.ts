// PNG and JPG: cytoscape draws the graph (sized with maxWidth/maxHeight, which unlike `scale`
// ignores the screen's pixel ratio), then the picture is composed onto a canvas with the title,
// legend, caption and credits drawn as Canvas 2D text, and encoded once.
import type cytoscape from "cytoscape";
import { withZoomDetail } from "../zoomDetail";
import { drawOps } from "./draw";
import type { Region } from "./scene";
import type { ImagePlan, Progress } from "./types";

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

interface GraphDrawing {
  full: boolean;
  maxWidth: number;
  maxHeight: number;
  zoom: number;
}

/** What cytoscape's canvas renderer draws cy.png with (not in its typings; checked before use). */
type BufferingRenderer = { bufferCanvasImage?: (options: object) => HTMLCanvasElement };

/**
 * The graph as a picture to compose. cytoscape's renderer draws it onto a canvas for cy.png and then
 * encodes it; the frame is composed and encoded again here, so the canvas is taken as it is when the
 * renderer offers it (one PNG encoding instead of two, and no decoding: about half the time at 1k
 * entities and 4×). Otherwise, through cy.png's PNG. Both draw synchronously.
 */
async function drawGraph(
  cy: cytoscape.Core,
  { zoom, ...options }: GraphDrawing,
): Promise<{ image: CanvasImageSource; release: () => void }> {
  const renderer = (cy as unknown as { renderer?: () => BufferingRenderer }).renderer?.();
  if (typeof renderer?.bufferCanvasImage === "function") {
    const draw = renderer.bufferCanvasImage.bind(renderer);
    const canvas = withZoomDetail(cy, zoom, () => draw(options));
    if (canvas.width > 0 && canvas.height > 0)
      return {
        image: canvas,
        release: () => {
          canvas.width = 0; // release the pixels at once
        },
      };
  }
  const blob = await withZoomDetail(cy, zoom, () => cy.png({ ...options, output: "blob-promise" }));
  if (!blob || blob.size === 0) throw new Error("The browser returned an empty picture of the graph.");
  const bitmap = await createImageBitmap(blob);
  return { image: bitmap, release: () => bitmap.close() };
}

export async function renderRaster(
  cy: cytoscape.Core,
  plan: ImagePlan,
  options: {
    format: "png" | "jpg";
    scale: number;
    region: Region;
    background: string | null;
    onProgress: Progress;
  },
): Promise<Blob> {
  const { frame, size } = plan;
  const s = options.scale;
  options.onProgress("Drawing the graph");
  await nextFrame();
  const picture = await drawGraph(cy, {
    full: options.region === "full",
    maxWidth: Math.max(1, Math.floor(plan.scene.graph.width * s)),
    maxHeight: Math.max(1, Math.floor(plan.scene.graph.height * s)),
    // The image is drawn at its own zoom (the view's times the scale, or the scale for the whole
    // graph): line patterns are chosen for that zoom, not the view's.
    zoom: options.region === "full" ? s : cy.zoom() * s,
  });

  options.onProgress("Adding legend, caption and credits");
  await nextFrame();
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("The browser could not make a canvas this large.");
  ctx.scale(size.width / frame.width, size.height / frame.height);
  if (options.background) {
    ctx.fillStyle = options.background;
    ctx.fillRect(0, 0, frame.width, frame.height);
  }
  ctx.drawImage(picture.image, frame.graph.x, frame.graph.y, frame.graph.width, frame.graph.height);
  picture.release();
  drawOps(ctx, [...frame.title, ...frame.legend, ...frame.caption, ...frame.credits]);

  options.onProgress(`Encoding ${options.format.toUpperCase()}`);
  await nextFrame();
  const type = options.format === "png" ? "image/png" : "image/jpeg";
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.92));
  canvas.width = 0; // release the pixels at once
  if (!blob || blob.size === 0) throw new Error("The browser could not encode an image this large.");
  return blob;
}
