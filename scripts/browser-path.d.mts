export declare const DEBIAN_CHROMIUM: string;
export declare function findChromium(): string | null;
export declare const CHROMIUM_ARGS: readonly string[];
export declare function launchOptions(args: string[]): { executablePath?: string; args: string[] };
