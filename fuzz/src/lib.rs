//! What each fuzz target runs, one function per target, so that `tests/fuzz_findings.rs` replays
//! a saved finding through exactly the code that found it. Plain Rust, no libFuzzer: the tests
//! include this file with `#[path]`. Keep each body a few lines, on the crate's public API.

use time::OffsetDateTime;
use time::macros::datetime;
use topdesk_sso::core::cert::CertInfo;
use topdesk_sso::core::check::{self, CheckInput};
use topdesk_sso::core::metadata::Metadata;
use topdesk_sso::core::{bundle, inspect, key, text};

/// The clock of every target (inside the validity of the certificates in `tests/data/entra`).
pub const NOW: OffsetDateTime = datetime!(2024-03-01 0:00 UTC);

/// Between the Entra and the TOPdesk metadata in a `check` input. Text files never hold NUL.
pub const SEPARATOR: &[u8] = b"\0--sp--\0";

/// What a target runs on one input.
pub type Target = fn(&[u8]);

/// Every target by name (the name of its file in `fuzz_targets/`).
pub const TARGETS: &[(&str, Target)] = &[
    ("text_decode", text_decode),
    ("metadata_read", metadata_read),
    ("check", check),
    ("signature", signature),
    ("key_load", key_load),
    ("key_load_password", key_load_password),
    ("pkcs12", pkcs12),
    ("cert_der", cert_der),
    ("logo", logo),
    ("inspect", inspect),
    ("diagnose", diagnose),
];

/// `[n][n bytes: password][file]`: the password (lossy UTF-8) and the file.
#[must_use]
pub fn password_and_file(data: &[u8]) -> Option<(String, &[u8])> {
    let (&n, rest) = data.split_first()?;
    let (password, file) = rest.split_at(usize::from(n).min(rest.len()));
    Some((String::from_utf8_lossy(password).into_owned(), file))
}

/// `idp SEPARATOR sp`, or the whole input as the IdP file when there is no separator.
#[must_use]
pub fn idp_and_sp(data: &[u8]) -> (&[u8], Option<&[u8]>) {
    match data.windows(SEPARATOR.len()).position(|w| w == SEPARATOR) {
        Some(at) => (&data[..at], Some(&data[at + SEPARATOR.len()..])),
        None => (data, None),
    }
}

/// bytes → text: size cap, BOM, UTF-16, binary junk.
pub fn text_decode(data: &[u8]) {
    let _ = text::decode(data);
}

/// The SAML metadata reader alone (no checks, no signature); an aggregate's first entity is then
/// read in full by entityID.
pub fn metadata_read(data: &[u8]) {
    if let Ok(md) = Metadata::read(data, None)
        && let Some(first) = md.entities.first()
    {
        let _ = Metadata::read(data, Some(&first.entity_id));
    }
}

/// The whole check of both metadata files: `entra.xml SEPARATOR topdesk.xml`.
pub fn check(data: &[u8]) {
    let (idp, sp) = idp_and_sp(data);
    let _ = check::check(&CheckInput {
        idp: Some(idp),
        sp,
        ..CheckInput::new(NOW)
    });
}

/// Signature verification of Entra metadata, through the check with the IdP file only.
pub fn signature(data: &[u8]) {
    let _ = check::check(&CheckInput {
        idp: Some(data),
        ..CheckInput::new(NOW)
    });
}

fn certificates(material: &Result<key::Material, key::KeyError>) {
    for der in material.iter().flat_map(|m| &m.certs) {
        let _ = CertInfo::from_der(der);
    }
}

/// Certificate and key files in every format without a password, and the certificates in them.
pub fn key_load(data: &[u8]) {
    certificates(&key::load(data, None));
}

/// Certificate and key files in every format with a password: `[n][password][file]`.
pub fn key_load_password(data: &[u8]) {
    if let Some((password, file)) = password_and_file(data) {
        certificates(&key::load(file, Some(&password)));
    }
}

/// PKCS#12 (PFX) files, without and with a password: `[n][password][file]`.
pub fn pkcs12(data: &[u8]) {
    if let Some((password, file)) = password_and_file(data)
        && key::looks_like_pkcs12(file)
    {
        certificates(&key::load(file, None));
        certificates(&key::load(file, Some(&password)));
    }
}

/// One X.509 certificate (DER) summarised, dated and labelled.
pub fn cert_der(data: &[u8]) {
    if let Ok(c) = CertInfo::from_der(data) {
        let _ = (
            c.validity(NOW),
            c.weak_signature(),
            c.is_rsa(),
            c.label().len(),
        );
    }
}

/// The export's logo sniffer (format and size) and the drop zone's image recognition.
pub fn logo(data: &[u8]) {
    let _ = bundle::check_logo("logo.png", data);
    let _ = inspect::recognise(data);
}

/// "What is this file?" for anything dropped, as a whole, judged as of [`NOW`].
pub fn inspect(data: &[u8]) {
    let _ = inspect::inspect(data, NOW, None).summary();
}

/// A captured login (SAML message, Redirect URL, HAR, error page) judged against the demo setup
/// (`assets/samples`: Entra's metadata, TOPdesk's SP metadata and private key): the recogniser,
/// the decoders (base64, URL, DEFLATE), the hardened XML read, the SAML facts, decryption of an
/// assertion encrypted to the demo certificate, and the vetting and verification of every
/// signature (fuzz/seed.sh seeds such responses with extra signatures).
pub fn diagnose(data: &[u8]) {
    use std::sync::OnceLock;
    use topdesk_sso::core::check::Report;
    use topdesk_sso::core::diagnose::{self, Setup};
    use topdesk_sso::core::key::PrivateKey;
    static DEMO: OnceLock<(Report, Option<PrivateKey>)> = OnceLock::new();
    let (report, key) = DEMO.get_or_init(|| {
        let report = check::check(&CheckInput {
            idp: Some(include_bytes!(
                "../../assets/samples/sample-entra-federation-metadata.xml"
            )),
            sp: Some(include_bytes!(
                "../../assets/samples/sample-topdesk-sp-metadata.xml"
            )),
            ..CheckInput::new(NOW)
        })
        .expect("the demo files are readable");
        let key = key::load(
            include_bytes!("../../assets/samples/sample-topdesk-private-key.pem"),
            None,
        )
        .ok()
        .and_then(|m| m.key)
        .map(|k| k.key);
        (report, key)
    });
    let _ = diagnose::diagnose(
        data,
        &Setup {
            report,
            key: key.as_ref(),
            user_attribute: bundle::DEFAULT_USER_ATTRIBUTE,
            section: None,
            now: NOW,
            now_fixed: true,
        },
    );
}
