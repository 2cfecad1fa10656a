//! Every finding code, each triggered by a generated or real file, plus the values derived for
//! Entra. A meta-test makes sure no code is left without a case.

mod common;

use std::collections::HashSet;

use common::{NOW, Sp};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};
use topdesk_sso::core::check::{CheckInput, PairFiles, Report, check_all};
use topdesk_sso::core::entra::IdpKind;
use topdesk_sso::core::findings::{Code, Severity};
use topdesk_sso::core::keygen::{self, GeneratedPair};
use topdesk_sso::core::keygen::{KeyAlgorithm, SignatureHash};
use topdesk_sso::core::signature::SignatureStatus;
use topdesk_sso::core::topdesk::Section;

const ENTRA_ID: &str = "https://sts.windows.net/76db22f8-ca3e-4d0a-b5c1-795947fc8943/";

struct Case {
    idp: Option<Vec<u8>>,
    sp: Option<Vec<u8>>,
    section: Option<Section>,
    idp_entity: Option<&'static str>,
    now: OffsetDateTime,
    cert: Option<Vec<u8>>,
    key: Option<Vec<u8>>,
}

impl Case {
    fn idp(bytes: impl Into<Vec<u8>>) -> Self {
        Self {
            idp: Some(bytes.into()),
            sp: None,
            section: None,
            idp_entity: None,
            now: NOW,
            cert: None,
            key: None,
        }
    }
    fn sp(sp: &Sp) -> Self {
        Self {
            idp: None,
            sp: Some(sp.xml().into_bytes()),
            section: None,
            idp_entity: None,
            now: NOW,
            cert: None,
            key: None,
        }
    }
    /// A key pair check: `cert` and `key` file contents.
    fn pair(cert: impl Into<Vec<u8>>, key: impl Into<Vec<u8>>) -> Self {
        Self {
            idp: None,
            sp: None,
            section: None,
            idp_entity: None,
            now: NOW,
            cert: Some(cert.into()),
            key: Some(key.into()),
        }
    }
    fn run(&self) -> Report {
        let input = CheckInput {
            idp: self.idp.as_deref(),
            sp: self.sp.as_deref(),
            section: self.section,
            idp_entity: self.idp_entity,
            sp_entity: None,
            now: self.now,
        };
        let files = PairFiles {
            cert: self.cert.as_deref(),
            key: self.key.as_deref(),
            cert_password: None,
            key_password: None,
            cert_opened: None,
            key_opened: None,
        };
        check_all(&input, &files).unwrap()
    }
}

/// A valid RSA pair around `NOW` with the given CN and size.
fn pair_with(cn: &str, algorithm: KeyAlgorithm) -> GeneratedPair {
    common::cert(
        algorithm,
        SHA256,
        cn,
        NOW - Duration::days(10),
        NOW + Duration::days(700),
    )
}

fn pair_cases() -> Vec<(Code, Case)> {
    let good = pair_with("acme.topdesk.net", RSA);
    let other = pair_with("acme.topdesk.net", RSA);
    let key = |p: &GeneratedPair| p.private_key_pkcs8_der.to_vec();
    let ca = pair_with("Example CA", RSA);
    let chain = format!(
        "{}{}",
        keygen::to_pem("CERTIFICATE", &ca.certificate_der),
        keygen::to_pem("CERTIFICATE", &good.certificate_der)
    );
    let entra = pair_with(topdesk_sso::core::entra::APP_CERT_CN, RSA);
    let ec = pair_with("acme.topdesk.net", KeyAlgorithm::EcP256);
    let weak = pair_with("acme.topdesk.net", KeyAlgorithm::Rsa { bits: 1024 });
    vec![
        (
            Code::PairMatch,
            Case::pair(good.certificate_der.clone(), key(&good)),
        ),
        (
            Code::PairMismatch,
            Case::pair(good.certificate_der.clone(), key(&other)),
        ),
        (Code::PairLeafChosen, Case::pair(chain, key(&good))),
        (
            Code::CertIsEntra,
            Case::pair(entra.certificate_der.clone(), key(&entra)),
        ),
        (
            Code::CertNotInSpMetadata,
            Case {
                sp: Some(Sp::secure().xml().into_bytes()),
                ..Case::pair(good.certificate_der.clone(), key(&good))
            },
        ),
        (
            Code::KeyNotRsa,
            Case::pair(ec.certificate_der.clone(), key(&ec)),
        ),
        (
            Code::KeyWeakRsa,
            Case::pair(weak.certificate_der.clone(), key(&weak)),
        ),
        (
            Code::KeyConverted,
            Case::pair(
                good.certificate_der.clone(),
                keygen::to_pem("RSA PRIVATE KEY", &key(&good)),
            ),
        ),
    ]
}

/// Decoders validate RSA keys (d·e ≡ 1, p·q = n) and derive the public half from the private
/// one, so a key that passes loading but fails the round trip cannot be built from a file; the
/// round trip stays as defence in depth and is unit-tested on mismatched keys.
const UNREACHABLE_FROM_FILES: &[Code] = &[
    Code::PairKeyDamaged,
    // Need a file signed at test time, or the signer history: tests/hostile.rs raises each.
    Code::SignatureUnlistedSigner,
    Code::SignatureSha1,
    Code::SignerNew,
    Code::SignerAnnounced,
    // Need a fetched file (tests/fetch.rs) or an unreadable history (tests/hostile.rs).
    Code::IdpFetchedNotMicrosoft,
    Code::SignerHistoryUnreadable,
    // The live Entra app through Graph: tests/entra_live.rs raises each against its stand-in.
    Code::EntraApp,
    Code::EntraSsoMode,
    Code::EntraIdentifier,
    Code::EntraReplyUrl,
    Code::EntraSignOnUrl,
    Code::EntraSigningCert,
    Code::EntraEncryptionCert,
    Code::EntraAssignment,
    Code::EntraNotificationEmail,
];

/// The codes of `diagnose` (a captured login, not the files): tests/diagnose.rs raises each
/// (`every_diagnose_code_is_raised`).
const DIAGNOSE: &[Code] = &[
    Code::CaptureUnrecognised,
    Code::CaptureTooLarge,
    Code::MessageRefused,
    Code::EntraError,
    Code::ResponseStatus,
    Code::ResponseIssuer,
    Code::ResponseSignatureValid,
    Code::ResponseSignatureInvalid,
    Code::ResponseSignerExpired,
    Code::SignatureWrapping,
    Code::AssertionUnsigned,
    Code::AssertionMissing,
    Code::AssertionEncrypted,
    Code::AssertionDecryptFailed,
    Code::ResponseAudience,
    Code::ResponseRecipient,
    Code::ResponseDestination,
    Code::ResponseInResponseTo,
    Code::AssertionNotYetValid,
    Code::AssertionExpired,
    Code::AssertionJudgedAt,
    Code::UserName,
    Code::UserAttributeMissing,
    Code::RequestIssuer,
    Code::RequestAcs,
    Code::RequestDestination,
    Code::RequestShown,
];

fn codes(r: &Report) -> Vec<Code> {
    r.findings.iter().map(|f| f.code).collect()
}

fn app_cert() -> Vec<u8> {
    common::cert(
        KeyAlgorithm::Rsa { bits: 2048 },
        SignatureHash::Sha256,
        "Microsoft Azure Federated SSO Certificate",
        datetime!(2025-01-01 0:00 UTC),
        datetime!(2028-01-01 0:00 UTC),
    )
    .certificate_der
}

fn sp_with_cert(der: Vec<u8>) -> Sp {
    Sp {
        cert_der: Some(der),
        ..Sp::secure()
    }
}

fn tampered_single() -> Vec<u8> {
    String::from_utf8(common::read(common::ENTRA_SINGLE))
        .unwrap()
        .replacen("/saml2\"", "/saml3\"", 1)
        .into_bytes()
}

fn idp_aggregate() -> String {
    let a = common::idp_xml("https://idp-a.example/", &[&app_cert()], true);
    let b = common::idp_xml("https://idp-b.example/", &[&app_cert()], true);
    let strip = |s: &str| {
        s.replace(" xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"", "")
            .replace("ID=\"_1\" ", "")
    };
    format!(
        "<EntitiesDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">{}{}</EntitiesDescriptor>",
        strip(&a),
        strip(&b)
    )
}

/// IdP whose SAML role and WS-Fed application role list different certificates.
fn certs_differ() -> String {
    let saml = app_cert();
    let other = app_cert();
    let base = common::idp_xml(ENTRA_ID, &[&saml], true);
    let app_role = format!(
        "<RoleDescriptor xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:f=\"http://docs.oasis-open.org/wsfed/federation/200706\" xsi:type=\"f:ApplicationServiceType\" protocolSupportEnumeration=\"x\"><KeyDescriptor use=\"signing\"><KeyInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><X509Data><X509Certificate>{}</X509Certificate></X509Data></KeyInfo></KeyDescriptor></RoleDescriptor>",
        common::b64(&other)
    );
    base.replacen(
        "<IDPSSODescriptor",
        &format!("{app_role}<IDPSSODescriptor"),
        1,
    )
}

fn cert_case(
    algorithm: KeyAlgorithm,
    hash: SignatureHash,
    from: OffsetDateTime,
    to: OffsetDateTime,
) -> Case {
    Case::sp(&sp_with_cert(
        common::cert(algorithm, hash, "acme.topdesk.net", from, to).certificate_der,
    ))
}

const RSA: KeyAlgorithm = KeyAlgorithm::Rsa { bits: 2048 };
const SHA256: SignatureHash = SignatureHash::Sha256;

/// One case per code: the inputs, and the code they must raise.
#[allow(clippy::too_many_lines)] // one flat table, one row per code
fn cases() -> Vec<(Code, Case)> {
    let idp_fixture = || common::read(common::ENTRA_SINGLE);
    let sp_xml = Sp::secure().xml().into_bytes();
    let year = Duration::days(365);
    vec![
        (
            Code::FilesSwapped,
            Case {
                idp: Some(sp_xml.clone()),
                sp: Some(idp_fixture()),
                ..Case::idp(vec![])
            },
        ),
        (
            Code::IdpIsSp,
            Case {
                sp: Some(sp_xml.clone()),
                ..Case::idp(sp_xml.clone())
            },
        ),
        (
            Code::SpIsIdp,
            Case {
                sp: Some(idp_fixture()),
                ..Case::idp(idp_fixture())
            },
        ),
        (Code::IdpNotMetadata, Case::idp("<html><body/></html>")),
        (
            Code::SpNotMetadata,
            Case {
                sp: Some(b"<rss version=\"2.0\"/>".to_vec()),
                ..Case::sp(&Sp::secure())
            },
        ),
        (Code::EntityNotChosen, Case::idp(idp_aggregate())),
        (
            Code::EntityNotFound,
            Case {
                idp_entity: Some("https://nope.example/"),
                ..Case::idp(idp_aggregate())
            },
        ),
        (
            Code::IdpTenantWide,
            Case::idp(common::read(common::ENTRA_TENANT)),
        ),
        (
            Code::IdpCommon,
            Case::idp(common::idp_xml(
                "https://sts.windows.net/{tenantid}/",
                &[&app_cert()],
                true,
            )),
        ),
        (
            Code::IdpAdfs,
            Case::idp(common::idp_xml(
                "http://adfs.contoso.com/adfs/services/trust",
                &[&app_cert()],
                true,
            )),
        ),
        (
            Code::IdpNotEntra,
            Case::idp(common::idp_xml(
                "https://idp.example.org/",
                &[&app_cert()],
                true,
            )),
        ),
        (
            Code::IdpNoSso,
            Case::idp(common::idp_xml(ENTRA_ID, &[&app_cert()], false)),
        ),
        (
            Code::IdpHostNotMicrosoft,
            Case::idp(common::idp_xml(ENTRA_ID, &[&app_cert()], true).replace(
                "https://login.microsoftonline.com/",
                "https://login.microsoftonline.com.evil.example/",
            )),
        ),
        (
            Code::IdpNoSigningCert,
            Case::idp(common::idp_xml(ENTRA_ID, &[], true)),
        ),
        (Code::IdpCertsDiffer, Case::idp(certs_differ())),
        (
            Code::IdpRollover,
            Case::idp(common::read(common::ENTRA_ROLLOVER)),
        ),
        (Code::SignatureValid, Case::idp(idp_fixture())),
        (Code::SignatureInvalid, Case::idp(tampered_single())),
        (
            Code::SignatureAbsent,
            Case::idp(common::read(common::ENTRA_UNSIGNED)),
        ),
        (
            Code::SpNoAcs,
            Case::sp(&Sp {
                acs: vec![],
                ..Sp::secure()
            }),
        ),
        (
            Code::SpAcsNotHttps,
            Case::sp(&Sp {
                acs: vec![(
                    common::POST.into(),
                    "http://acme.topdesk.net/tas/secure/login/verify".into(),
                    None,
                    None,
                )],
                entity_id: "http://acme.topdesk.net/saml-metadata/1".into(),
                ..Sp::secure()
            }),
        ),
        (
            Code::SpAcsNotPost,
            Case::sp(&Sp {
                acs: vec![(
                    "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact".into(),
                    "https://acme.topdesk.net/tas/secure/login/verify".into(),
                    Some(0),
                    None,
                )],
                ..Sp::secure()
            }),
        ),
        (
            Code::SpAcsPath,
            Case::sp(&Sp {
                acs: vec![(
                    common::POST.into(),
                    "https://acme.topdesk.net/saml/acs".into(),
                    None,
                    None,
                )],
                ..Sp::secure()
            }),
        ),
        (
            Code::SpEntityIdPattern,
            Case::sp(&Sp {
                entity_id: "https://acme.topdesk.net/".into(),
                ..Sp::secure()
            }),
        ),
        (
            Code::SpHostMismatch,
            Case::sp(&Sp {
                entity_id: "https://other.example.com/saml-metadata/1".into(),
                ..Sp::secure()
            }),
        ),
        (
            Code::SectionMismatch,
            Case {
                section: Some(Section::Public),
                ..Case::sp(&Sp::secure())
            },
        ),
        (
            Code::OldTutorialPattern,
            Case::sp(&Sp {
                entity_id: "https://acme.topdesk.net/tas/secure/login/verify".into(),
                ..Sp::secure()
            }),
        ),
        (
            Code::UrlInvalid,
            Case::sp(&Sp {
                entity_id: "https://acme.topdesk.net/saml-metadata/4f1c&#x202E;2b9a".into(),
                ..Sp::secure()
            }),
        ),
        (
            Code::MetadataExpired,
            Case::sp(&Sp {
                valid_until: Some("2026-01-01T00:00:00Z".into()),
                ..Sp::secure()
            }),
        ),
        (
            Code::CertUnreadable,
            Case::sp(&sp_with_cert(b"this is not a certificate".to_vec())),
        ),
        (
            Code::CertExpired,
            cert_case(RSA, SHA256, NOW - 2 * year, NOW - Duration::days(1)),
        ),
        (
            Code::CertNotYetValid,
            cert_case(RSA, SHA256, NOW + Duration::days(1), NOW + year),
        ),
        (
            Code::CertExpiring,
            cert_case(RSA, SHA256, NOW - year, NOW + Duration::days(30)),
        ),
        (
            Code::CertSha1,
            cert_case(RSA, SignatureHash::Sha1, NOW - year, NOW + year),
        ),
        (
            Code::CertWeakRsa,
            cert_case(
                KeyAlgorithm::Rsa { bits: 1024 },
                SHA256,
                NOW - year,
                NOW + year,
            ),
        ),
        (
            Code::CertNotRsa,
            cert_case(KeyAlgorithm::EcP256, SHA256, NOW - year, NOW + year),
        ),
    ]
}

#[test]
fn every_code_has_a_case_that_raises_it() {
    let mut covered = HashSet::new();
    for (code, case) in cases().into_iter().chain(pair_cases()) {
        let report = case.run();
        let got = codes(&report);
        assert!(got.contains(&code), "{code}: expected it, got {got:?}");
        let f = report.findings.iter().find(|f| f.code == code).unwrap();
        assert!(
            f.message.to_string().ends_with('.') && f.fix.to_string().ends_with('.'),
            "{code}: {f:?}"
        );
        covered.insert(code);
    }
    let missing: Vec<&Code> = Code::ALL
        .iter()
        .filter(|c| {
            !covered.contains(c) && !UNREACHABLE_FROM_FILES.contains(c) && !DIAGNOSE.contains(c)
        })
        .collect();
    assert!(missing.is_empty(), "codes without a test case: {missing:?}");
}

#[test]
fn every_code_is_documented_in_the_readme() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for code in Code::ALL {
        assert!(
            readme.contains(&format!("| `{code}` |")),
            "README lacks {code}"
        );
    }
}

#[test]
fn a_good_pair_of_files_gives_the_three_values_and_no_problem() {
    let now = common::NOW_SINGLE_VALID;
    let sp_cert = common::cert(
        RSA,
        SHA256,
        "acme.topdesk.net",
        now - Duration::days(30),
        now + Duration::days(700),
    );
    let report = Case {
        idp: Some(common::read(common::ENTRA_SINGLE)),
        section: Some(Section::Secure),
        now,
        ..Case::sp(&sp_with_cert(sp_cert.certificate_der))
    }
    .run();
    assert_eq!(codes(&report), [Code::SignatureValid]);
    let urls = report.urls.unwrap();
    assert_eq!(
        urls.identifier,
        "https://acme.topdesk.net/saml-metadata/4f1c2b9a"
    );
    assert_eq!(
        urls.reply,
        "https://acme.topdesk.net/tas/secure/login/verify"
    );
    assert_eq!(urls.sign_on, "https://acme.topdesk.net");
    assert_eq!(report.section, Some(Section::Secure));
    let idp = report.idp.unwrap();
    assert_eq!(idp.kind, IdpKind::EntraApp);
    assert_eq!(
        idp.tenant_id.as_deref(),
        Some("76db22f8-ca3e-4d0a-b5c1-795947fc8943")
    );
    assert_eq!(
        idp.sso_url.as_deref(),
        Some("https://login.microsoftonline.com/76db22f8-ca3e-4d0a-b5c1-795947fc8943/saml2")
    );
    assert_eq!(report.signature.unwrap().status, SignatureStatus::Valid);
}

#[test]
fn public_section_and_custom_domain_are_read_not_assumed() {
    let sp = Sp {
        entity_id: "https://servicedesk.example.com/saml-metadata/77".into(),
        acs: vec![(
            common::POST.into(),
            "https://servicedesk.example.com/tas/public/login/verify".into(),
            None,
            None,
        )],
        ..Sp::public()
    };
    let report = Case::sp(&sp).run();
    assert_eq!(report.section, Some(Section::Public));
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert_eq!(
        report.urls.unwrap().sign_on,
        "https://servicedesk.example.com"
    );
}

#[test]
fn rollover_names_the_active_certificate_and_softens_the_old_one() {
    // Late 2025: the old (signing) cert has expired, the new one is valid.
    let report = Case {
        now: datetime!(2025-10-15 0:00 UTC),
        ..Case::idp(common::read(common::ENTRA_ROLLOVER))
    }
    .run();
    let idp = report.idp.as_ref().unwrap();
    let active: Vec<_> = idp.certificates.iter().filter(|c| c.active).collect();
    assert_eq!(active.len(), 1);
    assert_eq!(
        Some(&active[0].info.sha1_thumbprint),
        report.signature.as_ref().unwrap().signed_by.as_ref()
    );
    assert!(
        active[0].info.not_after < datetime!(2025-10-01 0:00 UTC),
        "signed by the old cert"
    );
    // Its date is said as past.
    let rollover = |r: &Report| {
        r.findings
            .iter()
            .find(|f| f.code == Code::IdpRollover)
            .unwrap()
            .message
            .to_string()
    };
    assert!(
        rollover(&report).contains("(expired on 28 Sep 2025), the active one"),
        "{}",
        rollover(&report)
    );
    // The active one expired: that is an error even though a newer one exists.
    let expired: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == Code::CertExpired)
        .collect();
    assert_eq!(expired.len(), 1);
    assert_eq!(expired[0].severity, Severity::Error);
    // Mid-2024 the new one is valid only from 2024-05-07: a note, not a warning.
    let report = Case {
        now: datetime!(2024-03-01 0:00 UTC),
        ..Case::idp(common::read(common::ENTRA_ROLLOVER))
    }
    .run();
    let f = report
        .findings
        .iter()
        .find(|f| f.code == Code::CertNotYetValid)
        .unwrap();
    assert_eq!(f.severity, Severity::Info);
    assert!(
        rollover(&report).contains("(expires 28 Sep 2025), the active one"),
        "{}",
        rollover(&report)
    );
}

/// App metadata signed with a certificate the customer imported (any name, here two of them in a
/// rollover) is the app's: tenant-wide only on Microsoft's tenant keys.
#[test]
fn app_metadata_with_a_customer_certificate_is_not_called_tenant_wide() {
    let customer = |cn: &str| {
        common::cert(
            RSA,
            SHA256,
            cn,
            datetime!(2026-01-01 0:00 UTC),
            datetime!(2028-01-01 0:00 UTC),
        )
        .certificate_der
    };
    let (one, two) = (
        customer("glia.example.com"),
        customer("sso.contoso.example"),
    );
    for certs in [vec![&one[..]], vec![&one[..], &two[..]]] {
        let report = Case::idp(common::idp_xml(ENTRA_ID, &certs, true)).run();
        assert_eq!(report.idp.as_ref().unwrap().kind, IdpKind::EntraApp);
        assert!(
            !codes(&report).contains(&Code::IdpTenantWide),
            "{:?}",
            report.findings
        );
    }
    let tenant = Case::idp(common::read(common::ENTRA_TENANT)).run();
    assert_eq!(tenant.idp.unwrap().kind, IdpKind::EntraTenantWide);
}

/// The valid signature's note names the Entra app's SAML Certificates page only for an app's
/// file: a tenant-wide file has no such page.
#[test]
fn the_signature_note_points_to_the_app_page_only_for_app_metadata() {
    let note = |report: &Report| {
        report
            .findings
            .iter()
            .find(|f| f.code == Code::SignatureValid)
            .map(|f| format!("{} {}", f.message, f.fix))
            .unwrap()
    };
    let app = note(&Case::idp(common::read(common::ENTRA_SINGLE)).run());
    assert!(
        app.contains(
            "compare this thumbprint with the one on the Entra app's SAML Certificates page"
        ),
        "{app}"
    );
    let tenant = note(&Case::idp(common::read(common::ENTRA_TENANT)).run());
    assert!(
        tenant.contains("there is no SAML Certificates page")
            && !tenant.contains("the one on the Entra app's SAML Certificates page"),
        "{tenant}"
    );
}

/// AD FS lists only an encryption certificate in its application role: nothing to compare with
/// the SAML signing certificates, so no `idp-certs-differ`.
#[test]
fn an_application_role_with_only_an_encryption_certificate_is_not_a_difference() {
    let adfs = certs_differ()
        .replace(ENTRA_ID, "http://adfs.contoso.com/adfs/services/trust")
        .replacen(
            "<KeyDescriptor use=\"signing\">",
            "<KeyDescriptor use=\"encryption\">",
            1,
        );
    let report = Case::idp(adfs).run();
    assert_eq!(report.idp.as_ref().unwrap().kind, IdpKind::Adfs);
    assert!(
        !codes(&report).contains(&Code::IdpCertsDiffer),
        "{:?}",
        report.findings
    );
}

#[test]
fn swapped_files_are_still_read_the_right_way_round() {
    let report = Case {
        idp: Some(Sp::secure().xml().into_bytes()),
        sp: Some(common::read(common::ENTRA_SINGLE)),
        ..Case::idp(vec![])
    }
    .run();
    assert!(codes(&report).contains(&Code::FilesSwapped));
    assert_eq!(
        report.urls.unwrap().reply,
        "https://acme.topdesk.net/tas/secure/login/verify"
    );
    assert_eq!(report.idp.unwrap().kind, IdpKind::EntraApp);
}

#[test]
fn reply_url_is_the_default_post_endpoint() {
    let sp = Sp {
        acs: vec![
            (
                common::POST.into(),
                "https://acme.topdesk.net/tas/secure/login/verify2".into(),
                Some(2),
                None,
            ),
            (
                common::POST.into(),
                "https://acme.topdesk.net/tas/secure/login/verify".into(),
                Some(1),
                None,
            ),
        ],
        ..Sp::secure()
    };
    assert_eq!(
        Case::sp(&sp).run().urls.unwrap().reply,
        "https://acme.topdesk.net/tas/secure/login/verify"
    );
}

#[test]
fn findings_are_sorted_errors_first() {
    let report = Case::idp(common::read(common::ENTRA_UNSIGNED)).run();
    let severities: Vec<Severity> = report.findings.iter().map(|f| f.severity).collect();
    let mut sorted = severities.clone();
    sorted.sort();
    assert_eq!(severities, sorted);
    assert_eq!(severities.first(), Some(&Severity::Error));
}

#[test]
fn idp_valid_until_is_reported_and_judged() {
    let xml = common::idp_xml(ENTRA_ID, &[&app_cert()], true).replacen(
        "<EntityDescriptor ",
        "<EntityDescriptor validUntil=\"2026-03-01T00:00:00Z\" ",
        1,
    );
    let report = Case::idp(xml).run();
    assert_eq!(
        report.idp.as_ref().unwrap().valid_until,
        Some(datetime!(2026-03-01 0:00 UTC))
    );
    let f = report
        .findings
        .iter()
        .find(|f| f.code == Code::MetadataExpired)
        .unwrap();
    assert!(
        f.message
            .to_string()
            .contains("Entra federation metadata was valid until 1 Mar 2026"),
        "{}",
        f.message
    );
}
