// What a page rendered without a live connection (docs/decisions/0003) needs from the browser. Loaded once for the whole
// visit; Blazor's enhanced navigation swaps pages without running their scripts, so each new page is set up on "enhancedload".
import { start, activity } from "./idle-session.js";

const endedKey = "familycase:session-ended";

// The idle warning of a page without a connection, drawn by the browser (IdleSessionMonitor renders it hidden).
function warning(name, secondsLeft) {
  const box = document.getElementById("idle-warning");
  if (box) {
    if (name === "ShowWarning") {
      const seconds = document.getElementById("idle-static-seconds");
      if (seconds) seconds.textContent = String(secondsLeft);
      box.hidden = false;
    } else {
      box.hidden = true;
    }
  }
  return Promise.resolve();
}

// A page that says what it did after a form post (the dashboard's buttons) takes the focus there, so nobody is left on a
// button that has gone.
function setUp() {
  const settings = document.getElementById("idle-static");
  if (settings) {
    start({ invokeMethodAsync: warning }, Number(settings.dataset.timeout), Number(settings.dataset.warning), settings.dataset.keepalive);
  }
  const outcome = document.getElementById("dashboard-outcome");
  if (outcome && outcome.textContent.trim() !== "") outcome.focus();
}

setUp();
window.Blazor?.addEventListener("enhancedload", setUp);

document.addEventListener("click", event => {
  if (event.target instanceof Element && event.target.closest("#stay-signed-in") && document.getElementById("idle-static")) activity();
});

// A session ended in another tab of this browser: once the server confirms it has ended, follow it to the sign-in page
// with the same reason and this tab's own page to come back to.
window.addEventListener("storage", async event => {
  // Only a page that shows case content follows; a sign-in page (no layout marker) has nothing to leave.
  if (event.key !== endedKey || !event.newValue || !document.getElementById("render-state")) return;
  const response = await fetch("/account/keepalive", { credentials: "same-origin", cache: "no-store", redirect: "manual" }).catch(() => null);
  if (response && response.type !== "opaqueredirect" && response.status !== 401) return;
  let reason = "";
  try {
    reason = new URLSearchParams(JSON.parse(event.newValue).search ?? "").toString();
  } catch {
    reason = "";
  }
  const params = new URLSearchParams(reason);
  params.delete("ReturnUrl");
  params.set("ReturnUrl", window.location.pathname + window.location.search);
  window.location.assign("/account/login?" + params.toString());
});

// Back or forward from the browser's page cache shows a page as it was: load it again, so the server decides.
window.addEventListener("pageshow", event => {
  if (event.persisted && document.getElementById("render-state")) window.location.reload();
});
