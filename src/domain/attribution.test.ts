import { describe, expect, it } from "vitest";
import type { Evidence } from "../data/types";
import { realDataset } from "../test/realDataset";
import { attributionKindOf, relationAttribution } from "./attribution";

const ev = (attribution: string, attributionKind?: Evidence["attributionKind"]): Evidence => ({
  article: "a",
  quote: "q",
  attribution,
  status: "reported",
  ...(attributionKind ? { attributionKind } : {}),
});

describe("attributionKindOf", () => {
  it("uses the dataset's own kind when given", () => {
    expect(attributionKindOf(ev("Newsweek", "publication"))).toBe("publication");
  });
  it("guesses cautiously from the words when not", () => {
    expect(attributionKindOf(ev("a 2008 State Department cable"))).toBe("document");
    expect(attributionKindOf(ev("people with direct knowledge of the situation"))).toBe("unnamed");
    expect(attributionKindOf(ev("one official with direct knowledge"))).toBe("unnamed");
    expect(attributionKindOf(ev("Newsweek"))).toBe("article");
  });
});

describe("relationAttribution on the real dataset", () => {
  const { dataset, index } = realDataset();
  it("draws the cable-sourced Sechin–Putin relation as from a document", () => {
    const sechinPutin = dataset.relations.find(
      (r) => r.source === "igor-sechin" && r.target === "vladimir-putin",
    );
    expect(sechinPutin && relationAttribution(sechinPutin, dataset.articles)).toBe("document");
  });
  it("draws Flynn–Kislyak with the original's attribution (Newsweek's own voice), not the rewrite's sources", () => {
    // The rewrite attributes the contact to unnamed sources; Newsweek, the original, says in its own
    // voice that it could not be confirmed. The original decides how the line is drawn.
    const intercepted = index.relationById.get("flynn-kislyak-intercepted-contact");
    if (!intercepted) throw new Error("the dataset has no flynn-kislyak-intercepted-contact");
    expect(intercepted.evidence.map((e) => e.attributionKind)).toContain("unnamed");
    expect(relationAttribution(intercepted, dataset.articles)).toBe("article");
  });
});
