import type { NodeShape } from "../../graph/visuals";

/** Outline points (in a 20×20 box) approximating cytoscape's node shapes. */
const POLYGONS: Partial<Record<NodeShape, string>> = {
  hexagon: "5,2 15,2 19,10 15,18 5,18 1,10",
  diamond: "10,1 19,10 10,19 1,10",
  rectangle: "2,3 18,3 18,17 2,17",
  octagon: "6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6",
  tag: "1,3 13,3 19,10 13,17 1,17",
  triangle: "10,2 19,18 1,18",
};

export function ShapeIcon({ shape, color, dashed }: { shape: NodeShape; color: string; dashed?: boolean }) {
  const stroke = dashed ? { stroke: "#1b1b1b", strokeWidth: 1.5, strokeDasharray: "3 2" } : {};
  const fill = dashed ? "#ffffff" : color;
  let body: React.ReactNode;
  if (shape === "ellipse") body = <circle cx="10" cy="10" r="8.5" fill={fill} {...stroke} />;
  else if (shape === "round-rectangle")
    body = <rect x="2" y="3" width="16" height="14" rx="4" fill={fill} {...stroke} />;
  else if (shape === "barrel")
    body = <path d="M3 3 Q0 10 3 17 L17 17 Q20 10 17 3 Z" fill={fill} {...stroke} />;
  else body = <polygon points={POLYGONS[shape]} fill={fill} {...stroke} />;
  return (
    <svg className="legend-icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
      {body}
    </svg>
  );
}

interface LineProps {
  color: string;
  width: number;
  dash?: readonly number[] | null;
  arrow?: boolean;
  marker?: "none" | "circle" | "square" | "diamond";
  markerFill?: "hollow" | "filled";
}

/** A line as the canvas draws it: colour, width, dash pattern, arrow and middle mark. */
export function LineIcon({ color, width, dash, arrow, marker = "none", markerFill = "filled" }: LineProps) {
  const fill = markerFill === "hollow" ? "#ffffff" : color;
  return (
    <svg className="legend-icon legend-line" width="36" height="20" viewBox="0 0 36 20" aria-hidden="true">
      <line
        x1="2"
        y1="10"
        x2={arrow ? 26 : 34}
        y2="10"
        stroke={color}
        strokeWidth={width}
        strokeDasharray={dash ? dash.join(" ") : undefined}
      />
      {arrow && <polygon points="26,5 35,10 26,15" fill={color} />}
      {marker === "circle" && <circle cx="18" cy="10" r="4" fill={fill} stroke={color} strokeWidth="1.5" />}
      {marker === "square" && (
        <rect x="14" y="6" width="8" height="8" fill={fill} stroke={color} strokeWidth="1.5" />
      )}
      {marker === "diamond" && (
        <polygon points="18,5 23,10 18,15 13,10" fill={fill} stroke={color} strokeWidth="1.5" />
      )}
    </svg>
  );
}
