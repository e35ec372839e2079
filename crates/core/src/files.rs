//! Reading a file the user names (`--profile`, `--ca-file`) with a size limit: a device such
//! as `/dev/zero`, a folder or a huge file is refused at once, before it fills memory.

use crate::diagnose::{self, Diagnosis};
use crate::i18n::Lang;
use std::io::Read;
use std::path::Path;

/// The most a certificate file or a printer profile may hold: 1 MiB.
pub const SMALL_FILE_LIMIT: u64 = 1024 * 1024;

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// A device, a folder: nothing a certificate or a profile is kept in.
    #[error("not a regular file")]
    NotAFile,
    /// Larger than the limit (in bytes).
    #[error("larger than {limit} bytes")]
    TooLarge { limit: u64 },
}

impl ReadError {
    /// The diagnosis of a file refused for its kind or size (`file-too-large`, the path and
    /// the reason as its detail); `None` for an I/O error, which the caller words itself.
    pub fn refused(&self, path: &Path, lang: Lang) -> Option<Diagnosis> {
        let file = path.display().to_string();
        let detail = match self {
            ReadError::Io(_) => return None,
            ReadError::NotAFile => lang.text_with("file-not-regular", &[("file", file)]),
            ReadError::TooLarge { limit } => lang.text_with(
                "file-too-large",
                &[("file", file), ("limit", size_in_words(*limit))],
            ),
        };
        Some(diagnose::condition("file-too-large", lang, detail))
    }
}

/// A size as people say it: `1 MiB`, `4 MiB`, or bytes below one MiB.
pub fn size_in_words(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{bytes} B")
    }
}

/// Reads a whole file of at most `limit` bytes. Only a regular file (or a pipe, which is read
/// no further than the limit) is read.
pub fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() && !is_pipe(&meta) {
        return Err(ReadError::NotAFile);
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge { limit });
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { limit });
    }
    Ok(bytes)
}

/// As [`read_capped`], as UTF-8 text.
pub fn read_capped_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    String::from_utf8(read_capped(path, limit)?)
        .map_err(|e| ReadError::Io(std::io::Error::new(std::io::ErrorKind::InvalidData, e)))
}

#[cfg(unix)]
fn is_pipe(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_fifo()
}

#[cfg(not(unix))]
fn is_pipe(_: &std::fs::Metadata) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_up_to_the_limit_is_read_whole_and_one_byte_more_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, vec![b'a'; 100]).unwrap();
        assert_eq!(read_capped(&path, 100).unwrap().len(), 100);
        assert!(matches!(
            read_capped(&path, 99),
            Err(ReadError::TooLarge { limit: 99 })
        ));
        assert!(matches!(
            read_capped(dir.path(), 100),
            Err(ReadError::NotAFile)
        ));
        assert!(matches!(
            read_capped(&dir.path().join("missing"), 100),
            Err(ReadError::Io(_))
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_without_reading_it() {
        let e = read_capped(Path::new("/dev/zero"), SMALL_FILE_LIMIT).unwrap_err();
        assert!(matches!(e, ReadError::NotAFile), "{e}");
        let d = e.refused(Path::new("/dev/zero"), Lang::En).unwrap();
        assert_eq!(d.id, "local-file-too-large");
        assert!(d.detail.unwrap().contains("/dev/zero"));
    }

    #[test]
    fn the_refusal_names_the_file_and_the_limit_in_both_languages() {
        let path = Path::new("big.toml");
        for (lang, word) in [(Lang::En, "larger"), (Lang::Hr, "veća")] {
            let d = ReadError::TooLarge {
                limit: SMALL_FILE_LIMIT,
            }
            .refused(path, lang)
            .unwrap();
            let detail = d.detail.unwrap();
            assert!(
                detail.contains("big.toml") && detail.contains("1 MiB"),
                "{detail}"
            );
            assert!(detail.contains(word), "{detail}");
        }
        assert_eq!(size_in_words(4 * 1024 * 1024), "4 MiB");
        assert_eq!(size_in_words(1000), "1000 B");
    }
}
