// Explains every shape, colour and line style the canvas uses for the loaded dataset, and only
// those: the legend model of src/visuals/legend.ts, in the theme's colours as CSS custom properties
// (so a change of theme needs no re-render). `brief`: only the key to shapes, colours and line
// patterns, one row per section, without the details.
import { useMemo } from "react";
import { legendContents } from "../../domain/export/caption";
import { allIds } from "../../domain/export/visible";
import { statusesAsOfView } from "../../state/selectors";
import { useStore } from "../../state/store";
import { legendSections } from "../../visuals/legend";
import { CSS_VARS } from "../../visuals/tokens";
import { LineIcon, ShapeIcon } from "./ShapeIcon";

export function Legend({ brief = false }: { brief?: boolean }) {
  const dataset = useStore((s) => s.dataset);
  // At a stop of the "as reported" clock, the line patterns are the statuses the links had then.
  const asOf = useStore(statusesAsOfView);
  const sections = useMemo(
    () => (dataset ? legendSections(legendContents(dataset, allIds(dataset), asOf), CSS_VARS) : []),
    [dataset, asOf],
  );

  // The short key uses an item's short words where it has them.
  const words = (item: { label: string; short?: string }) =>
    brief ? (item.short ?? item.label) : item.label;

  return (
    <section className={`legend${brief ? " is-brief" : ""}`} aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      {sections
        .filter((section) => !brief || section.essential)
        .map((section) => (
          <div className="legend-group" key={section.heading}>
            <h3>{brief ? section.shortHeading : section.heading}</h3>
            <ul>
              {section.items.map((item) =>
                item.icon === "note" ? (
                  <li key={item.label} className="legend-note">
                    {item.label}
                  </li>
                ) : (
                  <li key={item.label}>
                    {item.icon === "shape" ? <ShapeIcon {...item} /> : <LineIcon {...item} />}
                    <span>
                      {item.icon === "shape" && item.italic ? <em>{words(item)}</em> : words(item)}
                      {!brief && item.detail && <span className="legend-sub">: {item.detail}</span>}
                    </span>
                  </li>
                ),
              )}
            </ul>
          </div>
        ))}
    </section>
  );
}
