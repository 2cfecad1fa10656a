//! Certificate summaries checked against openssl, the reference tool.

mod common;

use std::process::Command;

use topdesk_sso::core::cert::CertInfo;
use topdesk_sso::core::keygen::{self, KeyAlgorithm, SignatureHash};
use topdesk_sso::core::metadata::{CertBlob, Metadata};

fn openssl_fingerprint(der: &[u8], digest: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.der");
    std::fs::write(&path, der).unwrap();
    let out = Command::new("openssl")
        .args([
            "x509",
            "-inform",
            "DER",
            "-noout",
            "-fingerprint",
            digest,
            "-in",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    text.trim().split_once('=').unwrap().1.to_owned()
}

fn all_fixture_certs() -> Vec<Vec<u8>> {
    let mut ders = Vec::new();
    for name in common::ENTRA_ALL {
        let md = Metadata::read(&common::read(name), None).unwrap();
        let entity = md.entity.unwrap();
        let keys = entity
            .idp
            .iter()
            .flat_map(|r| r.keys.iter())
            .chain(entity.ws_fed.iter().flat_map(|r| r.keys.iter()));
        let sig = md.signature.iter().flat_map(|s| s.certs.iter());
        for blob in keys.flat_map(|k| k.certs.iter()).chain(sig) {
            if let CertBlob::Der(der) = blob
                && !ders.contains(der)
            {
                ders.push(der.clone());
            }
        }
    }
    ders
}

#[test]
fn fingerprints_equal_openssl() {
    if !common::have_tool("openssl") {
        return;
    }
    let mut ders = all_fixture_certs();
    assert!(
        ders.len() >= 8,
        "expected the fixtures' distinct certificates, got {}",
        ders.len()
    );
    ders.push(common::topdesk_cert().certificate_der.clone());
    let now = common::NOW;
    ders.push(
        common::cert(
            KeyAlgorithm::EcP256,
            SignatureHash::Sha256,
            "ec",
            now,
            now + time::Duration::days(9),
        )
        .certificate_der,
    );
    for der in ders {
        let info = CertInfo::from_der(&der).unwrap();
        assert_eq!(
            info.sha256_fingerprint,
            openssl_fingerprint(&der, "-sha256")
        );
        assert_eq!(
            info.sha1_thumbprint,
            openssl_fingerprint(&der, "-sha1").replace(':', "")
        );
    }
}

#[test]
fn summary_fields_match_openssl_text() {
    if !common::have_tool("openssl") {
        return;
    }
    let der = common::read(common::ENTRA_SINGLE);
    let md = Metadata::read(&der, None).unwrap();
    let Some(CertBlob::Der(cert)) = md.signature.unwrap().certs.into_iter().next() else {
        panic!()
    };
    let info = CertInfo::from_der(&cert).unwrap();
    let pem = keygen::to_pem("CERTIFICATE", &cert);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.pem");
    std::fs::write(&path, pem).unwrap();
    let out = Command::new("openssl")
        .args(["x509", "-noout", "-text", "-in"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Public-Key: (2048 bit)"));
    assert_eq!(info.key_bits, Some(2048));
    assert!(text.contains("Not After : Dec 22 "), "{text}");
    assert_eq!(info.not_after.date().to_string(), "2023-12-22");
    assert!(text.contains("Subject: CN = Microsoft Azure Federated SSO Certificate"));
    assert_eq!(
        info.common_name.as_deref(),
        Some("Microsoft Azure Federated SSO Certificate")
    );
    assert!(
        text.contains(&info.signature_algorithm),
        "{}",
        info.signature_algorithm
    );
}
