// The bookmarklet's window (templates/clip.html): say we are ready to the page that opened
// us, take the posting it hands over, and send it on to /applications/read with our own
// form. A message is taken only from that opener, and only once; it fills in a form the
// person reviews, so it cannot change anything by itself.
(function () {
  "use strict";
  var form = document.getElementById("clip-form");
  var opener = window.opener;
  if (!form || !opener) return;
  var taken = false;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (taken || event.source !== opener || !data || data.nextyes !== "page") return;
    if (typeof data.page !== "string" || typeof data.url !== "string") return;
    taken = true;
    document.getElementById("clip-source").value = data.page;
    document.getElementById("clip-url").value = data.url;
    form.submit();
  });
  // The opener is on another site, whose address we do not know: "ready" carries nothing.
  opener.postMessage("nextyes:ready", "*");
})();
