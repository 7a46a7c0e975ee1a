// "As reported": the second clock. One stop per publication date, drawn at its precision (a day is
// a point, a month-precise article the whole month); at each, which links an article reported
// first, which it repeated from the article it rewrites, and where it was surer or less sure than
// the report before it. Choosing a stop (or Play) shows the graph as the public could have known it.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Relation } from "../../data/types";
import { entityName } from "../../domain/indexes";
import { formatPartialDate } from "../../domain/time";
import { asReported, certaintyChange, type StopArticle } from "../../domain/timeline";
import { announce } from "../../lib/announce";
import { count } from "../../lib/plural";
import { useStore } from "../../state/store";
import { DAY, paddedDomain, type Scale, ticks, toX } from "./geometry";

const STEP_MS = 1600;
const MARGIN = { left: 12, right: 16 };
/** A row per stop: its name above, its mark below. */
const LANE = 32;
const AXIS = 22;

export function ReportedClock() {
  const dataset = useStore((s) => s.dataset);
  const index = useStore((s) => s.index);
  const reportedBy = useStore((s) => s.view.filters.reportedBy);
  const source = useStore((s) => s.view.filters.source);
  const setFilters = useStore((s) => s.setFilters);
  const [playing, setPlaying] = useState(false);

  const model = useMemo(
    () => (dataset && index ? asReported(dataset.relations, dataset.articles, index.articleById) : null),
    [dataset, index],
  );
  const stops = model?.stops ?? [];
  const current = stops.findIndex((s) => s.written === reportedBy);
  const publisher = (id: string) => index?.articleById.get(id)?.publisher ?? id;

  // Play shows the next stop at once (the first, when none or the last is shown), then one every
  // STEP_MS, and stops on the last. Each stop is announced, for a reader who cannot see the graph.
  const show = (i: number) => {
    const stop = stops[i];
    if (!stop) return;
    setFilters({ reportedBy: stop.written });
    const told = stop.reports.map((r) => `${publisher(r.article)}: ${summaryOf(r)}`).join("; ");
    announce(`As reported by ${formatPartialDate(stop.written)}. ${told}.`);
  };
  useEffect(() => {
    if (!playing) return;
    if (current === -1 || current >= stops.length - 1) {
      setPlaying(false);
      return;
    }
    const timer = window.setTimeout(() => show(current + 1), STEP_MS);
    return () => window.clearTimeout(timer);
  });
  const play = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    const start = current === -1 || current === stops.length - 1 ? 0 : current + 1;
    show(start);
    setPlaying(start < stops.length - 1);
  };

  const axisRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  useLayoutEffect(() => {
    const el = axisRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(240, el.clientWidth)));
    observer.observe(el);
    setWidth(Math.max(240, el.clientWidth));
    return () => observer.disconnect();
  }, []);

  if (!model) return null;
  const relationById = index?.relationById;
  const linkName = (r: Relation | undefined, id: string) =>
    r ? `${entityName(index, r.source)} ${r.directed ? "→" : "–"} ${entityName(index, r.target)}` : id;

  const finite = stops.flatMap((s) => [s.span.start, s.span.end]).filter((x): x is number => x !== null);
  const scale: Scale | null =
    finite.length > 0
      ? {
          domain: paddedDomain({ from: Math.min(...finite), to: Math.max(...finite) }),
          x0: MARGIN.left,
          x1: width - MARGIN.right,
        }
      : null;
  const height = stops.length * LANE + 6 + AXIS;
  const choose = (written: string) => {
    setPlaying(false);
    setFilters({ reportedBy: written });
  };

  return (
    <div className="timeline-body reported-clock">
      <p className="timeline-summary">
        <span>
          The network as the public learned it: {count(stops.length, "publication date")}.
          {reportedBy &&
            ` Showing what had been reported by ${formatPartialDate(reportedBy)}, each link with the claim status it had then.`}
          {model.unreported > 0 && ` ${count(model.unreported, "link")} cite no dated article.`}
        </span>
        <span className="timeline-range">
          <button type="button" onClick={play} aria-pressed={playing} disabled={stops.length === 0}>
            {playing ? "Pause" : "Play"}
          </button>
          {reportedBy && (
            <button
              type="button"
              onClick={() => {
                setPlaying(false);
                setFilters({ reportedBy: null });
              }}
            >
              Show all
            </button>
          )}
        </span>
      </p>
      <div className="timeline-axis" ref={axisRef}>
        {scale && (
          <svg
            width={width}
            height={height}
            role="group"
            aria-label={`Publication dates: ${stops.map((s) => `${formatPartialDate(s.written)} (${s.articles.map(publisher).join(", ")})`).join("; ")}`}
          >
            {stops.map((stop, i) => {
              const top = 4 + i * LANE;
              const y = top + 22;
              const left = toX(scale, stop.span.start ?? scale.domain.from);
              const right = toX(scale, stop.span.end ?? scale.domain.to);
              const point = stop.span.precision === "day";
              const name = `${stop.articles.map(publisher).join(", ")} · ${formatPartialDate(stop.written)}`;
              // The name starts over the mark's start, or ends there when the axis would cut it off.
              const fits = left + name.length * 6.2 <= width - 4;
              return (
                <g
                  key={stop.written}
                  role="button"
                  tabIndex={-1}
                  aria-label={name}
                  onKeyDown={(e) => e.key === "Enter" && choose(stop.written)}
                  className={`tl-stop${i === current ? " is-current" : ""}${current >= 0 && i > current ? " is-later" : ""}`}
                  data-written={stop.written}
                  onClick={() => choose(stop.written)}
                >
                  {point ? (
                    <circle cx={left} cy={y} r={5} />
                  ) : (
                    <>
                      <rect x={left} y={y - 4} width={Math.max(2, right - left)} height={8} rx={2} />
                      <line className="tl-cap" x1={left} x2={left} y1={y - 7} y2={y + 7} />
                      <line className="tl-cap" x1={right} x2={right} y1={y - 7} y2={y + 7} />
                    </>
                  )}
                  <text
                    className="tl-name"
                    x={
                      fits
                        ? Math.max(2, left - (point ? 5 : 0))
                        : Math.min(width - 4, point ? left + 5 : right)
                    }
                    y={top + 10}
                    style={{ textAnchor: fits ? "start" : "end" }}
                  >
                    {name}
                  </text>
                </g>
              );
            })}
            <g className="tl-axis" transform={`translate(0 ${height - AXIS})`}>
              <line x1={scale.x0} x2={scale.x1} y1={0} y2={0} />
              {axisTicks(scale).map((tick) => {
                const x = toX(scale, tick.at);
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
        )}
      </div>
      <ol className="reported-stops">
        {stops.map((stop, i) => (
          <li key={stop.written} className={i === current ? "is-current" : i < current ? "is-past" : ""}>
            <button
              type="button"
              className="reported-stop"
              aria-current={i === current ? "step" : undefined}
              onClick={() => choose(stop.written)}
            >
              <time dateTime={stop.written}>{formatPartialDate(stop.written)}</time>
            </button>
            {stop.reports.map((report) => {
              const article = index?.articleById.get(report.article);
              if (!article) return null;
              const only = source.mode === "article" && source.article === article.id;
              return (
                <div key={article.id} className="reported-article" data-article={article.id}>
                  <p>
                    <strong>{article.publisher}</strong>
                    {article.derivedFrom && (
                      <span className="muted">
                        {" "}
                        (a rewrite of {publisher(article.derivedFrom)}, dated{" "}
                        {formatPartialDate(article.published)})
                      </span>
                    )}
                    : {summaryOf(report)}.{" "}
                    <button
                      type="button"
                      className="link-button"
                      aria-pressed={only}
                      onClick={() =>
                        setFilters({
                          source: only ? { mode: "any" } : { mode: "article", article: article.id },
                        })
                      }
                    >
                      {only ? "Show every article's links" : `Show only what ${article.publisher} reported`}
                    </button>
                  </p>
                  {report.moves.length > 0 && (
                    <ul className="reported-moves">
                      {report.moves.map((m) => (
                        <li key={m.relation}>
                          <RelationButton id={m.relation} label={relationById?.get(m.relation)?.label} />:{" "}
                          {publisher(m.from.article)} {m.from.status} → {publisher(m.to.article)}{" "}
                          <strong>{m.to.status}</strong>
                          {certaintyChange(m.from.status, m.to.status) < 0
                            ? " (stated more surely than before)"
                            : " (stated less surely than before)"}
                        </li>
                      ))}
                    </ul>
                  )}
                  {report.repeated.length + report.again.length > 0 && (
                    <details className="reported-repeated">
                      <summary>
                        The {count(report.repeated.length + report.again.length, "link")}{" "}
                        {report.repeated.length > 0 ? "it repeated" : "it reported again"}
                      </summary>
                      <ul>
                        {[...report.repeated, ...report.again].map((id) => {
                          const r = relationById?.get(id);
                          const move = report.moves.find((m) => m.relation === id);
                          return (
                            <li key={id}>
                              <RelationButton id={id} label={linkName(r, id)} />{" "}
                              <span className="muted">
                                {move ? `${move.from.status} → ${move.to.status}` : "as sure as before"}
                              </span>
                            </li>
                          );
                        })}
                      </ul>
                    </details>
                  )}
                </div>
              );
            })}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Month and year ticks; within a few months, a tick a week too (the stops are days apart). */
function axisTicks(scale: Scale) {
  const coarse = ticks(scale);
  const days = (scale.domain.to - scale.domain.from) / DAY;
  if (days > 100) return coarse;
  const fine = [];
  for (let at = scale.domain.from; at < scale.domain.to; at += DAY) {
    const date = new Date(at);
    if (date.getUTCDate() === 1 || (date.getUTCDate() - 1) % 7 !== 0) continue;
    const x = toX(scale, at);
    if (coarse.some((t) => Math.abs(toX(scale, t.at) - x) < 30)) continue;
    fine.push({ at, label: String(date.getUTCDate()), major: false });
  }
  return [...coarse, ...fine].sort((a, b) => a.at - b.at);
}

/** "110 links reported first", "38 links repeated, 1 stated more surely". */
function summaryOf(report: StopArticle): string {
  const parts: string[] = [];
  if (report.first.length > 0) parts.push(`${count(report.first.length, "link")} reported first`);
  if (report.repeated.length > 0) parts.push(`${count(report.repeated.length, "link")} repeated`);
  if (report.again.length > 0) parts.push(`${count(report.again.length, "link")} reported again`);
  const surer = report.moves.filter((m) => certaintyChange(m.from.status, m.to.status) < 0).length;
  const less = report.moves.length - surer;
  if (surer > 0) parts.push(`${surer} stated more surely`);
  if (less > 0) parts.push(`${less} stated less surely`);
  return parts.join(", ") || "no link";
}

function RelationButton({ id, label }: { id: string; label: string | undefined }) {
  const select = useStore((s) => s.select);
  return (
    <button type="button" className="link-button" onClick={() => select({ kind: "relation", id })}>
      {label ?? id}
    </button>
  );
}
