/** Every panel is mounted the same way and returns its own cleanup. */
export type Dispose = () => void;
