//! Files and folders only the current user can read: the one place that knows how each operating
//! system says "owner only", and how to check that it held.
//!
//! - Unix: mode 0600 for files, 0700 for folders, given at creation.
//! - Windows: a protected DACL with a single entry, full control for the current user's SID,
//!   given to `CreateFileW` / `CreateDirectoryW`, so the file never exists with the inherited
//!   permissions of its folder.
//!
//! File systems without permissions (FAT/exFAT, some network shares) accept the request and keep
//! nothing; [`is_owner_only`] reads back what the file system kept, so nothing is claimed that was
//! not done.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

/// Creates a new file (never replaces one): owner-only when `secret`, else the usual defaults.
pub fn create_new(path: &Path, secret: bool) -> io::Result<File> {
    #[cfg(windows)]
    if secret {
        return windows::create_file(path);
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, if secret { 0o600 } else { 0o644 });
    #[cfg(not(any(unix, windows)))]
    let _ = secret;
    options.open(path)
}

/// Creates a new folder only the current user can open.
pub fn create_dir(path: &Path) -> io::Result<()> {
    #[cfg(windows)]
    return windows::create_dir(path);
    #[cfg(not(windows))]
    {
        let mut dir = std::fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut dir, 0o700);
        dir.create(path)
    }
}

/// Whether the file or folder at `path` is, as its file system reports it now, open to the
/// current user only. False when that cannot be read or is not so.
#[must_use]
pub fn is_owner_only(path: &Path) -> bool {
    #[cfg(unix)]
    #[allow(clippy::verbose_bit_mask)] // "no group or other bits" reads best in octal
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::symlink_metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 == 0)
    }
    #[cfg(windows)]
    {
        windows::is_owner_only(path)
    }
    #[cfg(not(any(unix, windows)))]
    {
        let _ = path;
        false
    }
}

#[cfg(windows)]
#[allow(unsafe_code)] // Win32 calls: the standard library cannot pass a security descriptor.
mod windows {
    use std::fs::File;
    use std::io;
    use std::os::windows::ffi::OsStrExt as _;
    use std::os::windows::io::{FromRawHandle as _, RawHandle};
    use std::path::Path;
    use std::ptr::null_mut;
    use windows_sys::Win32::Foundation::{
        CloseHandle, ERROR_SUCCESS, GENERIC_READ, GENERIC_WRITE, HANDLE, INVALID_HANDLE_VALUE,
        LocalFree,
    };
    use windows_sys::Win32::Security::Authorization::{
        ConvertSecurityDescriptorToStringSecurityDescriptorW, ConvertSidToStringSidW,
        ConvertStringSecurityDescriptorToSecurityDescriptorW, GetNamedSecurityInfoW,
        SDDL_REVISION_1, SE_FILE_OBJECT,
    };
    use windows_sys::Win32::Security::{
        DACL_SECURITY_INFORMATION, GetTokenInformation, PSECURITY_DESCRIPTOR, SECURITY_ATTRIBUTES,
        TOKEN_QUERY, TOKEN_USER, TokenUser,
    };
    use windows_sys::Win32::Storage::FileSystem::{
        CREATE_NEW, CreateDirectoryW, CreateFileW, FILE_ATTRIBUTE_NORMAL,
    };
    use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};

    /// A security descriptor allocated by Windows, freed with `LocalFree`.
    pub struct Descriptor(PSECURITY_DESCRIPTOR);

    impl Drop for Descriptor {
        fn drop(&mut self) {
            // SAFETY: allocated by a Convert*/Get* call that says to free it with LocalFree.
            unsafe { LocalFree(self.0) };
        }
    }

    fn wide(s: impl AsRef<std::ffi::OsStr>) -> Vec<u16> {
        s.as_ref().encode_wide().chain(Some(0)).collect()
    }

    /// Reads a NUL-terminated UTF-16 string allocated by Windows and frees it.
    ///
    /// SAFETY: `p` is a valid NUL-terminated string to be freed with `LocalFree`.
    unsafe fn take_wide(p: *mut u16) -> String {
        // SAFETY: as the caller promises.
        unsafe {
            let len = (0..).take_while(|&i| *p.add(i) != 0).count();
            let s = String::from_utf16_lossy(std::slice::from_raw_parts(p, len));
            LocalFree(p.cast());
            s
        }
    }

    /// `D:P(A;;FA;;;<current user's SID>)`: protected (nothing inherited), one entry.
    pub fn owner_only_dacl() -> io::Result<String> {
        // SAFETY: every pointer handed to Windows points into a live local of the right size;
        // the token handle is closed on every path.
        unsafe {
            let mut token: HANDLE = null_mut();
            if OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &raw mut token) == 0 {
                return Err(io::Error::last_os_error());
            }
            let mut len = 0u32;
            GetTokenInformation(token, TokenUser, null_mut(), 0, &raw mut len);
            // u64s: TOKEN_USER holds pointers, so the buffer must be pointer-aligned.
            let mut buf = vec![0u64; (len as usize).div_ceil(8).max(1)];
            let ok =
                GetTokenInformation(token, TokenUser, buf.as_mut_ptr().cast(), len, &raw mut len);
            let err = io::Error::last_os_error();
            CloseHandle(token);
            if ok == 0 {
                return Err(err);
            }
            let user = &*buf.as_ptr().cast::<TOKEN_USER>();
            let mut sid: *mut u16 = null_mut();
            if ConvertSidToStringSidW(user.User.Sid, &raw mut sid) == 0 {
                return Err(io::Error::last_os_error());
            }
            Ok(format!("D:P(A;;FA;;;{})", take_wide(sid)))
        }
    }

    pub fn descriptor() -> io::Result<Descriptor> {
        let sddl = wide(owner_only_dacl()?);
        let mut sd: PSECURITY_DESCRIPTOR = null_mut();
        // SAFETY: `sddl` is NUL-terminated; `sd` receives a LocalAlloc'd descriptor.
        let ok = unsafe {
            ConvertStringSecurityDescriptorToSecurityDescriptorW(
                sddl.as_ptr(),
                SDDL_REVISION_1,
                &raw mut sd,
                null_mut(),
            )
        };
        if ok == 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(Descriptor(sd))
    }

    fn attributes(sd: &Descriptor) -> SECURITY_ATTRIBUTES {
        SECURITY_ATTRIBUTES {
            nLength: u32::try_from(size_of::<SECURITY_ATTRIBUTES>()).unwrap_or(u32::MAX),
            lpSecurityDescriptor: sd.0,
            bInheritHandle: 0,
        }
    }

    pub fn create_file(path: &Path) -> io::Result<File> {
        let sd = descriptor()?;
        let sa = attributes(&sd);
        let name = wide(path);
        // SAFETY: `name` is NUL-terminated, `sa` and `sd` outlive the call; a valid handle is
        // owned by the returned File from here on.
        unsafe {
            let h = CreateFileW(
                name.as_ptr(),
                GENERIC_READ | GENERIC_WRITE,
                0,
                &raw const sa,
                CREATE_NEW,
                FILE_ATTRIBUTE_NORMAL,
                null_mut(),
            );
            if h == INVALID_HANDLE_VALUE {
                return Err(io::Error::last_os_error());
            }
            Ok(File::from_raw_handle(h as RawHandle))
        }
    }

    pub fn create_dir(path: &Path) -> io::Result<()> {
        let sd = descriptor()?;
        let sa = attributes(&sd);
        let name = wide(path);
        // SAFETY: as in create_file.
        if unsafe { CreateDirectoryW(name.as_ptr(), &raw const sa) } == 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    /// The DACL of `path` as SDDL, as its file system keeps it.
    pub fn dacl(path: &Path) -> io::Result<String> {
        let name = wide(path);
        let mut sd: PSECURITY_DESCRIPTOR = null_mut();
        // SAFETY: `name` is NUL-terminated; `sd` receives a LocalAlloc'd descriptor (owned by
        // Descriptor below); the other out-pointers are optional and null.
        let status = unsafe {
            GetNamedSecurityInfoW(
                name.as_ptr(),
                SE_FILE_OBJECT,
                DACL_SECURITY_INFORMATION,
                null_mut(),
                null_mut(),
                null_mut(),
                null_mut(),
                &raw mut sd,
            )
        };
        if status != ERROR_SUCCESS {
            return Err(io::Error::from_raw_os_error(status.cast_signed()));
        }
        sddl(&Descriptor(sd))
    }

    /// The DACL part of a descriptor, as SDDL.
    pub fn sddl(sd: &Descriptor) -> io::Result<String> {
        let mut text: *mut u16 = null_mut();
        // SAFETY: `sd.0` is a valid descriptor; `text` receives a LocalAlloc'd string.
        let ok = unsafe {
            ConvertSecurityDescriptorToStringSecurityDescriptorW(
                sd.0,
                SDDL_REVISION_1,
                DACL_SECURITY_INFORMATION,
                &raw mut text,
                null_mut(),
            )
        };
        if ok == 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: a NUL-terminated string from the call above.
        Ok(unsafe { take_wide(text) })
    }

    pub fn is_owner_only(path: &Path) -> bool {
        match (dacl(path), owner_only_dacl()) {
            (Ok(kept), Ok(wanted)) => kept == wanted,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::io::Write as _;

    /// Whether the file system keeps what was asked. Wine (CI runs the Windows tests under it)
    /// keeps no access lists: it turns them into Unix mode bits and reads back its own default
    /// list, so there the descriptor itself is checked instead (`the_descriptor_is_one_entry...`).
    /// Real Windows never sets WINEPREFIX.
    fn keeps_access_lists() -> bool {
        !cfg!(windows) || std::env::var_os("WINEPREFIX").is_none()
    }

    #[test]
    fn a_secret_file_and_a_folder_are_owner_only_and_never_replace_anything() {
        let parent = tempfile::tempdir().expect("tempdir");
        let dir = parent.path().join("bundle é folder");
        create_dir(&dir).expect("create folder");
        let key = dir.join("key file.der");
        create_new(&key, true)
            .and_then(|mut f| f.write_all(b"secret"))
            .expect("create key");
        if keeps_access_lists() {
            assert!(is_owner_only(&dir), "folder");
            assert!(is_owner_only(&key), "key file");
        }
        assert_eq!(fs::read(&key).expect("read"), b"secret");
        let err = create_new(&key, true).expect_err("exists");
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&key).expect("read"), b"secret", "left untouched");
        assert!(create_dir(&dir).is_err(), "folder exists");
    }

    #[cfg(windows)]
    #[test]
    fn the_descriptor_is_one_entry_for_the_current_user_and_nothing_inherited() {
        let dacl = windows::owner_only_dacl().expect("dacl");
        // Protected (P), one allow entry, full access (FA), a user SID (S-1-5-21-… on Windows).
        let sid = dacl
            .strip_prefix("D:P(A;;FA;;;")
            .and_then(|r| r.strip_suffix(')'));
        assert!(sid.is_some_and(|s| s.starts_with("S-1-5-")), "{dacl}");
        // Windows itself parses it into the descriptor given at creation, and writes it back.
        let sd = windows::descriptor().expect("descriptor");
        assert_eq!(windows::sddl(&sd).expect("sddl"), dacl);
    }

    #[test]
    fn a_public_file_is_not_owner_only() {
        let parent = tempfile::tempdir().expect("tempdir");
        let public = parent.path().join("metadata.xml");
        create_new(&public, false).expect("create");
        // (On Unix the mode depends on the umask, so only Windows is asserted.)
        #[cfg(windows)]
        assert!(!is_owner_only(&public), "inherits its folder's DACL");
        assert!(!is_owner_only(&parent.path().join("missing")));
    }
}
