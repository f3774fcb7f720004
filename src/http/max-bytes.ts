/** The largest response accepted by default, before or after decompression (--max-bytes). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
