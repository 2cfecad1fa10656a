//! What changed between two versions of the Entra federation metadata (the one TOPdesk has, and
//! the one Entra serves now), and whether the admin must act: a certificate rollover is safe only
//! when TOPdesk has the file listing the new certificate *before* Entra signs with it.

use super::check::Report;
use super::entra::{IdpSummary, SigningCert};
use super::findings::Severity;
use crate::core::i18n::Msg;
use crate::msg;

/// One signing certificate, as the comparison shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CertLine {
    pub sha1_thumbprint: String,
    pub label: String,
    #[serde(with = "time::serde::rfc3339")]
    pub not_after: time::OffsetDateTime,
    /// This certificate signed the file it is listed in (Entra's active one).
    pub signs: bool,
}

/// A value that differs between the two files.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    /// Which value (stable, English: JSON): `entity ID`, `tenant`, `sign-in URL`, `logout URL`.
    pub what: &'static str,
    pub old: String,
    pub new: String,
}

impl Change {
    /// Which value, for people (said in the reader's language when shown).
    #[must_use]
    pub fn label(&self) -> Msg {
        match self.what {
            "entity ID" => msg!("diff-what-entity-id"),
            "tenant" => msg!("diff-what-tenant"),
            "sign-in URL" => msg!("diff-what-sign-in-url"),
            "logout URL" => msg!("diff-what-logout-url"),
            other => Msg::verbatim(other),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MetadataDiff {
    /// Listed for the SAML role only in the new file.
    pub added: Vec<CertLine>,
    /// Listed only in the old file.
    pub removed: Vec<CertLine>,
    /// Listed in both (as the new file shows them).
    pub kept: Vec<CertLine>,
    /// Entity ID, tenant, sign-in and logout URLs that changed.
    pub changes: Vec<Change>,
    /// Something must be done (exit 1 in the CLI).
    pub action_needed: bool,
    /// The verdict in plain words, with what to do.
    pub verdict: Msg,
}

fn saml_certs(idp: &IdpSummary) -> Vec<&SigningCert> {
    idp.saml_certs().collect()
}

fn line(c: &SigningCert) -> CertLine {
    CertLine {
        sha1_thumbprint: c.info.sha1_thumbprint.clone(),
        label: c.info.label().to_owned(),
        not_after: c.info.not_after,
        signs: c.active,
    }
}

fn joined(endpoints: &[super::metadata::Endpoint]) -> String {
    let mut urls: Vec<&str> = endpoints.iter().map(|e| e.location.as_str()).collect();
    urls.sort_unstable();
    urls.dedup();
    urls.join(" ")
}

/// Compares the Entra side of two reports (each from checking one federation metadata file).
/// `None` when either has no Entra metadata to compare.
#[must_use]
pub fn diff(old: &Report, new: &Report) -> Option<MetadataDiff> {
    let (o, n) = (old.idp.as_ref()?, new.idp.as_ref()?);
    let (old_certs, new_certs) = (saml_certs(o), saml_certs(n));
    let in_old = |c: &SigningCert| old_certs.iter().any(|x| x.info.der == c.info.der);
    let in_new = |c: &SigningCert| new_certs.iter().any(|x| x.info.der == c.info.der);
    let added: Vec<CertLine> = new_certs
        .iter()
        .filter(|c| !in_old(c))
        .map(|c| line(c))
        .collect();
    let removed: Vec<CertLine> = old_certs
        .iter()
        .filter(|c| !in_new(c))
        .map(|c| line(c))
        .collect();
    let kept: Vec<CertLine> = new_certs
        .iter()
        .filter(|c| in_old(c))
        .map(|c| line(c))
        .collect();

    let mut changes = Vec::new();
    let mut compare = |what, a: String, b: String| {
        if a != b {
            changes.push(Change {
                what,
                old: a,
                new: b,
            });
        }
    };
    compare("entity ID", o.entity_id.clone(), n.entity_id.clone());
    compare(
        "tenant",
        o.tenant_id.clone().unwrap_or_default(),
        n.tenant_id.clone().unwrap_or_default(),
    );
    compare("sign-in URL", joined(&o.sso), joined(&n.sso));
    compare("logout URL", joined(&o.slo), joined(&n.slo));

    let new_signer = new_certs.iter().find(|c| c.active);
    let errors = new.findings.iter().any(|f| f.severity == Severity::Error);
    let (action_needed, verdict) = if errors {
        (true, msg!("diff-new-has-errors"))
    } else if changes
        .iter()
        .any(|c| c.what == "entity ID" || c.what == "tenant")
    {
        (true, msg!("diff-other-app"))
    } else if let Some(signer) = new_signer.filter(|s| !in_old(s)) {
        (
            true,
            msg!(
                "diff-new-signer",
                thumbprint = signer.info.sha1_thumbprint.as_str()
            ),
        )
    } else if let Some(first) = added.first() {
        (
            true,
            msg!(
                "diff-new-cert-announced",
                thumbprint = first.sha1_thumbprint.as_str()
            ),
        )
    } else if !changes.is_empty() {
        (true, msg!("diff-urls-changed"))
    } else if let Some(unused) = removed.iter().find(|c| {
        // Did not sign the old file, and valid longer than every certificate that stays: a
        // prepared successor, not a retired certificate.
        !c.signs && !kept.is_empty() && kept.iter().all(|k| c.not_after > k.not_after)
    }) {
        (
            false,
            msg!(
                "diff-unused-cert-removed",
                thumbprint = unused.sha1_thumbprint.as_str()
            ),
        )
    } else if !removed.is_empty() {
        (false, msg!("diff-old-cert-removed"))
    } else {
        (false, msg!("diff-nothing-changed"))
    };
    Some(MetadataDiff {
        added,
        removed,
        kept,
        changes,
        action_needed,
        verdict,
    })
}
