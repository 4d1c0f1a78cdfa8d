// Reading a failed connection's error: the codes along its chain of causes, and whether one says the network
// failed. Apart from run.ts so that `npm run deploy-commands` (deploy.ts) can use it without loading the bot.

/** Network error codes: Discord could not be reached at all, which no token would fix (and the token was not checked). */
const NETWORK_CODES: ReadonlySet<string> = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** The codes of an error and of its causes, outermost first (at most five deep). */
export function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let e: unknown = error, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' || typeof code === 'number') codes.push(String(code));
  }
  return codes;
}

/** The first network error code of an error's chain, when Discord could not be reached at all. */
export const networkCode = (error: unknown): string | undefined => errorCodes(error).find((c) => NETWORK_CODES.has(c));
