// Explains every shape, colour and line style the canvas uses for the loaded dataset, and only
// those: the legend model of src/visuals/legend.ts, in the theme's colours as CSS custom properties
// (so a change of theme needs no re-render).
import { useMemo } from "react";
import { legendContents } from "../../domain/export/caption";
import { allIds } from "../../domain/export/visible";
import { useStore } from "../../state/store";
import { legendSections } from "../../visuals/legend";
import { CSS_VARS } from "../../visuals/tokens";
import { LineIcon, ShapeIcon } from "./ShapeIcon";

export function Legend() {
  const dataset = useStore((s) => s.dataset);
  const sections = useMemo(
    () => (dataset ? legendSections(legendContents(dataset, allIds(dataset)), CSS_VARS) : []),
    [dataset],
  );

  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      {sections.map((section) => (
        <div className="legend-group" key={section.heading}>
          <h3>{section.heading}</h3>
          <ul>
            {section.items.map((item) =>
              item.icon === "note" ? (
                <li key={item.label} className={item.screenOnly ? "legend-hint" : "legend-note"}>
                  {item.label}
                </li>
              ) : (
                <li key={item.label}>
                  {item.icon === "shape" ? <ShapeIcon {...item} /> : <LineIcon {...item} />}
                  <span>
                    {item.icon === "shape" && item.italic ? <em>{item.label}</em> : item.label}
                    {item.detail && <span className="legend-sub">: {item.detail}</span>}
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
