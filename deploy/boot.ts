// The one inline script of the built page (index.html's <head>, put there by vite.config.ts), run
// before anything is painted, so that the static frame index.html paints before any module has run
// (issue 14: "no blank page, no jump") is the frame the app will draw: the theme the reader chose
// (the system's is CSS's own, through prefers-color-scheme), the side panels' widths, whether the
// legend is open and whether the list is shown, read from the preferences the app keeps
// (src/state/preferences.ts: throughline:preferences, version 1; the same clamps and defaults).
// The CSP allows it by its hash (deploy/csp.ts), and nothing else inline. `?embed=1` marks the page,
// so the app's frame is not painted under an embed. It never throws: storage may be missing or
// hold anything.
export const BOOT_SCRIPT = `(function () {
  var root = document.documentElement;
  var prefs = {};
  try {
    var stored = JSON.parse(localStorage.getItem("throughline:preferences") || "null");
    if (stored && stored.v === 1 && stored.data && typeof stored.data === "object") prefs = stored.data;
  } catch (e) {}
  try {
    if (/^(1|true)$/.test(new URLSearchParams(location.search).get("embed") || "")) root.setAttribute("data-embed", "");
    if (prefs.theme === "dark" || prefs.theme === "light") root.setAttribute("data-theme", prefs.theme);
    var width = function (name, value) {
      if (typeof value === "number" && isFinite(value))
        root.style.setProperty(name, Math.round(Math.min(720, Math.max(200, value))) + "px");
    };
    width("--left-width", prefs.leftWidth);
    width("--right-width", prefs.rightWidth);
    var open = typeof prefs.legendOpen === "boolean" ? prefs.legendOpen : !matchMedia("(max-width: 600px)").matches;
    root.setAttribute("data-legend", open ? "open" : "folded");
    if (prefs.panel === "list") root.setAttribute("data-panel", "list");
  } catch (e) {}
})();`;
