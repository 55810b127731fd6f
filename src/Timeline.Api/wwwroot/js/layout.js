import { h } from './dom.js';

const links = [
  { href: '/', label: 'Dashboard', page: 'dashboard' },
  { href: '/review', label: 'Review', page: 'review' },
  { href: '/search', label: 'Search', page: 'search' },
  { href: '/docs', label: 'API docs', page: 'docs' },
];

/** The header every page shares: where to go, and a search box that leads to the search page. */
export function renderHeader(currentPage) {
  const header = document.querySelector('header.site');
  const query = new URLSearchParams(location.search).get('q') ?? '';
  header.replaceChildren(
    h('a', { class: 'skip', href: '#main' }, 'Skip to the content'),
    h('a', { class: 'brand', href: '/' }, 'OUC Timeline'),
    h('nav', { 'aria-label': 'Pages' },
      h('ul', {}, links.map(link =>
        h('li', {}, h('a', { href: link.href, 'aria-current': link.page === currentPage ? 'page' : null }, link.label))))),
    h('form', { class: 'site-search', role: 'search', action: '/search', method: 'get' },
      h('label', { for: 'site-q' }, 'Search records'),
      h('input', { id: 'site-q', name: 'q', type: 'search', value: currentPage === 'search' ? query : '', placeholder: 'Kazakhstan, UNESCO...' }),
      h('button', { type: 'submit' }, 'Search')));
}

/** Shows what went wrong where the content would have been, in words. */
export function showFailure(container, error) {
  container.replaceChildren(h('p', { class: 'problem', role: 'alert' }, error.message ?? String(error)));
}
