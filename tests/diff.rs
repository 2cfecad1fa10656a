//! `topdesk-sso diff OLD NEW`: what changed between two versions of the Entra federation
//! metadata, and whether the admin must act (exit 1) or not (exit 0).

mod common;

use std::path::Path;

use time::macros::datetime;
use topdesk_sso::core::check::{CheckInput, Report, check};
use topdesk_sso::core::diff::diff;
use topdesk_sso::core::keygen::{KeyAlgorithm, SignatureHash};

const ENTRA_ID: &str = "https://sts.windows.net/76db22f8-ca3e-4d0a-b5c1-795947fc8943/";
const NOW: &str = "2022-06-01T00:00:00Z";

fn cert() -> Vec<u8> {
    common::cert(
        KeyAlgorithm::Rsa { bits: 2048 },
        SignatureHash::Sha256,
        "Microsoft Azure Federated SSO Certificate",
        datetime!(2021-01-01 0:00 UTC),
        datetime!(2024-01-01 0:00 UTC),
    )
    .certificate_der
}

fn report(xml: &[u8]) -> Report {
    check(&CheckInput {
        idp: Some(xml),
        ..CheckInput::new(common::NOW_SINGLE_VALID)
    })
    .unwrap()
}

fn run(old: &Path, new: &Path) -> (i32, serde_json::Value) {
    let out = common::cli_command()
        .args(["diff", "--json", "--now", NOW])
        .arg(old)
        .arg(new)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        serde_json::from_slice(&out.stdout).unwrap_or_default(),
    )
}

#[test]
fn verdicts_for_each_kind_of_change() {
    let (a, b) = (cert(), cert());
    let xml = |certs: &[&[u8]]| common::idp_xml(ENTRA_ID, certs, true).into_bytes();
    let same = diff(&report(&xml(&[&a])), &report(&xml(&[&a]))).unwrap();
    assert!(!same.action_needed);
    assert_eq!(same.verdict.to_string(), "Nothing that matters changed.");

    let announced = diff(&report(&xml(&[&a])), &report(&xml(&[&a, &b]))).unwrap();
    assert!(announced.action_needed);
    assert_eq!(announced.added.len(), 1);
    assert!(
        announced
            .verdict
            .to_string()
            .contains("before you make certificate"),
        "{}",
        announced.verdict
    );

    let retired = diff(&report(&xml(&[&a, &b])), &report(&xml(&[&b]))).unwrap();
    assert!(!retired.action_needed, "{}", retired.verdict);
    assert_eq!(retired.removed.len(), 1);
    assert!(
        retired
            .verdict
            .to_string()
            .starts_with("Only a retired certificate"),
        "{}",
        retired.verdict
    );

    // A certificate that was not signing and outlives the signing one is no retired certificate.
    let later = common::cert(
        KeyAlgorithm::Rsa { bits: 2048 },
        SignatureHash::Sha256,
        "Microsoft Azure Federated SSO Certificate",
        datetime!(2021-06-01 0:00 UTC),
        datetime!(2026-01-01 0:00 UTC),
    )
    .certificate_der;
    let unused = diff(&report(&xml(&[&a, &later])), &report(&xml(&[&a]))).unwrap();
    assert!(!unused.action_needed, "{}", unused.verdict);
    let said = unused.verdict.to_string();
    assert!(
        said.starts_with("A certificate that was not signing was removed"),
        "{said}"
    );
    assert!(!said.contains("retired"), "{said}");

    let other_tenant = common::idp_xml(
        "https://sts.windows.net/00000000-0000-4000-8000-000000000001/",
        &[&a],
        true,
    );
    let moved = diff(&report(&xml(&[&a])), &report(other_tenant.as_bytes())).unwrap();
    assert!(moved.action_needed);
    assert!(moved.changes.iter().any(|c| c.what == "tenant"));
}

/// The real signed Entra file, against an older file of the same app listing another
/// certificate: Entra signs with a certificate TOPdesk does not know — act now. Also through a
/// bundle folder, as the export leaves it.
#[test]
fn a_signer_topdesk_does_not_know_is_urgent_on_the_command_line_too() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.xml");
    std::fs::write(&old, common::idp_xml(ENTRA_ID, &[&cert()], true)).unwrap();
    let new = common::data(common::ENTRA_SINGLE);
    let (code, v) = run(&old, &new);
    assert_eq!(code, 1, "{v:#}");
    let verdict = v["diff"]["verdict"].as_str().unwrap();
    assert!(
        verdict.contains("769F611FAA5B9005734B57506B841E33143EA055")
            && verdict.contains("logins fail until you upload"),
        "{verdict}"
    );
    let bundle = dir.path().join("bundle");
    std::fs::create_dir(&bundle).unwrap();
    std::fs::copy(&new, bundle.join(topdesk_sso::core::bundle::METADATA_FILE)).unwrap();
    let (code, v) = run(&bundle, &new);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["diff"]["verdict"], "Nothing that matters changed.");
    let (code, _) = run(&dir.path().join("missing.xml"), &new);
    assert_eq!(code, 2);
    // A device instead of a file is refused at once, not read.
    if cfg!(unix) {
        let start = std::time::Instant::now();
        let (code, _) = run(Path::new("/dev/zero"), &new);
        assert_eq!(code, 2);
        assert!(start.elapsed() < std::time::Duration::from_secs(1));
    }
}
