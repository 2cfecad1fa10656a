//! The TOPdesk certificate and private key as the engine reads them: every key and certificate
//! format admins arrive with (made by `openssl` at test time), the pair proof, and the findings
//! about the pair. Public keys are compared with what `openssl` extracts from the same files.

mod common;

use std::process::Command;

use time::{Duration, OffsetDateTime};
use topdesk_sso::core::check::{CheckInput, InputError, PairFiles, Report, check_all};
use topdesk_sso::core::findings::{Code, Severity};
use topdesk_sso::core::key::{self, KeyError, KeyFormat};
use topdesk_sso::core::keygen::{self, KeyAlgorithm, SignatureHash};
use topdesk_sso::core::pair::PairStatus;

use common::{Lab, PASSWORD};

/// Extra openssl views used by these tests.
trait LabExt {
    fn der(&self, crt: &str) -> Vec<u8>;
    fn spki_of_key(&self, key: &str) -> Vec<u8>;
}

impl LabExt for Lab {
    /// DER of a PEM certificate, as openssl decodes it.
    fn der(&self, crt: &str) -> Vec<u8> {
        self.ssl(&format!("x509 -in {crt} -outform DER"))
    }

    /// SubjectPublicKeyInfo DER of a PEM private key, as openssl derives it.
    fn spki_of_key(&self, key: &str) -> Vec<u8> {
        self.ssl(&format!("pkey -in {key} -pubout -outform DER"))
    }
}

fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

fn check(now: OffsetDateTime, files: &PairFiles<'_>) -> Report {
    check_all(&CheckInput::new(now), files).unwrap()
}

fn pair_of(cert: &[u8], key: &[u8], password: Option<&str>) -> Report {
    check(
        now(),
        &PairFiles {
            cert: Some(cert),
            key: Some(key),
            cert_password: password,
            key_password: password,
            cert_opened: None,
            key_opened: None,
        },
    )
}

fn codes(r: &Report) -> Vec<&'static str> {
    r.findings.iter().map(|f| f.code.as_str()).collect()
}

fn has(r: &Report, code: Code) -> bool {
    r.findings.iter().any(|f| f.code == code)
}

fn status(r: &Report) -> PairStatus {
    r.pair.as_ref().unwrap().status
}

/// Every private-key file made from `a.key` (and `a.crt`): (file, password, format, encrypted).
fn key_variants(lab: &Lab) -> Vec<(&'static str, Option<&'static str>, KeyFormat, bool)> {
    let key_pem = String::from_utf8(lab.read("a.key")).unwrap();
    assert!(
        key_pem.starts_with("-----BEGIN PRIVATE KEY-----"),
        "openssl wrote PKCS#8"
    );
    lab.write("pkcs8.pem", &key_pem);
    lab.write(
        "combined.pem",
        [lab.read("a.crt"), lab.read("a.key")].concat(),
    );
    lab.write(
        "pkcs8-under-rsa-header.pem",
        key_pem.replace(" PRIVATE KEY-----", " RSA PRIVATE KEY-----"),
    );
    for cmd in [
        "pkcs8 -topk8 -nocrypt -in a.key -outform DER -out pkcs8.der",
        "rsa -in a.key -traditional -out pkcs1.pem",
        "rsa -in a.key -traditional -outform DER -out pkcs1.der",
        "pkcs8 -topk8 -v2 aes-256-cbc -in a.key -passout PASS -out pbes2-aes256.pem",
        "pkcs8 -topk8 -v2 aes-256-cbc -in a.key -passout PASS -outform DER -out pbes2-aes256.der",
        "pkcs8 -topk8 -v2 des3 -in a.key -passout PASS -out pbes2-des3.pem",
        "pkcs8 -topk8 -scrypt -in a.key -passout PASS -out pbes2-scrypt.pem",
        "rsa -in a.key -aes256 -traditional -passout PASS -out legacy-aes256.pem",
        "rsa -in a.key -aes128 -traditional -passout PASS -out legacy-aes128.pem",
        "rsa -in a.key -des3 -traditional -passout PASS -out legacy-des3.pem",
        "pkcs12 -export -in a.crt -inkey a.key -passout PASS -out default.pfx",
        "pkcs12 -export -legacy -in a.crt -inkey a.key -passout PASS -out legacy.pfx",
        "pkcs12 -export -keypbe NONE -certpbe NONE -in a.crt -inkey a.key -passout PASS -out no-pbe.pfx",
        "pkcs12 -export -in a.crt -inkey a.key -passout pass: -out empty-password.pfx",
    ] {
        lab.ssl(cmd);
    }
    let pw = Some(PASSWORD);
    vec![
        ("pkcs8.pem", None, KeyFormat::Pkcs8Pem, false),
        ("pkcs8.der", None, KeyFormat::Pkcs8Der, false),
        ("pkcs1.pem", None, KeyFormat::Pkcs1Pem, false),
        ("pkcs1.der", None, KeyFormat::Pkcs1Der, false),
        (
            "pkcs8-under-rsa-header.pem",
            None,
            KeyFormat::Pkcs8UnderRsaHeader,
            false,
        ),
        ("combined.pem", None, KeyFormat::Pkcs8Pem, false),
        ("pbes2-aes256.pem", pw, KeyFormat::EncryptedPkcs8Pem, true),
        ("pbes2-aes256.der", pw, KeyFormat::EncryptedPkcs8Der, true),
        ("pbes2-des3.pem", pw, KeyFormat::EncryptedPkcs8Pem, true),
        ("pbes2-scrypt.pem", pw, KeyFormat::EncryptedPkcs8Pem, true),
        ("legacy-aes256.pem", pw, KeyFormat::LegacyEncryptedPem, true),
        ("legacy-aes128.pem", pw, KeyFormat::LegacyEncryptedPem, true),
        ("legacy-des3.pem", pw, KeyFormat::LegacyEncryptedPem, true),
        ("default.pfx", pw, KeyFormat::Pkcs12, true),
        ("legacy.pfx", pw, KeyFormat::Pkcs12, true),
        ("no-pbe.pfx", pw, KeyFormat::Pkcs12, true),
        ("empty-password.pfx", None, KeyFormat::Pkcs12, true),
    ]
}

fn is_pfx(file: &str) -> bool {
    std::path::Path::new(file)
        .extension()
        .is_some_and(|e| e == "pfx")
}

/// Whether a key file also carries the certificate.
fn carries_cert(file: &str) -> bool {
    is_pfx(file) || file.starts_with("combined")
}

#[test]
fn every_key_format_loads_with_its_name_and_proves_the_pair() {
    let Some(lab) = Lab::new() else { return };
    lab.pair_with("a", "rsa:2048", "");
    lab.pair_with("b", "rsa:2048", "");
    let (cert_a, cert_b) = (lab.read("a.crt"), lab.read("b.crt"));
    let spki = lab.spki_of_key("a.key");
    let cert_der = lab.der("a.crt");
    for (file, password, format, encrypted) in key_variants(&lab) {
        let bytes = lab.read(file);
        let m = key::load(&bytes, password).unwrap_or_else(|e| panic!("{file}: {e}"));
        let k = m.key.as_ref().unwrap_or_else(|| panic!("{file}: no key"));
        assert_eq!((k.format, k.encrypted), (format, encrypted), "{file}");
        assert_eq!(
            (k.key.algorithm(), k.key.bits()),
            ("RSA", Some(2048)),
            "{file}"
        );
        assert_eq!(
            k.key.spki_der().as_deref(),
            Some(spki.as_slice()),
            "{file}: public key"
        );
        let certs = if carries_cert(file) {
            vec![cert_der.clone()]
        } else {
            Vec::new()
        };
        assert_eq!(m.certs, certs, "{file}: certificates");

        let r = pair_of(&cert_a, &bytes, password);
        assert_eq!(status(&r), PairStatus::Match, "{file}: {:?}", codes(&r));
        assert!(has(&r, Code::PairMatch), "{file}");
        assert!(
            !r.findings.iter().any(|f| f.severity == Severity::Error),
            "{file}: {:?}",
            codes(&r)
        );
        let summary = r.pair.as_ref().unwrap().key.as_ref().unwrap();
        assert_eq!(
            (summary.format, summary.encrypted, summary.bits),
            (format, encrypted, Some(2048))
        );
        // Only unencrypted PKCS#8 DER goes to TOPdesk as is; everything else is converted.
        let converted = r.findings.iter().find(|f| f.code == Code::KeyConverted);
        assert_eq!(converted.is_some(), format != KeyFormat::Pkcs8Der, "{file}");
        if let Some(f) = converted {
            assert_eq!(f.severity, Severity::Info);
            assert!(
                f.message.to_string().contains(format.label()),
                "{file}: {}",
                f.message
            );
            assert_eq!(
                f.message.to_string().contains("password-protected"),
                encrypted,
                "{}",
                f.message
            );
        }
        // The key alone (a PFX or a combined PEM holds the certificate too).
        let alone = check(
            now(),
            &PairFiles {
                key: Some(&bytes),
                cert_password: password,
                key_password: password,
                cert_opened: None,
                key_opened: None,
                ..PairFiles::default()
            },
        );
        let expected = if carries_cert(file) {
            PairStatus::Match
        } else {
            PairStatus::Incomplete
        };
        assert_eq!(status(&alone), expected, "{file} alone");

        if !carries_cert(file) {
            let r = pair_of(&cert_b, &bytes, password);
            assert_eq!(status(&r), PairStatus::Mismatch, "{file} with b.crt");
            let f = r
                .findings
                .iter()
                .find(|f| f.code == Code::PairMismatch)
                .unwrap();
            assert_eq!(f.severity, Severity::Error);
            assert!(
                f.message.to_string().contains("b.topdesk.net"),
                "{}",
                f.message
            );
            assert!(!has(&r, Code::PairMatch), "{file}");
        }
    }
}

#[test]
fn certificate_files_in_every_encoding_give_the_same_certificate() {
    let Some(lab) = Lab::new() else { return };
    lab.pair_with("a", "rsa:2048", "");
    let der = lab.der("a.crt");
    let pem = String::from_utf8(lab.read("a.crt")).unwrap();
    let b64 = common::b64(&der);
    let wrapped64: String = b64
        .as_bytes()
        .chunks(64)
        .map(|c| format!("{}\n", String::from_utf8_lossy(c)))
        .collect();
    let variants: Vec<(&str, Vec<u8>)> = vec![
        ("PEM", pem.clone().into_bytes()),
        ("PEM, CRLF", pem.replace('\n', "\r\n").into_bytes()),
        (
            "PEM with a BOM",
            [b"\xEF\xBB\xBF".as_slice(), pem.as_bytes()].concat(),
        ),
        (
            "PEM in pasted text",
            format!("Here it is:\n\n{pem}\nRegards\n").into_bytes(),
        ),
        ("DER (.cer)", der.clone()),
        ("bare base64, one line", b64.clone().into_bytes()),
        ("bare base64, CRLF at 76", common::wrap76(&b64).into_bytes()),
        ("bare base64, LF at 64", wrapped64.into_bytes()),
        (
            "X509 CERTIFICATE header",
            keygen::to_pem("X509 CERTIFICATE", &der).into_bytes(),
        ),
    ];
    let key = lab.read("a.key");
    for (what, bytes) in variants {
        let m = key::load(&bytes, None).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(m.certs, std::slice::from_ref(&der), "{what}");
        assert!(m.key.is_none(), "{what}");
        let r = pair_of(&bytes, &key, None);
        assert_eq!(status(&r), PairStatus::Match, "{what}");
        let c = r.pair.as_ref().unwrap().certificate.as_ref().unwrap();
        assert_eq!(c.der, der, "{what}");
        assert!(!has(&r, Code::PairLeafChosen), "{what}: one certificate");
    }
    assert_eq!(
        key::load(b"neither a certificate nor a key\n", None).unwrap_err(),
        KeyError::Nothing
    );
}

#[test]
fn the_leaf_is_picked_from_a_chain_and_said_so() {
    let Some(lab) = Lab::new() else { return };
    lab.pair_with(
        "ca",
        "rsa:2048",
        "-addext basicConstraints=critical,CA:TRUE",
    );
    lab.ssl(
        "req -newkey rsa:2048 -nodes -keyout leaf.key -out leaf.csr -subj /CN=acme.topdesk.net",
    );
    lab.ssl(
        "x509 -req -in leaf.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 400 -out leaf.crt",
    );
    lab.ssl(
        "pkcs12 -export -in leaf.crt -inkey leaf.key -certfile ca.crt -passout PASS -out chain.pfx",
    );
    let (ca, leaf) = (lab.read("ca.crt"), lab.read("leaf.crt"));
    let leaf_der = lab.der("leaf.crt");
    let key = lab.read("leaf.key");
    let chains = [
        ("CA first", [ca.clone(), leaf.clone()].concat()),
        ("leaf first", [leaf, ca].concat()),
    ];
    for (what, chain) in &chains {
        assert_eq!(key::load(chain, None).unwrap().certs.len(), 2, "{what}");
        for key in [Some(key.as_slice()), None] {
            let r = check(
                now(),
                &PairFiles {
                    cert: Some(chain),
                    key,
                    cert_password: None,
                    key_password: None,
                    cert_opened: None,
                    key_opened: None,
                },
            );
            let p = r.pair.as_ref().unwrap();
            assert_eq!(
                p.certificate.as_ref().unwrap().der,
                leaf_der,
                "{what}, key {}",
                key.is_some()
            );
            let expected = if key.is_some() {
                PairStatus::Match
            } else {
                PairStatus::Incomplete
            };
            assert_eq!(p.status, expected, "{what}");
            let f = r
                .findings
                .iter()
                .find(|f| f.code == Code::PairLeafChosen)
                .unwrap();
            assert_eq!(f.severity, Severity::Info);
            assert!(
                f.message.to_string().contains("2 certificates")
                    && f.message.to_string().contains("acme.topdesk.net"),
                "{}",
                f.message
            );
        }
    }
    // A PFX with its chain, given alone.
    let pfx = lab.read("chain.pfx");
    let r = check(
        now(),
        &PairFiles {
            cert: Some(&pfx),
            key: None,
            cert_password: Some(PASSWORD),
            key_password: Some(PASSWORD),
            cert_opened: None,
            key_opened: None,
        },
    );
    assert_eq!(status(&r), PairStatus::Match, "{:?}", codes(&r));
    assert_eq!(
        r.pair.as_ref().unwrap().certificate.as_ref().unwrap().der,
        leaf_der
    );
    assert!(has(&r, Code::PairLeafChosen));
}

#[test]
fn passwords_needed_wrong_and_never_shown() {
    let Some(lab) = Lab::new() else { return };
    lab.pair_with("a", "rsa:2048", "");
    key_variants(&lab);
    let cert = lab.read("a.crt");
    for (file, what) in [
        ("pbes2-aes256.pem", "private key"),
        ("pbes2-aes256.der", "private key"),
        ("legacy-aes256.pem", "private key"),
        ("legacy-des3.pem", "private key"),
        ("default.pfx", "PKCS#12 file"),
        ("legacy.pfx", "PKCS#12 file"),
    ] {
        let bytes = lab.read(file);
        assert_eq!(
            key::load(&bytes, None).unwrap_err(),
            KeyError::PasswordNeeded(what),
            "{file}"
        );
        let wrong = "Wrong-Pw-Qx9";
        let err = key::load(&bytes, Some(wrong)).unwrap_err();
        assert_eq!(err, KeyError::PasswordWrong(what), "{file}");
        // In the key slot and, for a PFX, in the certificate slot: the slot is named.
        let in_key = check_all(
            &CheckInput::new(now()),
            &PairFiles {
                cert: Some(&cert),
                key: Some(&bytes),
                cert_password: Some(wrong),
                key_password: Some(wrong),
                cert_opened: None,
                key_opened: None,
            },
        );
        assert_eq!(
            in_key.unwrap_err(),
            InputError::Key(KeyError::PasswordWrong(what)),
            "{file}"
        );
        let in_cert = check_all(
            &CheckInput::new(now()),
            &PairFiles {
                cert: Some(&bytes),
                key: None,
                cert_password: None,
                key_password: None,
                cert_opened: None,
                key_opened: None,
            },
        );
        let expected = if is_pfx(file) {
            InputError::Cert(KeyError::PasswordNeeded(what))
        } else {
            InputError::Cert(KeyError::PasswordNeeded("private key"))
        };
        assert_eq!(in_cert.unwrap_err(), expected, "{file} as certificate");
        let shown = format!(
            "{err} {err:?} {:?}",
            key::load(&bytes, Some(PASSWORD)).unwrap()
        );
        assert!(
            !shown.contains(wrong) && !shown.contains(PASSWORD),
            "{shown}"
        );
    }
    // An empty-password PFX (as Windows exports) opens without asking; another password is wrong.
    let empty = lab.read("empty-password.pfx");
    assert!(key::load(&empty, None).unwrap().key.is_some());
    assert!(key::load(&empty, Some("")).unwrap().key.is_some());
    assert_eq!(
        key::load(&empty, Some(PASSWORD)).unwrap_err(),
        KeyError::PasswordWrong("PKCS#12 file")
    );
    // The password is redacted in the inputs' Debug too.
    let files = PairFiles {
        cert: Some(&cert),
        key: Some(&empty),
        cert_password: Some(PASSWORD),
        key_password: Some(PASSWORD),
        cert_opened: None,
        key_opened: None,
    };
    let shown = format!("{files:?}");
    assert!(
        !shown.contains(PASSWORD) && shown.contains("<redacted>"),
        "{shown}"
    );
}

/// Encryption schemes the tool does not read must say so, not blame the password.
#[test]
fn unsupported_encryption_is_not_called_a_wrong_password() {
    let Some(lab) = Lab::new() else { return };
    lab.pair_with("a", "rsa:2048", "");
    // PBES2 with HMAC-SHA1 (OpenSSL 1.0 and Java tools made these) is read.
    lab.ssl("pkcs8 -topk8 -v2 aes-128-cbc -v2prf hmacWithSHA1 -in a.key -passout PASS -out k.pem");
    let m = key::load(&lab.read("k.pem"), Some(PASSWORD)).unwrap();
    assert!(m.key.unwrap().encrypted);
    for cmd in [
        // PBES1 / PKCS#12 PBE.
        "pkcs8 -topk8 -v1 PBE-SHA1-3DES -in a.key -passout PASS -out k.pem",
        "rsa -in a.key -camellia256 -traditional -passout PASS -out k.pem",
    ] {
        lab.ssl(cmd);
        let err = key::load(&lab.read("k.pem"), Some(PASSWORD)).unwrap_err();
        assert!(matches!(err, KeyError::Unsupported(_)), "{cmd}: {err:?}");
        assert!(!err.to_string().contains(PASSWORD), "{err}");
    }
}

#[test]
fn key_algorithm_and_size() {
    let Some(lab) = Lab::new() else { return };
    lab.pair_with("ec", "ec -pkeyopt ec_paramgen_curve:P-256", "");
    lab.ssl("ec -in ec.key -out ec-sec1.key");
    lab.pair_with("weak", "rsa:1024", "");
    lab.pair_with("strong", "rsa:3072", "");
    let ec_cert = lab.read("ec.crt");
    for file in ["ec.key", "ec-sec1.key"] {
        let r = pair_of(&ec_cert, &lab.read(file), None);
        assert_eq!(status(&r), PairStatus::Match, "{file}");
        let f = r
            .findings
            .iter()
            .find(|f| f.code == Code::KeyNotRsa)
            .unwrap();
        assert_eq!(f.severity, Severity::Error, "{file}");
        assert!(f.message.to_string().contains("EC P-256"), "{}", f.message);
        assert!(has(&r, Code::CertNotRsa), "{file}");
        let k = r.pair.as_ref().unwrap().key.as_ref().unwrap();
        let format = if file == "ec.key" {
            KeyFormat::Pkcs8Pem
        } else {
            KeyFormat::Sec1Pem
        };
        assert_eq!(
            (k.algorithm.as_str(), k.bits, k.format),
            ("EC P-256", Some(256), format)
        );
    }
    let r = pair_of(&lab.read("weak.crt"), &lab.read("weak.key"), None);
    assert_eq!(status(&r), PairStatus::Match);
    let f = r
        .findings
        .iter()
        .find(|f| f.code == Code::KeyWeakRsa)
        .unwrap();
    assert_eq!(f.severity, Severity::Error);
    assert!(f.message.to_string().contains("1024"), "{}", f.message);
    assert!(has(&r, Code::CertWeakRsa) && !has(&r, Code::KeyNotRsa));
    let r = pair_of(&lab.read("strong.crt"), &lab.read("strong.key"), None);
    assert_eq!(status(&r), PairStatus::Match);
    for code in [
        Code::KeyWeakRsa,
        Code::KeyNotRsa,
        Code::CertWeakRsa,
        Code::CertNotRsa,
    ] {
        assert!(!has(&r, code), "{code} for RSA-3072");
    }
    assert_eq!(
        r.pair.as_ref().unwrap().key.as_ref().unwrap().bits,
        Some(3072)
    );
    // Other algorithms are read and named, so the pair check can say "not RSA" (not "damaged").
    for (name, algorithm, label) in [
        (
            "p384.key",
            "EC -pkeyopt ec_paramgen_curve:P-384",
            "EC P-384",
        ),
        ("ed.key", "ed25519", "Ed25519"),
    ] {
        lab.ssl(&format!("genpkey -algorithm {algorithm} -out {name}"));
        let m = key::load(&lab.read(name), None).unwrap();
        assert_eq!(m.key.as_ref().unwrap().key.algorithm(), label);
        let r = pair_of(&lab.read("ec.crt"), &lab.read(name), None);
        assert!(has(&r, Code::KeyNotRsa), "{name}");
        assert!(
            !has(&r, Code::PairMatch) && !has(&r, Code::PairMismatch),
            "{name}: cannot be judged"
        );
    }
}

#[test]
fn sha1_signed_certificate_is_reported() {
    let Some(lab) = Lab::new() else { return };
    lab.pair_with("old", "rsa:2048", "-sha1");
    lab.pair_with("new", "rsa:2048", "-sha256");
    let r = pair_of(&lab.read("old.crt"), &lab.read("old.key"), None);
    assert_eq!(status(&r), PairStatus::Match);
    let f = r
        .findings
        .iter()
        .find(|f| f.code == Code::CertSha1)
        .unwrap();
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.message.to_string().contains("sha1WithRSAEncryption"),
        "{}",
        f.message
    );
    assert!(!has(
        &pair_of(&lab.read("new.crt"), &lab.read("new.key"), None),
        Code::CertSha1
    ));
}

#[test]
fn validity_findings_for_the_topdesk_certificate() {
    let now = common::NOW;
    let d = Duration::days;
    // (not_before, not_after, code, severity); None = no validity finding.
    let cases = [
        (
            now - d(400),
            now - d(1),
            Some((Code::CertExpired, Severity::Error)),
        ),
        (
            now + d(2),
            now + d(400),
            // Uploaded as is: TOPdesk would reject it today.
            Some((Code::CertNotYetValid, Severity::Error)),
        ),
        (
            now - d(400),
            now + d(30),
            Some((Code::CertExpiring, Severity::Warning)),
        ),
        (
            now - d(400),
            now + d(59),
            Some((Code::CertExpiring, Severity::Warning)),
        ),
        (now - d(400), now + d(61), None),
    ];
    let validity = [Code::CertExpired, Code::CertNotYetValid, Code::CertExpiring];
    for (from, to, expected) in cases {
        let pair = common::cert(
            KeyAlgorithm::Rsa { bits: 2048 },
            SignatureHash::Sha256,
            "acme.topdesk.net",
            from,
            to,
        );
        let files = PairFiles {
            cert: Some(&pair.certificate_der),
            key: Some(&pair.private_key_pkcs8_der),
            cert_password: None,
            key_password: None,
            cert_opened: None,
            key_opened: None,
        };
        let r = check(now, &files);
        assert_eq!(status(&r), PairStatus::Match, "{to}");
        let found: Vec<_> = r
            .findings
            .iter()
            .filter(|f| validity.contains(&f.code))
            .map(|f| (f.code, f.severity))
            .collect();
        assert_eq!(
            found,
            expected.into_iter().collect::<Vec<_>>(),
            "valid {from} to {to}"
        );
        if to == now + d(30) {
            let f = r
                .findings
                .iter()
                .find(|f| f.code == Code::CertExpiring)
                .unwrap();
            assert!(
                f.message.to_string().contains("30 days left")
                    && f.message.to_string().contains("TOPdesk"),
                "{}",
                f.message
            );
        }
    }
}

/// Microsoft's tutorial puts Entra's certificate in TOPdesk's field: named as such, whether it
/// is recognised from the loaded metadata or by Entra's certificate name.
#[test]
fn entras_certificate_in_the_topdesk_slot() {
    let entra = common::read(common::ENTRA_SINGLE);
    let at = common::NOW_SINGLE_VALID;
    let idp_only = CheckInput {
        idp: Some(&entra),
        ..CheckInput::new(at)
    };
    let idp_cert = check_all(&idp_only, &PairFiles::default())
        .unwrap()
        .idp
        .unwrap()
        .certificates[0]
        .info
        .der
        .clone();
    let ours = common::topdesk_cert();
    let files = PairFiles {
        cert: Some(&idp_cert),
        key: Some(&ours.private_key_pkcs8_der),
        cert_password: None,
        key_password: None,
        cert_opened: None,
        key_opened: None,
    };
    let r = check_all(&idp_only, &files).unwrap();
    assert_eq!(status(&r), PairStatus::Mismatch);
    let f = r
        .findings
        .iter()
        .find(|f| f.code == Code::CertIsEntra)
        .unwrap();
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.message
            .to_string()
            .contains("from the federation metadata"),
        "{}",
        f.message
    );
    assert!(has(&r, Code::PairMismatch));
    // The same certificate as bare base64, without the metadata loaded: known by its name.
    let b64 = common::b64(&idp_cert);
    let r = check(
        at,
        &PairFiles {
            cert: Some(b64.as_bytes()),
            ..files
        },
    );
    let f = r
        .findings
        .iter()
        .find(|f| f.code == Code::CertIsEntra)
        .unwrap();
    assert!(
        !f.message
            .to_string()
            .contains("from the federation metadata"),
        "{}",
        f.message
    );
    // A pair that matches but carries Entra's certificate name is still refused.
    let named = common::cert(
        KeyAlgorithm::Rsa { bits: 2048 },
        SignatureHash::Sha256,
        "Microsoft Azure Federated SSO Certificate",
        at - Duration::days(1),
        at + Duration::days(400),
    );
    let files = PairFiles {
        cert: Some(&named.certificate_der),
        key: Some(&named.private_key_pkcs8_der),
        cert_password: None,
        key_password: None,
        cert_opened: None,
        key_opened: None,
    };
    let r = check(at, &files);
    assert_eq!(status(&r), PairStatus::Match);
    assert!(has(&r, Code::CertIsEntra));
    // TOPdesk's own certificate is not Entra's.
    let files = PairFiles {
        cert: Some(&ours.certificate_der),
        key: Some(&ours.private_key_pkcs8_der),
        cert_password: None,
        key_password: None,
        cert_opened: None,
        key_opened: None,
    };
    let r = check_all(
        &CheckInput {
            now: common::NOW,
            ..idp_only
        },
        &files,
    )
    .unwrap();
    assert!(!has(&r, Code::CertIsEntra), "{:?}", codes(&r));
}

#[test]
fn certificate_compared_with_topdesks_sp_metadata() {
    let sp = common::Sp::secure().xml();
    let input = CheckInput {
        sp: Some(sp.as_bytes()),
        ..CheckInput::new(common::NOW)
    };
    let published = common::topdesk_cert();
    let files = PairFiles {
        cert: Some(&published.certificate_der),
        key: Some(&published.private_key_pkcs8_der),
        cert_password: None,
        key_password: None,
        cert_opened: None,
        key_opened: None,
    };
    let r = check_all(&input, &files).unwrap();
    assert_eq!(status(&r), PairStatus::Match);
    assert!(!has(&r, Code::CertNotInSpMetadata), "{:?}", codes(&r));

    let new = common::cert_valid_until(common::NOW, 400);
    let files = PairFiles {
        cert: Some(&new.certificate_der),
        key: Some(&new.private_key_pkcs8_der),
        cert_password: None,
        key_password: None,
        cert_opened: None,
        key_opened: None,
    };
    let r = check_all(&input, &files).unwrap();
    assert_eq!(status(&r), PairStatus::Match);
    let f = r
        .findings
        .iter()
        .find(|f| f.code == Code::CertNotInSpMetadata)
        .unwrap();
    assert_eq!(f.severity, Severity::Warning);
    let new_thumb = &r
        .pair
        .as_ref()
        .unwrap()
        .certificate
        .as_ref()
        .unwrap()
        .sha1_thumbprint;
    let old_thumb = &r.sp.as_ref().unwrap().certificates[0].info.sha1_thumbprint;
    assert!(
        f.message.to_string().contains(new_thumb.as_str())
            && f.message.to_string().contains(old_thumb.as_str()),
        "{}",
        f.message
    );
    // SP metadata without a certificate: nothing to compare with.
    let bare = common::Sp {
        cert_der: None,
        ..common::Sp::secure()
    }
    .xml();
    let r = check_all(
        &CheckInput {
            sp: Some(bare.as_bytes()),
            ..input
        },
        &files,
    )
    .unwrap();
    assert!(!has(&r, Code::CertNotInSpMetadata));
}

/// Index of the middle byte of the `n`th INTEGER of a PKCS#1 `RSAPrivateKey` (0 = version,
/// 1 = n, 2 = e, 3 = d, 4 = p, 5 = q, 6 = dp, 7 = dq, 8 = qinv).
fn middle_of_integer(der: &[u8], n: usize) -> usize {
    // (content start, content length) of the TLV at `at`.
    let tlv = |at: usize| match der[at + 1] {
        l if l < 0x80 => (at + 2, usize::from(l)),
        l => {
            let len_bytes = usize::from(l & 0x7f);
            let len = der[at + 2..at + 2 + len_bytes]
                .iter()
                .fold(0, |a, &b| a << 8 | usize::from(b));
            (at + 2 + len_bytes, len)
        }
    };
    let (mut at, _) = tlv(0);
    for _ in 0..n {
        let (start, len) = tlv(at);
        at = start + len;
    }
    let (start, len) = tlv(at);
    start + len / 2
}

/// A damaged key whose public half still matches cannot be built: the rsa crate checks
/// p·q = n and d·e ≡ 1 when it reads a key, and recomputes dp, dq and qinv. So a flipped
/// prime or private exponent is refused when read (never a match), and flipped CRT values are
/// repaired before the key is exported. `pair-key-damaged` stays a safety net.
#[test]
fn damaged_pkcs1_keys_are_refused_or_repaired() {
    let Some(lab) = Lab::new() else { return };
    lab.pair_with("a", "rsa:2048", "");
    lab.ssl("rsa -in a.key -traditional -outform DER -out a.pk1.der");
    let good = lab.read("a.pk1.der");
    let cert = lab.read("a.crt");
    for (field, name) in [(3, "d"), (4, "p"), (5, "q")] {
        let mut bad = good.clone();
        bad[middle_of_integer(&good, field)] ^= 0x01;
        let pem = keygen::to_pem("RSA PRIVATE KEY", &bad);
        for (what, bytes) in [("DER", bad.as_slice()), ("PEM", pem.as_bytes())] {
            let err = check_all(
                &CheckInput::new(now()),
                &PairFiles {
                    cert: Some(&cert),
                    key: Some(bytes),
                    cert_password: None,
                    key_password: None,
                    cert_opened: None,
                    key_opened: None,
                },
            );
            assert!(
                matches!(
                    err,
                    Err(InputError::Key(
                        KeyError::Unsupported(_) | KeyError::Nothing
                    ))
                ),
                "{name} flipped, {what}: {err:?}"
            );
        }
    }
    for (field, name) in [(6, "dp"), (7, "dq"), (8, "qinv")] {
        let mut bad = good.clone();
        bad[middle_of_integer(&good, field)] ^= 0x01;
        lab.write("bad.der", &bad);
        let out = Command::new("openssl")
            .args([
                "pkey", "-inform", "DER", "-in", "bad.der", "-check", "-noout",
            ])
            .current_dir(lab.0.path())
            .output()
            .unwrap();
        assert!(
            !out.status.success(),
            "openssl calls the {name}-flipped key invalid"
        );
        let m = key::load(&bad, None).unwrap();
        let r = pair_of(&cert, &bad, None);
        assert_eq!(status(&r), PairStatus::Match, "{name} flipped");
        lab.write("repaired.der", m.key.unwrap().key.pkcs8_der());
        let said = lab.ssl("pkey -inform DER -in repaired.der -check -noout");
        assert!(
            String::from_utf8_lossy(&said).contains("Key is valid"),
            "{name}"
        );
    }
}

/// The certificate the admin names with `--cert` is the one judged, even when the key file is a
/// PFX or combined PEM carrying a certificate of its own.
#[test]
fn the_named_certificate_is_judged_not_the_key_files_own() {
    let Some(lab) = Lab::new() else { return };
    lab.pair_with("a", "rsa:2048", "");
    lab.pair_with("b", "rsa:2048", "");
    key_variants(&lab);
    let cert_b = lab.read("b.crt");
    let b_der = lab.der("b.crt");
    for file in ["combined.pem", "default.pfx"] {
        let r = pair_of(&cert_b, &lab.read(file), Some(PASSWORD));
        let p = r.pair.as_ref().unwrap();
        let named = p.certificate.as_ref().unwrap();
        assert!(
            named.der == b_der,
            "{file}: judged {named:?}, not b.topdesk.net"
        );
        assert_eq!(p.status, PairStatus::Mismatch, "{file}: {:?}", codes(&r));
    }
}

#[test]
fn debug_output_never_shows_key_material() {
    let Some(lab) = Lab::new() else { return };
    lab.pair_with("a", "rsa:2048", "");
    lab.ssl("pkcs8 -topk8 -nocrypt -in a.key -outform DER -out a.der");
    let der = lab.read("a.der");
    let m = key::load(&lab.read("a.key"), None).unwrap();
    let shown = format!("{m:?}");
    assert!(shown.contains("<redacted>"), "{shown}");
    let bytes = format!("{:?}", &der[200..208]);
    assert!(!shown.contains(&bytes[1..bytes.len() - 1]), "{shown}");
}

/// Key material read from the loaded key is exactly the key openssl wrote (unencrypted PKCS#8).
#[test]
fn pkcs8_der_round_trips_unchanged() {
    let Some(lab) = Lab::new() else { return };
    lab.pair_with("a", "rsa:2048", "");
    lab.ssl("pkcs8 -topk8 -nocrypt -in a.key -outform DER -out a.der");
    let der = lab.read("a.der");
    let m = key::load(&der, None).unwrap();
    assert_eq!(m.key.unwrap().key.pkcs8_der(), der.as_slice());
}
