// Mail addresses as the directory sees them: compared trimmed and case-insensitively, and placed
// at the vendor's domains or elsewhere. Shared by the send policy and the recipient rules.
import type { Directory } from '../types';

/** An address as compared: without surrounding blanks, lower case. */
export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** The domain part of an address, normalised ("Help@Ticket.Example " -> "ticket.example"). */
export function domainOf(address: string): string {
  return normalizeAddress(address.slice(address.lastIndexOf('@') + 1));
}

/** True when `address` is at one of the vendor domains or one of their subdomains. */
export function isVendorAddress(address: string, directory: Directory): boolean {
  const domain = domainOf(address);
  return directory.vendorDomains.some((d) => {
    const vendor = d.toLowerCase();
    return domain === vendor || domain.endsWith(`.${vendor}`);
  });
}
