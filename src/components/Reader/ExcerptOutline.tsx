// The active excerpt's outline: one path drawn over the text from the boxes the browser laid the
// excerpt out in (outline.ts), redrawn when the text reflows (a wider panel, fonts arriving).
import { type RefObject, useLayoutEffect, useState } from "react";
import { type Box, lineBoxes, outlinePath } from "./outline";

/** Draws round the elements marked `.is-emphasised` inside `container`; `version` changes with them. */
export function ExcerptOutline({
  container,
  version,
}: {
  container: RefObject<HTMLDivElement | null>;
  version: unknown;
}) {
  const [path, setPath] = useState("");
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` says the marks changed
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const draw = () => {
      const marks = root.querySelectorAll<HTMLElement>(".is-emphasised");
      const first = marks[0];
      const last = marks[marks.length - 1];
      if (!first || !last) return setPath("");
      const range = document.createRange();
      range.setStartBefore(first);
      range.setEndAfter(last);
      const origin = root.getBoundingClientRect();
      const boxes: Box[] = [...range.getClientRects()].map((r) => ({
        left: r.left - origin.left,
        top: r.top - origin.top,
        right: r.right - origin.left,
        bottom: r.bottom - origin.top,
      }));
      setPath(outlinePath(lineBoxes(boxes), 2));
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(root);
    return () => observer.disconnect();
  }, [container, version]);
  if (!path) return null;
  return (
    <svg className="excerpt-outline" aria-hidden="true" data-testid="excerpt-outline">
      <path d={path} />
    </svg>
  );
}
