#![no_main]
//! Signature verification of Entra metadata, through the check (IdP file only).
use libfuzzer_sys::fuzz_target;
use topdesk_sso::core::check::{self, CheckInput};
use topdesk_sso_fuzz::NOW;

fuzz_target!(|data: &[u8]| {
    let _ = check::check(&CheckInput {
        idp: Some(data),
        ..CheckInput::new(NOW)
    });
});
