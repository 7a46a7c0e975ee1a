import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { loadBundledDataset } from "./data/bundled";
import { useStore } from "./state/store";
import { applyViewFromUrl, startUrlSync } from "./state/urlSync";
import "./styles.css";

const result = loadBundledDataset();
if (result.ok) {
  useStore.getState().setDataset(result.dataset);
  applyViewFromUrl();
} else useStore.getState().setLoadProblems(result.problems);
startUrlSync();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
