/* The incident page: its events on a small map, a timeline of its events, and the casualty-figures chart. */
"use strict";
(function () {
  var M = window.Marsad, el = M.el, t = M.t;
  var current = null, tiles = null;

  function render(incident) {
    current = incident;
    var record = M.clear(document.getElementById("record"));
    var located = incident.events.filter(function (e) { return e.latitude !== null && e.longitude !== null; });
    var mapBox = el("div", { class: "map small-map", id: "incident-map" });
    var byDay = {};
    incident.events.forEach(function (e) {
      if (!e.event_date) return;
      var key = e.event_date + "|" + e.event_type;
      byDay[key] = (byDay[key] || 0) + 1;
    });
    var rows = Object.keys(byDay).sort().map(function (key) {
      var parts = key.split("|");
      return { date: parts[0], event_type: parts[1], events: byDay[key] };
    });
    var timelineBox = el("div", { class: "timeline", id: "incident-timeline" });
    var figures = el("section", { class: "figures", "aria-labelledby": "figures-title" },
      el("h2", { id: "figures-title" }, t("figures_chart")));
    var kinds = {};
    (incident.timeline || []).forEach(function (c) { (kinds[c.counts] = kinds[c.counts] || []).push(c); });
    if (!Object.keys(kinds).length) figures.appendChild(el("p", { class: "muted" }, t("no_figures")));
    Object.keys(kinds).sort().forEach(function (kind) {
      var claims = kinds[kind].slice().sort(function (a, b) { return (a.report_date || "").localeCompare(b.report_date || ""); });
      var tableRows = claims.map(function (c) {
        return [c.report_date || "?", M.bdi(c.outlet || c.source_article_id || ""), M.fmt(c.coded),
          M.bdi(c.surface || "", { lang: "ar", dir: "rtl" }),
          c.event_id ? M.appLink("/events/" + encodeURIComponent(c.event_id), c.event_id) : "",
          c.superseded_by ? "✓" : ""];
      });
      M.append(figures, [el("h3", {}, M.bdi(kind)), M.figuresChart(claims, kind),
        M.table([t("report_date"), t("outlet"), t("value"), t("as_written"), t("event"), t("superseded")], tableRows)]);
    });
    var eventRows = incident.events.map(function (e) {
      return [M.appLink("/events/" + encodeURIComponent(e.id), e.event_date || "?"), M.typeLabel(e.event_type),
        M.bdi(e.location || e.country || ""), [M.bdi(e.actor1 || ""), e.actor2 ? " · " : "", M.bdi(e.actor2 || "")],
        M.fmt(e.fatalities)];
    });
    M.append(record, [
      el("p", { class: "back" }, M.appLink("/", t("back"))),
      el("h1", { id: "record-title" }, [t("incident"), " ", el("code", {}, incident.id)]),
      el("p", { class: "subtitle" }, [t("first_last", { a: incident.first_date || "?", b: incident.last_date || "?" }),
        " · ", M.bdi(incident.country || ""), " · ", t("fatalities"), " ", M.fmt(incident.fatalities),
        " · ", t("sources"), " ", M.fmt(incident.sources)]),
      el("section", { "aria-labelledby": "where-title" }, [el("h2", { id: "where-title" }, t("incident_map")), mapBox]),
      el("section", { "aria-labelledby": "when-title" }, [el("h2", { id: "when-title" }, t("timeline")), timelineBox]),
      figures,
      el("section", { "aria-labelledby": "ievents-title" }, [el("h2", { id: "ievents-title" }, t("incident_events")),
        M.table([t("date"), t("event_type"), t("location"), t("actors"), t("fatalities")], eventRows)])
    ]);
    var map = new M.MarsadMap(mapBox, { tiles: tiles,
      onSelect: function (id) { window.location.href = "/events/" + encodeURIComponent(id); } });
    map.setPoints(located.map(function (e) {
      return { id: e.id, lon: e.longitude, lat: e.latitude, type: e.event_type, fatalities: e.fatalities,
        date: e.event_date, location: e.location };
    }));
    map.fit(80);
    M.timeline(timelineBox, rows, { height: 110 });
    record.setAttribute("aria-busy", "false");
    document.body.setAttribute("data-ready", "true");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var id = document.body.getAttribute("data-id");
    Promise.all([M.getJSON("/api/incidents/" + encodeURIComponent(id)), M.config()]).then(function (loaded) {
      tiles = loaded[1].map.tiles;
      render(loaded[0]);
    }).catch(function (error) {
      M.showError(document.getElementById("record"), error);
    });
    M.onLanguage(function () { if (current) render(current); });
  });
})();
