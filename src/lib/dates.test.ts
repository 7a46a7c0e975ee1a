import { describe, expect, it } from "vitest";
import { formatDate } from "./dates";

describe("formatDate", () => {
  it("says a date exactly as precisely as the dataset knows it", () => {
    expect(formatDate("2017-02-15")).toBe("15 February 2017");
    expect(formatDate("2017-02")).toBe("February 2017");
    expect(formatDate("2008")).toBe("2008");
  });

  it("shortens the month for export credits, with the same precision", () => {
    expect(formatDate("2017-02-15", "short")).toBe("15 Feb 2017");
    expect(formatDate("2017-02", "short")).toBe("Feb 2017");
    expect(formatDate("2017", "short")).toBe("2017");
    expect(formatDate("2017-09-01", "short")).toBe("1 Sep 2017");
  });
});
