// Talks to the service's HTTP API. Failures become ApiError carrying the RFC 7807 problem the service sent.

export class ApiError extends Error {
  constructor(status, problem) {
    super(describeProblem(problem, status));
    this.status = status;
    this.problem = problem;
  }
}

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new ApiError(response.status, await readProblem(response));
  return { data: await response.json(), headers: response.headers };
}

/** A write: JSON body, the API key, and If-Match when the caller read a revision. Never throws for a refusal. */
export async function send(method, path, body, { key, ifMatch } = {}) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (key) headers['X-Api-Key'] = key;
  if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
  try {
    const response = await fetch(path, { method, headers, body: JSON.stringify(body) });
    if (response.ok) return { ok: true, status: response.status, data: await response.json().catch(() => null) };
    return { ok: false, status: response.status, problem: await readProblem(response) };
  } catch (error) {
    return { ok: false, status: 0, problem: { title: 'The service could not be reached.', detail: String(error.message ?? error) } };
  }
}

async function readProblem(response) {
  const text = await response.text().catch(() => '');
  try {
    return JSON.parse(text);
  } catch {
    return { title: response.statusText || `HTTP ${response.status}`, detail: text.slice(0, 300) };
  }
}

/** One line a person can act on: the problem's title, its detail, and every field error. */
export function describeProblem(problem, status) {
  const parts = [problem?.title ?? `The service answered ${status}.`];
  if (problem?.detail) parts.push(problem.detail);
  for (const [field, messages] of Object.entries(problem?.errors ?? {}))
    parts.push(`${field}: ${[].concat(messages).join(' ')}`);
  return parts.join(' ');
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(name, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
