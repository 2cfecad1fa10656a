//! Entra's `AADSTS` error codes seen with SAML apps, explained against the loaded setup. An
//! unknown code is shown with Entra's own message and no guess.

use super::Setup;
use crate::core::findings::{Code, Finding};
use crate::core::i18n::{Arg, Msg};
use crate::core::text::escaped;
use crate::core::topdesk::Section;

use super::saml::yes_no;

/// The first quoted value in Entra's message (`'https://…'`), which names what was sent.
fn quoted(message: &str) -> Option<&str> {
    let start = message.find('\'')? + 1;
    let len = message[start..].find('\'')?;
    Some(&message[start..start + len])
}

/// "the Secure (operators) section" or "no TOPdesk section", for a URL.
fn section_of_url(url: &str) -> Msg {
    super::section_of_url(url).map_or_else(
        || crate::msg!("aadsts-no-section"),
        |s| crate::msg!("aadsts-the-section", section = s.label()),
    )
}

/// Codes this table explains (the README lists them).
pub const KNOWN: [&str; 12] = [
    "50011", "700016", "70001", "50105", "75011", "750054", "900236", "76021", "75005", "7500529",
    "75008", "50003",
];

/// The finding for the codes of one Entra error, outer first (see
/// [`super::capture::aadsts_all`]). A nested code names the cause: the innermost one is
/// explained, and the outer ones are named around it.
#[must_use]
pub fn explain_all(codes: &[(String, String)], setup: &Setup<'_>) -> Finding {
    let Some(((code, message), outer)) = codes.split_last() else {
        return explain("", "", setup);
    };
    let mut f = explain(code, message, setup);
    if !outer.is_empty() {
        let outer: Vec<String> = outer
            .iter()
            .map(|(code, said)| {
                let said = escaped(said);
                if said.is_empty() {
                    format!("AADSTS{code}")
                } else {
                    format!("AADSTS{code} (\"{}\")", said.trim_end_matches('.'))
                }
            })
            .collect();
        f.message = crate::msg!(
            "aadsts-nested",
            outer = outer.join(", "),
            code = code.as_str(),
            explanation = f.message.clone()
        );
    }
    f
}

/// The finding for `AADSTS<code>` with Entra's `message`.
#[must_use]
#[allow(clippy::too_many_lines)] // one arm per code, read as a table
pub fn explain(code: &str, message: &str, setup: &Setup<'_>) -> Finding {
    let message = escaped(message);
    let unknown = || Arg::from(crate::msg!("aadsts-load-sp-metadata"));
    let identifier = setup.identifier().map_or_else(unknown, Arg::from);
    let reply_url = setup.reply_url().unwrap_or_default();
    let reply = setup.reply_url().map_or_else(unknown, Arg::from);
    let (what, fix) = match code {
        "50011" => {
            let sent = quoted(&message);
            // The section being configured, when it is not the Reply URL's own.
            let configuring = setup
                .section()
                .filter(|s| super::section_of_url(reply_url) != Some(*s));
            (
                crate::msg!(
                    "aadsts-50011",
                    sent = yes_no(sent.is_some()),
                    sent_url = sent.unwrap_or_default(),
                    sent_section = sent.map(section_of_url),
                    reply = &reply,
                    reply_section = section_of_url(reply_url),
                    configuring = yes_no(configuring.is_some()),
                    section = configuring.map(Section::label)
                ),
                crate::msg!("aadsts-50011-fix", reply),
            )
        }
        "700016" | "70001" => {
            let sent = quoted(&message);
            (
                crate::msg!(
                    "aadsts-700016",
                    sent = yes_no(sent.is_some()),
                    sent_id = sent.unwrap_or_default(),
                    identifier = &identifier
                ),
                crate::msg!("aadsts-700016-fix", identifier),
            )
        }
        "50105" => (crate::msg!("aadsts-50105"), crate::msg!("aadsts-50105-fix")),
        "75011" => (crate::msg!("aadsts-75011"), crate::msg!("aadsts-75011-fix")),
        "750054" => (
            crate::msg!("aadsts-750054"),
            crate::msg!(
                "aadsts-750054-fix",
                sign_on = setup
                    .sign_on_url()
                    .map_or_else(|| crate::msg!("aadsts-login-page").into(), Arg::from)
            ),
        ),
        "900236" => (
            crate::msg!("aadsts-900236"),
            crate::msg!("aadsts-900236-fix"),
        ),
        "76021" => (crate::msg!("aadsts-76021"), crate::msg!("aadsts-76021-fix")),
        "75005" => (crate::msg!("aadsts-75005"), crate::msg!("aadsts-75005-fix")),
        "7500529" => (
            crate::msg!("aadsts-7500529"),
            crate::msg!("aadsts-7500529-fix"),
        ),
        "75008" => (
            crate::msg!(
                "aadsts-75008",
                has_sso = yes_no(setup.sso_url().is_some()),
                sso = setup.sso_url().unwrap_or_default()
            ),
            crate::msg!("aadsts-75008-fix"),
        ),
        "50003" => (crate::msg!("aadsts-50003"), crate::msg!("aadsts-50003-fix")),
        _ => {
            let message = if message.is_empty() {
                crate::msg!("aadsts-refused-unknown", code)
            } else {
                crate::msg!(
                    "aadsts-refused-unknown-said",
                    code,
                    said = message.trim_end_matches('.')
                )
            };
            return Finding::new(Code::EntraError, message, crate::msg!("aadsts-unknown-fix"));
        }
    };
    let message = if message.is_empty() {
        crate::msg!("aadsts-refused", code, explanation = what)
    } else {
        crate::msg!(
            "aadsts-refused-said",
            code,
            explanation = what,
            said = message.trim_end_matches('.')
        )
    };
    Finding::new(Code::EntraError, message, fix)
}
