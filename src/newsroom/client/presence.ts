// Tells the server this article is open here, and shows who else has it open.

interface PresenceReply {
  others: Array<{ name: string }>;
}

function namesOf(value: unknown): string[] | null {
  const reply = value as Partial<PresenceReply> | null;
  if (!reply || !Array.isArray(reply.others)) return null;
  return reply.others.map((other) => (typeof other?.name === 'string' ? other.name.trim() : '')).filter((name) => name !== '');
}

export interface PresenceOptions {
  url: string;
  intervalMs: number;
  target: HTMLElement;
  csrf(): string;
}

export function startPresence({ url, intervalMs, target, csrf }: PresenceOptions): void {
  const label = target.dataset['presenceLabel'] || 'Also open by:';
  let inFlight = false;

  async function ping(): Promise<void> {
    if (inFlight) return;
    inFlight = true;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrf() },
        body: '{}',
        credentials: 'same-origin',
        signal: AbortSignal.timeout(Math.max(intervalMs, 5_000)),
      });
      const names = response.ok ? namesOf(await response.json().catch(() => null)) : null;
      if (names === null) return;
      const text = names.length ? `${label} ${names.join(', ')}` : '';
      // Unchanged text is not written again, so a live region does not repeat itself every tick.
      if (target.textContent !== text) target.textContent = text;
    } catch {
      // Presence is a courtesy: a missed ping is simply tried again at the next tick.
    } finally {
      inFlight = false;
    }
  }

  void ping();
  window.setInterval(() => void ping(), intervalMs);
}
