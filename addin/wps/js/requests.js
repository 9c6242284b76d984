// 督查台账助手 WPS 加载项: the requests its buttons send to ledgerdesk serve (docs/wps.md).
// Pure functions, no WPS object: node tests them (tests/wps/requests.test.js); ribbon.js uses them.
(function (root) {
  "use strict";

  // ribbon.xml's button ids -> the job verbs of ledgerdesk (the Excel ribbon's tags)
  var BUTTONS = {
    btnMerge: "merge",
    btnCheck: "check",
    btnSplit: "split",
    btnStats: "stats",
    btnBrief: "brief",
    btnNotices: "notices",
    btnSettings: "settings",
    btnHelp: "help",
  };
  var JOBS = { merge: "合并台账", check: "校验", split: "拆分下发", stats: "统计分析", brief: "生成通报", notices: "生成催办单" };
  var TOKEN_HEADER = "X-Ledgerdesk-Token";
  // only this PC's own server: the token is never sent anywhere else
  var ADDRESS = /^http:\/\/(127\.0\.0\.1|localhost):(\d{1,5})\/?\?token=([A-Za-z0-9_-]{20,})$/;
  var ASK = "请粘贴 ledgerdesk serve 显示的网页版地址（形如 http://127.0.0.1:端口/?token=…）：";

  function tagOf(controlId) {
    if (!Object.prototype.hasOwnProperty.call(BUTTONS, controlId)) {
      throw new Error("这个按钮（" + controlId + "）没有对应的功能，请升级督查台账助手加载项");
    }
    return BUTTONS[controlId];
  }

  function isJob(tag) {
    return Object.prototype.hasOwnProperty.call(JOBS, tag);
  }

  // The address ledgerdesk serve prints -> where to send requests and the token to send with them.
  function parseAddress(text) {
    var match = ADDRESS.exec(String(text || "").trim());
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 65535) {
      throw new Error("地址不对：应是本机 ledgerdesk serve 显示的完整地址，形如 http://127.0.0.1:端口/?token=…");
    }
    return { base: "http://" + match[1] + ":" + match[2], token: match[3] };
  }

  function headers(connection, json) {
    var sent = {};
    sent[TOKEN_HEADER] = connection.token;
    if (json) sent["Content-Type"] = "application/json";
    return sent;
  }

  // POST /api/jobs: run the button's job for the open console workbook (its 设置 sheet).
  function jobRequest(connection, tag, consolePath) {
    if (!isJob(tag)) throw new Error("没有「" + tag + "」这个作业");
    var path = String(consolePath || "");
    if (!/\.(xlsx|xlsm)$/i.test(path)) {
      throw new Error("请在控制台工作簿（督查台账助手.xlsx，已保存在电脑上）里点按钮");
    }
    return {
      url: connection.base + "/api/jobs",
      options: {
        method: "POST",
        headers: headers(connection, true),
        body: JSON.stringify({ job: tag, console: path }),
      },
    };
  }

  // GET /api/jobs/<id>: how far the job is, and its result once done.
  function stateRequest(connection, id) {
    return {
      url: connection.base + "/api/jobs/" + encodeURIComponent(String(id)),
      options: { method: "GET", headers: headers(connection, false) },
    };
  }

  // What a finished job says to the clerk, in one message box.
  function describe(job) {
    var title = job.title || JOBS[job.tag] || job.tag;
    if (job.state === "failed") return "「" + title + "」没有完成：" + job.error;
    var r = job.result || {};
    var lines = [title + "完成。"];
    if (r.summary) lines.push(r.summary);
    if (r.rows) {
      lines.push("读入 " + r.rows.read + " 行：合并 " + r.rows.merged + " 行，退回 " + r.rows.rejected +
        " 行，被替代 " + r.rows.superseded + " 行。");
    }
    if (r.problems) {
      var errors = r.problems.filter(function (p) { return p.severity === "error"; }).length;
      lines.push("发现错误 " + errors + " 个，提示 " + (r.problems.length - errors) + " 个。");
    }
    (r.lines || []).forEach(function (line) { lines.push(line); });
    (r.outputs || []).slice(0, 5).forEach(function (o) { lines.push(o.label + "：" + o.path); });
    return lines.join("\n");
  }

  var api = {
    BUTTONS: BUTTONS,
    JOBS: JOBS,
    TOKEN_HEADER: TOKEN_HEADER,
    ASK: ASK,
    tagOf: tagOf,
    isJob: isJob,
    parseAddress: parseAddress,
    jobRequest: jobRequest,
    stateRequest: stateRequest,
    describe: describe,
  };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.LedgerdeskRequests = api;
})(this);
