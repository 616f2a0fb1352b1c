/* eslint-disable @typescript-eslint/no-explicit-any -- the scripts only wait for these and read values back */
// What the scripts read inside a page (functions passed to page.evaluate run there): the explorer's automation
// handle (typed in src/main.ts), the reference page's, and the benchmark's own record.
interface Window {
  mekong: any;
  benchReference: any;
  __bench: any;
}
