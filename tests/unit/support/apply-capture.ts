/**
 * The ledger's fold on member and row objects, as the rules are easiest to state: the product folds
 * columns (src/domain/ledger.ts); these tests go through the same code.
 */
import { appendMembers, indexRows, membersToColumns, rowsToColumns } from '../../../src/domain/columns';
import {
  applyCapture as applyColumns,
  type FinishedCapture as CapturedColumns,
  type LedgerEvent,
  type ListState,
} from '../../../src/domain/ledger';
import type { Row } from '../../../src/domain/types';

export interface FinishedCapture extends Omit<CapturedColumns, 'rows' | 'rowAt'> {
  /** Distinct accounts read, each once. */
  rows: Row[];
}

export function applyCapture(
  prev: ListState,
  capture: FinishedCapture,
): { next: ListState; events: LedgerEvent[] } {
  const rows = rowsToColumns(capture.rows);
  const { next, events } = applyColumns(
    { ...prev, members: membersToColumns(prev.members) },
    { ...capture, rows, rowAt: indexRows(rows) },
  );
  return { next: { ...next, members: appendMembers([], next.members) }, events };
}
