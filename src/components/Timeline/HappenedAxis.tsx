// "When it happened": every dated link on a time axis, in rows by family of link. Years, months and
// ranges are spans, days are points, open sides fade out to the axis' end. Undated links are only
// counted. Dragging across the axis, or moving the two range thumbs, filters the graph by time:
// the time outside the range is veiled, and only marks hidden for another reason (another filter,
// the focus) or hidden within the range are greyed, so a brush re-renders almost no mark.
// With a few dozen marks or fewer, each is named beside it (its two actors); with more, hovering or
// the list view names them.
import {
  memo,
  type PointerEvent as ReactPointerEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { parsePartialDate } from "../../data/dates";
import type { RelationType } from "../../data/types";
import { hiddenApartFromTime } from "../../domain/filters";
import { entityName } from "../../domain/indexes";
import { formatDateValue, formatTimeRange, isoDayOf, type TimeRange } from "../../domain/time";
import { happenedModel } from "../../domain/timeline";
import { count } from "../../lib/plural";
import { useStore } from "../../state/store";
import { RELATION_FAMILIES, RELATION_VISUALS } from "../../visuals/vocabulary";
import {
  DAY,
  type PlacedMark,
  paddedDomain,
  placeMarks,
  type Scale,
  startOfDay,
  ticks,
  toTime,
  toX,
} from "./geometry";

const MARGIN = { left: 12, right: 16 };
/** Room for a family's name above its lanes. */
const LABEL = 13;
const LANE = 14;
const AXIS = 22;
/** Up to this many dated links, each mark is named beside it. */
const NAMED_MAX = 60;
/** An estimate of a name's width at the marks' 11 px type (no layout pass in the geometry). */
const CHAR_PX = 6.2;

/** The view's time filter (ISO days, both included) as a half-open range of instants. */
export function rangeOf(time: { from: string; to: string } | null): TimeRange | null {
  if (!time) return null;
  const from = parsePartialDate(time.from)?.start;
  const to = parsePartialDate(time.to)?.end;
  return from !== undefined && to !== undefined ? { from, to } : null;
}

/** The middle of a mark's lane, in its family's block. */
const laneMiddle = (block: { top: number }, mark: PlacedMark) =>
  block.top + LABEL + mark.lane * LANE + LANE / 2;

const dayFilter = (range: TimeRange) => ({ from: isoDayOf(range.from), to: isoDayOf(range.to - DAY) });

export function HappenedAxis() {
  const dataset = useStore((s) => s.dataset);
  const index = useStore((s) => s.index);
  const visibleRelations = useStore((s) => s.visibility.relations);
  const selection = useStore((s) => s.view.selection);
  const hovered = useStore((s) => s.hoveredRelationId);
  const filters = useStore((s) => s.view.filters);
  const focus = useStore((s) => s.view.focus);
  const time = filters.time;
  const setFilters = useStore((s) => s.setFilters);
  const select = useStore((s) => s.select);
  const hoverRelation = useStore((s) => s.hoverRelation);

  const wrapRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  useLayoutEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(240, el.clientWidth)));
    observer.observe(el);
    setWidth(Math.max(240, el.clientWidth));
    return () => observer.disconnect();
  }, []);

  const model = useMemo(() => happenedModel(dataset?.relations ?? []), [dataset]);
  const labels = useMemo(() => new Map(dataset?.relations.map((r) => [r.id, r]) ?? []), [dataset]);
  const names = useMemo(() => {
    if (model.marks.length > NAMED_MAX) return null;
    return new Map(
      model.marks.map(({ relationId }) => {
        const r = labels.get(relationId);
        const name = r
          ? `${entityName(index, r.source)} ${r.directed ? "→" : "–"} ${entityName(index, r.target)}`
          : relationId;
        return [relationId, name];
      }),
    );
  }, [model, labels, index]);
  // Each mark's words (its link and date in words), once per dataset: a brush re-renders every
  // mark's element, and formatting 7,000 dates on each brush was a tenth of the axis' share.
  const titles = useMemo(
    () =>
      new Map(
        model.marks.map(({ relationId }) => {
          const relation = labels.get(relationId);
          const when = relation?.date ? formatDateValue(relation.date) : "dated by its excerpts";
          return [relationId, `${relation?.label ?? relationId}: ${when}`];
        }),
      ),
    [model, labels],
  );
  // What stays hidden whatever the range: worked out again when another filter or the focus
  // changes, never on a brush (the key leaves the range out).
  const apartKey = JSON.stringify({ ...filters, time: null });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filters are read through apartKey, without their time range
  const hiddenApart = useMemo(
    () => (dataset && index ? hiddenApartFromTime(dataset, index, { filters, focus }) : new Set<string>()),
    [dataset, index, focus, apartKey],
  );
  const range = rangeOf(time);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);

  // Where every mark goes depends on the dataset and the width only: kept while a brush or a
  // filter changes, so that a change redraws only the marks it turns on or off.
  const layout = useMemo(() => {
    if (!model.extent) return null;
    const domain = paddedDomain(model.extent);
    const scale: Scale = { domain, x0: MARGIN.left, x1: width - MARGIN.right };
    // One block of lanes per family of link, in the vocabulary's order.
    const families = Object.keys(RELATION_FAMILIES) as Array<keyof typeof RELATION_FAMILIES>;
    let y = 4;
    const blocks = families.flatMap((family) => {
      const marks = model.marks.filter(
        (m) => RELATION_VISUALS[labels.get(m.relationId)?.type as RelationType]?.family === family,
      );
      if (marks.length === 0) return [];
      const placed = placeMarks(
        marks,
        scale,
        4,
        names ? (id) => (names.get(id)?.length ?? 0) * CHAR_PX : undefined,
        width,
      );
      const lanes = Math.max(...placed.map((p) => p.lane)) + 1;
      const block = { family, placed, top: y, height: LABEL + lanes * LANE };
      y += LABEL + lanes * LANE + 4;
      return [block];
    });
    return { domain, scale, blocks, height: y + AXIS };
  }, [model, labels, names, width]);

  if (!layout) {
    return (
      <p className="timeline-empty muted">
        No link in this dataset has a date. {count(model.undated.length, "link")} in all.
      </p>
    );
  }
  const { domain, scale, blocks, height } = layout;

  const pointerTime = (event: ReactPointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = Math.min(scale.x1, Math.max(scale.x0, event.clientX - box.left));
    return toTime(scale, x);
  };
  const finishDrag = () => {
    if (!drag) return;
    const from = startOfDay(Math.min(drag.from, drag.to));
    const to = startOfDay(Math.max(drag.from, drag.to)) + DAY;
    setDrag(null);
    // A click without a drag is not a brush.
    if (Math.abs(toX(scale, drag.to) - toX(scale, drag.from)) >= 4)
      setFilters({ time: dayFilter({ from, to }) });
  };
  const brush = drag ? { from: Math.min(drag.from, drag.to), to: Math.max(drag.from, drag.to) } : range;
  const veil = range ? { from: toX(scale, range.from), to: toX(scale, range.to) } : null;
  /** Greyed: hidden, and not just by lying wholly under the veil outside the range. */
  const isOff = (mark: PlacedMark) =>
    !visibleRelations.has(mark.relationId) &&
    (!veil || hiddenApart.has(mark.relationId) || (mark.right > veil.from && mark.left < veil.to));

  const dayCount = Math.round((domain.to - domain.from) / DAY);
  const thumb = (at: number) => Math.round((at - domain.from) / DAY);
  const current = range ?? domain;
  const setThumb = (which: "from" | "to", day: number) => {
    const at = domain.from + day * DAY;
    const next =
      which === "from"
        ? { from: Math.min(at, current.to - DAY), to: current.to }
        : { from: current.from, to: Math.max(at + DAY, current.from + DAY) };
    setFilters({ time: dayFilter(next) });
  };

  return (
    <div className="timeline-body">
      <p className="timeline-summary">
        <span>
          {count(model.marks.length, "link")} with a date
          {model.undated.length > 0 && (
            <>
              {" · "}
              <strong>{count(model.undated.length, "link")} with no date</strong> (not on the axis
              {range ? ", hidden while a time range is set" : ""})
            </>
          )}
        </span>
        {range && (
          <span className="timeline-range">
            Showing {formatTimeRange(range)}{" "}
            <button type="button" onClick={() => setFilters({ time: null })}>
              Clear time range
            </button>
          </span>
        )}
      </p>
      <div className="timeline-axis" ref={wrapRef}>
        <svg
          width={width}
          height={height}
          role="group"
          aria-label={`Dated links on a time axis from ${formatTimeRange(domain)}; drag across it to show a time range`}
          onPointerDown={(e) => {
            if ((e.target as Element).closest(".tl-mark")) return;
            e.currentTarget.setPointerCapture(e.pointerId);
            const at = pointerTime(e);
            setDrag({ from: at, to: at });
          }}
          onPointerMove={(e) => drag && setDrag({ ...drag, to: pointerTime(e) })}
          onPointerUp={finishDrag}
          onPointerCancel={() => setDrag(null)}
        >
          {brush && (
            <rect
              className="tl-brush"
              x={toX(scale, brush.from)}
              y={0}
              width={Math.max(1, toX(scale, brush.to) - toX(scale, brush.from))}
              height={height - AXIS}
            />
          )}
          {blocks.map((block) => (
            <g key={String(block.family)} className={`tl-family tl-family-${String(block.family)}`}>
              {block.placed.map((mark) => (
                <Mark
                  key={mark.relationId}
                  mark={mark}
                  cy={laneMiddle(block, mark)}
                  title={titles.get(mark.relationId) ?? mark.relationId}
                  nameWidth={(names?.get(mark.relationId)?.length ?? 0) * CHAR_PX}
                  off={isOff(mark)}
                  selected={selection?.kind === "relation" && selection.id === mark.relationId}
                  hovered={hovered === mark.relationId}
                  select={select}
                  hoverRelation={hoverRelation}
                />
              ))}
            </g>
          ))}
          {veil && (
            <g className="tl-veil">
              <rect x={0} y={0} width={Math.max(0, veil.from)} height={height - AXIS} />
              <rect x={veil.to} y={0} width={Math.max(0, width - veil.to)} height={height - AXIS} />
            </g>
          )}
          {/* The marks' names (a few dozen marks at most) over the veil: a name often lies outside
              the range beside a mark inside it, so it is dimmed by its own link's state. */}
          {names &&
            blocks.flatMap((block) =>
              block.placed.map((mark) =>
                mark.label ? (
                  <text
                    key={mark.relationId}
                    className={`tl-name${visibleRelations.has(mark.relationId) ? "" : " is-off"}`}
                    x={mark.label.x}
                    y={laneMiddle(block, mark) + 4}
                    style={{ textAnchor: mark.label.anchor }}
                  >
                    {names.get(mark.relationId)}
                  </text>
                ) : null,
              ),
            )}
          {/* The families' names, over the veil: they read the same whatever the range. */}
          {blocks.map((block) => (
            <text key={String(block.family)} className="tl-family-label" x={MARGIN.left} y={block.top + 10}>
              {RELATION_FAMILIES[block.family].label}
            </text>
          ))}
          <g className="tl-axis" transform={`translate(0 ${height - AXIS})`}>
            <line x1={scale.x0} x2={scale.x1} y1={0} y2={0} />
            {ticks(scale).map((tick) => {
              const x = toX(scale, tick.at);
              // A label at either end of the axis is anchored inwards, so that it is not cut off.
              const anchor = x - scale.x0 < 16 ? "start" : scale.x1 - x < 16 ? "end" : "middle";
              return (
                <g key={tick.at} transform={`translate(${x} 0)`}>
                  <line y1={0} y2={tick.major ? 6 : 4} />
                  <text y={17} className={tick.major ? "is-major" : ""} style={{ textAnchor: anchor }}>
                    {tick.label}
                  </text>
                </g>
              );
            })}
          </g>
        </svg>
      </div>
      <div className="timeline-thumbs">
        <label>
          <span>From</span>
          <input
            type="range"
            min={0}
            max={dayCount - 1}
            value={thumb(current.from)}
            aria-valuetext={isoDayOf(current.from)}
            onChange={(e) => setThumb("from", Number(e.target.value))}
          />
          <output>{formatTimeRange({ from: current.from, to: current.from + DAY }).split(" – ")[0]}</output>
        </label>
        <label>
          <span>To</span>
          <input
            type="range"
            min={0}
            max={dayCount - 1}
            value={thumb(current.to - DAY)}
            aria-valuetext={isoDayOf(current.to - DAY)}
            onChange={(e) => setThumb("to", Number(e.target.value))}
          />
          <output>{formatTimeRange({ from: current.to - DAY, to: current.to }).split(" – ")[0]}</output>
        </label>
      </div>
    </div>
  );
}

interface MarkProps {
  mark: PlacedMark;
  /** The middle of its lane. */
  cy: number;
  title: string;
  /** The width of its name beside it (drawn in a layer of its own), which its target covers. */
  nameWidth: number;
  off: boolean;
  selected: boolean;
  hovered: boolean;
  select: (selection: { kind: "relation"; id: string }) => void;
  hoverRelation: (id: string | null) => void;
}

/** One link on the axis; memoised, so a brush redraws only the marks it turns on or off. */
const Mark = memo(function Mark({
  mark,
  cy,
  title,
  nameWidth,
  off,
  selected,
  hovered,
  select,
  hoverRelation,
}: MarkProps) {
  const classes = [
    "tl-mark",
    off ? "is-off" : "",
    selected ? "is-selected" : "",
    hovered ? "is-hovered" : "",
  ].join(" ");
  const activate = () => select({ kind: "relation", id: mark.relationId });
  const label = mark.label;
  const hitLeft = Math.min(mark.left - 6, label?.anchor === "end" ? label.x - nameWidth : Infinity);
  const hitRight = Math.max(mark.right + 6, label?.anchor === "start" ? label.x + nameWidth : -Infinity);
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG mark cannot be a <button>; the list view is its text twin
    <g
      className={classes}
      data-relation={mark.relationId}
      role="button"
      tabIndex={-1}
      aria-label={title}
      onClick={activate}
      onKeyDown={(e) => e.key === "Enter" && activate()}
      onPointerEnter={() => hoverRelation(mark.relationId)}
      onPointerLeave={() => hoverRelation(null)}
    >
      <title>{title}</title>
      {/* A wider target than the line itself, for the pointer and a finger, over its name too. */}
      <rect className="tl-hit" x={hitLeft} y={cy - LANE / 2} width={hitRight - hitLeft} height={LANE} />
      {mark.point ? (
        <circle cx={mark.left} cy={cy} r={4.5} />
      ) : (
        <>
          <line
            className={mark.openStart || mark.openEnd ? "tl-open" : ""}
            x1={mark.left}
            x2={mark.right}
            y1={cy}
            y2={cy}
          />
          {mark.openEnd && <line className="tl-cap" x1={mark.left} x2={mark.left} y1={cy - 4} y2={cy + 4} />}
          {mark.openStart && (
            <line className="tl-cap" x1={mark.right} x2={mark.right} y1={cy - 4} y2={cy + 4} />
          )}
        </>
      )}
    </g>
  );
});
