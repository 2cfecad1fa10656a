//! The text files of the bundle: `manifest.json` (values and hashes), `SETTINGS.txt` (what to
//! put in each field, expiry dates, findings that stand) and the reference folder's README.

use std::collections::BTreeMap;

use sha2::Digest as _;
use time::OffsetDateTime;

use super::{
    BundleError, BundleFile, BundleInput, CERT_DER_FILE, CERT_PEM_FILE, KEY_FILE, METADATA_FILE,
    REFERENCE_DIR, REMINDERS_FILE,
};
use crate::core::cert::CertInfo;
use crate::core::entra::SigningCert;
use crate::core::findings::{Finding, Severity};
use crate::core::topdesk::{EntraUrls, Section};

pub(super) fn sha256_hex(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[derive(serde::Serialize)]
struct CertRef<'a> {
    sha1_thumbprint: &'a str,
    sha256_fingerprint: &'a str,
    #[serde(with = "time::serde::rfc3339")]
    not_after: OffsetDateTime,
}

impl<'a> From<&'a CertInfo> for CertRef<'a> {
    fn from(c: &'a CertInfo) -> Self {
        Self {
            sha1_thumbprint: &c.sha1_thumbprint,
            sha256_fingerprint: &c.sha256_fingerprint,
            not_after: c.not_after,
        }
    }
}

/// Values and hashes only: of the key, just its file name and hash.
pub(super) fn manifest(
    input: &BundleInput<'_>,
    urls: &EntraUrls,
    entra_cert: Option<&SigningCert>,
    files: &[BundleFile],
) -> Result<Vec<u8>, BundleError> {
    #[derive(serde::Serialize)]
    struct Manifest<'a> {
        format_version: u32,
        tool: &'static str,
        tool_version: &'static str,
        #[serde(with = "time::serde::rfc3339")]
        created: OffsetDateTime,
        section: Option<Section>,
        urls: &'a EntraUrls,
        display_name: &'a str,
        user_attribute: &'a str,
        entra_signing_certificate: Option<CertRef<'a>>,
        topdesk_certificate: CertRef<'a>,
        files: BTreeMap<&'a str, String>,
    }
    let m = Manifest {
        format_version: 1,
        tool: env!("CARGO_PKG_NAME"),
        tool_version: env!("CARGO_PKG_VERSION"),
        created: input.created,
        section: input.report.section,
        urls,
        display_name: input.display_name,
        user_attribute: input.user_attribute,
        entra_signing_certificate: entra_cert.map(|c| CertRef::from(&c.info)),
        topdesk_certificate: CertRef::from(input.topdesk_cert),
        files: (files.iter())
            .map(|f| (f.name.as_str(), sha256_hex(&f.bytes)))
            .collect(),
    };
    let mut json = serde_json::to_vec_pretty(&m)?;
    json.push(b'\n');
    Ok(json)
}

/// `reference-not-for-topdesk/README.txt`: what the folder is for.
pub(super) fn reference_readme() -> String {
    format!(
        "{}\n",
        crate::tr!("bundle-reference-readme", file = CERT_PEM_FILE)
    )
}

/// A moment for reading, in UTC: the date in the reader's format, then the time.
fn when(t: OffsetDateTime) -> String {
    let (date, time) = crate::core::i18n::date_and_time(t);
    crate::tr!("bundle-when", date, time)
}

/// `SETTINGS.txt`: what to put in each field, in the order the screens ask, then expiry dates
/// and the findings that still stand. Text in this thread's language; values (URLs, the claim
/// URI, file names, thumbprints) as they are.
pub(super) fn settings(
    input: &BundleInput<'_>,
    urls: &EntraUrls,
    entra: &[SigningCert],
    logo: Option<&str>,
    valid_until: Option<OffsetDateTime>,
) -> String {
    let section = match input.report.section {
        Some(Section::Secure) => "secure",
        Some(Section::Public) => "public",
        None => "unknown",
    };
    let mut s = format!(
        "{}\n{}\n",
        crate::tr!("bundle-settings-title"),
        crate::tr!(
            "bundle-settings-made-by",
            tool = env!("CARGO_PKG_NAME"),
            version = env!("CARGO_PKG_VERSION"),
            when = when(input.created),
            section
        )
    );
    s += &table(
        &crate::tr!("bundle-settings-topdesk-title"),
        &topdesk_rows(input, logo),
    );
    s += &table(
        &crate::tr!("bundle-settings-entra-title"),
        &[
            (crate::tr!("term-identifier"), urls.identifier.clone()),
            (crate::tr!("term-reply-url"), urls.reply.clone()),
            (crate::tr!("term-sign-on-url"), urls.sign_on.clone()),
            (
                crate::tr!("bundle-settings-relay-state"),
                crate::tr!("bundle-settings-leave-empty"),
            ),
            (
                crate::tr!("bundle-settings-logout-url"),
                crate::tr!("bundle-settings-leave-empty"),
            ),
        ],
    );
    s += &table(
        &crate::tr!("bundle-settings-dates-title"),
        &expiry_rows(input, entra, valid_until),
    );
    s + &findings_part(input)
}

/// A titled table of labels and values; the labels' column is at least 30 wide (English fits)
/// and wider when a translated label is longer.
fn table(title: &str, rows: &[(String, String)]) -> String {
    let width = (rows.iter())
        .map(|(label, _)| label.chars().count())
        .fold(30, usize::max);
    let rows: String = (rows.iter())
        .map(|(label, value)| format!("  {label:<width$}  {value}\n"))
        .collect();
    format!("\n{title}\n{rows}")
}

/// TOPdesk's SAML configuration assistant, field by field.
fn topdesk_rows(input: &BundleInput<'_>, logo: Option<&str>) -> Vec<(String, String)> {
    let logo = logo.map_or_else(
        || crate::tr!("bundle-settings-logo-none"),
        |file| crate::tr!("bundle-settings-upload", file),
    );
    vec![
        (
            crate::tr!("bundle-settings-federation-metadata"),
            crate::tr!(
                "bundle-settings-federation-metadata-value",
                file = METADATA_FILE
            ),
        ),
        (
            crate::tr!("bundle-settings-certificate"),
            crate::tr!(
                "bundle-settings-certificate-value",
                file = CERT_PEM_FILE,
                der_file = CERT_DER_FILE,
                reference_dir = REFERENCE_DIR
            ),
        ),
        (
            crate::tr!("bundle-settings-private-key"),
            crate::tr!("bundle-settings-private-key-value", file = KEY_FILE),
        ),
        (crate::tr!("bundle-settings-logo"), logo),
        (
            crate::tr!("term-user-attribute"),
            input.user_attribute.to_owned(),
        ),
        (
            crate::tr!("bundle-settings-display-name"),
            input.display_name.to_owned(),
        ),
    ]
}

/// Expiry dates: Entra's certificates, TOPdesk's, the metadata's, and the reminders.
fn expiry_rows(
    input: &BundleInput<'_>,
    entra: &[SigningCert],
    valid_until: Option<OffsetDateTime>,
) -> Vec<(String, String)> {
    let cert = |c: &CertInfo, state: &str| {
        crate::tr!(
            "bundle-settings-cert-expiry",
            when = when(c.not_after),
            state,
            thumbprint = c.sha1_thumbprint.as_str()
        )
    };
    let mut dates: Vec<(String, String)> = (entra.iter())
        .map(|c| {
            let state = if c.active { "active" } else { "inactive" };
            (crate::tr!("term-entra-signing-cert"), cert(&c.info, state))
        })
        .collect();
    dates.push((
        crate::tr!("term-topdesk-cert"),
        cert(input.topdesk_cert, "none"),
    ));
    if let Some(v) = valid_until {
        dates.push((
            crate::tr!("bundle-settings-metadata-valid"),
            crate::tr!("bundle-settings-valid-until", when = when(v)),
        ));
    }
    dates.push((
        crate::tr!("bundle-settings-reminders"),
        crate::tr!("bundle-settings-reminders-value", file = REMINDERS_FILE),
    ));
    dates
}

/// The findings that still stand, warnings then notes.
fn findings_part(input: &BundleInput<'_>) -> String {
    let mut s = format!("\n{}\n", crate::tr!("bundle-settings-findings-title"));
    let findings: Vec<&Finding> =
        (input.report.findings.iter().chain(input.extra_findings)).collect();
    if findings.is_empty() {
        s += &format!("  {}\n", crate::tr!("bundle-settings-findings-none"));
    }
    for (severity, title) in [
        (Severity::Warning, crate::tr!("bundle-settings-warnings")),
        (Severity::Info, crate::tr!("bundle-settings-notes")),
    ] {
        let group: Vec<_> = findings.iter().filter(|f| f.severity == severity).collect();
        if !group.is_empty() {
            s += &format!("  {title}\n");
        }
        for f in group {
            s += &format!(
                "  - {}: {}\n      {}\n",
                f.code,
                f.message,
                crate::tr!("finding-fix", fix = &f.fix)
            );
        }
    }
    s
}
