// The MailHost contract moved to src/core/host/mail-host.ts (below both the pane and the hosts).
// Kept as a re-export for the on-send and managed-config modules until they import it directly.
export * from '../../core/host/mail-host';
