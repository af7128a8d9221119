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
