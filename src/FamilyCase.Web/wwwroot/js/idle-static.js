// The idle sign-out for pages rendered without a live connection: the same timer as idle-session.js, with the warning shown by
// the browser. A later interactive page starts the timer again through the same module, which stops this one first.
import { start, activity } from "./idle-session.js";

const settings = document.getElementById("idle-static");
if (settings) {
  const warningShown = (name, secondsLeft) => {
    const warning = document.getElementById("idle-warning");
    if (!warning) return Promise.resolve();
    if (name === "ShowWarning") {
      document.getElementById("idle-static-seconds").textContent = String(secondsLeft);
      warning.hidden = false;
    } else {
      warning.hidden = true;
    }
    return Promise.resolve();
  };
  start({ invokeMethodAsync: warningShown }, Number(settings.dataset.timeout), Number(settings.dataset.warning), settings.dataset.keepalive);
  document.addEventListener("click", event => {
    if (event.target instanceof Element && event.target.closest("#stay-signed-in")) activity();
  });
}

// A session ended in another tab of this browser (signed out, or signed out for being idle): follow it to the sign-in page.
window.addEventListener("storage", event => {
  if (event.key !== "familycase:session-ended" || !event.newValue || !document.getElementById("idle-static")) return;
  try {
    const ended = JSON.parse(event.newValue);
    window.location.assign("/account/login" + (typeof ended.search === "string" && ended.search.startsWith("?") ? ended.search : ""));
  } catch {
    window.location.assign("/account/login");
  }
});
