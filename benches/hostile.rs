//! The worst inputs the limits let through, and the cost of refusing the ones above them.
//!
//! - accepted: an encrypted key at the PBKDF2 limit (1,000,000 iterations) and at the scrypt
//!   limit (N=2^16, r=8, p=2: 64 MiB, N·r·p = 2^20), opened with the right password;
//! - refused: PBKDF2 at 2^31 iterations, a 65,536-bit RSA key, metadata whose signature carries
//!   5,000 certificates (each must take microseconds, not minutes).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use pkcs8::pkcs5::{pbes2, scrypt};
use time::macros::datetime;
use topdesk_sso::core::check::{CheckInput, check};
use topdesk_sso::core::keygen::{self, CertParams, KeyAlgorithm, SignatureHash};
use topdesk_sso::core::{key, limits};

fn der(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    if content.len() < 0x80 {
        out.push(u8::try_from(content.len()).unwrap());
    } else {
        let len: Vec<u8> = content
            .len()
            .to_be_bytes()
            .into_iter()
            .skip_while(|&b| b == 0)
            .collect();
        out.push(0x80 | u8::try_from(len.len()).unwrap());
        out.extend(len);
    }
    out.extend_from_slice(content);
    out
}

fn encrypted(pkcs8_der: &[u8], params: pbes2::Parameters) -> Vec<u8> {
    pkcs8::PrivateKeyInfoRef::try_from(pkcs8_der)
        .unwrap()
        .encrypt_with_params(params, "secret")
        .unwrap()
        .as_bytes()
        .to_vec()
}

fn benches(c: &mut Criterion) {
    let pair = keygen::generate(&CertParams {
        common_name: "bench.topdesk.net".into(),
        algorithm: KeyAlgorithm::Rsa { bits: 2048 },
        hash: SignatureHash::Sha256,
        not_before: datetime!(2026-01-01 0:00 UTC),
        not_after: datetime!(2027-01-01 0:00 UTC),
        dns_names: Vec::new(),
    })
    .unwrap();
    let key = &*pair.private_key_pkcs8_der;

    let mut group = c.benchmark_group("accepted at the limit");
    group.sample_size(10);
    let pbkdf2_max = encrypted(
        key,
        pbes2::Parameters::generate_pbkdf2_sha256_aes256cbc(
            u32::try_from(limits::MAX_PBKDF2_ITERATIONS).unwrap(),
            &[1; 16],
            [2; 16],
        )
        .unwrap(),
    );
    group.bench_function("PBKDF2 1,000,000 iterations", |b| {
        b.iter(|| key::load(black_box(&pbkdf2_max), Some("secret")).unwrap());
    });
    let scrypt_max = encrypted(
        key,
        pbes2::Parameters::generate_scrypt_aes256cbc(
            scrypt::Params::new(16, 8, 2).unwrap(),
            &[1; 16],
            [2; 16],
        )
        .unwrap(),
    );
    group.bench_function("scrypt N=2^16 r=8 p=2", |b| {
        b.iter(|| key::load(black_box(&scrypt_max), Some("secret")).unwrap());
    });
    group.finish();

    let mut group = c.benchmark_group("refused");
    let mut pbkdf2_huge = pbkdf2_max.clone();
    // The iteration count 1,000,000 is `02 03 0F 42 40`; 0x7F42_40.. keeps the length: 8,340,032.
    let at = pbkdf2_huge
        .windows(5)
        .position(|w| w == [0x02, 0x03, 0x0f, 0x42, 0x40])
        .unwrap();
    pbkdf2_huge[at + 2] = 0x7f;
    group.bench_function("PBKDF2 8,340,032 iterations", |b| {
        b.iter(|| key::load(black_box(&pbkdf2_huge), Some("secret")).unwrap_err());
    });
    let mut modulus = vec![0u8];
    modulus.extend(vec![0xff; 8192]);
    let huge_key = der(
        0x30,
        &[
            der(0x02, &[0]),
            der(0x02, &modulus),
            der(0x02, &[1, 0, 1]),
            der(0x02, &modulus[..4097]),
        ]
        .concat(),
    );
    group.bench_function("65,536-bit RSA key", |b| {
        b.iter(|| key::load(black_box(&huge_key), None).unwrap_err());
    });
    let b64 = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        &pair.certificate_der,
    );
    let certs = format!("<X509Certificate>{b64}</X509Certificate>").repeat(5_000);
    let metadata = format!(
        "<EntityDescriptor ID=\"_1\" entityID=\"https://sts.windows.net/76db22f8-ca3e-4d0a-b5c1-795947fc8943/\" xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><SignedInfo/><SignatureValue/><KeyInfo><X509Data>{certs}</X509Data></KeyInfo></Signature></EntityDescriptor>"
    );
    group.bench_function("5,000 certificates in one KeyInfo", |b| {
        b.iter(|| {
            check(&CheckInput {
                idp: Some(black_box(metadata.as_bytes())),
                ..CheckInput::new(datetime!(2026-06-01 0:00 UTC))
            })
            .unwrap_err()
        });
    });
    group.finish();
}

criterion_group!(hostile, benches);
criterion_main!(hostile);
