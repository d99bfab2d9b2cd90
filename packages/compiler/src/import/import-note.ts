/**
 * Something the importer wants the user to know about one action or the whole flow: `info` when an
 * action is written with `raw(...)` instead of its block, `warning` when the source cannot say
 * exactly what the document says (an unreachable action, a branch to a missing action).
 */
export interface ImportNote {
  readonly severity: 'info' | 'warning';
  readonly message: string;
  /** The action the note is about, if it is about one. */
  readonly actionId?: string;
}
