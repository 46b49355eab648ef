import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Where Accord may send a request an admin chose the address of (webhooks, chat): not to the
 * machine itself, the private network, link-local addresses (cloud metadata services) or other
 * reserved ranges, which would let whoever configures a webhook probe the inside of the network
 * (server-side request forgery). ACCORD_ALLOW_PRIVATE_TARGETS=true lifts this for an installation
 * whose receivers are on its own network, and for the tests' local receivers.
 */
const reserved = new BlockList();
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  reserved.addSubnet(address, prefix, 'ipv4');
}
for (const [address, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  reserved.addSubnet(address, prefix, 'ipv6');
}

/** Whether an IP address is one Accord must not reach on an admin's say-so. */
export function isReservedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return reserved.check(address, 'ipv4');
  if (family !== 6) return true;
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is that IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return reserved.check(mapped[1], 'ipv4');
  return reserved.check(address, 'ipv6');
}

/**
 * Why `url` may not be sent to, or null when it may: every address its host resolves to must be
 * public. Checked when the address is saved and again before each delivery (the name may since
 * point elsewhere).
 */
export async function refusalOfTarget(url: string, allowPrivate: boolean): Promise<string | null> {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return 'is not an address';
  }
  if (allowPrivate) return null;
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
    } catch {
      return `names a host (${host}) that could not be found`;
    }
  }
  const refused = addresses.find(isReservedAddress);
  return refused
    ? `points to a private, loopback or reserved address (${refused}); set ACCORD_ALLOW_PRIVATE_TARGETS=true to allow it`
    : null;
}
