export declare function writeBigPack(
  dir: string,
  options?: { features?: number },
): Promise<{ id: string; dir: string; places: number; corridors: number; features: number }>;
