// The pipeline board: drag a card onto another column to move it. The Move button on each
// card does the same without a mouse (and on a touch screen); this file only adds dragging,
// the live message and "/" to jump to the search box.
"use strict";

(() => {
  const board = () => document.getElementById("board");
  const message = () => document.getElementById("board-message");
  let dragged = null; // the card being dragged
  let movedId = null; // the card to focus after the board is re-drawn

  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    if (meta) return meta.content;
    try {
      return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRF-Token"] || "";
    } catch (_error) {
      return "";
    }
  }

  function say(text, failed) {
    const line = message();
    if (!line) return;
    line.className = failed ? "error" : "done";
    line.textContent = text;
  }

  // Put a board fragment from the server in place: the cards, then the one-line message.
  function showBoard(html) {
    const template = document.createElement("template");
    template.innerHTML = html;
    const line = template.content.getElementById("board-message");
    if (line) {
      line.remove();
      say(line.textContent, line.classList.contains("error"));
    }
    const target = board();
    target.replaceChildren(template.content);
    if (window.htmx) window.htmx.process(target);
    focusMoved();
  }

  function focusMoved() {
    if (movedId === null) return;
    const link = document.querySelector(`#card-${movedId} .company a`);
    if (link) link.focus();
    movedId = null;
  }

  async function move(card, stage) {
    const body = new URLSearchParams({ stage, next: location.pathname + location.search });
    movedId = card.dataset.id;
    let response;
    try {
      response = await fetch(`/applications/${card.dataset.id}/move`, {
        method: "POST",
        headers: { "X-CSRF-Token": csrfToken(), "HX-Request": "true" },
        body,
        credentials: "same-origin",
      });
    } catch (_error) {
      say("The move did not reach NextYes. Is it still running? Try the Move button.", true);
      return;
    }
    const goTo = response.headers.get("HX-Redirect");
    if (goTo && goTo.startsWith("/") && !goTo.startsWith("//")) {
      location.assign(goTo);
      return;
    }
    const html = await response.text();
    if (response.headers.get("content-type")?.includes("text/html") && html.includes('id="board-message"')) {
      showBoard(html);
    } else {
      say(`The move was refused (${response.status}). Reload the page and try again.`, true);
    }
  }

  document.addEventListener("dragstart", (event) => {
    const card = event.target.closest?.(".card[draggable='true']");
    if (!card) return;
    dragged = card;
    card.classList.add("dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", card.dataset.id);
  });

  document.addEventListener("dragend", () => {
    if (dragged) dragged.classList.remove("dragging");
    dragged = null;
    document.querySelectorAll(".column.drop-here").forEach((c) => c.classList.remove("drop-here"));
  });

  // Every column takes a drop, even an illegal one: the server says why it cannot move.
  document.addEventListener("dragover", (event) => {
    const column = event.target.closest?.("#board .column");
    if (!column || !dragged) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    document.querySelectorAll(".column.drop-here").forEach((c) => {
      if (c !== column) c.classList.remove("drop-here");
    });
    column.classList.add("drop-here");
  });

  document.addEventListener("drop", (event) => {
    const column = event.target.closest?.("#board .column");
    if (!column || !dragged) return;
    event.preventDefault();
    const card = dragged;
    column.classList.remove("drop-here");
    if (column.dataset.stage === card.dataset.stage) return; // dropped where it was
    move(card, column.dataset.stage);
  });

  // "/" anywhere on the page jumps to the search box, unless the person is typing.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.defaultPrevented || event.isComposing) return;
    const where = event.target;
    if (where instanceof Element && (where.isContentEditable || where.closest("input, textarea, select"))) return;
    const search = document.getElementById("filter-q");
    if (!search) return;
    event.preventDefault(); // the "/" itself is not typed into the box
    search.focus();
    search.select();
  });

  // HTMX (the Move button): swap the board in on a refusal too, so its message shows, and
  // put the focus back on the card that moved.
  document.addEventListener("htmx:beforeRequest", (event) => {
    const form = event.target.closest?.(".move-form");
    if (form) movedId = form.closest(".card")?.dataset.id ?? null;
  });
  document.addEventListener("htmx:beforeSwap", (event) => {
    const status = event.detail.xhr.status;
    if ((status === 409 || status === 422) && event.detail.target === board()) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  document.addEventListener("htmx:afterSettle", (event) => {
    if (event.detail.target === board()) focusMoved();
  });
})();
