//! The Entra signing certificates seen before, per tenant: public data (SHA-1 thumbprints),
//! kept beside the settings (`signers.json`), never keys.
//!
//! A metadata file signed with one of its own listed certificates proves only that it was not
//! changed since; anyone can make such a file. What a single file cannot show, a history can:
//! a later file for the same tenant signed by a certificate never seen before is worth a
//! warning, unless an earlier file announced that certificate (Entra lists the new certificate
//! beside the active one during a rollover).

use std::collections::BTreeMap;
use std::path::Path;

use super::check::Report;
use super::entra::IdpSummary;
use super::findings::{About, Code, Finding};

/// Tenants and thumbprints kept (the oldest are forgotten first).
const MAX_TENANTS: usize = 64;
const MAX_THUMBPRINTS: usize = 32;
/// A history file larger than this is ignored (a real one is a few KiB).
const MAX_FILE_BYTES: usize = 1024 * 1024;

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SignerHistory {
    /// Tenant GUID → what was seen for it, in the order it was first seen.
    tenants: BTreeMap<String, Tenant>,
    /// Tenants in the order they were last used (for forgetting the oldest).
    #[serde(default)]
    order: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
struct Tenant {
    /// Certificates that signed a file for this tenant.
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

/// The tenant and signer of a file with a valid signature.
fn signed(idp: &IdpSummary) -> Option<(&str, &str)> {
    let tenant = idp.tenant_id.as_deref()?;
    let signer = idp.certificates.iter().find(|c| c.active)?;
    Some((tenant, signer.info.sha1_thumbprint.as_str()))
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

    /// What the history says about the signer of `idp` (`None`: first file for the tenant, a
    /// signer seen before, or no valid signature).
    #[must_use]
    pub fn judge(&self, idp: &IdpSummary) -> Option<Finding> {
        let (tenant, signer) = signed(idp)?;
        let seen = self.tenants.get(tenant)?;
        if seen.signers.iter().any(|s| s == signer) {
            return None;
        }
        let mut f = if seen.listed.iter().any(|s| s == signer) {
            Finding::new(
                Code::SignerAnnounced,
                format!(
                    "This file is signed by certificate {signer}, which an earlier federation metadata file of this tenant already listed: Entra has switched to the new certificate (a rollover)."
                ),
                "Nothing to do if you activated the new certificate in Entra; upload this file so TOPdesk trusts the new certificate.",
            )
        } else {
            Finding::new(
                Code::SignerNew,
                format!(
                    "This file is signed by certificate {signer}, which this assistant has never seen for tenant {tenant} (earlier files were signed by {}) and which no earlier file announced.",
                    seen.signers.join(", ")
                ),
                "Compare the thumbprint with the Entra app's SAML Certificates page. If it is not there, do not use this file; download Federation Metadata XML from the Entra app yourself.",
            )
        };
        f.about = About::Idp;
        Some(f)
    }

    /// Remembers the signer and the listed certificates of a file with a valid signature.
    pub fn remember(&mut self, idp: &IdpSummary) {
        let Some((tenant, signer)) = signed(idp) else {
            return;
        };
        let entry = self.tenants.entry(tenant.to_owned()).or_default();
        push_capped(&mut entry.signers, signer);
        for c in idp.certificates.iter().filter(|c| c.listed_in.saml_role) {
            push_capped(&mut entry.listed, &c.info.sha1_thumbprint);
        }
        self.order.retain(|t| t != tenant);
        self.order.push(tenant.to_owned());
        while self.order.len() > MAX_TENANTS {
            let oldest = self.order.remove(0);
            self.tenants.remove(&oldest);
        }
    }

    /// Adds to `report` what the history kept at `path` says about its Entra file, then
    /// remembers that file's signer there (the CLI's `--signers FILE`, the wizard's
    /// `signers.json` beside its settings).
    pub fn apply(path: &Path, report: &mut Report) {
        if let Some(finding) = report
            .idp
            .as_ref()
            .and_then(|idp| Self::judge_and_remember(path, idp))
        {
            report.add(finding);
        }
    }

    /// Judges `idp` against the history kept at `path`, then remembers it there. Failing to save
    /// is not the admin's problem: the check goes on without it.
    #[must_use]
    pub fn judge_and_remember(path: &Path, idp: &IdpSummary) -> Option<Finding> {
        let mut history = Self::load(path);
        let finding = history.judge(idp);
        let before = history.clone();
        history.remember(idp);
        if history != before {
            let _ = history.save(path);
        }
        finding
    }
}
