import type { Socket } from 'node:net';
import { Duplex } from 'node:stream';

/**
 * A Duplex that sits between `tls.connect({ socket })` and the TCP socket and keeps a copy of the first bytes
 * the server sends. A `'data'` listener on the `net.Socket` itself sees nothing once TLS owns the native handle
 * (tls-rules.md §5), so the TLS layer is given this JavaScript stream instead.
 */
export class RecordingChannel extends Duplex {
  private readonly chunks: Buffer[] = [];
  private recordedBytes = 0;
  private recording = true;
  /** The server closed its side (FIN). */
  ended = false;
  /** The socket failed (e.g. `ECONNRESET` for an RST), with Node's code. */
  errorCode: string | undefined;

  constructor(
    private readonly socket: Socket,
    /** At most this many bytes are kept: a handshake with a long chain is a few tens of kilobytes. */
    private readonly limit: number,
  ) {
    super();
    socket.on('data', (chunk: Buffer) => {
      this.record(chunk);
      if (!this.push(chunk)) socket.pause();
    });
    socket.on('end', () => {
      this.ended = true;
      this.push(null);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      this.errorCode = error.code ?? error.message;
      this.destroy(error);
    });
    socket.on('close', () => {
      if (!this.destroyed) this.destroy();
    });
  }

  /** Everything recorded so far. */
  get received(): Buffer {
    return Buffer.concat(this.chunks);
  }

  /** Stop keeping bytes (after the handshake, to spare memory). */
  stopRecording(): void {
    this.recording = false;
  }

  private record(chunk: Buffer): void {
    if (!this.recording || this.recordedBytes >= this.limit) return;
    const part = chunk.subarray(0, this.limit - this.recordedBytes);
    this.chunks.push(Buffer.from(part));
    this.recordedBytes += part.length;
  }

  override _read(): void {
    this.socket.resume();
  }

  override _write(chunk: Buffer, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.socket.destroyed) {
      callback();
      return;
    }
    this.socket.write(chunk, encoding, callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.socket.end();
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.socket.destroy();
    callback(error);
  }
}
