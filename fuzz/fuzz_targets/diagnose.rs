#![no_main]
//! Runs `topdesk_sso_fuzz::diagnose` (fuzz/src/lib.rs), which says what it covers.
libfuzzer_sys::fuzz_target!(|data: &[u8]| topdesk_sso_fuzz::diagnose(data));
