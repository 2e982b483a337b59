/** Waits (up to 2 s) for a rendered page to satisfy `check`; the error shows what the page says. */
export async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}; page shows: ${document.body.textContent?.slice(0, 2000)}`);
}
