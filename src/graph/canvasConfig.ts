// Large-graph configuration: the canvas props that depend on the size of the dataset.
import type cytoscape from "cytoscape";
import type { ThemeName } from "../visuals/tokens";
import { LARGE_GRAPH_NODES, stylesheetFor } from "./stylesheet";

export interface CanvasConfig {
  /** Keys the canvas: cytoscape reads the renderer options only when an instance is made. */
  key: "large" | "normal";
  stylesheet: cytoscape.StylesheetJsonBlock[];
  minZoom: number;
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  pixelRatio: number | "auto";
}

const NORMAL: Omit<CanvasConfig, "stylesheet"> = {
  key: "normal",
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
const LARGE: Omit<CanvasConfig, "stylesheet"> = {
  key: "large",
  minZoom: 0.005,
  hideEdgesOnViewport: true,
  textureOnViewport: true,
  pixelRatio: 1,
};

/**
 * The canvas configuration for a dataset of this many entities, in this theme. Built once per
 * size and theme, so the props keep their identity; a change of theme restyles the elements once
 * (the key stays: the instance and its elements are kept).
 */
const CONFIGS = new Map<string, CanvasConfig>();
export function canvasConfig(entities: number, theme: ThemeName = "light"): CanvasConfig {
  const base = entities > LARGE_GRAPH_NODES ? LARGE : NORMAL;
  const id = `${base.key}-${theme}`;
  let config = CONFIGS.get(id);
  if (!config) {
    config = { ...base, stylesheet: stylesheetFor(theme, base.key === "large") };
    CONFIGS.set(id, config);
  }
  return config;
}
