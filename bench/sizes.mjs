// Prints each file's size raw, gzipped (level 9) and brotli-compressed (quality 11), one line per
// file: `raw<TAB>gzip<TAB>brotli<TAB>path`. Node's zlib does both, so no compressor needs installing;
// `cargo xtask test` (size budgets) and `cargo xtask bench` read these lines.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

for (const path of process.argv.slice(2)) {
  const bytes = readFileSync(path);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length;
  console.log(`${bytes.length}\t${gzip}\t${brotli}\t${path}`);
}
