// Explains every shape, colour and line style the canvas uses for the loaded dataset, and only those.
import { useMemo } from "react";
import { ATTRIBUTION_KINDS, CLAIM_STATUSES, ENTITY_TYPES, RELATION_TYPES } from "../../data/vocabulary";
import { relationAttribution } from "../../domain/attribution";
import {
  ATTRIBUTION_VISUALS,
  ENTITY_VISUALS,
  RELATION_FAMILIES,
  RELATION_VISUALS,
  type RelationFamily,
  SOURCE_WIDTHS,
  STATUS_VISUALS,
} from "../../graph/visuals";
import { useStore } from "../../state/store";
import { LineIcon, ShapeIcon } from "./ShapeIcon";

export function Legend() {
  const dataset = useStore((s) => s.dataset);
  const inUse = useMemo(() => {
    const entityTypes = new Set(dataset?.entities.map((e) => e.type));
    const relationTypes = new Set(dataset?.relations.map((r) => r.type));
    const statuses = new Set(dataset?.relations.map((r) => r.status));
    const families = new Map<RelationFamily, string[]>();
    for (const type of RELATION_TYPES) {
      if (!relationTypes.has(type)) continue;
      const { family, label } = RELATION_VISUALS[type];
      families.set(family, [...(families.get(family) ?? []), label.toLowerCase()]);
    }
    return {
      entityTypes: ENTITY_TYPES.filter((t) => entityTypes.has(t)),
      families: [...families],
      statuses: CLAIM_STATUSES.filter((s) => statuses.has(s)),
      unnamed: dataset?.entities.some((e) => e.unnamed) ?? false,
      attributions: ATTRIBUTION_KINDS.filter(
        (k) =>
          ATTRIBUTION_VISUALS[k].marker !== "none" &&
          dataset?.relations.some((r) => relationAttribution(r, dataset.articles) === k),
      ),
      severalSources: (dataset?.articles.length ?? 0) > 1,
      directed: dataset?.relations.some((r) => r.directed) ?? false,
    };
  }, [dataset]);

  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <div className="legend-group">
        <h3>Actors</h3>
        <ul>
          {inUse.entityTypes.map((type) => (
            <li key={type}>
              <ShapeIcon shape={ENTITY_VISUALS[type].shape} color={ENTITY_VISUALS[type].color} />
              {ENTITY_VISUALS[type].label}
            </li>
          ))}
          {inUse.unnamed && (
            <li>
              <ShapeIcon shape="ellipse" color="#ffffff" dashed />
              <em>Dashed outline, italic: not named in the articles</em>
            </li>
          )}
          <li className="legend-note">Size: number of relations</li>
        </ul>
      </div>
      <div className="legend-group">
        <h3>Links (colour)</h3>
        <ul>
          {inUse.families.map(([family, types]) => (
            <li key={family}>
              <LineIcon color={RELATION_FAMILIES[family].color} width={3} />
              <span>
                {RELATION_FAMILIES[family].label}
                <span className="legend-sub">: {types.join(", ")}</span>
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div className="legend-group">
        <h3>Claims (line pattern)</h3>
        <ul>
          {inUse.statuses.map((status) => (
            <li key={status}>
              <LineIcon color="#444444" width={2} dash={STATUS_VISUALS[status].dash} />
              <span>
                {STATUS_VISUALS[status].label}
                <span className="legend-sub">: {STATUS_VISUALS[status].help}</span>
              </span>
            </li>
          ))}
          {inUse.statuses.some((status) => STATUS_VISUALS[status].dash) && (
            <li className="legend-hint">Zoomed far out: fainter solid lines</li>
          )}
          {inUse.directed && (
            <li>
              <LineIcon color="#444444" width={2} arrow />
              Arrow: the link has a direction
            </li>
          )}
        </ul>
      </div>
      {inUse.severalSources && (
        <div className="legend-group">
          <h3>Sources (width)</h3>
          <ul>
            <li>
              <LineIcon color="#444444" width={SOURCE_WIDTHS.one} />
              One article says it
            </li>
            <li>
              <LineIcon color="#444444" width={SOURCE_WIDTHS.several} />
              Several articles say it
            </li>
          </ul>
        </div>
      )}
      {inUse.attributions.length > 0 && (
        <div className="legend-group">
          <h3>Who says it (mark)</h3>
          <ul>
            <li>
              <LineIcon color="#444444" width={2} />
              No mark: the article itself
            </li>
            {inUse.attributions.map((k) => (
              <li key={k}>
                <LineIcon
                  color="#444444"
                  width={2}
                  marker={ATTRIBUTION_VISUALS[k].marker}
                  markerFill={ATTRIBUTION_VISUALS[k].fill}
                />
                <span>From {ATTRIBUTION_VISUALS[k].label}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
