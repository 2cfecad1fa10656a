//! The bundle's tests: built in memory, written as a folder and as a zip, the logo checks.

use super::sheets::sha256_hex;
use super::*;
use crate::core::check::{CheckInput, check};
use crate::core::findings::{Code, has_errors};
use crate::core::keygen::{self, CertParams, KeyAlgorithm, SignatureHash};
use base64::Engine as _;
use std::fs::{self, File};
use std::io::Read as _;
use std::path::Path;
use std::sync::OnceLock;
use time::macros::datetime;

const ENTRA: &[u8] = include_bytes!("../../../tests/data/entra/entra_app_single-cert_signed.xml");
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
        Msg::verbatim("The TOPdesk certificate expired."),
        Msg::verbatim("Renew it."),
    )];
    let err = build(&input(&report, &extra, None)).expect_err("error finding");
    assert!(
        matches!(&err, BundleError::ErrorsStand(e) if code_and_message(e) == "cert-expired: The TOPdesk certificate expired."),
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
        matches!(&err, BundleError::BadLogo(m) if m.to_string().ends_with(": logo.png")),
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
        let err = check_logo("cut.png", &full[..cut])
            .expect_err("truncated")
            .to_string();
        assert!(
            err.contains("damaged or cut off") && err.ends_with(": cut.png"),
            "{err}"
        );
    }
    let err = check_logo("notes.png", b"just some text\n")
        .expect_err("text")
        .to_string();
    assert!(
        err.starts_with("The logo is not a PNG, JPEG, GIF or ICO image"),
        "{err}"
    );
    let err = check_logo("wide.png", &png(2000, 10))
        .expect_err("too wide")
        .to_string();
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
            .to_string()
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
