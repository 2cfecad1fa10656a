//! The Entra side: what kind of IdP metadata this is, the tenant, the SSO URL, and the signing
//! certificates cross-checked between the SAML role, the WS-Fed application role and the
//! signature (in a rollover: which one is active).

use super::cert::CertInfo;
use super::findings::{Code, Finding};
use super::metadata::{
    BINDING_POST, BINDING_REDIRECT, CertBlob, Endpoint, EntityDescriptor, KeyDescriptor, KeyUse,
    WsFedKind,
};
use super::topdesk::{UrlField, url_finding};
use super::url::{UrlParts, split_url, url_problem};
use crate::core::i18n::Msg;
use crate::msg;

/// Microsoft's sign-in hosts: the public cloud, US Government and China (21Vianet). The one
/// list for every check: sign-in and logout URLs in Entra metadata, the `appid` check on a
/// metadata address, and the host fetched metadata was finally served from.
pub const MICROSOFT_LOGIN_HOSTS: [&str; 6] = [
    "login.microsoftonline.com",
    "login.windows.net",
    "login.microsoft.com",
    "login.microsoftonline.us",
    "login.chinacloudapi.cn",
    "login.partner.microsoftonline.cn",
];

/// `host` is one of [`MICROSOFT_LOGIN_HOSTS`] (any case, a trailing dot allowed).
#[must_use]
pub fn is_microsoft_login_host(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    MICROSOFT_LOGIN_HOSTS
        .iter()
        .any(|h| h.eq_ignore_ascii_case(host))
}

/// CN of the per-application certificate Entra creates for SAML apps.
pub const APP_CERT_CN: &str = "Microsoft Azure Federated SSO Certificate";

/// CNs of the keys Microsoft signs a tenant's general metadata with (public cloud and US
/// Government, China): several of them, self-signed, shared by every tenant.
pub const TENANT_KEY_CNS: [&str; 3] = [
    "accounts.accesscontrol.windows.net",
    "login.microsoftonline.us",
    "accounts.accesscontrol.chinacloudapi.cn",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IdpKind {
    /// An enterprise application's federation metadata (`?appid=`): the right file.
    EntraApp,
    /// The tenant's general metadata (no `?appid=`): the wrong certificates for an app.
    EntraTenantWide,
    /// The multi-tenant `/common` metadata with a `{tenantid}` placeholder.
    EntraCommon,
    Adfs,
    Other,
}

impl IdpKind {
    /// Any kind of Entra file (app, tenant-wide, `/common`): its addresses must be Microsoft's.
    #[must_use]
    pub const fn is_entra(self) -> bool {
        matches!(
            self,
            Self::EntraApp | Self::EntraTenantWide | Self::EntraCommon
        )
    }

    /// What the signer's thumbprint can be compared with (a message's `kind` select): `app`, the
    /// Entra app's *SAML Certificates* page; `not-app`, nothing (a tenant-wide or `/common` file
    /// has no such page); `other`, the identity provider's own token-signing certificate.
    #[must_use]
    pub const fn signer_page(self) -> &'static str {
        match self {
            Self::EntraApp => "app",
            Self::EntraTenantWide | Self::EntraCommon => "not-app",
            Self::Adfs | Self::Other => "other",
        }
    }
}

/// Where a signing certificate was listed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct CertSources {
    /// `IDPSSODescriptor/KeyDescriptor` (what SAML tokens are checked against).
    pub saml_role: bool,
    /// WS-Fed `RoleDescriptor fed:ApplicationServiceType`.
    pub application_role: bool,
    /// The metadata signature's `KeyInfo`.
    pub signature: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SigningCert {
    #[serde(flatten)]
    pub info: CertInfo,
    pub listed_in: CertSources,
    /// This certificate signed the metadata (Entra signs with the active one).
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct IdpSummary {
    pub kind: IdpKind,
    pub entity_id: String,
    pub tenant_id: Option<String>,
    /// The `SingleSignOnService` URL (HTTP-Redirect preferred, as TOPdesk sends requests that way).
    pub sso_url: Option<String>,
    pub sso: Vec<Endpoint>,
    pub slo: Vec<Endpoint>,
    pub certificates: Vec<SigningCert>,
    /// The earliest `validUntil` of the file (root or entity), if any.
    #[serde(with = "time::serde::rfc3339::option")]
    pub valid_until: Option<time::OffsetDateTime>,
}

impl IdpSummary {
    /// The entityID, when it is fit to be offered for copying (a URI without hidden characters).
    #[must_use]
    pub fn identifier(&self) -> Option<&str> {
        let id = self.entity_id.as_str();
        url_problem(id, false).is_none().then_some(id)
    }

    /// The certificates SAML tokens are checked against (the IdP role's `KeyDescriptor`s), in
    /// file order.
    pub fn saml_certs(&self) -> impl Iterator<Item = &SigningCert> {
        self.certificates.iter().filter(|c| c.listed_in.saml_role)
    }

    #[must_use]
    pub fn active_cert(&self) -> Option<&SigningCert> {
        self.certificates.iter().find(|c| c.active).or_else(|| {
            // Unsigned file: with a single SAML signing certificate there is no doubt.
            let mut saml = self.saml_certs();
            match (saml.next(), saml.next()) {
                (Some(only), None) => Some(only),
                _ => None,
            }
        })
    }
}

fn is_guid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
        && parts
            .iter()
            .all(|p| p.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Tenant GUID from `https://sts.windows.net/<guid>/` (and the sovereign clouds' STS hosts).
#[must_use]
pub fn tenant_of(entity_id: &str) -> Option<&str> {
    let rest = entity_id
        .strip_prefix("https://sts.windows.net/")
        .or_else(|| entity_id.strip_prefix("https://sts.chinacloudapi.cn/"))
        .or_else(|| entity_id.strip_prefix("https://login.microsoftonline.us/"))?;
    let id = rest.trim_end_matches('/');
    is_guid(id).then_some(id)
}

fn classify(entity: &EntityDescriptor, certs: &[SigningCert]) -> IdpKind {
    let id = entity.entity_id.as_str();
    if id.contains("{tenantid}") || id.contains("%7Btenantid%7D") {
        return IdpKind::EntraCommon;
    }
    if tenant_of(id).is_some() {
        // Only the certificates the roles list count; a signature's own KeyInfo proves nothing.
        // An app may sign with a certificate of the customer's own (any name): tenant-wide only
        // on positive evidence, Microsoft's tenant keys and no app certificate.
        let listed = || {
            certs
                .iter()
                .filter(|c| c.listed_in.saml_role || c.listed_in.application_role)
                .filter_map(|c| c.info.common_name.as_deref())
        };
        let app = listed().any(|cn| cn == APP_CERT_CN);
        let tenant_keys = listed().any(|cn| TENANT_KEY_CNS.contains(&cn));
        return if tenant_keys && !app {
            IdpKind::EntraTenantWide
        } else {
            IdpKind::EntraApp
        };
    }
    if id.to_ascii_lowercase().contains("/adfs/services/trust") {
        return IdpKind::Adfs;
    }
    IdpKind::Other
}

fn signing_keys(keys: &[KeyDescriptor]) -> impl Iterator<Item = &KeyDescriptor> {
    keys.iter().filter(|k| k.key_use != KeyUse::Encryption)
}

/// Parses each distinct certificate once (SAML role, WS-Fed application role, signature
/// `KeyInfo`), remembering where it was listed; unreadable ones become findings.
#[must_use]
pub fn certificates(
    entity: &EntityDescriptor,
    signature_certs: &[CertBlob],
) -> (Vec<SigningCert>, Vec<Finding>) {
    let mut findings = Vec::new();
    let certs = collect_certs(entity, signature_certs, &mut findings);
    (certs, findings)
}

fn collect_certs(
    entity: &EntityDescriptor,
    signature_certs: &[CertBlob],
    findings: &mut Vec<Finding>,
) -> Vec<SigningCert> {
    let idp_keys = entity.idp.as_ref().map_or(&[][..], |r| &r.keys[..]);
    let app_keys = entity
        .ws_fed
        .iter()
        .filter(|r| r.kind == WsFedKind::ApplicationService)
        .flat_map(|r| signing_keys(&r.keys));
    let sources = signing_keys(idp_keys)
        .flat_map(|k| k.certs.iter().map(|c| (c, 0)))
        .chain(app_keys.flat_map(|k| k.certs.iter().map(|c| (c, 1))))
        .chain(signature_certs.iter().map(|c| (c, 2)));

    let mut out: Vec<SigningCert> = Vec::new();
    let mut unreadable = Vec::new();
    for (blob, source) in sources {
        let der = match blob {
            CertBlob::Der(der) => der,
            CertBlob::Undecodable(why) => {
                unreadable.push(why.clone());
                continue;
            }
        };
        let index = match out.iter().position(|c| &c.info.der == der) {
            Some(i) => i,
            None => match CertInfo::from_der(der) {
                Ok(info) => {
                    out.push(SigningCert {
                        info,
                        listed_in: CertSources::default(),
                        active: false,
                    });
                    out.len() - 1
                }
                Err(e) => {
                    unreadable.push(Msg::shown(e));
                    continue;
                }
            },
        };
        let listed = &mut out[index].listed_in;
        match source {
            0 => listed.saml_role = true,
            1 => listed.application_role = true,
            _ => listed.signature = true,
        }
    }
    unreadable.dedup();
    for why in unreadable {
        findings.push(Finding::new(
            Code::CertUnreadable,
            msg!("entra-cert-unreadable", why),
            msg!("entra-cert-unreadable-fix"),
        ));
    }
    out
}

/// Reads the IdP entity, given its [`certificates`]. `signed_by` is the thumbprint that verified
/// the metadata signature; dates are judged as of `now`.
#[must_use]
pub fn summarize(
    entity: &EntityDescriptor,
    mut certificates: Vec<SigningCert>,
    signed_by: Option<&str>,
    now: time::OffsetDateTime,
) -> (IdpSummary, Vec<Finding>) {
    let mut findings = Vec::new();
    for c in &mut certificates {
        c.active = signed_by.is_some_and(|t| t == c.info.sha1_thumbprint);
    }
    let kind = classify(entity, &certificates);
    let idp = entity.idp.clone().unwrap_or_default();
    let sso_url = idp
        .sso
        .iter()
        .find(|e| e.binding == BINDING_REDIRECT)
        .or_else(|| idp.sso.iter().find(|e| e.binding == BINDING_POST))
        .or_else(|| idp.sso.first())
        .map(|e| e.location.clone());
    // A login URL that is not a URL is said once and never offered.
    let sso_problem = sso_url.as_deref().and_then(|u| url_problem(u, true));
    if let (Some(url), Some(problem)) = (sso_url.as_deref(), sso_problem) {
        findings.push(url_finding(UrlField::EntraLogin, url, problem));
    }
    let sso_url = sso_url.filter(|_| sso_problem.is_none());
    let tenant_id = tenant_of(&entity.entity_id)
        .map(str::to_owned)
        .or_else(|| sso_url.as_deref().and_then(tenant_from_login_url));

    push_kind_finding(&mut findings, kind, entity);
    // The /common file's placeholder is said by its own finding.
    if kind != IdpKind::EntraCommon
        && let Some(problem) = url_problem(&entity.entity_id, false)
    {
        findings.push(url_finding(
            UrlField::EntraIdentifier,
            &entity.entity_id,
            problem,
        ));
    }
    if kind.is_entra() {
        push_foreign_hosts(&mut findings, &idp.sso, &idp.slo);
    }
    if sso_url.is_none() && sso_problem.is_none() {
        findings.push(Finding::new(
            Code::IdpNoSso,
            msg!("entra-no-sso"),
            msg!("entra-no-sso-fix"),
        ));
    }
    let saml: Vec<&SigningCert> = certificates
        .iter()
        .filter(|c| c.listed_in.saml_role)
        .collect();
    if saml.is_empty() {
        findings.push(Finding::new(
            Code::IdpNoSigningCert,
            msg!("entra-no-signing-cert"),
            msg!("entra-no-signing-cert-fix"),
        ));
    }
    let app: Vec<&SigningCert> = certificates
        .iter()
        .filter(|c| c.listed_in.application_role)
        .collect();
    // Compared only when the application role lists signing certificates at all (AD FS may
    // list only an encryption certificate there).
    if !app.is_empty() && !saml.is_empty() && !same_set(&saml, &app) {
        findings.push(Finding::new(
            Code::IdpCertsDiffer,
            msg!("entra-certs-differ"),
            msg!("entra-certs-differ-fix"),
        ));
    }
    if saml.len() > 1 && kind == IdpKind::EntraApp {
        let message = match certificates.iter().find(|c| c.active) {
            None => msg!("entra-rollover-unsigned", count = saml.len()),
            Some(c) => msg!(
                "entra-rollover",
                count = saml.len(),
                thumbprint = c.info.sha1_thumbprint.as_str(),
                expired = if c.info.not_after < now { "yes" } else { "no" },
                expires = c.info.not_after.date()
            ),
        };
        findings.push(Finding::new(
            Code::IdpRollover,
            message,
            msg!("entra-rollover-fix"),
        ));
    }

    let summary = IdpSummary {
        kind,
        entity_id: entity.entity_id.clone(),
        tenant_id,
        sso_url,
        sso: idp.sso,
        slo: idp.slo,
        certificates,
        valid_until: None,
    };
    (summary, findings)
}

/// `https://<host>[:port]/…` → its host by the one host rule ([`UrlParts::host`]); `None` for
/// another scheme.
fn https_host(url: &str) -> Option<String> {
    split_url(url).filter(UrlParts::is_https)?.host()
}

/// A file that claims to be Entra's sends users only to Microsoft's sign-in hosts.
fn push_foreign_hosts(findings: &mut Vec<Finding>, sso: &[Endpoint], slo: &[Endpoint]) {
    let foreign: Vec<&str> = sso
        .iter()
        .chain(slo)
        .map(|e| e.location.as_str())
        .filter(|url| !https_host(url).is_some_and(|h| is_microsoft_login_host(&h)))
        .collect();
    if let Some(first) = foreign.first() {
        findings.push(Finding::new(
            Code::IdpHostNotMicrosoft,
            msg!(
                "entra-host-not-microsoft",
                url = *first,
                count = foreign.len()
            ),
            msg!("entra-host-not-microsoft-fix"),
        ));
    }
}

fn same_set(a: &[&SigningCert], b: &[&SigningCert]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| y.info.der == x.info.der))
}

fn tenant_from_login_url(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://login.microsoftonline.com/")?;
    let id = rest.split('/').next()?;
    is_guid(id).then(|| id.to_owned())
}

fn push_kind_finding(findings: &mut Vec<Finding>, kind: IdpKind, entity: &EntityDescriptor) {
    let finding = match kind {
        IdpKind::EntraApp => return,
        IdpKind::EntraTenantWide => Finding::new(
            Code::IdpTenantWide,
            msg!("entra-tenant-wide"),
            msg!("entra-tenant-wide-fix"),
        ),
        IdpKind::EntraCommon => Finding::new(
            Code::IdpCommon,
            msg!("entra-common", entity_id = entity.entity_id.as_str()),
            msg!("entra-common-fix"),
        ),
        IdpKind::Adfs => Finding::new(
            Code::IdpAdfs,
            msg!("entra-adfs", entity_id = entity.entity_id.as_str()),
            msg!("entra-adfs-fix"),
        ),
        IdpKind::Other => Finding::new(
            Code::IdpNotEntra,
            msg!("entra-not-entra", entity_id = entity.entity_id.as_str()),
            msg!("entra-not-entra-fix"),
        ),
    };
    findings.push(finding);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn microsoft_hosts() {
        let host = |u| https_host(u);
        assert_eq!(
            host("https://login.microsoftonline.com/t/saml2").as_deref(),
            Some("login.microsoftonline.com")
        );
        assert_eq!(
            host("HTTPS://Login.MicrosoftOnline.US:443/x").as_deref(),
            Some("login.microsoftonline.us")
        );
        assert_eq!(
            host("https://login.microsoftonline.com@evil.example/"),
            None
        );
        assert_eq!(
            host("https://evil.example\\@login.microsoftonline.com/saml2").as_deref(),
            Some("evil.example")
        );
        assert_eq!(
            host("https://login.microsoftonline.com./t/saml2").as_deref(),
            Some("login.microsoftonline.com")
        );
        assert_eq!(host("http://login.microsoftonline.com/"), None);
    }

    #[test]
    fn tenant_ids() {
        assert_eq!(
            tenant_of("https://sts.windows.net/76db22f8-ca3e-4d0a-b5c1-795947fc8943/"),
            Some("76db22f8-ca3e-4d0a-b5c1-795947fc8943")
        );
        assert_eq!(tenant_of("https://sts.windows.net/{tenantid}/"), None);
        assert_eq!(tenant_of("https://sts.windows.net/76db22f8/"), None);
        assert_eq!(
            tenant_from_login_url(
                "https://login.microsoftonline.com/76db22f8-ca3e-4d0a-b5c1-795947fc8943/saml2"
            )
            .as_deref(),
            Some("76db22f8-ca3e-4d0a-b5c1-795947fc8943")
        );
    }
}
