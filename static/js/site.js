/* her2site: small enhancements; every page works without them.
   - Folded parts (trust panel, chooser, "On this page") open by themselves on a wide screen.
   - A reference's back link returns to the citation marker the reader followed: the matching
     back link is marked and takes the focus, so Enter (or a tap) goes back to it.
   - "On this page" marks the part being read. */
(function () {
  "use strict";

  var wide = window.matchMedia("(min-width: 64rem)");
  function fitToScreen() {
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
      details.open = wide.matches;
    });
  }
  fitToScreen();
  wide.addEventListener("change", fitToScreen);
  // On paper the review status is part of the article (print.css hides the controls).
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(".trust-panel").forEach(function (details) { details.open = true; });
  });
  window.addEventListener("afterprint", fitToScreen);

  var followed = null;
  function markBacklink() {
    document.querySelectorAll("a.backlink.is-followed").forEach(function (link) {
      link.classList.remove("is-followed");
      link.removeAttribute("aria-current");
    });
    var reference = /^#ref-\d+$/.test(location.hash) && document.querySelector(location.hash);
    if (!reference || !followed) {
      return;
    }
    var link = reference.querySelector('a.backlink[href="#' + followed + '"]');
    if (link) {
      link.classList.add("is-followed");
      link.setAttribute("aria-current", "location");
      link.focus({ preventScroll: true });
    }
  }
  document.addEventListener("click", function (event) {
    var marker = event.target.closest && event.target.closest("a.cite");
    if (marker) {
      followed = marker.id;
      window.setTimeout(markBacklink, 0);  // after the browser has moved to the reference
    }
  });
  window.addEventListener("hashchange", markBacklink);

  var tocLinks = Array.prototype.slice.call(document.querySelectorAll(".toc-list a[href^='#']"));
  var parts = tocLinks.map(function (link) { return document.getElementById(link.hash.slice(1)); });
  if (tocLinks.length && "IntersectionObserver" in window) {
    var inView = new Set();
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) { inView.add(entry.target); } else { inView.delete(entry.target); }
      });
      var current = parts.findIndex(function (part) { return inView.has(part); });
      tocLinks.forEach(function (link, index) {
        if (index === current) { link.setAttribute("aria-current", "true"); }
        else { link.removeAttribute("aria-current"); }
      });
    }, { rootMargin: "-15% 0px -70% 0px" });
    parts.forEach(function (part) { if (part) { observer.observe(part); } });
  }
})();
