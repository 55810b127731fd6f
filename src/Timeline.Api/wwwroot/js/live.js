import { getJson } from './api.js';

const fallbackEveryMs = 10000;

/**
 * Follows the read models' checkpoint: the service pushes it as server-sent events, and onMove runs when it
 * changes. Where the stream is not offered, the status endpoint alone is asked now and then.
 */
export function followCheckpoint(onMove, onStatus) {
  let last = null;
  const seen = (position, head, mode) => {
    onStatus({ position, head, lag: Math.max(0, head - position), mode });
    if (last !== null && position !== last) onMove();
    last = position;
  };
  const source = new EventSource('/api/events/stream');
  source.addEventListener('checkpoint', event => {
    const { position, head } = JSON.parse(event.data);
    seen(position, head, 'live');
  });
  source.addEventListener('error', () => {
    if (source.readyState !== EventSource.CLOSED) return;
    const poll = async () => {
      try {
        const { data } = await getJson('/api/projections/status');
        seen(data.checkpoint, data.head, 'polling');
      } catch {
        onStatus(null);
      }
    };
    poll();
    setInterval(poll, fallbackEveryMs);
  });
}
