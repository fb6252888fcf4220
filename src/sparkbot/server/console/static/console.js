// The SparkBot console: the QR's time left, counted down in the page (the server sends the next QR),
// and the session status announced to screen readers when it changes (not each new QR).
(function () {
  "use strict";
  var announced = null;
  function tick() {
    document.querySelectorAll("[data-expires]").forEach(function (el) {
      var left = Math.max(0, Math.round((Date.parse(el.dataset.expires) - Date.now()) / 1000));
      el.textContent = left > 0 ? left + " s left" : "expired: the next QR is on its way";
    });
  }
  function announce() {
    var status = document.getElementById("session-status");
    var region = document.getElementById("session-announcer");
    if (!status || !region) return;
    var text = "Session " + status.textContent.trim();
    if (announced !== null && text !== announced) region.textContent = text;
    announced = text;
  }
  setInterval(tick, 1000);
  document.addEventListener("DOMContentLoaded", function () { tick(); announce(); });
  document.addEventListener("htmx:afterSettle", function () { tick(); announce(); });
})();
