//! TOPdesk SSO Assistant: connect TOPdesk to Microsoft Entra ID single sign-on.
//!
//! Module map (arrows point one way: `ui` → `wizard` → `core`; `cli` → `core`):
//!
//! - [`core`] — the engine, no GUI dependency; inputs are bytes, "now" is a parameter.
//!   Leaves (no other `core` module): [`core::text`] bytes → text, escaping of file-derived
//!   text; [`core::pem`] PEM blocks and bare base64; [`core::findings`] stable codes,
//!   severities, messages and fixes; [`core::limits`] work limits for keys and password-based
//!   formats, read before deriving. [`core::file`] is the one bounded file reader.
//!   [`core::url`] the one URL parser and host rule (on `text` only).
//!   [`core::i18n`] languages: every text a person reads, from the Fluent catalogues in `i18n/`.
//!   - [`core::metadata`] streaming, namespace-aware SAML metadata reader → typed model (capped)
//!   - [`core::cert`] X.509 summaries, fingerprints, validity, and certificate findings
//!   - [`core::key`] keys and certificates in every format → one model
//!   - [`core::dsig`] the one door to the XML-DSig library: every signature vetted first
//!   - [`core::signature`] XML-DSig verification: listed signers only, what was covered
//!   - [`core::entra`] IdP side: kind of file, tenant, SSO URL, signing certs, sign-in hosts
//!   - [`core::topdesk`] SP side: section, Identifier / Reply URL / Sign on URL
//!   - [`core::pair`] the TOPdesk certificate and key belong together
//!   - [`core::check`] the one orchestrator: files → one [`core::check::Report`]
//!   - [`core::history`] Entra signing certificates seen before, per app (above `check`)
//!   - [`core::diff`] two versions of the Entra metadata compared: what to do (above `check`)
//!   - [`core::fetch`] metadata by URL: one bounded HTTPS GET; the one HTTPS agent
//!   - [`core::graph`] the Entra app through Microsoft Graph v1.0: read, checks as data, the
//!     plan of writes (on `core::fetch`'s agent)
//!   - [`core::inspect`] "what is this file?" for anything dropped (above `check`)
//!   - [`core::keygen`] RSA/EC key pairs and self-signed certificates
//!   - [`core::reminders`] calendar reminders (.ics) of the certificates' expiry days (above `check`)
//!   - [`core::bundle`] the export, built in memory, written atomically (above `check`)
//!   - [`core::private_file`] files and folders only the current user can read (a leaf)
//!   - [`core::diagnose`] "when the login fails": captured SAML messages and Entra error pages
//!     judged against the loaded metadata and key (above `check`)
//! - [`wizard`] — the wizard as a pure state machine; jobs run off the UI thread.
//! - `ui` (feature `gui`) — the egui/eframe app.
//! - [`cli`] — `topdesk-sso` command line (clap; text or JSON; exit codes); `anyhow` lives here.

pub mod cli;
pub mod core;
#[cfg(feature = "gui")]
pub mod ui;
pub mod wizard;
