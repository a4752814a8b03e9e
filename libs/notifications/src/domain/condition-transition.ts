/**
 * A lasting condition an object is in (a job gone `stale`, an agent gone `offline`), checked
 * periodically by every replica. What is reported is the TRANSITION into the condition, once: the
 * objects reported so far are kept (`notification_conditions`), and a check compares them with what
 * it observes now.
 */
export interface ConditionChanges {
  /** Objects newly in the condition: to report (if this replica's conditional insert wins). */
  raise: number[];
  /** Objects no longer in it (recovered, or gone): forgotten, so a later transition is reported again. */
  clear: number[];
}

/**
 * What a check changes, given the objects reported as in the condition and those observed in it now.
 * Both answers ascending (the order rows are written in, so concurrent replicas lock them in one order).
 */
export function conditionChanges(reported: readonly number[], observed: readonly number[]): ConditionChanges {
  const was = new Set(reported);
  const now = new Set(observed);
  const ascending = (a: number, b: number) => a - b;
  return {
    raise: [...now].filter((id) => !was.has(id)).sort(ascending),
    clear: [...was].filter((id) => !now.has(id)).sort(ascending),
  };
}
