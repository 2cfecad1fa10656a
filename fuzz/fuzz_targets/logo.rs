#![no_main]
//! The logo sniffer of the export (format and size) and the drop-zone's image recognition.
use libfuzzer_sys::fuzz_target;
use topdesk_sso::core::{bundle, inspect};

fuzz_target!(|data: &[u8]| {
    let _ = bundle::check_logo("logo.png", data);
    let _ = inspect::recognise(data);
});
