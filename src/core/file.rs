//! Reading a file the user named, bounded as it happens: only regular files are opened (a
//! folder, `/dev/zero`, a FIFO or a socket is refused before anything is read, so nothing
//! blocks or streams forever), and at most [`MAX_INPUT_BYTES`] are read whatever size the file
//! claims (a file that grows while being read is refused too). The one reader for the CLI and
//! the wizard.

use std::io::Read as _;
use std::path::Path;

use super::text::MAX_INPUT_BYTES;

/// Why a file cannot be read. Messages say "it …" so callers can prefix the file's name.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{}", crate::msg!("file-cannot-open", error = .0.to_string()))]
    Open(std::io::Error),
    #[error("{}", crate::msg!("file-folder"))]
    Folder,
    #[error("{}", crate::msg!("file-not-a-file"))]
    NotAFile,
    /// Larger than `limit` bytes (the limits are whole MiB).
    #[error("{}", crate::msg!("file-too-large", mib = .limit / (1024 * 1024)))]
    TooLarge { limit: usize },
    #[error("{}", crate::msg!("file-cannot-read", error = .0.to_string()))]
    Read(std::io::Error),
}

/// Reads `path`, refusing anything but a regular file of at most [`MAX_INPUT_BYTES`].
pub fn read(path: &Path) -> Result<Vec<u8>, ReadError> {
    read_limited(path, MAX_INPUT_BYTES)
}

/// As [`read`] with another limit (password files, settings).
pub fn read_limited(path: &Path, limit: usize) -> Result<Vec<u8>, ReadError> {
    let meta = std::fs::metadata(path).map_err(ReadError::Open)?;
    if meta.is_dir() {
        return Err(ReadError::Folder);
    }
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    let file = open(path).map_err(ReadError::Open)?;
    // Judged again on what was opened: the path may have been swapped in between.
    let meta = file.metadata().map_err(ReadError::Open)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    if meta.len() > limit as u64 {
        return Err(ReadError::TooLarge { limit });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0).min(limit));
    file.take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Read)?;
    if bytes.len() > limit {
        return Err(ReadError::TooLarge { limit });
    }
    Ok(bytes)
}

/// Opens for reading; on Linux without blocking, so a FIFO swapped in after the check cannot
/// hang the open (reads of a regular file are unaffected by the flag).
fn open(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        const O_NONBLOCK: i32 = 0o4000;
        options.custom_flags(O_NONBLOCK);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_within_the_limit() {
        let dir = std::env::temp_dir().join(format!("topdesk-sso-read-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("small.xml");
        std::fs::write(&file, b"<x/>").unwrap();
        assert_eq!(read(&file).unwrap(), b"<x/>");
        assert!(matches!(
            read_limited(&file, 3),
            Err(ReadError::TooLarge { .. })
        ));
        assert!(matches!(read(&dir), Err(ReadError::Folder)));
        assert!(matches!(
            read(&dir.join("missing")),
            Err(ReadError::Open(_))
        ));
        #[cfg(unix)]
        {
            // A FIFO with no writer would block a plain open for ever.
            let fifo = dir.join("pipe");
            let made = std::process::Command::new("mkfifo").arg(&fifo).status();
            let start = std::time::Instant::now();
            assert!(matches!(
                read(Path::new("/dev/zero")),
                Err(ReadError::NotAFile)
            ));
            if made.is_ok_and(|s| s.success()) {
                assert!(matches!(read(&fifo), Err(ReadError::NotAFile)));
            }
            assert!(start.elapsed() < std::time::Duration::from_secs(1));
        }

        std::fs::remove_dir_all(&dir).unwrap();
    }
}
