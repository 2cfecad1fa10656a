//! The whole check: both metadata files in, one [`Report`] out (values for Entra, summaries,
//! signature verdict and every finding). Cross-document rules live here.

use std::borrow::Cow;

use time::OffsetDateTime;

use super::cert::{CertInfo, CertRole, Validity, cert_findings};
use super::entra::{self, IdpSummary};
use super::findings::{About, Code, Finding};
use super::key::{self, KeyError, Material, PrivateKey};
use super::metadata::{EntityDescriptor, Metadata, MetadataError, Root};
use super::pair::{self, PairInput, PairReport};
use super::signature::{self, SignatureStatus, SignatureVerdict};
use super::text;
use super::topdesk::{self, EntraUrls, Section, SpSummary};
use crate::msg;

/// What to check. Any input may be missing; the report covers what was given.
#[derive(Debug, Clone, Copy)]
pub struct CheckInput<'a> {
    /// Entra federation metadata (IdP).
    pub idp: Option<&'a [u8]>,
    /// TOPdesk SP metadata.
    pub sp: Option<&'a [u8]>,
    /// The section the admin is configuring, when they said.
    pub section: Option<Section>,
    /// entityID to pick from an aggregate.
    pub idp_entity: Option<&'a str>,
    pub sp_entity: Option<&'a str>,
    pub now: OffsetDateTime,
}

impl CheckInput<'_> {
    /// No files yet; judge dates as of `now`.
    #[must_use]
    pub const fn new(now: OffsetDateTime) -> Self {
        Self {
            idp: None,
            sp: None,
            section: None,
            idp_entity: None,
            sp_entity: None,
            now,
        }
    }
}

/// The TOPdesk server's certificate and key files (either may hold both: PFX, combined PEM).
#[derive(Clone, Copy, Default)]
pub struct PairFiles<'a> {
    pub cert: Option<&'a [u8]>,
    pub key: Option<&'a [u8]>,
    /// Opens the certificate file (a PKCS#12 file, or a combined PEM with an encrypted key).
    /// Never echoed, never stored.
    pub cert_password: Option<&'a str>,
    /// Opens the key file. A password is given only to the file it was typed for.
    pub key_password: Option<&'a str>,
    /// What the certificate file held, opened before: used instead of reading `cert` again, so
    /// its password need not be kept (the wizard forgets it once the file is open).
    pub cert_opened: Option<&'a Material>,
    /// The same for the key file.
    pub key_opened: Option<&'a Material>,
}

impl std::fmt::Debug for PairFiles<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PairFiles")
            .field("cert", &self.cert.map(<[u8]>::len))
            .field("key", &self.key.map(|_| "<redacted>"))
            .field("cert_password", &self.cert_password.map(|_| "<redacted>"))
            .field("key_password", &self.key_password.map(|_| "<redacted>"))
            .finish()
    }
}

/// A file that cannot be read at all (as opposed to findings about its content).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    #[error("{}", crate::msg!("check-input-idp", error = .0.to_string()))]
    Idp(MetadataError),
    #[error("{}", crate::msg!("check-input-sp", error = .0.to_string()))]
    Sp(MetadataError),
    #[error("{}", crate::msg!("check-input-cert", error = .0.to_string()))]
    Cert(KeyError),
    #[error("{}", crate::msg!("check-input-key", error = .0.to_string()))]
    Key(KeyError),
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub urls: Option<EntraUrls>,
    pub section: Option<Section>,
    pub idp: Option<IdpSummary>,
    pub sp: Option<SpSummary>,
    pub signature: Option<SignatureVerdict>,
    /// The TOPdesk certificate and key, when given.
    pub pair: Option<PairReport>,
}

impl Report {
    /// Adds a finding found outside the check (the signer history), keeping severity order.
    pub fn add(&mut self, finding: Finding) {
        self.findings.push(finding);
        self.findings.sort_by_key(|f| f.severity);
    }
}

/// One file read: its model and the decoded text (the signature is verified over the text).
struct Loaded<'a> {
    md: Metadata,
    /// Borrowed from the input unless it had to be transcoded (UTF-16).
    text: Cow<'a, str>,
}

fn load<'a>(
    bytes: &'a [u8],
    select: Option<&str>,
    want_idp: bool,
) -> Result<Loaded<'a>, MetadataError> {
    let (text, encoding) = text::decode(bytes)?;
    let mut md = Metadata::read_str(&text, encoding, select)?;
    // An aggregate with exactly one entity of the wanted kind needs no choice.
    if md.entity.is_none() && select.is_none() {
        let mut fitting = md
            .entities
            .iter()
            .filter(|e| if want_idp { e.idp } else { e.sp });
        if let (Some(only), None) = (fitting.next(), fitting.next()) {
            let id = only.entity_id.clone();
            md = Metadata::read_str(&text, encoding, Some(&id))?;
        }
    }
    Ok(Loaded { md, text })
}

fn has_idp(l: &Loaded) -> bool {
    l.md.entity.as_ref().is_some_and(|e| e.idp.is_some())
}
fn has_sp(l: &Loaded) -> bool {
    l.md.entity.as_ref().is_some_and(|e| e.sp.is_some())
}

/// Runs every check on the metadata files. `Err` only when a file cannot be read at all.
pub fn check(input: &CheckInput<'_>) -> Result<Report, InputError> {
    check_all(input, &PairFiles::default())
}

/// Runs every check, the TOPdesk key pair included.
pub fn check_all(input: &CheckInput<'_>, files: &PairFiles<'_>) -> Result<Report, InputError> {
    let (report, _) = check_with_material(input, files)?;
    Ok(report)
}

/// As [`check_all`], also handing back what was read from the certificate and key files (the
/// export needs the key itself, which the report never holds).
pub fn check_with_material(
    input: &CheckInput<'_>,
    files: &PairFiles<'_>,
) -> Result<(Report, PairMaterial), InputError> {
    // What was opened before is used as is; otherwise the file is read with its own password.
    let open = |opened: Option<&Material>, bytes: Option<&[u8]>, password| match opened {
        Some(m) => Ok(Some(m.clone())),
        None => bytes.map(|b| key::load(b, password)).transpose(),
    };
    let material = PairMaterial {
        cert: open(files.cert_opened, files.cert, files.cert_password).map_err(InputError::Cert)?,
        key: open(files.key_opened, files.key, files.key_password).map_err(InputError::Key)?,
    };
    let mut report = check_metadata(input)?;
    if material.cert.is_some() || material.key.is_some() {
        let (pair, findings) = pair::check(&PairInput {
            cert_file: material.cert.as_ref(),
            key_file: material.key.as_ref(),
            idp: report.idp.as_ref(),
            sp: report.sp.as_ref(),
            now: input.now,
        });
        // The TOPdesk certificate is often also in the SP metadata: say each thing once.
        for f in findings {
            if !report.findings.contains(&f) {
                report.findings.push(f);
            }
        }
        report.findings.sort_by_key(|f| f.severity);
        report.pair = Some(pair);
    }
    Ok((report, material))
}

/// What the certificate and key files held.
#[derive(Debug, Default)]
pub struct PairMaterial {
    pub cert: Option<Material>,
    pub key: Option<Material>,
}

impl PairMaterial {
    /// Takes the private key to export: the key file's, else the certificate file's (the order
    /// [`pair::chosen_key`] judges).
    #[must_use]
    pub fn into_private_key(self) -> Option<PrivateKey> {
        let from = |m: Option<Material>| m.and_then(|m| m.key).map(|k| k.key);
        from(self.key).or_else(|| from(self.cert))
    }
}

fn check_metadata(input: &CheckInput<'_>) -> Result<Report, InputError> {
    let mut idp = input
        .idp
        .map(|b| load(b, input.idp_entity, true))
        .transpose()
        .map_err(InputError::Idp)?;
    let mut sp = input
        .sp
        .map(|b| load(b, input.sp_entity, false))
        .transpose()
        .map_err(InputError::Sp)?;
    let mut findings = Vec::new();

    // Swapped slots: analyse each file as what it is, and say so.
    let idp_is_sp = idp.as_ref().is_some_and(|l| has_sp(l) && !has_idp(l));
    let sp_is_idp = sp.as_ref().is_some_and(|l| has_idp(l) && !has_sp(l));
    let swapped = idp_is_sp && sp_is_idp;
    if swapped {
        findings.push(Finding::new(
            Code::FilesSwapped,
            msg!("check-files-swapped"),
            msg!("check-files-swapped-fix"),
        ));
        std::mem::swap(&mut idp, &mut sp);
    } else if idp_is_sp {
        findings.push(Finding::new(
            Code::IdpIsSp,
            msg!("check-idp-is-sp"),
            msg!("check-idp-is-sp-fix"),
        ));
    } else if sp_is_idp {
        findings.push(Finding::new(
            Code::SpIsIdp,
            msg!("check-sp-is-idp"),
            msg!("check-sp-is-idp-fix"),
        ));
    }

    let mut report = Report {
        findings: Vec::new(),
        urls: None,
        section: None,
        idp: None,
        sp: None,
        signature: None,
        pair: None,
    };
    if let Some(l) = &idp
        && let Some(entity) = entity_or_finding(&l.md, input.idp_entity, true, &mut findings)
        && (swapped || !idp_is_sp)
    {
        check_idp(l, entity, input.now, &mut report, &mut findings);
    }
    if let Some(l) = &sp
        && let Some(entity) = entity_or_finding(&l.md, input.sp_entity, false, &mut findings)
        && (swapped || !sp_is_idp)
    {
        check_sp(l, entity, input, &mut report, &mut findings);
    }
    findings.sort_by_key(|f| f.severity);
    report.findings = findings;
    Ok(report)
}

fn check_idp(
    l: &Loaded,
    entity: &EntityDescriptor,
    now: OffsetDateTime,
    report: &mut Report,
    findings: &mut Vec<Finding>,
) {
    let first = findings.len();
    let sig_certs = l.md.signature.as_ref().map_or(&[][..], |s| &s.certs[..]);
    let (certificates, unreadable) = entra::certificates(entity, sig_certs);
    findings.extend(unreadable);
    let infos = |keep: fn(&entra::CertSources) -> bool| -> Vec<&CertInfo> {
        certificates
            .iter()
            .filter(|c| keep(&c.listed_in))
            .map(|c| &c.info)
            .collect()
    };
    let verdict = signature::verify(
        &l.text,
        &l.md,
        &infos(|s| s.saml_role),
        &infos(|s| s.signature),
    );
    let (mut summary, idp_findings) =
        entra::summarize(entity, certificates, verdict.signed_by.as_deref(), now);
    findings.extend(idp_findings);
    findings.extend(signature_findings(&verdict, &summary));
    summary.valid_until = check_valid_until(&l.md, entity, Side::Idp, now, findings);

    let any_valid = |except: &str| {
        summary.certificates.iter().any(|c| {
            c.listed_in.saml_role
                && c.info.sha1_thumbprint != except
                && matches!(
                    c.info.validity(now),
                    Validity::Valid | Validity::ExpiringSoon { .. }
                )
        })
    };
    for c in &summary.certificates {
        let role = if c.active {
            CertRole::EntraActive
        } else {
            CertRole::Entra
        };
        // An expired certificate is harmless while another valid one carries the logins.
        let soft = !c.active && any_valid(&c.info.sha1_thumbprint);
        findings.extend(cert_findings(&c.info, role, now, soft));
    }
    Finding::tag(&mut findings[first..], About::Idp);
    report.signature = Some(verdict);
    report.idp = Some(summary);
}

fn check_sp(
    l: &Loaded,
    entity: &EntityDescriptor,
    input: &CheckInput<'_>,
    report: &mut Report,
    findings: &mut Vec<Finding>,
) {
    let first = findings.len();
    let (summary, sp_findings) = topdesk::summarize(entity, input.section);
    findings.extend(sp_findings);
    let _ = check_valid_until(&l.md, entity, Side::Sp, input.now, findings);
    for c in &summary.certificates {
        findings.extend(cert_findings(
            &c.info,
            CertRole::TopdeskPublished,
            input.now,
            false,
        ));
    }
    Finding::tag(&mut findings[first..], About::Sp);
    report.urls.clone_from(&summary.urls);
    report.section = summary.section;
    report.sp = Some(summary);
}

fn entity_or_finding<'m>(
    md: &'m Metadata,
    selected: Option<&str>,
    idp: bool,
    findings: &mut Vec<Finding>,
) -> Option<&'m EntityDescriptor> {
    let (which, flag) = if idp {
        ("Entra", "--idp-entity")
    } else {
        ("TOPdesk", "--sp-entity")
    };
    if let Root::Other(root) = &md.root {
        let code = if idp {
            Code::IdpNotMetadata
        } else {
            Code::SpNotMetadata
        };
        let mut f = Finding::new(
            code,
            msg!("check-not-metadata", which, root = root.as_str()),
            if idp {
                msg!("check-idp-not-metadata-fix")
            } else {
                msg!("check-sp-not-metadata-fix")
            },
        );
        f.about = if idp { About::Idp } else { About::Sp };
        findings.push(f);
        return None;
    }
    if let Some(entity) = &md.entity {
        return Some(entity);
    }
    let finding = if let Some(id) = selected {
        let fix = match md.entities.as_slice() {
            [only] => msg!(
                "check-entity-not-found-one-fix",
                entity_id = only.entity_id.as_str()
            ),
            all => msg!("check-entity-not-found-fix", count = all.len()),
        };
        Finding::new(
            Code::EntityNotFound,
            msg!("check-entity-not-found", which, entity_id = id),
            fix,
        )
    } else {
        {
            let sample: Vec<&str> = md
                .entities
                .iter()
                .take(3)
                .map(|e| e.entity_id.as_str())
                .collect();
            Finding::new(
                Code::EntityNotChosen,
                msg!(
                    "check-entity-not-chosen",
                    which,
                    count = md.entities.len(),
                    sample = format!(
                        "{}{}",
                        sample.join(", "),
                        if md.entities.len() > 3 { ", …" } else { "" }
                    )
                ),
                msg!("check-entity-not-chosen-fix", flag),
            )
        }
    };
    findings.push(Finding {
        about: if idp { About::Idp } else { About::Sp },
        ..finding
    });
    None
}

fn signature_findings(v: &SignatureVerdict, idp: &IdpSummary) -> Vec<Finding> {
    let mut out = Vec::new();
    match v.status {
        SignatureStatus::Valid => {
            let by = idp.certificates.iter().find(|c| c.active).map_or_else(
                || v.signed_by.clone().unwrap_or_default(),
                |c| format!("{} ({})", c.info.sha1_thumbprint, c.info.label()),
            );
            let kind = idp.kind.signer_page();
            out.push(Finding::new(
                Code::SignatureValid,
                msg!("check-signature-valid", by, kind),
                msg!("check-signature-valid-fix", kind),
            ));
            if v.sha1 {
                out.push(Finding::new(
                    Code::SignatureSha1,
                    msg!("check-signature-sha1"),
                    msg!("check-signature-sha1-fix"),
                ));
            }
        }
        SignatureStatus::Invalid if v.unlisted_signer.is_some() => out.push(Finding::new(
            Code::SignatureUnlistedSigner,
            msg!(
                "check-signature-unlisted-signer",
                reason = v
                    .reason
                    .clone()
                    .unwrap_or_else(|| msg!("check-signature-unlisted-signer-reason"))
            ),
            msg!("check-signature-unlisted-signer-fix"),
        )),
        SignatureStatus::Invalid => out.push(Finding::new(
            Code::SignatureInvalid,
            msg!(
                "check-signature-invalid",
                reason = v
                    .reason
                    .clone()
                    .unwrap_or_else(|| msg!("check-signature-invalid-reason"))
            ),
            msg!("check-signature-invalid-fix"),
        )),
        SignatureStatus::Absent => out.push(Finding::new(
            Code::SignatureAbsent,
            msg!("check-signature-absent"),
            msg!("check-signature-absent-fix"),
        )),
    }
    out
}

/// Which metadata file a message is about (the `file` placeholder's select).
#[derive(Clone, Copy)]
enum Side {
    Idp,
    Sp,
}

impl Side {
    const fn as_str(self) -> &'static str {
        match self {
            Self::Idp => "idp",
            Self::Sp => "sp",
        }
    }
}

/// The file's earliest `validUntil` (root or entity); a finding when it has passed.
fn check_valid_until(
    md: &Metadata,
    entity: &EntityDescriptor,
    which: Side,
    now: OffsetDateTime,
    findings: &mut Vec<Finding>,
) -> Option<OffsetDateTime> {
    let dates = [
        md.root_valid_until.as_deref(),
        entity.valid_until.as_deref(),
    ];
    let earliest = dates
        .into_iter()
        .flatten()
        .filter_map(parse_xs_datetime)
        .min()?;
    if earliest < now {
        findings.push(Finding::new(
            Code::MetadataExpired,
            msg!(
                "check-metadata-expired",
                file = which.as_str(),
                date = earliest.date()
            ),
            msg!("check-metadata-expired-fix", file = which.as_str()),
        ));
    }
    Some(earliest)
}

/// `xs:dateTime` as used in `validUntil`: RFC 3339, or without a zone (taken as UTC).
#[must_use]
pub fn parse_xs_datetime(s: &str) -> Option<OffsetDateTime> {
    use time::format_description::well_known::Rfc3339;
    let s = s.trim();
    OffsetDateTime::parse(s, &Rfc3339)
        .or_else(|_| OffsetDateTime::parse(&format!("{s}Z"), &Rfc3339))
        .ok()
}
