// Signs the person out after a period without activity, warning them first.
// Activity in any tab of the same browser counts, through localStorage.
const storageKey = "familycase:last-activity";
let state = null;

function now() { return Date.now(); }

function lastActivity() {
  const shared = Number(localStorage.getItem(storageKey) || 0);
  return Math.max(shared, state ? state.localActivity : 0);
}

export function activity() {
  if (!state) return;
  const time = now();
  state.localActivity = time;
  localStorage.setItem(storageKey, String(time));
  if (time - state.lastKeepAlive > state.keepAliveEvery) {
    state.lastKeepAlive = time;
    fetch(state.keepAliveUrl, { credentials: "same-origin", cache: "no-store" }).catch(() => { });
  }
  if (state.warned) {
    state.warned = false;
    state.component.invokeMethodAsync("HideWarning");
  }
}

function tick() {
  const idle = now() - lastActivity();
  if (idle >= state.timeout) {
    stop();
    signOutForm().submit();
    return;
  }
  if (idle >= state.timeout - state.warning) {
    const secondsLeft = Math.max(1, Math.ceil((state.timeout - idle) / 1000));
    state.warned = true;
    state.component.invokeMethodAsync("ShowWarning", secondsLeft);
  } else if (state.warned) {
    state.warned = false;
    state.component.invokeMethodAsync("HideWarning");
  }
}

const events = ["keydown", "pointerdown", "wheel", "touchstart"];

export function start(component, timeoutMs, warningMs, keepAliveUrl) {
  stop();
  state = {
    component, timeout: timeoutMs, warning: warningMs, keepAliveUrl,
    keepAliveEvery: Math.min(60000, timeoutMs / 4),
    localActivity: now(), lastKeepAlive: now(), warned: false, timer: 0,
  };
  localStorage.setItem(storageKey, String(state.localActivity));
  events.forEach(e => window.addEventListener(e, activity, { passive: true }));
  state.timer = window.setInterval(tick, Math.min(1000, warningMs / 4));
}

export function stop() {
  if (!state) return;
  window.clearInterval(state.timer);
  events.forEach(e => window.removeEventListener(e, activity));
  state = null;
}

// The page's own sign-out form, or, on a page that has none (a page reached without its layout), one made here: the sign-out
// endpoint needs no token, so the person is always signed out.
function signOutForm() {
  const existing = document.getElementById("idle-signout-form");
  if (existing) return existing;
  const form = document.createElement("form");
  form.method = "post";
  form.action = "account/logout";
  form.hidden = true;
  const reason = document.createElement("input");
  reason.type = "hidden";
  reason.name = "reason";
  reason.value = "idle";
  form.appendChild(reason);
  document.body.appendChild(form);
  return form;
}
