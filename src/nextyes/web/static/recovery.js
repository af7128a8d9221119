// NextYes recovery pages: small conveniences on top of forms that work without this file.
"use strict";

// HTMX leaves a refused request (409, 422) unswapped; swap the step back in so its
// one-line message shows where the person is looking.
let swappedStep = null;
document.addEventListener("htmx:beforeSwap", (event) => {
  const status = event.detail.xhr.status;
  const target = event.detail.target;
  if (!target || !target.classList.contains("step")) return;
  swappedStep = target.id;
  if (status === 409 || status === 422) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

// The button that was pressed is gone after the swap: keep the keyboard focus on the step.
document.addEventListener("htmx:afterSettle", () => {
  if (!swappedStep) return;
  const step = document.getElementById(swappedStep);
  swappedStep = null;
  if (step) step.focus();
});
