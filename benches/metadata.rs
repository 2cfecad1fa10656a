//! Parse + check of each real Entra file, and a generated 50 MB aggregate of 5,000 entities.
//!
//! The aggregate is also written to `target/bench-aggregate.xml` so the CLI can be compared with
//! `cat FILE > /dev/null` on the same file, and its peak memory measured (`/usr/bin/time -v`).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use time::macros::datetime;
use topdesk_sso::core::check::{CheckInput, check};
use topdesk_sso::core::metadata::Metadata;

const FIXTURES: [&str; 4] = [
    "entra_app_single-cert_signed.xml",
    "entra_app_two-certs_rollover_signed.xml",
    "entra_app_unsigned.xml",
    "entra_tenant-wide_signed.xml",
];

/// About 10 KB per entity, shaped like a real federation aggregate (alternating IdPs and SPs).
fn aggregate(entities: usize) -> Vec<u8> {
    let cert = "MIIC8DCCAdigAwIBAgIQeFy4eMc2lKxIL0t/OVdAFzANBgkqhkiG9w0BAQsFADA0MTIwMAYDVQQDEylNaWNyb3NvZnQgQXp1cmUgRmVkZXJhdGVkIFNTTyBDZXJ0aWZpY2F0ZTAeFw0yMjA5MjgwOTE3MzJaFw0yNTA5MjgwOTE3MzJaMDQxMjAwBgNVBAMTKU1pY3Jvc29mdCBBenVyZSBGZWRlcmF0ZWQgU1NPIENlcnRpZmljYXRlMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwrJgs+ayAi17NE+Wg/ehKFM+7W2oTp51cwOGhgdahpSjvdsbHNR1EM3Gl6mQXqfSbVEuwyaZZe7vcmHW9S6iOkutOiVNr7l6PlD2HWIDGsWfHaP0rAZMiwnUDSmZH5uUWu45fqPgBtWtyKFOfIT9DpWunzoN0ATJolryNmZIbZU8Nu2GSx8i7CxAf3LY8ON7+q4gEoxAOeoGxoOCndnWwW4A+OyhARCmPVifrC7P2OkNDgbq0Yk5TlOHw9QuKn/d3dgTkP9Eo8dCWneITu8vocGuuFVdJPcYjAj8KDtygbgdfVkuutwMFJsN+h/iDtKihG0C/URMV2E1WB3a7C49EQIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQBNdp1bSI5f1vf5mmCt/Ok8lgLxLbK7bjgc44eLwU4hR/zLDBwzNc220r8Udv8ABbY3/KjJOIm9X3JaEkIIdcvGlJO/xDE0TMC6nLWajhN9Tf2RYS1FVGcrjickBfkcGdJatwgWAa7mXWpDm2UkV4f5G1vl5WgnF5NshIHQHUlnejLnt3X2CvPmZolw5K5eFdakHDJnp+9IDiV9IF14vyUcMIS8yjKsoTCnf0tvb9xGgvjaij1JzjFHpsjnIOze1sWT7nAYxIdna1BR/kADjO0DnwY5doo7F1+3IU4EIi0mSQztJ/Q7Q0N5N9LlUmw1Kio/nQnld5sg3goMhrn+mwXL";
    let wrapped: String = cert
        .as_bytes()
        .chunks(64)
        .map(|c| format!("\n            {}", std::str::from_utf8(c).unwrap()))
        .collect();
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" xmlns:mdui=\"urn:oasis:names:tc:SAML:metadata:ui\" Name=\"bench-federation\" validUntil=\"2030-01-01T00:00:00Z\">\n",
    );
    for i in 0..entities {
        let (role, endpoint) = if i % 2 == 0 {
            ("IDPSSODescriptor", "SingleSignOnService")
        } else {
            ("SPSSODescriptor", "AssertionConsumerService")
        };
        out.push_str(&format!("  <md:EntityDescriptor entityID=\"https://entity{i}.example.org/shibboleth\">\n    <md:Extensions>\n"));
        for lang in [
            "en", "nl", "de", "fr", "es", "it", "pt", "sv", "da", "fi", "no", "pl", "cs", "hu",
            "el", "ro", "sk", "sl",
        ] {
            out.push_str(&format!("      <mdui:UIInfo><mdui:DisplayName xml:lang=\"{lang}\">Example organisation number {i} &amp; partners</mdui:DisplayName><mdui:Description xml:lang=\"{lang}\">A fairly long description of the service that organisation {i} offers to its users, padded the way real federation metadata is.</mdui:Description></mdui:UIInfo>\n"));
        }
        out.push_str(&format!("    </md:Extensions>\n    <md:{role} protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n"));
        for usage in ["signing", "encryption"] {
            out.push_str(&format!("      <md:KeyDescriptor use=\"{usage}\">\n        <ds:KeyInfo>\n          <ds:X509Data>\n            <ds:X509Certificate>{wrapped}\n            </ds:X509Certificate>\n          </ds:X509Data>\n        </ds:KeyInfo>\n      </md:KeyDescriptor>\n"));
        }
        for (n, binding) in ["HTTP-Redirect", "HTTP-POST", "HTTP-Artifact"]
            .iter()
            .enumerate()
        {
            out.push_str(&format!("      <md:{endpoint} Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:{binding}\" Location=\"https://entity{i}.example.org/saml2/{binding}\" index=\"{n}\"/>\n"));
        }
        out.push_str(&format!("    </md:{role}>\n    <md:Organization><md:OrganizationName xml:lang=\"en\">Org {i}</md:OrganizationName><md:OrganizationDisplayName xml:lang=\"en\">Organisation {i}</md:OrganizationDisplayName><md:OrganizationURL xml:lang=\"en\">https://entity{i}.example.org/</md:OrganizationURL></md:Organization>\n    <md:ContactPerson contactType=\"technical\"><md:GivenName>Admin</md:GivenName><md:EmailAddress>mailto:admin@entity{i}.example.org</md:EmailAddress></md:ContactPerson>\n  </md:EntityDescriptor>\n"));
    }
    out.push_str("</md:EntitiesDescriptor>\n");
    out.into_bytes()
}

fn benches(c: &mut Criterion) {
    let now = datetime!(2022-06-01 0:00 UTC);
    let mut group = c.benchmark_group("entra");
    for name in FIXTURES {
        let bytes = std::fs::read(format!(
            "{}/tests/data/entra/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                check(&CheckInput {
                    idp: Some(black_box(&bytes)),
                    sp: None,
                    section: None,
                    idp_entity: None,
                    sp_entity: None,
                    now,
                })
                .unwrap()
            });
        });
    }
    group.finish();

    let bytes = aggregate(5_000);
    let path = format!("{}/target/bench-aggregate.xml", env!("CARGO_MANIFEST_DIR"));
    std::fs::write(&path, &bytes).unwrap();
    let md = Metadata::read(&bytes, Some("https://entity4999.example.org/shibboleth")).unwrap();
    assert_eq!(md.entities.len(), 5_000);
    assert!(md.entity.is_some());
    eprintln!(
        "aggregate: {} bytes, 5000 entities, written to {path}",
        bytes.len()
    );

    let mut group = c.benchmark_group("aggregate");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("read 5000 entities, select the last", |b| {
        b.iter(|| {
            Metadata::read(
                black_box(&bytes),
                Some("https://entity4999.example.org/shibboleth"),
            )
            .unwrap()
        });
    });
    group.finish();
}

criterion_group!(metadata, benches);
criterion_main!(metadata);
