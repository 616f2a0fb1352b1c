// The scripts' command lines: parsed by node:util's parseArgs in strict mode, so that a mistyped flag stops the
// script with its usage instead of being ignored.

/**
 * Runs `parse` (a strict parseArgs call, with any checks of the values); on an error prints it with the usage and
 * exits with status 2.
 * @template T
 * @param {string} usage
 * @param {() => T} parse
 * @returns {T}
 */
export function commandLine(usage, parse) {
  try {
    return parse();
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\nUsage: ${usage}`);
    process.exit(2);
  }
}
