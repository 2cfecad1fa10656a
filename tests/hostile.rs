//! Hostile files: each is refused or judged correctly, quickly. Files that must be signed are
//! signed at test time with bergshamra (pure Rust), so these tests need no external tool.

mod common;

use std::time::{Duration, Instant};

use base64::Engine as _;
use bergshamra::{DsigContext, KeysManager};
use time::macros::datetime;
use topdesk_sso::core::cert::CertInfo;
use topdesk_sso::core::check::{CheckInput, InputError, PairFiles, Report, check, check_all};
use topdesk_sso::core::findings::{Code, Severity};
use topdesk_sso::core::history::SignerHistory;
use topdesk_sso::core::key::{self, KeyError};
use topdesk_sso::core::keygen::{GeneratedPair, KeyAlgorithm, SignatureHash};
use topdesk_sso::core::metadata::{self, MetadataError};
use topdesk_sso::core::signature::{self, SignatureStatus};

const TENANT: &str = "76db22f8-ca3e-4d0a-b5c1-795947fc8943";
const DS: &str = "http://www.w3.org/2000/09/xmldsig#";
const EXC: &str = "http://www.w3.org/2001/10/xml-exc-c14n#";
const RSA_SHA256: &str = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
const SHA256: &str = "http://www.w3.org/2001/04/xmlenc#sha256";
const MS_SSO: &str = "https://login.microsoftonline.com/76db22f8-ca3e-4d0a-b5c1-795947fc8943/saml2";
const ENTRA_ID: &str = "https://sts.windows.net/76db22f8-ca3e-4d0a-b5c1-795947fc8943/";
/// What every hostile input must finish within.
const LIMIT: Duration = Duration::from_secs(1);

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    // CI also runs these tests under Wine, where every file operation is a round trip to
    // wineserver (1,000 small files: 1.2 s there); real Windows never sets WINEPREFIX.
    let limit = if cfg!(windows) && std::env::var_os("WINEPREFIX").is_some() {
        3 * LIMIT
    } else {
        LIMIT
    };
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    assert!(took < limit, "{what} took {took:?}");
    out
}

fn app_pair(cn: &str) -> GeneratedPair {
    common::cert(
        KeyAlgorithm::Rsa { bits: 2048 },
        SignatureHash::Sha256,
        cn,
        datetime!(2026-01-01 0:00 UTC),
        datetime!(2029-01-01 0:00 UTC),
    )
}

const APP_CN: &str = "Microsoft Azure Federated SSO Certificate";

/// An Entra-shaped file listing `listed`, whose signature's `KeyInfo` carries `key_info`.
struct Doc<'a> {
    listed: Vec<&'a [u8]>,
    key_info: &'a [u8],
    sso: &'a str,
    signature_method: &'a str,
    digest_method: &'a str,
    /// Extra `<Transform>` elements after the standard two.
    extra_transforms: &'a str,
}

impl<'a> Doc<'a> {
    fn new(listed: Vec<&'a [u8]>, key_info: &'a [u8]) -> Self {
        Self {
            listed,
            key_info,
            sso: MS_SSO,
            signature_method: RSA_SHA256,
            digest_method: SHA256,
            extra_transforms: "",
        }
    }

    fn template(&self) -> String {
        let keys: String = self
            .listed
            .iter()
            .map(|der| {
                format!(
                    "<KeyDescriptor use=\"signing\"><KeyInfo xmlns=\"{DS}\"><X509Data><X509Certificate>{}</X509Certificate></X509Data></KeyInfo></KeyDescriptor>",
                    common::b64(der)
                )
            })
            .collect();
        format!(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><EntityDescriptor ID=\"_e1\" entityID=\"https://sts.windows.net/{TENANT}/\" xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"><Signature xmlns=\"{DS}\"><SignedInfo><CanonicalizationMethod Algorithm=\"{EXC}\"/><SignatureMethod Algorithm=\"{}\"/><Reference URI=\"#_e1\"><Transforms><Transform Algorithm=\"{DS}enveloped-signature\"/><Transform Algorithm=\"{EXC}\"/>{}</Transforms><DigestMethod Algorithm=\"{}\"/><DigestValue></DigestValue></Reference></SignedInfo><SignatureValue></SignatureValue><KeyInfo><X509Data><X509Certificate>{}</X509Certificate></X509Data></KeyInfo></Signature><IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">{keys}<SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\"{}\"/></IDPSSODescriptor></EntityDescriptor>",
            self.signature_method,
            self.extra_transforms,
            self.digest_method,
            common::b64(self.key_info),
            self.sso
        )
    }

    /// Signed with `signer`'s key (bergshamra fills `DigestValue` and `SignatureValue`).
    fn signed_by(&self, signer: &GeneratedPair) -> Vec<u8> {
        let pem = pem("PRIVATE KEY", &signer.private_key_pkcs8_der);
        let key = bergshamra::keys::loader::load_rsa_private_pem(pem.as_bytes()).unwrap();
        let mut keys = KeysManager::new();
        keys.add_key(key);
        let ctx = DsigContext::new(keys);
        bergshamra::dsig::sign::sign(&ctx, &self.template())
            .unwrap()
            .into_bytes()
    }
}

/// PEM with 64-character lines.
fn pem(label: &str, der: &[u8]) -> String {
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let lines: Vec<&str> = b64
        .as_bytes()
        .chunks(64)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect();
    format!(
        "-----BEGIN {label}-----\n{}\n-----END {label}-----\n",
        lines.join("\n")
    )
}

fn report(idp: &[u8]) -> Report {
    timed("check", || {
        check(&CheckInput {
            idp: Some(idp),
            ..CheckInput::new(common::NOW)
        })
        .unwrap()
    })
}

/// As [`report`], with TOPdesk's SP metadata beside it (the signer history is kept per app, and
/// the app is named by the TOPdesk Identifier).
fn report_for_app(idp: &[u8]) -> Report {
    let sp = common::Sp::secure().xml();
    check(&CheckInput {
        idp: Some(idp),
        sp: Some(sp.as_bytes()),
        ..CheckInput::new(common::NOW)
    })
    .unwrap()
}

fn finding(r: &Report, code: Code) -> &topdesk_sso::core::findings::Finding {
    r.findings
        .iter()
        .find(|f| f.code == code)
        .unwrap_or_else(|| panic!("{code} missing in {:?}", r.findings))
}

fn thumbprint(der: &[u8]) -> String {
    CertInfo::from_der(der).unwrap().sha1_thumbprint
}

// ---- Who signed the metadata --------------------------------------------------------------

/// The forged file of the issue: SSO URL and certificate replaced, re-signed by a self-made
/// "Microsoft Azure Federated SSO Certificate" that the file also lists. The signature holds
/// (nothing in a lone file can tell), but the verdict says only what it proves, with the
/// thumbprint to compare; the foreign SSO host is an error; the history flags the new signer.
#[test]
fn forged_resigned_entra_file_is_not_called_trustworthy() {
    let entra = app_pair(APP_CN);
    let forger = app_pair(APP_CN);
    let evil_sso = "https://login.rnicrosoftonline.com/76db22f8-ca3e-4d0a-b5c1-795947fc8943/saml2";
    let resigned = Doc {
        sso: evil_sso,
        ..Doc::new(vec![&forger.certificate_der], &forger.certificate_der)
    }
    .signed_by(&forger);
    let r = report(&resigned);
    let valid = finding(&r, Code::SignatureValid);
    let forged_tp = thumbprint(&forger.certificate_der);
    assert!(
        valid.message.to_string().contains(&forged_tp)
            && valid
                .message
                .to_string()
                .contains("has not been changed since it was signed by certificate")
            && valid.message.to_string().contains("SAML Certificates page"),
        "{valid:?}"
    );
    assert_eq!(
        finding(&r, Code::IdpHostNotMicrosoft).severity,
        Severity::Error
    );

    // The admin used the genuine file before: its signer is remembered for the app.
    let genuine = Doc::new(vec![&entra.certificate_der], &entra.certificate_der).signed_by(&entra);
    let genuine_report = report_for_app(&genuine);
    assert!(
        genuine_report
            .findings
            .iter()
            .all(|f| f.severity != Severity::Error),
        "{:?}",
        genuine_report.findings
    );
    let mut history = SignerHistory::default();
    assert_eq!(history.judge(&genuine_report), None);
    history.remember(&genuine_report);
    let new = history.judge(&report_for_app(&resigned)).unwrap();
    assert_eq!(new.code, Code::SignerNew);
    assert!(
        new.message.to_string().contains(&forged_tp)
            && new
                .message
                .to_string()
                .contains(&thumbprint(&entra.certificate_der))
    );
}

/// Listed: Entra's certificate. Signed: by an attacker whose certificate is only in the
/// signature's KeyInfo. An error naming that certificate, which is never active or exported.
#[test]
fn signature_by_an_unlisted_certificate_is_an_error() {
    let entra = app_pair(APP_CN);
    let attacker = app_pair(APP_CN);
    let doc =
        Doc::new(vec![&entra.certificate_der], &attacker.certificate_der).signed_by(&attacker);
    let r = report(&doc);
    let verdict = r.signature.as_ref().unwrap();
    let attacker_tp = thumbprint(&attacker.certificate_der);
    assert_eq!(verdict.status, SignatureStatus::Invalid);
    assert_eq!(verdict.signed_by, None);
    assert_eq!(
        verdict.unlisted_signer.as_deref(),
        Some(attacker_tp.as_str())
    );
    let f = finding(&r, Code::SignatureUnlistedSigner);
    assert!(
        f.severity == Severity::Error && f.message.to_string().contains(&attacker_tp),
        "{f:?}"
    );
    let idp = r.idp.as_ref().unwrap();
    assert!(idp.certificates.iter().all(|c| !c.active));
    assert_ne!(
        idp.active_cert().map(|c| c.info.sha1_thumbprint.as_str()),
        Some(attacker_tp.as_str())
    );
}

/// A file whose SAML role lists two certificates, signed by either, is valid and names the signer.
#[test]
fn one_pass_names_whichever_listed_certificate_signed() {
    let a = app_pair(APP_CN);
    let b = app_pair(APP_CN);
    for signer in [&a, &b] {
        let doc = Doc::new(
            vec![&a.certificate_der, &b.certificate_der],
            &signer.certificate_der,
        )
        .signed_by(signer);
        let v = report(&doc).signature.unwrap();
        assert_eq!(v.status, SignatureStatus::Valid);
        assert_eq!(v.signed_by, Some(thumbprint(&signer.certificate_der)));
    }
}

#[test]
fn announced_rollover_is_told_apart_from_a_stranger() {
    let (a, b, c) = (app_pair(APP_CN), app_pair(APP_CN), app_pair(APP_CN));
    let first = report_for_app(
        &Doc::new(
            vec![&a.certificate_der, &b.certificate_der],
            &a.certificate_der,
        )
        .signed_by(&a),
    );
    let rolled =
        report_for_app(&Doc::new(vec![&b.certificate_der], &b.certificate_der).signed_by(&b));
    let stranger =
        report_for_app(&Doc::new(vec![&c.certificate_der], &c.certificate_der).signed_by(&c));
    let mut history = SignerHistory::default();
    history.remember(&first);
    assert_eq!(history.judge(&rolled).unwrap().code, Code::SignerAnnounced);
    assert_eq!(history.judge(&stranger).unwrap().code, Code::SignerNew);
    // Another app of the same tenant has a history of its own.
    let mut other_app = stranger.clone();
    other_app.sp.as_mut().unwrap().entity_id = "https://other.topdesk.net/saml-metadata/1".into();
    assert_eq!(history.judge(&other_app), None);
    // Kept on disk as public data: judging never writes, remembering does.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("signers.json");
    let mut judged = stranger.clone();
    SignerHistory::judge_at(&path, &mut judged);
    assert!(!path.exists());
    SignerHistory::remember_at(&path, &first);
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains(TENANT) && saved.contains(&thumbprint(&a.certificate_der)));
    assert!(!saved.contains("PRIVATE"));
    let mut judged = stranger.clone();
    SignerHistory::judge_at(&path, &mut judged);
    assert!(judged.findings.iter().any(|f| f.code == Code::SignerNew));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), saved);
}

/// `XPath`, `XPath` Filter 2, XSLT, base64, or one transform too many: refused by our own rule
/// before the verifier runs any of them.
#[test]
fn transforms_that_can_leave_content_unsigned_are_refused() {
    let entra = app_pair(APP_CN);
    let signed = String::from_utf8(
        Doc::new(vec![&entra.certificate_der], &entra.certificate_der).signed_by(&entra),
    )
    .unwrap();
    let exc = format!("<Transform Algorithm=\"{EXC}\"/>");
    for (name, transform, reason) in [
        (
            "XPath",
            "<Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xpath-19991116\"><XPath>not(ancestor-or-self::*[local-name()='SingleSignOnService'])</XPath></Transform>",
            "its reference uses the transform 'http://www.w3.org/TR/1999/REC-xpath-19991116'",
        ),
        (
            "XPath Filter 2",
            "<Transform Algorithm=\"http://www.w3.org/2002/06/xmldsig-filter2\"/>",
            "its reference uses the transform 'http://www.w3.org/2002/06/xmldsig-filter2'",
        ),
        (
            "XSLT",
            "<Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xslt-19991116\"/>",
            "its reference uses the transform 'http://www.w3.org/TR/1999/REC-xslt-19991116'",
        ),
        (
            "base64",
            "<Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#base64\"/>",
            "its reference uses the transform 'http://www.w3.org/2000/09/xmldsig#base64'",
        ),
        ("a third canonicalisation", exc.as_str(), "3 transforms"),
    ] {
        // Replacing the canonicalisation keeps two transforms, except in the last case.
        let doc = if name.starts_with("a third") {
            signed.replacen(&exc, &format!("{exc}{transform}"), 1)
        } else {
            signed.replacen(&exc, transform, 1)
        };
        let v = report(doc.as_bytes()).signature.unwrap();
        assert_eq!(v.status, SignatureStatus::Invalid, "{name}");
        assert!(
            v.reason
                .clone()
                .unwrap_or_default()
                .to_string()
                .contains(reason),
            "{name}: {v:?}"
        );
    }
}

/// A signed file too large to verify within the limits says so instead of trying.
#[test]
fn a_signed_file_over_the_limit_is_not_verified() {
    let entra = app_pair(APP_CN);
    let padding = format!("<!--{}-->", "x".repeat(signature::MAX_SIGNED_BYTES));
    let doc = String::from_utf8(
        Doc::new(vec![&entra.certificate_der], &entra.certificate_der).signed_by(&entra),
    )
    .unwrap()
    .replacen(
        "<IDPSSODescriptor",
        &format!("{padding}<IDPSSODescriptor"),
        1,
    );
    let v = report(doc.as_bytes()).signature.unwrap();
    assert_eq!(v.status, SignatureStatus::Invalid);
    assert!(
        v.reason
            .unwrap()
            .to_string()
            .contains("too large to verify")
    );
}

/// A Reference to anything but the root is refused before the verifier sees it: a relative URI
/// would otherwise make it read a local file (here `/dev/zero` when started from `/`).
#[test]
fn a_reference_to_a_local_file_is_refused_before_verifying() {
    let entra = app_pair(APP_CN);
    let doc = String::from_utf8(
        Doc::new(vec![&entra.certificate_der], &entra.certificate_der).signed_by(&entra),
    )
    .unwrap()
    .replacen("URI=\"#_e1\"", "URI=\"dev/zero\"", 1);
    let v = report(doc.as_bytes()).signature.unwrap();
    assert_eq!(v.status, SignatureStatus::Invalid);
    assert!(
        v.reason
            .unwrap()
            .to_string()
            .contains("covers 'dev/zero', not the root element")
    );
}

#[test]
fn sha1_verifies_with_a_warning_and_md5_is_not_built() {
    let entra = app_pair(APP_CN);
    let sha1 = Doc {
        signature_method: "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
        digest_method: "http://www.w3.org/2000/09/xmldsig#sha1",
        ..Doc::new(vec![&entra.certificate_der], &entra.certificate_der)
    }
    .signed_by(&entra);
    let r = report(&sha1);
    assert_eq!(r.signature.as_ref().unwrap().status, SignatureStatus::Valid);
    assert_eq!(finding(&r, Code::SignatureSha1).severity, Severity::Warning);
    // The same file claiming RSA-MD5: not verifiable here, so not valid.
    let md5 = String::from_utf8(sha1)
        .unwrap()
        .replace(
            "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-md5",
        )
        .into_bytes();
    let v = report(&md5).signature.unwrap();
    assert_eq!(v.status, SignatureStatus::Invalid);
    assert!(
        v.reason
            .unwrap()
            .to_string()
            .contains("signature algorithm 'http://www.w3.org/2001/04/xmldsig-more#rsa-md5'")
    );
}

#[test]
fn five_thousand_certificates_in_one_key_info_are_refused() {
    let entra = app_pair(APP_CN);
    let one = format!(
        "<X509Certificate>{}</X509Certificate>",
        common::b64(&entra.certificate_der)
    );
    let doc = String::from_utf8(
        Doc::new(vec![&entra.certificate_der], &entra.certificate_der).signed_by(&entra),
    )
    .unwrap()
    .replacen(&one, &one.repeat(5_000), 1);
    let err = timed("5000 certificates", || {
        check(&CheckInput {
            idp: Some(doc.as_bytes()),
            ..CheckInput::new(common::NOW)
        })
    })
    .unwrap_err();
    assert!(
        matches!(
            err,
            InputError::Idp(MetadataError::TooMany {
                what: "certificates",
                ..
            })
        ),
        "{err}"
    );
}

/// Refused at once with one line naming the limit, whatever the file's size.
fn refused(what: &str, idp: &[u8]) -> MetadataError {
    let err = timed(what, || {
        check(&CheckInput {
            idp: Some(idp),
            ..CheckInput::new(common::NOW)
        })
    })
    .unwrap_err();
    assert!(!err.to_string().contains('\n'), "{err}");
    match err {
        InputError::Idp(e) => e,
        other => panic!("{what}: {other}"),
    }
}

/// A 50 MB entityID (457 MB of memory once) is refused by [`metadata::MAX_VALUE_BYTES`] before
/// it is copied anywhere.
#[test]
fn a_50_mb_entity_id_is_refused_by_the_value_cap() {
    let id = format!("https://sts.windows.net/{}/", "a".repeat(50 * 1024 * 1024));
    let doc = common::idp_xml(&id, &[&app_pair(APP_CN).certificate_der], true);
    let err = refused("50 MB entityID", doc.as_bytes());
    assert_eq!(err, MetadataError::TooLong { line: 1 });
    assert!(
        err.to_string().contains(&format!(
            "longer than {} KiB",
            metadata::MAX_VALUE_BYTES / 1024
        )),
        "{err}"
    );
    // A certificate's base64 is a value too.
    let text = format!(
        "<X509Certificate>{}</X509Certificate>",
        "A".repeat(metadata::MAX_VALUE_BYTES + 4)
    );
    let doc = common::idp_xml(ENTRA_ID, &[], true).replacen(
        "<SingleSignOnService",
        &format!(
            "<KeyDescriptor use=\"signing\"><KeyInfo xmlns=\"{DS}\"><X509Data>{text}</X509Data></KeyInfo></KeyDescriptor><SingleSignOnService"
        ),
        1,
    );
    assert!(matches!(
        refused("long certificate", doc.as_bytes()),
        MetadataError::TooLong { .. }
    ));
}

/// 500,000 `SingleSignOnService` elements (an allocation failure at 1 GiB once) are refused by
/// [`metadata::MAX_ITEMS`], as are floods of the other lists the model keeps.
#[test]
fn half_a_million_endpoints_are_refused_by_the_item_cap() {
    let sso = format!(
        "<SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\"{MS_SSO}\"/>"
    );
    let entra = app_pair(APP_CN);
    let floods = [
        ("endpoints", sso.repeat(500_000)),
        (
            "nameid-formats",
            "<NameIDFormat>urn:x</NameIDFormat>".repeat(500_000),
        ),
        (
            "key-descriptors",
            "<KeyDescriptor use=\"signing\"/>".repeat(500_000),
        ),
    ];
    for (what, flood) in floods {
        let doc = String::from_utf8(
            Doc::new(vec![&entra.certificate_der], &entra.certificate_der).signed_by(&entra),
        )
        .unwrap()
        .replacen(
            "<SingleSignOnService",
            &format!("{flood}<SingleSignOnService"),
            1,
        );
        let err = refused(what, doc.as_bytes());
        assert!(
            matches!(err, MetadataError::TooMany { what: w, limit: metadata::MAX_ITEMS, .. } if w == what),
            "{what}: {err}"
        );
    }
}

/// A signed 90 MB file of tiny elements (2 s once) is refused by [`metadata::MAX_NODES`] well
/// within the limit: no input is walked further than that.
#[test]
fn a_signed_90_mb_file_of_tiny_elements_is_refused_by_the_node_cap() {
    let entra = app_pair(APP_CN);
    let doc = String::from_utf8(
        Doc::new(vec![&entra.certificate_der], &entra.certificate_der).signed_by(&entra),
    )
    .unwrap()
    .replacen(
        "<IDPSSODescriptor",
        &format!("{}<IDPSSODescriptor", "<a/>".repeat(90 * 1024 * 1024 / 4)),
        1,
    );
    assert!(doc.len() > 90 * 1024 * 1024 && doc.len() > 40 * signature::MAX_SIGNED_BYTES);
    let err = refused("90 MB of tiny elements", doc.as_bytes());
    assert!(
        matches!(
            err,
            MetadataError::TooMany {
                what: "nodes",
                limit: metadata::MAX_NODES,
                ..
            }
        ),
        "{err}"
    );
}

/// An aggregate whose entityIDs are long runs of direction-changing characters (each kept as
/// `\u{202E}`, near three times its size) is refused by [`metadata::MAX_LISTED_BYTES`] instead of
/// listing a quarter of a gigabyte.
#[test]
fn an_aggregate_of_huge_escaped_entity_ids_is_refused_by_the_listing_cap() {
    let entity = format!(
        "<EntityDescriptor entityID=\"https://x/{}\"/>",
        "\u{202e}".repeat(300)
    );
    let doc = format!(
        "<EntitiesDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">{}</EntitiesDescriptor>",
        entity.repeat(90_000)
    );
    assert!(matches!(
        refused("escaped entityIDs", doc.as_bytes()),
        MetadataError::TooMany {
            what: "entity-id-bytes",
            limit: metadata::MAX_LISTED_BYTES,
            ..
        }
    ));
}

// ---- Bounded work on password-protected and oversized keys ------------------------------

/// A tiny DER writer for hand-made hostile structures.
fn der(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = content.len();
    if len < 0x80 {
        out.push(u8::try_from(len).unwrap());
    } else {
        let bytes: Vec<u8> = len
            .to_be_bytes()
            .into_iter()
            .skip_while(|&b| b == 0)
            .collect();
        out.push(0x80 | u8::try_from(bytes.len()).unwrap());
        out.extend(bytes);
    }
    out.extend_from_slice(content);
    out
}
fn seq(parts: &[Vec<u8>]) -> Vec<u8> {
    der(0x30, &parts.concat())
}
fn oid(hex_bytes: &[u8]) -> Vec<u8> {
    der(0x06, hex_bytes)
}
fn int(value: u64) -> Vec<u8> {
    let mut bytes: Vec<u8> = value
        .to_be_bytes()
        .into_iter()
        .skip_while(|&b| b == 0)
        .collect();
    if bytes.first().is_none_or(|&b| b >= 0x80) {
        bytes.insert(0, 0);
    }
    der(0x02, &bytes)
}
fn octets(content: &[u8]) -> Vec<u8> {
    der(0x04, content)
}
const PBES2: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0d];
const PBKDF2: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05, 0x0c];
const SCRYPT: &[u8] = &[0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x04, 0x0b];
const AES256_CBC: &[u8] = &[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x01, 0x2a];
const HMAC_SHA256: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x09];

fn encrypted_key_pem(kdf: Vec<u8>) -> Vec<u8> {
    let scheme = seq(&[
        oid(PBES2),
        seq(&[kdf, seq(&[oid(AES256_CBC), octets(&[7; 16])])]),
    ]);
    let info = seq(&[scheme, octets(&[0; 1232])]);
    pem("ENCRYPTED PRIVATE KEY", &info).into_bytes()
}

fn assert_limit(what: &str, bytes: &[u8], expected: &str) {
    for password in [None, Some("secret")] {
        let err = timed(what, || key::load(bytes, password)).unwrap_err();
        assert!(matches!(err, KeyError::Limit(_)), "{what}: {err}");
        let text = err.to_string();
        assert!(
            text.starts_with("unsupported parameters") && text.contains(expected),
            "{what}: {text}"
        );
    }
}

#[test]
fn pbkdf2_count_of_2_pow_31_is_refused_before_deriving() {
    let kdf = seq(&[
        oid(PBKDF2),
        seq(&[
            octets(&[1; 16]),
            int(1 << 31),
            seq(&[oid(HMAC_SHA256), der(0x05, &[])]),
        ]),
    ]);
    assert_limit(
        "PBKDF2 2^31",
        &encrypted_key_pem(kdf),
        "2147483648 PBKDF2 iterations",
    );
}

#[test]
fn scrypt_n_of_2_pow_40_is_refused_before_deriving() {
    let kdf = seq(&[
        oid(SCRYPT),
        seq(&[octets(&[1; 16]), int(1 << 40), int(8), int(1)]),
    ]);
    assert_limit("scrypt 2^40", &encrypted_key_pem(kdf), "scrypt");
}

#[test]
fn pkcs12_mac_iterations_and_derivation_count_are_capped() {
    const DATA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01];
    const SHA256_OID: &[u8] = &[0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01];
    const PBE_3DES: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x01, 0x03];
    let pfx = |content: Vec<u8>, mac_iterations: u64| {
        let auth_safe = seq(&[oid(DATA), der(0xa0, &octets(&content))]);
        let mac = seq(&[
            seq(&[seq(&[oid(SHA256_OID), der(0x05, &[])]), octets(&[0; 32])]),
            octets(&[1; 8]),
            int(mac_iterations),
        ]);
        seq(&[int(3), auth_safe, mac])
    };
    let empty = seq(&[]);
    assert_limit(
        "PKCS#12 MAC 2^31",
        &pfx(empty.clone(), 1 << 31),
        "PBKDF2 iterations",
    );
    let bag = seq(&[oid(PBE_3DES), seq(&[octets(&[1; 8]), int(2048)])]);
    let many = seq(&vec![bag; 9]);
    assert_limit(
        "PKCS#12 with 10 derivations",
        &pfx(many, 2048),
        "password derivations",
    );
}

/// PKCS#1 `RSAPrivateKey` with a 65536-bit modulus (the numbers need not fit: it is refused
/// before any arithmetic).
#[test]
fn a_65536_bit_key_is_refused_before_any_arithmetic() {
    let mut modulus = vec![0u8];
    modulus.extend(vec![0xff; 8192]);
    let key = seq(&[
        int(0),
        der(0x02, &modulus),
        int(65537),
        der(0x02, &modulus[..4097]),
        int(3),
        int(5),
        int(7),
        int(11),
        int(13),
    ]);
    for bytes in [key.clone(), pem("RSA PRIVATE KEY", &key).into_bytes()] {
        let err = timed("65536-bit key", || key::load(&bytes, None)).unwrap_err();
        assert!(err.to_string().contains("65536 bits"), "{err}");
    }
}

// ---- Honest values -------------------------------------------------------------------------

#[test]
fn control_characters_and_bidi_overrides_from_a_file_are_escaped() {
    let evil = common::cert(
        KeyAlgorithm::Rsa { bits: 2048 },
        SignatureHash::Sha256,
        "acme\u{1b}[2K\u{202e}lmx.exe",
        datetime!(2026-01-01 0:00 UTC),
        datetime!(2027-01-01 0:00 UTC),
    );
    let info = CertInfo::from_der(&evil.certificate_der).unwrap();
    for shown in [&info.subject, info.common_name.as_ref().unwrap()] {
        assert!(
            !shown.contains('\u{1b}') && !shown.contains('\u{202e}'),
            "{shown}"
        );
        assert!(shown.contains("\\u{001B}[2K\\u{202E}lmx.exe"), "{shown}");
    }
    // The CLI's text output carries no raw control character either.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evil.der");
    std::fs::write(&path, &evil.certificate_der).unwrap();
    let out = common::cli_command()
        .arg("inspect")
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("\\u{001B}[2K"), "{stdout}");
    assert!(!stdout.contains('\u{1b}') && !stdout.contains('\u{202e}'));
}

#[test]
fn a_topdesk_pair_that_would_fail_on_upload_day_is_an_error() {
    let not_yet = common::cert(
        KeyAlgorithm::Rsa { bits: 2048 },
        SignatureHash::Sha256,
        "acme.topdesk.net",
        common::NOW + time::Duration::days(3),
        common::NOW + time::Duration::days(400),
    );
    let short = common::cert(
        KeyAlgorithm::Rsa { bits: 1024 },
        SignatureHash::Sha256,
        "acme.topdesk.net",
        common::NOW - time::Duration::days(3),
        common::NOW + time::Duration::days(400),
    );
    for (pair, codes) in [
        (&not_yet, &[Code::CertNotYetValid][..]),
        (&short, &[Code::CertWeakRsa, Code::KeyWeakRsa][..]),
    ] {
        let r = check_all(
            &CheckInput::new(common::NOW),
            &PairFiles {
                cert: Some(&pair.certificate_der),
                key: Some(&pair.private_key_pkcs8_der),
                cert_password: None,
                key_password: None,
                cert_opened: None,
                key_opened: None,
            },
        )
        .unwrap();
        for &code in codes {
            let f = finding(&r, code);
            assert_eq!(f.severity, Severity::Error, "{f:?}");
            assert!(
                f.fix.to_string().contains("Generate a new key pair"),
                "{f:?}"
            );
        }
    }
}

#[test]
fn dev_zero_is_refused_quickly_by_the_cli() {
    if !cfg!(unix) {
        return;
    }
    let out = timed("/dev/zero", || {
        common::cli_command()
            .args(["check", "--idp", "/dev/zero"])
            .output()
            .unwrap()
    });
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("not a regular file"), "{stderr}");
}

/// A certificate whose RSA key has a 65536-bit modulus (hand-made; nothing checks its
/// signature before the size is refused).
#[test]
fn a_certificate_with_a_65536_bit_key_is_refused() {
    const RSA_ENCRYPTION: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
    const SHA256_RSA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b];
    const CN: &[u8] = &[0x55, 0x04, 0x03];
    let mut modulus = vec![0u8];
    modulus.extend(vec![0xff; 8192]);
    let mut key_bits = vec![0u8];
    key_bits.extend(seq(&[der(0x02, &modulus), int(65537)]));
    let spki = seq(&[
        seq(&[oid(RSA_ENCRYPTION), der(0x05, &[])]),
        der(0x03, &key_bits),
    ]);
    let name = seq(&[der(0x31, &seq(&[oid(CN), der(0x0c, b"huge")]))]);
    let alg = seq(&[oid(SHA256_RSA), der(0x05, &[])]);
    let tbs = seq(&[
        der(0xa0, &int(2)),
        int(1),
        alg.clone(),
        name.clone(),
        seq(&[der(0x17, b"260101000000Z"), der(0x17, b"270101000000Z")]),
        name,
        spki,
    ]);
    let cert = seq(&[tbs, alg, der(0x03, &[0, 1, 2, 3])]);
    let err = timed("65536-bit certificate", || CertInfo::from_der(&cert)).unwrap_err();
    assert!(err.to_string().contains("65536 bits"), "{err}");
}

/// A 2047-bit key is 2047 bits in the key and in its certificate, as openssl says.
#[test]
fn key_sizes_are_the_real_bit_length() {
    if !common::have_tool("openssl") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key_path = dir.path().join("k.pem");
    let cert_path = dir.path().join("c.pem");
    let run = |args: &[&str]| {
        let out = std::process::Command::new("openssl")
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let (k, c) = (key_path.to_str().unwrap(), cert_path.to_str().unwrap());
    run(&["genrsa", "-out", k, "2047"]);
    run(&[
        "req",
        "-new",
        "-x509",
        "-key",
        k,
        "-subj",
        "/CN=odd.topdesk.net",
        "-days",
        "30",
        "-out",
        c,
    ]);
    assert!(run(&["rsa", "-in", k, "-noout", "-text"]).contains("(2047 bit"));
    let key = key::load(&std::fs::read(&key_path).unwrap(), None).unwrap();
    assert_eq!(key.key.unwrap().key.bits(), Some(2047));
    let cert = key::load(&std::fs::read(&cert_path).unwrap(), None).unwrap();
    assert_eq!(
        CertInfo::from_der(&cert.certs[0]).unwrap().key_bits,
        Some(2047)
    );
}

/// `check --signers FILE` on the command line: a file of a known app signed by a stranger gets
/// signer-new, and checking leaves the history as it was.
#[test]
fn cli_judges_against_the_signer_history() {
    let (a, b) = (app_pair(APP_CN), app_pair(APP_CN));
    let dir = tempfile::tempdir().unwrap();
    let history = dir.path().join("signers.json");
    SignerHistory::remember_at(
        &history,
        &report_for_app(&Doc::new(vec![&a.certificate_der], &a.certificate_der).signed_by(&a)),
    );
    let before = std::fs::read_to_string(&history).unwrap();
    let idp = dir.path().join("b.xml");
    std::fs::write(
        &idp,
        Doc::new(vec![&b.certificate_der], &b.certificate_der).signed_by(&b),
    )
    .unwrap();
    let sp = dir.path().join("sp.xml");
    std::fs::write(&sp, common::Sp::secure().xml()).unwrap();
    let out = common::cli_command()
        .args(["check", "--json", "--now", "2026-06-01T12:00:00Z", "--idp"])
        .arg(&idp)
        .arg("--sp")
        .arg(&sp)
        .arg("--signers")
        .arg(&history)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"signer-new"), "{codes:?}");
    assert_eq!(std::fs::read_to_string(&history).unwrap(), before);
}

/// Key bags hidden inside an encrypted safe (here opened by the empty password a dropped file
/// is tried with) are counted too, before anything is derived for them.
#[test]
fn pkcs12_key_bags_hidden_in_an_encrypted_safe_are_counted() {
    use pkcs8::der::Encode as _;
    use pkcs8::pkcs5::{EncryptionScheme, pbes2};
    const DATA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01];
    const ENCRYPTED_DATA: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x06];
    const PBE_3DES: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x01, 0x03];
    let bag = seq(&[oid(PBE_3DES), seq(&[octets(&[1; 8]), int(900_000)])]);
    let hidden = seq(&vec![bag; 12]);
    let params =
        pbes2::Parameters::generate_pbkdf2_sha256_aes256cbc(2048, &[3; 16], [4; 16]).unwrap();
    let ciphertext = params.encrypt("", &hidden).unwrap();
    let algorithm = EncryptionScheme::Pbes2(params).to_der().unwrap();
    let safe = seq(&[
        oid(ENCRYPTED_DATA),
        der(
            0xa0,
            &seq(&[int(0), seq(&[oid(DATA), algorithm, der(0x80, &ciphertext)])]),
        ),
    ]);
    let auth_safe = seq(&[oid(DATA), der(0xa0, &octets(&seq(&[safe])))]);
    let pfx = seq(&[int(3), auth_safe]);
    let err = timed("hidden key bags", || key::load(&pfx, None)).unwrap_err();
    assert!(matches!(err, KeyError::Limit(_)), "{err}");
    let text = err.to_string();
    assert!(
        text.contains("PBKDF2 iterations in all") || text.contains("password derivations"),
        "{text}"
    );
}

/// A URL value that is not a URL (an escape sequence, a right-to-left override, a space) in
/// TOPdesk's Identifier or Reply URL, or in Entra's login URL or entityID, is an error that names
/// it escaped; it is never offered for copying or exported, and the CLI exits 1.
#[test]
fn url_values_that_are_not_urls_are_errors_and_never_offered() {
    use topdesk_sso::core::bundle::{self, BundleError, BundleInput};
    let (sp, pair) = common::sp_and_pair(common::NOW);
    let entra = app_pair(APP_CN);
    let idp = String::from_utf8(
        Doc::new(vec![&entra.certificate_der], &entra.certificate_der).signed_by(&entra),
    )
    .unwrap();
    let sp_id = "https://acme.topdesk.net/saml-metadata/4f1c2b9a";
    let reply = "https://acme.topdesk.net/tas/secure/login/verify";
    // In which file, the value, what it becomes, and what the error says.
    let cases = [
        (
            false,
            sp_id,
            format!("{sp_id}&#x1B;[2K&#x202E;abc"),
            format!(
                "TOPdesk's Identifier (entityID) '{sp_id}\\u{{001B}}[2K\\u{{202E}}abc' is not a valid URL: it contains the control character U+001B"
            ),
        ),
        (
            false,
            reply,
            reply.replace("login/", "login/ "),
            "TOPdesk's Reply URL 'https://acme.topdesk.net/tas/secure/login/ verify' is not a valid URL: it contains a space".into(),
        ),
        (
            true,
            MS_SSO,
            format!("{MS_SSO}&#x202E;"),
            "Entra's login URL 'https://login.microsoftonline.com/76db22f8-ca3e-4d0a-b5c1-795947fc8943/saml2\\u{202E}' is not a valid URL: it contains the invisible or direction-changing character U+202E".into(),
        ),
        (
            true,
            ENTRA_ID,
            ENTRA_ID.replace("windows.net", "windows.net&#x2067;"),
            "Entra's identifier (entityID) 'https://sts.windows.net\\u{2067}/".into(),
        ),
    ];
    let key = pair.private_key_pkcs8_der.clone();
    let topdesk_cert = CertInfo::from_der(&pair.certificate_der).unwrap();
    for (in_idp, value, hostile, says) in cases {
        let (idp, sp) = if in_idp {
            (idp.replace(value, &hostile), sp.clone())
        } else {
            (idp.clone(), sp.replace(value, &hostile))
        };
        let r = check(&CheckInput {
            idp: Some(idp.as_bytes()),
            sp: Some(sp.as_bytes()),
            ..CheckInput::new(common::NOW)
        })
        .unwrap();
        let f = finding(&r, Code::UrlInvalid);
        assert_eq!(f.severity, Severity::Error);
        assert!(
            f.message.to_string().starts_with(&says),
            "{says}\n{}",
            f.message
        );
        assert!(
            !f.message
                .to_string()
                .contains(['\u{1b}', '\u{202e}', '\u{2067}'])
        );
        // Never offered: no values to copy, no login URL, no identifier to compare with.
        let entra_summary = r.idp.as_ref().unwrap();
        if in_idp {
            assert!(r.urls.is_some());
            if value == MS_SSO {
                assert_eq!(entra_summary.sso_url, None);
            } else {
                assert_eq!(entra_summary.identifier(), None);
            }
            assert!(!codes(&r).contains(&Code::IdpNoSso), "{:?}", r.findings);
        } else {
            assert_eq!(r.urls, None);
        }
        // Never exported.
        let built = bundle::build(&BundleInput {
            federation_metadata: idp.as_bytes(),
            report: &r,
            topdesk_cert: &topdesk_cert,
            private_key_pkcs8_der: &key,
            extra_findings: &[],
            logo: None,
            display_name: "Log in",
            user_attribute: "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
            created: common::NOW,
        });
        assert!(
            matches!(&built, Err(BundleError::ErrorsStand(e)) if e.iter().any(|e| e.code.as_str() == "url-invalid")),
            "{:?}",
            built.err()
        );
    }
}

/// The CLI offers no values, says why, and exits 1; its output carries no raw character.
#[test]
fn the_cli_offers_no_value_that_is_not_a_url() {
    let sp_id = "https://acme.topdesk.net/saml-metadata/4f1c2b9a";
    let sp = common::Sp {
        entity_id: format!("{sp_id}&#x1B;[2K&#x202E;abc"),
        ..common::Sp::secure()
    }
    .xml();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sp.xml");
    std::fs::write(&path, sp).unwrap();
    let out = common::cli_command()
        .args(["urls", "--sp"])
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("No Entra values")
            && stdout.contains("[url-invalid]")
            && stdout.contains("\\u{001B}[2K\\u{202E}abc"),
        "{stdout}"
    );
    assert!(!stdout.contains('\u{1b}') && !stdout.contains('\u{202e}'));
    // Nor does its JSON: the value is in the finding only.
    let (code, json, _) = common::run_cli(&["check", "--json", "--sp", path.to_str().unwrap()]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!((code, &json["urls"]), (1, &serde_json::Value::Null));
}

fn codes(r: &Report) -> Vec<Code> {
    r.findings.iter().map(|f| f.code).collect()
}

/// The signer history is a file too: an oversized, corrupt or non-regular one is refused at once
/// with its reason, never read as an empty history (that would quietly trust the next signer).
/// Judging a signed file reports it as one finding naming the file; remembering leaves it as it is.
#[test]
fn a_hostile_signer_history_is_reported_and_left_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.json");
    std::fs::write(&huge, vec![b'['; 3 * 1024 * 1024]).unwrap();
    let corrupt = dir.path().join("corrupt.json");
    std::fs::write(&corrupt, br#"{"apps": {"x": {"signers": 7}}}"#).unwrap();
    let cut = dir.path().join("cut.json");
    std::fs::write(&cut, br#"{"apps": {"x": {"signers": ["#).unwrap();
    let mut paths = vec![huge, corrupt, cut, dir.path().to_path_buf()];
    if cfg!(unix) {
        paths.push("/dev/zero".into());
    }
    let a = app_pair(APP_CN);
    let signed =
        report_for_app(&Doc::new(vec![&a.certificate_der], &a.certificate_der).signed_by(&a));
    for path in paths {
        let why = timed("signer history", || SignerHistory::load(&path))
            .unwrap_err()
            .to_string();
        assert!(!why.is_empty() && !why.contains('\n'), "{why}");
        let before = path.is_file().then(|| std::fs::read(&path).unwrap());
        let mut judged = signed.clone();
        timed("judge", || SignerHistory::judge_at(&path, &mut judged));
        let found: Vec<_> = judged
            .findings
            .iter()
            .filter(|f| f.code == Code::SignerHistoryUnreadable)
            .collect();
        assert_eq!(found.len(), 1, "{}", path.display());
        assert!(
            found[0]
                .message
                .to_string()
                .contains(&path.display().to_string())
                && found[0].message.to_string().contains(&why)
        );
        assert_eq!(found[0].severity, Severity::Warning);
        timed("remember", || SignerHistory::remember_at(&path, &signed));
        if let Some(before) = before {
            let after = std::fs::read(&path).unwrap();
            assert!(after == before, "left as it is: {}", path.display());
        }
    }
    // A missing file is an empty history (the first use), not a problem.
    let missing = dir.path().join("signers.json");
    assert_eq!(SignerHistory::load(&missing), Ok(SignerHistory::default()));
    let mut judged = signed.clone();
    SignerHistory::judge_at(&missing, &mut judged);
    assert_eq!(judged.findings, signed.findings);
}

/// Metadata by URL: addresses of any shape are judged at once, before anything is sent, and the
/// `SSL_CERT_FILE` / `SSL_CERT_DIR` roots are read with bounds (a device, a huge folder).
#[test]
fn hostile_addresses_and_root_locations_are_judged_quickly() {
    use topdesk_sso::core::fetch::{self, Trust};
    let long = format!("https://example.com/{}", "a".repeat(2 * 1024 * 1024));
    let long_query = format!(
        "https://login.microsoftonline.com/t/federationmetadata?{}",
        "x&".repeat(500_000)
    );
    let hostile = [
        "",
        "https://",
        "https://:443/x",
        "https://exa mple.com/",
        "https://\u{202e}moc.elpmaxe/",
        "https://[::1/",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "\u{0}\u{1b}[2K",
        long.as_str(),
        long_query.as_str(),
    ];
    for url in hostile {
        let result = timed("check_url", || fetch::check_url(url));
        assert!(result.is_err(), "{url:.80}");
        assert!(!result.unwrap_err().to_string().contains('\n'));
    }
    let dir = tempfile::tempdir().unwrap();
    for i in 0..1500 {
        std::fs::write(dir.path().join(format!("{i}.pem")), "not a certificate").unwrap();
    }
    std::fs::write(dir.path().join("big.pem"), vec![b'-'; 5 * 1024 * 1024]).unwrap();
    // No certificate in the first MAX_CERT_DIR_FILES files, or a device: named, quickly.
    let trust = timed("SSL_CERT_DIR", || {
        Trust::from_locations(None, Some(dir.path().as_os_str()))
    });
    assert!(
        matches!(&trust, Trust::Unusable(why) if why.to_string().contains("SSL_CERT_DIR")),
        "{trust:?}"
    );
    if cfg!(unix) {
        let trust = timed("SSL_CERT_FILE=/dev/zero", || {
            Trust::from_locations(Some(std::path::Path::new("/dev/zero")), None)
        });
        assert!(
            matches!(&trust, Trust::Unusable(why) if why.to_string().contains("/dev/zero")),
            "{trust:?}"
        );
    }
}

/// The comparison's other version is a path the admin typed: a device or a folder without the
/// bundle's file is refused at once, and the loaded file stays as it was.
#[test]
fn a_hostile_comparison_path_is_refused_quickly() {
    use topdesk_sso::wizard::{self, Action, CompareSource, Progress, Wizard};
    let mut w = Wizard::default();
    let load = Action::Load {
        name: "idp.xml".into(),
        path: None,
        bytes: common::read(common::ENTRA_SINGLE),
        target: None,
    };
    let mut jobs = w.apply(load, common::NOW);
    while let Some(job) = jobs.pop() {
        let result = wizard::run(job);
        jobs.extend(w.apply(result, common::NOW));
    }
    let dir = tempfile::tempdir().unwrap();
    let mut paths = vec![dir.path().to_path_buf()];
    if cfg!(unix) {
        paths.push("/dev/zero".into());
    }
    for path in paths {
        let jobs = w.apply(
            Action::Compare(CompareSource::Path(path.clone())),
            common::NOW,
        );
        for job in jobs {
            let result = timed("comparison path", || wizard::run(job));
            w.apply(result, common::NOW);
        }
        assert!(
            matches!(&w.comparison, Progress::Failed(why) if !why.to_string().contains('\n')),
            "{}: {:?}",
            path.display(),
            w.comparison
        );
        assert_eq!(w.idp.as_ref().unwrap().name, "idp.xml");
    }
}

/// No signature in a metadata file makes `check` open anything: a relative URI naming a FIFO
/// (opening it would block for ever) or a 4 GiB file, on the root signature's Reference, on a
/// second signature hidden in the IdP role, or as a key `RetrievalMethod`, is refused before
/// the XML-DSig library sees the file (`core::dsig`), each run in under a second.
#[cfg(unix)]
#[test]
fn no_signature_in_metadata_makes_check_open_a_local_file() {
    let entra = app_pair(APP_CN);
    let signed = String::from_utf8(
        Doc::new(vec![&entra.certificate_der], &entra.certificate_der).signed_by(&entra),
    )
    .unwrap();
    let trap = common::trap_dir();
    let history = trap.path().join("signers.json");
    for target in common::TRAPS {
        let pointing = format!(
            "<Signature xmlns=\"{DS}\"><SignedInfo><CanonicalizationMethod Algorithm=\"{EXC}\"/><SignatureMethod Algorithm=\"{RSA_SHA256}\"/><Reference URI=\"{target}\"><DigestMethod Algorithm=\"{SHA256}\"/><DigestValue/></Reference></SignedInfo><SignatureValue/></Signature>"
        );
        let role = "protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">";
        let cases = [
            (
                "root signature",
                signed.replacen("URI=\"#_e1\"", &format!("URI=\"{target}\""), 1),
            ),
            (
                "a second signature",
                signed.replacen(role, &format!("{role}<Extensions>{pointing}</Extensions>"), 1),
            ),
            (
                "KeyInfo",
                signed.replacen(
                    "<KeyInfo><X509Data>",
                    &format!("<KeyInfo><RetrievalMethod URI=\"{target}\" Type=\"{DS}rawX509Certificate\"/><X509Data>"),
                    1,
                ),
            ),
        ];
        for (place, xml) in cases {
            assert!(
                xml.contains(target),
                "{place}: the hostile URI was not placed"
            );
            let file = trap.path().join("idp.xml");
            std::fs::write(&file, &xml).unwrap();
            let (took, code, out) = common::run_bounded(
                common::cli_command()
                    .current_dir(trap.path())
                    .args(["check", "--json", "--now", "2026-06-01T12:00:00Z", "--idp"])
                    .arg(&file)
                    .arg("--signers")
                    .arg(&history),
            );
            assert!(took < LIMIT, "{place}/{target} took {took:?}");
            assert_eq!(code, 1, "{place}/{target}: {out}");
            let v: serde_json::Value = serde_json::from_str(&out).unwrap();
            assert_eq!(
                v["signature"]["status"], "invalid",
                "{place}/{target}: {out}"
            );
        }
    }
}
