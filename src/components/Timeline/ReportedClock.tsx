// "As reported": the second clock. One stop per publication date; at each, which links an article
// reported first, which it repeated, and where it was surer or less sure than the report before it.
// Choosing a stop (or Play) shows the graph as the public could have known it on that day.
import { useEffect, useMemo, useState } from "react";
import type { ClaimStatus } from "../../data/types";
import { formatPartialDate, isoDayOf } from "../../domain/time";
import {
  certaintyMoves,
  firstReported,
  publicationStops,
  type Report,
  reportsOf,
} from "../../domain/timeline";
import { count } from "../../lib/plural";
import { useStore } from "../../state/store";

const CERTAINTY: Record<ClaimStatus, number> = { confirmed: 0, reported: 1, unconfirmed: 2, denied: 3 };
const STEP_MS = 1600;

export function ReportedClock() {
  const dataset = useStore((s) => s.dataset);
  const index = useStore((s) => s.index);
  const reportedBy = useStore((s) => s.view.filters.reportedBy);
  const setFilters = useStore((s) => s.setFilters);
  const select = useStore((s) => s.select);
  const [playing, setPlaying] = useState(false);

  const model = useMemo(() => {
    if (!dataset || !index) return null;
    const stops = publicationStops(dataset.articles);
    const perRelation = dataset.relations.map((r) => ({
      relation: r,
      reports: reportsOf(r, index.articleById),
      first: firstReported(r, index.articleById),
    }));
    return {
      stops: stops.map((stop) => {
        const articles = stop.articles.map((id) => {
          const reported = perRelation.filter((p) => p.reports.some((r) => r.article === id));
          const isFirst = (p: (typeof perRelation)[number]) => p.reports[0]?.article === id;
          const moves = reported.flatMap((p) =>
            certaintyMoves(p.reports)
              .filter((m) => m.to.article === id)
              .map((m) => ({ relation: p.relation, from: m.from, to: m.to })),
          );
          return {
            article: index.articleById.get(id),
            first: reported.filter(isFirst).length,
            repeated: reported.filter((p) => !isFirst(p)).length,
            surer: moves.filter((m) => CERTAINTY[m.to.status] < CERTAINTY[m.from.status]),
            lessSure: moves.filter((m) => CERTAINTY[m.to.status] > CERTAINTY[m.from.status]),
          };
        });
        return { at: stop.at, day: isoDayOf(stop.at), articles };
      }),
      unreported: perRelation.filter((p) => p.first === null).length,
    };
  }, [dataset, index]);

  const stops = model?.stops ?? [];
  const current = stops.findIndex((s) => s.day === reportedBy);

  // Play steps through the stops, one every STEP_MS, and stops on the last.
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(
      () => {
        const next = current + 1;
        if (next >= stops.length) {
          setPlaying(false);
          return;
        }
        setFilters({ reportedBy: stops[next]?.day ?? null });
      },
      current === -1 ? 0 : STEP_MS,
    );
    return () => window.clearTimeout(timer);
  }, [playing, current, stops, setFilters]);

  if (!model) return null;
  const name = (r: Report) => index?.articleById.get(r.article)?.publisher ?? r.article;

  return (
    <div className="timeline-body reported-clock">
      <p className="timeline-summary">
        <span>
          The network as the public learned it: {count(stops.length, "publication date")}.
          {reportedBy &&
            current >= 0 &&
            ` Showing what had been reported by ${formatPartialDate(reportedBy)}.`}
        </span>
        <span className="timeline-range">
          <button type="button" onClick={() => setPlaying(!playing)} aria-pressed={playing}>
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
      <ol className="reported-stops">
        {model.stops.map((stop, i) => (
          <li key={stop.at} className={i === current ? "is-current" : i < current ? "is-past" : ""}>
            <button
              type="button"
              className="reported-stop"
              aria-current={i === current ? "step" : undefined}
              onClick={() => {
                setPlaying(false);
                setFilters({ reportedBy: stop.day });
              }}
            >
              <time dateTime={stop.day}>{formatPartialDate(stop.day)}</time>
            </button>
            {stop.articles.map((a) =>
              a.article ? (
                <div key={a.article.id} className="reported-article">
                  <p>
                    <strong>{a.article.publisher}</strong>
                    {a.article.derivedFrom && (
                      <span className="muted">
                        {" "}
                        (a rewrite of{" "}
                        {index?.articleById.get(a.article.derivedFrom)?.publisher ?? a.article.derivedFrom},
                        dated {formatPartialDate(a.article.published)})
                      </span>
                    )}
                    : {count(a.first, "link")} reported first
                    {a.repeated > 0 && `, ${count(a.repeated, "link")} repeated`}.
                  </p>
                  {[...a.surer, ...a.lessSure].length > 0 && (
                    <ul className="reported-moves">
                      {[...a.surer, ...a.lessSure].map((m) => (
                        <li key={m.relation.id}>
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => select({ kind: "relation", id: m.relation.id })}
                          >
                            {m.relation.label}
                          </button>
                          : {name(m.from)} {m.from.status} → {name(m.to)} <strong>{m.to.status}</strong>
                          {CERTAINTY[m.to.status] < CERTAINTY[m.from.status]
                            ? " (stated more surely than before)"
                            : " (stated less surely than before)"}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              ) : null,
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
