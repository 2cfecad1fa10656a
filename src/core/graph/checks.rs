//! The Entra app compared with TOPdesk's metadata, as data: one [`Check`] per row of the table
//! in the README ("Check and set up Entra from the assistant"), and a finding for each that is
//! not simply fine ([`finding`]).

use super::model::EntraApp;
use crate::core::findings::{About, Code, Finding, Severity};
use crate::core::topdesk::{EntraUrls, is_old_identifier, is_old_reply};
use crate::core::url::host;
use crate::msg;

/// The codes of the checks (each is also its finding's code).
pub type CheckCode = Code;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Mismatch,
    Missing,
    Info,
}

/// The exact situation a check found (what its finding says).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Case {
    Fine,
    NoApp,
    /// No app has the application id given (`--app`).
    NoAppId,
    SsoMode,
    /// TOPdesk's value is missing; `old` lists values of the tutorial's wrong patterns.
    Missing {
        old: Vec<String>,
    },
    SignOnEmpty,
    SignOnDiffers,
    NoSigningCert,
    SigningNotListed,
    /// Fine, and a newer certificate waits (its thumbprint).
    SigningRollover {
        newer: String,
    },
    EncryptionOther,
    EncryptionKeyUnknown,
    /// Encryption is on and TOPdesk's certificate is unknown (no `--cert`, none in the metadata).
    EncryptionUnchecked,
    NobodyAssigned,
    AssignmentNotRequired,
    NoNotificationEmail,
}

/// One row: what Entra holds now, what it should hold, and the verdict.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Check {
    pub code: CheckCode,
    pub status: Status,
    pub entra: String,
    pub expected: String,
    #[serde(skip)]
    pub case: Case,
}

impl Check {
    fn new(code: Code, case: Case, entra: impl Into<String>, expected: impl Into<String>) -> Self {
        let status = match &case {
            Case::Fine | Case::SigningRollover { .. } => Status::Ok,
            Case::NoApp
            | Case::NoAppId
            | Case::Missing { .. }
            | Case::SignOnEmpty
            | Case::NoSigningCert
            | Case::NobodyAssigned
            | Case::NoNotificationEmail => Status::Missing,
            Case::EncryptionUnchecked | Case::AssignmentNotRequired => Status::Info,
            Case::SsoMode
            | Case::SignOnDiffers
            | Case::SigningNotListed
            | Case::EncryptionOther
            | Case::EncryptionKeyUnknown => Status::Mismatch,
        };
        Self {
            code,
            status,
            entra: entra.into(),
            expected: expected.into(),
            case,
        }
    }
}

/// What Entra should hold, from TOPdesk's side.
#[derive(Debug, Clone, Copy)]
pub struct Expected<'a> {
    /// Identifier, Reply URL and Sign on URL of the section (from the SP metadata).
    pub urls: &'a EntraUrls,
    /// SHA-1 thumbprints of the signing certificates the Entra metadata TOPdesk gets lists.
    pub metadata_signers: &'a [String],
    /// SHA-1 thumbprint of TOPdesk's certificate (`--cert`, else the SP metadata's encryption
    /// key), when known.
    pub topdesk_cert: Option<&'a str>,
    /// The application id the app was looked for by (`--app`), if any.
    pub app_id: Option<&'a str>,
}

/// The values of `entra` of the tutorial's wrong pattern (`is_old`) on TOPdesk's host.
#[must_use]
pub fn old_values(entra: &[String], topdesk: &str, is_old: fn(&str) -> bool) -> Vec<String> {
    let wanted = host(topdesk).map(|h| h.to_ascii_lowercase());
    entra
        .iter()
        .filter(|v| is_old(v) && host(v).map(|h| h.to_ascii_lowercase()) == wanted)
        .cloned()
        .collect()
}

fn joined(values: &[String]) -> String {
    values.join(", ")
}

/// The checks for `app` (`None`: no app has TOPdesk's Identifier).
#[must_use]
pub fn compare(app: Option<&EntraApp>, expected: &Expected<'_>) -> Vec<Check> {
    let urls = expected.urls;
    let Some(app) = app else {
        let (case, looked_for) = match expected.app_id {
            Some(id) => (Case::NoAppId, id),
            None => (Case::NoApp, urls.identifier.as_str()),
        };
        return vec![Check::new(Code::EntraApp, case, "", looked_for)];
    };
    let (sp, application) = (&app.sp, &app.app);
    let name = sp.display_name.clone().unwrap_or_default();
    let mut checks = vec![Check::new(
        Code::EntraApp,
        Case::Fine,
        format!("{name} ({})", sp.app_id),
        urls.identifier.as_str(),
    )];
    let mode = sp.preferred_single_sign_on_mode.clone().unwrap_or_default();
    let mode_case = if mode.eq_ignore_ascii_case("saml") {
        Case::Fine
    } else {
        Case::SsoMode
    };
    checks.push(Check::new(Code::EntraSsoMode, mode_case, mode, "saml"));
    checks.push(contains(
        Code::EntraIdentifier,
        &application.identifier_uris,
        &urls.identifier,
        is_old_identifier,
    ));
    checks.push(contains(
        Code::EntraReplyUrl,
        application.redirect_uris(),
        &urls.reply,
        is_old_reply,
    ));
    let login = sp.login_url.clone().unwrap_or_default();
    let login_case = if login.is_empty() {
        Case::SignOnEmpty
    } else if login == urls.sign_on {
        Case::Fine
    } else {
        Case::SignOnDiffers
    };
    checks.push(Check::new(
        Code::EntraSignOnUrl,
        login_case,
        login,
        urls.sign_on.as_str(),
    ));
    checks.push(signing(app, expected.metadata_signers));
    if let Some(check) = encryption(app, expected.topdesk_cert) {
        checks.push(check);
    }
    checks.push(assignment(app));
    let mails = &sp.notification_email_addresses;
    let mail_case = if mails.is_empty() {
        Case::NoNotificationEmail
    } else {
        Case::Fine
    };
    checks.push(Check::new(
        Code::EntraNotificationEmail,
        mail_case,
        joined(mails),
        "",
    ));
    checks
}

fn contains(code: Code, entra: &[String], wanted: &str, is_old: fn(&str) -> bool) -> Check {
    let case = if entra.iter().any(|v| v == wanted) {
        Case::Fine
    } else {
        Case::Missing {
            old: old_values(entra, wanted, is_old),
        }
    };
    Check::new(code, case, joined(entra), wanted)
}

/// The certificate Entra signs with: `preferredTokenSigningKeyThumbprint`, else the only
/// signing key.
#[must_use]
pub fn active_signer(app: &EntraApp) -> Option<String> {
    if let Some(t) = app
        .sp
        .preferred_token_signing_key_thumbprint
        .as_deref()
        .filter(|t| !t.trim().is_empty())
    {
        return Some(t.trim().to_ascii_uppercase());
    }
    let mut signers: Vec<String> = app
        .sp
        .key_credentials
        .iter()
        .filter(|k| k.has_usage("Sign"))
        .filter_map(super::model::KeyCredential::thumbprint)
        .collect();
    signers.dedup();
    (signers.len() == 1).then(|| signers.remove(0))
}

fn signing(app: &EntraApp, listed: &[String]) -> Check {
    let Some(active) = active_signer(app) else {
        return Check::new(
            Code::EntraSigningCert,
            Case::NoSigningCert,
            "",
            joined(listed),
        );
    };
    if !listed.iter().any(|t| t.eq_ignore_ascii_case(&active)) {
        return Check::new(
            Code::EntraSigningCert,
            Case::SigningNotListed,
            active,
            joined(listed),
        );
    }
    let signs = || {
        app.sp
            .key_credentials
            .iter()
            .filter(|k| k.has_usage("Sign"))
    };
    let active_end = signs()
        .find(|k| k.thumbprint().as_deref() == Some(active.as_str()))
        .and_then(|k| k.end_date_time.clone());
    // ISO 8601 times of one format compare as text.
    let newer = signs()
        .filter(|k| k.end_date_time > active_end)
        .filter_map(super::model::KeyCredential::thumbprint)
        .find(|t| *t != active);
    let case = match newer {
        Some(newer) => Case::SigningRollover { newer },
        None => Case::Fine,
    };
    Check::new(Code::EntraSigningCert, case, active, joined(listed))
}

/// `None` when token encryption is off (nothing to compare).
fn encryption(app: &EntraApp, topdesk: Option<&str>) -> Option<Check> {
    let key_id = app
        .app
        .token_encryption_key_id
        .as_deref()
        .filter(|k| !k.is_empty())?;
    let expected = topdesk.unwrap_or_default();
    let Some(used) = app
        .app
        .key_credentials
        .iter()
        .find(|k| k.key_id.eq_ignore_ascii_case(key_id))
        .and_then(super::model::KeyCredential::thumbprint)
    else {
        let case = Case::EncryptionKeyUnknown;
        return Some(Check::new(
            Code::EntraEncryptionCert,
            case,
            key_id,
            expected,
        ));
    };
    let case = match topdesk {
        None => Case::EncryptionUnchecked,
        Some(t) if t.eq_ignore_ascii_case(&used) => Case::Fine,
        Some(_) => Case::EncryptionOther,
    };
    Some(Check::new(Code::EntraEncryptionCert, case, used, expected))
}

fn assignment(app: &EntraApp) -> Check {
    let required = app.sp.app_role_assignment_required.unwrap_or(false);
    let count = if app.assigned_more {
        format!("{}+", app.assigned)
    } else {
        app.assigned.to_string()
    };
    let case = match (required, app.assigned) {
        (false, _) => Case::AssignmentNotRequired,
        (true, 0) => Case::NobodyAssigned,
        (true, _) => Case::Fine,
    };
    let entra = format!("required={required}, assigned={count}");
    Check::new(Code::EntraAssignment, case, entra, "assigned>0")
}

/// The finding of a check; `None` when it is simply fine. The one place entra findings are made.
// One arm per case, on purpose: every entra finding's text is made here and nowhere else.
#[allow(clippy::too_many_lines)]
#[must_use]
pub fn finding(check: &Check) -> Option<Finding> {
    let (entra, expected) = (check.entra.as_str(), check.expected.as_str());
    let finding = match &check.case {
        Case::Fine => return None,
        Case::NoApp => Finding::new(
            check.code,
            msg!("entra-app-none", identifier = expected),
            msg!("entra-app-none-fix"),
        ),
        Case::NoAppId => Finding::new(
            check.code,
            msg!("entra-app-no-id", app_id = expected),
            msg!("entra-app-no-id-fix"),
        ),
        Case::SsoMode => Finding::new(
            check.code,
            msg!("entra-sso-mode", entra),
            msg!("entra-sso-mode-fix"),
        ),
        Case::Missing { old } if check.code == Code::EntraIdentifier && old.is_empty() => {
            Finding::new(
                check.code,
                msg!("entra-identifier", entra, expected),
                msg!("entra-identifier-fix", expected),
            )
        }
        Case::Missing { old } if check.code == Code::EntraIdentifier => Finding::new(
            check.code,
            msg!("entra-identifier-old", entra, expected, old = joined(old)),
            msg!("entra-identifier-fix", expected),
        ),
        Case::Missing { old } if old.is_empty() => Finding::new(
            check.code,
            msg!("entra-reply-url", entra, expected),
            msg!("entra-reply-url-fix", expected),
        ),
        Case::Missing { old } => Finding::new(
            check.code,
            msg!("entra-reply-url-old", entra, expected, old = joined(old)),
            msg!("entra-reply-url-fix", expected),
        ),
        Case::SignOnEmpty => Finding::new(
            check.code,
            msg!("entra-sign-on-url-empty"),
            msg!("entra-sign-on-url-fix", expected),
        )
        .with_severity(Severity::Warning),
        Case::SignOnDiffers => Finding::new(
            check.code,
            msg!("entra-sign-on-url", entra, expected),
            msg!("entra-sign-on-url-fix", expected),
        ),
        Case::NoSigningCert => Finding::new(
            check.code,
            msg!("entra-signing-cert-none"),
            msg!("entra-signing-cert-none-fix"),
        ),
        Case::SigningNotListed => Finding::new(
            check.code,
            msg!("entra-signing-cert", thumbprint = entra, listed = expected),
            msg!("entra-signing-cert-fix"),
        ),
        Case::SigningRollover { newer } => Finding::new(
            check.code,
            msg!("entra-signing-cert-rollover", thumbprint = newer.as_str()),
            msg!("entra-signing-cert-rollover-fix"),
        )
        .with_severity(Severity::Info),
        Case::EncryptionOther => Finding::new(
            check.code,
            msg!("entra-encryption-cert", entra, expected),
            msg!("entra-encryption-cert-fix"),
        ),
        Case::EncryptionKeyUnknown => Finding::new(
            check.code,
            msg!("entra-encryption-cert-unknown", entra),
            msg!("entra-encryption-cert-fix"),
        ),
        Case::EncryptionUnchecked => Finding::new(
            check.code,
            msg!("entra-encryption-cert-unchecked", entra),
            msg!("entra-encryption-cert-unchecked-fix"),
        )
        .with_severity(Severity::Info),
        Case::NobodyAssigned => Finding::new(
            check.code,
            msg!("entra-assignment-none"),
            msg!("entra-assignment-fix"),
        ),
        Case::AssignmentNotRequired => Finding::new(
            check.code,
            msg!("entra-assignment-not-required"),
            msg!("entra-assignment-not-required-fix"),
        )
        .with_severity(Severity::Info),
        Case::NoNotificationEmail => Finding::new(
            check.code,
            msg!("entra-notification-email"),
            msg!("entra-notification-email-fix"),
        ),
    };
    Some(finding)
}

/// The findings of all checks.
#[must_use]
pub fn findings(checks: &[Check]) -> Vec<Finding> {
    let mut findings: Vec<Finding> = checks.iter().filter_map(finding).collect();
    Finding::tag(&mut findings, About::Entra);
    findings
}
