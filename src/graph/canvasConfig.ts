// Large-graph configuration: the canvas props that depend on the size of the dataset.
import type cytoscape from "cytoscape";
import { LARGE_GRAPH_NODES, STYLESHEET, STYLESHEET_LARGE } from "./stylesheet";

export interface CanvasConfig {
  /** Keys the canvas: cytoscape reads the renderer options only when an instance is made. */
  key: "large" | "normal";
  stylesheet: cytoscape.StylesheetJsonBlock[];
  minZoom: number;
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  pixelRatio: number | "auto";
}

const NORMAL: CanvasConfig = {
  key: "normal",
  stylesheet: STYLESHEET,
  minZoom: 0.1,
  hideEdgesOnViewport: false,
  textureOnViewport: false,
  pixelRatio: "auto",
};

/**
 * Above LARGE_GRAPH_NODES: a lighter stylesheet, edges hidden and the scene drawn from a texture
 * while panning or zooming, one device pixel per CSS pixel, and zoom down to 0.5 %. Module constants,
 * so the props keep their identity (a new stylesheet object restyles everything).
 */
const LARGE: CanvasConfig = {
  key: "large",
  stylesheet: STYLESHEET_LARGE,
  minZoom: 0.005,
  hideEdgesOnViewport: true,
  textureOnViewport: true,
  pixelRatio: 1,
};

/** The canvas configuration for a dataset of this many entities. */
export function canvasConfig(entities: number): CanvasConfig {
  return entities > LARGE_GRAPH_NODES ? LARGE : NORMAL;
}
