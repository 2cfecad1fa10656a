#![no_main]
//! One X.509 certificate (DER) summarised, dated and labelled.
use libfuzzer_sys::fuzz_target;
use topdesk_sso::core::cert::CertInfo;
use topdesk_sso_fuzz::NOW;

fuzz_target!(|data: &[u8]| {
    if let Ok(c) = CertInfo::from_der(data) {
        let _ = (
            c.validity(NOW),
            c.weak_signature(),
            c.is_rsa(),
            c.label().len(),
        );
    }
});
