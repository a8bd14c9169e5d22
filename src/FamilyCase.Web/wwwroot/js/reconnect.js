// Keeps what people type while the connection to the server is down, and sends it when the connection is back.
// blazor.web.js tells #components-reconnect-modal how the connection is doing; while it is down, typing cannot reach the
// server, so each field typed in is marked at the field, and once the connection returns its value is sent again by
// replaying the input and change events the page's own handlers listen for.
const modal = document.getElementById("components-reconnect-modal");

// Every field typed in since the connection last came back. A dropped connection can take half a minute to be noticed,
// and typing in that time went into a dead socket, so all of them are sent again: sending a field sends its whole value,
// which is harmless when the server already had it.
const edited = new Set();
let disconnected = false;

function isTextField(element) {
  if (element instanceof HTMLTextAreaElement) return true;
  if (!(element instanceof HTMLInputElement)) return false;
  return !["hidden", "password", "checkbox", "radio", "file", "button", "submit"].includes(element.type);
}

function fieldBox(element) {
  return element.closest(".mud-input-control") ?? element.parentElement;
}

function unsent() {
  return [...edited].filter(field => field.isConnected);
}

document.addEventListener("input", event => {
  const field = event.target;
  if (!event.isTrusted || !isTextField(field)) return;
  edited.add(field);
  if (disconnected) fieldBox(field)?.classList.add("fc-unsaved-field");
}, true);

function resend() {
  for (const field of unsent()) {
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
    fieldBox(field)?.classList.remove("fc-unsaved-field");
  }
  edited.clear();
  disconnected = false;
  modal?.classList.remove("fc-reload-needed");
}

modal?.addEventListener("components-reconnect-state-changed", event => {
  const state = event.detail?.state;
  if (state === "show" && !disconnected) {
    disconnected = true;
    for (const field of unsent()) fieldBox(field)?.classList.add("fc-unsaved-field");
  } else if (state === "hide") {
    resend();
  }
});

// Leaving or reloading the page while text waits to be sent would lose it: the browser asks first.
window.addEventListener("beforeunload", event => {
  if (disconnected && unsent().length > 0) {
    event.preventDefault();
    event.returnValue = "";
  }
});

document.getElementById("components-reconnect-retry")?.addEventListener("click", async () => {
  try {
    if (await Blazor.reconnect()) return;
    if (typeof Blazor.resumeCircuit === "function" && await Blazor.resumeCircuit()) return;
    // The server no longer has this page: only a reload carries on, and the person chooses when, after copying their text.
    modal?.classList.add("fc-reload-needed");
  } catch {
    // Still offline: the notice stays, and so does the text.
  }
});

document.getElementById("components-reconnect-reload")?.addEventListener("click", () => {
  disconnected = false;
  location.reload();
});
