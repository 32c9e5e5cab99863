// reportfmt review page: filter, search and sort the inputs of a batch, open one to see its
// removed blocks in place beside the output, mark blocks "keep" or "remove", and download the
// marks as a rules overlay for `reportfmt convert --rules`.
//
// Data arrive as scripts (review/summary.js, review/docs/NNNNN.js) calling the functions below:
// a page opened from disk may load scripts from its folder but not fetch files. Every text
// from the pages goes into the document through textContent, never as markup.
"use strict";

(function () {
  const PAGE_ROWS = 100;
  const KNOWN_FIELDS = new Set(["id", "source", "status", "error", "outputs", "title", "date", "author",
    "site", "removed", "removed_at", "headings", "masks", "kept_text", "rel", "seconds", "extractor",
    "duplicate_of"]);
  const IMAGE_PATH = /^(?![a-z][a-z0-9+.-]*:)(?!\/)(?!.*\.\.)[^?#]+\.(png|jpe?g|gif|webp)$/i;

  let S = null;               // the summary: columns, dicts, rows
  let col = {};               // column name -> index in a row
  const shards = new Map();   // shard number -> documents
  const waiting = new Map();  // shard number -> callbacks
  const marks = new Map();    // action + "\u0000" + text -> {action, text, source, rule}
  const state = { status: "", family: "", site: "", extractor: "", dups: "", group: -1, q: "",
                  hits: null, sort: "input", page: 0, open: -1 };

  const $ = (id) => document.getElementById(id);
  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  window.reportfmtReview = {
    summary(data) {
      S = data;
      S.columns.forEach((name, i) => { col[name] = i; });
      start();
    },
    shard(number, docs) {
      shards.set(number, docs);
      (waiting.get(number) || []).forEach((resolve) => resolve(docs));
      waiting.delete(number);
    },
  };

  function loadShard(number) {
    return new Promise((resolve, reject) => {
      if (shards.has(number)) { resolve(shards.get(number)); return; }
      if (waiting.has(number)) { waiting.get(number).push(resolve); return; }
      waiting.set(number, [resolve]);
      const script = document.createElement("script");
      script.src = "review/docs/" + String(number).padStart(5, "0") + ".js";
      script.onerror = () => { waiting.delete(number); reject(new Error("cannot load " + script.src)); };
      document.head.appendChild(script);
    });
  }

  function loadDoc(id) {
    return loadShard(Math.floor(id / S.shard_size)).then((docs) => docs[id % S.shard_size]);
  }

  // --- controls ---------------------------------------------------------------------------

  function fillSelect(select, choices) {
    select.replaceChildren();
    for (const [value, label] of choices) {
      const option = el("option", label);
      option.value = value;
      select.appendChild(option);
    }
  }

  function dictChoices(kind, all) {
    return [["", all], ...S.dicts[kind].map((value, i) => [String(i), value === null ? "(none)" : value])];
  }

  function start() {
    fillSelect($("status"), dictChoices("status", "all"));
    fillSelect($("family"), dictChoices("family", "any"));
    fillSelect($("site"), dictChoices("site", "any"));
    fillSelect($("extractor"), dictChoices("extractor", "any"));
    fillSelect($("dups"), [["", "all"], ["grouped", "in a duplicate group"], ["copies", "copies only"],
                           ["unique", "not duplicated"]]);
    fillSelect($("sort"), [["input", "input order"], ["removed-desc", "removed share ↓"],
                           ["removed-asc", "removed share ↑"], ["masks-desc", "masks ↓"],
                           ["masks-asc", "masks ↑"]]);
    for (const id of ["status", "family", "site", "extractor", "dups", "sort"]) {
      $(id).addEventListener("change", () => {
        state[id] = $(id).value;
        if (id === "dups") state.group = -1;
        state.page = 0;
        render();
      });
    }
    $("q").addEventListener("input", () => { state.q = $("q").value.trim().toLowerCase(); state.page = 0; render(); });
    $("textsearch").addEventListener("click", searchText);
    $("textclear").addEventListener("click", () => { state.hits = null; $("textq").value = "";
      $("textstatus").textContent = ""; state.page = 0; render(); });
    $("textq").addEventListener("keydown", (event) => { if (event.key === "Enter") searchText(); });
    $("prev").addEventListener("click", () => { state.page = Math.max(0, state.page - 1); render(); });
    $("next").addEventListener("click", () => { state.page += 1; render(); });
    $("download").addEventListener("click", downloadOverlay);
    render();
  }

  // --- the table --------------------------------------------------------------------------

  function matches(row, id) {
    if (state.status !== "" && row[col.status] !== Number(state.status)) return false;
    if (state.family !== "" && !row[col.families].includes(Number(state.family))) return false;
    if (state.site !== "" && row[col.site] !== Number(state.site)) return false;
    if (state.extractor !== "" && row[col.extractor] !== Number(state.extractor)) return false;
    const group = row[col.group];
    if (state.group >= 0 && group !== state.group) return false;
    if (state.dups === "grouped" && group < 0) return false;
    if (state.dups === "copies" && (group < 0 || group === id)) return false;
    if (state.dups === "unique" && group >= 0) return false;
    if (state.q && !(row[col.title].toLowerCase().includes(state.q) ||
                     sourceOf(row).toLowerCase().includes(state.q))) return false;
    if (state.hits && !state.hits.has(id)) return false;
    return true;
  }

  function sourceOf(row) {
    const folder = S.dicts.dir[row[col.dir]];
    return folder ? folder + "/" + row[col.name] : row[col.name];
  }

  function selected() {
    const ids = [];
    S.rows.forEach((row, id) => { if (matches(row, id)) ids.push(id); });
    const [key, direction] = state.sort.split("-");
    if (key !== "input") {
      const c = key === "removed" ? col.removed_pct : col.masks;
      const sign = direction === "desc" ? -1 : 1;
      ids.sort((a, b) => sign * (S.rows[a][c] - S.rows[b][c]) || a - b);
    }
    return ids;
  }

  function render() {
    const ids = selected();
    const pages = Math.max(1, Math.ceil(ids.length / PAGE_ROWS));
    state.page = Math.min(state.page, pages - 1);
    const body = $("rows");
    body.replaceChildren();
    for (const id of ids.slice(state.page * PAGE_ROWS, (state.page + 1) * PAGE_ROWS)) body.appendChild(rowFor(id));
    $("count").textContent = ids.length + " of " + S.rows.length + " inputs" +
      (state.group >= 0 ? " (duplicate group #" + (state.group + 1) + ")" : "");
    $("pageinfo").textContent = "page " + (state.page + 1) + " of " + pages;
    $("prev").disabled = state.page === 0;
    $("next").disabled = state.page >= pages - 1;
  }

  function rowFor(id) {
    const row = S.rows[id];
    const status = S.dicts.status[row[col.status]];
    const tr = el("tr", null, status);
    tr.dataset.id = String(id);
    tr.appendChild(el("td", id + 1, "num"));
    tr.appendChild(el("td", status, "status"));
    const source = el("td", null, "source");
    const open = el("a", sourceOf(row));
    open.href = "#doc";
    open.addEventListener("click", (event) => { event.preventDefault(); openDoc(id); });
    source.appendChild(open);
    tr.appendChild(source);
    tr.appendChild(el("td", row[col.title], "title"));
    tr.appendChild(el("td", row[col.removed_pct] + "%", "removed"));
    tr.appendChild(el("td", row[col.masks], "masks"));
    tr.appendChild(el("td", row[col.headings], "headings"));
    tr.appendChild(el("td", row[col.families].map((f) => S.dicts.family[f]).join(" "), "families"));
    const dup = el("td", null, "dups");
    const group = row[col.group];
    if (group >= 0) {
      const size = S.rows.filter((r) => r[col.group] === group).length;
      const badge = el("button", (group === id ? "first of #" : "copy in #") + (group + 1) + " (" + size + ")", "group");
      badge.type = "button";
      badge.addEventListener("click", () => { state.group = group; state.page = 0; render(); });
      dup.appendChild(badge);
      if (row[col.similarity] !== null) dup.appendChild(el("span", " " + row[col.similarity], "similarity"));
    }
    tr.appendChild(dup);
    return tr;
  }

  // --- text search: loads the documents shard by shard -------------------------------------

  async function searchText() {
    const query = $("textq").value.trim().toLowerCase();
    if (!query) return;
    const hits = new Set();
    const count = Math.ceil(S.rows.length / S.shard_size);
    for (let n = 0; n < count; n++) {
      $("textstatus").textContent = "searching " + (n * S.shard_size) + " of " + S.rows.length + "…";
      const docs = await loadShard(n);
      for (const doc of docs) {
        const texts = [doc.title || "", doc.kept_text || "", ...(doc.removed || []).map((r) => r.text)];
        if (texts.some((t) => t.toLowerCase().includes(query))) hits.add(doc.id);
      }
      if (shards.size > 40 && n !== Math.floor(state.open / S.shard_size)) shards.delete(n);
    }
    state.hits = hits;
    state.page = 0;
    $("textstatus").textContent = hits.size + " documents contain “" + query + "”";
    render();
  }

  // --- one document: removed blocks in place, the output beside them ------------------------

  async function openDoc(id) {
    state.open = id;
    const doc = await loadDoc(id);
    const view = $("doc");
    view.hidden = false;
    view.replaceChildren();
    view.appendChild(el("h2", doc.title || doc.source));
    view.appendChild(details(doc));
    if (doc.status !== "ok") {
      view.appendChild(el("p", doc.error || doc.status, "error"));
    }
    if (doc.kept_text !== undefined || (doc.removed || []).length) {
      const pair = el("div", null, "pair");
      const left = el("div", null, "column");
      const right = el("div", null, "column");
      left.appendChild(el("h3", "page as read (removed blocks struck through)"));
      right.appendChild(el("h3", "output (with your marks)"));
      const inPlace = el("div", null, "inplace");
      const output = el("div", null, "output");
      left.appendChild(inPlace);
      right.appendChild(output);
      pair.append(left, right);
      view.appendChild(pair);
      const redraw = () => drawDoc(doc, inPlace, output);
      redraw();
    }
    const extra = extraFields(doc);
    if (extra) view.appendChild(extra);
    view.scrollIntoView();
  }

  function details(doc) {
    const dl = el("dl", null, "details");
    const add = (label, value) => {
      if (value === null || value === undefined || value === "") return null;
      dl.appendChild(el("dt", label));
      const dd = el("dd");
      if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
      dl.appendChild(dd);
      return dd;
    };
    add("source", doc.source);
    add("status", doc.status);
    add("date", doc.date);
    add("site", doc.site);
    add("author", doc.author);
    add("extractor", doc.extractor);
    const outputs = el("span");
    for (const [fmt, path] of Object.entries(doc.outputs || {})) {
      const link = el("a", fmt);
      link.href = path;
      outputs.append(link, " ");
    }
    if (outputs.childNodes.length) add("outputs", outputs);
    const row = S.rows[doc.id];
    const group = row[col.group];
    if (group >= 0) {
      const members = el("span");
      S.rows.forEach((other, otherId) => {
        if (other[col.group] !== group || otherId === doc.id) return;
        const link = el("a", sourceOf(other));
        link.href = "#doc";
        link.addEventListener("click", (event) => { event.preventDefault(); openDoc(otherId); });
        members.append(link, " ");
      });
      const dup = doc.duplicate_of;
      add("duplicates", dup ? "copy (" + (dup.exact ? "exact" : "near, similarity " + dup.similarity) + ") of "
        + dup.source : "first of its group");
      add("same group", members);
    }
    return dl;
  }

  function markKey(action, text) { return action + "\u0000" + text; }

  function drawDoc(doc, inPlace, output) {
    inPlace.replaceChildren();
    output.replaceChildren();
    const lines = doc.kept_text ? doc.kept_text.split("\n") : [];
    const removed = doc.removed || [];
    const at = doc.removed_at || removed.map(() => null);
    const headings = new Map((doc.headings || []).map((h) => [h.text, h.level]));
    const slots = lines.map(() => []);
    slots.push([]);
    const unplaced = [];
    removed.forEach((block, i) => {
      if (at[i] === null || at[i] === undefined) unplaced.push(block);
      else slots[Math.min(at[i], lines.length)].push(block);
    });
    const redraw = () => drawDoc(doc, inPlace, output);
    if (unplaced.length) {
      inPlace.appendChild(el("p", "removed before reading", "note"));
      unplaced.forEach((block) => showRemoved(block, doc, inPlace, output, redraw));
    }
    slots.forEach((blocks, i) => {
      blocks.forEach((block) => showRemoved(block, doc, inPlace, output, redraw));
      if (i < lines.length) showKept(lines[i], headings.get(lines[i]), doc, inPlace, output, redraw);
    });
  }

  function toggle(label, key, mark, redraw) {
    const button = el("button", marks.has(key) ? "undo " + label : label, "toggle");
    button.type = "button";
    button.addEventListener("click", () => {
      if (marks.has(key)) marks.delete(key); else marks.set(key, mark);
      updateOverlay();
      redraw();
    });
    return button;
  }

  function showRemoved(block, doc, inPlace, output, redraw) {
    const key = markKey("keep", block.text);
    const div = el("div", null, "block removed" + (marks.has(key) ? " marked" : ""));
    div.appendChild(el("del", block.text));
    div.appendChild(el("span", block.family ? block.rule + " \u2192 " + block.family : block.rule, "rule"));
    div.appendChild(toggle("keep", key, { action: "keep", text: block.text, source: doc.source, rule: block.rule },
                           redraw));
    inPlace.appendChild(div);
    if (marks.has(key)) output.appendChild(el("p", block.text, "kept-back"));
  }

  function showKept(line, level, doc, inPlace, output, redraw) {
    const key = markKey("remove", line);
    const div = el("div", null, "block kept" + (marks.has(key) ? " marked" : ""));
    div.appendChild(el("span", line, "text"));
    div.appendChild(toggle("remove", key, { action: "remove", text: line, source: doc.source, rule: null }, redraw));
    inPlace.appendChild(div);
    if (!marks.has(key)) output.appendChild(el(level ? "h" + Math.min(6, level + 3) : "p", line));
  }

  // Fields this page does not know (added by later versions): shown as they are.
  function extraFields(doc) {
    const keys = Object.keys(doc).filter((k) => !KNOWN_FIELDS.has(k));
    if (!keys.length) return null;
    const section = el("section", null, "extra");
    section.appendChild(el("h3", "more"));
    const dl = el("dl");
    for (const key of keys) {
      dl.appendChild(el("dt", key));
      const dd = el("dd");
      dd.appendChild(showValue(doc[key]));
      dl.appendChild(dd);
    }
    section.appendChild(dl);
    return section;
  }

  function showValue(value) {
    if (Array.isArray(value)) {
      if (value.length && value.every((v) => v && typeof v === "object" && !Array.isArray(v))) {
        const table = el("table", null, "fields");
        const keys = [...new Set(value.flatMap((v) => Object.keys(v)))];
        const head = el("tr");
        keys.forEach((k) => head.appendChild(el("th", k)));
        table.appendChild(head);
        for (const item of value) {
          const tr = el("tr");
          keys.forEach((k) => { const td = el("td"); td.appendChild(showValue(item[k])); tr.appendChild(td); });
          table.appendChild(tr);
        }
        return table;
      }
      const ul = el("ul");
      value.forEach((v) => { const li = el("li"); li.appendChild(showValue(v)); ul.appendChild(li); });
      return ul;
    }
    if (value && typeof value === "object") {
      const dl = el("dl");
      for (const [k, v] of Object.entries(value)) {
        dl.appendChild(el("dt", k));
        const dd = el("dd");
        dd.appendChild(showValue(v));
        dl.appendChild(dd);
      }
      return dl;
    }
    if (typeof value === "string" && IMAGE_PATH.test(value)) {
      const img = el("img", null, "picture");
      img.src = value;
      img.alt = value;
      return img;
    }
    return document.createTextNode(value === null || value === undefined ? "" : String(value));
  }

  // --- the rules overlay ----------------------------------------------------------------------

  function hash(text) {  // FNV-1a, 32 bits: a short stable name per marked block
    let h = 0x811c9dc5;
    for (const ch of text) {
      h ^= ch.codePointAt(0);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, "0");
  }

  function oneLine(text) { return String(text).replace(/[\r\n\u2028\u2029]+/g, " "); }

  function overlayText() {
    const lines = [
      "# reportfmt rules overlay, marked on the review page.",
      "# Apply it on the next run: reportfmt convert INPUTS -o OUTDIR --rules review-rules.yaml",
      "# block: the whole block's text (spaces, character widths and quote styles are ignored).",
      "concept: review",
      "rules:",
    ];
    for (const mark of marks.values()) {
      const action = mark.action === "keep" ? "keep" : "drop";
      lines.push("  - name: " + (mark.action === "keep" ? "keep-" : "remove-") + hash(mark.action + mark.text));
      lines.push("    # " + oneLine(mark.source) + (mark.rule ? " (removed by " + oneLine(mark.rule) + ")" : ""));
      lines.push("    action: " + action);
      lines.push("    block: " + JSON.stringify(mark.text));
    }
    if (!marks.size) lines.push("  []");
    return lines.join("\n") + "\n";
  }

  function updateOverlay() {
    $("markcount").textContent = marks.size + (marks.size === 1 ? " mark" : " marks");
    $("overlaytext").textContent = marks.size ? overlayText() : "";
  }

  function downloadOverlay() {
    const text = overlayText();
    $("overlaytext").textContent = text;
    const link = $("overlaylink");
    if (link.href) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([text], { type: "application/yaml" }));
    link.hidden = false;
    link.click();
  }
})();
