//! What the desktop gives us: native file dialogs (off the UI thread, so a slow or stuck portal
//! never freezes the window) and a small settings file remembered between runs.

use std::ffi::OsString;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use serde::{Deserialize, Serialize};

use crate::core::i18n::Msg;
use crate::msg;

/// The admin's colour choice, remembered in the settings (`theme` applies it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    Light,
    Dark,
    #[default]
    System,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    #[must_use]
    pub fn label(self) -> String {
        match self {
            ThemeChoice::Light => crate::tr!("ui-theme-light"),
            ThemeChoice::Dark => crate::tr!("ui-theme-dark"),
            ThemeChoice::System => crate::tr!("ui-theme-system"),
        }
    }
}

/// The caller's tag for a dialog, handed back with the answer.
pub type DialogId = u32;

/// Overrides the settings folder (tests and screenshots use it to keep off the real config).
pub const CONFIG_DIR_ENV: &str = "TOPDESK_SSO_CONFIG_DIR";

const MAX_RECENT: usize = 8;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogRequest {
    /// `filters`: (name, extensions without the dot). Several files may be picked.
    OpenFile {
        title: String,
        filters: Vec<(String, Vec<String>)>,
        start_dir: Option<PathBuf>,
    },
    PickFolder {
        title: String,
        start_dir: Option<PathBuf>,
    },
    SaveFile {
        title: String,
        file_name: String,
        start_dir: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogAnswer {
    /// One path, or several for `OpenFile`; never empty.
    Picked(Vec<PathBuf>),
    Cancelled,
    /// No dialog could be shown; the text says why and points to drag-and-drop.
    Unavailable(Msg),
}

/// Native file dialogs run on their own thread (rfd's xdg portal can block); the answer arrives
/// on a channel and wakes the UI with a repaint. At most one dialog is open at a time.
#[derive(Debug, Default)]
pub struct Dialogs {
    pending: Option<(DialogId, Receiver<DialogAnswer>)>,
}

impl Dialogs {
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Opens a dialog; `false` (and nothing happens) if one is already open.
    pub fn open(&mut self, id: DialogId, req: DialogRequest, ctx: &egui::Context) -> bool {
        if backend_available() {
            self.start(id, ctx, move || show(req))
        } else {
            self.start(id, ctx, || DialogAnswer::Unavailable(msg!("ui-no-dialog")))
        }
    }

    fn start(
        &mut self,
        id: DialogId,
        ctx: &egui::Context,
        job: impl FnOnce() -> DialogAnswer + Send + 'static,
    ) -> bool {
        if self.is_open() {
            return false;
        }
        let (tx, rx) = mpsc::channel();
        let ctx = ctx.clone();
        let failed = msg!("ui-dialog-failed");
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let answer = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                let _ = tx.send(answer.unwrap_or(DialogAnswer::Unavailable(failed)));
                ctx.request_repaint();
            });
        // If the thread cannot start, the sender is gone and `poll` reports the failure.
        drop(spawned);
        self.pending = Some((id, rx));
        true
    }

    /// The answer, once the user has closed the dialog.
    pub fn poll(&mut self) -> Option<(DialogId, DialogAnswer)> {
        let (id, rx) = self.pending.as_ref()?;
        let answer = match rx.try_recv() {
            Ok(answer) => answer,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => DialogAnswer::Unavailable(msg!("ui-dialog-failed")),
        };
        let id = *id;
        self.pending = None;
        Some((id, answer))
    }

    #[must_use]
    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }
}

/// Blocks until the user answers (call off the UI thread). rfd gives `None` for both "cancelled"
/// and "could not show"; [`backend_available`] has ruled out the obvious second case beforehand.
fn show(req: DialogRequest) -> DialogAnswer {
    let dialog = |title: String, dir: Option<PathBuf>| {
        let d = rfd::FileDialog::new().set_title(title);
        match dir {
            Some(dir) => d.set_directory(dir),
            None => d,
        }
    };
    let picked = match req {
        DialogRequest::OpenFile {
            title,
            filters,
            start_dir,
        } => filters
            .iter()
            .fold(dialog(title, start_dir), |d, (name, exts)| {
                d.add_filter(name, exts.as_slice())
            })
            .pick_files(),
        DialogRequest::PickFolder { title, start_dir } => {
            dialog(title, start_dir).pick_folder().map(|p| vec![p])
        }
        DialogRequest::SaveFile {
            title,
            file_name,
            start_dir,
        } => dialog(title, start_dir)
            .set_file_name(file_name)
            .save_file()
            .map(|p| vec![p]),
    };
    picked
        .filter(|p| !p.is_empty())
        .map_or(DialogAnswer::Cancelled, DialogAnswer::Picked)
}

/// Windows and macOS always have a native dialog. Elsewhere rfd asks the xdg-desktop-portal over
/// the D-Bus session bus and falls back to `zenity`, so see [`unix_backend_available`].
#[must_use]
pub fn backend_available() -> bool {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    unix_backend_available(|name| std::env::var_os(name))
}

/// A cheap, honest heuristic: a session bus is reachable (see [`session_bus`]), or `zenity` is on
/// `PATH`. It cannot see whether the bus actually runs a portal; if it does not and zenity is
/// missing, rfd answers `None`, which reads as "cancelled" — drag-and-drop still works.
fn unix_backend_available(env: impl Fn(&str) -> Option<OsString>) -> bool {
    let zenity = env("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|dir| dir.join("zenity").is_file()));
    session_bus(&env) || zenity
}

/// A D-Bus session bus is reachable, where the desktop portal (file dialogs, the colour scheme)
/// would answer: `DBUS_SESSION_BUS_ADDRESS` is set, or the standard socket
/// `$XDG_RUNTIME_DIR/bus` exists.
#[must_use]
pub fn session_bus_available() -> bool {
    session_bus(&|name| std::env::var_os(name))
}

fn session_bus(env: &impl Fn(&str) -> Option<OsString>) -> bool {
    env("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty())
        || env("XDG_RUNTIME_DIR")
            .is_some_and(|d| !d.is_empty() && Path::new(&d).join("bus").exists())
}

/// The user's Downloads folder (else their home folder), where exports go unless another was
/// chosen.
#[must_use]
pub fn downloads_dir() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(
        dirs.download_dir()
            .unwrap_or_else(|| dirs.home_dir())
            .to_path_buf(),
    )
}

/// Opens an `https://` address in the system browser (the sign-in of *Check in Entra*).
pub fn open_url(url: &str) -> Result<(), Msg> {
    if !url.starts_with("https://") {
        return Err(msg!("ui-browser-failed", error = "not https", url));
    }
    // Windows: `rundll32 url.dll,FileProtocolHandler` takes the address as one argument (no
    // shell, so `&` in the query is not a command separator, as it would be for `cmd /c start`).
    let (program, args): (&str, &[&str]) = if cfg!(target_os = "windows") {
        ("rundll32", &["url.dll,FileProtocolHandler"])
    } else if cfg!(target_os = "macos") {
        ("open", &[])
    } else {
        ("xdg-open", &[])
    };
    match std::process::Command::new(program)
        .args(args)
        .arg(url)
        .spawn()
    {
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
            Ok(())
        }
        Err(e) => Err(msg!("ui-browser-failed", error = e.to_string(), url)),
    }
}

/// Opens `folder` in the desktop's file manager; `Err` says why not, and where the folder is.
pub fn open_folder(folder: &Path) -> Result<(), Msg> {
    let program = if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    open_folder_with(program, folder)
}

fn open_folder_with(program: &str, folder: &Path) -> Result<(), Msg> {
    let folder_text = folder.display().to_string();
    if !folder.is_dir() {
        return Err(msg!("ui-folder-gone", folder = folder_text));
    }
    match std::process::Command::new(program).arg(folder).spawn() {
        Ok(mut child) => {
            // Reaped off the UI thread; the file manager's own errors are its to show.
            std::thread::spawn(move || child.wait());
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(msg!("ui-folder-no-opener", program, folder = folder_text))
        }
        Err(e) => Err(msg!(
            "ui-folder-failed",
            error = e.to_string(),
            folder = folder_text
        )),
    }
}

/// What the app remembers between runs: window size, folders, recent metadata files, section.
///
/// Never keys, passwords, certificates or file contents: there are deliberately no fields for
/// them, and a test pins the serialised keys.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub window_size: Option<[f32; 2]>,
    pub last_open_dir: Option<PathBuf>,
    pub last_export_dir: Option<PathBuf>,
    /// Newest first, at most 8, no duplicates (see [`Settings::remember_metadata`]).
    pub recent_metadata: Vec<PathBuf>,
    /// Metadata URLs fetched (public addresses), newest first, at most 8, no duplicates.
    pub recent_urls: Vec<String>,
    /// `"secure"` or `"public"`.
    pub section: Option<String>,
    /// Light, dark, or the system's.
    pub theme: ThemeChoice,
    /// The language chosen in the window; `None` follows the operating system (so does a
    /// language this version does not have, say from a newer one: the other settings stay).
    #[serde(deserialize_with = "known_language")]
    pub language: Option<crate::core::i18n::Lang>,
    /// The Application (client) ID of the admin's public client app for *Check in Entra* (an
    /// identifier, not a secret; the token it signs in with is never stored).
    pub entra_client_id: Option<String>,
}

fn known_language<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<crate::core::i18n::Lang>, D::Error> {
    // Any JSON value is read whole (so the fields after it still parse); only a known code counts.
    let value = serde_json::Value::deserialize(d)?;
    Ok(crate::core::i18n::Lang::ALL
        .into_iter()
        .find(|l| value.as_str() == Some(l.code())))
}

impl Settings {
    /// `settings.json` in `$TOPDESK_SSO_CONFIG_DIR`, or else in the per-user config folder.
    #[must_use]
    pub fn path() -> Option<PathBuf> {
        config_path(std::env::var_os(CONFIG_DIR_ENV))
    }

    /// Missing or unreadable settings give the defaults.
    #[must_use]
    pub fn load() -> Self {
        Self::path().map_or_else(Self::default, |p| Self::load_from(&p))
    }

    /// A missing or corrupt file gives the defaults; the file is left as it is (the next save
    /// replaces it).
    #[must_use]
    pub fn load_from(path: &Path) -> Self {
        fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Atomic: writes a temporary file beside `path`, then renames it over `path`.
    pub fn save_to(&self, path: &Path) -> Result<(), String> {
        let fail = |what: &str, e: &dyn std::fmt::Display| {
            format!("Cannot {what} {}: {e}", path.display())
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir).map_err(|e| fail("create the folder for", &e))?;
        }
        let json = serde_json::to_vec_pretty(self).map_err(|e| fail("serialise", &e))?;
        let mut tmp_name = path.file_name().unwrap_or_default().to_os_string();
        tmp_name.push(format!(".{}.tmp", std::process::id()));
        let tmp = path.with_file_name(tmp_name);
        let written = fs::File::create(&tmp)
            .and_then(|mut f| f.write_all(&json).and_then(|()| f.sync_all()))
            .and_then(|()| fs::rename(&tmp, path));
        written.map_err(|e| {
            let _ = fs::remove_file(&tmp);
            fail("save settings to", &e)
        })
    }

    /// Puts `path` first in the recent list, dropping an older copy and anything past 8.
    pub fn remember_metadata(&mut self, path: &Path) {
        remember(&mut self.recent_metadata, path.to_path_buf());
    }

    /// Takes `path` out of the recent metadata files (one judged manipulated).
    pub fn forget_metadata(&mut self, path: &Path) {
        self.recent_metadata.retain(|p| p != path);
    }

    /// Puts `url` first in the recent addresses, as [`Settings::remember_metadata`] does.
    pub fn remember_url(&mut self, url: &str) {
        remember(&mut self.recent_urls, url.to_owned());
    }
}

/// Puts `item` first in `list`, dropping an older copy and anything past [`MAX_RECENT`].
fn remember<T: PartialEq>(list: &mut Vec<T>, item: T) {
    list.retain(|p| *p != item);
    list.insert(0, item);
    list.truncate(MAX_RECENT);
}

fn config_path(override_dir: Option<OsString>) -> Option<PathBuf> {
    let dir = match override_dir.filter(|d| !d.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => directories::ProjectDirs::from("net", "topdesk-sso", "TOPdesk SSO Assistant")?
            .config_dir()
            .to_path_buf(),
    };
    Some(dir.join("settings.json"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn filled() -> Settings {
        let mut s = Settings {
            window_size: Some([1024.0, 768.0]),
            last_open_dir: Some("/home/a".into()),
            last_export_dir: Some("/tmp/out".into()),
            section: Some("public".into()),
            entra_client_id: Some("0c1d2e3f-4a5b-4c6d-8e7f-001122334455".into()),
            ..Settings::default()
        };
        s.remember_metadata(Path::new("/home/a/idp.xml"));
        s.remember_url("https://acme.topdesk.net/saml-metadata/1");
        s
    }

    #[test]
    fn round_trip_is_atomic_and_creates_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/settings.json");
        filled().save_to(&path).unwrap();
        assert_eq!(Settings::load_from(&path), filled());
        assert_eq!(
            fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1,
            "no temporary file left behind"
        );
        Settings::default().save_to(&path).unwrap();
        assert_eq!(Settings::load_from(&path), Settings::default());
    }

    #[test]
    fn missing_or_corrupt_gives_defaults_and_leaves_the_file() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            Settings::load_from(&dir.path().join("nope.json")),
            Settings::default()
        );
        let path = dir.path().join("settings.json");
        fs::write(&path, b"{\"window_size\": [1, oops").unwrap();
        assert_eq!(Settings::load_from(&path), Settings::default());
        assert_eq!(fs::read(&path).unwrap(), b"{\"window_size\": [1, oops");
        fs::write(&path, br#"{"section": "secure", "unknown": 1}"#).unwrap();
        assert_eq!(
            Settings::load_from(&path).section.as_deref(),
            Some("secure"),
            "partial files keep what they have"
        );
        // A language this version does not have (or not a string) follows the system; the rest
        // of the file still counts.
        for language in [r#""fr""#, "42", r#""NL""#, r#"{"a": [1, 2]}"#, "null"] {
            fs::write(
                &path,
                format!(r#"{{"language": {language}, "section": "public"}}"#),
            )
            .unwrap();
            let s = Settings::load_from(&path);
            assert_eq!((s.section.as_deref(), s.language), (Some("public"), None));
        }
        fs::write(&path, br#"{"language": "de"}"#).unwrap();
        assert_eq!(
            Settings::load_from(&path).language,
            Some(crate::core::i18n::Lang::De)
        );
    }

    #[test]
    fn only_the_listed_keys_are_stored() {
        let json: serde_json::Value = serde_json::to_value(filled()).unwrap();
        let mut keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "entra_client_id",
                "language",
                "last_export_dir",
                "last_open_dir",
                "recent_metadata",
                "recent_urls",
                "section",
                "theme",
                "window_size"
            ]
        );
    }

    #[test]
    fn recent_files_are_newest_first_unique_and_capped() {
        let mut s = Settings::default();
        for i in 0..10 {
            s.remember_metadata(Path::new(&format!("/m/{i}.xml")));
        }
        s.remember_metadata(Path::new("/m/5.xml"));
        let names: Vec<String> = s
            .recent_metadata
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        assert_eq!(
            names,
            [
                "/m/5.xml", "/m/9.xml", "/m/8.xml", "/m/7.xml", "/m/6.xml", "/m/4.xml", "/m/3.xml",
                "/m/2.xml"
            ]
        );
    }

    #[test]
    fn only_https_addresses_are_opened_in_the_browser() {
        let why = open_url("file:///etc/passwd").unwrap_err().to_string();
        assert!(why.contains("file:///etc/passwd"), "{why}");
    }

    #[test]
    fn open_folder_says_why_it_cannot() {
        let dir = tempfile::tempdir().unwrap();
        let why = open_folder_with("no-such-file-manager-here", dir.path())
            .unwrap_err()
            .to_string();
        assert!(
            why.contains("no-such-file-manager-here is not installed")
                && why.contains(&dir.path().display().to_string()),
            "{why}"
        );
        let gone = dir.path().join("gone");
        let why = open_folder_with("true", &gone).unwrap_err().to_string();
        assert!(why.contains("no longer exists"), "{why}");
        // `true` stands for a file manager that starts (Unix only).
        #[cfg(unix)]
        assert_eq!(open_folder_with("true", dir.path()), Ok(()));
    }

    #[test]
    fn exports_go_to_downloads_by_default() {
        if let Some(dir) = downloads_dir() {
            assert!(dir.is_absolute(), "{}", dir.display());
        }
    }

    #[test]
    fn config_dir_can_be_overridden() {
        assert_eq!(
            config_path(Some("/tmp/cfg".into())),
            Some(PathBuf::from("/tmp/cfg/settings.json"))
        );
        if let Some(p) = config_path(Some(OsString::new())) {
            assert!(p.ends_with("settings.json") && p != Path::new("settings.json"));
        }
    }

    #[test]
    fn dialog_backend_heuristic() {
        let dir = tempfile::tempdir().unwrap();
        let env = |pairs: Vec<(&'static str, OsString)>| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.clone())
            }
        };
        assert!(!unix_backend_available(env(vec![])));
        assert!(!unix_backend_available(env(vec![
            ("PATH", dir.path().into()),
            ("XDG_RUNTIME_DIR", dir.path().into())
        ])));
        assert!(unix_backend_available(env(vec![(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/run/user/1/bus".into()
        )])));
        fs::write(dir.path().join("bus"), b"").unwrap();
        assert!(unix_backend_available(env(vec![(
            "XDG_RUNTIME_DIR",
            dir.path().into()
        )])));
        fs::remove_file(dir.path().join("bus")).unwrap();
        fs::write(dir.path().join("zenity"), b"").unwrap();
        let zenity_only = env(vec![("PATH", dir.path().into())]);
        assert!(unix_backend_available(&zenity_only));
        // zenity shows dialogs, but only a session bus has a portal to ask for the colour scheme.
        assert!(!session_bus(&zenity_only));
        assert!(session_bus(&env(vec![(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/run/user/1/bus".into()
        )])));
    }

    fn wait(dialogs: &mut Dialogs) -> (DialogId, DialogAnswer) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(answer) = dialogs.poll() {
                return answer;
            }
            assert!(Instant::now() < deadline, "no answer");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    #[test]
    fn one_dialog_at_a_time_and_the_answer_comes_back_tagged() {
        let ctx = egui::Context::default();
        let mut dialogs = Dialogs::new();
        let (release, wait_for_release) = mpsc::channel::<()>();
        assert!(dialogs.start(7, &ctx, move || {
            let _ = wait_for_release.recv();
            DialogAnswer::Picked(vec!["/a.xml".into(), "/b.xml".into()])
        }));
        assert!(dialogs.is_open());
        assert!(
            !dialogs.start(8, &ctx, || DialogAnswer::Cancelled),
            "second dialog refused"
        );
        assert_eq!(dialogs.poll(), None);
        release.send(()).unwrap();
        assert_eq!(
            wait(&mut dialogs),
            (
                7,
                DialogAnswer::Picked(vec!["/a.xml".into(), "/b.xml".into()])
            )
        );
        assert!(!dialogs.is_open());
        assert!(dialogs.start(9, &ctx, || panic!("backend crashed")));
        assert!(matches!(
            wait(&mut dialogs),
            (9, DialogAnswer::Unavailable(_))
        ));
    }
}
