// ExportDialog (a native modal <dialog>: focus stays inside, Escape closes)
//   ├─ Format       PNG · JPG · SVG (images) | JSON · GraphML · GEXF · CSV (data)
//   ├─ Include      this story step (while one is shown) | whole graph | current view | only the
//   │               filtered set / path / selection
//   ├─ Image only   size (natural at a scale, article width, social card, square, print), background,
//   │               title, legend / caption / footnotes / credits, and the canvas-limit warning
//   ├─ Preview      the image as it will be saved, redrawn as options change
//   ├─ EmbedCode    "Copy embed code": an <iframe> of the current view for a story page
//   └─ Status       progress while exporting, then what was saved
// Options are remembered for the session (sessionStorage). Everything graph-related goes through
// src/graph/export; this component never touches cy.
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { stepExport } from "../../domain/story";
import { hasActiveFilters } from "../../domain/view";
import {
  availableScopes,
  type Background,
  CANVAS_MAX_AREA,
  CANVAS_MAX_SIDE,
  type DataFormat,
  drawPreview,
  type ImageFormat,
  type ImageOptions,
  type ImagePlan,
  PRESET_LABELS,
  planImageExport,
  plansAhead,
  runDataExport,
  runImageExport,
  SCOPE_LABELS,
  type Scope,
  type ScopeSource,
  type SizePreset,
} from "../../graph/export";
import { downloadBlob } from "../../lib/download";
import { storedValue } from "../../lib/storage";
import { statusesAsOfView } from "../../state/selectors";
import { useStore } from "../../state/store";
import { EmbedCode } from "./EmbedCode";

type Format = ImageFormat | DataFormat;
const IMAGE_FORMATS: { value: ImageFormat; label: string }[] = [
  { value: "png", label: "PNG" },
  { value: "jpg", label: "JPG" },
  { value: "svg", label: "SVG (editable)" },
];
const DATA_FORMATS: { value: DataFormat; label: string }[] = [
  { value: "json", label: "JSON (this app's format)" },
  { value: "graphml", label: "GraphML" },
  { value: "gexf", label: "GEXF (Gephi)" },
  { value: "csv", label: "CSV (3 files)" },
];
const SCALES = [1, 2, 3, 4];
const PRESETS: SizePreset[] = ["natural", "article", "social", "square", "print"];

const isImage = (f: Format): f is ImageFormat => f === "png" || f === "jpg" || f === "svg";
const px = (n: number) => n.toLocaleString("en-US");

/** What the dialog remembers for the session (this tab), so a title typed is there next time. */
type Remembered = Pick<
  ImageOptions,
  "scope" | "background" | "title" | "legend" | "caption" | "credits" | "footnotes"
> & {
  format: Format;
  preset: SizePreset;
  scale: number;
  printWidth: number;
  printUnit: "cm" | "in";
};
const DEFAULTS: Remembered = {
  format: "png",
  scope: "full",
  preset: "natural",
  scale: 2,
  printWidth: 16,
  printUnit: "cm",
  background: "white",
  title: "",
  legend: true,
  caption: true,
  credits: true,
  footnotes: false,
};
const FORMATS = new Set<string>([...IMAGE_FORMATS, ...DATA_FORMATS].map((f) => f.value));
const SCOPES = new Set<string>(Object.keys(SCOPE_LABELS));

function validRemembered(data: unknown): Remembered | null {
  if (typeof data !== "object" || data === null) return null;
  const d = data as Record<string, unknown>;
  const pick = <T,>(key: keyof Remembered, ok: (v: unknown) => boolean): T =>
    (ok(d[key]) ? d[key] : DEFAULTS[key]) as T;
  const bool = (v: unknown) => typeof v === "boolean";
  return {
    format: pick("format", (v) => typeof v === "string" && FORMATS.has(v)),
    scope: pick("scope", (v) => typeof v === "string" && SCOPES.has(v)),
    preset: pick("preset", (v) => typeof v === "string" && (PRESETS as string[]).includes(v)),
    scale: pick("scale", (v) => typeof v === "number" && v > 0 && v <= 4),
    printWidth: pick("printWidth", (v) => typeof v === "number" && v > 0 && v <= 500),
    printUnit: pick("printUnit", (v) => v === "cm" || v === "in"),
    background: pick("background", (v) => v === "white" || v === "transparent" || v === "theme"),
    title: pick("title", (v) => typeof v === "string" && v.length <= 200),
    legend: pick("legend", bool),
    caption: pick("caption", bool),
    credits: pick("credits", bool),
    footnotes: pick("footnotes", bool),
  };
}

const remembered = storedValue<Remembered>({
  key: "export-options",
  version: 1,
  fallback: DEFAULTS,
  validate: validRemembered,
  storage: (() => {
    try {
      return typeof window !== "undefined" ? window.sessionStorage : null;
    } catch {
      return null;
    }
  })(),
});

const PREVIEW_BOX = { width: 520, height: 420 };

export default function ExportDialog({
  filterSummary,
  onClose,
}: {
  filterSummary: string;
  onClose: () => void;
}) {
  const dataset = useStore((s) => s.dataset);
  const index = useStore((s) => s.index);
  // What the export covers is what the filters show, as the store says it.
  const filtered = useStore((s) => s.visibility);
  // While a story is played, the step on screen: its heading, what it has told, the excerpts it cites.
  const playing = useStore((s) => s.playing);
  const step = useMemo(() => (playing ? stepExport(playing, filtered) : null), [playing, filtered]);
  // In a story every scope covers what it has told so far, not what is still hidden.
  const visibility = step?.ids ?? filtered;
  const paths = useStore((s) => s.paths);
  const selection = useStore((s) => s.view.selection);
  const focus = useStore((s) => s.view.focus);
  const filters = useStore((s) => s.view.filters);
  const asOf = useStore(statusesAsOfView);
  const ref = useRef<HTMLDialogElement>(null);
  const previewRef = useRef<HTMLCanvasElement>(null);
  const titleId = useId();
  // Opened on a story step, the dialog offers that step, titled with its heading and footnoted with
  // its excerpts; those three are the step's, so they are not remembered for the next export.
  const [kept] = useState(() => remembered.read());
  const forStep = useRef(step !== null).current;
  const [o, setOptions] = useState<Remembered>(() =>
    step ? { ...kept, title: step.title, scope: "step", footnotes: true } : kept,
  );
  const set = (patch: Partial<Remembered>) => setOptions((prev) => ({ ...prev, ...patch }));
  const [plan, setPlan] = useState<ImagePlan | null>(null);
  const [planning, setPlanning] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<{ kind: "done" | "error"; text: string } | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    remembered.write(forStep ? { ...o, title: kept.title, scope: kept.scope, footnotes: kept.footnotes } : o);
  }, [o, forStep, kept]);

  const source = useMemo<ScopeSource | null>(
    () =>
      index
        ? {
            index,
            visibility,
            paths,
            selection,
            focus,
            narrowed: hasActiveFilters(filters) || focus !== null,
            step: step ? { ids: step.ids, picks: step.picks } : null,
            asOf,
          }
        : null,
    [index, visibility, paths, selection, focus, filters, step, asOf],
  );
  const scopes = useMemo(() => (source ? availableScopes(source) : (["full", "view"] as Scope[])), [source]);
  // A remembered subset that is not on offer now (no path any more) falls back to the whole graph.
  const scope: Scope = scopes.includes(o.scope) ? o.scope : "full";
  // The caption and the file name name the step when the image is of it.
  const summary = scope === "step" && step ? step.summary : filterSummary;
  const format = o.format;
  const image = isImage(format) ? format : null;
  const raster = format === "png" || format === "jpg";
  const effectiveBackground: Background =
    format === "jpg" && o.background === "transparent" ? "white" : o.background;
  const options = useMemo<ImageOptions | null>(
    () =>
      image
        ? {
            format: image,
            scope,
            size: { preset: o.preset, scale: o.scale, printWidth: o.printWidth, printUnit: o.printUnit },
            background: effectiveBackground,
            title: o.title,
            legend: o.legend,
            caption: o.caption,
            credits: o.credits,
            footnotes: o.footnotes,
            filterSummary: summary,
          }
        : null,
    [image, scope, o, effectiveBackground, summary],
  );

  useEffect(() => {
    if (!dataset || !source || !options) {
      setPlan(null);
      return;
    }
    let current = true;
    setPlanning(true);
    planImageExport(dataset, source, options).then(
      (next) => {
        if (!current) return;
        setPlan(next);
        setPlanning(false);
      },
      (error: unknown) => {
        if (!current) return;
        setPlanning(false);
        setStatus({ kind: "error", text: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [dataset, source, options]);

  // The pictures with the other footnote setting and of each other subset, made one at a time while
  // the reader looks at this one (when the page is idle): numbering the links or laying a subset out
  // places every label again (the costly part of a preview, docs/performance.md), and with them made,
  // ticking Footnotes or choosing a scope only re-frames the picture.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per plan shown
  useEffect(() => {
    if (!plan || !dataset || !source || !options) return;
    const ahead = plansAhead(source, options, scopes);
    let id = 0;
    let stopped = false;
    const next = () => {
      const other = ahead.shift();
      if (!other || stopped) return;
      id = whenIdle(() => {
        planImageExport(dataset, source, other)
          .catch(() => {})
          .then(next);
      });
    };
    next();
    return () => {
      stopped = true;
      cancelIdle(id);
    };
  }, [plan]);

  useEffect(() => {
    const canvas = previewRef.current;
    if (!plan || !canvas) return;
    // As wide as its column allows (a phone's dialog is narrower than the box).
    const room = (canvas.parentElement?.clientWidth ?? PREVIEW_BOX.width) - 16;
    drawPreview(canvas, plan, {
      width: Math.max(120, Math.min(PREVIEW_BOX.width, room)),
      height: PREVIEW_BOX.height,
    });
  }, [plan]);

  async function onExport() {
    if (!dataset || !source || busy) return;
    setStatus(null);
    const started = performance.now();
    try {
      let names: string[];
      if (image) {
        if (!plan || planning) throw new Error("The image is still being prepared.");
        setBusy("Preparing");
        // The plan on screen (its preview, size, file name and caption) is the one saved.
        const file = await runImageExport(plan, setBusy);
        downloadBlob(file.blob, file.name);
        names = [file.name];
      } else {
        setBusy("Writing");
        const files = runDataExport(dataset, source, format as DataFormat, scope, summary);
        for (const file of files) downloadBlob(file.blob, file.name);
        names = files.map((f) => f.name);
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      setStatus({ kind: "done", text: `Saved ${names.join(", ")} (${seconds} s).` });
    } catch (error) {
      setStatus({ kind: "error", text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  }

  const overLimit = raster && plan !== null && !plan.fits;
  const disabled =
    busy !== null || !dataset || (image !== null && (!plan || planning || plan.empty || overLimit));
  const scale = o.scale;

  return (
    <dialog
      ref={ref}
      className="export-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        if (busy) e.preventDefault();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void onExport();
        }}
      >
        <h2 id={titleId}>Export</h2>
        <div className="export-body">
          <div className="export-options">
            <fieldset>
              <legend>Format</legend>
              {(
                [
                  ["Image", IMAGE_FORMATS],
                  ["Data", DATA_FORMATS],
                ] as const
              ).map(([group, formats]) => (
                <div key={group} className="export-choices">
                  <span className="export-group-label">{group}</span>
                  {formats.map((f) => (
                    <label key={f.value}>
                      <input
                        type="radio"
                        name="format"
                        checked={format === f.value}
                        onChange={() => set({ format: f.value })}
                      />
                      {f.label}
                    </label>
                  ))}
                </div>
              ))}
            </fieldset>

            <fieldset>
              <legend>Include</legend>
              <div className="export-choices export-stack">
                {scopes.map((value) => (
                  <label key={value}>
                    <input
                      type="radio"
                      name="region"
                      checked={scope === value}
                      onChange={() => set({ scope: value })}
                    />
                    {SCOPE_LABELS[value]}
                  </label>
                ))}
              </div>
              <p className="export-hint">
                Only what the filters show is exported, with its highlighting. A subset is laid out afresh for
                the image.
              </p>
            </fieldset>

            {image && (
              <>
                <fieldset>
                  <legend>Size</legend>
                  <div className="export-choices export-stack">
                    {PRESETS.map((preset) => (
                      <label key={preset}>
                        <input
                          type="radio"
                          name="preset"
                          checked={o.preset === preset}
                          onChange={() => set({ preset })}
                        />
                        {PRESET_LABELS[preset]}
                      </label>
                    ))}
                  </div>
                  {o.preset === "natural" && raster && (
                    <div className="export-choices" role="radiogroup" aria-label="Scale">
                      {[...SCALES, ...(SCALES.includes(scale) ? [] : [scale])].map((s) => (
                        <label key={s}>
                          <input
                            type="radio"
                            name="scale"
                            checked={scale === s}
                            onChange={() => set({ scale: s })}
                          />
                          {s}×
                        </label>
                      ))}
                    </div>
                  )}
                  {o.preset === "print" && (
                    <label className="export-title">
                      Printed width
                      <input
                        type="number"
                        min={1}
                        max={500}
                        step={0.5}
                        value={o.printWidth}
                        onChange={(e) => {
                          const v = Number(e.target.value);
                          if (Number.isFinite(v) && v > 0 && v <= 500) set({ printWidth: v });
                        }}
                      />
                      <select
                        aria-label="Unit"
                        value={o.printUnit}
                        onChange={(e) => set({ printUnit: e.target.value === "in" ? "in" : "cm" })}
                      >
                        <option value="cm">cm</option>
                        <option value="in">inches</option>
                      </select>
                    </label>
                  )}
                </fieldset>
                <fieldset>
                  <legend>Background</legend>
                  <div className="export-choices">
                    {(
                      [
                        ["white", "White"],
                        ["transparent", "Transparent"],
                        ["theme", "App theme"],
                      ] as const
                    ).map(([value, label]) => (
                      <label key={value}>
                        <input
                          type="radio"
                          name="background"
                          checked={effectiveBackground === value}
                          disabled={value === "transparent" && format === "jpg"}
                          onChange={() => set({ background: value })}
                        />
                        {label}
                      </label>
                    ))}
                  </div>
                </fieldset>
                <fieldset>
                  <legend>On the image</legend>
                  <label className="export-title">
                    Title (optional)
                    <input
                      type="text"
                      value={o.title}
                      maxLength={200}
                      onChange={(e) => set({ title: e.target.value })}
                    />
                  </label>
                  <div className="export-choices">
                    <label>
                      <input
                        type="checkbox"
                        checked={o.legend}
                        onChange={(e) => set({ legend: e.target.checked })}
                      />
                      Legend
                    </label>
                    <label>
                      <input
                        type="checkbox"
                        checked={o.caption}
                        onChange={(e) => set({ caption: e.target.checked })}
                      />
                      Caption (what is shown, filters)
                    </label>
                    <label>
                      <input
                        type="checkbox"
                        checked={o.footnotes}
                        onChange={(e) => set({ footnotes: e.target.checked })}
                      />
                      {scope === "step"
                        ? "Footnotes (number each link the step cites, quote its excerpts)"
                        : "Footnotes (number each link, quote its excerpt)"}
                    </label>
                    <label>
                      <input
                        type="checkbox"
                        checked={o.credits}
                        onChange={(e) => set({ credits: e.target.checked })}
                      />
                      Credits (source articles)
                    </label>
                  </div>
                </fieldset>
              </>
            )}
          </div>

          {image && (
            <div className="export-preview-column">
              <div className="export-preview" aria-busy={planning}>
                {plan && !plan.empty ? (
                  <canvas
                    ref={previewRef}
                    role="img"
                    aria-label={`Preview of the image: ${plan.caption}`}
                    data-testid="export-preview"
                  />
                ) : (
                  <p className="export-hint">{planning ? "Preparing the preview…" : ""}</p>
                )}
              </div>
              {plan && !plan.empty && (
                <p className="export-size" data-testid="export-size">
                  {raster ? "Image size" : "Drawing size"}: {px(plan.size.width)} × {px(plan.size.height)} px
                  {plan.namePx < 11 && (
                    <>
                      {" "}
                      · actor names at {plan.namePx} px: small for reading at this size; a subset or a larger
                      size keeps them legible
                    </>
                  )}
                </p>
              )}
              {plan?.note && <p className="export-size export-note">{plan.note}</p>}
              {plan?.empty && (
                <p className="export-warning">Nothing is shown: there is no graph to export.</p>
              )}
              {overLimit && plan && (
                <div className="export-warning" role="alert">
                  <p>
                    At {scale}× this image would be {px(plan.size.width)} × {px(plan.size.height)} px, more
                    than the browser can draw (at most {px(CANVAS_MAX_AREA)} pixels, {px(CANVAS_MAX_SIDE)} px
                    a side).
                  </p>
                  {plan.maxScale > 0 ? (
                    <button type="button" onClick={() => set({ scale: plan.maxScale })}>
                      Use {plan.maxScale}×, the largest that works
                    </button>
                  ) : (
                    <p>Export a subset, the current view or SVG instead.</p>
                  )}
                </div>
              )}
            </div>
          )}
        </div>

        <EmbedCode />

        <div className="export-status" role="status">
          {busy && (
            <>
              <progress aria-label="Exporting" /> {busy}…
            </>
          )}
          {!busy && status && <span className={`export-${status.kind}`}>{status.text}</span>}
        </div>

        <div className="export-actions">
          <button type="button" onClick={() => ref.current?.close()} disabled={busy !== null}>
            Close
          </button>
          <button type="submit" className="primary" disabled={disabled}>
            Export
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** requestIdleCallback where there is one (Safari has none: a short timer). */
function whenIdle(run: () => void): number {
  return typeof window.requestIdleCallback === "function"
    ? window.requestIdleCallback(run, { timeout: 1000 })
    : window.setTimeout(run, 50);
}

function cancelIdle(id: number): void {
  if (typeof window.cancelIdleCallback === "function") window.cancelIdleCallback(id);
  else window.clearTimeout(id);
}
