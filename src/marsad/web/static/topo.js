/* A minimal TopoJSON decoder (quantized arcs → polygon rings in degrees), enough for world-atlas countries. */
"use strict";
window.MarsadTopo = (function () {
  function decodeArcs(topology) {
    var t = topology.transform, sx = t ? t.scale[0] : 1, sy = t ? t.scale[1] : 1;
    var tx = t ? t.translate[0] : 0, ty = t ? t.translate[1] : 0;
    return topology.arcs.map(function (arc) {
      var x = 0, y = 0, out = new Array(arc.length);
      for (var i = 0; i < arc.length; i++) {
        if (t) { x += arc[i][0]; y += arc[i][1]; } else { x = arc[i][0]; y = arc[i][1]; }
        out[i] = [x * sx + tx, y * sy + ty];
      }
      return out;
    });
  }
  function ring(arcs, indexes) {
    var points = [];
    indexes.forEach(function (index, k) {
      var arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
      for (var i = k > 0 ? 1 : 0; i < arc.length; i++) points.push(arc[i]);
    });
    return points;
  }
  /* Every country as {name, id, rings: [[ [lon, lat], ... ], ...]}. */
  function countries(topology, objectName) {
    var arcs = decodeArcs(topology), object = topology.objects[objectName || "countries"];
    return object.geometries.map(function (g) {
      var polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
      var rings = [];
      polygons.forEach(function (polygon) { polygon.forEach(function (r) { rings.push(ring(arcs, r)); }); });
      return { id: g.id, name: (g.properties && g.properties.name) || "", rings: rings };
    });
  }
  return { countries: countries };
})();
