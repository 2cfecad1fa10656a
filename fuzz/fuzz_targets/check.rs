#![no_main]
//! The whole check of both metadata files: `entra.xml SEPARATOR topdesk.xml`.
use libfuzzer_sys::fuzz_target;
use topdesk_sso::core::check::{self, CheckInput};
use topdesk_sso_fuzz::{NOW, idp_and_sp};

fuzz_target!(|data: &[u8]| {
    let (idp, sp) = idp_and_sp(data);
    let _ = check::check(&CheckInput {
        idp: Some(idp),
        sp,
        ..CheckInput::new(NOW)
    });
});
