// PNG and JPG: the picture and its frame drawn with Canvas 2D at the plan's size (paint.ts, which
// the dialog's preview also draws with), then encoded once.
import { paintImage } from "./paint";
import type { ImagePlan, Progress } from "./types";

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export async function renderRaster(
  plan: ImagePlan,
  onProgress: Progress,
): Promise<{ blob: Blob; texts: string[] }> {
  const format = plan.options.format === "jpg" ? "jpg" : "png";
  onProgress("Drawing the image");
  await nextFrame();
  const canvas = document.createElement("canvas");
  canvas.width = plan.size.width;
  canvas.height = plan.size.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("The browser could not make a canvas this large.");
  const texts = paintImage(ctx, plan.picture, plan.frame, plan.placement, plan.background);
  // No frame waited for here: toBlob encodes asynchronously, and the progress shows meanwhile.
  onProgress(`Encoding ${format.toUpperCase()}`);
  const type = format === "png" ? "image/png" : "image/jpeg";
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.92));
  canvas.width = 0; // release the pixels at once
  if (!blob || blob.size === 0) throw new Error("The browser could not encode an image this large.");
  return { blob, texts };
}
