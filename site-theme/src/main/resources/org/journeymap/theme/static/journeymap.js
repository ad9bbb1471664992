// journeymap: portfolio filters, and phone-sized anchors. No network, no globals, no inline code.
(function () {
  "use strict";

  function setUpFilters() {
    var form = document.getElementById("filters");
    if (!form) { return; }
    var cards = Array.prototype.slice.call(document.querySelectorAll(".journey-card"));
    var noMatch = document.getElementById("no-match");
    form.hidden = false;
    function apply() {
      var tag = form.elements.tag.value;
      var persona = form.elements.persona.value;
      var state = form.elements.state.value;
      var shown = 0;
      cards.forEach(function (card) {
        var tags = Array.prototype.map.call(card.querySelectorAll(".tag"), function (t) { return t.textContent; });
        var personas = (card.getAttribute("data-personas") || "").split(" ");
        var ok = (!tag || tags.indexOf(tag) >= 0)
          && (!persona || personas.indexOf(persona) >= 0)
          && (!state || card.getAttribute("data-state") === state);
        card.hidden = !ok;
        if (ok) { shown++; }
      });
      document.querySelectorAll(".journey-group").forEach(function (group) {
        group.hidden = group.querySelector(".journey-card:not([hidden])") === null;
      });
      noMatch.hidden = shown > 0;
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
  }

  // Tables with class "sortable": a button in each heading sorts by that column.
  function setUpSorting() {
    document.querySelectorAll("table.sortable").forEach(function (table) {
      var body = table.tBodies[0];
      table.querySelectorAll("thead th").forEach(function (th, column) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = th.textContent;
        th.textContent = "";
        th.appendChild(button);
        button.addEventListener("click", function () {
          var ascending = th.getAttribute("aria-sort") !== "ascending";
          table.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var numeric = th.getAttribute("data-sort") === "number";
          var rows = Array.prototype.slice.call(body.rows);
          // a number from the cell's data-value, else from its text; empty cells go last either way
          var value = function (cell) {
            var v = cell.getAttribute("data-value");
            return parseFloat(v === null ? cell.textContent : v);
          };
          rows.sort(function (a, b) {
            var x = a.cells[column], y = b.cells[column];
            var vx = numeric ? value(x) : x.textContent.trim().toLowerCase();
            var vy = numeric ? value(y) : y.textContent.trim().toLowerCase();
            if (numeric && (isNaN(vx) || isNaN(vy))) { return isNaN(vx) - isNaN(vy); }
            var order = vx < vy ? -1 : vx > vy ? 1 : 0;
            return ascending ? order : -order;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
  }

  // The opportunities table: filter by text, kind and status.
  function setUpItemFilters() {
    var form = document.getElementById("item-filters");
    var table = document.getElementById("items");
    if (!form || !table) { return; }
    form.hidden = false;
    function apply() {
      var text = form.elements.text.value.trim().toLowerCase();
      var kind = form.elements.kind.value;
      var status = form.elements.status.value;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        row.hidden = !((!text || row.textContent.toLowerCase().indexOf(text) >= 0)
          && (!kind || row.getAttribute("data-kind") === kind)
          && (!status || row.getAttribute("data-status") === status));
      });
    }
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
  }

  // Search over the index in data/search-index.js: no request, so it works offline and from file://.
  function setUpSearch() {
    var form = document.getElementById("search");
    var data = window.journeymapSearch;
    if (!form || !data) { return; }
    // data/search-index.js names each page once: {k: kinds, p: [title, url], e: [kind, page, title, text, anchor]}
    var index = data.e.map(function (r) {
      var page = data.p[r[1]];
      return {k: data.k[r[0]] + (r[4] ? " · " + page[0] : ""), t: r[2], x: r[3], u: page[1] + (r[4] ? "#" + r[4] : "")};
    });
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var root = document.querySelector('a.site-title').getAttribute("href").replace(/index\.html$/, "");
    function snippet(text, word) {
      var at = text.toLowerCase().indexOf(word);
      if (at < 0) { return text.slice(0, 140); }
      var start = Math.max(0, at - 60);
      return (start > 0 ? "…" : "") + text.slice(start, at + word.length + 80) + (at + word.length + 80 < text.length ? "…" : "");
    }
    function highlight(node, text, word) {
      var lower = text.toLowerCase(), at = word ? lower.indexOf(word) : -1;
      if (at < 0) { node.appendChild(document.createTextNode(text)); return; }
      node.appendChild(document.createTextNode(text.slice(0, at)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(at, at + word.length);
      node.appendChild(mark);
      node.appendChild(document.createTextNode(text.slice(at + word.length)));
    }
    function run() {
      var words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      list.textContent = "";
      if (!words.length) { status.textContent = ""; return; }
      var hits = index.filter(function (e) {
        var hay = (e.t + " " + e.x).toLowerCase();
        return words.every(function (w) { return hay.indexOf(w) >= 0; });
      });
      hits.sort(function (a, b) {
        var ta = a.t.toLowerCase().indexOf(words[0]) >= 0 ? 0 : 1, tb = b.t.toLowerCase().indexOf(words[0]) >= 0 ? 0 : 1;
        return ta - tb;
      });
      hits.slice(0, 50).forEach(function (e) {
        var li = document.createElement("li");
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = e.k;
        var a = document.createElement("a");
        a.href = root + e.u;
        highlight(a, e.t, words[0]);
        var p = document.createElement("p");
        highlight(p, snippet(e.x, words[0]), words[0]);
        li.appendChild(kind);
        li.appendChild(a);
        if (e.x) { li.appendChild(p); }
        list.appendChild(li);
      });
      status.textContent = hits.length + " " + (status.getAttribute("data-word") || "");
    }
    status.setAttribute("data-word", form.getAttribute("data-results") || "");
    input.addEventListener("input", run);
    form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
    var q = new URLSearchParams(location.search).get("q");
    if (q) { input.value = q; run(); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpSearch();
    setUpSorting();
    setUpItemFilters();
    setUpFilters();
  });
})();
