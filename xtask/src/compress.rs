//! The built app's precompressed copies: `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip,
//! level 9) beside every text asset in `dist/`.
//!
//! Written once per build, so the server sends them as they are (tower-http's
//! `precompressed_br`/`precompressed_gzip`) at the best ratio and no CPU per request, instead of
//! compressing each response on the fly at a fast, weaker setting. The size budgets measure the
//! same bytes (see `bench::sizes`).

use crate::cmd::{Failure, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The kinds of file that get compressed copies: everything Trunk writes that is not already
/// compressed (images other than SVG are).
const EXTENSIONS: [&str; 6] = ["wasm", "js", "css", "html", "svg", "ftl"];

/// Brotli's best setting; the window (2^22 bytes) is larger than any file of the app.
const BROTLI_QUALITY: i32 = 11;
const BROTLI_WINDOW_BITS: i32 = 22;
/// gzip's best setting.
const GZIP_LEVEL: u32 = 9;

/// One of the two encodings the server can send from a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
}

impl Encoding {
    pub const ALL: [Encoding; 2] = [Encoding::Brotli, Encoding::Gzip];

    /// The suffix of the compressed copy (`app.wasm` → `app.wasm.br`).
    pub fn suffix(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gz",
        }
    }

    /// `bytes` compressed at this encoding's best setting.
    pub fn compress(self, bytes: &[u8]) -> std::io::Result<Vec<u8>> {
        match self {
            Encoding::Brotli => {
                let params = brotli::enc::BrotliEncoderParams {
                    quality: BROTLI_QUALITY,
                    lgwin: BROTLI_WINDOW_BITS,
                    size_hint: bytes.len(),
                    ..Default::default()
                };
                let mut out = Vec::with_capacity(bytes.len() / 3);
                brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
                Ok(out)
            }
            Encoding::Gzip => {
                let mut encoder = flate2::write::GzEncoder::new(
                    Vec::with_capacity(bytes.len() / 3),
                    flate2::Compression::new(GZIP_LEVEL),
                );
                encoder.write_all(bytes)?;
                encoder.finish()
            }
        }
    }

    /// Where the compressed copy of `file` lives.
    pub fn copy_of(self, file: &Path) -> PathBuf {
        let mut name = file.as_os_str().to_owned();
        name.push(".");
        name.push(self.suffix());
        PathBuf::from(name)
    }
}

/// Whether `file` is an asset that gets compressed copies.
pub fn is_compressible(file: &Path) -> bool {
    file.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e))
}

/// Writes `.br` and `.gz` beside every compressible file under `dist` (its subfolders too), one
/// thread per file, and prints what they add up to.
pub fn write_beside(dist: &Path) -> Result {
    let started = std::time::Instant::now();
    let mut files = Vec::new();
    collect(dist, &mut files)
        .map_err(|e| Failure(format!("cannot list {}: {e}", dist.display())))?;
    let results: Vec<Result<[u64; 3]>> = std::thread::scope(|scope| {
        let workers: Vec<_> = files
            .iter()
            .map(|file| scope.spawn(move || write_copies(file)))
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|_| Err(Failure("a compression thread panicked".into())))
            })
            .collect()
    });
    let mut total = [0u64; 3];
    for sizes in results {
        for (sum, size) in total.iter_mut().zip(sizes?) {
            *sum += size;
        }
    }
    println!(
        "precompressed {} files in {}: {} B raw, {} B brotli, {} B gzip ({:.1} s)",
        files.len(),
        dist.display(),
        total[0],
        total[1],
        total[2],
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Compresses one file both ways; its sizes raw, brotli and gzip.
fn write_copies(file: &Path) -> Result<[u64; 3]> {
    let bytes =
        std::fs::read(file).map_err(|e| Failure(format!("cannot read {}: {e}", file.display())))?;
    let mut sizes = [bytes.len() as u64, 0, 0];
    for (encoding, size) in Encoding::ALL.into_iter().zip(&mut sizes[1..]) {
        let copy = encoding.copy_of(file);
        let compressed = encoding
            .compress(&bytes)
            .and_then(|c| std::fs::write(&copy, &c).map(|()| c.len()))
            .map_err(|e| Failure(format!("cannot write {}: {e}", copy.display())))?;
        *size = compressed as u64;
    }
    Ok(sizes)
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, files)?;
        } else if is_compressible(&path) {
            files.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn copies_decompress_to_the_original() {
        let text = "fn main() { println!(\"ring\"); }\n".repeat(200);
        let gz = Encoding::Gzip.compress(text.as_bytes()).unwrap();
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, text);
        assert!(gz.len() < text.len() / 10, "gzip: {} B", gz.len());

        let br = Encoding::Brotli.compress(text.as_bytes()).unwrap();
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert_eq!(back, text.as_bytes());
        assert!(
            br.len() < gz.len(),
            "brotli {} B, gzip {} B",
            br.len(),
            gz.len()
        );
    }

    #[test]
    fn only_text_assets_get_copies_and_they_sit_beside_them() {
        assert!(is_compressible(Path::new("dist/studio/app-1_bg.wasm")));
        assert!(is_compressible(Path::new("dist/index.html")));
        assert!(!is_compressible(Path::new("dist/app.wasm.br")));
        assert!(!is_compressible(Path::new("dist/photo.png")));
        assert_eq!(
            Encoding::Brotli.copy_of(Path::new("dist/app.js")),
            Path::new("dist/app.js.br")
        );
        assert_eq!(
            Encoding::Gzip.copy_of(Path::new("dist/app.js")),
            Path::new("dist/app.js.gz")
        );
    }

    #[test]
    fn writes_both_copies_for_every_asset_in_every_folder() {
        let dist = std::env::temp_dir().join(format!("xtask-compress-{}", std::process::id()));
        std::fs::create_dir_all(dist.join("studio")).unwrap();
        std::fs::write(dist.join("index.html"), "<p>ring</p>".repeat(50)).unwrap();
        std::fs::write(dist.join("studio/app.css"), "p { color: red }".repeat(50)).unwrap();
        std::fs::write(dist.join("photo.png"), [0x89, b'P', b'N', b'G']).unwrap();
        write_beside(&dist).unwrap();
        for file in ["index.html", "studio/app.css"] {
            for encoding in Encoding::ALL {
                let copy = encoding.copy_of(&dist.join(file));
                assert!(copy.is_file(), "{} missing", copy.display());
            }
        }
        assert!(!dist.join("photo.png.br").exists());
        assert!(!dist.join("index.html.br.br").exists());
        std::fs::remove_dir_all(&dist).unwrap();
    }
}
