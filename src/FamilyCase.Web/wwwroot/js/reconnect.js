// Keeps what people type while the connection to the server is down, and sends it when the connection is back.
// blazor.web.js tells #components-reconnect-modal how the connection is doing; while it is down, typing cannot reach the
// server, so each field typed in is marked at the field, and once the connection returns its value is sent again by
// replaying the input and change events the page's own handlers listen for.
const modal = document.getElementById("components-reconnect-modal");
const edited = new Map();
let disconnectedAt = null;

// Typing just before the drop was noticed may also have been lost in flight.
const inFlightMs = 5000;

function isTextField(element) {
  if (element instanceof HTMLTextAreaElement) return true;
  if (!(element instanceof HTMLInputElement)) return false;
  return !["hidden", "password", "checkbox", "radio", "file", "button", "submit"].includes(element.type);
}

function fieldBox(element) {
  return element.closest(".mud-input-control") ?? element.parentElement;
}

document.addEventListener("input", event => {
  const field = event.target;
  if (!event.isTrusted || !isTextField(field)) return;
  edited.set(field, Date.now());
  if (disconnectedAt !== null) fieldBox(field)?.classList.add("fc-unsaved-field");
}, true);

function resend() {
  const since = (disconnectedAt ?? Date.now()) - inFlightMs;
  for (const [field, at] of edited) {
    if (!field.isConnected) { edited.delete(field); continue; }
    if (at < since) continue;
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
    fieldBox(field)?.classList.remove("fc-unsaved-field");
  }
  edited.clear();
  disconnectedAt = null;
}

modal?.addEventListener("components-reconnect-state-changed", event => {
  const state = event.detail?.state;
  if (state === "show" && disconnectedAt === null) {
    disconnectedAt = Date.now();
  } else if (state === "hide") {
    resend();
  }
});

document.getElementById("components-reconnect-retry")?.addEventListener("click", async () => {
  try {
    if (!(await Blazor.reconnect())) location.reload();
  } catch {
    // Still offline: the notice stays, and so does the text.
  }
});
