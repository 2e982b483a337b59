/** A result line read out by screen readers when it changes. */
export function StatusLine({ message }: { message: { ok: boolean; text: string } | null }) {
  return (
    <p class={`status-line ${message ? (message.ok ? 'ok' : 'error') : ''}`} role="status" aria-live="polite">
      {message?.text ?? ''}
    </p>
  );
}
