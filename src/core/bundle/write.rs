//! The atomic writers: a new folder or zip file through a temporary one beside it, and one new
//! file (the reminders); none ever replaces what exists, and a failure leaves nothing behind.

use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use time::UtcOffset;

use super::{Bundle, BundleError};
use crate::core::i18n::Msg;
use crate::core::private_file;

/// Writes the bundle as a new folder `out` (0700 on Unix; the key file 0600 from creation).
/// Everything goes into a temporary folder beside `out`, renamed at the end: a failure leaves
/// nothing behind. `out` must not exist.
pub fn write_dir(bundle: &Bundle, out: &Path) -> Result<(), BundleError> {
    let (parent, tmp) = prepare(bundle, out)?;
    private_file::create_dir(&tmp)
        .map_err(io_err(&crate::msg!("bundle-io-create-temp-folder"), &tmp))?;
    let result = fill_dir(bundle, &tmp, out).and_then(|()| {
        // Narrows the window in which a folder created meanwhile would be replaced (only an
        // empty one can be: rename refuses a non-empty folder).
        if out.symlink_metadata().is_ok() {
            return Err(BundleError::OutputExists(out.to_path_buf()));
        }
        fs::rename(&tmp, out).map_err(io_err(&crate::msg!("bundle-io-move-folder"), out))
    });
    if result.is_err() {
        let _ = fs::remove_dir_all(&tmp);
    } else {
        sync_dir(&parent);
    }
    result
}

fn fill_dir(bundle: &Bundle, tmp: &Path, out: &Path) -> Result<(), BundleError> {
    for f in &bundle.files {
        let err = io_err(
            &crate::msg!("bundle-io-write-named", file = f.name.as_str()),
            out,
        );
        let path = tmp.join(&f.name);
        if let Some(sub) = path.parent().filter(|p| *p != tmp && !p.is_dir()) {
            private_file::create_dir(sub).map_err(&err)?;
        }
        let mut file = private_file::create_new(&path, f.secret).map_err(&err)?;
        file.write_all(&f.bytes)
            .and_then(|()| file.sync_all())
            .map_err(&err)?;
    }
    sync_dir(tmp);
    Ok(())
}

/// The one top-level folder inside the zip `out`: its name without `.zip`, so unpacking never
/// scatters files.
#[must_use]
pub fn zip_root(out: &Path) -> String {
    out.file_stem().map_or_else(
        || "topdesk-sso-bundle".into(),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// Writes the bundle as one new zip file `out` (0600 on Unix: it holds the key), through a
/// temporary file beside it, every file inside one folder ([`zip_root`]). `out` must not exist.
pub fn write_zip(bundle: &Bundle, out: &Path) -> Result<(), BundleError> {
    let (parent, tmp) = prepare(bundle, out)?;
    let file = private_file::create_new(&tmp, true)
        .map_err(io_err(&crate::msg!("bundle-io-create-temp-file"), &tmp))?;
    let result = fill_zip(bundle, file, out).and_then(|()| publish_file(&tmp, out));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    } else {
        sync_dir(&parent);
    }
    result
}

fn fill_zip(bundle: &Bundle, file: File, out: &Path) -> Result<(), BundleError> {
    use zip::write::SimpleFileOptions;
    let zip_err = |source| BundleError::Zip {
        path: out.to_path_buf(),
        source,
    };
    let t = bundle.created.to_offset(UtcOffset::UTC);
    let modified = u16::try_from(t.year())
        .ok()
        .and_then(|y| {
            let (mo, d) = (u8::from(t.month()), t.day());
            zip::DateTime::from_date_and_time(y, mo, d, t.hour(), t.minute(), t.second()).ok()
        })
        .unwrap_or_default();
    let root = zip_root(out);
    let mut zip = zip::ZipWriter::new(file);
    for f in &bundle.files {
        let options = SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(modified)
            .unix_permissions(if f.secret { 0o600 } else { 0o644 })
            // Also when made on Windows (whose default is "DOS", read back as 0664 by unzip):
            // the key unpacks owner-only on Linux and macOS whoever made the zip.
            .system(zip::System::Unix);
        zip.start_file(format!("{root}/{}", f.name), options)
            .map_err(zip_err)?;
        zip.write_all(&f.bytes).map_err(|e| zip_err(e.into()))?;
    }
    let file = zip.finish().map_err(zip_err)?;
    file.sync_all()
        .map_err(io_err(&crate::msg!("bundle-io-write-zip"), out))
}

/// Moves the finished temporary file to `out` without ever replacing an existing file: a hard
/// link fails if `out` exists; file systems without hard links fall back to check-and-rename.
fn publish_file(tmp: &Path, out: &Path) -> Result<(), BundleError> {
    match fs::hard_link(tmp, out) {
        Ok(()) => {
            let _ = fs::remove_file(tmp);
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            Err(BundleError::OutputExists(out.to_path_buf()))
        }
        Err(_) if out.symlink_metadata().is_ok() => {
            Err(BundleError::OutputExists(out.to_path_buf()))
        }
        Err(_) => fs::rename(tmp, out).map_err(io_err(&crate::msg!("bundle-io-move-file"), out)),
    }
}

/// Writes one new, non-secret file (the reminders) in an existing folder; never replaces one.
pub fn write_new_file(out: &Path, bytes: &[u8]) -> Result<(), BundleError> {
    let mut file = private_file::create_new(out, false).map_err(|e| {
        if e.kind() == io::ErrorKind::AlreadyExists {
            BundleError::OutputExists(out.to_path_buf())
        } else {
            io_err(&crate::msg!("bundle-io-create-file"), out)(e)
        }
    })?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    written.map_err(|e| {
        let _ = fs::remove_file(out);
        io_err(&crate::msg!("bundle-io-write-file"), out)(e)
    })
}

/// Checks names and target; returns the parent folder and a fresh temporary path beside `out`.
fn prepare(bundle: &Bundle, out: &Path) -> Result<(PathBuf, PathBuf), BundleError> {
    for f in &bundle.files {
        // A file name, or one subfolder and a file name: no way out of the bundle.
        let parts: Vec<&str> = f.name.split('/').collect();
        let bad_part = |n: &str| {
            n.is_empty()
                || n.starts_with('.')
                || n.contains(['\\', ':'])
                || n.contains(char::is_control)
        };
        if parts.len() > 2 || parts.iter().any(|p| bad_part(p)) {
            return Err(BundleError::BadName(f.name.clone()));
        }
    }
    if out.symlink_metadata().is_ok() {
        return Err(BundleError::OutputExists(out.to_path_buf()));
    }
    let name = (out.file_name()).ok_or_else(|| BundleError::BadName(out.display().to_string()))?;
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(BundleError::NoParent(parent));
    }
    let mut random = [0u8; 6];
    getrandom::fill(&mut random)
        .map_err(|e| io_err(&crate::msg!("bundle-io-temp-name"), out)(io::Error::other(e)))?;
    let suffix: String = random.iter().map(|b| format!("{b:02x}")).collect();
    let tmp = parent.join(format!(".{}.tmp-{suffix}", name.to_string_lossy()));
    Ok((parent, tmp))
}

/// Makes a rename or new entries durable (best effort; not possible on Windows).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

fn io_err(action: &Msg, path: &Path) -> impl Fn(io::Error) -> BundleError + use<> {
    let (action, path) = (action.clone(), path.to_path_buf());
    move |source| BundleError::Io {
        action: action.clone(),
        path: path.clone(),
        source,
    }
}
