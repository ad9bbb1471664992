// journeymap preview: reloads the page when it changes and shows errors without stopping.
(function () {
  "use strict";
  var here = location.pathname.replace(/^\//, "") || "index.html";
  if (here.slice(-1) === "/") { here += "index.html"; }
  var box = null;
  function show(text) {
    if (!box) {
      box = document.createElement("div");
      box.setAttribute("role", "alert");
      box.className = "jm-preview-errors";
      document.body.appendChild(box);
    }
    box.textContent = text;
    box.hidden = !text;
  }
  var events = new EventSource("/_journeymap/events");
  // marks the page as connected, for people and tests alike
  events.onopen = function () { document.documentElement.setAttribute("data-jm-live", "open"); };
  events.addEventListener("reload", function (e) {
    show("");
    var changed = e.data.split("\n");
    if (changed.indexOf(here) >= 0 || changed.some(function (p) { return p.indexOf("theme/") === 0; })) {
      location.reload();
    }
  });
  events.addEventListener("errors", function (e) { show(e.data); });
})();
