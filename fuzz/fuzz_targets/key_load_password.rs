#![no_main]
//! Certificate and key files in every format, with a password: `[n][password: n bytes][file]`.
use libfuzzer_sys::fuzz_target;
use topdesk_sso::core::cert::CertInfo;
use topdesk_sso::core::key;
use topdesk_sso_fuzz::password_and_file;

fuzz_target!(|data: &[u8]| {
    let Some((password, file)) = password_and_file(data) else {
        return;
    };
    if let Ok(m) = key::load(file, Some(&password)) {
        for der in &m.certs {
            let _ = CertInfo::from_der(der);
        }
    }
});
