//! The engine: no GUI dependency, inputs are bytes, "now" is a parameter.

pub mod bundle;
pub mod cert;
pub mod check;
pub mod diagnose;
pub mod diff;
pub mod dsig;
pub mod entra;
pub mod fetch;
pub mod file;
pub mod findings;
pub mod graph;
pub mod history;
pub mod i18n;
pub mod inspect;
pub mod key;
pub mod keygen;
pub mod limits;
pub mod metadata;
pub mod pair;
pub mod pem;
pub mod private_file;
pub mod reminders;
pub mod signature;
pub mod text;
pub mod topdesk;
pub mod url;

/// The one-line text for a caught panic (a bug in the engine or a crate it uses): what the
/// CLI prints and the wizard shows instead of a trace or a silent stop.
#[must_use]
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> i18n::Msg {
    let detail = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    let detail = if detail.is_empty() {
        crate::msg!("core-panic-no-details")
    } else {
        i18n::Msg::verbatim(detail)
    };
    crate::msg!("core-panic", detail)
}
