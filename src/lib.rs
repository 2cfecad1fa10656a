//! TOPdesk SSO Assistant: connect TOPdesk to Microsoft Entra ID single sign-on.
//!
//! Module map (arrows point one way: `cli` → `core`; the GUI will sit on `core` too):
//!
//! - [`core`] — the engine, no GUI dependency; inputs are bytes, "now" is a parameter.
//!   - [`core::text`] bytes → text (size cap, BOM, UTF-16, binary junk)
//!   - [`core::metadata`] streaming, namespace-aware SAML metadata reader → typed model
//!   - [`core::cert`] X.509 summaries, fingerprints, validity
//!   - [`core::signature`] XML-DSig verification of the metadata, with the wrapping checks
//!   - [`core::entra`] IdP side: kind of file, tenant, SSO URL, signing certs, rollover
//!   - [`core::topdesk`] SP side: section, Identifier / Reply URL / Sign on URL
//!   - [`core::check`] both files → one [`core::check::Report`] with every finding
//!   - [`core::findings`] stable finding codes, severities, messages and fixes
//!   - [`core::inspect`] "what is this file?" for anything dropped
//!   - [`core::keygen`] RSA/EC key pairs and self-signed certificates
//! - [`cli`] — `topdesk-sso` command line (clap; text or JSON; exit codes); `anyhow` lives here.

pub mod cli;
pub mod core;
#[cfg(feature = "gui")]
pub mod ui;
pub mod wizard;
