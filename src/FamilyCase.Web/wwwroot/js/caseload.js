// The caseload's filters, without a live connection: a change fetches only the results (one query on the server) and swaps
// them in, keeping the address in step so the list can be bookmarked. Without this script the form and links still work,
// as ordinary page loads. Listeners sit on the document, so they survive Blazor's enhanced navigation.
(() => {
  const searchDelayMs = 300;
  let timer = 0;
  let controller = null;

  const form = () => document.getElementById("caseload-form");

  function query(source) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(source)) {
      if (value !== "") params.append(key, value);
    }
    return params.toString();
  }

  function withoutSearch(address) {
    const url = new URL(address, window.location.origin);
    url.searchParams.delete("q");
    return url.pathname + url.search;
  }

  // Order, page size and direction come from the links inside the results; the form carries them on to the next filter.
  function carry(search) {
    const params = new URLSearchParams(search);
    for (const name of ["sort", "dir", "size"]) {
      const input = form()?.querySelector(`input[type=hidden][name=${name}]`);
      if (input) input.value = params.get(name) ?? "";
    }
  }

  async function show(search, focusAfter) {
    const source = form();
    const results = document.getElementById("caseload-results");
    if (!source || !results) return;
    const address = "/" + (search ? "?" + search : "");
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    results.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(source.dataset.results + (search ? "?" + search : ""), {
        credentials: "same-origin", cache: "no-store", signal: mine.signal, headers: { Accept: "text/html" },
      });
      if (!response.ok || response.redirected) {
        // A session that ended, or anything unexpected: load the page itself, which says what happened.
        window.location.assign(address);
        return;
      }
      results.innerHTML = await response.text();
      // The words searched for are names; they stay out of the browser's history and address bar.
      history.replaceState(history.state, "", withoutSearch(address));
      carry(search);
      const count = document.getElementById("caseload-count");
      const announcer = document.getElementById("caseload-announcer");
      if (announcer && count) announcer.textContent = count.textContent;
      if (focusAfter) count?.focus();
    } catch (error) {
      if (error.name !== "AbortError") window.location.assign(withoutSearch(address));
    } finally {
      if (controller === mine) results.removeAttribute("aria-busy");
    }
  }

  document.addEventListener("change", event => {
    const target = event.target;
    if (target instanceof Element && target.closest("#caseload-form") && target.id !== "caseload-search") {
      show(query(form()), false);
    }
  });

  document.addEventListener("input", event => {
    if (event.target instanceof Element && event.target.id === "caseload-search") {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => show(query(form()), false), searchDelayMs);
    }
  });

  document.addEventListener("submit", event => {
    if (event.target instanceof Element && event.target.id === "caseload-form") {
      event.preventDefault();
      event.stopPropagation();
      window.clearTimeout(timer);
      show(query(event.target), true);
    }
  }, true);

  document.addEventListener("click", event => {
    const link = event.target instanceof Element ? event.target.closest("#caseload-results a[data-caseload-link]") : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    event.stopPropagation();
    window.clearTimeout(timer);
    show(new URL(link.href).search.slice(1), true);
  }, true);
})();
