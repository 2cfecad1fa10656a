//! The key pair, the certificates and the export speak Dutch and German: SETTINGS.txt and the
//! reference README made in each language carry translated text around values that are the
//! same byte for byte (URLs, claim URI, file names, thumbprints); findings, errors and plurals
//! come out in the thread's language.

mod common;

use time::macros::datetime;
use time::{Duration, OffsetDateTime};
use topdesk_sso::core::bundle::{
    self, BundleInput, CERT_DER_FILE, CERT_PEM_FILE, DEFAULT_USER_ATTRIBUTE, KEY_FILE,
    METADATA_FILE, REFERENCE_DIR, REFERENCE_README_FILE, REMINDERS_FILE, SETTINGS_FILE,
};
use topdesk_sso::core::cert::{CertInfo, CertRole, cert_findings};
use topdesk_sso::core::check::{CheckInput, Report, check};
use topdesk_sso::core::findings::{Code, Finding};
use topdesk_sso::core::i18n::{self, Lang};
use topdesk_sso::core::key::{self, KeyError, KeyFormat};
use topdesk_sso::core::keygen::{GeneratedPair, KeyAlgorithm, SignatureHash};
use topdesk_sso::core::pair::{self, PairInput};
use topdesk_sso::core::topdesk::EntraUrls;

/// The TOPdesk certificate of the export: valid 2022-01-01 → 2027-01-01.
fn topdesk_pair() -> GeneratedPair {
    common::cert(
        KeyAlgorithm::Rsa { bits: 2048 },
        SignatureHash::Sha256,
        "acme.topdesk.net",
        datetime!(2022-01-01 0:00 UTC),
        datetime!(2027-01-01 0:00 UTC),
    )
}

fn report() -> Report {
    let sp = common::Sp::secure().xml();
    check(&CheckInput {
        idp: Some(&common::read(common::ENTRA_SINGLE)),
        sp: Some(sp.as_bytes()),
        ..CheckInput::new(common::NOW_SINGLE_VALID)
    })
    .expect("check")
}

/// SETTINGS.txt and the reference README of one export made in `lang` (the check too, as the
/// wizard does), and its file names.
fn export_in(lang: Lang, cert: &CertInfo, key: &[u8]) -> (String, String, Vec<String>) {
    let metadata = common::read(common::ENTRA_SINGLE);
    let b = i18n::with(lang, || {
        bundle::build(&BundleInput {
            federation_metadata: &metadata,
            report: &report(),
            topdesk_cert: cert,
            private_key_pkcs8_der: key,
            extra_findings: &[],
            logo: None,
            display_name: "Log in with Microsoft",
            user_attribute: DEFAULT_USER_ATTRIBUTE,
            created: datetime!(2022-06-01 12:00 UTC),
        })
        .expect("build")
    });
    let text = |name: &str| {
        let f = b.files.iter().find(|f| f.name == name).expect(name);
        String::from_utf8(f.bytes.to_vec()).expect("utf-8")
    };
    let names = b.files.iter().map(|f| f.name.clone()).collect();
    (text(SETTINGS_FILE), text(REFERENCE_README_FILE), names)
}

/// The line of `sheet` whose label starts with `label`, trimmed.
fn line<'s>(sheet: &'s str, label: &str) -> &'s str {
    sheet
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no line {label:?} in:\n{sheet}"))
}

/// One export in each language: the TOPdesk certificate, the Entra values and thumbprint, and
/// (SETTINGS.txt, README, file names) in English, Dutch and German.
struct Exports {
    cert: CertInfo,
    urls: EntraUrls,
    entra: String,
    en: (String, String, Vec<String>),
    nl: (String, String, Vec<String>),
    de: (String, String, Vec<String>),
}

fn exports() -> Exports {
    let report = report();
    let pair = topdesk_pair();
    let cert = CertInfo::from_der(&pair.certificate_der).expect("cert");
    let key = &pair.private_key_pkcs8_der;
    Exports {
        urls: report.urls.clone().expect("urls"),
        entra: report.idp.as_ref().expect("idp").certificates[0]
            .info
            .sha1_thumbprint
            .clone(),
        en: export_in(Lang::En, &cert, key),
        nl: export_in(Lang::Nl, &cert, key),
        de: export_in(Lang::De, &cert, key),
        cert,
    }
}

#[test]
fn settings_sheet_in_dutch_and_german_keeps_every_value() {
    let x = exports();
    let (urls, cert, entra) = (&x.urls, &x.cert, &x.entra);
    let ((en, _, en_names), (nl, _, nl_names), (de, _, de_names)) = (&x.en, &x.nl, &x.de);

    // File names stay English.
    assert_eq!(nl_names, en_names);
    assert_eq!(de_names, en_names);

    // Each Entra field under the portal's own label in that language, with the same value.
    for (sheet, labels) in [
        (
            &en,
            [
                "Identifier (Entity ID)",
                "Reply URL (Assertion Consumer Service URL)",
                "Sign on URL",
            ],
        ),
        (
            &nl,
            [
                "Id (Entiteits-id)",
                "Antwoord-URL (URL voor Assertion Consumer Service)",
                "Aanmeldings-URL",
            ],
        ),
        (
            &de,
            [
                "Bezeichner (Entitäts-ID)",
                "Antwort-URL (Assertionsverbraucherdienst-URL)",
                "Anmelde-URL",
            ],
        ),
    ] {
        for (label, value) in labels
            .iter()
            .zip([&urls.identifier, &urls.reply, &urls.sign_on])
        {
            let l = line(sheet, label);
            assert!(
                l.ends_with(value.as_str()),
                "{l:?} should end with {value:?}"
            );
        }
    }
    // Every value pasted elsewhere is in every sheet, unchanged.
    let values = [
        urls.identifier.as_str(),
        &urls.reply,
        &urls.sign_on,
        DEFAULT_USER_ATTRIBUTE,
        "Log in with Microsoft",
        &cert.sha1_thumbprint,
        entra,
        METADATA_FILE,
        CERT_PEM_FILE,
        CERT_DER_FILE,
        KEY_FILE,
        REMINDERS_FILE,
        &format!("{REFERENCE_DIR}/"),
    ];
    for (lang, sheet) in [("en", &en), ("nl", &nl), ("de", &de)] {
        for v in values {
            assert!(sheet.contains(v), "{lang}: {v:?} missing in:\n{sheet}");
        }
    }
    assert!(line(nl, "Gebruikersnaamkenmerk").ends_with(DEFAULT_USER_ATTRIBUTE));
    assert!(line(de, "Benutzernamenattribut").ends_with(DEFAULT_USER_ATTRIBUTE));

    // A translated label longer than the English column still leaves two spaces before the value.
    let l = line(nl, "Antwoord-URL");
    assert!(l.contains(&format!(")  {}", urls.reply)), "{l:?}");
}

#[test]
fn settings_sheet_and_readme_in_dutch_and_german_are_translated() {
    let x = exports();
    let (cert, entra) = (&x.cert, &x.entra);
    let ((en, en_readme, _), (nl, nl_readme, _), (de, de_readme, _)) = (&x.en, &x.nl, &x.de);
    // The text itself is translated, the English gone.
    for (sheet, expected, english) in [
        (
            &nl,
            [
                "Eenmalige aanmelding TOPdesk <-> Microsoft Entra ID: instellingen",
                "TOPdesk-gedeelte: Secure (behandelaars).",
                "2. Microsoft Entra: de bedrijfstoepassing > Eenmalige aanmelding > Standaard SAML-configuratie",
                "leeg laten",
                &format!("upload {KEY_FILE} (geheim: verwijder het na het uploaden)"),
                // Dates in the reader's format; times stay UTC.
                &format!(
                    "1 jan 2027 00:00 UTC (vingerafdruk {})",
                    cert.sha1_thumbprint
                ),
                &format!("22 dec 2023 14:21 UTC (actief, vingerafdruk {entra})"),
                "Gemaakt door topdesk-sso",
                // A finding of the check, made in the same language, under part 4.
                "is pas geldig vanaf 1 jan 2026.\n      Oplossing: Wacht tot die datum",
            ],
            [
                "leave empty",
                "thumbprint",
                "Made by",
                "Expiry dates",
                "valid until",
            ],
        ),
        (
            &de,
            [
                "Einmaliges Anmelden TOPdesk <-> Microsoft Entra ID: Einstellungen",
                "TOPdesk-Bereich: Secure (Bearbeiter).",
                "2. Microsoft Entra: die Unternehmensanwendung > Einmaliges Anmelden > Grundlegende SAML-Konfiguration",
                "leer lassen",
                &format!("{KEY_FILE} hochladen (geheim: nach dem Hochladen löschen)"),
                &format!(
                    "1. Jan. 2027 00:00 UTC (Fingerabdruck {})",
                    cert.sha1_thumbprint
                ),
                &format!("22. Dez. 2023 14:21 UTC (aktiv, Fingerabdruck {entra})"),
                "Erstellt von topdesk-sso",
                "ist erst ab 1. Jan. 2026 gültig.\n      Lösung: Warten Sie bis zu diesem Datum",
            ],
            [
                "leave empty",
                "thumbprint",
                "Made by",
                "Expiry dates",
                "valid until",
            ],
        ),
    ] {
        for e in expected {
            assert!(sheet.contains(e), "{e:?} missing in:\n{sheet}");
        }
        // (Part 4 quotes the findings of other modules, translated there.)
        let own = sheet.split("\n4. ").next().unwrap_or_default();
        for e in english {
            assert!(!own.contains(e), "English {e:?} left in:\n{own}");
        }
    }
    // English is as it was.
    assert!(en.contains(&format!(
        "1 Jan 2027 00:00 UTC (thumbprint {})",
        cert.sha1_thumbprint
    )));
    assert!(en.contains("TOPdesk section: Secure (operators)."), "{en}");

    // The reference README: one line, translated, naming the one certificate to upload.
    for (readme, words) in [
        (&en_readme, "never upload it"),
        (&nl_readme, "upload het nooit"),
        (&de_readme, "Laden Sie es nie"),
    ] {
        assert_eq!(readme.lines().count(), 1, "{readme}");
        assert!(
            readme.contains(words) && readme.contains(CERT_PEM_FILE),
            "{readme}"
        );
    }
}

fn finding(findings: &[Finding], code: Code) -> &Finding {
    findings
        .iter()
        .find(|f| f.code == code)
        .unwrap_or_else(|| panic!("no {code:?} in {findings:?}"))
}

#[test]
fn a_pair_mismatch_in_german_and_dutch_keeps_name_and_thumbprint() {
    let now = common::NOW;
    let a = common::cert_valid_until(now, 300);
    let b = common::cert_valid_until(now, 300);
    let cert_file = key::load(&a.certificate_der, None).expect("cert");
    let key_file = key::load(&b.private_key_pkcs8_der, None).expect("key");
    let thumbprint = CertInfo::from_der(&a.certificate_der)
        .expect("cert")
        .sha1_thumbprint;
    let input = PairInput {
        cert_file: Some(&cert_file),
        key_file: Some(&key_file),
        idp: None,
        sp: None,
        now,
    };
    let run = |lang| {
        let mut findings = pair::check(&input).1;
        common::said_in(lang, &mut findings);
        findings
    };

    let de = run(Lang::De);
    let f = finding(&de, Code::PairMismatch);
    assert_eq!(
        f.message,
        format!(
            "Der private Schlüssel gehört nicht zum Zertifikat acme.topdesk.net ({thumbprint})."
        )
    );
    assert!(
        f.fix.to_string().starts_with("Verwenden Sie den Schlüssel"),
        "{}",
        f.fix
    );

    let nl = run(Lang::Nl);
    let f = finding(&nl, Code::PairMismatch);
    assert_eq!(
        f.message,
        format!(
            "De persoonlijke sleutel hoort niet bij het certificaat acme.topdesk.net ({thumbprint})."
        )
    );
    assert!(
        f.fix.to_string().starts_with("Gebruik de sleutel"),
        "{}",
        f.fix
    );

    let en = run(Lang::En);
    assert_eq!(
        finding(&en, Code::PairMismatch).message,
        format!(
            "The private key does not belong to the certificate acme.topdesk.net ({thumbprint})."
        )
    );
}

#[test]
fn days_left_are_fluent_plurals_and_dates_are_the_readers() {
    let now = datetime!(2026-06-01 12:00 UTC);
    let expiring = |days: i64| {
        let p = common::cert(
            KeyAlgorithm::Rsa { bits: 2048 },
            SignatureHash::Sha256,
            "acme.topdesk.net",
            now - Duration::days(300),
            now + Duration::days(days) + Duration::hours(1),
        );
        CertInfo::from_der(&p.certificate_der).expect("cert")
    };
    let (one, two) = (expiring(1), expiring(2));
    let message = |lang, c: &CertInfo| {
        let findings = i18n::with(lang, || {
            cert_findings(c, CertRole::TopdeskPublished, now, false)
        });
        finding(&findings, Code::CertExpiring)
            .message
            .render_in(lang)
    };
    for (lang, first, second) in [
        (
            Lang::En,
            "expires on 2 Jun 2026 (1 day left).",
            "expires on 3 Jun 2026 (2 days left).",
        ),
        (
            Lang::Nl,
            "verloopt op 2 jun 2026 (nog 1 dag).",
            "verloopt op 3 jun 2026 (nog 2 dagen).",
        ),
        (
            Lang::De,
            "läuft am 2. Juni 2026 ab (noch 1 Tag).",
            "läuft am 3. Juni 2026 ab (noch 2 Tage).",
        ),
    ] {
        let (m1, m2) = (message(lang, &one), message(lang, &two));
        assert!(m1.ends_with(first), "{m1}");
        assert!(m2.ends_with(second), "{m2}");
        // The thumbprint is in the message, untouched.
        assert!(m1.contains(&format!("({})", one.sha1_thumbprint)), "{m1}");
    }
    assert!(message(Lang::De, &one).starts_with("Das TOPdesk-Zertifikat acme.topdesk.net ("));
}

#[test]
fn key_errors_and_formats_in_the_readers_language() {
    let needed = KeyError::PasswordNeeded(key::PKCS12_FILE);
    assert_eq!(
        i18n::with(Lang::De, || needed.to_string()),
        "die PKCS#12-Datei ist kennwortgeschützt; geben Sie das Kennwort ein, um sie zu öffnen"
    );
    assert_eq!(
        i18n::with(Lang::Nl, || KeyError::PasswordWrong(key::KEY).to_string()),
        "het wachtwoord voor de persoonlijke sleutel is onjuist"
    );
    assert_eq!(
        KeyError::PasswordNeeded(key::KEY).to_string(),
        "the private key is protected by a password; give the password to open it"
    );
    // A limit, refused before any work, with the number as it is (no grouping).
    let mut big = b"-----BEGIN PRIVATE KEY-----\n".to_vec();
    big.resize(key::MAX_KEY_FILE_BYTES + 1, b'A');
    let err = i18n::with(Lang::De, || key::load(&big, None).unwrap_err().to_string());
    assert_eq!(
        err,
        "nicht unterstützte Parameter: die Datei ist 1048577 Byte groß; Zertifikats- und Schlüsseldateien über 1024 KiB werden abgelehnt (echte sind wenige KiB groß)"
    );
    // The format's name for messages is translated; its label (written into JSON) is not.
    assert_eq!(
        KeyFormat::EncryptedPkcs8Pem.name().render_in(Lang::Nl),
        "versleutelde PKCS#8 PEM"
    );
    assert_eq!(
        i18n::with(Lang::Nl, || KeyFormat::EncryptedPkcs8Pem.label()),
        "encrypted PKCS#8 PEM"
    );
}

#[test]
fn logo_and_output_errors_in_dutch_end_with_the_unchanged_name() {
    let err = i18n::with(Lang::Nl, || {
        bundle::check_logo("Mijn logo.png", b"just text")
            .unwrap_err()
            .to_string()
    });
    assert!(
        err.starts_with("Het logo is geen PNG-, JPEG-, GIF- of ICO-afbeelding")
            && err.ends_with(": Mijn logo.png"),
        "{err}"
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("nope");
    let report = report();
    let pair = topdesk_pair();
    let cert = CertInfo::from_der(&pair.certificate_der).expect("cert");
    let metadata = common::read(common::ENTRA_SINGLE);
    let built = bundle::build(&BundleInput {
        federation_metadata: &metadata,
        report: &report,
        topdesk_cert: &cert,
        private_key_pkcs8_der: &pair.private_key_pkcs8_der,
        extra_findings: &[],
        logo: None,
        display_name: "x",
        user_attribute: DEFAULT_USER_ATTRIBUTE,
        created: OffsetDateTime::UNIX_EPOCH,
    })
    .expect("build");
    let err = bundle::write_dir(&built, &missing.join("out")).unwrap_err();
    let shown = i18n::with(Lang::De, || err.to_string());
    assert_eq!(
        shown,
        format!("der Zielordner existiert nicht: {}", missing.display())
    );
}

#[test]
fn a_converted_pkcs1_key_is_explained_in_one_sentence_per_language() {
    use rsa::pkcs1::EncodeRsaPrivateKey as _;
    use rsa::pkcs8::DecodePrivateKey as _;
    let p = common::cert_valid_until(common::NOW, 300);
    let rsa = rsa::RsaPrivateKey::from_pkcs8_der(&p.private_key_pkcs8_der).expect("rsa");
    let pem = rsa.to_pkcs1_pem(rsa::pkcs8::LineEnding::LF).expect("pem");
    let key_file = key::load(pem.as_bytes(), None).expect("key");
    let cert_file = key::load(&p.certificate_der, None).expect("cert");
    let input = PairInput {
        cert_file: Some(&cert_file),
        key_file: Some(&key_file),
        idp: None,
        sp: None,
        now: common::NOW,
    };
    let message = |lang| {
        let findings = i18n::with(lang, || pair::check(&input).1);
        finding(&findings, Code::KeyConverted)
            .message
            .render_in(lang)
    };
    assert_eq!(
        message(Lang::En),
        "The key is PKCS#1 PEM (BEGIN RSA PRIVATE KEY); the export converts it to unencrypted PKCS#8 DER, the format TOPdesk's field asks for (Java-based servers reject PKCS#1 with \"algid parse error, not a sequence\")."
    );
    assert_eq!(
        message(Lang::De),
        "Der Schlüssel ist PKCS#1 PEM (BEGIN RSA PRIVATE KEY); der Export wandelt ihn in unverschlüsseltes PKCS#8 DER um, das Format, das das Feld von TOPdesk verlangt (Java-basierte Server lehnen PKCS#1 mit „algid parse error, not a sequence“ ab)."
    );
    assert!(
        message(Lang::Nl)
            .starts_with("De sleutel is PKCS#1 PEM (BEGIN RSA PRIVATE KEY); de export zet hem om"),
        "{}",
        message(Lang::Nl)
    );
}
