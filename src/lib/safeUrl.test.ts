import { describe, expect, it } from "vitest";
import { httpUrlOrNull } from "./safeUrl";

describe("#httpUrlOrNull", () => {
  it("should accept absolute http and https addresses", () => {
    expect(httpUrlOrNull("https://example.com/a?b=c")).toBe("https://example.com/a?b=c");
    expect(httpUrlOrNull("HTTP://example.com")).toBe("http://example.com/");
  });

  it("should refuse every other scheme, relative and malformed addresses", () => {
    for (const address of [
      "javascript:alert(1)",
      " javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox",
      "file:///etc/passwd",
      "/relative",
      "//example.com",
      "",
      "http//missing-colon",
    ]) {
      expect(httpUrlOrNull(address), address).toBeNull();
    }
  });
});
