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

  // On a phone the map is a list whose anchors are m-step-<id>; follow #step-<id> there.
  function followPhoneAnchor() {
    var hash = decodeURIComponent(location.hash.slice(1));
    if (!/^(step|stage)-/.test(hash)) { return; }
    var list = document.querySelector(".map-list");
    if (!list || getComputedStyle(list).display === "none") { return; }
    var target = document.getElementById("m-" + hash);
    if (target) { target.scrollIntoView(); }
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
          rows.sort(function (a, b) {
            var x = a.cells[column], y = b.cells[column];
            var vx = numeric ? parseFloat(x.getAttribute("data-value")) : x.textContent.trim().toLowerCase();
            var vy = numeric ? parseFloat(y.getAttribute("data-value")) : y.textContent.trim().toLowerCase();
            if (numeric) { vx = isNaN(vx) ? Infinity : vx; vy = isNaN(vy) ? Infinity : vy; }
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

  document.addEventListener("DOMContentLoaded", function () {
    setUpSorting();
    setUpItemFilters();
    setUpFilters();
    followPhoneAnchor();
  });
  window.addEventListener("hashchange", followPhoneAnchor);
})();
