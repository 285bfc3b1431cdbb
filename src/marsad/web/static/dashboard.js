/* The dashboard: filters in the URL, a map of points, a brushable timeline, a paged event table, exports. */
"use strict";
(function () {
  var M = window.Marsad, el = M.el, t = M.t;
  var FILTERS = ["q", "type", "country", "actor", "since", "until", "has_conflicts"];
  var PAGE_SIZE = 50;
  var state = { page: 1, count: 0, map: null, lastStats: null, lastTimeline: null, options: null };

  function form() { return document.getElementById("filter-form"); }
  function field(name) { return form().elements[name]; }

  function currentFilters() {
    var params = new URLSearchParams();
    FILTERS.forEach(function (name) {
      var input = field(name);
      if (!input) return;
      if (input.type === "checkbox") { if (input.checked) params.set(name, "true"); }
      else if (input.value.trim()) params.set(name, input.value.trim());
    });
    return params;
  }
  function withoutDates(params) {
    var copy = new URLSearchParams(params);
    copy.delete("since"); copy.delete("until");
    return copy;
  }
  function query(params, extra) {
    var copy = new URLSearchParams(params);
    Object.keys(extra || {}).forEach(function (k) { copy.set(k, extra[k]); });
    var s = copy.toString();
    return s ? "?" + s : "";
  }
  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    FILTERS.forEach(function (name) {
      var input = field(name);
      if (!input) return;
      if (input.type === "checkbox") input.checked = params.get(name) === "true";
      else input.value = params.get(name) || "";
    });
    state.page = Math.max(1, parseInt(params.get("page") || "1", 10) || 1);
  }
  function writeUrl(params) {
    var extra = state.page > 1 ? { page: String(state.page) } : {};
    window.history.replaceState(null, "", window.location.pathname + query(params, extra));
  }

  function ensureOption(select, value, label) {
    if (!value) return;
    for (var i = 0; i < select.options.length; i++) if (select.options[i].value === value) return;
    select.appendChild(el("option", { value: value }, label || value));
  }
  function fillOptions(stats, actors) {
    state.options = { stats: stats, actors: actors };
    var typeSelect = field("type"), countrySelect = field("country");
    var chosenType = typeSelect.value, chosenCountry = countrySelect.value;
    while (typeSelect.options.length > 1) typeSelect.remove(1);
    while (countrySelect.options.length > 1) countrySelect.remove(1);
    var types = M.TYPES.slice();
    stats.by_type.forEach(function (row) { if (row.event_type && types.indexOf(row.event_type) < 0) types.push(row.event_type); });
    types.forEach(function (type) { ensureOption(typeSelect, type, M.typeLabel(type)); });
    stats.by_country.forEach(function (row) { if (row.country) ensureOption(countrySelect, row.country, row.country); });
    ensureOption(typeSelect, chosenType); ensureOption(countrySelect, chosenCountry);
    typeSelect.value = chosenType; countrySelect.value = chosenCountry;
    var list = M.clear(document.getElementById("actor-list"));
    actors.data.forEach(function (row) { list.appendChild(el("option", { value: M.clean(row.actor) })); });
  }

  function setSummary(stats) {
    var node = document.getElementById("summary");
    node.textContent = stats.events ? t("summary", { n: M.fmt(stats.events), f: M.fmt(stats.fatalities),
      a: stats.first_date || "?", b: stats.last_date || "?" }) : t("summary_empty");
  }
  function setExports(params) {
    ["csv", "geojson", "jsonl"].forEach(function (fmt) {
      document.getElementById("export-" + fmt).setAttribute("href", "/api/events." + fmt + query(params));
    });
    document.getElementById("json-twin").setAttribute("href", "/index.json" + query(params));
  }

  function drawTimeline(stats, params) {
    state.lastTimeline = stats;
    M.timeline(document.getElementById("timeline"), stats.by_day, {
      since: params.get("since"), until: params.get("until"),
      onBrush: function (since, until) {
        field("since").value = since; field("until").value = until;
        state.page = 1;
        refresh();
      }
    });
  }

  function drawPoints(points) {
    var index = {};
    points.fields.forEach(function (name, i) { index[name] = i; });
    state.map.setPoints(points.data.map(function (row) {
      return { id: row[index.id], lon: row[index.longitude], lat: row[index.latitude], type: row[index.event_type],
        fatalities: row[index.fatalities], date: row[index.event_date], location: row[index.location] };
    }));
    if (!state.fitted && points.data.length) { state.fitted = true; state.map.fit(30); }
    var note = document.getElementById("map-note");
    if (note) note.remove();
    if (points.truncated) {
      document.getElementById("map").after(el("p", { id: "map-note", class: "hint" }, t("truncated", { n: M.fmt(points.data.length) })));
    }
  }

  function actorsCell(event) {
    var cell = [];
    [event.actor1, event.actor2].forEach(function (actor, i) {
      if (!actor) return;
      if (i && cell.length) cell.push(" · ");
      cell.push(M.bdi(actor));
    });
    return cell;
  }
  function drawTable(page) {
    state.count = page.count;
    state.lastPage = page;
    var body = M.clear(document.querySelector("#event-table tbody"));
    page.data.forEach(function (event) {
      var link = M.appLink("/events/" + encodeURIComponent(event.id), event.event_date || "?");
      var row = el("tr", { "data-id": event.id }, [
        el("td", {}, link),
        el("td", {}, [el("span", { class: "type-dot", "aria-hidden": "true" }), M.typeLabel(event.event_type)]),
        el("td", {}, M.bdi(event.location || event.country || "")),
        el("td", {}, actorsCell(event)),
        el("td", { class: "num" }, M.fmt(event.fatalities)),
        el("td", { class: "num" }, M.fmt(event.sources))
      ]);
      row.querySelector(".type-dot").style.backgroundColor = M.colour(event.event_type);
      body.appendChild(row);
    });
    var pages = Math.max(1, Math.ceil(page.count / PAGE_SIZE));
    document.getElementById("page-info").textContent = t("page_info", { p: M.fmt(state.page), n: M.fmt(pages) });
    document.getElementById("prev").disabled = state.page <= 1;
    document.getElementById("next").disabled = state.page >= pages;
  }

  function showDetails(id) {
    var panel = document.getElementById("details");
    M.getJSON("/api/events/" + encodeURIComponent(id)).then(function (event) {
      M.clear(panel);
      panel.hidden = false;
      var heading = el("h2", { id: "details-title" }, [M.typeLabel(event.event_type), " — ", M.bdi(event.sub_event_type)]);
      var facts = el("dl", { class: "facts" }, [
        el("dt", {}, t("date")), el("dd", {}, event.event_date || "?"),
        el("dt", {}, t("location")), el("dd", {}, M.bdi(event.location || event.country)),
        el("dt", {}, t("actors")), el("dd", {}, actorsCell(event)),
        el("dt", {}, t("fatalities")), el("dd", {}, M.fmt(event.fatalities)),
        el("dt", {}, t("sources")), el("dd", {}, event.articles.map(function (a, i) {
          return el("span", { class: "source-chip" }, [M.bdi(a.outlet || t("unknown_outlet")), " ",
            el("span", { class: "muted" }, a.published || "")]);
        }))
      ]);
      var open = M.appLink("/events/" + encodeURIComponent(event.id), t("open_event"), { class: "button", id: "details-open" });
      var close = el("button", { type: "button", class: "close", onclick: function () { panel.hidden = true; } }, t("close"));
      M.append(panel, [heading, facts, el("p", {}, [open, " ", close])]);
      panel.setAttribute("aria-labelledby", "details-title");
      open.focus();
    }).catch(function (error) { M.clear(panel); panel.hidden = false; M.showError(panel, error); });
  }

  function refresh() {
    var params = currentFilters();
    writeUrl(params);
    setExports(params);
    var main = document.querySelector(".content");
    main.setAttribute("aria-busy", "true");
    var requests = [
      M.getJSON("/api/stats" + query(params)),
      M.getJSON("/api/stats" + query(withoutDates(params))),
      M.getJSON("/api/events/points" + query(params)),
      M.getJSON("/api/events" + query(params, { page: String(state.page), limit: String(PAGE_SIZE) }))
    ];
    return Promise.all(requests).then(function (results) {
      state.lastStats = results[0];
      setSummary(results[0]);
      drawTimeline(results[1], params);
      drawPoints(results[2]);
      drawTable(results[3]);
      main.setAttribute("aria-busy", "false");
      document.body.setAttribute("data-ready", "true");
    }).catch(function (error) {
      main.setAttribute("aria-busy", "false");
      M.showError(document.getElementById("summary"), error);
    });
  }

  function start() {
    readUrl();
    var mapReady = M.config().then(function (config) {
      state.map = new M.MarsadMap(document.getElementById("map"), { onSelect: showDetails, tiles: config.map.tiles });
    });
    M.legend(document.getElementById("legend"));
    form().addEventListener("submit", function (event) { event.preventDefault(); state.page = 1; refresh(); });
    field("type").addEventListener("change", function () { state.page = 1; refresh(); });
    field("country").addEventListener("change", function () { state.page = 1; refresh(); });
    field("has_conflicts").addEventListener("change", function () { state.page = 1; refresh(); });
    document.getElementById("f-reset").addEventListener("click", function () {
      form().reset();
      FILTERS.forEach(function (name) { var input = field(name); if (input && input.type !== "checkbox") input.value = ""; });
      state.page = 1; refresh();
    });
    document.getElementById("prev").addEventListener("click", function () { state.page -= 1; refresh(); });
    document.getElementById("next").addEventListener("click", function () { state.page += 1; refresh(); });
    Promise.all([M.getJSON("/api/stats"), M.getJSON("/api/actors?limit=500"), mapReady]).then(function (r) {
      fillOptions(r[0], r[1]);
      readUrl();
    }).then(refresh).catch(function (error) { M.showError(document.getElementById("summary"), error); });
    M.onLanguage(function () {
      M.legend(document.getElementById("legend"));
      if (state.options) fillOptions(state.options.stats, state.options.actors);
      if (state.lastStats) setSummary(state.lastStats);
      if (state.lastPage) drawTable(state.lastPage);
      if (state.lastTimeline) drawTimeline(state.lastTimeline, currentFilters());
      if (state.map) { state.map.svg.setAttribute("aria-label", t("map_label")); state.map.render(); }
    });
  }
  document.addEventListener("DOMContentLoaded", start);
})();
