// On the sign-in page after a session ended: tells this browser's other tabs, so a page rendered without a live connection
// (the dashboard) goes to the sign-in page too instead of showing families (idle-static.js listens).
const params = new URLSearchParams(window.location.search);
if (params.has("signedout") || params.has("ended")) {
  localStorage.setItem("familycase:session-ended", JSON.stringify({ search: window.location.search, at: Date.now() }));
}
