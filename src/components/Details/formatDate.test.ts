import { describe, expect, it } from "vitest";
import { formatDate } from "./EvidenceQuote";

describe("formatDate", () => {
  it("says a date exactly as precisely as the dataset knows it", () => {
    expect(formatDate("2017-02-15")).toBe("15 February 2017");
    expect(formatDate("2017-02")).toBe("February 2017");
    expect(formatDate("2008")).toBe("2008");
  });
});
