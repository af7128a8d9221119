// NextYes: the browser's time zone, for interview times. Forms work without this file:
// the server then uses its own zone (for NextYes on a laptop, the same one).
"use strict";

(() => {
  let zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (_error) {
    return;
  }
  if (!/^[A-Za-z0-9_+\-/]{1,64}$/.test(zone)) return;
  // Pages show interview times in this zone from the next page on (web/zones.py).
  const cookie = `nextyes_zone=${zone}`;
  if (!document.cookie.split("; ").includes(cookie)) {
    document.cookie = `${cookie}; path=/; max-age=31536000; samesite=strict`;
  }
  const fill = () => {
    document.querySelectorAll("input[data-browser-zone]").forEach((field) => {
      if (field.value) return;
      field.value = zone;
      const form = field.form;
      if (!form) return;
      form.querySelectorAll("[data-zone-name]").forEach((name) => {
        name.textContent = zone.replaceAll("_", " ");
      });
    });
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", fill);
  } else {
    fill();
  }
})();
