// Filters live in the query string, so every view can be shared, bookmarked and reached with the back button.

export function currentParams() {
  return new URLSearchParams(location.search);
}

/** Puts new parameters in the address bar as a new history step; empty values are left out. */
export function pushParams(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(name, value);
  const text = search.toString();
  const url = location.pathname + (text ? `?${text}` : '');
  if (url !== location.pathname + location.search) history.pushState(null, '', url);
}

/** Runs on load and again whenever the back or forward button changes the query string. */
export function whenParamsChange(render) {
  window.addEventListener('popstate', () => render(currentParams()));
  render(currentParams());
}
