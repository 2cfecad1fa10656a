#![no_main]
//! Certificate and key files in every format, without a password, and the certificates in them.
use libfuzzer_sys::fuzz_target;
use topdesk_sso::core::cert::CertInfo;
use topdesk_sso::core::key;

fuzz_target!(|data: &[u8]| {
    if let Ok(m) = key::load(data, None) {
        for der in &m.certs {
            let _ = CertInfo::from_der(der);
        }
    }
});
