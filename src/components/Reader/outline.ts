// One outline around a passage of running text, however many inline boxes it is made of (names
// marked inside it, excerpts nested in it, lines it wraps over): the boxes are merged into one per
// line, the lines made to touch, and the whole traced as one closed path. A CSS outline on inline
// elements draws one box per element and per line instead. Pure geometry, in CSS px.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The boxes of one passage merged line by line, top to bottom: boxes that overlap vertically by at
 * least half the shorter one's height share a line. Empty boxes (a line break) are left out.
 */
export function lineBoxes(boxes: readonly Box[]): Box[] {
  const lines: Box[] = [];
  const sorted = boxes
    .filter((b) => b.right - b.left >= 1 && b.bottom - b.top >= 1)
    .sort((a, b) => a.top - b.top || a.left - b.left);
  for (const box of sorted) {
    const line = lines.find((l) => {
      const overlap = Math.min(l.bottom, box.bottom) - Math.max(l.top, box.top);
      return overlap >= Math.min(l.bottom - l.top, box.bottom - box.top) / 2;
    });
    if (line) {
      line.left = Math.min(line.left, box.left);
      line.right = Math.max(line.right, box.right);
      line.top = Math.min(line.top, box.top);
      line.bottom = Math.max(line.bottom, box.bottom);
    } else lines.push({ ...box });
  }
  return lines.sort((a, b) => a.top - b.top);
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * One closed path around the lines (from `lineBoxes`), `pad` px outside the text: down the right
 * ends of the lines, back up their left ends. Consecutive lines meet halfway between them, so the
 * outline has no gaps where the line spacing is; a passage that starts at the end of one line and
 * ends at the start of the next is still one shape. Empty when there are no lines.
 */
export function outlinePath(lines: readonly Box[], pad = 2): string {
  if (lines.length === 0) return "";
  const tops: number[] = [];
  const bottoms: number[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const prev = lines[i - 1];
    tops.push(prev ? (prev.bottom + line.top) / 2 : line.top - pad);
    bottoms.push(next ? (line.bottom + next.top) / 2 : line.bottom + pad);
  });
  const points: [number, number][] = [];
  lines.forEach((line, i) => {
    points.push([line.right + pad, tops[i] as number], [line.right + pad, bottoms[i] as number]);
  });
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as Box;
    points.push([line.left - pad, bottoms[i] as number], [line.left - pad, tops[i] as number]);
  }
  return `M${points.map(([x, y]) => `${round(x)} ${round(y)}`).join(" L")} Z`;
}
