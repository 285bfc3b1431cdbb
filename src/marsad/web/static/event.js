/* The event page: coded fields linked to their evidence, highlighted in each source's Arabic text (RTL),
   every source with outlet and date, the figures timeline, conflicts and claims. */
"use strict";
(function () {
  var M = window.Marsad, el = M.el, t = M.t;
  var FIELDS = ["event_type", "sub_event_type", "disorder_type", "event_date", "country", "admin1", "location",
    "actor1", "actor2", "fatalities", "civilian_targeting"];
  // which evidence field supports which coded field
  var EVIDENCE_OF = { event_type: "trigger", event_date: "event_date",
    location: "location", actor1: "actor1", actor2: "actor2", fatalities: "fatalities" };
  var current = null;

  function anchorId(mentionIndex, field, n) { return "ev-" + mentionIndex + "-" + field + (n ? "-" + n : ""); }

  /* Split `text` at every span boundary; offsets are into the untouched text, bidi controls are removed
     per piece afterwards so they cannot shift the highlights. */
  function highlighted(text, spans) {
    var cuts = [0, text.length];
    spans.forEach(function (s) {
      if (s.start >= 0 && s.end <= text.length && s.start < s.end) cuts.push(s.start, s.end);
    });
    cuts = cuts.filter(function (v, i, a) { return a.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    var out = el("div", { class: "source-text", dir: "rtl", lang: "ar" }), placed = {};
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1], piece = text.slice(a, b);
      var covering = spans.filter(function (s) { return s.start <= a && s.end >= b; });
      var marks = covering.filter(function (s) { return s.field !== "sentence"; });
      if (!covering.length) { out.appendChild(document.createTextNode(M.clean(piece))); continue; }
      if (!marks.length) { out.appendChild(el("span", { class: "ev-sentence" }, piece)); continue; }
      marks.sort(function (x, y) { return (x.end - x.start) - (y.end - y.start); });
      var inner = marks[0];
      var mark = el("mark", { class: "ev ev-" + inner.kind + (covering.length > marks.length ? " in-sentence" : ""),
        "data-field": inner.kind, "data-mention": inner.mention, title: M.fieldLabel(inner.kind) });
      marks.forEach(function (s) {
        if (s.start !== a || placed[s.id]) return;
        placed[s.id] = true;
        if (!mark.id) { mark.id = s.id; mark.setAttribute("tabindex", "-1"); }
        else out.appendChild(el("span", { id: s.id, class: "anchor", tabindex: "-1" }));
      });
      mark.appendChild(document.createTextNode(M.clean(piece)));
      out.appendChild(mark);
    }
    return out;
  }

  function flash(target) {
    if (!target) return;
    target.classList.remove("flash");
    void target.getBoundingClientRect();
    target.classList.add("flash");
    target.focus({ preventScroll: false });
  }

  function spansOf(mention, mi) {
    var spans = [], seen = {};
    mention.evidence.forEach(function (ev) {
      var kind = ev.field, id = anchorId(mi, kind, seen[kind] || 0);
      seen[kind] = (seen[kind] || 0) + 1;
      spans.push({ start: ev.start, end: ev.end, field: ev.field, kind: kind, id: id, mention: mention.id });
    });
    (mention.figures || []).forEach(function (figure, k) {
      if (typeof figure.start !== "number" || typeof figure.end !== "number") return;
      spans.push({ start: figure.start, end: figure.end, field: "figure", kind: "figure",
        id: anchorId(mi, "figure", k), mention: mention.id });
    });
    return spans;
  }

  function fieldValue(event, name) {
    var v = event[name];
    if (name === "event_type") return M.typeLabel(v);
    if (name === "fatalities" && v !== null && v !== undefined) {
      var range = event.fatalities_low !== event.fatalities_high && event.fatalities_low !== null
        ? " (" + M.fmt(event.fatalities_low) + "–" + M.fmt(event.fatalities_high) + ")" : "";
      return M.fmt(v) + range;
    }
    return v === null || v === undefined || v === "" ? null : String(v);
  }

  function fieldsSection(event, outletOf) {
    var rows = [];
    FIELDS.forEach(function (name) {
      var value = fieldValue(event, name);
      if (value === null) return;
      var links = [];
      var evField = EVIDENCE_OF[name];
      if (evField) event.mentions.forEach(function (mention, mi) {
        mention.evidence.forEach(function (ev, k) {
          if (ev.field !== evField) return;
          var count = mention.evidence.slice(0, k).filter(function (x) { return x.field === evField; }).length;
          var target = anchorId(mi, evField, count);
          var link = el("a", { href: "#" + target, class: "ev-link ev-" + evField, "data-target": target,
            onclick: function (e) { e.preventDefault(); flash(document.getElementById(target)); history.replaceState(null, "", "#" + target); } },
            [t("evidence"), " ", el("span", { class: "muted" }, ["(", M.bdi(outletOf(mention)), ")"])]);
          link.setAttribute("aria-label", t("evidence_in", { s: M.clean(outletOf(mention)) }) + ": " + M.clean(ev.text));
          links.push(link);
        });
      });
      rows.push(el("tr", { id: "field-" + name, "data-field": evField || "" }, [
        el("th", { scope: "row" }, M.fieldLabel(name)),
        el("td", {}, [name === "event_type" ? value : M.bdi(value), links.length ? el("span", { class: "ev-links" }, links) : null])
      ]));
    });
    return el("section", { class: "fields", "aria-labelledby": "fields-title" }, [
      el("h2", { id: "fields-title" }, t("coded_fields")),
      el("div", { class: "table-scroll" }, el("table", { class: "field-table" }, el("tbody", {}, rows)))
    ]);
  }

  function sourcesSection(event) {
    var blocks = event.articles.map(function (article, ai) {
      var spans = [], notes = [];
      event.mentions.forEach(function (mention, mi) {
        if (mention.article_id !== article.id) return;
        spans = spans.concat(spansOf(mention, mi));
        notes.push(el("li", {}, [el("span", { class: "label" }, t("explanation") + ": "), M.bdi(mention.explanation),
          " · " + t("confidence") + " " + M.fmt(mention.confidence)]));
      });
      var original = M.externalLink(article.url, t("view_source"));
      var meta = el("p", { class: "source-meta" }, [
        el("span", { class: "label" }, t("outlet") + ": "), M.bdi(article.outlet || t("unknown_outlet"), { class: "outlet" }),
        " · ", el("span", { class: "label" }, t("published") + ": "), el("span", { class: "published" }, article.published || "?"),
        original ? " · " : null, original
      ]);
      var title = el("h3", { lang: "ar", dir: "rtl", class: "source-title", id: "source-" + ai }, article.title || article.id);
      return el("article", { class: "source", "aria-labelledby": "source-" + ai, "data-article": article.id }, [
        title, meta, el("ul", { class: "notes" }, notes), highlighted(article.source_text || "", spans)
      ]);
    });
    return el("section", { class: "sources", "aria-labelledby": "sources-title" },
      [el("h2", { id: "sources-title" }, t("source_texts"))].concat(blocks));
  }

  function figuresSection(event) {
    var section = el("section", { class: "figures", "aria-labelledby": "figures-title" },
      el("h2", { id: "figures-title" }, t("figures_timeline")));
    var kinds = Object.keys(event.counts || {});
    if (!kinds.length) { section.appendChild(el("p", { class: "muted" }, t("no_figures"))); return section; }
    kinds.sort(function (a, b) { return (a === "killed" ? -1 : 0) - (b === "killed" ? -1 : 0) || a.localeCompare(b); });
    kinds.forEach(function (kind) {
      var count = event.counts[kind], timeline = count.timeline || [];
      var heading = el("h3", {}, [M.bdi(kind), ": ", M.fmt(count.coded),
        el("span", { class: "muted" }, " (" + M.fmt(count.low) + "–" + M.fmt(count.high) + ", best " + M.fmt(count.best) + ")")]);
      var chart = M.figuresChart(timeline, kind);
      var rows = timeline.map(function (c) {
        return [c.report_date || "?", M.bdi(c.outlet || c.source_article_id || ""), M.fmt(c.coded),
          (c.low !== null || c.high !== null) ? M.fmt(c.low) + "–" + M.fmt(c.high) : "",
          M.bdi(c.surface || "", { lang: "ar", dir: "rtl" }), c.superseded_by ? "✓" : ""];
      });
      M.append(section, [el("div", { class: "figure-kind", "data-kind": kind }, [heading, chart,
        M.table([t("report_date"), t("outlet"), t("value"), t("range"), t("as_written"), t("superseded")], rows)])]);
    });
    return section;
  }

  function conflictsSection(event) {
    var section = el("section", { class: "conflicts", "aria-labelledby": "conflicts-title" },
      el("h2", { id: "conflicts-title" }, t("conflicts")));
    if (!event.conflicts.length) { section.appendChild(el("p", { class: "muted" }, t("no_conflicts"))); return section; }
    event.conflicts.forEach(function (conflict) {
      var items = conflict.values.map(function (v) {
        var chosen = String(v.value) === String(conflict.chosen);
        return el("li", { class: chosen ? "chosen" : "" }, [M.bdi(v.value), chosen ? el("strong", {}, " (" + t("chosen") + ")") : null,
          " — ", M.bdi((v.outlets && v.outlets.length ? v.outlets : v.sources).join(", "))]);
      });
      M.append(section, [el("h3", {}, M.fieldLabel(conflict.field)), el("ul", {}, items)]);
    });
    return section;
  }

  function claimsSection(event) {
    var section = el("section", { class: "claims", "aria-labelledby": "claims-title" },
      el("h2", { id: "claims-title" }, t("claims")));
    if (!event.claims.length) { section.appendChild(el("p", { class: "muted" }, t("no_claims"))); return section; }
    var rows = event.claims.map(function (c) {
      return [t("kind_" + c.kind), M.bdi(c.claimant || "–"), M.bdi(c.target || "–"),
        M.bdi(c.evidence && c.evidence.text || "", { lang: "ar", dir: "rtl" })];
    });
    section.appendChild(M.table([t("kind"), t("claimant"), t("target"), t("evidence")], rows));
    return section;
  }

  function render(event) {
    current = event;
    var record = M.clear(document.getElementById("record"));
    var outlets = {};
    event.articles.forEach(function (a) { outlets[a.id] = a.outlet || a.id; });
    function outletOf(mention) { return mention.outlet || outlets[mention.article_id] || mention.article_id; }
    var subtitle = el("p", { class: "subtitle" }, [event.event_date || "?", " · ", M.bdi(event.location || event.country || "")]);
    var incident = event.incident_id ? el("p", {}, M.appLink("/incidents/" + encodeURIComponent(event.incident_id),
      t("part_of", { i: event.incident_id }))) : null;
    M.append(record, [
      el("p", { class: "back" }, M.appLink("/", t("back"))),
      el("h1", { id: "record-title" }, [M.typeLabel(event.event_type), " — ", M.bdi(event.sub_event_type)]),
      subtitle, incident,
      el("div", { class: "event-grid" }, [fieldsSection(event, outletOf), sourcesSection(event)]),
      figuresSection(event), conflictsSection(event), claimsSection(event)
    ]);
    record.setAttribute("aria-busy", "false");
    document.title = M.typeLabel(event.event_type) + " · " + M.clean(event.location || "") + " – marsad";
    record.querySelectorAll("mark.ev").forEach(function (mark) {
      mark.addEventListener("click", function () {
        var row = record.querySelector('tr[data-field="' + mark.getAttribute("data-field") + '"]');
        if (row) { row.classList.remove("flash"); void row.offsetWidth; row.classList.add("flash"); }
      });
    });
    if (window.location.hash.length > 1) flash(document.getElementById(decodeURIComponent(window.location.hash.slice(1))));
    document.body.setAttribute("data-ready", "true");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var id = document.body.getAttribute("data-id");
    M.getJSON("/api/events/" + encodeURIComponent(id)).then(render).catch(function (error) {
      M.showError(document.getElementById("record"), error);
    });
    M.onLanguage(function () { if (current) render(current); });
  });
})();
