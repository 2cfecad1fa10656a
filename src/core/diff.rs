//! What changed between two versions of the Entra federation metadata (the one TOPdesk has, and
//! the one Entra serves now), and whether the admin must act: a certificate rollover is safe only
//! when TOPdesk has the file listing the new certificate *before* Entra signs with it.

use super::check::Report;
use super::entra::{IdpSummary, SigningCert};
use super::findings::Severity;

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
    pub what: &'static str,
    pub old: String,
    pub new: String,
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
    pub verdict: String,
}

fn saml_certs(idp: &IdpSummary) -> Vec<&SigningCert> {
    idp.certificates
        .iter()
        .filter(|c| c.listed_in.saml_role)
        .collect()
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
        (
            true,
            "The new file has errors of its own (see its findings): fix those before uploading it."
                .to_owned(),
        )
    } else if changes
        .iter()
        .any(|c| c.what == "entity ID" || c.what == "tenant")
    {
        (
            true,
            "The two files belong to different Entra apps or tenants: check that the new file is the Federation Metadata XML of the app TOPdesk uses.".to_owned(),
        )
    } else if let Some(signer) = new_signer.filter(|s| !in_old(s)) {
        (
            true,
            format!(
                "Entra now signs with certificate {}, which the file TOPdesk has does not list: logins fail until you upload the new file to TOPdesk. Do it now.",
                signer.info.sha1_thumbprint
            ),
        )
    } else if let Some(first) = added.first() {
        (
            true,
            format!(
                "Entra lists a new certificate, {}, that does not sign yet. Upload the new file to TOPdesk before you make certificate {} active in Entra.",
                first.sha1_thumbprint, first.sha1_thumbprint
            ),
        )
    } else if !changes.is_empty() {
        (
            true,
            "The sign-in or logout address changed: upload the new file to TOPdesk.".to_owned(),
        )
    } else if !removed.is_empty() {
        (
            false,
            "Only a retired certificate was removed; uploading the new file keeps TOPdesk tidy, but nothing breaks without it.".to_owned(),
        )
    } else {
        (false, "Nothing that matters changed.".to_owned())
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
