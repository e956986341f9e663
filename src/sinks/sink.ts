/**
 * A place a report is published (reviewdog's reporters behind one interface). Every sink reports what happened
 * as data: a read-only token or a failed call is an outcome the caller turns into a fallback, never a crash.
 */
export interface Sink<Input, Outcome extends SinkOutcome = SinkOutcome> {
  readonly name: string;
  publish(input: Input): Promise<Outcome>;
}

export type SinkStatus =
  /** Something was written. */
  | 'published'
  /** Nothing new to write (a re-run with the same findings). */
  | 'unchanged'
  /** GitHub refused the write for lack of permission (403/404): the caller falls back. */
  | 'denied'
  /** Another error after retries: the caller falls back and warns. */
  | 'failed';

export interface SinkOutcome {
  readonly sink: string;
  readonly status: SinkStatus;
  /** For denied/failed: `403 Resource not accessible by integration`. */
  readonly detail?: string;
}
