/**
 * A source's address, as the pages link it: http or https only. Any other scheme in an
 * `<a href>` (javascript:, data:, vbscript:) would run or show content of the attacker's choosing
 * in our origin when a reader clicks the link, whatever the escaping of the attribute.
 */
export function isWebAddress(address: string): boolean {
  try {
    const { protocol } = new URL(address);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

export const WEB_ADDRESS_MESSAGE = "expected an http:// or https:// address";
