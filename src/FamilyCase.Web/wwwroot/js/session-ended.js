// On the sign-in page after a session ended: tells this browser's other tabs once (static-page.js listens and checks with the
// server), then takes the reason out of the address, so a reload, a wrong password or Back does not tell them again.
const params = new URLSearchParams(window.location.search);
const reason = new URLSearchParams();
for (const key of ["signedout", "ended", "reason"]) {
  if (params.has(key)) reason.set(key, params.get(key));
}
if (reason.toString() !== "") {
  localStorage.setItem("familycase:session-ended", JSON.stringify({ search: "?" + reason.toString(), at: Date.now() }));
  for (const key of ["signedout", "ended", "reason"]) params.delete(key);
  history.replaceState(history.state, "", window.location.pathname + (params.toString() ? "?" + params.toString() : ""));
}
