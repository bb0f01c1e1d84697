/* sitrep browser UI: map, timeline, filters, event list, and an event page with each field next to its
 * evidence highlighted in the source text.
 *
 * Source text, titles and every other value from the database are untrusted: they only ever reach the
 * page as text nodes (textContent), never as HTML. Offsets from the API are Python string indices
 * (code points), so texts are sliced as arrays of code points, not UTF-16 units.
 */
(function () {
  "use strict";

  const TYPE_COLORS = {
    "Battles": "#c0392b", "Explosions/Remote violence": "#e67e22", "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9", "Riots": "#16a085", "Strategic developments": "#7f8c8d",
  };
  const FIELD_KIND = {
    event_type: "type", date: "date", actor1: "actor", actor2: "actor", claimed_by: "actor", target: "actor",
    location: "location", weapons: "weapon", fatalities: "number", injuries: "number", casualties_text: "number",
    count: "number", evidence: "evidence",
  };
  const FILTER_KEYS = ["since", "until", "country", "type", "actor", "text", "sort"];
  const regionNames = (typeof Intl !== "undefined" && Intl.DisplayNames) ? new Intl.DisplayNames(["en"], { type: "region" }) : null;

  const ui = { map: null, markers: null, countriesLoaded: false, nextCursor: null, filters: {}, optionsLoaded: false };

  // -- helpers --------------------------------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = String(value);
      else if (name.startsWith("data-")) node.setAttribute(name, String(value));
      else node[name] = value;
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
    return node;
  }

  function safeUrl(value) {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) { return null; }
  }

  function countryName(code) {
    if (!code) return "";
    try { return regionNames ? regionNames.of(code.toUpperCase()) : code; } catch (e) { return code; }
  }

  function showError(message) {
    const box = document.getElementById("error");
    box.textContent = message;
    box.hidden = !message;
  }

  async function api(path, params) {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== "") query.set(k, v);
    const url = path + (query.toString() ? "?" + query.toString() : "");
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const message = body && body.error ? body.error.message : `${response.status} ${response.statusText}`;
      throw new Error(message);
    }
    return body;
  }

  function parseHash() {
    const hash = location.hash.replace(/^#/, "") || "/";
    const [path, query] = hash.split("?");
    return { path, params: new URLSearchParams(query || "") };
  }

  function filtersFromParams(params) {
    const f = {};
    for (const k of FILTER_KEYS) if (params.get(k)) f[k] = params.get(k);
    return f;
  }

  function filterQuery(filters, extra) {
    const q = new URLSearchParams();
    for (const k of FILTER_KEYS) if (filters[k] && k !== "sort") q.set(k, filters[k]);
    for (const [k, v] of Object.entries(extra || {})) q.set(k, v);
    return q;
  }

  // -- routing --------------------------------------------------------------------------------------
  function route() {
    const { path, params } = parseHash();
    const match = path.match(/^\/event\/(\d+)$/);
    showError("");
    if (match) {
      document.getElementById("overview").hidden = true;
      document.getElementById("event-view").hidden = false;
      showEvent(Number(match[1])).catch((e) => showError(e.message));
    } else {
      document.getElementById("event-view").hidden = true;
      document.getElementById("overview").hidden = false;
      showOverview(filtersFromParams(params)).catch((e) => showError(e.message));
    }
  }

  function navigate(filters) {
    const q = new URLSearchParams();
    for (const k of FILTER_KEYS) if (filters[k]) q.set(k, filters[k]);
    const target = "#/" + (q.toString() ? "?" + q.toString() : "");
    if (location.hash === target) route(); else location.hash = target;
  }

  // -- overview -------------------------------------------------------------------------------------
  async function loadOptions() {
    if (ui.optionsLoaded) return;
    const [countries, types] = await Promise.all([api("/api/stats", { group: "country", limit: 300 }),
                                                  api("/api/stats", { group: "type", limit: 100 })]);
    const form = document.getElementById("filters");
    for (const b of countries.buckets) {
      form.country.appendChild(el("option", { value: b.key, text: `${countryName(b.key)} (${b.count})` }));
    }
    const byType = {};
    for (const b of types.buckets) (byType[b.label || "Other"] = byType[b.label || "Other"] || []).push(b);
    for (const [eventType, subs] of Object.entries(byType)) {
      const group = el("optgroup", { label: eventType });
      group.appendChild(el("option", { value: eventType, text: `${eventType} (all)` }));
      for (const b of subs) group.appendChild(el("option", { value: b.key, text: `${b.key} (${b.count})` }));
      form.type.appendChild(group);
    }
    ui.optionsLoaded = true;
  }

  function fillForm(filters) {
    const form = document.getElementById("filters");
    for (const k of FILTER_KEYS) {
      const field = form.elements[k];
      if (!field) continue;
      if (field.tagName === "SELECT" && filters[k] && ![...field.options].some((o) => o.value === filters[k])) {
        field.appendChild(el("option", { value: filters[k], text: filters[k] }));
      }
      field.value = filters[k] || (k === "sort" ? "-date" : "");
    }
    const q = filterQuery(filters);
    document.getElementById("export-csv").href = "/api/export?" + new URLSearchParams([["format", "csv"], ...q]).toString();
    document.getElementById("export-geojson").href = "/api/export?" + new URLSearchParams([["format", "geojson"], ...q]).toString();
  }

  async function showOverview(filters) {
    ui.filters = filters;
    await loadOptions();
    fillForm(filters);
    initMap();
    await Promise.all([loadMap(filters), loadTimeline(filters), loadList(filters, null)]);
  }

  function initMap() {
    if (ui.map) { ui.map.invalidateSize(); return; }
    ui.map = L.map("map", { minZoom: 1, maxZoom: 13, worldCopyJump: true, zoomSnap: 0.5 }).setView([28, 30], 3);
    ui.map.attributionControl.addAttribution("Countries: Natural Earth");
    ui.markers = L.featureGroup().addTo(ui.map);
    api("/api/basemap.geojson").then((data) => {
      const layer = L.geoJSON(data, {
        interactive: false,
        style: { color: "#a9a191", weight: 0.8, fillColor: "#f3efe4", fillOpacity: 1 },
      });
      layer.addTo(ui.map);
      layer.bringToBack();
      ui.countriesLoaded = true;
      document.getElementById("map").setAttribute("data-basemap", "loaded");
    }).catch((e) => showError("basemap: " + e.message));
  }

  function popupFor(p) {
    return el("div", { class: "popup" },
      el("div", { class: "popup-title", text: p.sub_event_type }),
      el("div", { text: [p.date, p.location].filter(Boolean).join(" · ") }),
      p.fatalities !== null ? el("div", { text: `fatalities: ${p.fatalities}` }) : null,
      el("a", { href: `#/event/${p.id}`, text: "Open event →" }));
  }

  async function loadMap(filters) {
    const data = await api("/api/map", Object.fromEntries(filterQuery(filters)));
    ui.markers.clearLayers();
    for (const p of data.points) {
      const color = TYPE_COLORS[p.event_type] || "#555";
      const radius = 5 + Math.min(12, Math.sqrt(p.fatalities || 0) * 1.5);
      L.circleMarker([p.lat, p.lon], {
        radius, color: "#fff", weight: 1, fillColor: color, fillOpacity: 0.85, className: `ev-marker ev-${p.id}`,
      }).bindPopup(() => popupFor(p)).addTo(ui.markers);
    }
    const note = [];
    note.push(`${data.points.length} placed event(s)`);
    if (data.unplaced) note.push(`${data.unplaced} without coordinates`);
    if (data.truncated) note.push("only the newest are drawn: narrow the filters to see the rest");
    document.getElementById("map-note").textContent = note.join(" · ");
    document.getElementById("map").setAttribute("data-points", String(data.points.length));
    if (data.points.length) ui.map.fitBounds(ui.markers.getBounds().pad(0.25), { maxZoom: 7 });
  }

  async function loadTimeline(filters) {
    const params = Object.fromEntries(filterQuery(filters));
    let stats = await api("/api/stats", { ...params, group: "day" });
    let unit = "day";
    const days = stats.buckets.map((b) => b.key);
    if (days.length > 1 && (Date.parse(days[days.length - 1]) - Date.parse(days[0])) / 864e5 > 400) {
      stats = await api("/api/stats", { ...params, group: "month" });
      unit = "month";
    }
    drawTimeline(stats, unit, filters);
  }

  function periodKeys(first, last, unit) {
    const keys = [];
    const d = new Date(first + (unit === "month" ? "-01" : "") + "T00:00:00Z");
    const end = new Date(last + (unit === "month" ? "-01" : "") + "T00:00:00Z");
    for (let i = 0; d <= end && i < 4000; i++) {
      keys.push(d.toISOString().slice(0, unit === "month" ? 7 : 10));
      if (unit === "month") d.setUTCMonth(d.getUTCMonth() + 1); else d.setUTCDate(d.getUTCDate() + 1);
    }
    return keys;
  }

  function drawTimeline(stats, unit, filters) {
    const box = document.getElementById("timeline");
    while (box.firstChild) box.removeChild(box.firstChild);
    document.getElementById("timeline-title").textContent = unit === "month" ? "Events per month" : "Events per day";
    const note = stats.other ? `${stats.other} event(s) undated or dated less precisely than a ${unit} are not drawn.` : "";
    document.getElementById("timeline-note").textContent = note + (stats.buckets.length ? " Click a bar to filter." : "");
    if (!stats.buckets.length) return;
    const counts = Object.fromEntries(stats.buckets.map((b) => [b.key, b]));
    const keys = periodKeys(stats.buckets[0].key, stats.buckets[stats.buckets.length - 1].key, unit);
    const width = box.clientWidth || 600, height = 120, bottom = 16, top = 4;
    const max = Math.max(...stats.buckets.map((b) => b.count));
    const step = width / keys.length;
    box.setAttribute("viewBox", `0 0 ${width} ${height}`);
    keys.forEach((key, i) => {
      const b = counts[key];
      if (!b) return;
      const h = Math.max(2, ((height - bottom - top) * b.count) / max);
      const rect = svg("rect", { class: "bar", x: i * step + step * 0.1, y: height - bottom - h, width: Math.max(1, step * 0.8), height: h, "data-key": key });
      const title = svg("title");
      title.textContent = `${key}: ${b.count} event(s), ${b.fatalities} fatalities`;
      rect.appendChild(title);
      rect.addEventListener("click", () => navigate({ ...filters, since: key, until: key }));
      box.appendChild(rect);
    });
    for (const [i, anchor] of [[0, "start"], [keys.length - 1, "end"]]) {
      const label = svg("text", { class: "axis", x: anchor === "start" ? 0 : width, y: height - 3, "text-anchor": anchor });
      label.textContent = keys[i];
      box.appendChild(label);
    }
  }

  function listItem(ev) {
    const color = TYPE_COLORS[ev.event_type] || "#555";
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = color;
    const actors = [ev.actor1, ev.actor2].filter(Boolean).join(" vs ");
    return el("li", { "data-event-id": ev.id },
      el("a", { href: `#/event/${ev.id}` },
        el("div", { class: "ev-head" }, swatch, el("span", { class: "ev-date", text: ev.date || ev.published || "undated" }),
          ev.sub_event_type, ev.location ? ` — ${ev.location}` : "",
          ev.fatalities ? el("span", { class: "ev-fat", text: `† ${ev.fatalities}` }) : null),
        actors || ev.claimed_by ? el("div", { class: "ev-actors", text: actors + (ev.claimed_by ? `  · claimed by ${ev.claimed_by}` : "") }) : null,
        el("div", { class: "ev-source", text: ev.title || ev.source || ev.document })));
  }

  async function loadList(filters, cursor) {
    const params = Object.fromEntries(filterQuery(filters, { sort: filters.sort || "-date", limit: 50 }));
    if (cursor) params.cursor = cursor;
    const page = await api("/api/events", params);
    const list = document.getElementById("event-list");
    if (!cursor) while (list.firstChild) list.removeChild(list.firstChild);
    for (const ev of page.items) list.appendChild(listItem(ev));
    document.getElementById("list-title").textContent = `${page.total} event(s)`;
    ui.nextCursor = page.next_cursor;
    document.getElementById("more").hidden = !page.next_cursor;
  }

  // -- event page -----------------------------------------------------------------------------------
  function renderHighlighted(container, text, spans) {
    const chars = Array.from(text);
    const cuts = new Set([0, chars.length]);
    const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= chars.length && s.end > s.start);
    for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const segment = chars.slice(a, b).join("");
      const covering = valid.filter((s) => s.start <= a && s.end >= b);
      if (!covering.length) { container.appendChild(document.createTextNode(segment)); continue; }
      covering.sort((x, y) => (x.end - x.start) - (y.end - y.start));  // the most specific span gives the colour
      const mark = el("mark", { class: `hl k-${covering[0].kind}`, text: segment, title: covering.map((s) => s.label).join(", ") });
      mark.setAttribute("data-keys", covering.map((s) => s.key).join(" "));
      container.appendChild(mark);
    }
  }

  function activate(key, scroll) {
    document.querySelectorAll("mark.hl.active, tr.active, li.active").forEach((n) => n.classList.remove("active"));
    let first = null;
    document.querySelectorAll("mark.hl").forEach((m) => {
      if ((m.getAttribute("data-keys") || "").split(" ").includes(key)) { m.classList.add("active"); first = first || m; }
    });
    document.querySelectorAll(`[data-key="${CSS.escape(key)}"]`).forEach((n) => n.classList.add("active"));
    if (first && scroll) first.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  function fieldRow(field) {
    const kind = FIELD_KIND[field.field] || "evidence";
    const quotes = field.spans.map((s) => el("q", { class: `evidence k-${kind}-bg`, text: s.text || "", dir: "auto" }));
    const value = field.value !== null ? el("span", { text: field.value })
      : quotes.length ? null : el("span", { class: "unknown", text: "unknown" });
    const row = el("tr", { "data-key": `f:${field.field}`, "data-field": field.field },
      el("th", { text: field.label }),
      el("td", {}, value, quotes.length ? el("div", {}, ...quotes) : null));
    row.addEventListener("click", () => activate(`f:${field.field}`, true));
    return row;
  }

  function documentHeader(doc) {
    const url = safeUrl(doc.url);
    return el("div", { class: "meta" },
      el("div", { class: "popup-title", text: doc.title || doc.key }),
      el("div", { text: [doc.source, doc.published, doc.lang ? `language: ${doc.lang}` : null].filter(Boolean).join(" · ") }),
      url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: url }) : null);
  }

  async function showEvent(id) {
    const page = document.getElementById("event-page");
    while (page.firstChild) page.removeChild(page.firstChild);
    const detail = await api(`/api/events/${id}`);
    const ev = detail.event;
    const docInfo = detail.sources[0];
    const doc = await api(`/api/documents/${docInfo.id}`);
    document.title = `${ev.sub_event_type} — sitrep`;

    const spans = [];
    for (const f of detail.fields) {
      for (const s of f.spans) spans.push({ start: s.start, end: s.end, key: `f:${f.field}`, label: f.label, kind: FIELD_KIND[f.field] || "evidence" });
    }
    doc.claims.forEach((c) => { if (c.start !== null && c.end !== null) spans.push({ start: c.start, end: c.end, key: `c:${c.id}`, label: "claim", kind: "claim" }); });
    doc.statements.forEach((s) => { if (s.start !== null && s.end !== null) spans.push({ start: s.start, end: s.end, key: `s:${s.id}`, label: "statement", kind: "statement" }); });

    page.appendChild(el("h1", { text: `${ev.sub_event_type}${ev.location ? " — " + ev.location : ""}` }));
    page.appendChild(el("p", { class: "meta", text: [ev.event_type, ev.date || "date unknown", `confidence ${ev.confidence.toFixed(2)}`].join(" · ") }));

    if (detail.reports.length) {  // reports of the same incident in other documents (cross-document merging)
      page.appendChild(el("p", { id: "reports" }, `Incident #${detail.incident_id}, also reported by: `,
        ...detail.reports.map((r) => el("span", {}, el("a", { href: `#/event/${r.event_id}`, text: r.title || r.document }),
          ` (${[r.source, r.published].filter(Boolean).join(", ")})  `))));
    }
    const fieldsTable = el("table", { class: "fields", id: "fields" }, el("tbody", {}, ...detail.fields.map(fieldRow)));
    const left = el("section", { class: "panel" }, el("h2", { text: "Fields and their evidence" }), fieldsTable);
    const text = el("div", { class: "doc-text", id: "doc-text", dir: "auto", lang: doc.document.lang || "" });
    renderHighlighted(text, doc.text, spans);
    const right = el("section", { class: "panel" }, el("h2", { text: "Source" }), documentHeader(doc.document), text);
    page.appendChild(el("div", { class: "event-grid" }, left, right));

    const extra = el("section", { class: "panel", id: "claims-statements" });
    extra.appendChild(el("h3", { text: `Claims in this document (${doc.claims.length})` }));
    extra.appendChild(el("ul", { class: "items", id: "claims" }, ...doc.claims.map((c) => {
      const li = el("li", { "data-key": `c:${c.id}` }, el("span", { class: "tag", text: c.kind || "claim" }),
        `${c.claimant || "unknown claimant"}${c.medium ? " (via " + c.medium + ")" : ""}${c.claimed ? ": " + c.claimed : ""}`,
        c.text ? el("div", {}, el("q", { class: "evidence", text: c.text })) : null);
      li.addEventListener("click", () => activate(`c:${c.id}`, true));
      return li;
    })));
    extra.appendChild(el("h3", { text: `Statements in this document (${doc.statements.length})` }));
    extra.appendChild(el("ul", { class: "items", id: "statements" }, ...doc.statements.map((s) => {
      const li = el("li", { "data-key": `s:${s.id}` }, el("span", { class: "tag", text: s.stance || "statement" }),
        `${s.speaker || "unknown speaker"}${s.role ? " (" + s.role + ")" : ""}`,
        s.quote ? el("div", {}, el("q", { class: "evidence", text: s.quote })) : null);
      li.addEventListener("click", () => activate(`s:${s.id}`, true));
      return li;
    })));
    const others = doc.event_ids.filter((x) => x !== id);
    if (others.length) {
      extra.appendChild(el("h3", { text: "Other events in this document" }));
      extra.appendChild(el("p", {}, ...others.map((x) => el("a", { href: `#/event/${x}`, text: `#${x} `, class: "other-event" }))));
    }
    if (detail.reviews.length) {
      extra.appendChild(el("h3", { text: "Reviews" }));
      extra.appendChild(el("ul", { class: "items" }, ...detail.reviews.map((r) =>
        el("li", { text: `${r.created_at} · ${r.author}: ${r.status}${r.note ? " — " + r.note : ""}` }))));
    }
    page.appendChild(extra);
    page.setAttribute("data-event-id", String(id));
    window.scrollTo(0, 0);
  }

  // -- wiring ---------------------------------------------------------------------------------------
  function start() {
    const form = document.getElementById("filters");
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const filters = {};
      for (const k of FILTER_KEYS) if (form.elements[k] && form.elements[k].value) filters[k] = form.elements[k].value.trim();
      if (filters.sort === "-date") delete filters.sort;
      navigate(filters);
    });
    document.getElementById("reset").addEventListener("click", () => navigate({}));
    document.getElementById("more").addEventListener("click", () => {
      if (ui.nextCursor) loadList(ui.filters, ui.nextCursor).catch((e) => showError(e.message));
    });
    window.addEventListener("hashchange", route);
    route();
  }

  document.addEventListener("DOMContentLoaded", start);
})();
