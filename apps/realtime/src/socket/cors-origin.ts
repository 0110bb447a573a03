/**
 * Which web pages may open a socket over HTTP long-polling (websockets are not
 * subject to CORS): the public web app, and pages served by the API on the same
 * host (http://127.0.0.1:3000 as well as http://localhost:3000 on a developer machine,
 * or the hall PC that opens the API by its LAN address).
 */
export function isAllowedOrigin(
  origin: string | undefined,
  publicBaseUrl: string,
  host: string | undefined,
): boolean {
  if (!origin) return true; // not a browser page (curl, native apps, tests)
  let page: URL;
  try {
    page = new URL(origin);
  } catch {
    return false;
  }
  if (page.origin === new URL(publicBaseUrl).origin) return true;
  const ownHostname = host ? hostnameOf(host) : undefined;
  return ownHostname !== undefined && page.hostname === ownHostname;
}

function hostnameOf(hostHeader: string): string | undefined {
  try {
    return new URL(`http://${hostHeader}`).hostname;
  } catch {
    return undefined;
  }
}
