import { messages, Refusal } from '@zdm/common';

/** A server as partition selection sees it: its name and its partitions' letters, in order. */
export interface ServerPartitions {
  name: string;
  letters: readonly string[];
}

export interface PartitionSelection {
  /** The request's `partition` (`[]` = every partition of `server`). */
  partitions: readonly string[];
  /** The request's server. */
  server: ServerPartitions;
  /** The request's `excludePartition`, split. */
  excluded: readonly string[];
  /** `individual[i].partition` and the server that entry targets (its own `server`, else the request's). */
  individual: readonly { partition: string; server: ServerPartitions }[];
}

/** One job to register: its partition, the `individual` entry that configures it, the field it came from. */
export interface PartitionTarget {
  partition: string;
  individualIndex?: number;
  /** `partition[2]`, `individual[0].partition` or `partition` (all of the server's). */
  field: string;
}

/**
 * Which partitions get a job (spec §4.1): the request's `partition` (every partition of the server
 * when empty), less `excludePartition`, each overridden by the `individual` entry naming it; an
 * `individual` entry naming another partition adds it. Every partition must exist on the server
 * its job runs on; none may repeat. Throws a 400 naming the field; the targets keep request order
 * (listed partitions first, then added ones).
 */
export function selectPartitions(selection: PartitionSelection): PartitionTarget[] {
  const m = messages.jobs;
  const byLetter = new Map<string, number>();
  selection.individual.forEach((entry, i) => {
    const field = `individual[${i}].partition`;
    if (byLetter.has(entry.partition)) throw Refusal.invalid(m.duplicatePartition(field, entry.partition));
    byLetter.set(entry.partition, i);
    if (!entry.server.letters.includes(entry.partition)) {
      throw Refusal.invalid(m.unknownPartition(field, entry.partition, entry.server.name));
    }
  });

  const seen = new Set<string>();
  selection.partitions.forEach((partition, i) => {
    const field = `partition[${i}]`;
    if (seen.has(partition)) throw Refusal.invalid(m.duplicatePartition(field, partition));
    seen.add(partition);
    // A partition an `individual` entry moves to another server is checked against that server (above).
    if (!byLetter.has(partition) && !selection.server.letters.includes(partition)) {
      throw Refusal.invalid(m.unknownPartition(field, partition, selection.server.name));
    }
  });
  for (const partition of selection.excluded) {
    if (!selection.server.letters.includes(partition)) {
      throw Refusal.invalid(m.unknownPartition('excludePartition', partition, selection.server.name));
    }
  }

  const listed =
    selection.partitions.length > 0
      ? selection.partitions.map((partition, i) => ({ partition, field: `partition[${i}]` }))
      : selection.server.letters.map((partition) => ({ partition, field: 'partition' }));
  const targets: PartitionTarget[] = [];
  for (const { partition, field } of listed) {
    if (selection.excluded.includes(partition) && !byLetter.has(partition)) continue;
    const individualIndex = byLetter.get(partition);
    targets.push(
      individualIndex === undefined
        ? { partition, field }
        : { partition, individualIndex, field: `individual[${individualIndex}].partition` },
    );
  }
  const listedLetters = new Set(listed.map((l) => l.partition));
  selection.individual.forEach((entry, i) => {
    if (!listedLetters.has(entry.partition))
      targets.push({ partition: entry.partition, individualIndex: i, field: `individual[${i}].partition` });
  });
  if (targets.length === 0) throw Refusal.invalid(m.noPartitions('partition'));
  return targets;
}
