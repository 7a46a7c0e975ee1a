import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { openBundled, openUrl } from "./state/openDataset";
import { startPreferences } from "./state/preferencesSync";
import { useStore } from "./state/store";
import { startThemeAttribute } from "./state/theme";
import { applyViewFromUrl, startUrlSync } from "./state/urlSync";
import "virtual:theme.css";
import "./styles.css";
import "./responsive.css";

startPreferences();
startThemeAttribute();

// `?embed=1` is the graph and its excerpts for a story page, without the app around them. Its code
// and styles are a chunk of their own, so the app's first download does not carry them; in the
// built app, index.html's embed-preload script (vite.config.ts) has asked for it already, in
// parallel with this chunk.
const embed = /^(1|true)$/.test(new URLSearchParams(window.location.search).get("embed") ?? "");
const embedModule = embed ? import("./components/Embed/EmbedApp") : null;

// `?data=<address>` opens a dataset from the same origin instead of the bundled one; the rest of
// the URL (the view) applies once it is in. If it cannot be opened, the problems say why and offer
// the bundled story.
const dataUrl = new URLSearchParams(window.location.search).get("data");
const ready = () => {
  applyViewFromUrl();
  if (embedModule) void embedModule.then((m) => m.startEmbed());
};
if (dataUrl !== null) {
  void openUrl(dataUrl).then(() => {
    if (useStore.getState().dataset) ready();
  });
} else {
  openBundled();
  ready();
}
startUrlSync(window, { history: embed ? "replace" : "push" });

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const reactRoot = createRoot(root);
// The embed renders once its module is in, not through React.lazy: a suspended first render
// commits an empty fallback and retries a task later, which the embed's first frame waited for.
if (embedModule)
  void embedModule.then(({ default: EmbedApp }) =>
    reactRoot.render(
      <StrictMode>
        <EmbedApp />
      </StrictMode>,
    ),
  );
else
  reactRoot.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
