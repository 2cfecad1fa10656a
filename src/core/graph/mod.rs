//! The Entra app through Microsoft Graph v1.0: read it, compare it with TOPdesk's metadata
//! ([`checks`]), and — when the admin asks — write the plan that sets it right ([`plan`]).
//!
//! - One bounded HTTPS client ([`client`]) on the agent of [`super::fetch`] (same trust store,
//!   `SSL_CERT_FILE`, proxies, https only): every request has [`REQUEST_TIMEOUT`] and
//!   [`MAX_RESPONSE_BYTES`]; paging stops at [`MAX_PAGES`]; 429/503 honour `Retry-After` up to
//!   [`MAX_RETRY_AFTER`], [`MAX_RETRIES`] times; a Graph error body becomes a [`GraphError`]
//!   that names the permission and role a 401/403 needs.
//! - Hosts per national cloud ([`Cloud`]); `--graph-url` / `--login-url` override them, https
//!   only, refused before anything is sent ([`Endpoints::new`]).
//! - The access token ([`Token`]) is never shown, logged, stored or written: its `Debug` is
//!   redacted, it has no `Display`, and text a server sends back is scrubbed of it.

pub mod checks;
pub mod client;
pub mod model;
pub mod plan;
pub mod token;

use std::time::Duration;

use super::fetch::{self, FetchError};
use crate::msg;

pub use checks::{Check, CheckCode, Status};
pub use client::Client;
pub use token::Token;

/// Time limit of one request to Graph or the sign-in service (connect, send, answer).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// Size of one answer from Graph or the sign-in service, at most.
pub const MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;
/// Pages followed through `@odata.nextLink` in one listing, at most.
pub const MAX_PAGES: usize = 20;
/// Times one request is repeated after a 429 or 503 with `Retry-After`.
pub const MAX_RETRIES: u32 = 3;
/// A `Retry-After` longer than this is not waited for: the run stops and says so.
pub const MAX_RETRY_AFTER: Duration = Duration::from_mins(1);
/// First wait for a just-created app to replicate (doubled each time a read still gets 404).
pub const REPLICATION_FIRST_WAIT: Duration = Duration::from_millis(500);
/// Total wait for a just-created app to replicate, at most.
pub const REPLICATION_MAX_WAIT: Duration = Duration::from_mins(2);
/// The device-code sign-in waits this long at most for the admin (less when the code expires
/// sooner).
pub const DEVICE_CODE_MAX_WAIT: Duration = Duration::from_mins(15);
/// Polling interval of the device-code flow, at least (whatever the sign-in service says).
pub const MIN_POLL_INTERVAL: Duration = Duration::from_secs(1);
/// Polling interval of the device-code flow, at most (`interval` and `slow_down` included).
pub const MAX_POLL_INTERVAL: Duration = Duration::from_mins(1);
/// What `slow_down` adds to the polling interval (RFC 8628, 3.5).
pub const SLOW_DOWN_STEP: Duration = Duration::from_secs(5);

/// The delegated permission reading needs.
pub const READ_PERMISSION: &str = "Application.Read.All";
/// The delegated permission writing needs.
pub const WRITE_PERMISSION: &str = "Application.ReadWrite.All";
/// The least-privileged role that may change enterprise apps.
pub const ADMIN_ROLE: &str = "Cloud Application Administrator";

/// A Microsoft cloud: its sign-in and Graph hosts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Cloud {
    #[default]
    Global,
    UsGov,
    China,
}

impl Cloud {
    #[must_use]
    pub const fn login(self) -> &'static str {
        match self {
            Self::Global => "https://login.microsoftonline.com",
            Self::UsGov => "https://login.microsoftonline.us",
            Self::China => "https://login.chinacloudapi.cn",
        }
    }

    #[must_use]
    pub const fn graph(self) -> &'static str {
        match self {
            Self::Global => "https://graph.microsoft.com",
            Self::UsGov => "https://graph.microsoft.us",
            Self::China => "https://microsoftgraph.chinacloudapi.cn",
        }
    }
}

impl std::str::FromStr for Cloud {
    type Err = crate::core::i18n::Msg;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "global" => Ok(Self::Global),
            "usgov" => Ok(Self::UsGov),
            "china" => Ok(Self::China),
            other => Err(msg!("graph-cloud-unknown", cloud = other)),
        }
    }
}

/// Where sign-in and Graph live: origins without a trailing slash (`https://host[:port]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoints {
    pub login: String,
    /// Graph's origin; requests go to `<graph>/v1.0/…`.
    pub graph: String,
}

impl Endpoints {
    /// The cloud's hosts, or the overrides (each checked as [`fetch::check_url`] does: https
    /// only, a host; refused before anything is sent). A Graph address may end in `/v1.0`.
    pub fn new(cloud: Cloud, graph: Option<&str>, login: Option<&str>) -> Result<Self, GraphError> {
        let pick = |given: Option<&str>, option: &str, default: &str| match given {
            None => Ok(default.to_owned()),
            Some(url) => fetch::check_url(url)
                // The origin: a pasted `…/v1.0` is Graph's version, added per request.
                .map(|_| {
                    let origin = url.trim().trim_end_matches('/');
                    origin.strip_suffix("/v1.0").unwrap_or(origin).to_owned()
                })
                .map_err(|e| GraphError::Address(option.to_owned(), e)),
        };
        Ok(Self {
            graph: pick(graph, "--graph-url", cloud.graph())?,
            login: pick(login, "--login-url", cloud.login())?,
        })
    }

    /// `<graph>/v1.0<path>`.
    #[must_use]
    pub fn graph_url(&self, path: &str) -> String {
        format!("{}/v1.0{path}", self.graph)
    }

    /// The app's own federation metadata address.
    #[must_use]
    pub fn federation_metadata(&self, tenant: &str, app_id: &str) -> String {
        format!(
            "{}/{tenant}/federationmetadata/2007-06/federationmetadata.xml?appid={app_id}",
            self.login
        )
    }
}

/// Why a Graph or sign-in request did not give an answer. One line each.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GraphError {
    /// `--graph-url` / `--login-url` (named) cannot be used.
    #[error("{}", msg!("graph-address-refused", option = .0.as_str(), why = .1.to_string()))]
    Address(String, FetchError),
    #[error("{}", msg!("graph-network", what = .0.as_str(), why = .1.to_string()))]
    Network(String, FetchError),
    /// 401 or 403: what was refused and the permission it needs.
    #[error("{}", msg!("graph-refused", what = what.as_str(), status = *status, code = code.as_str(), message = message.as_str(), permission = *permission, role = ADMIN_ROLE))]
    Refused {
        what: String,
        status: u16,
        code: String,
        message: String,
        permission: &'static str,
    },
    #[error("{}", msg!("graph-status", what = what.as_str(), status = *status, code = code.as_str(), message = message.as_str()))]
    Status {
        what: String,
        status: u16,
        code: String,
        message: String,
    },
    #[error("{}", msg!("graph-throttled", what = .0.as_str(), seconds = *.1))]
    Throttled(String, u64),
    #[error("{}", msg!("graph-too-many-pages", what = .0.as_str(), max = MAX_PAGES))]
    TooManyPages(String),
    /// A `@odata.nextLink` that leaves Graph: the token is not sent there.
    #[error("{}", msg!("graph-foreign-link", url = .0.as_str()))]
    ForeignLink(String),
    #[error("{}", msg!("graph-bad-answer", what = .0.as_str(), why = .1.as_str()))]
    BadAnswer(String, String),
    #[error("{}", msg!("graph-token-env", var = .0.as_str()))]
    TokenEnv(String),
    /// The sign-in service refused: its error and description (AADSTS…).
    #[error("{}", msg!("graph-sign-in", error = error.as_str(), description = description.as_str()))]
    SignIn { error: String, description: String },
    #[error("{}", msg!("graph-device-code-expired"))]
    DeviceCodeExpired,
    /// A created app was still not readable after [`REPLICATION_MAX_WAIT`].
    #[error("{}", msg!("graph-not-replicated", what = .0.as_str(), seconds = REPLICATION_MAX_WAIT.as_secs()))]
    NotReplicated(String),
    #[error("{}", msg!("fetch-cancelled"))]
    Cancelled,
}

impl GraphError {
    /// Sign-in failed because the public client is not registered (AADSTS700016) or lacks
    /// consent (AADSTS65001): the one-time registration steps help.
    #[must_use]
    pub fn needs_registration(&self) -> bool {
        matches!(self, Self::SignIn { description, .. }
            if ["AADSTS700016", "AADSTS65001", "AADSTS650057"].iter().any(|c| description.contains(c)))
    }

    /// Sign-in was blocked by Conditional Access (AADSTS53003; many tenants block the
    /// device-code flow): a token from `az` is the way round.
    #[must_use]
    pub fn blocked_by_policy(&self) -> bool {
        matches!(self, Self::SignIn { description, .. } if description.contains("AADSTS53003"))
    }

    /// A 404 from Graph (right after `instantiate`: not replicated yet).
    #[must_use]
    pub fn is_not_found(&self) -> bool {
        matches!(self, Self::Status { status: 404, .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clouds_and_overrides() {
        let e = Endpoints::new(Cloud::UsGov, None, None).unwrap();
        assert_eq!(e.graph_url("/x"), "https://graph.microsoft.us/v1.0/x");
        assert_eq!(e.login, "https://login.microsoftonline.us");
        let e = Endpoints::new(
            Cloud::Global,
            Some("https://g.example/v1.0/"),
            Some("https://l.example/"),
        )
        .unwrap();
        assert_eq!(e.graph_url("/x"), "https://g.example/v1.0/x");
        assert_eq!(
            e.federation_metadata("t", "a"),
            "https://l.example/t/federationmetadata/2007-06/federationmetadata.xml?appid=a"
        );
        let refused = Endpoints::new(Cloud::Global, Some("http://g.example"), None).unwrap_err();
        assert!(
            matches!(refused, GraphError::Address(o, FetchError::Insecure) if o == "--graph-url")
        );
        assert!("China".parse::<Cloud>() == Ok(Cloud::China) && "mars".parse::<Cloud>().is_err());
    }
}
