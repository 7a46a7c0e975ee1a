// The legend's icons, drawn with the same geometry as the canvas and the exported images.
import type { LineLook, ShapeLook } from "../../visuals/legend";
import { dashArray, markerPath, sampleLine, shapePath } from "../../visuals/shapes";

export function ShapeIcon({ shape, fill, dashedOutline }: ShapeLook) {
  const outline = dashedOutline
    ? { stroke: dashedOutline, strokeWidth: 1.5, strokeDasharray: "3 2" }
    : { stroke: "none" };
  return (
    <svg className="legend-icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
      <path d={shapePath(shape, 10, 10, 17, 17)} style={{ fill, ...outline }} />
    </svg>
  );
}

/** A line as the canvas draws it: colour, width, dash pattern, arrow and middle mark. */
export function LineIcon({ color, line, lineWidth, dash, arrow, marker }: LineLook) {
  const s = sampleLine(0, 10, 36, arrow);
  const pattern = dashArray(line, lineWidth, dash);
  return (
    <svg className="legend-icon legend-line" width="36" height="20" viewBox="0 0 36 20" aria-hidden="true">
      <line
        x1={s.x1}
        y1="10"
        x2={s.x2}
        y2="10"
        strokeLinecap="round"
        strokeWidth={lineWidth}
        strokeDasharray={pattern.length ? pattern.join(" ") : undefined}
        style={{ stroke: color }}
      />
      {s.arrowPoints && (
        <polygon points={s.arrowPoints.map((p) => p.join(",")).join(" ")} style={{ fill: color }} />
      )}
      {marker && (
        <path
          d={markerPath(marker.shape, s.mark.x, s.mark.y, s.mark.size)}
          strokeWidth={1.5}
          style={{ fill: marker.fill, stroke: color }}
        />
      )}
    </svg>
  );
}
