// The bytes a data file of the app's build is served as: its JSON without the spaces and line breaks that make the
// repository's copy readable to an author (about 2 % of the first view's compressed data). Parsed and printed
// again, every value is the same. The build emits these bytes, the dev server serves them, and the built-in
// pack's digests (scripts/built-in-pack.ts) are of them. A file that is not JSON is served as it is, for the app
// to report.
export function servedData(bytes: Buffer): Buffer {
  try {
    return Buffer.from(JSON.stringify(JSON.parse(bytes.toString('utf8'))), 'utf8');
  } catch {
    return bytes;
  }
}
