// The example server configs send the app's own policy, as a header, with frame-ancestors added,
// and the other headers the README promises: they cannot drift from what the build puts in
// index.html (tests/e2e/origin.spec.ts compares the built page's <meta> tag with these files too).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CSP } from "./csp";

const HEADER_CSP = `${CSP}; frame-ancestors 'self'`;

/** nginx `add_header` directives, with the depth of braces they sit at (1: the server block). */
function nginxHeaders(conf: string): { name: string; value: string; depth: number }[] {
  const text = conf.replace(/#[^\n]*/g, "");
  const found: { name: string; value: string; depth: number }[] = [];
  let depth = 0;
  const directive = /add_header\s+(\S+)\s+"([^"]*)"\s+always;|[{}]/g;
  for (const m of text.matchAll(directive)) {
    if (m[0] === "{") depth++;
    else if (m[0] === "}") depth--;
    else found.push({ name: (m[1] as string).toLowerCase(), value: m[2] as string, depth });
  }
  return found;
}

/** Netlify / Cloudflare Pages `_headers`: the headers under `/*`. */
function headersFile(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  let inAll = false;
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (!/^\s/.test(line)) inAll = line.trim() === "/*";
    else if (inAll) {
      const at = line.indexOf(":");
      headers.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
    }
  }
  return headers;
}

describe("deploy/nginx.conf", () => {
  const headers = nginxHeaders(readFileSync("deploy/nginx.conf", "utf8"));
  const value = (name: string) => headers.find((h) => h.name === name)?.value;

  it("sends the built page's policy as a header, with frame-ancestors", () => {
    expect(value("content-security-policy")).toBe(HEADER_CSP);
  });

  it("sends nosniff and a referrer policy, and nothing that would refuse every embed", () => {
    expect(value("x-content-type-options")).toBe("nosniff");
    expect(value("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(value("x-frame-options")).toBeUndefined();
  });

  it("sets every header at server level only, so no location drops them (workers included)", () => {
    expect(headers.map((h) => h.name).sort()).toEqual([
      "content-security-policy",
      "referrer-policy",
      "x-content-type-options",
    ]);
    for (const h of headers) expect(h.depth, h.name).toBe(1);
  });
});

describe("deploy/_headers", () => {
  const headers = headersFile(readFileSync("deploy/_headers", "utf8"));
  it("sends the same headers to every path", () => {
    expect(Object.fromEntries(headers)).toEqual({
      "content-security-policy": HEADER_CSP,
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
  });
});
