import WebSocket from 'ws';

interface Pending {
  resolve: (result: any) => void;
  reject: (error: Error) => void;
  method: string;
}

/**
 * The smallest WebDriver BiDi client that drives Firefox for the tests: commands by id, events
 * to listeners. Playwright's own BiDi Firefox calls commands Firefox ESR does not have yet
 * (emulation overrides at context start), so the tests speak the protocol directly.
 */
export class Bidi {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Array<(params: any) => void>>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (raw) => this.receive(String(raw)));
    socket.on('close', () => {
      for (const { reject, method } of this.pending.values()) reject(new Error(`Firefox closed the connection during ${method}`));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<Bidi> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new Bidi(socket);
  }

  send<T = any>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(event: string, listener: (params: any) => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  close(): void {
    this.socket.close();
  }

  private receive(text: string): void {
    const message = JSON.parse(text) as { id?: number; type: string; method?: string; params?: unknown; result?: unknown; error?: string; message?: string };
    if (message.id !== undefined) {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.type === 'error') pending.reject(new Error(`${pending.method}: ${message.error}: ${message.message}`));
      else pending.resolve(message.result);
      return;
    }
    if (message.method) for (const listener of this.listeners.get(message.method) ?? []) listener(message.params);
  }
}
