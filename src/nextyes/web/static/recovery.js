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

// A plan step's button leads to a part of a page by its anchor (#compose, #reflection,
// #fit-form): once there, put the keyboard in its form (data-focus-target), so writing
// starts at once: on the element marked data-focus-here if there is one, else the first field.
function focusTarget() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!id) return;
  const target = document.getElementById(id);
  if (!target) return;
  const form = target.matches("[data-focus-target]")
    ? target : target.querySelector("[data-focus-target]");
  if (!form) return;
  const field = form.querySelector("[data-focus-here]")
    || form.querySelector("input:not([type=hidden]), select, textarea, button");
  if (field) field.focus();
}
// After the page has loaded: the browser's own move to the anchor comes first, and would
// otherwise take the focus back to the top of the page.
window.addEventListener("load", () => window.setTimeout(focusTarget, 0));
window.addEventListener("hashchange", focusTarget);
