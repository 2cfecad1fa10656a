#![no_main]
//! bytes → text: size cap, BOM, UTF-16, binary junk.
use libfuzzer_sys::fuzz_target;
use topdesk_sso::core::text;

fuzz_target!(|data: &[u8]| {
    let _ = text::decode(data);
});
