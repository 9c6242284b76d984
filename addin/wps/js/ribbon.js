// 督查台账助手 WPS 加载项: ribbon.xml's callbacks. A button saves the open console workbook and asks
// ledgerdesk serve (on this PC) to run its job with that workbook's 设置 sheet; the answer is shown
// in a message box. The requests themselves are built by requests.js.
var L = window.LedgerdeskRequests;
var ADDRESS_KEY = "ledgerdesk-address";
var HELP = "督查台账助手（WPS 表格）：\n" +
  "1. 先运行 ledgerdesk serve（或双击“打开网页版”），第一次点按钮时粘贴它显示的地址；\n" +
  "2. 在控制台工作簿 督查台账助手.xlsx 的「设置」工作表填好报送文件夹、输出文件夹和统计截止日；\n" +
  "3. 合并台账、校验、拆分下发、统计分析、生成通报、生成催办单：与 Excel 的按钮相同，结果写在输出文件夹。";

function OnAddinLoad(ribbonUI) {
  if (typeof wps.ribbonUI != "object") wps.ribbonUI = ribbonUI;
  return true;
}

function GetImage(control) {
  return "images/" + L.tagOf(control.Id) + ".svg";
}

function OnAction(control) {
  try {
    var tag = L.tagOf(control.Id);
    if (tag === "help") alert(HELP);
    else if (tag === "settings") openSettingsSheet();
    else runJob(tag);
  } catch (error) {
    alert(error.message);
  }
  return true;
}

function consoleBook() {
  var book = wps.EtApplication().ActiveWorkbook;
  if (!book) throw new Error("请先打开控制台工作簿 督查台账助手.xlsx");
  return book;
}

function openSettingsSheet() {
  try {
    consoleBook().Sheets.Item("设置").Activate();
  } catch (error) {
    alert("本工作簿没有「设置」工作表，请在督查台账助手.xlsx 中操作");
  }
}

function connection(askAgain) {
  var saved = askAgain ? "" : (window.localStorage && localStorage.getItem(ADDRESS_KEY)) || "";
  var text = saved || prompt(L.ASK, "");
  if (!text) throw new Error("没有 ledgerdesk serve 的地址，无法运行");
  var parsed = L.parseAddress(text);
  if (window.localStorage) localStorage.setItem(ADDRESS_KEY, text.trim());
  return parsed;
}

function send(request) {
  return fetch(request.url, request.options).then(function (response) {
    return response.json().then(function (data) { return { status: response.status, data: data }; });
  });
}

function runJob(tag) {
  var book = consoleBook();
  book.Save();  // the 设置 sheet as the clerk left it is what the server reads
  var path = book.FullName;
  var conn = connection(false);
  send(L.jobRequest(conn, tag, path)).then(function (answer) {
    if (answer.status === 403) {  // ledgerdesk serve was started again: a new token
      if (window.localStorage) localStorage.removeItem(ADDRESS_KEY);
      conn = connection(true);
      return send(L.jobRequest(conn, tag, path));
    }
    return answer;
  }).then(function (answer) {
    if (answer.status !== 202) throw new Error(answer.data.error || "ledgerdesk serve 没有接受这个请求");
    return follow(conn, answer.data);
  }).catch(function (error) {
    alert("无法连接 ledgerdesk serve（请确认它正在运行）：" + error.message);
  });
}

function follow(conn, job) {
  if (job.state !== "running") {
    alert(L.describe(job));
    return null;
  }
  return new Promise(function (resolve) { setTimeout(resolve, 500); }).then(function () {
    return send(L.stateRequest(conn, job.id));
  }).then(function (answer) {
    return follow(conn, answer.data);
  });
}
