//! The TOPdesk side: which section a SAML configuration belongs to, and the three values Entra's
//! "Basic SAML Configuration" asks for, read from the TOPdesk SP metadata (never hard-coded).

use super::cert::CertInfo;
use super::findings::{Code, Finding};
use super::metadata::{BINDING_POST, CertBlob, Endpoint, EntityDescriptor, KeyUse, SpRole};
use super::url::{UrlParts, UrlProblem, split_url, url_problem};
use crate::core::i18n::Msg;
use crate::msg;

/// TOPdesk runs one SAML configuration per section, each with its own SP metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    /// Operators (`/tas/secure/`).
    Secure,
    /// The self-service portal (`/tas/public/`).
    Public,
}

impl Section {
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Secure => "secure",
            Self::Public => "public",
        }
    }

    /// The section's name for people, in this thread's language.
    #[must_use]
    pub fn label(self) -> Msg {
        match self {
            Self::Secure => msg!("topdesk-section-secure"),
            Self::Public => msg!("topdesk-section-public"),
        }
    }

    /// The Reply URL path TOPdesk uses for this section.
    #[must_use]
    pub const fn acs_path(self) -> &'static str {
        match self {
            Self::Secure => "/tas/secure/login/verify",
            Self::Public => "/tas/public/login/verify",
        }
    }
}

impl std::str::FromStr for Section {
    type Err = Msg;
    fn from_str(s: &str) -> Result<Self, Msg> {
        match s.trim().to_ascii_lowercase().as_str() {
            "secure" => Ok(Self::Secure),
            "public" => Ok(Self::Public),
            other => Err(msg!("topdesk-section-unknown", section = other)),
        }
    }
}

/// Entra's Basic SAML Configuration, in Entra's field order.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EntraUrls {
    /// Identifier (Entity ID) = the SP entityID.
    pub identifier: String,
    /// Reply URL (Assertion Consumer Service URL).
    pub reply: String,
    /// Sign on URL = scheme and host of the Reply URL.
    pub sign_on: String,
}

/// What the TOPdesk SP metadata says.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SpSummary {
    pub entity_id: String,
    pub section: Option<Section>,
    pub urls: Option<EntraUrls>,
    pub acs: Vec<Endpoint>,
    pub authn_requests_signed: Option<bool>,
    pub want_assertions_signed: Option<bool>,
    /// TOPdesk's own certificates (the server key pair TOPdesk publishes).
    pub certificates: Vec<SpCert>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SpCert {
    #[serde(flatten)]
    pub info: CertInfo,
    pub key_use: KeyUse,
}

/// Which value a [`url_finding`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlField {
    EntraLogin,
    EntraIdentifier,
    TopdeskIdentifier,
    TopdeskReply,
}

/// The error for a value that must be a URL but is not: it is never offered for copying.
#[must_use]
pub fn url_finding(field: UrlField, value: &str, problem: UrlProblem) -> Finding {
    let (field, fix) = match field {
        UrlField::EntraLogin => ("entra-login", msg!("url-invalid-entra-fix")),
        UrlField::EntraIdentifier => ("entra-identifier", msg!("url-invalid-entra-fix")),
        UrlField::TopdeskIdentifier => ("topdesk-identifier", msg!("url-invalid-topdesk-fix")),
        UrlField::TopdeskReply => ("topdesk-reply", msg!("url-invalid-topdesk-fix")),
    };
    Finding::new(
        Code::UrlInvalid,
        msg!("url-invalid", field, value, why = problem.describe()),
        fix,
    )
}

/// The Reply URL: the HTTP-POST ACS marked `isDefault`, else the lowest `index`, else the first.
/// Falls back to any binding when there is no HTTP-POST endpoint.
#[must_use]
pub fn reply_endpoint(sp: &SpRole) -> Option<&Endpoint> {
    let post: Vec<&Endpoint> = sp
        .acs
        .iter()
        .filter(|e| e.binding == BINDING_POST)
        .collect();
    let pool = if post.is_empty() {
        sp.acs.iter().collect()
    } else {
        post
    };
    pool.iter()
        .find(|e| e.is_default == Some(true))
        .or_else(|| {
            pool.iter()
                .filter(|e| e.index.is_some())
                .min_by_key(|e| e.index)
        })
        .or_else(|| pool.first())
        .copied()
}

/// Section from a Reply URL path.
#[must_use]
pub fn section_of(path: &str) -> Option<Section> {
    let p = path.to_ascii_lowercase();
    if p.starts_with("/tas/secure/") {
        Some(Section::Secure)
    } else if p.starts_with("/tas/public/") {
        Some(Section::Public)
    } else {
        None
    }
}

/// Reads the SP entity and reports every problem with it. `wanted` is the section the admin is
/// configuring, when they said.
#[must_use]
pub fn summarize(entity: &EntityDescriptor, wanted: Option<Section>) -> (SpSummary, Vec<Finding>) {
    let mut findings = Vec::new();
    let sp = entity.sp.clone().unwrap_or_default();
    let reply = reply_endpoint(&sp);
    let mut section = None;
    let mut urls = None;
    let id_problem = url_problem(&entity.entity_id, false);
    if let Some(problem) = id_problem {
        findings.push(url_finding(
            UrlField::TopdeskIdentifier,
            &entity.entity_id,
            problem,
        ));
    }

    match reply {
        None => findings.push(Finding::new(
            Code::SpNoAcs,
            msg!("topdesk-no-acs"),
            msg!("topdesk-no-acs-fix"),
        )),
        Some(acs) => {
            if acs.binding != BINDING_POST {
                findings.push(Finding::new(
                    Code::SpAcsNotPost,
                    msg!("topdesk-acs-not-post", url = acs.location.as_str()),
                    msg!("topdesk-acs-not-post-fix"),
                ));
            }
            let reply_problem = url_problem(&acs.location, false);
            if let Some(problem) = reply_problem {
                findings.push(url_finding(UrlField::TopdeskReply, &acs.location, problem));
            }
            match split_url(&acs.location) {
                Some(u) => {
                    section = section_of(u.path);
                    // A value that is not a URL is never offered for copying.
                    if reply_problem.is_none() && id_problem.is_none() {
                        urls = Some(EntraUrls {
                            identifier: entity.entity_id.clone(),
                            reply: acs.location.clone(),
                            sign_on: format!("{}://{}", u.scheme, u.authority),
                        });
                    }
                    check_reply(&mut findings, &acs.location, u, section);
                    if id_problem.is_none() {
                        check_entity_id(&mut findings, &entity.entity_id, u);
                    }
                }
                None => findings.push(Finding::new(
                    Code::SpAcsNotHttps,
                    msg!("topdesk-acs-not-url", url = acs.location.as_str()),
                    msg!("topdesk-acs-not-url-fix"),
                )),
            }
        }
    }
    if let (Some(want), Some(found)) = (wanted, section)
        && want != found
    {
        findings.push(Finding::new(
            Code::SectionMismatch,
            msg!(
                "topdesk-section-mismatch",
                wanted = want.label(),
                found = found.label()
            ),
            msg!(
                "topdesk-section-mismatch-fix",
                wanted = want.label(),
                found = found.as_str()
            ),
        ));
    }
    check_old_patterns(&mut findings, urls.as_ref());
    let certificates = sp_certs(&sp, &mut findings);

    let summary = SpSummary {
        entity_id: entity.entity_id.clone(),
        section,
        urls,
        acs: sp.acs.clone(),
        authn_requests_signed: sp.authn_requests_signed,
        want_assertions_signed: sp.want_assertions_signed,
        certificates,
    };
    (summary, findings)
}

fn sp_certs(sp: &SpRole, findings: &mut Vec<Finding>) -> Vec<SpCert> {
    let mut out: Vec<SpCert> = Vec::new();
    for key in &sp.keys {
        for blob in &key.certs {
            let parsed = match blob {
                CertBlob::Der(der) if out.iter().any(|c| &c.info.der == der) => continue,
                CertBlob::Der(der) => CertInfo::from_der(der).map_err(Msg::shown),
                CertBlob::Undecodable(why) => Err(why.clone()),
            };
            match parsed {
                Ok(info) => out.push(SpCert {
                    info,
                    key_use: key.key_use,
                }),
                Err(why) => findings.push(Finding::new(
                    Code::CertUnreadable,
                    msg!("topdesk-cert-unreadable", why),
                    msg!("topdesk-cert-unreadable-fix"),
                )),
            }
        }
    }
    out
}

fn check_reply(
    findings: &mut Vec<Finding>,
    reply: &str,
    u: UrlParts<'_>,
    section: Option<Section>,
) {
    if !u.scheme.eq_ignore_ascii_case("https") {
        findings.push(Finding::new(
            Code::SpAcsNotHttps,
            msg!("topdesk-acs-not-https", url = reply),
            msg!("topdesk-acs-not-https-fix"),
        ));
    }
    let path = u.path.trim_end_matches('/');
    if section.is_none_or(|s| !path.eq_ignore_ascii_case(s.acs_path())) {
        findings.push(Finding::new(
            Code::SpAcsPath,
            msg!("topdesk-acs-path", path = u.path),
            msg!("topdesk-acs-path-fix"),
        ));
    }
}

fn check_entity_id(findings: &mut Vec<Finding>, entity_id: &str, reply: UrlParts<'_>) {
    let Some(id) = split_url(entity_id) else {
        findings.push(Finding::new(
            Code::SpEntityIdPattern,
            msg!("topdesk-entity-id-not-url", entity_id),
            msg!("topdesk-entity-id-not-url-fix"),
        ));
        return;
    };
    let segments: Vec<&str> = id.path.trim_matches('/').split('/').collect();
    if !matches!(segments.as_slice(), ["saml-metadata", rest] if !rest.is_empty()) {
        findings.push(Finding::new(
            Code::SpEntityIdPattern,
            msg!("topdesk-entity-id-pattern", entity_id),
            msg!("topdesk-entity-id-pattern-fix"),
        ));
    }
    if !id.authority.eq_ignore_ascii_case(reply.authority) {
        findings.push(Finding::new(
            Code::SpHostMismatch,
            msg!(
                "topdesk-host-mismatch",
                entity_host = id.authority,
                reply_host = reply.authority
            ),
            msg!("topdesk-host-mismatch-fix"),
        ));
    }
}

/// An Identifier of the old tutorial's wrong pattern: a TOPdesk Reply URL path
/// (`/tas/secure/login/verify`, `/tas/public/login/verify`) instead of the metadata address.
#[must_use]
pub fn is_old_identifier(url: &str) -> bool {
    let id = url.trim_end_matches('/').to_ascii_lowercase();
    id.ends_with("/tas/secure/login/verify") || id.ends_with("/tas/public/login/verify")
}

/// A Reply URL of the old tutorial's wrong pattern (ending in `/login/saml`).
#[must_use]
pub fn is_old_reply(url: &str) -> bool {
    url.trim_end_matches('/')
        .to_ascii_lowercase()
        .ends_with("/login/saml")
}

/// Microsoft's 2018 tutorial and the Entra gallery app showed wrong patterns (azure-docs issues
/// 39764, 39765, 75672): an Identifier ending in `/login/verify`, a Reply URL ending in `/login/saml`.
fn check_old_patterns(findings: &mut Vec<Finding>, urls: Option<&EntraUrls>) {
    let Some(urls) = urls else { return };
    if is_old_identifier(&urls.identifier) {
        findings.push(Finding::new(
            Code::OldTutorialPattern,
            msg!("topdesk-old-identifier", url = urls.identifier.as_str()),
            msg!("topdesk-old-identifier-fix"),
        ));
    }
    if is_old_reply(&urls.reply) {
        findings.push(Finding::new(
            Code::OldTutorialPattern,
            msg!("topdesk-old-reply", url = urls.reply.as_str()),
            msg!("topdesk-old-reply-fix"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_urls() {
        let u = split_url("https://Acme.topdesk.net:8443/tas/secure/login/verify?x=1#f").unwrap();
        assert_eq!(u.scheme, "https");
        assert_eq!(u.authority, "Acme.topdesk.net:8443");
        assert_eq!(u.path, "/tas/secure/login/verify");
        assert_eq!(split_url("https://host").unwrap().path, "");
        assert!(split_url("acme.topdesk.net/tas").is_none());
        assert!(split_url("https:///path").is_none());
        assert!(split_url("urn:x:y").is_none());
    }

    #[test]
    fn url_problems() {
        use UrlProblem::{Character, Control, Invisible, NotAbsolute, Space};
        let p = |v| url_problem(v, true);
        assert_eq!(
            p("https://acme.topdesk.net/saml-metadata/4f1c?x=%20#y"),
            None
        );
        assert_eq!(p("https://bücher.example/ä"), None);
        assert_eq!(url_problem("urn:acme:sp", false), None);
        assert_eq!(p("urn:acme:sp"), Some(NotAbsolute));
        // As the metadata reader keeps them: escaped.
        assert_eq!(p("https://a/\\u{202E}x"), Some(Invisible('\u{202E}')));
        assert_eq!(p("https://a/\\u{001B}[2K"), Some(Control('\u{1B}')));
        assert_eq!(p("https://a/\\u{0041}"), Some(Character('\\')));
        assert_eq!(p("https://a/\\x"), Some(Character('\\')));
        assert_eq!(p("https://a/b c"), Some(Space));
        assert_eq!(p("https://a/b\u{A0}c"), Some(Space));
        assert_eq!(p("https://a/\u{200B}"), Some(Invisible('\u{200B}')));
        assert_eq!(p("https://a/\u{7}"), Some(Control('\u{7}')));
        assert_eq!(
            p("https://sts.windows.net/{tenantid}/"),
            Some(Character('{'))
        );
    }

    fn acs(
        binding: &str,
        location: &str,
        index: Option<u32>,
        is_default: Option<bool>,
    ) -> Endpoint {
        Endpoint {
            binding: binding.into(),
            location: location.into(),
            index,
            is_default,
        }
    }

    #[test]
    fn reply_prefers_post_default_then_lowest_index() {
        let mut sp = SpRole {
            acs: vec![
                acs(BINDING_POST, "https://a/3", Some(3), None),
                acs(
                    "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact",
                    "https://a/0",
                    Some(0),
                    Some(true),
                ),
                acs(BINDING_POST, "https://a/1", Some(1), None),
            ],
            ..SpRole::default()
        };
        assert_eq!(reply_endpoint(&sp).unwrap().location, "https://a/1");
        sp.acs[0].is_default = Some(true);
        assert_eq!(reply_endpoint(&sp).unwrap().location, "https://a/3");
        sp.acs.retain(|e| e.binding != BINDING_POST);
        assert_eq!(reply_endpoint(&sp).unwrap().location, "https://a/0");
    }

    #[test]
    fn section_from_path() {
        assert_eq!(
            section_of("/tas/secure/login/verify"),
            Some(Section::Secure)
        );
        assert_eq!(
            section_of("/TAS/Public/login/verify"),
            Some(Section::Public)
        );
        assert_eq!(section_of("/saml/acs"), None);
        assert_eq!("Public".parse::<Section>(), Ok(Section::Public));
        assert!("both".parse::<Section>().is_err());
    }
}
