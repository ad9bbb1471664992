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

  document.addEventListener("DOMContentLoaded", function () {
    setUpFilters();
    followPhoneAnchor();
  });
  window.addEventListener("hashchange", followPhoneAnchor);
})();
