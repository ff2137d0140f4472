// Opens govlog's site in Debian's chromium through puppeteer-core (no browser is
// downloaded) and checks what a reader meets: axe-core finds no WCAG 2.1 A/AA
// violation on each page type (the front page, a record's, the releases, a
// release's and the gaps page), the search finds a record by a Danish word, the
// front page without JavaScript is the whole list, and a screenshot of each
// page type is saved. The views (timeline, relation graph, trace) are checked
// the same way; GRAPH_SITE, a site whose records name each other, gives the
// graph and a record's relations drawn, and a keyboard user must see where
// the focus is on a box of the drawing. ORG_SITE, a site of several
// repositories, adds its front page: no violation, and its repository filter
// shows that repository's records only.
//   node browser.mjs SITE_DIR SCREENSHOT_DIR WORD WANT_ID RECORD_COUNT RELEASE_PAGE
import { createRequire } from "node:module";
import path from "node:path";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
const [site, shots, word, wantId, count, releasePage] = process.argv.slice(2);
let failures = 0;
const ok = (what) => console.log(`ok: ${what}`);
const fail = (what) => { console.log(`FAIL: ${what}`); failures++; };
const url = (p) => "file://" + path.resolve(site, p);

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--allow-file-access-from-files", "--lang=da"],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));

  // Every page type: the front page, a record's page, the releases, a release, the gaps,
  // and the views.
  const types = [["index", "index.html"], ["record", `records/${wantId}.html`],
    ["releases", "releases.html"], ["release", releasePage], ["gaps", "gaps.html"],
    ["timeline", "timeline.html"], ["trace", "trace.html"], ["graph-none", "graph.html"]];
  const other = process.env.GRAPH_SITE;
  if (other) types.push(["graph", path.resolve(other, "graph.html")], ["record-relations", path.resolve(other, "records/ADR-0002.html")]);
  const org = process.env.ORG_SITE;
  if (org) types.push(["org", path.resolve(org, "index.html")]);
  for (const [name, file] of types) {
    await page.goto(file.startsWith("/") ? "file://" + file : url(file), { waitUntil: "load" });
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(() =>
      axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    if (result.violations.length === 0) ok(`${name} page: axe-core finds no WCAG 2.1 AA violation (${result.passes.length} rules pass)`);
    else fail(`${name} page: ${result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`).join("; ")}`);
    await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  }

  // A keyboard user tabs into the drawing: the box in focus is outlined.
  if (other) {
    await page.goto("file://" + path.resolve(other, "graph.html"), { waitUntil: "load" });
    let inside = false;
    for (let i = 0; i < 40 && !inside; i++) {
      await page.keyboard.press("Tab");
      inside = await page.evaluate(() => !!document.activeElement.closest("svg"));
    }
    const ring = inside && await page.evaluate(() =>
      getComputedStyle(document.activeElement.querySelector("rect")).strokeWidth);
    ring === "4px" ? ok("a box of the graph is reached by Tab and its focus is drawn (4px outline)")
      : fail(`the graph's boxes: reached ${inside}, focus outline '${ring}'`);
    await page.screenshot({ path: path.join(shots, "graph-focus.png"), fullPage: false });
  }

  // Several repositories: the filter by repository keeps that repository's rows.
  if (org) {
    await page.goto("file://" + path.resolve(org, "index.html"), { waitUntil: "load" });
    const choices = await page.$$eval("#f-repo option", (os) => os.map((o) => o.value).filter(Boolean));
    await page.select("#f-repo", choices[0] || "");
    await page.evaluate(() => document.getElementById("f-repo").dispatchEvent(new Event("input", { bubbles: true })));
    const repos = await page.$$eval("#records tbody tr", (rows) =>
      rows.filter((r) => !r.hidden).map((r) => r.getAttribute("data-repo")));
    choices.length > 1 && repos.length > 0 && repos.every((r) => r === choices[0])
      ? ok(`the organisation's front page filters by repository: ${choices[0]} shows its ${repos.length} records only`)
      : fail(`the repository filter: choices ${choices.join(", ")}, shown ${repos.join(", ")}`);
  }

  // The search, as a reader types a Danish word.
  await page.goto(url("index.html"), { waitUntil: "load" });
  const formShown = await page.$eval("#filters", (f) => !f.hidden);
  formShown ? ok("with JavaScript the filters are shown") : fail("the filters stay hidden");
  await page.type("#q", word);
  const visible = await page.$$eval("#records tbody tr", (rows) =>
    rows.filter((r) => !r.hidden).map((r) => r.cells[0].textContent.trim()));
  visible.includes(wantId) ? ok(`searching '${word}' finds ${wantId}`) : fail(`searching '${word}' shows ${visible.join(", ")}`);
  visible.length < Number(count) ? ok(`and hides the ${Number(count) - visible.length} records without it`) : fail("the search hides nothing");
  const shown = await page.$eval("#shown", (p) => p.textContent);
  shown === `${visible.length} af ${count} beslutninger vises` ? ok(`the count is read out: '${shown}'`) : fail(`the count says '${shown}'`);
  await page.screenshot({ path: path.join(shots, "search.png"), fullPage: true });
  errors.length ? fail(`script errors: ${errors.join("; ")}`) : ok("no script error");

  // Without JavaScript: the whole list, no controls that do nothing.
  const plain = await browser.newPage();
  await plain.setJavaScriptEnabled(false);
  await plain.goto(url("index.html"), { waitUntil: "load" });
  const rows = await plain.$$eval("#records tbody tr", (rs) => rs.filter((r) => r.offsetParent !== null).length);
  rows === Number(count) ? ok(`without JavaScript all ${count} records are listed`) : fail(`without JavaScript ${rows} of ${count} rows show`);
  const formHidden = await plain.$eval("#filters", (f) => f.offsetParent === null);
  formHidden ? ok("and the filters, which need it, are not shown") : fail("the filters show without JavaScript");
  await plain.screenshot({ path: path.join(shots, "index-no-js.png"), fullPage: true });

  // The single file (SINGLE_FILE): one page to mail, the same checks, every link inside it.
  if (process.env.SINGLE_FILE) {
    const one = await browser.newPage();
    await one.goto("file://" + path.resolve(process.env.SINGLE_FILE), { waitUntil: "load" });
    await one.addScriptTag({ path: axePath });
    const r = await one.evaluate(() =>
      axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    r.violations.length === 0 ? ok(`single file: axe-core finds no WCAG 2.1 AA violation (${r.passes.length} rules pass)`)
      : fail(`single file: ${r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`).join("; ")}`);
    const dangling = await one.$$eval("a[href^='#']", (as) =>
      as.map((a) => a.getAttribute("href").slice(1)).filter((id) => !document.getElementById(id)));
    dangling.length === 0 ? ok("single file: every link lands on a part of it") : fail(`single file: no target for ${dangling.join(", ")}`);
    await one.type("#q", word);
    const seen = await one.$$eval("#records tbody tr", (rows) =>
      rows.filter((x) => !x.hidden).map((x) => x.cells[0].textContent.trim()));
    seen.includes(wantId) ? ok(`single file: searching '${word}' finds ${wantId}`) : fail(`single file: the search shows ${seen.join(", ")}`);
    await one.screenshot({ path: path.join(shots, "single-file.png"), fullPage: false });
  }
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
