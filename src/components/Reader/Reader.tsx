// Reader
//   ├─ the article's tabs and header (title, byline, how many excerpts are highlighted)
//   ├─ the text: every excerpt used in the dataset highlighted (or only the selected link's), names
//   │  marked (click to select the actor); clicking a highlight makes it the active excerpt and
//   │  selects its link; ExcerptOutline draws one outline round the active excerpt
//   ├─ ReaderBar: the active excerpt's link, ‹ n of m ›, and "Only this link's excerpts"
//   └─ PassageTool (edit mode only, loaded with the editor): a selected passage becomes an excerpt
import { Fragment, lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import {
  type ExcerptSpan,
  excerptPlaces,
  MARK_CAPS,
  mentionSpans,
  type Segment,
  segmentText,
} from "../../domain/excerpts";
import { articlePublisher, entityName } from "../../domain/indexes";
import { formatDateValue } from "../../domain/time";
import { formatDate } from "../../lib/dates";
import { count } from "../../lib/plural";
import { useStore } from "../../state/store";
import { ExcerptOutline } from "./ExcerptOutline";
import { activePlace, passageKey, shownSpans } from "./places";
import { ReaderBar } from "./ReaderBar";

// Edit mode's passage selection and evidence form, loaded with the editor.
const PassageTool = lazy(() => import("../Editor/PassageTool"));

interface Run {
  key: string;
  relations: string[];
  emphasised: boolean;
  segments: Segment[];
}

/** Consecutive segments covered by the same excerpts become one highlight; the active place is its own. */
function toRuns(segments: Segment[], active: ExcerptSpan | null): Run[] {
  const runs: Run[] = [];
  for (const segment of segments) {
    const emphasised =
      active !== null &&
      segment.relations.length > 0 &&
      segment.start >= active.start &&
      segment.start < active.end;
    const key = `${segment.relations.join(",")}|${emphasised}`;
    const last = runs[runs.length - 1];
    if (last && last.key === key) last.segments.push(segment);
    else runs.push({ key, relations: segment.relations, emphasised, segments: [segment] });
  }
  return runs;
}

export function Reader() {
  const dataset = useStore((s) => s.dataset);
  const index = useStore((s) => s.index);
  const reader = useStore((s) => s.reader);
  const selection = useStore((s) => s.view.selection);
  const openReader = useStore((s) => s.openReader);
  const select = useStore((s) => s.select);
  const activateExcerpt = useStore((s) => s.activateExcerpt);
  const onlyLinkPref = useStore((s) => s.prefs.readerOnlyLink);
  const textRef = useRef<HTMLDivElement>(null);
  // Where in the text the reader clicked or stepped to (a quote found twice has two places), and
  // whether the active excerpt changed from inside the reader (then focus stays where it is).
  const [near, setNear] = useState<number | null>(null);
  const fromInside = useRef(false);
  const texts = useStore((s) => s.articleTexts);
  const ensureTexts = useStore((s) => s.ensureArticleTexts);
  const editing = useStore((s) => s.editing && s.edit !== null);

  // The texts may load on first use (the bundled dataset's do).
  useEffect(() => {
    void ensureTexts();
  }, [ensureTexts]);

  const article = dataset?.articles.find((a) => a.id === reader.article) ?? dataset?.articles[0];
  const text = article ? texts[article.id] : undefined;
  const places = useMemo(() => (dataset ? excerptPlaces(dataset, texts) : null), [dataset, texts]);
  const selectedRelation = selection?.kind === "relation" ? selection.id : null;
  const onlyLink = onlyLinkPref && selectedRelation !== null;
  const articleSpans = useMemo(
    () => (article ? (places?.spans.get(article.id) ?? []) : []),
    [article, places],
  );
  const shown = useMemo(
    () => shownSpans(articleSpans, selectedRelation, onlyLink),
    [articleSpans, selectedRelation, onlyLink],
  );
  const mentions = useMemo(
    () => (dataset && text !== undefined ? mentionSpans(text, dataset.entities) : []),
    [dataset, text],
  );
  const segments = useMemo(
    () => (text === undefined ? [] : segmentText(text, shown, mentions)),
    [text, shown, mentions],
  );
  const active = activePlace(articleSpans, reader.passage, selectedRelation, near);
  const runs = useMemo(() => toRuns(segments, active), [segments, active]);
  const linkPlaces = selectedRelation ? articleSpans.filter((s) => s.relationId === selectedRelation) : [];
  const activeKey = active ? `${passageKey(active)}@${active.start}` : null;
  // Where an excerpt dates what it tells, the date is written after its last highlighted run.
  const datesAfter = useMemo(() => {
    const after = new Map<number, string[]>();
    if (!index) return after;
    runs.forEach((run, i) => {
      const here = new Set(run.segments.flatMap((s) => s.evidence));
      const next = new Set(runs[i + 1]?.segments.flatMap((s) => s.evidence) ?? []);
      for (const passage of here) {
        if (next.has(passage)) continue;
        const [relationId, n] = passage.split("#");
        const date = index.relationById.get(relationId ?? "")?.evidence[Number(n)]?.date;
        if (date !== undefined) after.set(i, [...(after.get(i) ?? []), formatDateValue(date)]);
      }
    });
    return after;
  }, [runs, index]);

  // Bring the active excerpt into view when it changes (and once the text is there), unless it is
  // already in view; when it was asked for from outside ("Show in article"), focus it too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again when the text arrives
  useEffect(() => {
    const target = textRef.current?.querySelector<HTMLElement>(".is-emphasised");
    if (!target) return;
    const box = target.getBoundingClientRect();
    const view = target.closest(".panel")?.getBoundingClientRect();
    // In view means between the panel's tabs and the reader's foot (which covers the text under it).
    const foot = textRef.current?.parentElement?.querySelector(".reader-bar")?.getBoundingClientRect();
    const bottom = Math.min(view?.bottom ?? 0, foot?.top ?? Number.POSITIVE_INFINITY);
    if (!view || box.top < view.top + 60 || box.bottom > bottom) target.scrollIntoView({ block: "center" });
    if (!fromInside.current && reader.passage) target.focus({ preventScroll: true });
    fromInside.current = false;
  }, [activeKey, text]);

  if (!dataset || !article || !index) return null;
  const relation = selectedRelation ? (index.relationById.get(selectedRelation) ?? null) : null;
  const at = active ? linkPlaces.indexOf(active) : -1;
  const step = (delta: 1 | -1) => {
    const next = linkPlaces[(Math.max(at, 0) + delta + linkPlaces.length) % linkPlaces.length];
    if (!next) return;
    fromInside.current = true;
    setNear(next.start);
    activateExcerpt(passageKey(next));
  };
  const elsewhereId =
    relation && linkPlaces.length === 0
      ? relation.evidence.find((e) => e.article !== article.id)?.article
      : undefined;
  const elsewhere = elsewhereId ? { id: elsewhereId, publisher: articlePublisher(index, elsewhereId) } : null;
  const labelOf = (id: string) => {
    const r = index.relationById.get(id);
    if (!r) return id;
    return `${entityName(index, r.source)} – ${r.label} – ${entityName(index, r.target)}`;
  };

  /** A highlight chosen (click, Enter): its excerpt becomes the active one, its link the selection. */
  const activate = (highlight: HTMLElement) => {
    const { evidence, start } = highlight.dataset;
    if (!evidence) return;
    fromInside.current = true;
    setNear(Number(start));
    activateExcerpt(evidence);
  };
  const onTextClick = (e: React.MouseEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const mention = target.closest<HTMLElement>("[data-entity]");
    const highlight = target.closest<HTMLElement>("[data-evidence]");
    // A name inside a highlight selects the entity; elsewhere in the highlight, its excerpt.
    if (mention?.dataset.entity) select({ kind: "entity", id: mention.dataset.entity });
    else if (highlight) activate(highlight);
  };

  return (
    <section className="reader" aria-labelledby="reader-title">
      {dataset.articles.length > 1 && (
        <div className="segmented reader-tabs" role="group" aria-label="Article">
          {dataset.articles.map((a) => (
            <button
              key={a.id}
              type="button"
              aria-pressed={a.id === article.id}
              onClick={() => openReader(a.id)}
            >
              {a.publisher}
            </button>
          ))}
        </div>
      )}
      <header className="reader-header">
        <h2 id="reader-title">{article.title}</h2>
        <p>
          {article.publisher}
          {article.author && <> · {article.author}</>} ·{" "}
          <time dateTime={article.published}>{formatDate(article.published)}</time>
          {article.derivedFrom && <> · a rewrite of {articlePublisher(index, article.derivedFrom)}</>}
        </p>
        <p>
          <a href={article.url} target="_blank" rel="noopener noreferrer">
            Original address
          </a>{" "}
          ·{" "}
          {onlyLink
            ? `${shown.length} of ${count(articleSpans.length, "excerpt")} highlighted: this link's`
            : count(articleSpans.length, "highlighted excerpt")}
        </p>
        {(places?.unlooked.get(article.id) ?? 0) > 0 && (
          <p className="reader-capped" data-testid="reader-unlooked">
            This article is too long to look for every excerpt in it:{" "}
            {places?.unlooked.get(article.id)?.toLocaleString("en")} excerpt
            {places?.unlooked.get(article.id) === 1 ? " is" : "s are"} not highlighted. Each is still shown,
            word for word, in its link's details.
          </p>
        )}
        {places?.capped.get(article.id) && (
          <p className="reader-capped" data-testid="reader-capped">
            Some excerpts occur more often than is marked: at most {MARK_CAPS.perExcerpt} places per excerpt
            and {MARK_CAPS.perArticle.toLocaleString("en")} per article are highlighted.
          </p>
        )}
      </header>
      {editing && text !== undefined && (
        <Suspense fallback={null}>
          <PassageTool textRef={textRef} article={article} text={text} />
        </Suspense>
      )}
      {/* Clicks are delegated here; every highlight is focusable and answers Enter for the keyboard. */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the buttons inside handle keys */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: delegation for the buttons inside */}
      <div className="reader-text" ref={textRef} onClick={onTextClick} aria-busy={text === undefined}>
        <ExcerptOutline container={textRef} version={runs} />
        {text === undefined && <p className="reader-loading">Loading the article…</p>}
        {runs.map((run, runIndex) => {
          const children = run.segments.map((seg) =>
            seg.entityId ? (
              // In edit mode names are plain text (a button cannot be selected through).
              run.relations.length > 0 || editing ? (
                <span key={seg.start} className="mention" data-entity={seg.entityId}>
                  {seg.text}
                </span>
              ) : (
                <button key={seg.start} type="button" className="mention" data-entity={seg.entityId}>
                  {seg.text}
                </button>
              )
            ) : (
              <Fragment key={seg.start}>{seg.text}</Fragment>
            ),
          );
          if (run.relations.length === 0) return <Fragment key={run.segments[0]?.start}>{children}</Fragment>;
          const first = run.relations[0] as string;
          const current = selectedRelation !== null && run.relations.includes(selectedRelation);
          // The excerpt a click here makes active: the selected link's, else the most specific.
          const start = run.segments[0]?.start ?? 0;
          const evidence = run.segments[0]?.evidence ?? [];
          const chosen =
            (current && evidence.find((e) => e.startsWith(`${selectedRelation}#`))) ||
            (evidence[0] as string);
          const label = `Excerpt supporting: ${run.relations.map(labelOf).join("; ")}`;
          // A <mark> stays inline in the flow of the text (a <button> would not); it acts as a button.
          // The date is the reader's annotation, not the article's text (data-annotation keeps it out
          // of the editor's passage offsets, see Editor/selection.ts).
          const dates = datesAfter.get(runIndex);
          const highlight = (
            <mark
              key={run.segments[0]?.start}
              role="button"
              tabIndex={0}
              className={`excerpt-highlight${current ? " is-current" : ""}${run.emphasised ? " is-emphasised" : ""}${run.relations.length > 1 ? " is-shared" : ""}`}
              data-relation={current ? selectedRelation : first}
              data-evidence={chosen}
              data-start={start}
              title={run.relations.map(labelOf).join("\n")}
              aria-label={label}
              aria-current={run.emphasised || undefined}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  activate(e.currentTarget);
                }
              }}
            >
              {children}
            </mark>
          );
          if (!dates) return highlight;
          return (
            <Fragment key={run.segments[0]?.start}>
              {highlight}{" "}
              <small className="excerpt-date" data-testid="reader-excerpt-date" data-annotation="">
                <span className="visually-hidden">This excerpt is dated </span>
                {[...new Set(dates)].join("; ")}
              </small>
            </Fragment>
          );
        })}
      </div>
      <ReaderBar relation={relation} places={linkPlaces.length} at={at} onStep={step} elsewhere={elsewhere} />
    </section>
  );
}
