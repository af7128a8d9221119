// NextYes: small behaviours on top of plain HTML. Every page works without this file;
// it only adds conveniences. No inline handlers anywhere (the CSP forbids them).
"use strict";

// <button data-copy="ID"> copies the text of the element with that id, and says so.
document.addEventListener("click", async (event) => {
  const button = event.target.closest("[data-copy]");
  if (!button) return;
  event.preventDefault();
  const source = document.getElementById(button.dataset.copy);
  if (!source) return;
  const text = "value" in source ? source.value : source.textContent;
  const status = document.getElementById(button.dataset.copy + "-status");
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = "Copied.";
  } catch (_error) {
    // Clipboard refused (e.g. not a secure context): select the text for a manual copy.
    if ("select" in source) source.select();
    if (status) status.textContent = "Select the text and copy it (Ctrl+C).";
  }
});

// <form data-confirm="Question?"> asks before it sends.
document.addEventListener("submit", (event) => {
  const form = event.target.closest("form[data-confirm]");
  if (form && !window.confirm(form.dataset.confirm)) event.preventDefault();
});

// <p class="counter" data-counts="FIELD_ID" data-limit="N"> says how much room is left once
// the text passes 80% of its limit (the field's maxlength stops it at the limit).
function updateCounter(counter) {
  const field = document.getElementById(counter.dataset.counts);
  if (!field) return;
  const limit = Number(counter.dataset.limit);
  const used = field.value.length;
  if (!limit || used < limit * 0.8) {
    counter.textContent = "";
    counter.classList.remove("at-limit");
    return;
  }
  const left = Math.max(limit - used, 0);
  counter.textContent = left === 0
    ? `That is the limit: ${limit.toLocaleString()} characters.`
    : `${left.toLocaleString()} of ${limit.toLocaleString()} characters left.`;
  counter.classList.toggle("at-limit", left === 0);
}

document.addEventListener("input", (event) => {
  const id = event.target && event.target.id;
  if (!id) return;
  document.querySelectorAll(`.counter[data-counts="${CSS.escape(id)}"]`).forEach(updateCounter);
});

function prepare(root) {
  root.querySelectorAll(".counter[data-counts]").forEach(updateCounter);
}

// A link to a folded part of a page (<details id="...">) opens it: "Add the person you
// met" lands on the form, not on a closed fold.
function openTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id && document.getElementById(id);
  if (target && target.tagName === "DETAILS") target.open = true;
}
window.addEventListener("hashchange", openTarget);

document.addEventListener("DOMContentLoaded", () => {
  openTarget();
  prepare(document);
  // A form sent back with problems: take the reader to the list of them.
  const summary = document.querySelector("[data-focus-on-load]");
  if (summary) summary.focus();
});
document.addEventListener("htmx:afterSwap", (event) => prepare(event.target));
