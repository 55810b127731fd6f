import { h } from './dom.js';

// The key stays in this tab only: sessionStorage is gone when the tab closes and is never sent anywhere but the API.
const storageKey = 'timeline.apiKey';

export function apiKey() {
  return sessionStorage.getItem(storageKey) ?? '';
}

export function renderApiKeyField() {
  const input = h('input', { id: 'api-key', type: 'password', autocomplete: 'off', value: apiKey(), 'aria-describedby': 'api-key-help' });
  input.addEventListener('input', () => {
    if (input.value) sessionStorage.setItem(storageKey, input.value);
    else sessionStorage.removeItem(storageKey);
  });
  return h('div', { class: 'api-key' },
    h('label', { for: 'api-key' }, 'API key'),
    input,
    h('p', { id: 'api-key-help', class: 'hint' }, 'Needed to write. Kept in this browser tab only, until it closes.'));
}
