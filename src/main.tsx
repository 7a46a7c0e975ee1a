import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { openBundled, openUrl } from "./state/openDataset";
import { startPreferences } from "./state/preferencesSync";
import { useStore } from "./state/store";
import { applyViewFromUrl, startUrlSync } from "./state/urlSync";
import "./styles.css";

startPreferences();

// `?data=<address>` opens a dataset from the same origin instead of the bundled one; the rest of
// the URL (the view) applies once it is in. If it cannot be opened, the problems say why and offer
// the bundled story.
const dataUrl = new URLSearchParams(window.location.search).get("data");
if (dataUrl !== null) {
  void openUrl(dataUrl).then(() => {
    if (useStore.getState().dataset) applyViewFromUrl();
  });
} else {
  openBundled();
  applyViewFromUrl();
}
startUrlSync();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
