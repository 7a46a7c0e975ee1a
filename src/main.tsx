import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { loadBundledDataset, loadBundledTexts } from "./data/bundled";
import { openUrl } from "./state/openDataset";
import { startPreferences } from "./state/preferencesSync";
import { useStore } from "./state/store";
import { applyViewFromUrl, startUrlSync } from "./state/urlSync";
import "./styles.css";

startPreferences();

// `?data=<address>` opens a dataset from the same origin instead of the bundled one; the rest of
// the URL (the view) applies once it is in.
const dataUrl = new URLSearchParams(window.location.search).get("data");
if (dataUrl !== null) {
  void openUrl(dataUrl).then(() => applyViewFromUrl());
} else {
  const result = loadBundledDataset();
  if (result.ok) {
    useStore.getState().setDataset(result.dataset, loadBundledTexts);
    applyViewFromUrl();
  } else useStore.getState().setLoadProblems(result.problems);
}
startUrlSync();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
