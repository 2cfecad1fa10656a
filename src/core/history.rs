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

use std::collections::BTreeMap;
use std::path::Path;

use super::check::Report;
use super::findings::{About, Code, Finding};
use crate::tr;

/// Apps and thumbprints kept (the oldest are forgotten first).
const MAX_APPS: usize = 64;
const MAX_THUMBPRINTS: usize = 32;
/// A history file larger than this is ignored (a real one is a few KiB).
const MAX_FILE_BYTES: usize = 1024 * 1024;

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

impl SignerHistory {
    /// Reads the history; a missing, oversized or corrupt file is an empty history.
    #[must_use]
    pub fn load(path: &Path) -> Self {
        super::file::read_limited(path, MAX_FILE_BYTES)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Writes the history atomically (a temporary file beside it, then a rename).
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let tmp = path.with_extension("json.tmp");
        std::fs::write(
            &tmp,
            serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?,
        )?;
        std::fs::rename(&tmp, path)
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
                tr!("history-signer-announced", signer),
                tr!("history-signer-announced-fix"),
            )
        } else {
            Finding::new(
                Code::SignerNew,
                tr!(
                    "history-signer-new",
                    signer,
                    before = seen.signers.join(", ")
                ),
                tr!("history-signer-new-fix"),
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
        let listed = report.idp.iter().flat_map(|idp| &idp.certificates);
        for c in listed.filter(|c| c.listed_in.saml_role) {
            push_capped(&mut entry.listed, &c.info.sha1_thumbprint);
        }
        self.order.retain(|t| *t != app);
        self.order.push(app);
        while self.order.len() > MAX_APPS {
            let oldest = self.order.remove(0);
            self.apps.remove(&oldest);
        }
    }

    /// Adds to `report` what the history kept at `path` says (the history is not changed).
    pub fn judge_at(path: &Path, report: &mut Report) {
        if let Some(finding) = Self::load(path).judge(report) {
            report.add(finding);
        }
    }

    /// Remembers the report's Entra signer in the history at `path`: called once the files were
    /// used (a bundle exported). Failing to save is not the admin's problem.
    pub fn remember_at(path: &Path, report: &Report) {
        let mut history = Self::load(path);
        let before = history.clone();
        history.remember(report);
        if history != before {
            let _ = history.save(path);
        }
    }
}
