// Reader
//   ├─ the article's tabs and header (title, byline, how many excerpts are highlighted)
//   ├─ the text: every excerpt used in the dataset highlighted (or only the selected link's), names
//   │  marked (click to select the actor); clicking a highlight makes it the active excerpt and
//   │  selects its link; ExcerptOutline draws one outline round the active excerpt
//   ├─ ReaderBar: the active excerpt's link, ‹ n of m ›, and "Only this link's excerpts"
//   └─ PassageTool (edit mode only, loaded with the editor): a selected passage becomes an excerpt
// A long article is marked in a worker (marks.ts) and drawn in blocks, a few at a time (TextBlock),
// so that no step of opening it holds the page for long.
import { Fragment, lazy, memo, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type ExcerptSpan, MARK_CAPS, type Segment, segmentText, toBlocks } from "../../domain/excerpts";
import type { DatasetIndex } from "../../domain/indexes";
import { articlePublisher, entityName } from "../../domain/indexes";
import { formatDateValue } from "../../domain/time";
import { formatDate } from "../../lib/dates";
import { count } from "../../lib/plural";
import { useStore } from "../../state/store";
import { ExcerptOutline } from "./ExcerptOutline";
import { useArticleMarks } from "./marks";
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

/**
 * A text longer than this (characters) is drawn in blocks of `BLOCK_CHARS` (see toBlocks), the
 * first `FIRST_BLOCKS` at once and `BLOCKS_PER_TURN` more per task after, each laid out by the
 * browser only when near the view (content-visibility). 2 MB drawn in one piece held the page for
 * 0.8 s (`npm run bench -- --figures=limits`). Shorter texts are drawn whole, as before.
 */
const BLOCKED_CHARS = 32_000;
const BLOCK_CHARS = 16_000;
const FIRST_BLOCKS = 4;
const BLOCKS_PER_TURN = 4;

interface BlockProps {
  segments: Segment[];
  /** The active place, when it is in this block (else null, so that other blocks need not redraw). */
  active: ExcerptSpan | null;
  /** The selected link, when this block marks it. */
  selectedRelation: string | null;
  index: DatasetIndex;
  labelOf: (id: string) => string;
  onActivate: (highlight: HTMLElement) => void;
  /** Edit mode: names are plain text (a button cannot be selected through). */
  editing: boolean;
}

/** A piece of the article: its highlights, names and excerpt dates (redrawn only when its props change). */
const TextBlock = memo(function TextBlock({
  segments,
  active,
  selectedRelation,
  index,
  labelOf,
  onActivate,
  editing,
}: BlockProps) {
  const runs = toRuns(segments, active);
  // Where an excerpt dates what it tells, the date is written after its last highlighted run (a
  // block ends in plain text, so an excerpt's last run is in the same block as the rest of it).
  const datesAfter = new Map<number, string[]>();
  runs.forEach((run, i) => {
    if (run.relations.length === 0) return;
    const here = new Set(run.segments.flatMap((s) => s.evidence));
    const next = new Set(runs[i + 1]?.segments.flatMap((s) => s.evidence) ?? []);
    for (const passage of here) {
      if (next.has(passage)) continue;
      const [relationId, n] = passage.split("#");
      const date = index.relationById.get(relationId ?? "")?.evidence[Number(n)]?.date;
      if (date !== undefined) datesAfter.set(i, [...(datesAfter.get(i) ?? []), formatDateValue(date)]);
    }
  });
  return runs.map((run, runIndex) => {
    const children = run.segments.map((seg) =>
      seg.entityId ? (
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
      (current && evidence.find((e) => e.startsWith(`${selectedRelation}#`))) || (evidence[0] as string);
    const label = `Excerpt supporting: ${run.relations.map(labelOf).join("; ")}`;
    // A <mark> stays inline in the flow of the text (a <button> would not); it acts as a button.
    // The date is the reader's annotation, not the article's text (data-annotation keeps it out of
    // the editor's passage offsets, see Editor/selection.ts).
    const dates = datesAfter.get(runIndex);
    // In edit mode a highlight is not a tab stop: Chromium starts no text selection on a press inside
    // a focusable element, so a passage could not be dragged over from within an excerpt (the text
    // itself takes focus and caret keys there, and a click still chooses the excerpt).
    const asButton = editing
      ? {}
      : {
          role: "button",
          tabIndex: 0,
          "aria-label": label,
          onKeyDown: (e: React.KeyboardEvent<HTMLElement>) => {
            if (e.key === "Enter" || e.key === " ") {
              e.preventDefault();
              onActivate(e.currentTarget);
            }
          },
        };
    const highlight = (
      <mark
        key={run.segments[0]?.start}
        {...asButton}
        className={`excerpt-highlight${current ? " is-current" : ""}${run.emphasised ? " is-emphasised" : ""}${run.relations.length > 1 ? " is-shared" : ""}`}
        data-relation={current ? selectedRelation : first}
        data-evidence={chosen}
        data-start={start}
        title={run.relations.map(labelOf).join("\n")}
        aria-current={run.emphasised || undefined}
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
  });
});

/** Where a block starts and ends in the text. */
const blockEnd = (block: Segment[]) => {
  const last = block[block.length - 1];
  return last ? last.start + last.text.length : 0;
};

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
  // The open article's places and names: at once for a short text, from a worker for a long one.
  const marks = useArticleMarks(dataset, article?.id, text);
  const marking = text !== undefined && marks === null;
  const selectedRelation = selection?.kind === "relation" ? selection.id : null;
  const onlyLink = onlyLinkPref && selectedRelation !== null;
  const articleSpans = useMemo(() => marks?.spans ?? [], [marks]);
  const shown = useMemo(
    () => shownSpans(articleSpans, selectedRelation, onlyLink),
    [articleSpans, selectedRelation, onlyLink],
  );
  const mentions = useMemo(() => marks?.mentions ?? [], [marks]);
  const segments = useMemo(
    () => (text === undefined ? [] : segmentText(text, shown, mentions)),
    [text, shown, mentions],
  );
  const blocks = useMemo(
    () =>
      segments.length === 0
        ? []
        : (text?.length ?? 0) > BLOCKED_CHARS
          ? toBlocks(segments, BLOCK_CHARS)
          : [segments],
    [segments, text],
  );
  // How many blocks are drawn: the first few at once, then more per task once the text is marked
  // (while a worker marks it, only its start is drawn, unmarked). Counted afresh for new marks or text.
  const drawKey: unknown = marks ?? text;
  const [draw, setDraw] = useState<{ key: unknown; n: number }>({ key: drawKey, n: FIRST_BLOCKS });
  const drawn = draw.key === drawKey ? draw.n : FIRST_BLOCKS;
  useEffect(() => {
    if (marking || drawn >= blocks.length) return;
    const timer = window.setTimeout(() => setDraw({ key: drawKey, n: drawn + BLOCKS_PER_TURN }), 0);
    return () => window.clearTimeout(timer);
  }, [marking, drawn, blocks.length, drawKey]);
  const allDrawn = !marking && drawn >= blocks.length;

  const active = activePlace(articleSpans, reader.passage, selectedRelation, near);
  const linkPlaces = selectedRelation ? articleSpans.filter((s) => s.relationId === selectedRelation) : [];
  const activeKey = active ? `${passageKey(active)}@${active.start}` : null;
  // The outline is redrawn when the marks, the active place or the blocks drawn change.
  const outlineVersion = `${segments.length}|${activeKey}|${drawn}|${onlyLink}`;

  // Bring the active excerpt into view when it changes (and once the text is there, and once the
  // block that holds it is drawn), unless it is already in view; when it was asked for from
  // outside ("Show in article"), focus it too.
  const pending = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new active place or text is pending
  useEffect(() => {
    pending.current = true;
  }, [activeKey, text]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again as the text and its blocks arrive
  useEffect(() => {
    if (!pending.current) return;
    const target = textRef.current?.querySelector<HTMLElement>(".is-emphasised");
    if (!target) return;
    pending.current = false;
    const box = target.getBoundingClientRect();
    const view = target.closest(".panel")?.getBoundingClientRect();
    // In view means between the panel's tabs and the reader's foot (which covers the text under it).
    const foot = textRef.current?.parentElement?.querySelector(".reader-bar")?.getBoundingClientRect();
    const bottom = Math.min(view?.bottom ?? 0, foot?.top ?? Number.POSITIVE_INFINITY);
    if (!view || box.top < view.top + 60 || box.bottom > bottom) target.scrollIntoView({ block: "center" });
    if (!fromInside.current && reader.passage) target.focus({ preventScroll: true });
    fromInside.current = false;
  }, [activeKey, text, drawn]);

  /** A highlight chosen (click, Enter): its excerpt becomes the active one, its link the selection. */
  const activate = useCallback(
    (highlight: HTMLElement) => {
      const { evidence, start } = highlight.dataset;
      if (!evidence) return;
      fromInside.current = true;
      setNear(Number(start));
      activateExcerpt(evidence);
    },
    [activateExcerpt],
  );
  // Stable, so that a block redraws only when its own text or marks change.
  const labelOf = useCallback(
    (id: string) => {
      const r = index?.relationById.get(id);
      if (!r) return id;
      return `${entityName(index, r.source)} – ${r.label} – ${entityName(index, r.target)}`;
    },
    [index],
  );

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

  const onTextClick = (e: React.MouseEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const mention = target.closest<HTMLElement>("[data-entity]");
    const highlight = target.closest<HTMLElement>("[data-evidence]");
    // A name inside a highlight selects the entity; elsewhere in the highlight, its excerpt.
    if (mention?.dataset.entity) select({ kind: "entity", id: mention.dataset.entity });
    else if (highlight) activate(highlight);
  };
  const unlooked = marks?.unlooked ?? 0;

  /** One block's props: the active place and the selected link only where they are in it. */
  const blockProps = (block: Segment[]) => {
    const start = block[0]?.start ?? 0;
    const end = blockEnd(block);
    return {
      segments: block,
      active: active && active.start < end && active.end > start ? active : null,
      selectedRelation:
        selectedRelation !== null && block.some((s) => s.relations.includes(selectedRelation))
          ? selectedRelation
          : null,
      index,
      labelOf,
      onActivate: activate,
      editing,
    };
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
          {marking ? (
            <span role="status" data-testid="reader-marking">
              Finding the excerpts in this long article…
            </span>
          ) : onlyLink ? (
            `${shown.length} of ${count(articleSpans.length, "excerpt")} highlighted: this link's`
          ) : (
            count(articleSpans.length, "highlighted excerpt")
          )}
        </p>
        {unlooked > 0 && (
          <p className="reader-capped" data-testid="reader-unlooked">
            This article is too long to look for every excerpt in it: {unlooked.toLocaleString("en")} excerpt
            {unlooked === 1 ? " is" : "s are"} not highlighted. Each is still shown, word for word, in its
            link's details.
          </p>
        )}
        {marks?.capped && (
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
      <div
        className="reader-text"
        ref={textRef}
        onClick={onTextClick}
        aria-busy={text === undefined || !allDrawn}
      >
        <ExcerptOutline container={textRef} version={outlineVersion} />
        {text === undefined && <p className="reader-loading">Loading the article…</p>}
        {blocks.length === 1 && blocks[0] ? (
          <TextBlock {...blockProps(blocks[0])} />
        ) : (
          blocks.slice(0, drawn).map((block) => (
            // Until drawn, a block off screen is as tall as its lines would roughly make it.
            <div
              key={block[0]?.start}
              className="reader-block"
              style={{ containIntrinsicSize: `auto ${Math.ceil(blockLines(block) * 1.6)}em` }}
            >
              <TextBlock {...blockProps(block)} />
            </div>
          ))
        )}
      </div>
      <ReaderBar relation={relation} places={linkPlaces.length} at={at} onStep={step} elsewhere={elsewhere} />
    </section>
  );
}

/** About how many lines a block makes (80 characters a line, and its line breaks). */
function blockLines(block: Segment[]): number {
  let lines = 0;
  for (const seg of block) {
    lines += seg.text.length / 80;
    for (let i = seg.text.indexOf("\n"); i >= 0; i = seg.text.indexOf("\n", i + 1)) lines++;
  }
  return lines;
}
