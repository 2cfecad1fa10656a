//! The export the admin uploads as is: every file TOPdesk's SAML configuration assistant asks for
//! (named in the dialog's order), the active Entra signing certificate, calendar reminders of the
//! expiry dates, a settings sheet and a manifest of SHA-256 hashes, written atomically as a
//! folder or a zip file.

use std::collections::BTreeMap;
use std::fmt;
use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use sha2::Digest as _;
use time::{OffsetDateTime, UtcOffset};
use zeroize::Zeroizing;

use super::cert::CertInfo;
use super::check::Report;
use super::entra::SigningCert;
use super::findings::{Finding, Severity};
use super::pem::to_pem;
use super::private_file;
use super::reminders;
use super::topdesk::{EntraUrls, Section};

/// The claim TOPdesk matches users on unless the admin picks another.
pub const DEFAULT_USER_ATTRIBUTE: &str =
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress";
pub const MAX_LOGO_BYTES: usize = 1024 * 1024;
pub const MAX_LOGO_SIDE: u32 = 1024;

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
    #[error("{}", crate::tr!("bundle-errors-stand", errors = .0.join("; ")))]
    ErrorsStand(Vec<String>),
    #[error("{}", crate::tr!("bundle-missing", what = .0.code()))]
    Missing(Needed),
    #[error("{0}")]
    BadLogo(String),
    #[error("{}", crate::tr!("bundle-bad-name", name = .0.as_str()))]
    BadName(String),
    #[error("{}", crate::tr!("bundle-output-exists", path = .0.display().to_string()))]
    OutputExists(PathBuf),
    #[error("{}", crate::tr!("bundle-no-parent", path = .0.display().to_string()))]
    NoParent(PathBuf),
    #[error("{action} ({source}): {}", path.display())]
    Io {
        action: String,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{}", crate::tr!("bundle-zip", error = source.to_string(), path = path.display().to_string()))]
    Zip {
        path: PathBuf,
        #[source]
        source: zip::result::ZipError,
    },
    #[error("{}", crate::tr!("bundle-manifest", error = .0.to_string()))]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoFormat {
    Png,
    Jpeg,
    Gif,
    Ico,
}

impl LogoFormat {
    #[must_use]
    pub const fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Jpeg => "jpg",
            Self::Gif => "gif",
            Self::Ico => "ico",
        }
    }

    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Png => "PNG",
            Self::Jpeg => "JPEG",
            Self::Gif => "GIF",
            Self::Ico => "ICO",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogoInfo {
    pub format: LogoFormat,
    pub width: u32,
    pub height: u32,
}

/// Builds every file in memory. Refuses while an error-level finding stands.
pub fn build(input: &BundleInput<'_>) -> Result<Bundle, BundleError> {
    let report = input.report;
    let errors: Vec<String> = (report.findings.iter().chain(input.extra_findings))
        .filter(|f| f.severity == Severity::Error)
        .map(|f| format!("{}: {}", f.code, f.message))
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
            format!(
                "{}\n",
                crate::tr!("bundle-reference-readme", file = CERT_PEM_FILE)
            )
            .into_bytes(),
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
    let sheet = settings(input, urls, &idp.certificates, logo_name, valid_until);
    add(SETTINGS_FILE, sheet.into_bytes(), false);
    let manifest = manifest(input, urls, entra_cert, &files)?;
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

fn sha256_hex(bytes: &[u8]) -> String {
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
fn manifest(
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
        section: Option<super::topdesk::Section>,
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

/// A moment for reading, in UTC: the date in the reader's format, then the time.
fn when(t: OffsetDateTime) -> String {
    let (date, time) = crate::core::i18n::date_and_time(t);
    crate::tr!("bundle-when", date, time)
}

/// `SETTINGS.txt`: what to put in each field, in the order the screens ask, then expiry dates
/// and the findings that still stand. Text in this thread's language; values (URLs, the claim
/// URI, file names, thumbprints) as they are.
fn settings(
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
                crate::tr!("finding-fix", fix = f.fix.as_str())
            );
        }
    }
    s
}

/// Checks that the logo is a real PNG, JPEG, GIF or ICO of sensible size. `Err` is one sentence
/// saying what to do, ending with the file name.
pub fn check_logo(name: &str, bytes: &[u8]) -> Result<LogoInfo, String> {
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(crate::tr!(
            "bundle-logo-too-big",
            kib = bytes.len() / 1024,
            file = name
        ));
    }
    let format = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        LogoFormat::Png
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        LogoFormat::Jpeg
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        LogoFormat::Gif
    } else if bytes.starts_with(&[0, 0, 1, 0]) {
        LogoFormat::Ico
    } else {
        return Err(crate::tr!("bundle-logo-not-an-image", file = name));
    };
    let size = match format {
        LogoFormat::Png => png_size(bytes),
        LogoFormat::Jpeg => jpeg_size(bytes),
        LogoFormat::Gif => gif_size(bytes),
        LogoFormat::Ico => ico_size(bytes),
    };
    let Some((width, height)) = size else {
        return Err(crate::tr!(
            "bundle-logo-damaged",
            format = format.name(),
            file = name
        ));
    };
    if width == 0 || height == 0 || width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE {
        return Err(crate::tr!(
            "bundle-logo-size",
            width,
            height,
            max = MAX_LOGO_SIDE,
            file = name
        ));
    }
    Ok(LogoInfo {
        format,
        width,
        height,
    })
}

fn be16(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_be_bytes(
        b.get(at..at + 2)?.try_into().ok()?,
    )))
}
fn le16(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_le_bytes(
        b.get(at..at + 2)?.try_into().ok()?,
    )))
}
fn be32(b: &[u8], at: usize) -> Option<usize> {
    usize::try_from(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?)).ok()
}
fn le32(b: &[u8], at: usize) -> Option<usize> {
    usize::try_from(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?)).ok()
}

/// IHDR first; then the chunks are walked up to IEND, so a cut-off file is refused.
fn png_size(b: &[u8]) -> Option<(u32, u32)> {
    if b.get(12..16)? != b"IHDR" {
        return None;
    }
    let size = (
        u32::try_from(be32(b, 16)?).ok()?,
        u32::try_from(be32(b, 20)?).ok()?,
    );
    let mut at = 8;
    loop {
        let end = at + 12 + be32(b, at)?;
        if end > b.len() {
            return None;
        }
        if b.get(at + 4..at + 8)? == b"IEND" {
            return Some(size);
        }
        at = end;
    }
}

/// Logical screen size; the file must end with the trailer.
fn gif_size(b: &[u8]) -> Option<(u32, u32)> {
    (b.len() > 13 && b.last() == Some(&0x3B)).then_some(())?;
    Some((le16(b, 6)?, le16(b, 8)?))
}

/// Marker scan up to the first `SOFn` frame header; an end-of-image marker must follow it.
fn jpeg_size(b: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    loop {
        if *b.get(at)? != 0xFF {
            return None;
        }
        let marker = *b.get(at + 1)?;
        match marker {
            0xFF => at += 1, // fill byte
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                let ends = b.get(at..)?.windows(2).any(|w| w == [0xFF, 0xD9]);
                return ends.then_some((be16(b, at + 7)?, be16(b, at + 5)?));
            }
            0xD9 | 0xDA => return None, // image end or scan data before any frame header
            0x01 | 0xD0..=0xD7 => at += 2,
            _ => at += 2 + usize::try_from(be16(b, at + 2)?).ok()?,
        }
    }
}

/// The largest image in the directory (a size byte of 0 means 256); every image must be there.
fn ico_size(b: &[u8]) -> Option<(u32, u32)> {
    let count = usize::try_from(le16(b, 4)?).ok()?;
    let side = |v: u8| if v == 0 { 256 } else { u32::from(v) };
    let mut best = None;
    for entry in (0..count).map(|i| 6 + 16 * i) {
        let (w, h) = (side(*b.get(entry)?), side(*b.get(entry + 1)?));
        if le32(b, entry + 12)?.checked_add(le32(b, entry + 8)?)? > b.len() {
            return None;
        }
        if best.is_none_or(|(bw, bh)| w * h > bw * bh) {
            best = Some((w, h));
        }
    }
    best
}

/// Writes the bundle as a new folder `out` (0700 on Unix; the key file 0600 from creation).
/// Everything goes into a temporary folder beside `out`, renamed at the end: a failure leaves
/// nothing behind. `out` must not exist.
pub fn write_dir(bundle: &Bundle, out: &Path) -> Result<(), BundleError> {
    let (parent, tmp) = prepare(bundle, out)?;
    private_file::create_dir(&tmp)
        .map_err(io_err(&crate::tr!("bundle-io-create-temp-folder"), &tmp))?;
    let result = fill_dir(bundle, &tmp, out).and_then(|()| {
        // Narrows the window in which a folder created meanwhile would be replaced (only an
        // empty one can be: rename refuses a non-empty folder).
        if out.symlink_metadata().is_ok() {
            return Err(BundleError::OutputExists(out.to_path_buf()));
        }
        fs::rename(&tmp, out).map_err(io_err(&crate::tr!("bundle-io-move-folder"), out))
    });
    if result.is_err() {
        let _ = fs::remove_dir_all(&tmp);
    } else {
        sync_dir(&parent);
    }
    result
}

fn fill_dir(bundle: &Bundle, tmp: &Path, out: &Path) -> Result<(), BundleError> {
    for f in &bundle.files {
        let err = io_err(
            &crate::tr!("bundle-io-write-named", file = f.name.as_str()),
            out,
        );
        let path = tmp.join(&f.name);
        if let Some(sub) = path.parent().filter(|p| *p != tmp && !p.is_dir()) {
            private_file::create_dir(sub).map_err(&err)?;
        }
        let mut file = private_file::create_new(&path, f.secret).map_err(&err)?;
        file.write_all(&f.bytes)
            .and_then(|()| file.sync_all())
            .map_err(&err)?;
    }
    sync_dir(tmp);
    Ok(())
}

/// The one top-level folder inside the zip `out`: its name without `.zip`, so unpacking never
/// scatters files.
#[must_use]
pub fn zip_root(out: &Path) -> String {
    out.file_stem().map_or_else(
        || "topdesk-sso-bundle".into(),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// Writes the bundle as one new zip file `out` (0600 on Unix: it holds the key), through a
/// temporary file beside it, every file inside one folder ([`zip_root`]). `out` must not exist.
pub fn write_zip(bundle: &Bundle, out: &Path) -> Result<(), BundleError> {
    let (parent, tmp) = prepare(bundle, out)?;
    let file = private_file::create_new(&tmp, true)
        .map_err(io_err(&crate::tr!("bundle-io-create-temp-file"), &tmp))?;
    let result = fill_zip(bundle, file, out).and_then(|()| publish_file(&tmp, out));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    } else {
        sync_dir(&parent);
    }
    result
}

fn fill_zip(bundle: &Bundle, file: File, out: &Path) -> Result<(), BundleError> {
    use zip::write::SimpleFileOptions;
    let zip_err = |source| BundleError::Zip {
        path: out.to_path_buf(),
        source,
    };
    let t = bundle.created.to_offset(UtcOffset::UTC);
    let modified = u16::try_from(t.year())
        .ok()
        .and_then(|y| {
            let (mo, d) = (u8::from(t.month()), t.day());
            zip::DateTime::from_date_and_time(y, mo, d, t.hour(), t.minute(), t.second()).ok()
        })
        .unwrap_or_default();
    let root = zip_root(out);
    let mut zip = zip::ZipWriter::new(file);
    for f in &bundle.files {
        let options = SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(modified)
            .unix_permissions(if f.secret { 0o600 } else { 0o644 })
            // Also when made on Windows (whose default is "DOS", read back as 0664 by unzip):
            // the key unpacks owner-only on Linux and macOS whoever made the zip.
            .system(zip::System::Unix);
        zip.start_file(format!("{root}/{}", f.name), options)
            .map_err(zip_err)?;
        zip.write_all(&f.bytes).map_err(|e| zip_err(e.into()))?;
    }
    let file = zip.finish().map_err(zip_err)?;
    file.sync_all()
        .map_err(io_err(&crate::tr!("bundle-io-write-zip"), out))
}

/// Moves the finished temporary file to `out` without ever replacing an existing file: a hard
/// link fails if `out` exists; file systems without hard links fall back to check-and-rename.
fn publish_file(tmp: &Path, out: &Path) -> Result<(), BundleError> {
    match fs::hard_link(tmp, out) {
        Ok(()) => {
            let _ = fs::remove_file(tmp);
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            Err(BundleError::OutputExists(out.to_path_buf()))
        }
        Err(_) if out.symlink_metadata().is_ok() => {
            Err(BundleError::OutputExists(out.to_path_buf()))
        }
        Err(_) => fs::rename(tmp, out).map_err(io_err(&crate::tr!("bundle-io-move-file"), out)),
    }
}

/// Writes one new, non-secret file (the reminders) in an existing folder; never replaces one.
pub fn write_new_file(out: &Path, bytes: &[u8]) -> Result<(), BundleError> {
    let mut file = private_file::create_new(out, false).map_err(|e| {
        if e.kind() == io::ErrorKind::AlreadyExists {
            BundleError::OutputExists(out.to_path_buf())
        } else {
            io_err(&crate::tr!("bundle-io-create-file"), out)(e)
        }
    })?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    written.map_err(|e| {
        let _ = fs::remove_file(out);
        io_err(&crate::tr!("bundle-io-write-file"), out)(e)
    })
}

/// Checks names and target; returns the parent folder and a fresh temporary path beside `out`.
fn prepare(bundle: &Bundle, out: &Path) -> Result<(PathBuf, PathBuf), BundleError> {
    for f in &bundle.files {
        // A file name, or one subfolder and a file name: no way out of the bundle.
        let parts: Vec<&str> = f.name.split('/').collect();
        let bad_part = |n: &str| {
            n.is_empty()
                || n.starts_with('.')
                || n.contains(['\\', ':'])
                || n.contains(char::is_control)
        };
        if parts.len() > 2 || parts.iter().any(|p| bad_part(p)) {
            return Err(BundleError::BadName(f.name.clone()));
        }
    }
    if out.symlink_metadata().is_ok() {
        return Err(BundleError::OutputExists(out.to_path_buf()));
    }
    let name = (out.file_name()).ok_or_else(|| BundleError::BadName(out.display().to_string()))?;
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(BundleError::NoParent(parent));
    }
    let mut random = [0u8; 6];
    getrandom::fill(&mut random)
        .map_err(|e| io_err(&crate::tr!("bundle-io-temp-name"), out)(io::Error::other(e)))?;
    let suffix: String = random.iter().map(|b| format!("{b:02x}")).collect();
    let tmp = parent.join(format!(".{}.tmp-{suffix}", name.to_string_lossy()));
    Ok((parent, tmp))
}

/// Makes a rename or new entries durable (best effort; not possible on Windows).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

fn io_err(action: &str, path: &Path) -> impl Fn(io::Error) -> BundleError + use<> {
    let (action, path) = (action.to_owned(), path.to_path_buf());
    move |source| BundleError::Io {
        action: action.clone(),
        path: path.clone(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::check::{CheckInput, check};
    use crate::core::findings::{Code, has_errors};
    use crate::core::keygen::{self, CertParams, KeyAlgorithm, SignatureHash};
    use base64::Engine as _;
    use std::io::Read as _;
    use std::sync::OnceLock;
    use time::macros::datetime;

    const ENTRA: &[u8] = include_bytes!("../../tests/data/entra/entra_app_single-cert_signed.xml");
    const SP: &str = r#"<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://acme.topdesk.net/saml-metadata/4f2c9a">
  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://acme.topdesk.net/tas/secure/login/verify" index="0" isDefault="true"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>"#;
    /// Inside the fixture's signing certificate validity (2020-12-22 → 2023-12-22).
    const NOW: OffsetDateTime = datetime!(2022-06-01 12:00 UTC);
    /// A complete 1×1 RGBA PNG with correct CRCs and zlib stream.
    const PNG_1X1: &str = "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f00050001ff56c72f0d0000000049454e44ae426082";

    fn unhex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex"))
            .collect()
    }

    /// The 1×1 PNG with other IHDR dimensions (CRC then stale; the size check does not read it).
    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut b = unhex(PNG_1X1);
        b[16..20].copy_from_slice(&width.to_be_bytes());
        b[20..24].copy_from_slice(&height.to_be_bytes());
        b
    }

    /// One RSA-2048 TOPdesk certificate and key for all tests.
    fn pair() -> &'static (CertInfo, Zeroizing<Vec<u8>>) {
        static PAIR: OnceLock<(CertInfo, Zeroizing<Vec<u8>>)> = OnceLock::new();
        PAIR.get_or_init(|| {
            let p = keygen::generate(&CertParams {
                common_name: "acme.topdesk.net".into(),
                algorithm: KeyAlgorithm::Rsa { bits: 2048 },
                hash: SignatureHash::Sha256,
                not_before: datetime!(2022-01-01 0:00 UTC),
                not_after: datetime!(2027-01-01 0:00 UTC),
                dns_names: vec![],
            })
            .expect("keygen");
            let info = CertInfo::from_der(&p.certificate_der).expect("cert");
            (info, p.private_key_pkcs8_der)
        })
    }

    fn report_at(now: OffsetDateTime, sp: bool) -> Report {
        check(&CheckInput {
            idp: Some(ENTRA),
            sp: sp.then_some(SP.as_bytes()),
            section: None,
            idp_entity: None,
            sp_entity: None,
            now,
        })
        .expect("check")
    }

    fn input<'a>(
        report: &'a Report,
        extra: &'a [Finding],
        logo: Option<(&'a str, &'a [u8])>,
    ) -> BundleInput<'a> {
        let (cert, key) = pair();
        BundleInput {
            federation_metadata: ENTRA,
            report,
            topdesk_cert: cert,
            private_key_pkcs8_der: key,
            extra_findings: extra,
            logo,
            display_name: "Log in with Microsoft",
            user_attribute: DEFAULT_USER_ATTRIBUTE,
            created: NOW,
        }
    }

    fn sample() -> Bundle {
        let report = report_at(NOW, true);
        assert!(!has_errors(&report.findings), "{:?}", report.findings);
        // A PNG named .jpg: the written name follows the content.
        let logo = unhex(PNG_1X1);
        build(&input(&report, &[], Some(("logo.jpg", &logo)))).expect("build")
    }

    fn file<'b>(bundle: &'b Bundle, name: &str) -> &'b [u8] {
        let found = bundle.files.iter().find(|f| f.name == name);
        &found.unwrap_or_else(|| panic!("no {name}")).bytes
    }

    fn text(bundle: &Bundle, name: &str) -> String {
        String::from_utf8(file(bundle, name).to_vec()).expect("utf-8")
    }

    fn pem_der(pem: &str) -> Vec<u8> {
        let b64: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
        base64::engine::general_purpose::STANDARD
            .decode(b64)
            .expect("base64")
    }

    fn listing(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("read_dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn bundle_holds_every_file_unchanged() {
        let b = sample();
        let names: Vec<&str> = b.files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            [
                METADATA_FILE,
                CERT_PEM_FILE,
                CERT_DER_FILE,
                KEY_FILE,
                "4-logo.png",
                REFERENCE_README_FILE,
                ENTRA_CERT_DER_FILE,
                ENTRA_CERT_PEM_FILE,
                REMINDERS_FILE,
                SETTINGS_FILE,
                MANIFEST_FILE
            ]
        );
        let secret: Vec<&str> = (b.files.iter().filter(|f| f.secret))
            .map(|f| f.name.as_str())
            .collect();
        assert_eq!(secret, [KEY_FILE]);
        assert_eq!(
            file(&b, METADATA_FILE),
            ENTRA,
            "metadata must be byte-for-byte"
        );
        let (cert, key) = pair();
        assert_eq!(file(&b, CERT_DER_FILE), cert.der.as_slice());
        assert_eq!(pem_der(&text(&b, CERT_PEM_FILE)), cert.der);
        assert_eq!(file(&b, KEY_FILE), key.as_slice());
        assert_eq!(file(&b, "4-logo.png"), unhex(PNG_1X1).as_slice());
        let report = report_at(NOW, true);
        assert_eq!(
            reminders::calendar_with_topdesk(&report, cert, NOW).as_deref(),
            Some(text(&b, REMINDERS_FILE).as_str()),
            "reminders of the Entra certificate and of the uploaded TOPdesk certificate"
        );
        let active = report
            .idp
            .as_ref()
            .and_then(|i| i.active_cert())
            .expect("active");
        assert_eq!(file(&b, ENTRA_CERT_DER_FILE), active.info.der.as_slice());
        assert_eq!(pem_der(&text(&b, ENTRA_CERT_PEM_FILE)), active.info.der);
        // Debug shows sizes, never bytes.
        let shown = format!("{b:?}");
        let leak = format!("{:?}", &key[40..48]);
        assert!(!shown.contains(&leak[1..leak.len() - 1]), "{shown}");
        assert!(shown.contains("3-topdesk-private-key.pk8.der"), "{shown}");
    }

    #[test]
    fn manifest_hashes_every_other_file_and_holds_no_key() {
        let b = sample();
        let manifest = text(&b, MANIFEST_FILE);
        let m: serde_json::Value = serde_json::from_str(&manifest).expect("json");
        let files = m["files"].as_object().expect("files");
        assert_eq!(files.len(), b.files.len() - 1, "all but the manifest");
        for f in b.files.iter().filter(|f| f.name != MANIFEST_FILE) {
            let expected = sha256_hex(&f.bytes);
            assert_eq!(files[&f.name], expected.as_str(), "{}", f.name);
        }
        assert_eq!(m["tool_version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(m["created"], "2022-06-01T12:00:00Z");
        assert_eq!(m["section"], "secure");
        assert_eq!(m["user_attribute"], DEFAULT_USER_ATTRIBUTE);
        assert_eq!(
            m["urls"]["reply"],
            "https://acme.topdesk.net/tas/secure/login/verify"
        );
        let (cert, key) = pair();
        assert_eq!(
            m["topdesk_certificate"]["sha1_thumbprint"],
            cert.sha1_thumbprint.as_str()
        );
        assert!(m["entra_signing_certificate"]["sha1_thumbprint"].is_string());
        // No key material in the manifest or the sheet, in any encoding.
        let b64 = base64::engine::general_purpose::STANDARD;
        for shown in [&manifest, &text(&b, SETTINGS_FILE)] {
            for off in 0..3 {
                let part = b64.encode(&key[100 + off..130 + off]);
                assert!(!shown.contains(&part[4..36]), "base64 of the key");
            }
            let hex: String = key[100..116].iter().map(|b| format!("{b:02x}")).collect();
            assert!(!shown.to_lowercase().contains(&hex), "hex of the key");
        }
    }

    #[test]
    fn settings_follow_the_dialog_and_entra_order() {
        let b = sample();
        let s = text(&b, SETTINGS_FILE);
        let report = report_at(NOW, true);
        let urls = report.urls.as_ref().expect("urls");
        let line_at = |label: &str, value: &str| {
            let at = s
                .find(&format!("  {label}"))
                .unwrap_or_else(|| panic!("{label}:\n{s}"));
            let line = s[at..].lines().next().expect("line");
            assert!(
                line.trim_end().ends_with(value),
                "{line:?} should end with {value:?}"
            );
            at
        };
        let entra = [
            line_at("Identifier (Entity ID)", &urls.identifier),
            line_at("Reply URL", &urls.reply),
            line_at("Sign on URL", &urls.sign_on),
            line_at("Relay State", "leave empty"),
            line_at("Logout Url", "leave empty"),
        ];
        assert!(entra.is_sorted(), "Entra order: {entra:?}");
        let topdesk = [
            line_at(
                "Federation Metadata",
                "(unchanged: do not open and save it)",
            ),
            line_at(
                "Certificate (RSA)",
                &format!("{REFERENCE_DIR}/, whose key Entra keeps)"),
            ),
            line_at("Private key", "(secret: delete it once uploaded)"),
            line_at("Logo icon", "upload 4-logo.png"),
            line_at("User name attribute", DEFAULT_USER_ATTRIBUTE),
            line_at("Display name", "Log in with Microsoft"),
        ];
        assert!(topdesk.is_sorted() && topdesk[5] < entra[0], "{topdesk:?}");
        assert!(s.contains("TOPdesk section: Secure (operators)"), "{s}");
        assert!(s.contains("22 Dec 2023"), "Entra certificate expiry:\n{s}");
        assert!(
            s.contains("1 Jan 2027 00:00 UTC"),
            "TOPdesk certificate expiry:\n{s}"
        );
        assert!(s.contains("Notes\n  - signature-valid: "), "{s}");
        // The metadata's validUntil comes from the report (read from the same bytes).
        let mut dated_report = report.clone();
        if let Some(idp) = dated_report.idp.as_mut() {
            idp.valid_until = Some(time::macros::datetime!(2030-01-02 03:04:05 UTC));
        }
        let with_date = input(&dated_report, &[], None);
        let s = text(&build(&with_date).expect("build"), SETTINGS_FILE);
        assert!(
            s.contains(&format!(
                "{:<32}valid until 2 Jan 2030 03:04 UTC",
                "Federation metadata"
            )),
            "{s}"
        );
        assert!(
            s.contains(&format!("{:<32}none chosen (optional)", "Logo icon")),
            "{s}"
        );
    }

    #[test]
    fn refuses_while_errors_stand_or_values_are_missing() {
        let report = report_at(NOW, true);
        let extra = [Finding::new(
            Code::CertExpired,
            "The TOPdesk certificate expired.",
            "Renew it.",
        )];
        let err = build(&input(&report, &extra, None)).expect_err("error finding");
        assert!(
            matches!(&err, BundleError::ErrorsStand(e) if e == &["cert-expired: The TOPdesk certificate expired."]),
            "{err:?}"
        );
        // The Entra certificate has expired by 2024: the report's own error refuses too.
        let late = report_at(datetime!(2024-06-01 0:00 UTC), true);
        let err = build(&input(&late, &[], None)).expect_err("expired");
        assert!(
            err.to_string()
                .contains("cert-expired: The active Entra signing"),
            "{err}"
        );
        // Without TOPdesk's metadata there are no Entra values.
        let no_sp = report_at(NOW, false);
        let err = build(&input(&no_sp, &[], None)).expect_err("no urls");
        assert!(matches!(err, BundleError::Missing(_)), "{err:?}");
        let mut blank = input(&report, &[], None);
        blank.display_name = " ";
        assert!(matches!(build(&blank), Err(BundleError::Missing(_))));
        let text = b"not an image".as_slice();
        let err = build(&input(&report, &[], Some(("logo.png", text)))).expect_err("bad logo");
        assert!(
            matches!(&err, BundleError::BadLogo(m) if m.ends_with(": logo.png")),
            "{err:?}"
        );
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt as _;
        fs::metadata(path).expect("metadata").permissions().mode() & 0o777
    }

    #[test]
    fn write_dir_is_complete_private_and_never_overwrites() {
        let b = sample();
        let parent = tempfile::tempdir().expect("tempdir");
        let out = parent.path().join("sso-bundle");
        write_dir(&b, &out).expect("write");
        assert_eq!(
            listing(parent.path()),
            ["sso-bundle"],
            "no temporary folder left"
        );
        let mut names: Vec<&str> = (b.files.iter())
            .map(|f| f.name.split('/').next().unwrap_or_default())
            .collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(listing(&out), names);
        #[cfg(unix)]
        assert_eq!(mode(&out.join(REFERENCE_DIR)), 0o700);
        for f in &b.files {
            assert_eq!(
                fs::read(out.join(&f.name)).expect("read"),
                *f.bytes,
                "{}",
                f.name
            );
        }
        #[cfg(unix)]
        {
            assert_eq!(mode(&out), 0o700);
            assert_eq!(mode(&out.join(KEY_FILE)), 0o600);
        }
        // A second run, or a folder already there, is refused and left alone.
        let err = write_dir(&b, &out).expect_err("exists");
        assert!(matches!(err, BundleError::OutputExists(_)), "{err:?}");
        assert!(
            err.to_string().ends_with(&format!(": {}", out.display())),
            "{err}"
        );
        let other = parent.path().join("other");
        fs::create_dir(&other).expect("mkdir");
        fs::write(other.join("keep.txt"), "mine").expect("write");
        assert!(matches!(
            write_dir(&b, &other),
            Err(BundleError::OutputExists(_))
        ));
        assert_eq!(listing(&other), ["keep.txt"]);
        assert_eq!(
            fs::read_to_string(other.join("keep.txt")).expect("read"),
            "mine"
        );
        assert_eq!(listing(parent.path()), ["other", "sso-bundle"]);
    }

    #[test]
    fn the_entra_certificate_is_kept_apart_and_settings_name_the_one_certificate_to_upload() {
        let b = sample();
        let reference: Vec<&str> = (b.files.iter())
            .map(|f| f.name.as_str())
            .filter(|n| n.contains("entra"))
            .collect();
        assert!(!reference.is_empty());
        assert!(
            reference
                .iter()
                .all(|n| n.starts_with("reference-not-for-topdesk/")),
            "{reference:?}"
        );
        let readme = text(&b, REFERENCE_README_FILE);
        assert_eq!(readme.lines().count(), 1, "{readme}");
        assert!(readme.contains("never upload it") && readme.contains(CERT_PEM_FILE));
        let sheet = text(&b, SETTINGS_FILE);
        let line = sheet
            .lines()
            .find(|l| l.trim_start().starts_with("Certificate (RSA)"))
            .expect("certificate line");
        assert!(
            line.contains(&format!("upload {CERT_PEM_FILE}: the only certificate for this field, because it is TOPdesk's own server certificate")),
            "{line}"
        );
    }

    #[test]
    fn write_zip_round_trips_and_never_overwrites() {
        let b = sample();
        let parent = tempfile::tempdir().expect("tempdir");
        let out = parent.path().join("sso-bundle.zip");
        write_zip(&b, &out).expect("write");
        assert_eq!(
            listing(parent.path()),
            ["sso-bundle.zip"],
            "no temporary file left"
        );
        #[cfg(unix)]
        assert_eq!(mode(&out), 0o600);
        let mut zip = zip::ZipArchive::new(File::open(&out).expect("open")).expect("zip");
        assert_eq!(zip.len(), b.files.len());
        for f in &b.files {
            // One top-level folder, named after the zip.
            let mut entry = zip
                .by_name(&format!("sso-bundle/{}", f.name))
                .expect("entry");
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).expect("read");
            assert_eq!(bytes, *f.bytes, "{}", f.name);
            let expected = if f.secret { 0o600 } else { 0o644 };
            assert_eq!(
                entry.unix_mode().map(|m| m & 0o777),
                Some(expected),
                "{}",
                f.name
            );
        }
        let before = fs::read(&out).expect("read");
        let err = write_zip(&b, &out).expect_err("exists");
        assert!(matches!(err, BundleError::OutputExists(_)), "{err:?}");
        assert_eq!(fs::read(&out).expect("read"), before);
        assert_eq!(listing(parent.path()), ["sso-bundle.zip"]);
    }

    #[test]
    fn failures_leave_nothing_behind() {
        // A duplicate name fails midway, after other files were written.
        let mut b = sample();
        b.files.push(BundleFile {
            name: METADATA_FILE.into(),
            bytes: Zeroizing::new(b"again".to_vec()),
            secret: false,
        });
        let parent = tempfile::tempdir().expect("tempdir");
        let err = write_dir(&b, &parent.path().join("d")).expect_err("duplicate");
        assert!(
            matches!(&err, BundleError::Io { source, .. } if source.kind() == io::ErrorKind::AlreadyExists),
            "{err:?}"
        );
        let err = write_zip(&b, &parent.path().join("z.zip")).expect_err("duplicate");
        assert!(matches!(err, BundleError::Zip { .. }), "{err:?}");
        assert_eq!(
            listing(parent.path()),
            Vec::<String>::new(),
            "temporary files left"
        );

        let missing = parent.path().join("no-such-folder");
        let err = write_dir(&sample(), &missing.join("out")).expect_err("no parent");
        assert!(matches!(err, BundleError::NoParent(_)), "{err:?}");
        assert!(
            err.to_string()
                .ends_with(&format!(": {}", missing.display())),
            "{err}"
        );
        b.files[0].name = "../escape.xml".into();
        let err = write_zip(&b, &parent.path().join("z.zip")).expect_err("bad name");
        assert!(matches!(err, BundleError::BadName(_)), "{err:?}");
        assert_eq!(listing(parent.path()), Vec::<String>::new());
    }

    #[test]
    fn logo_checks_content_and_size() {
        let ok = check_logo("logo.png", &unhex(PNG_1X1)).expect("valid PNG");
        assert_eq!(
            ok,
            LogoInfo {
                format: LogoFormat::Png,
                width: 1,
                height: 1
            }
        );
        let full = unhex(PNG_1X1);
        for cut in [20, 40, full.len() - 1] {
            let err = check_logo("cut.png", &full[..cut]).expect_err("truncated");
            assert!(
                err.contains("damaged or cut off") && err.ends_with(": cut.png"),
                "{err}"
            );
        }
        let err = check_logo("notes.png", b"just some text\n").expect_err("text");
        assert!(
            err.starts_with("The logo is not a PNG, JPEG, GIF or ICO image"),
            "{err}"
        );
        let err = check_logo("wide.png", &png(2000, 10)).expect_err("too wide");
        assert!(
            err.contains("2000×10") && err.contains("1024×1024"),
            "{err}"
        );
        assert!(check_logo("max.png", &png(1024, 1024)).is_ok());
        assert!(check_logo("empty.png", &png(0, 0)).is_err());
        let mut big = unhex(PNG_1X1);
        big.resize(MAX_LOGO_BYTES + 1, 0);
        assert!(
            check_logo("big.png", &big)
                .expect_err("size")
                .contains("1 MiB")
        );

        let gif = [
            b"GIF89a".as_slice(),
            &[40, 0, 30, 0, 0, 0, 0],
            &[0x2C; 4],
            &[0x3B],
        ]
        .concat();
        assert_eq!(
            check_logo("a.gif", &gif).map(|i| (i.width, i.height)),
            Ok((40, 30))
        );
        assert!(
            check_logo("a.gif", &gif[..gif.len() - 1]).is_err(),
            "no trailer"
        );
        // SOI, APP0 (length 4), SOF0: precision 8, height 48, width 64, then EOI.
        let jpeg = [
            &[0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0][..],
            &[0xFF, 0xC0, 0, 11, 8, 0, 48, 0, 64, 1, 1, 0x11, 0],
            &[0xFF, 0xD9],
        ]
        .concat();
        let info = check_logo("a.jpeg", &jpeg).expect("jpeg");
        assert_eq!(
            (info.format, info.width, info.height),
            (LogoFormat::Jpeg, 64, 48)
        );
        assert!(
            check_logo("a.jpeg", &jpeg[..jpeg.len() - 2]).is_err(),
            "no EOI"
        );
        // Two entries: 16×16 and 0×0 (= 256×256), each pointing at 4 bytes of data.
        let mut ico = vec![0, 0, 1, 0, 2, 0];
        ico.extend([16, 16, 0, 0, 1, 0, 32, 0, 4, 0, 0, 0, 38, 0, 0, 0]);
        ico.extend([0, 0, 0, 0, 1, 0, 32, 0, 4, 0, 0, 0, 42, 0, 0, 0]);
        ico.extend([0; 8]);
        assert_eq!(
            check_logo("a.ico", &ico).map(|i| (i.width, i.height)),
            Ok((256, 256))
        );
        assert!(
            check_logo("a.ico", &ico[..44]).is_err(),
            "image data cut off"
        );
    }
}
