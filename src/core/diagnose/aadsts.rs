//! Entra's `AADSTS` error codes seen with SAML apps, explained against the loaded setup. An
//! unknown code is shown with Entra's own message and no guess.

use super::Setup;
use crate::core::findings::{Code, Finding};
use crate::core::text::escaped;
use crate::core::topdesk::Section;

/// The first quoted value in Entra's message (`'https://…'`), which names what was sent.
fn quoted(message: &str) -> Option<&str> {
    let start = message.find('\'')? + 1;
    let len = message[start..].find('\'')?;
    Some(&message[start..start + len])
}

/// ", <URL> (the <section> section)," when Entra's message quotes the URL it got; else nothing.
fn sent_url(message: &str) -> String {
    quoted(message).map_or(String::new(), |url| {
        format!(", {url} ({}),", section_of_url(url))
    })
}

fn section_of_url(url: &str) -> String {
    super::section_of_url(url).map_or_else(
        || "no TOPdesk section".into(),
        |s| format!("the {} section", s.label()),
    )
}

/// Codes this table explains (the README lists them).
pub const KNOWN: [&str; 12] = [
    "50011", "700016", "70001", "50105", "75011", "750054", "900236", "76021", "75005", "7500529",
    "75008", "50003",
];

/// The finding for `AADSTS<code>` with Entra's `message`.
#[must_use]
pub fn explain(code: &str, message: &str, setup: &Setup<'_>) -> Finding {
    let message = escaped(message);
    let identifier = setup
        .identifier()
        .unwrap_or("(load TOPdesk's SP metadata to see it)");
    let reply = setup
        .reply_url()
        .unwrap_or("(load TOPdesk's SP metadata to see it)");
    let said = if message.is_empty() {
        String::new()
    } else {
        format!(" Entra said: \"{}\".", message.trim_end_matches('.'))
    };
    let (what, fix) = match code {
        "50011" => {
            let sent = sent_url(&message);
            // The section being configured, when it is not the Reply URL's own.
            let section = setup
                .section()
                .filter(|s| super::section_of_url(reply) != Some(*s))
                .map_or(String::new(), |s: Section| {
                    format!("; you are configuring the {} section", s.label())
                });
            (
                format!(
                    "the Reply URL in TOPdesk's request{sent} is not one of the Reply URLs configured in the Entra app; the one TOPdesk's metadata gives is {reply} ({}{section}).",
                    section_of_url(reply)
                ),
                format!(
                    "In the Entra app, Basic SAML Configuration, set Reply URL (Assertion Consumer Service URL) to exactly {reply} (case and trailing slash count). If the request came from the other TOPdesk section, that section needs its own Entra app."
                ),
            )
        }
        "700016" | "70001" => {
            let sent = quoted(&message).map_or(String::new(), |id| format!(", {id},"));
            (
                format!(
                    "Entra has no application with the identifier TOPdesk sent{sent} in this tenant; the Identifier TOPdesk uses is {identifier}."
                ),
                format!(
                    "In the Entra app, Basic SAML Configuration, set Identifier (Entity ID) to exactly {identifier} (a trailing slash counts), in the tenant TOPdesk's federation metadata comes from."
                ),
            )
        }
        "50105" => (
            "the user is not assigned to the Entra app (assignment is required, and nested groups do not count).".into(),
            "In Entra: Enterprise applications > the TOPdesk app > Users and groups > Add user/group: assign the user, or a group the user is a direct member of.".into(),
        ),
        "75011" => (
            "TOPdesk's request asks for a RequestedAuthnContext that does not match how the user signed in to Entra.".into(),
            "Remove the authentication-context requirement from TOPdesk's SAML settings, or sign in with the method it asks for.".into(),
        ),
        "750054" => (
            "the Redirect-binding request reached Entra without its SAMLRequest parameter.".into(),
            format!(
                "Start the login from TOPdesk ({}) instead of a bookmark of Entra's sign-in page; check that nothing between the browser and Entra strips the query string.",
                setup.sign_on_url().unwrap_or("TOPdesk's login page")
            ),
        ),
        "900236" => (
            "the SAML request holds a property Entra does not support.".into(),
            "Check the request below (Issuer, NameIDPolicy, RequestedAuthnContext) and TOPdesk's SAML settings; use TOPdesk's defaults.".into(),
        ),
        "76021" => (
            "the Entra app requires signed requests, and TOPdesk's request was not signed (or not with the certificate Entra has).".into(),
            "Either turn off \"Require verification certificates\" in the Entra app's SAML settings, or upload TOPdesk's certificate there and let TOPdesk sign its requests.".into(),
        ),
        "75005" => (
            "what Entra received is not a valid SAML 2.0 message.".into(),
            "Start the login from TOPdesk again; if it persists, check TOPdesk's SAML configuration (federation metadata uploaded, not edited).".into(),
        ),
        "7500529" => (
            "the request's ID does not start with a letter or underscore, as SAML requires.".into(),
            "This comes from the SP's software; report it to TOPdesk with the request below.".into(),
        ),
        "75008" => (
            format!(
                "the request's Destination is not Entra's sign-in URL{}.",
                setup
                    .sso_url()
                    .map_or(String::new(), |u| format!(" ({u})"))
            ),
            "Upload the Entra app's current federation metadata to TOPdesk.".into(),
        ),
        "50003" => (
            "Entra has no signing key for the app (no active SAML signing certificate).".into(),
            "In the Entra app's SAML Certificates, create or activate a signing certificate, then upload the new federation metadata to TOPdesk.".into(),
        ),
        _ => {
            return Finding::new(
                Code::EntraError,
                format!("Entra refused with AADSTS{code}.{said}"),
                "This code is not one the assistant explains; search Microsoft's AADSTS error reference for it.",
            );
        }
    };
    Finding::new(
        Code::EntraError,
        format!("Entra refused with AADSTS{code}: {what}{said}"),
        fix,
    )
}
