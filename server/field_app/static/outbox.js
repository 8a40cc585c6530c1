// The phone's offline queue: every write is kept in IndexedDB with its Idempotency-Key until
// the server has answered it. Replays are exactly once because the server keeps the first
// answer of a key (a replay answers the same and changes nothing). A refusal (4xx) is kept
// as failed with the server's words; a network failure or a 5xx leaves it waiting.

const DB_NAME = "cc-field";
const STORE = "outbox";

function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: "id", autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore(mode, work) {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const result = work(tx.objectStore(STORE));
    tx.oncomplete = () => { db.close(); resolve(result.result ?? result); };
    tx.onerror = () => { db.close(); reject(tx.error); };
    tx.onabort = () => { db.close(); reject(tx.error); };
  });
}

export function newKey() {
  if (crypto.randomUUID) return "field-" + crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return "field-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

// An entry: {method, path, json?, parts?: [{name, value} | {name, blob, filename}], label,
// key, owner (the username), created, status: "waiting" | "failed", error?}.
export async function enqueue(entry) {
  const item = { key: newKey(), created: new Date().toISOString(), status: "waiting", ...entry };
  await withStore("readwrite", (store) => store.add(item));
  return item;
}

export async function entries() {
  return withStore("readonly", (store) => store.getAll());
}

async function remove(id) {
  await withStore("readwrite", (store) => store.delete(id));
}

async function put(item) {
  await withStore("readwrite", (store) => store.put(item));
}

export async function discard(id) {
  await remove(id);
}

function body(item) {
  if (item.json !== undefined) return JSON.stringify(item.json);
  const form = new FormData();
  for (const part of item.parts || []) {
    if (part.blob) form.append(part.name, part.blob, part.filename || "photo.jpg");
    else form.append(part.name, part.value);
  }
  return form;
}

// Send what waits, oldest first; stops at the first network failure (the rest keeps its
// order). `send(item, init)` does the fetch with the session's token. Returns
// {sent, failed, waiting, answers: [{item, answer}]}.
let flushing = null;
export function flush(send, owner) {
  if (!flushing) {
    flushing = doFlush(send, owner).finally(() => { flushing = null; });
  }
  return flushing;
}

async function doFlush(send, owner) {
  const outcome = { sent: 0, failed: 0, waiting: 0, answers: [] };
  const all = (await entries()).filter((item) => !owner || item.owner === owner);
  let offline = false;
  for (const item of all) {
    if (item.status === "failed") { outcome.failed += 1; continue; }
    if (offline) { outcome.waiting += 1; continue; }
    const headers = { "Idempotency-Key": item.key };
    if (item.json !== undefined) headers["Content-Type"] = "application/json";
    let response;
    try {
      response = await send(item.path, { method: item.method, headers, body: body(item) });
    } catch (error) {
      offline = true; outcome.waiting += 1; continue;
    }
    if (response.status === 401) { offline = true; outcome.waiting += 1; continue; }
    if (response.ok) {
      let answer = null;
      try { answer = await response.json(); } catch (_) { /* no body */ }
      await remove(item.id);
      outcome.sent += 1;
      outcome.answers.push({ item, answer });
      continue;
    }
    if (response.status >= 500 || response.status === 408 || response.status === 429) {
      offline = true; outcome.waiting += 1; continue;
    }
    let detail = `HTTP ${response.status}`;
    try { const problem = await response.json(); detail = problem.detail || problem.title || detail; }
    catch (_) { /* not JSON */ }
    item.status = "failed"; item.error = detail;
    await put(item);
    outcome.failed += 1;
  }
  return outcome;
}
