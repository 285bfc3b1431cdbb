/* Shared helpers: safe DOM building, language toggle, the world map and the charts.
   Article text, titles and outlet names are untrusted: they only ever reach the page through textContent
   (via el()/text()), never innerHTML, and links from data are checked to be http(s). */
"use strict";
window.Marsad = (function () {
  var SVG = "http://www.w3.org/2000/svg";
  var BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
  var TYPE_COLOURS = {
    "Battles": "#c0392b", "Explosions/Remote violence": "#d35400", "Violence against civilians": "#7d3c98",
    "Protests": "#1f6fb2", "Riots": "#b7950b", "Strategic developments": "#1e8449"
  };

  /* Strip bidi embedding/override/isolate controls so data cannot reorder the page around it. */
  function clean(value) { return value === null || value === undefined ? "" : String(value).replace(BIDI, ""); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }
  function svg(tag, attrs, children) {
    var node = document.createElementNS(SVG, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }
  function setAttrs(node, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === "text") node.textContent = clean(value);
      else if (key === "class") node.setAttribute("class", value);
      else if (key === "href") {
        // only same-site paths, fragments, or checked http(s) URLs ever become links
        var href = /^[\/#](?![\/\\])/.test(value) ? value : safeUrl(value);
        if (href) node.setAttribute("href", href);
      }
      else if (key.slice(0, 2) === "on") node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    });
  }
  function append(node, children) {
    if (children === null || children === undefined) return;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === "string" || typeof child === "number"
        ? document.createTextNode(clean(child)) : child);
    });
  }
  /* Data inside English or Arabic UI text: isolated so its direction cannot leak into the sentence. */
  function bdi(value, attrs) { return el("bdi", attrs || {}, clean(value)); }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  /* An absolute http(s) URL from data, or null (no javascript:, data:, or relative links). */
  function safeUrl(value) {
    if (!value) return null;
    var parsed;
    try { parsed = new URL(String(value).trim()); } catch (e) { return null; }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    return parsed.href;
  }
  function externalLink(url, label) {
    var href = safeUrl(url);
    if (!href) return null;
    return el("a", { href: href, rel: "noopener noreferrer nofollow", class: "external" }, label);
  }
  function appLink(path, label, attrs) {
    var a = el("a", attrs || {}, label);
    a.setAttribute("href", path);
    return a;
  }

  function lang() { return document.documentElement.lang === "ar" ? "ar" : "en"; }
  /* Label of a coded field, falling back to the field's own name. */
  function fieldLabel(name) {
    var key = "field_" + name, label = t(key);
    return label === key ? String(name).replace(/_/g, " ") : label;
  }
  function t(key, values) {
    var table = window.MARSAD_I18N[lang()] || window.MARSAD_I18N.en;
    var text = table[key] !== undefined ? table[key] : (window.MARSAD_I18N.en[key] !== undefined
      ? window.MARSAD_I18N.en[key] : key);
    if (values) Object.keys(values).forEach(function (k) { text = text.split("{" + k + "}").join(values[k]); });
    return text;
  }
  function fmt(n) {
    if (n === null || n === undefined) return "–";
    return Number(n).toLocaleString(lang() === "ar" ? "ar-EG" : "en-US");
  }
  var listeners = [];
  function onLanguage(fn) { listeners.push(fn); }
  function applyLanguage(code) {
    var root = document.documentElement;
    root.lang = code; root.dir = code === "ar" ? "rtl" : "ltr";
    document.querySelectorAll("[data-i18n]").forEach(function (node) {
      node.textContent = t(node.getAttribute("data-i18n"));
    });
    var toggle = document.getElementById("lang-toggle");
    if (toggle) {
      toggle.textContent = t("lang_toggle");
      toggle.setAttribute("lang", code === "ar" ? "en" : "ar");
      toggle.setAttribute("aria-pressed", code === "ar" ? "true" : "false");
    }
    listeners.forEach(function (fn) { fn(code); });
  }
  function initLanguage() {
    var saved = null;
    try { saved = window.localStorage.getItem("marsad-lang"); } catch (e) { saved = null; }
    var toggle = document.getElementById("lang-toggle");
    if (toggle) toggle.addEventListener("click", function () {
      var next = lang() === "ar" ? "en" : "ar";
      try { window.localStorage.setItem("marsad-lang", next); } catch (e) { /* private mode: not remembered */ }
      applyLanguage(next);
    });
    applyLanguage(saved === "ar" ? "ar" : "en");
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error((body && body.error && body.error.message) || ("HTTP " + r.status));
        return body;
      });
    });
  }
  function showError(container, error) {
    append(container, el("p", { class: "notice error", role: "alert" }, t("error_load", { m: clean(error.message) })));
  }
  function colour(type) { return TYPE_COLOURS[type] || "#566573"; }
  function typeLabel(type) { return t(type || ""); }

  var configPromise = null;
  /* What the server says the pages need (/api/config): the map's base layer. Offline outlines if unreadable. */
  function config() {
    if (!configPromise) configPromise = getJSON("/api/config").catch(function (error) {
      console.warn("marsad: /api/config unreadable, the map falls back to offline outlines: " + error.message);
      return { map: { projection: "equirectangular", tiles: null } };
    });
    return configPromise;
  }

  /* ---------------------------------------------------------------- world map: SVG, pan/zoom, clusters */
  /* Without tiles the map is equirectangular over the vendored country outlines (W×H shows 180°W–180°E,
     60°S–85°N). With a configured tile server it is Web Mercator, the projection of slippy-map tiles: the whole
     world is a W×W square and tile z/x/y covers the square's cell (x, y) of a 2^z × 2^z grid. */
  var W = 960, H = Math.round(960 * 145 / 360), TILE_PX = 256, MERCATOR_MAX_LAT = 85.0511287798066;
  function project(lon, lat) { return [(lon + 180) / 360 * W, (85 - lat) / 145 * H]; }
  function projectMercator(lon, lat) {
    var phi = Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat)) * Math.PI / 180;
    return [(lon + 180) / 360 * W, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2 * W];
  }
  /* A tile server setting usable by the page ({url, attribution, max_zoom} with an http(s) url), or null. */
  function tileSource(tiles) {
    if (!tiles || typeof tiles.url !== "string" || !safeUrl(tiles.url.replace(/\{[xyz]\}/g, "0"))) return null;
    var maxZoom = Math.max(0, Math.min(24, parseInt(tiles.max_zoom, 10)));
    return { url: tiles.url, attribution: clean(tiles.attribution), maxZoom: isNaN(maxZoom) ? 19 : maxZoom,
      host: new URL(tiles.url.replace(/\{[xyz]\}/g, "0")).host };
  }
  var topologyPromise = null;
  function countryPath() {
    if (!topologyPromise) topologyPromise = getJSON("/static/countries-50m.json").then(function (topology) {
      var parts = [];
      window.MarsadTopo.countries(topology).forEach(function (country) {
        country.rings.forEach(function (r) {
          if (r.length < 3) return;
          var d = "M", shift = 0;
          for (var i = 0; i < r.length; i++) {
            // a ring crossing the antimeridian (Russia, Fiji) continues past the map edge instead of
            // drawing a line across the whole world
            if (i && Math.abs(r[i][0] - r[i - 1][0]) > 180) shift += r[i][0] < r[i - 1][0] ? 360 : -360;
            var p = project(r[i][0] + shift, r[i][1]);
            d += (i ? "L" : "") + p[0].toFixed(2) + "," + p[1].toFixed(2);
          }
          parts.push(d + "Z");
        });
      });
      return parts.join("");
    });
    return topologyPromise;
  }

  /* options: {onSelect(id, mark), tiles: the `map.tiles` of /api/config or null} */
  function MarsadMap(container, options) {
    this.options = options || {};
    this.container = container;
    this.tiles = tileSource(this.options.tiles);
    this.project = this.tiles ? projectMercator : project;
    // zoom as far as the tile server goes, and one level of enlarged tiles past it
    this.maxK = this.tiles ? Math.max(256, Math.pow(2, this.tiles.maxZoom + 1) * TILE_PX / W) : 256;
    this.k = 1; this.tx = 0; this.ty = 0;
    this.points = [];
    var self = this;
    this.svg = svg("svg", { viewBox: "0 0 " + W + " " + H, class: "map-svg", role: "application",
      tabindex: "0", "aria-label": t("map_label"), preserveAspectRatio: "xMidYMid meet" });
    this.svg.appendChild(svg("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
    this.land = svg("g", { class: "land" });
    this.layer = svg("g", { class: "points" });
    if (this.tiles) {
      // the previous zoom's tiles stay under the new ones until those have loaded, so zooming does not flash
      this.tilesBelow = svg("g", { class: "tiles-previous", "aria-hidden": "true" });
      this.tileLayer = svg("g", { class: "tiles", "aria-hidden": "true" });
      this.tileNodes = {}; this.tileZ = null;
      this.svg.appendChild(this.tilesBelow); this.svg.appendChild(this.tileLayer);
    }
    this.svg.appendChild(this.land); this.svg.appendChild(this.layer);
    clear(container);
    container.appendChild(this.svg);
    if (this.tiles) this.attribution = container.appendChild(el("p", { class: "map-attribution", dir: "auto" }));
    var controls = el("div", { class: "map-controls" }, [
      el("button", { type: "button", class: "zoom-in", "aria-label": t("zoom_in"), title: t("zoom_in"),
        onclick: function () { self.zoomBy(2, W / 2, H / 2); } }, "+"),
      el("button", { type: "button", class: "zoom-out", "aria-label": t("zoom_out"), title: t("zoom_out"),
        onclick: function () { self.zoomBy(0.5, W / 2, H / 2); } }, "−"),
      el("button", { type: "button", class: "zoom-reset", "aria-label": t("zoom_reset"), title: t("zoom_reset"),
        onclick: function () { self.reset(); } }, "⤢")
    ]);
    container.appendChild(controls);
    if (!this.tiles) {
      countryPath().then(function (d) {
        self.land.appendChild(svg("path", { d: d, class: "country", "vector-effect": "non-scaling-stroke" }));
      }).catch(function (error) { showError(container, error); });
    } else if (window.ResizeObserver) {
      // a wider or narrower map shows tiles at a different size: pick the zoom level again
      new window.ResizeObserver(function () { self.drawTiles(); }).observe(this.svg);
    }
    this.bindInteraction();
    this.reset();
  }
  MarsadMap.prototype.svgPoint = function (event) {
    var rect = this.svg.getBoundingClientRect();
    var scale = Math.min(rect.width / W, rect.height / H);
    var offsetX = (rect.width - W * scale) / 2, offsetY = (rect.height - H * scale) / 2;
    return [(event.clientX - rect.left - offsetX) / scale, (event.clientY - rect.top - offsetY) / scale];
  };
  MarsadMap.prototype.bindInteraction = function () {
    var self = this, drag = null;
    this.svg.addEventListener("wheel", function (event) {
      event.preventDefault();
      var p = self.svgPoint(event);
      self.zoomBy(event.deltaY < 0 ? 1.5 : 1 / 1.5, p[0], p[1]);
    }, { passive: false });
    this.svg.addEventListener("pointerdown", function (event) {
      if (event.button !== 0 || event.target.closest(".mark")) return;
      drag = { p: self.svgPoint(event), tx: self.tx, ty: self.ty, moved: false };
      self.svg.setPointerCapture(event.pointerId);
    });
    this.svg.addEventListener("pointermove", function (event) {
      if (!drag) return;
      var p = self.svgPoint(event);
      self.tx = drag.tx + p[0] - drag.p[0]; self.ty = drag.ty + p[1] - drag.p[1];
      drag.moved = true;
      self.applyTransform();
    });
    function end(event) {
      if (!drag) return;
      drag = null;
      if (self.svg.hasPointerCapture(event.pointerId)) self.svg.releasePointerCapture(event.pointerId);
    }
    this.svg.addEventListener("pointerup", end);
    this.svg.addEventListener("pointercancel", end);
    this.svg.addEventListener("keydown", function (event) {
      if (event.target !== self.svg) return;
      var step = 60, handled = true;
      if (event.key === "ArrowLeft") self.tx += step;
      else if (event.key === "ArrowRight") self.tx -= step;
      else if (event.key === "ArrowUp") self.ty += step;
      else if (event.key === "ArrowDown") self.ty -= step;
      else if (event.key === "+" || event.key === "=") { self.zoomBy(2, W / 2, H / 2); return event.preventDefault(); }
      else if (event.key === "-" || event.key === "_") { self.zoomBy(0.5, W / 2, H / 2); return event.preventDefault(); }
      else if (event.key === "0") { self.reset(); return event.preventDefault(); }
      else handled = false;
      if (handled) { event.preventDefault(); self.applyTransform(); }
    });
  };
  MarsadMap.prototype.zoomBy = function (factor, cx, cy) {
    var k = Math.max(1, Math.min(this.maxK, this.k * factor));
    factor = k / this.k;
    this.tx = cx - (cx - this.tx) * factor; this.ty = cy - (cy - this.ty) * factor;
    this.k = k;
    this.applyTransform(); this.render();
  };
  /* The whole width of the world; the Mercator square is taller than the view, so centre it on the equator. */
  MarsadMap.prototype.reset = function () {
    this.k = 1; this.tx = 0; this.ty = this.tiles ? (H - W) / 2 : 0;
    this.applyTransform(); this.render();
  };
  MarsadMap.prototype.applyTransform = function () {
    this.land.setAttribute("transform", "translate(" + this.tx + "," + this.ty + ") scale(" + this.k + ")");
    this.layer.setAttribute("transform", "translate(" + this.tx + "," + this.ty + ")");
    this.drawTiles();
  };

  /* The tile zoom whose tiles show closest to their own 256 px at the map's current size and zoom. */
  MarsadMap.prototype.tileZoom = function () {
    var rect = this.svg.getBoundingClientRect();
    var pxPerUnit = Math.min(rect.width / W, rect.height / H) || 1;
    var z = Math.round(Math.log(W * this.k * pxPerUnit / TILE_PX) / Math.LN2);
    return Math.max(0, Math.min(this.tiles.maxZoom, z));
  };
  /* Show the tiles that cover the view at the zoom that suits it, and only those. */
  MarsadMap.prototype.drawTiles = function () {
    if (!this.tiles) return;
    var z = this.tileZoom(), n = Math.pow(2, z), size = W * this.k / n, self = this;
    if (z !== this.tileZ) {
      clear(this.tilesBelow);
      while (this.tileLayer.firstChild) this.tilesBelow.appendChild(this.tileLayer.firstChild);
      this.tileNodes = {}; this.tileZ = z;
    }
    var x0 = Math.max(0, Math.floor(-this.tx / size)), x1 = Math.min(n, Math.ceil((W - this.tx) / size));
    var y0 = Math.max(0, Math.floor(-this.ty / size)), y1 = Math.min(n, Math.ceil((H - this.ty) / size));
    var wanted = {};
    for (var y = y0; y < y1; y++) {
      for (var x = x0; x < x1; x++) {
        var key = z + "/" + x + "/" + y;
        wanted[key] = true;
        if (!this.tileNodes[key]) this.tileNodes[key] = this.tileLayer.appendChild(this.tileImage(z, x, y));
      }
    }
    Object.keys(this.tileNodes).forEach(function (key) {
      if (!wanted[key]) { self.tileLayer.removeChild(self.tileNodes[key]); delete self.tileNodes[key]; }
    });
    [this.tilesBelow, this.tileLayer].forEach(function (layer) {
      for (var node = layer.firstChild; node; node = node.nextSibling) self.placeTile(node);
    });
    this.dropTilesBelowOnceLoaded();
  };
  MarsadMap.prototype.tileImage = function (z, x, y) {
    var self = this, href = this.tiles.url.split("{z}").join(z).split("{x}").join(x).split("{y}").join(y);
    var node = svg("image", { class: "tile", "data-z": z, "data-x": x, "data-y": y, "data-state": "loading",
      preserveAspectRatio: "none" });
    function settled(state) {
      return function () { node.setAttribute("data-state", state); self.dropTilesBelowOnceLoaded(); };
    }
    node.addEventListener("load", settled("loaded"));
    node.addEventListener("error", settled("failed"));
    node.setAttribute("href", href);
    return node;
  };
  MarsadMap.prototype.placeTile = function (node) {
    var size = W * this.k / Math.pow(2, +node.getAttribute("data-z"));
    node.setAttribute("x", (this.tx + +node.getAttribute("data-x") * size).toFixed(3));
    node.setAttribute("y", (this.ty + +node.getAttribute("data-y") * size).toFixed(3));
    node.setAttribute("width", size.toFixed(3));
    node.setAttribute("height", size.toFixed(3));
  };
  MarsadMap.prototype.dropTilesBelowOnceLoaded = function () {
    if (this.tilesBelow.firstChild && !this.tileLayer.querySelector("[data-state=loading]")) clear(this.tilesBelow);
  };

  /* points: [{id, lon, lat, type, fatalities, date, location}] */
  MarsadMap.prototype.setPoints = function (points) {
    var projection = this.project;
    this.points = points.map(function (p) { var xy = projection(p.lon, p.lat); p.x = xy[0]; p.y = xy[1]; return p; });
    this.render();
  };
  MarsadMap.prototype.fit = function (padding) {
    if (!this.points.length) return this.reset();
    var xs = this.points.map(function (p) { return p.x; }), ys = this.points.map(function (p) { return p.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var pad = padding || 40;
    var k = Math.max(1, Math.min(24, (W - 2 * pad) / Math.max(x1 - x0, 1), (H - 2 * pad) / Math.max(y1 - y0, 1)));
    this.k = k; this.tx = W / 2 - k * (x0 + x1) / 2; this.ty = H / 2 - k * (y0 + y1) / 2;
    this.applyTransform(); this.render();
  };
  MarsadMap.prototype.render = function () {
    var self = this, k = this.k, cell = 36, cells = {}, order = [];
    if (this.attribution) {
      this.attribution.textContent = this.tiles.attribution || t("tiles_from", { h: this.tiles.host });
    }
    clear(this.layer);
    this.points.forEach(function (p) {
      var key = Math.floor(p.x * k / cell) + ":" + Math.floor(p.y * k / cell);
      if (!cells[key]) { cells[key] = []; order.push(key); }
      cells[key].push(p);
    });
    var focusable = this.points.length <= 400;
    order.forEach(function (key) {
      var group = cells[key];
      if (group.length === 1) self.layer.appendChild(self.pointMark(group[0], focusable));
      else self.layer.appendChild(self.clusterMark(group, focusable));
    });
  };
  MarsadMap.prototype.pointMark = function (p, focusable) {
    var self = this, r = Math.min(18, 4 + 2 * Math.sqrt(p.fatalities || 0));
    var label = t("point", { t: typeLabel(p.type), l: clean(p.location || ""), d: p.date || "?", f: fmt(p.fatalities || 0) });
    var mark = svg("circle", { cx: (p.x * this.k).toFixed(1), cy: (p.y * this.k).toFixed(1), r: r.toFixed(1),
      fill: colour(p.type), class: "mark point", "data-id": p.id, "data-type": p.type, role: "button",
      tabindex: focusable ? "0" : "-1", "aria-label": label });
    mark.appendChild(svg("title", { text: label }));
    function choose(event) { event.stopPropagation(); if (self.options.onSelect) self.options.onSelect(p.id, mark); }
    mark.addEventListener("click", choose);
    mark.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); choose(event); }
    });
    return mark;
  };
  MarsadMap.prototype.clusterMark = function (group, focusable) {
    var self = this, x = 0, y = 0, byType = {};
    group.forEach(function (p) { x += p.x; y += p.y; byType[p.type] = (byType[p.type] || 0) + 1; });
    x = x / group.length * this.k; y = y / group.length * this.k;
    var dominant = Object.keys(byType).sort(function (a, b) { return byType[b] - byType[a]; })[0];
    var r = Math.min(19, 9 + 2.5 * Math.log(group.length));
    var label = t("cluster", { n: fmt(group.length) });
    var g = svg("g", { class: "mark cluster", role: "button", tabindex: focusable ? "0" : "-1", "aria-label": label,
      "data-count": group.length });
    g.appendChild(svg("title", { text: label }));
    g.appendChild(svg("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), stroke: colour(dominant) }));
    g.appendChild(svg("text", { x: x.toFixed(1), y: (y + 4).toFixed(1), "text-anchor": "middle", text: String(group.length) }));
    function zoom(event) {
      event.stopPropagation();
      self.zoomBy(3, x + self.tx, y + self.ty);
    }
    g.addEventListener("click", zoom);
    g.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); zoom(event); }
    });
    return g;
  };

  function legend(container) {
    clear(container);
    Object.keys(TYPE_COLOURS).forEach(function (type) {
      var swatch = el("span", { class: "swatch", "aria-hidden": "true" });
      swatch.style.backgroundColor = TYPE_COLOURS[type];
      container.appendChild(el("span", { class: "legend-item" }, [swatch, typeLabel(type)]));
    });
  }

  /* ---------------------------------------------------------------- timeline: stacked bars, brushable */
  function dayNumber(iso) { return Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5); }
  function isoDay(n) { return new Date(n * 864e5).toISOString().slice(0, 10); }

  /* rows: [{date, event_type, events}]; options: {onBrush(since, until), since, until, height} */
  function timeline(container, rows, options) {
    options = options || {};
    clear(container);
    if (!rows.length) return null;
    var first = dayNumber(rows[0].date), last = dayNumber(rows[rows.length - 1].date);
    var span = last - first + 1, unit = span <= 180 ? 1 : span <= 1100 ? 7 : 30;
    var unitKey = unit === 1 ? "per_day" : unit === 7 ? "per_week" : "per_month";
    var bins = {}, maxTotal = 0;
    rows.forEach(function (row) {
      var b = Math.floor((dayNumber(row.date) - first) / unit);
      bins[b] = bins[b] || { total: 0, types: {} };
      bins[b].types[row.event_type] = (bins[b].types[row.event_type] || 0) + row.events;
      bins[b].total += row.events;
      maxTotal = Math.max(maxTotal, bins[b].total);
    });
    var nBins = Math.floor((last - first) / unit) + 1;
    var width = 960, height = options.height || 150, left = 34, bottom = 22, top = 8;
    var plotW = width - left - 8, plotH = height - bottom - top, bw = plotW / nBins;
    var chart = svg("svg", { viewBox: "0 0 " + width + " " + height, class: "timeline-svg", role: "img",
      "aria-label": t("timeline_label") + " (" + t(unitKey) + ")", preserveAspectRatio: "none" });
    var types = Object.keys(TYPE_COLOURS);
    Object.keys(bins).forEach(function (b) {
      var y = top + plotH;
      types.concat(Object.keys(bins[b].types).filter(function (x) { return types.indexOf(x) < 0; })).forEach(function (type) {
        var n = bins[b].types[type];
        if (!n) return;
        var h = n / maxTotal * plotH;
        y -= h;
        var bar = svg("rect", { x: (left + b * bw).toFixed(2), y: y.toFixed(2), width: Math.max(bw - 0.5, 0.8).toFixed(2),
          height: h.toFixed(2), fill: colour(type), class: "bar" });
        bar.appendChild(svg("title", { text: isoDay(first + b * unit) + " · " + typeLabel(type) + ": " + n }));
        chart.appendChild(bar);
      });
    });
    chart.appendChild(svg("line", { x1: left, x2: width - 8, y1: top + plotH, y2: top + plotH, class: "axis" }));
    chart.appendChild(svg("text", { x: left - 4, y: top + 10, "text-anchor": "end", class: "tick", text: String(maxTotal) }));
    chart.appendChild(svg("text", { x: left - 4, y: top + plotH, "text-anchor": "end", class: "tick", text: "0" }));
    var ticks = 6;
    for (var i = 0; i <= ticks; i++) {
      var day = first + Math.round((nBins * unit) * i / ticks);
      var x = left + (day - first) / unit * bw;
      chart.appendChild(svg("text", { x: x.toFixed(1), y: height - 6, class: "tick",
        "text-anchor": i === 0 ? "start" : i === ticks ? "end" : "middle", text: isoDay(Math.min(day, last)) }));
    }
    var brush = svg("rect", { class: "brush", y: top, height: plotH, x: 0, width: 0, visibility: "hidden" });
    chart.appendChild(brush);
    function xToDay(px) {
      var frac = Math.max(0, Math.min(1, (px - left) / plotW));
      return Math.min(last, first + Math.floor(frac * nBins) * unit);
    }
    function dayToX(day) { return left + (day - first) / unit * bw; }
    function show(a, b) {
      var x0 = dayToX(a), x1 = dayToX(b) + bw;
      brush.setAttribute("x", Math.max(left, x0).toFixed(1));
      brush.setAttribute("width", Math.max(1, Math.min(width - 8, x1) - Math.max(left, x0)).toFixed(1));
      brush.setAttribute("visibility", "visible");
    }
    if (options.since || options.until) {
      show(options.since ? Math.max(first, dayNumber(options.since)) : first,
           options.until ? Math.min(last, dayNumber(options.until)) : last);
    }
    var start = null;
    function localX(event) {
      var rect = chart.getBoundingClientRect();
      return (event.clientX - rect.left) / rect.width * width;
    }
    chart.addEventListener("pointerdown", function (event) {
      if (event.button !== 0) return;
      start = localX(event);
      chart.setPointerCapture(event.pointerId);
      show(xToDay(start), xToDay(start));
    });
    chart.addEventListener("pointermove", function (event) {
      if (start === null) return;
      var x = localX(event), a = xToDay(Math.min(start, x)), b = xToDay(Math.max(start, x));
      show(a, b);
    });
    chart.addEventListener("pointerup", function (event) {
      if (start === null) return;
      var x = localX(event), a = xToDay(Math.min(start, x)), b = xToDay(Math.max(start, x));
      start = null;
      if (chart.hasPointerCapture(event.pointerId)) chart.releasePointerCapture(event.pointerId);
      var until = Math.min(last, b + unit - 1);
      if (options.onBrush) options.onBrush(isoDay(a), isoDay(until));
    });
    container.appendChild(el("p", { class: "unit" }, t(unitKey)));
    container.appendChild(chart);
    return chart;
  }

  /* ---------------------------------------------------------------- figures chart: claims by report date */
  /* claims: [{report_date, coded, low, high, outlet, surface, counts}] of one kind */
  function figuresChart(claims, title) {
    var dated = claims.filter(function (c) { return c.coded !== null && c.coded !== undefined; });
    if (!dated.length) return null;
    var width = 420, height = 160, left = 40, bottom = 28, top = 10, right = 12;
    var maxV = Math.max.apply(null, dated.map(function (c) { return Math.max(c.coded, c.high || 0); })) || 1;
    var plotW = width - left - right, plotH = height - top - bottom;
    var chart = svg("svg", { viewBox: "0 0 " + width + " " + height, class: "figures-svg", role: "img",
      "aria-label": clean(title) });
    chart.appendChild(svg("line", { x1: left, x2: width - right, y1: top + plotH, y2: top + plotH, class: "axis" }));
    chart.appendChild(svg("text", { x: left - 4, y: top + 8, "text-anchor": "end", class: "tick", text: String(maxV) }));
    chart.appendChild(svg("text", { x: left - 4, y: top + plotH, "text-anchor": "end", class: "tick", text: "0" }));
    var step = dated.length > 1 ? plotW / (dated.length - 1) : 0, prev = null;
    dated.forEach(function (c, i) {
      var x = dated.length > 1 ? left + i * step : left + plotW / 2;
      var y = top + plotH - c.coded / maxV * plotH;
      if (c.low !== null && c.high !== null && c.low !== undefined && c.high !== undefined && c.high !== c.low) {
        chart.appendChild(svg("line", { x1: x, x2: x, y1: top + plotH - c.low / maxV * plotH,
          y2: top + plotH - c.high / maxV * plotH, class: "range" }));
      }
      if (prev) chart.appendChild(svg("line", { x1: prev[0], y1: prev[1], x2: x, y2: y, class: "trend" }));
      var dot = svg("circle", { cx: x, cy: y, r: 4.5, class: c.superseded_by ? "dot superseded" : "dot" });
      dot.appendChild(svg("title", { text: (c.report_date || "?") + " · " + (c.outlet || c.source_article_id || "") + ": " + c.coded }));
      chart.appendChild(dot);
      chart.appendChild(svg("text", { x: x, y: height - 8, "text-anchor": dated.length === 1 ? "middle" :
        i === 0 ? "start" : i === dated.length - 1 ? "end" : "middle", class: "tick", text: c.report_date || "?" }));
      prev = [x, y];
    });
    return chart;
  }

  function table(headers, rows, caption) {
    var head = el("tr", {}, headers.map(function (h) { return el("th", { scope: "col" }, h); }));
    var body = rows.map(function (cells) {
      return el("tr", {}, cells.map(function (c) { return el("td", {}, c); }));
    });
    return el("div", { class: "table-scroll" }, el("table", {}, [caption ? el("caption", {}, caption) : null,
      el("thead", {}, head), el("tbody", {}, body)]));
  }

  document.addEventListener("DOMContentLoaded", initLanguage);

  return {
    clean: clean, el: el, svg: svg, bdi: bdi, clear: clear, append: append, safeUrl: safeUrl,
    externalLink: externalLink, appLink: appLink, t: t, fmt: fmt, lang: lang, onLanguage: onLanguage,
    getJSON: getJSON, config: config, showError: showError, colour: colour, typeLabel: typeLabel, MarsadMap: MarsadMap,
    legend: legend, timeline: timeline, figuresChart: figuresChart, table: table, fieldLabel: fieldLabel, TYPES: Object.keys(TYPE_COLOURS)
  };
})();
