#![no_main]
//! PKCS#12 (PFX) files, with and without a password: `[n][password: n bytes][file]`.
use libfuzzer_sys::fuzz_target;
use topdesk_sso::core::key;
use topdesk_sso_fuzz::password_and_file;

fuzz_target!(|data: &[u8]| {
    let Some((password, file)) = password_and_file(data) else {
        return;
    };
    if !key::looks_like_pkcs12(file) {
        return;
    }
    let _ = key::load(file, None);
    let _ = key::load(file, Some(&password));
});
