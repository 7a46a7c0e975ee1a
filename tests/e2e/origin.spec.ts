// Issue 20: no request leaves the origin, ever. A second origin (a real server on another port)
// records every request it receives; the app's own origin answers some addresses with a redirect
// to it. Opening `?data=` through that redirect, and a dataset whose article `file` climbs out with
// `../`, must not reach the second origin at all, and must leave the graph as it was.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { dataset, ORIGIN, openApp } from "./helpers";

let other: Server;
let otherOrigin = "";
const received: string[] = [];

test.beforeAll(async () => {
  other = createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    res.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" });
    res.end(readFileSync("data/examples/minimal.json"));
  });
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

test("a redirect to another site, or an article path climbing out, never reaches that site", async ({
  page,
}) => {
  // Every address under /away/ on the app's origin answers 302 to the second origin (in workers
  // too: the route is the context's).
  const redirected: string[] = [];
  await page.context().route(`${ORIGIN}/away/**`, (route) => {
    redirected.push(route.request().url());
    return route.fulfill({ status: 302, headers: { location: `${otherOrigin}/graph.json` } });
  });
  // The same for any request whose path climbed out of the dataset's folder.
  await page.context().route(/\/etc\/passwd|\/secret\.txt/, (route) => {
    redirected.push(route.request().url());
    return route.fulfill({ status: 302, headers: { location: `${otherOrigin}/passwd` } });
  });

  await openApp(page);

  // 1. ?data= through the redirect: refused by name, the bundled story offered, nothing received.
  await page.goto("/?data=away/graph.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("graph.json could not be opened");
  await expect(alert).toContainText("a redirect to another site is refused");
  expect(redirected).toEqual([`${ORIGIN}/away/graph.json`]);

  // 2. A dataset on this origin whose article file climbs out of its folder: refused before any
  // request for that file is made.
  const data = JSON.parse(readFileSync("data/examples/minimal.json", "utf8"));
  delete data.articles[0].text;
  data.articles[0].file = "../../../../etc/passwd";
  await page.route(`${ORIGIN}/stories/climb.json`, (route) => route.fulfill({ json: data }));
  await page.goto("/?data=stories/climb.json");
  await expect(alert).toContainText("climb.json could not be opened");
  await expect(alert).toContainText("articles[0].file");
  await alert.getByRole("button", { name: "Open the bundled story instead" }).click();
  await expect
    .poll(() => page.evaluate(() => window.throughline?.cy.nodes().length ?? 0))
    .toBe(dataset.entities.length);

  // 3. The same file opened from disk with a "../secret.txt" beside it: nothing is fetched either.
  data.articles[0].file = "../secret.txt";
  await page.getByTestId("open-dataset-input").setInputFiles([
    { name: "climb.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) },
    { name: "secret.txt", mimeType: "text/plain", buffer: Buffer.from("not for the graph") },
  ]);
  await expect(alert).toContainText("climb.json could not be opened");
  await expect(alert).toContainText("the graph that was open is unchanged");
  expect(await page.evaluate(() => window.throughline?.cy.nodes().length)).toBe(dataset.entities.length);

  expect(redirected).toEqual([`${ORIGIN}/away/graph.json`]);
  // What counts is the second origin's own log (Playwright reports the refused redirect hop as a
  // request of the page although it is never sent).
  expect(received).toEqual([]);

  // And the trap works: a navigation through the same redirect does reach the second origin (the
  // app's own requests cannot: its CSP allows connections to its origin only, its fetches are
  // same-origin, and article paths are checked before any request).
  const probe = await page.context().newPage();
  await probe.goto("/away/probe.json");
  await probe.close();
  expect(received[0]).toBe("GET /graph.json");
});

test("the example server configs send the built page's own policy as a header, plus frame-ancestors", async ({
  request,
}) => {
  const html = await (await request.get("/")).text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(meta).toBeTruthy();
  const policy = (meta as string).replaceAll("&#39;", "'").replaceAll("&quot;", '"');
  const nginx = /add_header Content-Security-Policy "([^"]+)" always;/.exec(
    readFileSync("deploy/nginx.conf", "utf8"),
  )?.[1];
  const headers = /Content-Security-Policy: (.+)/.exec(readFileSync("deploy/_headers", "utf8"))?.[1];
  expect(nginx).toBe(`${policy}; frame-ancestors 'self'`);
  expect(headers).toBe(nginx);
});
