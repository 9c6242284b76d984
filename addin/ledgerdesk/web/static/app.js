// 督查台账助手 网页版: the page's buttons call the local server's API (docs/web.md).
// Plain JavaScript, no library and nothing fetched from elsewhere: the page works with no internet.
"use strict";

const $ = (selector) => document.querySelector(selector);
const SEVERITY = { error: "错误", warning: "提示" };
const STATUS = { merged: "合并", rejected: "未采用", superseded: "被替代", skipped: "跳过" };
const COLOURS = { red: "#d9534f", yellow: "#f0ad4e", green: "#5cb85c" };
let settings = {};     // name -> field, as the server last said
let choosing = null;   // the setting the folder dialog chooses for
let folder = "";       // the folder the dialog shows

async function api(path, body) {
  const options = body === undefined ? {} : {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  };
  const response = await fetch(path, options);
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.error || `出错了（${response.status}）`);
  return data;
}

function say(text, isError) {
  const box = $("#message");
  box.textContent = text;
  box.className = isError ? "error" : "info";
  box.hidden = !text;
}

function cell(row, text, className) {
  const td = document.createElement("td");
  td.textContent = text === null || text === undefined ? "" : String(text);
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

function fill(table, rows, columns) {
  const body = table.querySelector("tbody");
  body.replaceChildren();
  for (const item of rows) {
    const tr = document.createElement("tr");
    for (const column of columns) {
      const value = typeof column === "function" ? column(item) : item[column];
      cell(tr, value);
    }
    body.appendChild(tr);
  }
  return body;
}

// ---- settings and places

async function loadSettings() {
  const data = await api("/api/settings");
  settings = Object.fromEntries(data.fields.map((f) => [f.name, f]));
  $("#settings-file").textContent = `设置：${data.file}`;
  $("#settings-where").textContent = data.file;
  $("#inbox").textContent = settings.inbox.value || "（未选择）";
  $("#out_dir").textContent = settings.out_dir.value || "（本设置文件旁的 out 文件夹）";
}

async function saveSettings(values) {
  await api("/api/settings", { values });
  await loadSettings();
}

function openSettings() {
  const form = $("#settings-form");
  form.replaceChildren();
  for (const field of Object.values(settings)) {
    const label = document.createElement("label");
    const name = document.createElement("span");
    name.textContent = field.label;
    name.title = field.help;
    let input;
    if (field.choices) {
      input = document.createElement("select");
      for (const choice of ["", ...field.choices]) {
        const option = document.createElement("option");
        option.value = choice;
        option.textContent = choice || "（默认）";
        input.appendChild(option);
      }
    } else {
      input = document.createElement("input");
      input.type = "text";
    }
    input.name = field.name;
    input.value = field.value;
    const help = document.createElement("small");
    help.textContent = field.help;
    label.append(name, input, help);
    form.appendChild(label);
  }
  $("#settings-dialog").showModal();
}

async function saveSettingsForm() {
  const values = {};
  for (const input of $("#settings-form").elements) {
    if (input.name && input.value !== settings[input.name].value) values[input.name] = input.value;
  }
  try {
    await saveSettings(values);
    $("#settings-dialog").close();
    say("设置已保存。", false);
  } catch (error) {
    say(error.message, true);
  }
}

// ---- the folder browser (the server lists only the clerk's own folders)

async function showFolder(path) {
  try {
    const data = await api(`/api/folders?path=${encodeURIComponent(path)}`);
    folder = data.path;
    $("#folder-path").textContent = data.path || "可以选择的位置";
    $("#folder-up").disabled = !data.path;
    $("#folder-up").dataset.target = data.parent || "";
    $("#folder-files").textContent = data.path ? `此文件夹里有 ${data.files} 个文件` : "";
    $("#folder-choose").disabled = !data.path;
    const list = $("#folder-list");
    list.replaceChildren();
    for (const entry of data.folders) {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.className = "link";
      button.textContent = `📁 ${entry.name}`;
      button.addEventListener("click", () => showFolder(entry.path));
      li.appendChild(button);
      list.appendChild(li);
    }
  } catch (error) {
    say(error.message, true);
  }
}

function chooseFolder(name) {
  choosing = name;
  $("#folder-title").textContent = `选择${settings[name].label}`;
  $("#folder-dialog").showModal();
  showFolder("");
}

async function folderChosen() {
  try {
    await saveSettings({ [choosing]: folder });
    $("#folder-dialog").close();
    say(`${settings[choosing].label}：${folder}`, false);
  } catch (error) {
    say(error.message, true);
  }
}

// ---- jobs

function busy(on) {
  for (const button of document.querySelectorAll("[data-job]")) button.disabled = on;
}

async function runJob(tag, title) {
  say("", false);
  busy(true);
  $("#status").hidden = false;
  $("#status-text").textContent = `正在${title}……`;
  $("#bar").removeAttribute("value");
  try {
    let job = await api("/api/jobs", { job: tag });
    while (job.state === "running") {
      const p = job.progress;
      if (p.total) {
        $("#bar").max = p.total;
        $("#bar").value = p.done;
      }
      $("#status-text").textContent = `正在${job.title}…… ${p.total ? `${p.done}/${p.total} ` : ""}${p.name}`;
      await new Promise((resolve) => setTimeout(resolve, 250));
      job = await api(`/api/jobs/${job.id}`);
    }
    if (job.state === "failed") throw new Error(job.error);
    $("#status-text").textContent = `${job.title}完成（${job.seconds} 秒）`;
    $("#bar").max = 1;
    $("#bar").value = 1;
    show(job.result);
  } catch (error) {
    $("#status").hidden = true;
    say(error.message, true);
  } finally {
    busy(false);
  }
}

function show(result) {
  $("#result").hidden = false;
  $("#result-title").textContent = result.as_of ? `${result.title}（统计截止日 ${result.as_of}）` : result.title;
  $("#summary").textContent = result.summary || "";
  const lines = $("#lines");
  lines.replaceChildren();
  for (const text of [...(result.lines || []), ...(result.notes || [])]) {
    const li = document.createElement("li");
    li.textContent = text;
    lines.appendChild(li);
  }
  showFigures(result);
  showOutputs(result.outputs || []);
  showUnits(result.units || []);
  showProblems(result.problems || [], "problems" in result);
  showFiles(result.files || []);
}

function showFigures(result) {
  const cards = [];
  if (result.rows) {
    cards.push(["读取文件", result.files.length], ["读入行", result.rows.read], ["合并", result.rows.merged],
      ["退回", result.rows.rejected], ["被替代", result.rows.superseded]);
  }
  if (result.total) {
    cards.push(["单位", result.total.units], ["问题", result.total.items], ["已完成", result.total.done],
      ["超期", result.total.overdue], ["临期", result.total.due_soon], ["完成率", result.total.rate]);
  }
  const box = $("#figures");
  box.replaceChildren();
  for (const [label, value] of cards) {
    const card = document.createElement("div");
    card.className = "card";
    card.dataset.label = label;
    const number = document.createElement("div");
    number.className = "number";
    number.textContent = value;
    const name = document.createElement("div");
    name.textContent = label;
    card.append(number, name);
    box.appendChild(card);
  }
}

function showOutputs(outputs) {
  $("#outputs-box").hidden = outputs.length === 0;
  const list = $("#outputs");
  list.replaceChildren();
  for (const output of outputs) {
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = `/api/file?path=${encodeURIComponent(output.path)}`;
    link.textContent = output.name;
    link.setAttribute("download", output.name);
    const label = document.createElement("span");
    label.className = "muted";
    label.textContent = `${output.label}：`;
    const where = document.createElement("small");
    where.className = "muted";
    where.textContent = `  ${output.path}`;
    li.append(label, link, where);
    list.appendChild(li);
  }
}

function showUnits(units) {
  $("#units-box").hidden = units.length === 0;
  const body = fill($("#units"), units, [
    (u) => u.rank ?? "", "unit", "items", "done", "in_progress", "overdue", "due_soon", "rate", "warning_label",
  ]);
  body.querySelectorAll("tr").forEach((tr, i) => tr.lastChild.classList.add(`warn-${units[i].warning}`));
  drawChart(units);
}

function drawChart(units) {
  const svg = $("#chart");
  const ns = "http://www.w3.org/2000/svg";
  const rowHeight = 18, labelWidth = 190, barWidth = 260;
  svg.replaceChildren();
  svg.setAttribute("width", labelWidth + barWidth + 60);
  svg.setAttribute("height", units.length * rowHeight + 8);
  units.forEach((u, i) => {
    const y = i * rowHeight + 4;
    const rate = u.completion_rate ?? 0;
    const label = document.createElementNS(ns, "text");
    label.setAttribute("x", labelWidth - 6);
    label.setAttribute("y", y + 12);
    label.setAttribute("text-anchor", "end");
    label.textContent = u.unit.length > 14 ? `${u.unit.slice(0, 13)}…` : u.unit;
    const bar = document.createElementNS(ns, "rect");
    bar.setAttribute("x", labelWidth);
    bar.setAttribute("y", y + 2);
    bar.setAttribute("height", rowHeight - 6);
    bar.setAttribute("width", Math.max(1, rate * barWidth));
    bar.setAttribute("fill", COLOURS[u.warning] || "#888");
    const value = document.createElementNS(ns, "text");
    value.setAttribute("x", labelWidth + rate * barWidth + 4);
    value.setAttribute("y", y + 12);
    value.textContent = u.rate;
    svg.append(label, bar, value);
  });
}

let problems = [];

function showProblems(list, shown) {
  // errors first (they change what is merged), each kind in the order of the files as read
  problems = list.filter((p) => p.severity === "error").concat(list.filter((p) => p.severity !== "error"));
  $("#problems-box").hidden = !shown;
  filterProblems();
}

function filterProblems() {
  const words = $("#problem-filter").value.trim();
  const severity = $("#problem-severity").value;
  const rows = problems.filter((p) => (!severity || p.severity === severity) && (!words ||
    [p.file, p.sheet, p.column, p.value, p.message].some((x) => x && String(x).includes(words))));
  const body = fill($("#problems"), rows, [
    (p) => SEVERITY[p.severity] || p.severity, "file", "sheet", "row", "column", "value", "message",
  ]);
  body.querySelectorAll("tr").forEach((tr, i) => tr.classList.add(`severity-${rows[i].severity}`));
  const errors = problems.filter((p) => p.severity === "error").length;
  $("#problems-count").textContent = problems.length
    ? `共 ${problems.length} 个（错误 ${errors} 个），显示 ${rows.length} 个` : "没有发现问题";
}

function showFiles(files) {
  $("#files-box").hidden = files.length === 0;
  $("#files-count").textContent = `（${files.length} 个）`;
  fill($("#files"), files, ["file", "unit", (f) => STATUS[f.status] || f.status, "rows", "reason"]);
}

// ---- wiring

for (const button of document.querySelectorAll("[data-job]")) {
  button.addEventListener("click", () => runJob(button.dataset.job, button.textContent));
}
for (const button of document.querySelectorAll("[data-choose]")) {
  button.addEventListener("click", () => chooseFolder(button.dataset.choose));
}
$("#open-settings").addEventListener("click", openSettings);
$("#settings-save").addEventListener("click", saveSettingsForm);
$("#settings-cancel").addEventListener("click", () => $("#settings-dialog").close());
$("#open-help").addEventListener("click", () => $("#help-dialog").showModal());
$("#help-close").addEventListener("click", () => $("#help-dialog").close());
$("#folder-up").addEventListener("click", () => showFolder($("#folder-up").dataset.target));
$("#folder-choose").addEventListener("click", folderChosen);
$("#folder-cancel").addEventListener("click", () => $("#folder-dialog").close());
$("#problem-filter").addEventListener("input", filterProblems);
$("#problem-severity").addEventListener("change", filterProblems);
loadSettings().catch((error) => say(error.message, true));
