// The field app: sign in, then the view of the account's role. Every write goes through the
// offline queue (outbox.js) with its Idempotency-Key; reads need the network.
import * as outbox from "./outbox.js";
import { downscale } from "./photos.js";

const API = "/api/v1";
const view = document.getElementById("view");
const session = {
  token: localStorage.getItem("cc.token") || "",
  user: JSON.parse(localStorage.getItem("cc.user") || "null"),
  me: null,
  reference: null,
};
const secure = window.isSecureContext;
const PROBLEMS = [
  ["pollution", "水体污染"], ["weeds", "水草蔓延"], ["debris", "河面漂浮物"], ["bank_dumping", "岸边倾倒垃圾"],
];
const STATES = {
  reported: "待受理", registered: "已立案", dispatched: "已派遣", in_progress: "处置中",
  resolved: "待核查", closed: "已结案", returned: "已退回", parked: "已挂起", voided: "已作废",
  merged: "已合并", requested: "待派单", offered: "待接单", accepted: "已接单", done: "已完成",
  rated: "已评价", cancelled: "已取消",
};

// -- plumbing --------------------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, "");
    else if (value !== false && value != null) node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child != null) node.append(child instanceof Node ? child : document.createTextNode(child));
  }
  return node;
}

function send(path, init = {}) {
  const headers = { ...(init.headers || {}) };
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  return fetch(path.startsWith("/") ? path : `${API}${path}`, { ...init, headers });
}

async function read(path) {
  const response = await send(`${API}${path}`);
  if (response.status === 401) { signOut("登录已过期，请重新登录。"); throw new Error("登录已过期"); }
  if (!response.ok) {
    let detail = `HTTP ${response.status}`;
    try { const p = await response.json(); detail = p.detail || p.title || detail; } catch (_) {}
    throw new Error(detail);
  }
  return response.json();
}

function when(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  const two = (n) => String(n).padStart(2, "0");
  return `${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function colorOf(item) {
  if (item.color) return item.color;
  const now = Date.now();
  if (item.due_at && Date.parse(item.due_at) <= now) return "red";
  if (item.warn_at && Date.parse(item.warn_at) <= now) return "yellow";
  return item.due_at ? "green" : "";
}

function say(target, text) { target.textContent = text; }

// The server's photos need the account's token, which an <img src> cannot send: each is
// fetched, then shown from a blob. A tap shows the photo itself in full width.
async function blobOf(path) {
  const response = await send(path);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return URL.createObjectURL(await response.blob());
}

function photoStrip(photos) {  // [{ full, thumb, alt }]
  return el("div", { class: "thumbs" }, photos.map((p) => {
    const img = el("img", { alt: p.alt || "照片", "data-photo": p.full });
    blobOf(p.thumb).catch(() => blobOf(p.full)).then((url) => { img.src = url; }, () => { img.alt = "照片读取失败"; });
    img.addEventListener("click", async () => {
      if (!img.dataset.big) img.dataset.big = await blobOf(p.full).catch(() => "");
      if (img.dataset.big) { img.src = img.dataset.big; img.classList.toggle("full"); }
    });
    return img;
  }));
}

// A fold of a list item that reads its details when first opened: fill(body) appends them.
// The folds the user has open are remembered by key: a list read again (e.g. after a queued
// upload is sent) opens its fold again and reads it anew, so it shows what the server has
// now; the previous read stays in sight until the new one is there.
const openFolds = new Set();

function photoFold(key, label, fill) {
  const box = el("details", { class: "fold", "data-fold": key }, el("summary", {}, label));
  box.addEventListener("toggle", async () => {
    if (box.open) openFolds.add(key); else openFolds.delete(key);
    if (!box.open || box.dataset.loaded) return;
    box.dataset.loaded = "1";
    const body = el("div", { class: "foldBody" });
    try { await fill(body); } catch (e) { body.append(el("p", { class: "error" }, `读取失败：${e.message}`)); }
    for (const before of box.querySelectorAll(":scope > .foldBody")) before.remove();
    box.append(body);
  });
  if (openFolds.has(key)) {
    const shown = document.querySelector(`details[data-fold="${CSS.escape(key)}"] > .foldBody`);
    if (shown) box.append(shown.cloneNode(true));
    box.open = true;  // its toggle reads the details again
  }
  return box;
}

function casePhotos(attachments) {
  if (!attachments.length) return el("p", { class: "muted" }, "没有照片");
  return photoStrip(attachments.map((a) => ({
    full: `${API}/attachments/${a.id}`, thumb: `${API}/attachments/${a.id}/thumbnail`, alt: a.caption || a.filename })));
}

// -- the queue -------------------------------------------------------------------------------

async function queue(entry) {
  await outbox.enqueue({ ...entry, owner: session.user && session.user.username });
  await flushOutbox();
}

let lastSent = null;  // the last write the server took (for the replay check below)

async function flushOutbox() {
  if (!session.token) return;
  const outcome = await outbox.flush(send, session.user && session.user.username);
  if (outcome.answers.length) lastSent = outcome.answers[outcome.answers.length - 1].item;
  await showOutbox();
  if (outcome.sent && typeof currentRefresh === "function") currentRefresh();
  return outcome;
}

async function showOutbox() {
  const mine = (await outbox.entries()).filter((i) => !session.user || i.owner === session.user.username);
  const bar = document.getElementById("outboxBar");
  const waiting = mine.filter((i) => i.status === "waiting");
  const failed = mine.filter((i) => i.status === "failed");
  bar.hidden = mine.length === 0;
  const parts = [];
  if (waiting.length) parts.push(`${waiting.length} 项待上传（联网后自动发送）`);
  if (failed.length) parts.push(`${failed.length} 项被拒：${failed.map((i) => `${i.label}：${i.error}`).join("；")}`);
  say(document.getElementById("outboxText"), parts.join(" · "));
  document.body.dataset.waiting = String(waiting.length);
  document.body.dataset.failed = String(failed.length);
}

// -- sign in ---------------------------------------------------------------------------------

function signOut(message = "") {
  session.token = ""; session.user = null; session.me = null;
  openFolds.clear();
  localStorage.removeItem("cc.token"); localStorage.removeItem("cc.user");
  showLogin(message);
}

function showLogin(message = "") {
  document.getElementById("signOut").hidden = true;
  say(document.getElementById("who"), "");
  view.replaceChildren(document.getElementById("loginView").content.cloneNode(true));
  const form = document.getElementById("login");
  const error = form.querySelector(".error");
  say(error, message);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    say(error, "");
    const data = new URLSearchParams(new FormData(form));
    let response;
    try {
      response = await fetch(`${API}/auth/token`, { method: "POST", body: data });
    } catch (_) { say(error, "连不上指挥中心服务器：请检查网络后再试。"); return; }
    const body = await response.json().catch(() => ({}));
    if (!response.ok) { say(error, body.detail || "登录失败"); return; }
    session.token = body.access_token;
    session.user = { username: data.get("username"), display_name: body.display_name || data.get("username"), role: body.role };
    localStorage.setItem("cc.token", session.token);
    localStorage.setItem("cc.user", JSON.stringify(session.user));
    start();
  });
}

// -- the views -------------------------------------------------------------------------------

let currentRefresh = null;

async function start() {
  document.getElementById("signOut").hidden = false;
  try {
    session.me = await read("/field/me");
  } catch (error) {
    if (session.token) showLogin(`无法读取账号信息：${error.message}`);
    return;
  }
  say(document.getElementById("who"), `${session.me.display_name || session.me.username}`);
  await flushOutbox();
  const role = session.me.role;
  if (role === "river_chief") return riverChief();
  if (role === "grid_member") return gridMember();
  if (role === "department") return department();
  if (role === "volunteer_lead") return volunteerLead();
  view.replaceChildren(el("div", { class: "card" }, el("h2", {}, "此账号请使用指挥中心控制台"),
    el("p", { class: "muted" }, "移动端供河长、网格员、部门处置人员和志愿服务队队长使用。")));
}

function photoPicker(label = "拍照 / 选择照片") {
  const input = el("input", { type: "file", accept: "image/*", capture: "environment", multiple: true, name: "photos" });
  const thumbs = el("div", { class: "thumbs" });
  const picked = [];
  input.addEventListener("change", async () => {
    for (const file of input.files) {
      if (picked.length >= 6) break;
      const photo = await downscale(file);
      picked.push(photo);
      thumbs.append(el("img", { src: URL.createObjectURL(photo.blob), alt: photo.filename }));
    }
    input.value = "";
  });
  // The label is the button (a file input's own text is the browser's, often in English).
  return { node: el("div", {}, el("label", { class: "picker" }, label, input), thumbs), picked };
}

function position() {
  return new Promise((resolve) => {
    if (!secure || !navigator.geolocation) { resolve(null); return; }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lon: p.coords.longitude }),
      () => resolve(null), { enableHighAccuracy: true, timeout: 10000, maximumAge: 30000 });
  });
}

// River chief: a patrol with its GPS track and the problems found, then my patrols.
const PATROL_KEY = "cc.patrol";

function savedPatrol() { return JSON.parse(localStorage.getItem(PATROL_KEY) || "null"); }
function savePatrol(patrol) { localStorage.setItem(PATROL_KEY, JSON.stringify(patrol)); }

let watchId = null;
let patrolPhotos = [];  // the problems' photos of the patrol under way (Blobs stay in memory)

async function riverChief() {
  const rivers = await read("/rivers").catch(() => ({ items: [] }));
  const mine = new Set(session.me.segments || []);
  const segments = [];
  for (const river of rivers.items || rivers.rivers || []) {
    for (const segment of river.segments || []) {
      if (mine.has(segment.code)) segments.push({ river, segment });
    }
  }
  const status = el("p", { class: "big" });
  const detail = el("p", { class: "muted" });
  const choose = el("select", { name: "segment" },
    segments.map(({ river, segment }) => el("option", { value: segment.code }, `${river.name} · ${segment.name}`)));
  const startButton = el("button", { class: "primary", type: "button", id: "startPatrol" }, "开始巡河");
  const problemButton = el("button", { type: "button", id: "markProblem" }, "记录问题");
  const endButton = el("button", { class: "danger", type: "button", id: "endPatrol" }, "结束并上报");
  const error = el("p", { class: "error", role: "alert" });
  const patrolCard = el("section", { class: "card", id: "patrolCard" }, el("h2", {}, "巡河"),
    el("label", {}, "河段", choose), status, detail, error,
    el("div", { class: "row bottom" }, startButton, problemButton, endButton));
  const historyList = el("ul", { class: "list", id: "patrolHistory" });
  const week = el("p", { id: "weekStatus" });
  const history = el("section", { class: "card" }, el("h2", {}, "我的巡河"), week, historyList);
  view.replaceChildren(patrolCard, history);

  function render() {
    const patrol = savedPatrol();
    startButton.hidden = !!patrol;
    problemButton.hidden = endButton.hidden = !patrol;
    choose.disabled = !!patrol;
    if (!secure) {
      startButton.disabled = true;
      say(error, "非安全连接（HTTP）下无法定位，不能记录巡河轨迹：请用 https:// 地址打开。");
    }
    if (!patrol) { say(status, "未在巡河"); say(detail, ""); return; }
    say(status, `巡河中 · ${patrol.track.length} 个轨迹点`);
    say(detail, `开始于 ${when(patrol.started_at)} · 已记录问题 ${patrol.problems.length} 个`);
  }

  function follow() {
    if (!secure || !navigator.geolocation || watchId !== null) return;
    watchId = navigator.geolocation.watchPosition((p) => {
      const patrol = savedPatrol();
      if (!patrol) return;
      const point = [p.coords.latitude, p.coords.longitude, new Date(p.timestamp).toISOString()];
      const last = patrol.track[patrol.track.length - 1];
      if (!last || Math.abs(last[0] - point[0]) + Math.abs(last[1] - point[1]) > 0.00003) {
        patrol.track.push(point);
        savePatrol(patrol);
        render();
      }
    }, (e) => { if (savedPatrol()) say(error, `定位失败（${e.code}）：${e.message || "请打开手机定位"}`); },
    { enableHighAccuracy: true, maximumAge: 5000 });
  }

  startButton.addEventListener("click", () => {
    const chosen = segments.find((s) => s.segment.code === choose.value);
    if (!chosen) { say(error, "此账号没有分配河段，请联系指挥中心。"); return; }
    say(error, "");
    patrolPhotos = [];
    savePatrol({ river: chosen.river.code, segment: chosen.segment.code, started_at: new Date().toISOString(), track: [], problems: [] });
    follow();
    render();
  });

  problemButton.addEventListener("click", () => {
    const kind = el("select", { name: "category" }, PROBLEMS.map(([code, name]) => el("option", { value: code }, name)));
    const text = el("textarea", { name: "description", required: true, placeholder: "看到的情况" });
    const photos = photoPicker();
    const save = el("button", { class: "primary", type: "button", id: "saveProblem" }, "保存问题");
    const cancel = el("button", { type: "button" }, "取消");
    const form = el("section", { class: "card", id: "problemForm" }, el("h2", {}, "记录问题"),
      el("label", {}, "问题类型", kind), el("label", {}, "描述", text), photos.node, el("div", { class: "row" }, cancel, save));
    patrolCard.after(form);
    cancel.addEventListener("click", () => form.remove());
    save.addEventListener("click", async () => {
      const patrol = savedPatrol();
      const here = patrol.track[patrol.track.length - 1];
      if (!text.value.trim()) { text.focus(); return; }
      if (!here) { say(error, "还没有定位，稍等片刻再记录问题。"); return; }
      const indexes = photos.picked.map((p) => patrolPhotos.push(p) - 1);
      patrol.problems.push({ category: kind.value, description: text.value.trim(), lat: here[0], lon: here[1], photos: indexes });
      savePatrol(patrol);
      form.remove();
      render();
    });
  });

  endButton.addEventListener("click", async () => {
    const patrol = savedPatrol();
    if (!patrol) return;
    if (patrol.track.length < 2) { say(error, "轨迹点太少（至少 2 个），请走一段再结束。"); return; }
    if (watchId !== null) { navigator.geolocation.clearWatch(watchId); watchId = null; }
    const record = {
      patroller: session.me.display_name || session.me.username, river: patrol.river, segment: patrol.segment,
      started_at: patrol.started_at, ended_at: new Date().toISOString(), track: patrol.track, problems: patrol.problems,
    };
    const parts = [{ name: "patrol", value: JSON.stringify(record) },
      ...patrolPhotos.map((p) => ({ name: "photos", blob: p.blob, filename: p.filename }))];
    localStorage.removeItem(PATROL_KEY);
    patrolPhotos = [];
    render();
    await queue({ method: "POST", path: `${API}/patrols`, parts, label: `巡河 ${when(record.started_at)}` });
  });

  async function refresh() {
    try {
      const body = await read("/patrols?limit=20");
      const items = (body.items || []).sort((a, b) => Date.parse(b.started_at) - Date.parse(a.started_at));
      historyList.replaceChildren(...items.map((p) => el("li", { class: "green", "data-patrol": p.id },
        `${when(p.started_at)} ${p.river_name || p.river}${p.segment_name ? " · " + p.segment_name : ""}`,
        el("div", { class: "muted" }, `${Number(p.distance_km || 0).toFixed(1)} 公里 · ${p.duration_min} 分钟 · 问题 ${p.problems} 个`),
        p.problems ? photoFold(`patrol-${p.id}`, "问题与照片", async (box) => {
          const detail = await read(`/patrols/${p.id}`);
          for (const found of detail.problem_cases || []) {
            const c = found.case || {};
            box.append(el("div", {}, `${found.label || found.kind} · ${c.ref || ""} ${STATES[c.state] || c.state || ""}`),
              casePhotos(found.attachments || []));
          }
        }) : null)));
      const monday = new Date(); monday.setHours(0, 0, 0, 0); monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
      const done = items.some((p) => Date.parse(p.started_at) >= monday.getTime());
      week.className = done ? "" : "error";
      say(week, done ? "本周河长行动日：已巡河 ✓" : "本周河长行动日：尚未巡河");
    } catch (e) { say(week, `读取失败：${e.message}`); }
  }
  currentRefresh = refresh;
  if (savedPatrol()) follow();
  render();
  refresh();
}

// Grid member: a report from my grid with photos and the position; my reports' states.
async function gridMember() {
  if (!session.reference) session.reference = await read("/reference").catch(() => ({}));
  const categories = (session.reference.categories || []).filter((c) => c.active !== false);
  const category = el("select", { name: "category" }, categories.map((c) => el("option", { value: c.code }, c.name)));
  const title = el("input", { name: "title", required: true, maxlength: 200, placeholder: "一句话说明问题" });
  const text = el("textarea", { name: "description", placeholder: "详细情况、位置" });
  const address = el("input", { name: "address", placeholder: "地址（可不填）" });
  const photos = photoPicker();
  const error = el("p", { class: "error", role: "alert" });
  const submit = el("button", { class: "primary", type: "submit", id: "sendReport" }, "上报");
  const grid = (session.reference.grids || []).find((g) => g.code === session.me.grid);
  const form = el("form", { class: "card", id: "report" }, el("h2", {}, `网格上报 · ${grid ? grid.name : session.me.grid || ""}`),
    el("label", {}, "问题类别", category), el("label", {}, "标题", title), el("label", {}, "描述", text),
    el("label", {}, "地址", address), photos.node, error, submit);
  if (!secure) form.insertBefore(el("p", { class: "muted" }, "非安全连接：不能取得定位，将按网格上报。"), error);
  const list = el("ul", { class: "list", id: "myReports" });
  view.replaceChildren(form, el("section", { class: "card" }, el("h2", {}, "我的上报"), list));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!photos.picked.length) { say(error, "请至少拍一张照片。"); return; }
    say(error, "");
    const here = await position();
    const parts = [["channel", "grid"], ["category", category.value], ["title", title.value.trim()],
      ["description", text.value.trim()], ["address", address.value.trim()]]
      .map(([name, value]) => ({ name, value }));
    if (here) parts.push({ name: "lat", value: String(here.lat) }, { name: "lon", value: String(here.lon) });
    for (const p of photos.picked) parts.push({ name: "photos", blob: p.blob, filename: p.filename });
    await queue({ method: "POST", path: `${API}/field-reports`, parts, label: `上报「${title.value.trim()}」` });
    form.reset(); photos.picked.length = 0; form.querySelector(".thumbs").replaceChildren();
  });
  async function refresh() {
    try {
      const body = await read("/field-reports?limit=30");
      list.replaceChildren(...(body.items || []).map((c) => el("li", { class: colorOf(c), "data-case": c.id },
        `${c.title}`, el("div", { class: "muted" }, `${c.ref || ""} · ${STATES[c.state] || c.state} · ${when(c.created_at)}`),
        photoFold(`case-${c.id}`, "照片", async (box) => box.append(casePhotos((await read(`/field-reports/${c.id}`)).attachments || []))))));
    } catch (e) { say(error, `读取失败：${e.message}`); }
  }
  currentRefresh = refresh;
  refresh();
}

// Department staff: my department's cases with their deadlines; sign, resolve with photos,
// ask for more time, return with a reason — the server's rules, versions and keys.
async function department() {
  const list = el("ul", { class: "list", id: "deptCases" });
  const error = el("p", { class: "error", role: "alert" });
  view.replaceChildren(el("section", { class: "card" }, el("h2", {}, "本部门待办案件"), error, list));
  async function refresh() {
    try {
      const body = await read("/cases?state=dispatched&state=in_progress&state=returned&limit=100");
      list.replaceChildren(...(body.items || []).map((c) => caseItem(c)));
    } catch (e) { say(error, `读取失败：${e.message}`); }
  }
  function caseItem(c) {
    const due = c.due_at ? `期限 ${when(c.due_at)}` : "";
    const actions = el("div", { class: "row" });
    const item = el("li", { class: colorOf(c), "data-case": c.id }, el("b", {}, c.title),
      el("div", { class: "muted" }, `${c.ref} · ${STATES[c.state] || c.state} · ${due}`), actions);
    const allowed = new Set(c.allowed_actions || []);
    const act = (action, extra = {}, label = action) =>
      queue({ method: "POST", path: `${API}/cases/${c.id}/actions`, json: { action, version: c.version, ...extra }, label: `${c.ref} ${label}` });
    if (allowed.has("sign")) actions.append(el("button", { class: "primary", type: "button", onclick: () => act("sign", {}, "签收") }, "签收"));
    if (allowed.has("resolve")) actions.append(el("button", { type: "button", onclick: () => resolveForm(c, item) }, "办结上报"));
    if (allowed.has("request_extension")) actions.append(el("button", { type: "button", onclick: () => {
      const note = prompt("申请延期的理由"); const hours = Number(prompt("延期几小时（工作时间）", "8"));
      if (note && hours > 0) act("request_extension", { note, extension_minutes: Math.round(hours * 60) }, "申请延期");
    } }, "申请延期"));
    if (allowed.has("return")) actions.append(el("button", { class: "danger", type: "button", onclick: () => {
      const note = prompt("退回理由（必填）"); if (note) act("return", { note }, "退回");
    } }, "退回"));
    return item;
  }
  function resolveForm(c, item) {
    const note = el("textarea", { name: "note", placeholder: "处置情况" });
    const photos = photoPicker("处置照片");
    const send = el("button", { class: "primary", type: "button" }, "提交办结");
    const form = el("div", { class: "card" }, el("label", {}, "处置情况", note), photos.node, send);
    item.append(form);
    send.addEventListener("click", async () => {
      // The resolution first (it names the version seen), then its photos (no version).
      await queue({ method: "POST", path: `${API}/cases/${c.id}/actions`, json: { action: "resolve", version: c.version, note: note.value.trim() }, label: `${c.ref} 办结` });
      for (const p of photos.picked) {
        await queue({ method: "POST", path: `${API}/cases/${c.id}/attachments`, parts: [{ name: "caption", value: "处置照片" }, { name: "photo", blob: p.blob, filename: p.filename }], label: `${c.ref} 处置照片` });
      }
      form.remove();
    });
  }
  currentRefresh = refresh;
  refresh();
}

// Volunteer team lead: requests offered to my team; accept or decline (接单), report done.
async function volunteerLead() {
  const list = el("ul", { class: "list", id: "requests" });
  const served = el("ul", { class: "list", id: "servedRequests" });
  const error = el("p", { class: "error", role: "alert" });
  view.replaceChildren(el("section", { class: "card" }, el("h2", {}, "本队服务需求"), error, list),
    el("section", { class: "card" }, el("h2", {}, "已完成的服务"), served));
  async function refresh() {
    try {
      const body = await read("/volunteers/requests?open=true&limit=50");
      list.replaceChildren(...(body.items || []).map((r) => requestItem(r)));
      const all = await read("/volunteers/requests?limit=30");
      served.replaceChildren(...(all.items || []).filter((r) => r.state === "done" || r.state === "rated").map((r) =>
        el("li", { class: "green", "data-request": r.id }, el("b", {}, `${r.category_name || r.category} · ${r.street_name || ""}`),
          el("div", { class: "muted" }, `${STATES[r.state]}${r.hours ? " · " + r.hours + " 小时" : ""}${r.rating ? " · 评分 " + r.rating : ""}`),
          photoFold(`request-${r.id}`, "服务照片", async (box) => {
            const photos = (await read(`/volunteers/requests/${r.id}`)).photos || [];
            const path = (p) => `${API}/volunteers/requests/${r.id}/photos/${p.id}`;
            box.append(photos.length ? photoStrip(photos.map((p) => ({ full: path(p), thumb: `${path(p)}/thumbnail`, alt: p.caption || p.filename })))
              : el("p", { class: "muted" }, "没有照片"));
          }))));
    } catch (e) { say(error, `读取失败：${e.message}`); }
  }
  function requestItem(r) {
    const actions = el("div", { class: "row" });
    const item = el("li", { class: r.overdue ? "red" : "green", "data-request": r.id },
      el("b", {}, `${r.category_name || r.category} · ${r.street_name || ""}`),
      el("div", {}, r.description),
      el("div", { class: "muted" }, `${STATES[r.state] || r.state}${r.due_at ? " · 请于 " + when(r.due_at) + " 前答复" : ""} · ${r.resident_name || ""} ${r.resident_phone || ""}`),
      actions);
    const allowed = new Set(r.allowed_actions || []);
    const act = (action, extra = {}, label = action) => queue({
      method: "POST", path: `${API}/volunteers/requests/${r.id}/actions`,
      json: { action, version: r.version, ...extra }, label: `需求#${r.id} ${label}` });
    if (allowed.has("accept")) actions.append(el("button", { class: "primary", type: "button", onclick: () => act("accept", {}, "接单") }, "接单"));
    if (allowed.has("decline")) actions.append(el("button", { type: "button", onclick: () => {
      const note = prompt("不能接单的理由（必填）"); if (note) act("decline", { note }, "婉拒");
    } }, "婉拒"));
    if (allowed.has("done")) actions.append(el("button", { type: "button", onclick: () => doneForm(r, item) }, "服务完成"));
    return item;
  }
  function doneForm(r, item) {
    const hours = el("input", { type: "number", min: "0.5", max: "24", step: "0.5", value: "2", name: "hours" });
    const note = el("textarea", { name: "note", placeholder: "服务情况" });
    const photos = photoPicker("服务照片");
    const send = el("button", { class: "primary", type: "button" }, "提交");
    const form = el("div", { class: "card" }, el("label", {}, "服务时长（小时）", hours), el("label", {}, "说明", note), photos.node, send);
    item.append(form);
    send.addEventListener("click", async () => {
      const parts = [{ name: "version", value: String(r.version) }, { name: "hours", value: hours.value }, { name: "note", value: note.value.trim() },
        ...photos.picked.map((p) => ({ name: "photos", blob: p.blob, filename: p.filename }))];
      await queue({ method: "POST", path: `${API}/volunteers/requests/${r.id}/done`, parts, label: `需求#${r.id} 完成` });
      form.remove();
    });
  }
  currentRefresh = refresh;
  refresh();
}

// -- start -----------------------------------------------------------------------------------

function showNetwork() {
  const bar = document.getElementById("net");
  bar.hidden = navigator.onLine;
  say(bar, "离线：上报会先存在手机上，联网后自动发送。");
}

document.getElementById("insecure").hidden = secure;
document.body.dataset.secure = String(secure);
document.getElementById("signOut").addEventListener("click", () => signOut());
document.getElementById("outboxRetry").addEventListener("click", () => flushOutbox());
document.getElementById("outboxDismiss").addEventListener("click", async () => {
  // What the server refused stays refused when sent again: the officer reads why, then clears it.
  for (const item of await outbox.entries()) if (item.status === "failed") await outbox.discard(item.id);
  await showOutbox();
});
window.addEventListener("online", () => { showNetwork(); flushOutbox(); });
window.addEventListener("offline", showNetwork);
setInterval(() => { if (navigator.onLine) flushOutbox(); }, 15000);
showNetwork();
if (session.token) start(); else showLogin();
// For checks from outside (the browser tests, a support session): send what waits now, list
// it, and send the last write again under its own key, as a phone does when the answer was
// lost on the way back (the server answers the first result again and changes nothing).
window.ccField = {
  flush: flushOutbox,
  entries: outbox.entries,
  async replayLast() {
    if (!lastSent) return null;
    const { id, status, error, ...again } = lastSent;
    await outbox.enqueue(again);
    return flushOutbox();
  },
};
