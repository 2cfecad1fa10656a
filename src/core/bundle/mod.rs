//! The export the admin uploads as is: every file TOPdesk's SAML configuration assistant asks for
//! (named in the dialog's order), the active Entra signing certificate, calendar reminders of the
//! expiry dates, a settings sheet and a manifest of SHA-256 hashes, written atomically as a
//! folder or a zip file.
//!
//! - this module: the file names, the types, and [`build`], which makes every file in memory;
//! - `sheets`: the text files made here (`manifest.json`, `SETTINGS.txt`, the reference folder's
//!   README);
//! - `logo`: what a logo must be ([`check_logo`]);
//! - `write`: the atomic writers, a new folder, a zip file, or one new file (the reminders).

use std::fmt;
use std::io;
use std::path::PathBuf;

use time::OffsetDateTime;
use zeroize::Zeroizing;

use super::cert::CertInfo;
use super::check::Report;
use super::findings::{Finding, Severity};
use super::i18n::Msg;
use super::pem::to_pem;
use super::reminders;

mod logo;
mod sheets;
#[cfg(test)]
mod tests;
mod write;

pub use logo::{LogoFormat, LogoInfo, MAX_LOGO_BYTES, MAX_LOGO_SIDE, check_logo};
pub use write::{write_dir, write_new_file, write_zip, zip_root};

/// The claim TOPdesk matches users on unless the admin picks another.
pub const DEFAULT_USER_ATTRIBUTE: &str =
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress";

pub const METADATA_FILE: &str = "1-federation-metadata.xml";

/// The federation metadata a path names: an exported bundle folder holds it, byte for byte, as
/// [`METADATA_FILE`]; anything else is the file itself.
#[must_use]
pub fn federation_metadata_in(path: &std::path::Path) -> std::path::PathBuf {
    if path.is_dir() {
        path.join(METADATA_FILE)
    } else {
        path.to_path_buf()
    }
}
pub const CERT_PEM_FILE: &str = "2-topdesk-certificate.pem";
pub const CERT_DER_FILE: &str = "2-topdesk-certificate.cer";
pub const KEY_FILE: &str = "3-topdesk-private-key.pk8.der";
/// Followed by the detected format's extension.
pub const LOGO_FILE_STEM: &str = "4-logo";
/// Entra's signing certificate goes here, apart from what is uploaded: putting it into TOPdesk's
/// Certificate field is the trap this tool warns about.
pub const REFERENCE_DIR: &str = "reference-not-for-topdesk";
pub const REFERENCE_README_FILE: &str = "reference-not-for-topdesk/README.txt";
pub const ENTRA_CERT_DER_FILE: &str = "reference-not-for-topdesk/entra-signing-certificate.cer";
pub const ENTRA_CERT_PEM_FILE: &str = "reference-not-for-topdesk/entra-signing-certificate.pem";
pub const REMINDERS_FILE: &str = super::reminders::FILE_NAME;
pub const SETTINGS_FILE: &str = "SETTINGS.txt";
pub const MANIFEST_FILE: &str = "manifest.json";

/// Everything the bundle is made of. No `Debug`: it holds the private key.
#[derive(Clone, Copy)]
pub struct BundleInput<'a> {
    /// Exactly the bytes the admin gave (written unchanged, never re-serialized).
    pub federation_metadata: &'a [u8],
    /// From `check()`: values, section, IdP summary, findings.
    pub report: &'a Report,
    /// The TOPdesk server certificate.
    pub topdesk_cert: &'a CertInfo,
    /// Unencrypted PKCS#8 DER of the key matching `topdesk_cert` (the caller proved the match).
    pub private_key_pkcs8_der: &'a [u8],
    /// Findings about the certificate/key pair, weighed together with the report's.
    pub extra_findings: &'a [Finding],
    /// File name (for messages) and bytes.
    pub logo: Option<(&'a str, &'a [u8])>,
    pub display_name: &'a str,
    pub user_attribute: &'a str,
    pub created: OffsetDateTime,
}

pub struct BundleFile {
    pub name: String,
    pub bytes: Zeroizing<Vec<u8>>,
    /// Holds key material: written 0600 on Unix.
    pub secret: bool,
}

impl fmt::Debug for BundleFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BundleFile")
            .field("name", &self.name)
            .field("bytes", &format_args!("<{} bytes>", self.bytes.len()))
            .field("secret", &self.secret)
            .finish()
    }
}

#[derive(Debug)]
pub struct Bundle {
    pub files: Vec<BundleFile>,
    /// When it was made (the zip entries' timestamps, in UTC).
    pub created: OffsetDateTime,
}

#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error("{}", crate::msg!("bundle-errors-stand", errors = code_and_message(.0)))]
    ErrorsStand(Vec<Finding>),
    #[error("{}", crate::msg!("bundle-missing", what = .0.code()))]
    Missing(Needed),
    #[error("{0}")]
    BadLogo(Msg),
    #[error("{}", crate::msg!("bundle-bad-name", name = .0.as_str()))]
    BadName(String),
    #[error("{}", crate::msg!("bundle-output-exists", path = .0.display().to_string()))]
    OutputExists(PathBuf),
    #[error("{}", crate::msg!("bundle-no-parent", path = .0.display().to_string()))]
    NoParent(PathBuf),
    #[error("{action} ({source}): {}", path.display())]
    Io {
        action: Msg,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{}", crate::msg!("bundle-zip", error = source.to_string(), path = path.display().to_string()))]
    Zip {
        path: PathBuf,
        #[source]
        source: zip::result::ZipError,
    },
    #[error("{}", crate::msg!("bundle-manifest", error = .0.to_string()))]
    Manifest(#[from] serde_json::Error),
}

/// What a bundle cannot be made without.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needed {
    SpMetadata,
    EntraMetadata,
    DisplayName,
    UserAttribute,
}

impl Needed {
    /// The `what` of the `bundle-missing` message.
    const fn code(self) -> &'static str {
        match self {
            Self::SpMetadata => "sp-metadata",
            Self::EntraMetadata => "entra-metadata",
            Self::DisplayName => "display-name",
            Self::UserAttribute => "user-attribute",
        }
    }
}

/// "code: message; code: message", in this thread's language.
#[must_use]
pub fn code_and_message(findings: &[Finding]) -> String {
    let lines: Vec<String> = findings
        .iter()
        .map(|f| format!("{}: {}", f.code, f.message))
        .collect();
    lines.join("; ")
}

/// Builds every file in memory. Refuses while an error-level finding stands.
pub fn build(input: &BundleInput<'_>) -> Result<Bundle, BundleError> {
    let report = input.report;
    let errors: Vec<Finding> = (report.findings.iter().chain(input.extra_findings))
        .filter(|f| f.severity == Severity::Error)
        .cloned()
        .collect();
    if !errors.is_empty() {
        return Err(BundleError::ErrorsStand(errors));
    }
    let urls = (report.urls.as_ref()).ok_or(BundleError::Missing(Needed::SpMetadata))?;
    let idp = (report.idp.as_ref()).ok_or(BundleError::Missing(Needed::EntraMetadata))?;
    for (value, what) in [
        (input.display_name, Needed::DisplayName),
        (input.user_attribute, Needed::UserAttribute),
    ] {
        if value.trim().is_empty() || value.chars().any(char::is_control) {
            return Err(BundleError::Missing(what));
        }
    }
    let logo = match input.logo {
        Some((name, bytes)) => {
            let info = check_logo(name, bytes).map_err(BundleError::BadLogo)?;
            Some((
                format!("{LOGO_FILE_STEM}.{}", info.format.extension()),
                bytes,
            ))
        }
        None => None,
    };
    let entra_cert = idp.active_cert();

    let mut files = Vec::new();
    let mut add = |name: &str, bytes: Vec<u8>, secret: bool| {
        files.push(BundleFile {
            name: name.to_owned(),
            bytes: Zeroizing::new(bytes),
            secret,
        });
    };
    add(METADATA_FILE, input.federation_metadata.to_vec(), false);
    let cert_der = &input.topdesk_cert.der;
    add(
        CERT_PEM_FILE,
        to_pem("CERTIFICATE", cert_der).into_bytes(),
        false,
    );
    add(CERT_DER_FILE, cert_der.clone(), false);
    add(KEY_FILE, input.private_key_pkcs8_der.to_vec(), true);
    if let Some((name, bytes)) = &logo {
        add(name, bytes.to_vec(), false);
    }
    if let Some(c) = entra_cert {
        add(
            REFERENCE_README_FILE,
            sheets::reference_readme().into_bytes(),
            false,
        );
        add(ENTRA_CERT_DER_FILE, c.info.der.clone(), false);
        add(
            ENTRA_CERT_PEM_FILE,
            to_pem("CERTIFICATE", &c.info.der).into_bytes(),
            false,
        );
    }
    if let Some(ics) = reminders::calendar_with_topdesk(report, input.topdesk_cert, input.created) {
        add(REMINDERS_FILE, ics.into_bytes(), false);
    }
    let valid_until = idp.valid_until;
    let logo_name = logo.as_ref().map(|(name, _)| name.as_str());
    let sheet = sheets::settings(input, urls, &idp.certificates, logo_name, valid_until);
    add(SETTINGS_FILE, sheet.into_bytes(), false);
    let manifest = sheets::manifest(input, urls, entra_cert, &files)?;
    files.push(BundleFile {
        name: MANIFEST_FILE.to_owned(),
        bytes: Zeroizing::new(manifest),
        secret: false,
    });
    Ok(Bundle {
        files,
        created: input.created,
    })
}
