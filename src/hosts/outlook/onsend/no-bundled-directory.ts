// onsend.js's stand-in for assets/directory/ticket-directory.json (swapped in by
// build/webpack/onsend.cjs): the send check reads the directory only from the
// ticket-directory.json hosted beside the add-in's files (office-environment.ts) and lets the
// mail go unchecked when it cannot, so the file carries no copy of its own (2.5 KB gzip). The
// engine's own fallback for a missing directory (never reached on Send, where the directory is
// always given) is then an empty one: no address is a helpdesk address.
import type { Directory } from '../../../core/types';

const noDirectory: Directory = {
  officialListUrl: '',
  vendorDomains: [],
  notificationSenders: [],
  modules: [],
};

export default noDirectory;
