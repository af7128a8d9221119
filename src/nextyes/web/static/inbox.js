// NextYes review queue: small conveniences on top of forms that work without this file.
"use strict";

// HTMX leaves a refused request (422) unswapped; swap the item back in so its one-line
// message shows where the person is looking. Then keep the keyboard focus on the item,
// since the button that was pressed is gone.
let swappedItem = null;
document.addEventListener("htmx:beforeSwap", (event) => {
  const target = event.detail.target;
  if (!target || !target.classList.contains("review-item")) return;
  swappedItem = target.id;
  if (event.detail.xhr.status === 422) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

document.addEventListener("htmx:afterSettle", () => {
  if (!swappedItem) return;
  const item = document.getElementById(swappedItem);
  swappedItem = null;
  if (item) item.focus();
});
