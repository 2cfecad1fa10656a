#![no_main]
//! "What is this file?" for anything dropped, as a whole, judged as of a fixed date.
use libfuzzer_sys::fuzz_target;
use topdesk_sso::core::inspect;
use topdesk_sso_fuzz::NOW;

fuzz_target!(|data: &[u8]| {
    let _ = inspect::inspect(data, NOW, None).summary();
});
