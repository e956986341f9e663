import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Keeps the heap of a long extraction bounded. Parsing thousands of files makes about 50 bytes of short-lived
 * AST per byte of source; V8 lets that garbage grow the old generation to several times the live set before it
 * collects, which would put a 5,000-file scan above its 400 MB budget. When the heap passes `limitBytes`, a full
 * collection brings it back to the live set (tens of MB). `gc` is exposed the way the `expose-gc` package does it.
 */
export class HeapGuard {
  private readonly gc: (() => void) | undefined;
  private threshold: number;

  /** `headroomBytes`: garbage allowed on top of the live set before a collection. */
  constructor(private readonly headroomBytes = 128 * 1024 * 1024) {
    this.gc = exposeGc();
    this.threshold = headroomBytes;
  }

  /** Cheap enough to call after every file. */
  check(): void {
    if (this.gc === undefined) return;
    if (getHeapStatistics().used_heap_size <= this.threshold) return;
    this.gc();
    // A big live set (a large project's cached modules) must not turn this into a collection per file.
    this.threshold = getHeapStatistics().used_heap_size + this.headroomBytes;
  }
}

let cached: (() => void) | undefined | null = null;

function exposeGc(): (() => void) | undefined {
  if (cached !== null) return cached;
  const existing = (globalThis as { gc?: () => void }).gc;
  if (typeof existing === 'function') return (cached = existing);
  try {
    setFlagsFromString('--expose_gc');
    const gc = runInNewContext('gc') as unknown;
    cached = typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    cached = undefined;
  }
  return cached;
}
