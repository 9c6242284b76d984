// node --test tests/wps: the WPS add-in's request building (addin/wps/js/requests.js), run by
// tests/test_wps.py. No WPS here: these are the functions that need none.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const fs = require("node:fs");
const vm = require("node:vm");

const SOURCE = path.join(__dirname, "..", "..", "addin", "wps", "js", "requests.js");
const R = require(SOURCE);
const TOKEN = "et0bYEDPnwP4iZJ9y8Kqtg9izC-x25g13sDp3AUIcrI";
const CONSOLE = "C:\\Users\\张伟\\Documents\\督查台账\\督查台账助手.xlsx";

test("the address ledgerdesk serve prints gives the server and its token", () => {
  assert.deepEqual(R.parseAddress(`http://127.0.0.1:45367/?token=${TOKEN}`), {
    base: "http://127.0.0.1:45367", token: TOKEN,
  });
  assert.deepEqual(R.parseAddress(`  http://localhost:8000?token=${TOKEN}\n`), {
    base: "http://localhost:8000", token: TOKEN,
  });
});

test("an address of another machine, scheme or shape is refused: the token goes nowhere else", () => {
  for (const text of [
    `http://evil.example:45367/?token=${TOKEN}`,
    `http://127.0.0.1.evil.example:45367/?token=${TOKEN}`,
    `https://127.0.0.1:45367/?token=${TOKEN}`,
    `http://10.0.0.5:45367/?token=${TOKEN}`,
    "http://127.0.0.1:45367/",
    `http://127.0.0.1:45367/?token=${TOKEN}&next=http://evil.example`,
    `http://127.0.0.1:70000/?token=${TOKEN}`,
    "",
    undefined,
  ]) {
    assert.throws(() => R.parseAddress(text), /地址不对/, String(text));
  }
});

test("a job request posts the job and the console workbook with the token in a header", () => {
  const connection = R.parseAddress(`http://127.0.0.1:45367/?token=${TOKEN}`);
  const request = R.jobRequest(connection, "merge", CONSOLE);
  assert.equal(request.url, "http://127.0.0.1:45367/api/jobs");
  assert.equal(request.options.method, "POST");
  assert.deepEqual(request.options.headers, { "X-Ledgerdesk-Token": TOKEN, "Content-Type": "application/json" });
  assert.deepEqual(JSON.parse(request.options.body), { job: "merge", console: CONSOLE });
  assert.ok(!request.url.includes(TOKEN), "the token is never in the URL");
});

test("every job button makes a request; settings and help make none", () => {
  const connection = { base: "http://127.0.0.1:1", token: TOKEN };
  const jobs = Object.values(R.BUTTONS).filter(R.isJob);
  assert.deepEqual(jobs, ["merge", "check", "split", "stats", "brief", "notices"]);
  for (const tag of jobs) assert.equal(JSON.parse(R.jobRequest(connection, tag, CONSOLE).options.body).job, tag);
  for (const tag of ["settings", "help", "format-disk"]) {
    assert.throws(() => R.jobRequest(connection, tag, CONSOLE), /没有「/);
  }
});

test("a job needs a saved console workbook", () => {
  const connection = { base: "http://127.0.0.1:1", token: TOKEN };
  for (const workbook of ["", "工作簿1", "C:\\台账\\报送.et", undefined]) {
    assert.throws(() => R.jobRequest(connection, "check", workbook), /控制台工作簿/);
  }
  assert.doesNotThrow(() => R.jobRequest(connection, "check", "/home/zw/督查台账/督查台账助手.XLSM"));
});

test("the state request asks for one job by its id, with the token", () => {
  const request = R.stateRequest({ base: "http://127.0.0.1:45367", token: TOKEN }, "12/../x");
  assert.equal(request.url, "http://127.0.0.1:45367/api/jobs/12%2F..%2Fx");
  assert.deepEqual(request.options, { method: "GET", headers: { "X-Ledgerdesk-Token": TOKEN } });
});

test("each ribbon button id has its tag; an unknown one says so in Chinese", () => {
  assert.equal(R.tagOf("btnMerge"), "merge");
  assert.equal(R.tagOf("btnHelp"), "help");
  assert.throws(() => R.tagOf("btnFormat"), /没有对应的功能/);
  assert.throws(() => R.tagOf("toString"), /没有对应的功能/);
});

test("a finished job is said in one message", () => {
  const done = {
    tag: "merge", title: "合并台账", state: "done",
    result: {
      summary: "截至2024年7月31日，37家单位共有问题164个，已完成160个，整改完成率97.56%。",
      rows: { read: 171, merged: 164, rejected: 3, superseded: 4 },
      problems: [{ severity: "error" }, { severity: "warning" }, { severity: "error" }],
      lines: [],
      outputs: [{ label: "汇总台账", path: "D:\\out\\汇总台账.xlsx" }],
    },
  };
  const text = R.describe(done);
  assert.match(text, /^合并台账完成。\n截至2024年7月31日/);
  assert.match(text, /合并 164 行，退回 3 行/);
  assert.match(text, /发现错误 2 个，提示 1 个/);
  assert.match(text, /汇总台账：D:\\out\\汇总台账.xlsx$/);
  assert.equal(R.describe({ tag: "check", state: "failed", error: "找不到报送文件夹：D:\\收件箱" }),
    "「校验」没有完成：找不到报送文件夹：D:\\收件箱");
});

test("in WPS's page the functions are one global object, as ribbon.js uses them", () => {
  const context = { window: {} };
  context.window = context;
  vm.runInNewContext(fs.readFileSync(SOURCE, "utf-8"), context);
  assert.equal(typeof context.LedgerdeskRequests.jobRequest, "function");
});

test("ribbon.xml's callbacks are functions of ribbon.js", () => {
  const built = process.env.LEDGERDESK_WPS_BUILD;
  if (!built) return;  // run by tests/test_wps.py with the built add-in
  const xml = fs.readFileSync(path.join(built, "ribbon.xml"), "utf-8");
  const names = new Set([...xml.matchAll(/(?:onLoad|onAction|getImage)="([^"]+)"/g)].map((m) => m[1]));
  const context = { wps: { EtApplication: () => ({}) }, alert: () => {}, prompt: () => "" };
  context.window = context;
  vm.runInNewContext(fs.readFileSync(path.join(built, "js", "requests.js"), "utf-8"), context);
  vm.runInNewContext(fs.readFileSync(path.join(built, "js", "ribbon.js"), "utf-8"), context);
  assert.deepEqual([...names].sort(), ["GetImage", "OnAction", "OnAddinLoad"]);
  for (const name of names) assert.equal(typeof context[name], "function", name);
  for (const id of xml.matchAll(/<button id="([^"]+)"/g)) {
    const image = context.GetImage({ Id: id[1] });
    assert.ok(fs.existsSync(path.join(built, image)), image);
  }
});
