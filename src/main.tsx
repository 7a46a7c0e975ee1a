import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { loadBundledDataset } from "./data/bundled";
import { openUrl } from "./state/openDataset";
import { useStore } from "./state/store";
import "./styles.css";

// `?data=<address>` opens a dataset from the same origin instead of the bundled one.
const dataUrl = new URLSearchParams(window.location.search).get("data");
if (dataUrl !== null) {
  void openUrl(dataUrl);
} else {
  const result = loadBundledDataset();
  if (result.ok) useStore.getState().setDataset(result.dataset);
  else useStore.getState().setLoadProblems(result.problems);
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
