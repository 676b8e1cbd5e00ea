import { ledgerConnection } from '../storage/connection';

/** This extension page's one connection to the ledger (each page is its own context with its own module). */
export const ledgerDb = ledgerConnection();
