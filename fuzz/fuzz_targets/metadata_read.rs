#![no_main]
//! The SAML metadata reader, alone (no checks, no signature); an aggregate's first entity is
//! then read in full by entityID.
use libfuzzer_sys::fuzz_target;
use topdesk_sso::core::metadata::Metadata;

fuzz_target!(|data: &[u8]| {
    if let Ok(md) = Metadata::read(data, None)
        && let Some(first) = md.entities.first()
    {
        let _ = Metadata::read(data, Some(&first.entity_id));
    }
});
