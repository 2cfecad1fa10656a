//! The Entra signing certificates seen before, per Entra tenant and app: public data (SHA-1
//! thumbprints), kept beside the settings (`signers.json`), never keys.
//!
//! A metadata file signed with one of its own listed certificates proves only that it was not
//! changed since; anyone can make such a file. What a single file cannot show, a history can: a
//! later file for the same app signed by a certificate never seen before is worth a warning,
//! unless an earlier file announced that certificate (Entra lists the new certificate beside
//! the active one during a rollover). The app is the TOPdesk Identifier (the SP entityID) the
//! Entra enterprise app was made for.
//!
//! Judging never changes the history; a file is remembered only once the admin used it (a
//! bundle exported), so a warning cannot vanish on the next re-check, and a forged file that
//! was checked but not used cannot announce its own successors.
//!
//! The file is never silently reset: one that cannot be read (corrupt, too large, not a file)
//! is a finding ([`Code::SignerHistoryUnreadable`]) and is left as it is, since starting
//! afresh would quietly trust whichever certificate signs the next file. An update holds a lock
//! (`signers.json.lock` beside it) while it reads, changes and writes the file, and writes a
//! temporary file of its own that is flushed to disk and then renamed over the old one, so
//! several running instances neither corrupt the file nor lose each other's updates.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::check::Report;
use super::entra::IdpSummary;
use super::file::ReadError;
use super::findings::{About, Code, Finding};
use crate::core::i18n::Msg;
use crate::msg;

/// Apps and thumbprints kept (the oldest are forgotten first).
const MAX_APPS: usize = 64;
const MAX_THUMBPRINTS: usize = 32;
/// A history file larger than this is not read (a real one is a few KiB): it is reported.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
/// How long an update waits for another instance that is updating the history; after that,
/// this one's signer is not remembered.
pub const LOCK_WAIT: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SignerHistory {
    /// `<tenant GUID> <TOPdesk Identifier>` → what was seen for that app.
    apps: BTreeMap<String, Seen>,
    /// Apps in the order they were last used (for forgetting the oldest).
    #[serde(default)]
    order: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Seen {
    /// Certificates that signed a file used for this app.
    signers: Vec<String>,
    /// Certificates listed for the SAML role in those files (announced ones included).
    listed: Vec<String>,
}

fn push_capped(list: &mut Vec<String>, item: &str) {
    if !list.iter().any(|t| t == item) {
        list.push(item.to_owned());
        if list.len() > MAX_THUMBPRINTS {
            list.remove(0);
        }
    }
}

/// The app key and the signer of a report whose Entra file has a valid signature.
fn signed(report: &Report) -> Option<(String, &str)> {
    let idp = report.idp.as_ref()?;
    let tenant = idp.tenant_id.as_deref()?;
    let sp = report.sp.as_ref()?;
    let signer = idp.certificates.iter().find(|c| c.active)?;
    Some((
        format!("{tenant} {}", sp.entity_id),
        signer.info.sha1_thumbprint.as_str(),
    ))
}

/// `path` with `suffix` added to its file name (`signers.json` → `signers.json.lock`).
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Holds the history's lock file locked (released when dropped), waiting at most [`LOCK_WAIT`]
/// for another instance; `Err` when that instance still holds it then. A file system without
/// locks gives `Ok(None)`: no lock (the rename still keeps the file whole).
fn lock(path: &Path) -> Result<Option<std::fs::File>, Msg> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = std::fs::create_dir_all(dir);
    }
    let Ok(file) = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(beside(path, ".lock"))
    else {
        return Ok(None);
    };
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Some(file)),
            Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => {
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(std::fs::TryLockError::WouldBlock) => return Err(msg!("history-busy")),
            Err(std::fs::TryLockError::Error(_)) => return Ok(None),
        }
    }
}

impl SignerHistory {
    /// Reads the history: a missing file is an empty history; one that cannot be read (too
    /// large, not a regular file, not a history) is the one-line reason.
    pub fn load(path: &Path) -> Result<Self, Msg> {
        let bytes = match super::file::read_limited(path, MAX_FILE_BYTES) {
            Ok(bytes) => bytes,
            Err(ReadError::Open(e)) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Self::default());
            }
            Err(e) => return Err(Msg::shown(e)),
        };
        serde_json::from_slice(&bytes)
            .map_err(|e| msg!("history-not-a-history", why = e.to_string()))
    }

    /// Writes the history: a temporary file of this writer's own beside it, flushed to disk,
    /// then renamed over `path` (readers see the old file or the new one, never a mix).
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        static WRITES: AtomicU64 = AtomicU64::new(0);
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let json = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        let n = WRITES.fetch_add(1, Ordering::Relaxed);
        let tmp = beside(path, &format!(".{}-{n}.tmp", std::process::id()));
        let written = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .and_then(|mut f| f.write_all(&json).and_then(|()| f.sync_all()))
            .and_then(|()| std::fs::rename(&tmp, path));
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        written
    }

    /// Reads, changes and writes the history at `path` under its lock. Nothing is written when
    /// the file cannot be read (it stays as it is), when another instance holds the lock past
    /// [`LOCK_WAIT`], or when nothing changed.
    fn update_at(path: &Path, change: impl FnOnce(&mut Self)) -> Result<(), Msg> {
        let _lock = lock(path)?;
        let mut history = Self::load(path)?;
        let before = history.clone();
        change(&mut history);
        if history != before {
            history.save(path).map_err(Msg::shown)?;
        }
        Ok(())
    }

    /// What the history says about the signer of the report's Entra file (`None`: the first
    /// file used for this app, a signer seen before, no valid signature, or no TOPdesk file to
    /// name the app).
    #[must_use]
    pub fn judge(&self, report: &Report) -> Option<Finding> {
        let (app, signer) = signed(report)?;
        let seen = self.apps.get(&app)?;
        if seen.signers.iter().any(|s| s == signer) {
            return None;
        }
        let mut f = if seen.listed.iter().any(|s| s == signer) {
            Finding::new(
                Code::SignerAnnounced,
                msg!("history-signer-announced", signer),
                msg!("history-signer-announced-fix"),
            )
        } else {
            Finding::new(
                Code::SignerNew,
                msg!(
                    "history-signer-new",
                    signer,
                    before = seen.signers.join(", ")
                ),
                msg!("history-signer-new-fix"),
            )
        };
        f.about = About::Idp;
        Some(f)
    }

    /// Remembers the signer and the listed certificates of a report's Entra file.
    pub fn remember(&mut self, report: &Report) {
        let Some((app, signer)) = signed(report) else {
            return;
        };
        let entry = self.apps.entry(app.clone()).or_default();
        push_capped(&mut entry.signers, signer);
        for c in report.idp.iter().flat_map(IdpSummary::saml_certs) {
            push_capped(&mut entry.listed, &c.info.sha1_thumbprint);
        }
        self.order.retain(|t| *t != app);
        self.order.push(app);
        while self.order.len() > MAX_APPS {
            let oldest = self.order.remove(0);
            self.apps.remove(&oldest);
        }
    }

    /// Adds to `report` what the history kept at `path` says (the history is not changed). A
    /// history that cannot be read is itself the finding, when the report has a signer to judge.
    pub fn judge_at(path: &Path, report: &mut Report) {
        let finding = match Self::load(path) {
            Ok(history) => history.judge(report),
            Err(why) => signed(report).is_some().then(|| {
                let mut f = Finding::new(
                    Code::SignerHistoryUnreadable,
                    msg!("history-unreadable", path = path.display().to_string(), why),
                    msg!("history-unreadable-fix"),
                );
                f.about = About::Idp;
                f
            }),
        };
        if let Some(finding) = finding {
            report.add(finding);
        }
    }

    /// Remembers the report's Entra signer in the history at `path`: called once the files were
    /// used (a bundle exported). Failing to save is not the admin's problem (a history that
    /// cannot be read was reported when the files were judged, and is left as it is).
    pub fn remember_at(path: &Path, report: &Report) {
        let _ = Self::update_at(path, |history| history.remember(report));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Several writers at once (each its own app, through the same lock and rename as
    /// `remember_at`): the file is whole afterwards and holds every app. Bounded by
    /// [`LOCK_WAIT`] per writer.
    #[test]
    fn concurrent_writers_neither_corrupt_nor_lose_updates() {
        const WRITERS: usize = 8;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("signers.json");
        let start = Instant::now();
        std::thread::scope(|scope| {
            for i in 0..WRITERS {
                let path = &path;
                scope.spawn(move || {
                    for round in 0..5 {
                        SignerHistory::update_at(path, |h| {
                            let app = format!("tenant app-{i}");
                            let seen = h.apps.entry(app.clone()).or_default();
                            push_capped(&mut seen.signers, &format!("{round:040}"));
                            h.order.retain(|a| *a != app);
                            h.order.push(app);
                        })
                        .unwrap();
                    }
                });
            }
        });
        assert!(start.elapsed() < LOCK_WAIT, "{:?}", start.elapsed());
        let history = SignerHistory::load(&path).unwrap();
        assert_eq!(history.apps.len(), WRITERS, "{history:?}");
        assert!(history.apps.values().all(|s| s.signers.len() == 5));
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| Some(e.ok()?.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    /// A history that cannot be read is never replaced by an update.
    #[test]
    fn an_unreadable_history_is_left_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("signers.json");
        std::fs::write(&path, "{\"apps\": {").unwrap();
        let why = SignerHistory::update_at(&path, |h| h.order.push("x".into()))
            .unwrap_err()
            .to_string();
        assert!(why.contains("not a signer history"), "{why}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "{\"apps\": {");
    }

    /// Another instance that keeps the lock makes an update give up after [`LOCK_WAIT`],
    /// without writing.
    #[test]
    fn a_held_lock_is_waited_for_a_bounded_time() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("signers.json");
        let held = lock(&path).unwrap();
        assert!(held.is_some(), "this file system has locks");
        let start = Instant::now();
        let why = SignerHistory::update_at(&path, |h| h.order.push("x".into()))
            .unwrap_err()
            .to_string();
        let took = start.elapsed();
        assert!(took >= LOCK_WAIT && took < LOCK_WAIT * 2, "{took:?}");
        assert!(why.contains("another instance"), "{why}");
        assert!(!path.exists());
    }
}
