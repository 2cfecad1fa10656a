//! Metadata by URL: one bounded HTTPS GET. Nothing is ever sent but the request itself (no
//! cookies, no credentials, no body). Its agent (`agent`: trust, proxy, https only) and capped
//! body reader are also what [`super::graph`] talks to Microsoft Graph with.
//!
//! - `https://` only, on every redirect too (at most [`MAX_REDIRECTS`]); a plain `http://`
//!   address is refused with the reason before anything is sent.
//! - Trust: the operating system's store through `rustls-platform-verifier` (corporate
//!   TLS-inspecting proxies install their root there); when `SSL_CERT_FILE` or `SSL_CERT_DIR`
//!   is set, the certificates there are the roots instead, as OpenSSL-based tools do. A location
//!   named there that cannot be read, or holds no certificate, stops the fetch with its name
//!   ([`Trust::Unusable`]), rather than an empty store's "unknown issuer".
//! - Proxy: the first of [`PROXY_VARIABLES`] that is set (`HTTPS_PROXY`, then `ALL_PROXY`, then
//!   `HTTP_PROXY`; each in upper case, then lower case), with `NO_PROXY`; on Windows the system
//!   proxy (Internet Options) when none is set. A variable that is not an HTTP(S) proxy address
//!   is an error naming it, not skipped.
//! - A connect and a total timeout; the body is capped at the file limit ([`MAX_INPUT_BYTES`])
//!   and read in chunks, so a [`Cancel`] stops it between two chunks.
//! - Every failure is one line ([`FetchError`]); the body is then analysed exactly as a file's
//!   bytes would be.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use time::OffsetDateTime;
use ureq::http::Uri;

use super::check::Report;
use super::entra::is_microsoft_login_host;
use super::findings::{About, Code, Finding};
use super::i18n::{self, Msg};
use super::text::MAX_INPUT_BYTES;
use super::url::split_url;
use crate::msg;

/// Redirects followed before giving up.
pub const MAX_REDIRECTS: u32 = 5;
/// Time to reach the server (DNS, TCP, proxy, TLS).
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Time for the whole fetch, redirects and body included.
pub const TOTAL_TIMEOUT: Duration = Duration::from_secs(30);
/// Certificate files read from `SSL_CERT_DIR` at most (bounded work on a huge folder).
pub const MAX_CERT_DIR_FILES: usize = 1000;
/// Size of `SSL_CERT_FILE`, and of each file in `SSL_CERT_DIR`, at most (a full CA bundle is
/// about 250 KiB).
pub const MAX_CERT_FILE_BYTES: usize = 4 * 1024 * 1024;
/// The environment variables that name a proxy, in the order they are tried; each is read in
/// upper case, then in lower case, and the first that is set (not empty) is used.
pub const PROXY_VARIABLES: [&str; 3] = ["HTTPS_PROXY", "ALL_PROXY", "HTTP_PROXY"];
/// Size of one read of the body; a cancel is noticed between two reads.
const CHUNK: usize = 64 * 1024;

/// Which roots a server certificate must chain to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trust {
    /// The operating system's trust store (`rustls-platform-verifier`).
    System,
    /// Exactly these roots (DER): from `SSL_CERT_FILE` / `SSL_CERT_DIR`, or a test's own CA.
    Roots(Vec<Vec<u8>>),
    /// `SSL_CERT_FILE` / `SSL_CERT_DIR` name a location that cannot be read or holds no
    /// certificate: every fetch stops with this line ([`FetchError::Roots`]).
    Unusable(Msg),
}

impl Trust {
    /// [`Trust::System`], unless `SSL_CERT_FILE` or `SSL_CERT_DIR` is set: then the
    /// certificates found there, as OpenSSL-based tools do (a proxy's own root, for example).
    #[must_use]
    pub fn from_env() -> Self {
        let var = |name| std::env::var_os(name).filter(|v| !v.is_empty());
        Self::from_locations(
            var("SSL_CERT_FILE").map(PathBuf::from).as_deref(),
            var("SSL_CERT_DIR").as_deref(),
        )
    }

    /// `file`: a PEM file of certificates; `dirs`: folders (separated as `PATH` is) of PEM
    /// files. Neither given: [`Trust::System`]. Each location given must be readable and hold a
    /// certificate (files in a folder that are not certificates are skipped), otherwise
    /// [`Trust::Unusable`] names it.
    #[must_use]
    pub fn from_locations(file: Option<&Path>, dirs: Option<&std::ffi::OsStr>) -> Self {
        if file.is_none() && dirs.is_none() {
            return Self::System;
        }
        match roots_in(file, dirs) {
            Ok(roots) => Self::Roots(roots),
            Err(why) => Self::Unusable(why),
        }
    }
}

/// The certificates of `SSL_CERT_FILE` and the folders of `SSL_CERT_DIR`, or the line that names
/// the one that cannot be used.
fn roots_in(file: Option<&Path>, dirs: Option<&std::ffi::OsStr>) -> Result<Vec<Vec<u8>>, Msg> {
    let unusable = |var: &str, path: &Path, why: Msg| {
        let path = path.display().to_string();
        msg!("fetch-roots-unusable", var, path, why)
    };
    let mut roots = Vec::new();
    if let Some(path) = file {
        let bytes = super::file::read_limited(path, MAX_CERT_FILE_BYTES)
            .map_err(|e| unusable("SSL_CERT_FILE", path, Msg::shown(e)))?;
        roots = certificates_in(&bytes);
        if roots.is_empty() {
            return Err(unusable("SSL_CERT_FILE", path, msg!("fetch-roots-none")));
        }
    }
    let mut budget = MAX_CERT_DIR_FILES;
    for dir in dirs.map(std::env::split_paths).into_iter().flatten() {
        if budget == 0 {
            break;
        }
        let entries = std::fs::read_dir(&dir).map_err(|e| {
            let why = msg!("file-cannot-open", error = e.to_string());
            unusable("SSL_CERT_DIR", &dir, why)
        })?;
        let files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .take(budget)
            .collect();
        budget -= files.len();
        let found: Vec<Vec<u8>> = files
            .iter()
            .filter_map(|f| super::file::read_limited(f, MAX_CERT_FILE_BYTES).ok())
            .flat_map(|bytes| certificates_in(&bytes))
            .collect();
        if found.is_empty() {
            return Err(unusable("SSL_CERT_DIR", &dir, msg!("fetch-roots-none")));
        }
        roots.extend(found);
    }
    Ok(roots)
}

/// The PEM certificates in a file's bytes (DER each).
fn certificates_in(bytes: &[u8]) -> Vec<Vec<u8>> {
    super::pem::pem_blocks(&String::from_utf8_lossy(bytes))
        .into_iter()
        .filter(|b| b.label == "CERTIFICATE")
        .map(|b| b.der)
        .collect()
}

/// How to fetch: trust and limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchOptions {
    pub trust: Trust,
    pub connect_timeout: Duration,
    pub total_timeout: Duration,
    pub max_bytes: usize,
    pub max_redirects: u32,
    /// Use the proxy from the environment (or the Windows system proxy).
    pub proxy_from_env: bool,
}

impl Default for FetchOptions {
    /// The system's trust store, proxies from the environment, the file limit,
    /// [`CONNECT_TIMEOUT`], [`TOTAL_TIMEOUT`], [`MAX_REDIRECTS`].
    fn default() -> Self {
        Self {
            trust: Trust::System,
            connect_timeout: CONNECT_TIMEOUT,
            total_timeout: TOTAL_TIMEOUT,
            max_bytes: MAX_INPUT_BYTES,
            max_redirects: MAX_REDIRECTS,
            proxy_from_env: true,
        }
    }
}

impl FetchOptions {
    /// The program's settings: the defaults, with `SSL_CERT_FILE` / `SSL_CERT_DIR` honoured
    /// (read at the edge of the program).
    #[must_use]
    pub fn from_env() -> Self {
        Self {
            trust: Trust::from_env(),
            ..Self::default()
        }
    }
}

/// Where a fetched file came from: shown with the file and written in JSON output.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Origin {
    /// The address as given.
    pub url: String,
    /// The address the file was served from (after redirects).
    pub final_url: String,
    pub status: u16,
    #[serde(with = "time::serde::rfc3339")]
    pub fetched_at: OffsetDateTime,
}

impl Origin {
    /// "fetched from https://… at 30 Nov 2026 16:40 UTC" (in this thread's language)
    #[must_use]
    pub fn line(&self) -> Msg {
        let (date, time) = i18n::date_and_time(self.fetched_at);
        msg!("fetch-origin", url = self.final_url.as_str(), date, time)
    }
}

/// A fetched body and where it came from.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub origin: Origin,
    pub bytes: Vec<u8>,
}

/// Set from another thread to stop a fetch (the wizard's Cancel). Cheap to clone.
#[derive(Debug, Clone, Default)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    pub fn cancel(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    #[must_use]
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// Why a URL cannot be fetched. One line each; the address is said by the caller.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("{}", msg!("fetch-not-a-url", why = .0))]
    NotAUrl(Msg),
    #[error("{}", msg!("fetch-insecure"))]
    Insecure,
    #[error("{}", msg!("fetch-scheme", scheme = .0.as_str()))]
    Scheme(String),
    #[error("{}", msg!("fetch-entra-without-appid"))]
    EntraWithoutAppId,
    #[error("{}", msg!("fetch-host-not-found", host = .0.as_str()))]
    HostNotFound(String),
    #[error("{}", msg!("fetch-unreachable", why = .0))]
    Unreachable(Msg),
    #[error("{}", msg!("fetch-timeout", seconds = *.0))]
    Timeout(u64),
    #[error("{}", msg!("fetch-tls", why = .0))]
    Tls(Msg),
    #[error("{}", msg!("fetch-proxy", why = .0))]
    Proxy(Msg),
    /// The proxy variable named is not an HTTP(S) proxy address.
    #[error("{}", msg!("fetch-proxy-variable-invalid", var = .0.as_str()))]
    ProxyVariable(String),
    /// The proxy variable named is a SOCKS proxy, which this program cannot use.
    #[error("{}", msg!("fetch-proxy-variable-socks", var = .0.as_str()))]
    ProxySocks(String),
    /// The roots to trust cannot be loaded ([`Trust::Unusable`]).
    #[error("{}", msg!("fetch-roots", why = .0))]
    Roots(Msg),
    #[error("{}", msg!("fetch-redirect-to-http", url = .0.as_str()))]
    RedirectToHttp(String),
    #[error("{}", msg!("fetch-too-many-redirects", max = *.0))]
    TooManyRedirects(u32),
    #[error("{}", msg!("fetch-topdesk-not-hosted"))]
    TopdeskNotHosted,
    /// An HTTP status other than 200, explained from the code.
    #[error("{}", status_text(*.0))]
    Status(u16),
    #[error("{}", msg!("fetch-html"))]
    Html,
    #[error("{}", msg!("file-too-large", mib = .0 / (1024 * 1024)))]
    TooBig(usize),
    #[error("{}", msg!("fetch-empty"))]
    Empty,
    #[error("{}", msg!("fetch-cancelled"))]
    Cancelled,
    #[error("{}", msg!("fetch-other", why = .0))]
    Other(Msg),
}

/// A pasted or typed text that is a web address (one line, http:// or https://), trimmed.
#[must_use]
pub fn as_url(text: &str) -> Option<&str> {
    let t = text.trim();
    let lower = t.get(..8).unwrap_or(t).to_ascii_lowercase();
    (!t.contains(char::is_whitespace)
        && (lower.starts_with("https://") || lower.starts_with("http://")))
    .then_some(t)
}

/// The address of Entra federation metadata: `…/federationmetadata…` on one of Microsoft's
/// sign-in hosts ([`super::entra::MICROSOFT_LOGIN_HOSTS`]).
#[must_use]
pub fn is_entra_url(url: &str) -> bool {
    split_url(url).is_some_and(|u| {
        u.host().is_some_and(|h| is_microsoft_login_host(&h))
            && u.path.to_ascii_lowercase().contains("federationmetadata")
    })
}

/// The name a fetched file is shown by: the address's last path segment when it looks like a
/// file name (`federationmetadata.xml`), else its host.
#[must_use]
pub fn file_name(url: &str) -> String {
    let Some(u) = split_url(url) else {
        return url.to_owned();
    };
    match u.path.rsplit('/').find(|s| !s.is_empty()) {
        Some(name) if name.contains('.') => name.to_owned(),
        _ => u.host().unwrap_or_else(|| url.to_owned()),
    }
}

/// Checks an address before anything is sent: https only, and an Entra metadata address
/// must name the app (`appid`).
pub fn check_url(url: &str) -> Result<Uri, FetchError> {
    let url = url.trim();
    let uri: Uri = url.parse().map_err(|e: ureq::http::uri::InvalidUri| {
        FetchError::NotAUrl(Msg::verbatim(e.to_string()))
    })?;
    match uri.scheme_str().map(str::to_ascii_lowercase).as_deref() {
        Some("https") => {}
        Some("http") => return Err(FetchError::Insecure),
        Some(other) => return Err(FetchError::Scheme(other.to_owned())),
        None => return Err(FetchError::NotAUrl(msg!("fetch-no-scheme"))),
    }
    if uri.host().is_none_or(str::is_empty) {
        return Err(FetchError::NotAUrl(msg!("fetch-no-host")));
    }
    let has_appid = uri.query().is_some_and(|q| {
        q.split('&')
            .any(|p| p.to_ascii_lowercase().starts_with("appid=") && p.len() > "appid=".len())
    });
    if is_entra_url(url) && !has_appid {
        return Err(FetchError::EntraWithoutAppId);
    }
    Ok(uri)
}

/// Fetches `url` (see the module docs); `now` is the moment it starts ("fetched at").
/// `cancel` stops it between two reads of the body.
pub fn fetch(
    url: &str,
    options: &FetchOptions,
    now: OffsetDateTime,
    cancel: &Cancel,
) -> Result<Fetched, FetchError> {
    let uri = check_url(url)?;
    let host = uri.host().unwrap_or_default().to_owned();
    let agent = agent(options, XML_ACCEPT)?;
    let response = agent
        .get(uri)
        .call()
        .map_err(|e| explain(e, &host, options))?;
    if cancel.is_cancelled() {
        return Err(FetchError::Cancelled);
    }
    let final_url = {
        use ureq::ResponseExt as _;
        response.get_uri().to_string()
    };
    let status = response.status();
    if !status.is_success() {
        return Err(status_error(status.as_u16(), &final_url));
    }
    let bytes = read_body(response, options, cancel, &host)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(FetchError::Empty);
    }
    if is_html(&bytes) {
        return Err(FetchError::Html);
    }
    Ok(Fetched {
        origin: Origin {
            url: url.trim().to_owned(),
            final_url,
            status: status.as_u16(),
            fetched_at: now,
        },
        bytes,
    })
}

/// What a metadata fetch accepts.
const XML_ACCEPT: &str = "application/samlmetadata+xml, application/xml, text/xml, */*;q=0.5";

/// Reads a response body in chunks, at most `options.max_bytes` (a larger Content-Length is
/// refused before reading); a [`Cancel`] stops it between
/// two chunks. `host` names the server in errors.
pub(crate) fn read_body(
    response: ureq::http::Response<ureq::Body>,
    options: &FetchOptions,
    cancel: &Cancel,
    host: &str,
) -> Result<Vec<u8>, FetchError> {
    let announced = response
        .headers()
        .get(ureq::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > options.max_bytes as u64) {
        return Err(FetchError::TooBig(options.max_bytes));
    }
    let mut reader = response.into_body().into_reader();
    let mut bytes = Vec::new();
    let mut chunk = vec![0; CHUNK];
    loop {
        if cancel.is_cancelled() {
            return Err(FetchError::Cancelled);
        }
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(explain(body_error(e), host, options)),
        };
        if bytes.len() + n > options.max_bytes {
            return Err(FetchError::TooBig(options.max_bytes));
        }
        bytes.extend_from_slice(&chunk[..n]);
    }
    Ok(bytes)
}

/// The one HTTPS agent of the program (trust, proxy, timeouts, https only) for `options`;
/// `accept` is the Accept header sent (metadata: XML; Microsoft Graph: JSON).
pub(crate) fn agent(options: &FetchOptions, accept: &str) -> Result<ureq::Agent, FetchError> {
    use ureq::tls::{Certificate, RootCerts, TlsConfig};
    let roots = match &options.trust {
        Trust::System => RootCerts::PlatformVerifier,
        Trust::Roots(ders) => RootCerts::new_with_certs(
            &ders
                .iter()
                .map(|d| Certificate::from_der(d).to_owned())
                .collect::<Vec<_>>(),
        ),
        Trust::Unusable(why) => return Err(FetchError::Roots(why.clone())),
    };
    let tls = TlsConfig::builder()
        .root_certs(roots)
        .unversioned_rustls_crypto_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .build();
    let proxy = if options.proxy_from_env {
        proxy_from(|name| std::env::var(name).ok())?.or_else(system_proxy)
    } else {
        None
    };
    let config = ureq::Agent::config_builder()
        .tls_config(tls)
        .proxy(proxy)
        .https_only(true)
        .http_status_as_error(false)
        .max_redirects(options.max_redirects)
        .max_redirects_will_error(true)
        .timeout_connect(Some(options.connect_timeout))
        .timeout_global(Some(options.total_timeout))
        .accept(accept)
        .user_agent(concat!("topdesk-sso/", env!("CARGO_PKG_VERSION")))
        .build();
    Ok(ureq::Agent::new_with_config(config))
}

/// The proxy the first set variable of [`PROXY_VARIABLES`] names (`var` reads one variable),
/// bypassed for the hosts `NO_PROXY` lists; `None` when no variable is set.
fn proxy_from(var: impl Fn(&str) -> Option<String>) -> Result<Option<ureq::Proxy>, FetchError> {
    let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
    let named = PROXY_VARIABLES
        .iter()
        .flat_map(|v| [(*v).to_owned(), v.to_ascii_lowercase()])
        .find_map(|name| set(&name).map(|value| (name, value)));
    let Some((name, value)) = named else {
        return Ok(None);
    };
    let proxy =
        ureq::Proxy::new(value.trim()).map_err(|_| FetchError::ProxyVariable(name.clone()))?;
    let protocol = proxy.protocol();
    if !matches!(
        protocol,
        ureq::ProxyProtocol::Http | ureq::ProxyProtocol::Https
    ) {
        return Err(FetchError::ProxySocks(name));
    }
    // Built again to carry the bypass list: ureq reads NO_PROXY only in its own
    // `Proxy::try_from_env`, which tries ALL_PROXY before HTTPS_PROXY.
    let mut builder = ureq::Proxy::builder(protocol)
        .host(proxy.host())
        .port(proxy.port());
    if let Some(user) = proxy.username() {
        builder = builder.username(user);
    }
    if let Some(password) = proxy.password() {
        builder = builder.password(password);
    }
    let bypass = set("NO_PROXY")
        .or_else(|| set("no_proxy"))
        .unwrap_or_default();
    for host in bypass.split(',').map(str::trim).filter(|h| !h.is_empty()) {
        builder = builder.no_proxy(host);
    }
    builder
        .build()
        .map(Some)
        .map_err(|_| FetchError::ProxyVariable(name))
}

/// The Windows system proxy (Internet Options), when no proxy variable is set.
fn system_proxy() -> Option<ureq::Proxy> {
    if cfg!(windows) {
        ureq::Proxy::try_from_env()
    } else {
        None
    }
}

/// Adds a finding when Entra metadata (a file naming an Entra tenant) was served, after any
/// redirects, by a host that is not one of Microsoft's sign-in hosts: whoever runs that server
/// could have made or changed the file.
pub fn judge_origin(origin: &Origin, report: &mut Report) {
    let entra = report.idp.as_ref().is_some_and(|idp| idp.kind.is_entra());
    let host = super::url::host(&origin.final_url).unwrap_or_default();
    if !entra || is_microsoft_login_host(&host) {
        return;
    }
    let mut finding = Finding::new(
        Code::IdpFetchedNotMicrosoft,
        msg!(
            "fetch-idp-not-microsoft",
            host,
            url = origin.final_url.as_str()
        ),
        msg!("fetch-idp-not-microsoft-fix"),
    );
    finding.about = About::Idp;
    report.add(finding);
}

/// A body that is an HTML page (a sign-in or error page), judged on the bytes, not the
/// Content-Type (some servers label XML as text/html).
fn is_html(bytes: &[u8]) -> bool {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = text
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    let head: Vec<u8> = text[start..]
        .iter()
        .take(15)
        .map(u8::to_ascii_lowercase)
        .collect();
    head.starts_with(b"<!doctype html") || head.starts_with(b"<html")
}

fn status_error(status: u16, final_url: &str) -> FetchError {
    if status == 404 && final_url.contains("/saml-metadata") {
        return FetchError::TopdeskNotHosted;
    }
    FetchError::Status(status)
}

/// "the server answered 403 (access refused: …)": what the status means and what to do.
fn status_text(status: u16) -> Msg {
    let what = match status {
        401 | 403 => msg!("fetch-status-refused"),
        404 | 410 => msg!("fetch-status-not-found"),
        429 => msg!("fetch-status-too-many"),
        500..=599 => msg!("fetch-status-server"),
        _ => msg!("fetch-status-other"),
    };
    msg!("fetch-status", status, what)
}

/// The body reader hands ureq's own errors (a timeout, say) back wrapped in an I/O error.
fn body_error(e: std::io::Error) -> ureq::Error {
    type Inner = dyn std::error::Error + Send + Sync;
    if !e.get_ref().is_some_and(Inner::is::<ureq::Error>) {
        return ureq::Error::Io(e);
    }
    match e.into_inner().map(Inner::downcast::<ureq::Error>) {
        Some(Ok(inner)) => *inner,
        _ => ureq::Error::ConnectionFailed,
    }
}

/// One line for what ureq (or rustls under it) said.
pub(crate) fn explain(error: ureq::Error, host: &str, options: &FetchOptions) -> FetchError {
    match error {
        ureq::Error::HostNotFound => FetchError::HostNotFound(host.to_owned()),
        ureq::Error::Timeout(which) => FetchError::Timeout(
            match which {
                ureq::Timeout::Connect | ureq::Timeout::Resolve => options.connect_timeout,
                _ => options.total_timeout,
            }
            .as_secs()
            .max(1),
        ),
        ureq::Error::RequireHttpsOnly(url) => FetchError::RedirectToHttp(url),
        ureq::Error::TooManyRedirects => FetchError::TooManyRedirects(options.max_redirects),
        ureq::Error::Rustls(e) => FetchError::Tls(tls_problem(&e)),
        ureq::Error::ConnectProxyFailed(why) => FetchError::Proxy(Msg::verbatim(why)),
        ureq::Error::InvalidProxyUrl => FetchError::Proxy(msg!("fetch-proxy-invalid")),
        ureq::Error::BadUri(why) => FetchError::NotAUrl(Msg::verbatim(why)),
        ureq::Error::Io(e) => {
            if let Some(tls) = e.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
                return FetchError::Tls(tls_problem(tls));
            }
            if is_lookup_failure(&e) {
                return FetchError::HostNotFound(host.to_owned());
            }
            match e.kind() {
                std::io::ErrorKind::TimedOut | std::io::ErrorKind::WouldBlock => {
                    FetchError::Timeout(options.total_timeout.as_secs().max(1))
                }
                std::io::ErrorKind::ConnectionRefused => {
                    FetchError::Unreachable(msg!("fetch-connection-refused"))
                }
                _ => FetchError::Unreachable(Msg::verbatim(e.to_string())),
            }
        }
        ureq::Error::ConnectionFailed => FetchError::Unreachable(msg!("fetch-no-connection")),
        other => FetchError::Other(Msg::verbatim(other.to_string())),
    }
}

/// The name lookup failed (no network, or no such host): std says so in its message on Unix
/// (`getaddrinfo` has no errno) and with `WSAHOST_NOT_FOUND` / `WSANO_DATA` on Windows.
fn is_lookup_failure(e: &std::io::Error) -> bool {
    matches!(e.raw_os_error(), Some(11001 | 11004) if cfg!(windows))
        || e.to_string().contains("failed to lookup address")
}

/// The certificate problem in words.
fn tls_problem(error: &rustls::Error) -> Msg {
    use rustls::CertificateError as C;
    match error {
        rustls::Error::InvalidCertificate(c) => match c {
            C::UnknownIssuer => msg!("fetch-tls-unknown-issuer"),
            C::NotValidForName | C::NotValidForNameContext { .. } => msg!("fetch-tls-wrong-host"),
            C::Expired | C::ExpiredContext { .. } => msg!("fetch-tls-expired"),
            C::NotValidYet | C::NotValidYetContext { .. } => msg!("fetch-tls-not-yet-valid"),
            C::Revoked => msg!("fetch-tls-revoked"),
            C::BadSignature | C::BadEncoding => msg!("fetch-tls-damaged"),
            other => msg!("fetch-tls-refused", why = format!("{other:?}")),
        },
        other => Msg::verbatim(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_checked_before_anything_is_sent() {
        assert!(check_url("https://acme.topdesk.net/saml-metadata/1").is_ok());
        assert_eq!(
            check_url("http://acme.topdesk.net/saml-metadata/1").unwrap_err(),
            FetchError::Insecure
        );
        assert!(matches!(
            check_url("ftp://x/y").unwrap_err(),
            FetchError::Scheme(s) if s == "ftp"
        ));
        assert!(matches!(
            check_url("acme.topdesk.net").unwrap_err(),
            FetchError::NotAUrl(_)
        ));
        let tenant = "https://login.microsoftonline.com/0f2a/federationmetadata/2007-06/federationmetadata.xml";
        assert_eq!(
            check_url(tenant).unwrap_err(),
            FetchError::EntraWithoutAppId
        );
        assert_eq!(
            check_url(&format!("{tenant}?appid=")).unwrap_err(),
            FetchError::EntraWithoutAppId
        );
        assert!(check_url(&format!("{tenant}?appid=1b2c")).is_ok());
        assert!(check_url(&format!("{tenant}?x=1&AppId=1b2c")).is_ok());
        assert!(is_entra_url(tenant));
        assert!(!is_entra_url("https://acme.topdesk.net/saml-metadata/1"));
    }

    /// The proxy from a made-up environment (the process's own is not touched).
    fn proxy(vars: &[(&str, &str)]) -> Result<Option<ureq::Proxy>, FetchError> {
        proxy_from(|name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn the_proxy_variables_are_tried_in_the_documented_order() {
        let port = |vars: &[(&str, &str)]| proxy(vars).unwrap().map(|p| p.port());
        assert_eq!(port(&[]), None);
        assert_eq!(port(&[("HTTPS_PROXY", " ")]), None, "empty is unset");
        let all = [
            ("http_proxy", "http://h:6"),
            ("HTTP_PROXY", "http://h:5"),
            ("all_proxy", "http://h:4"),
            ("ALL_PROXY", "http://h:3"),
            ("https_proxy", "http://h:2"),
            ("HTTPS_PROXY", "http://h:1"),
        ];
        for first in 0..all.len() {
            assert_eq!(
                port(&all[..all.len() - first]),
                Some(u16::try_from(first).unwrap() + 1)
            );
        }
        let with_login = proxy(&[("HTTPS_PROXY", "https://us%40er:p%3Ass@proxy.corp:8443")])
            .unwrap()
            .unwrap();
        assert_eq!(
            (
                with_login.protocol(),
                with_login.host(),
                with_login.username(),
                with_login.password()
            ),
            (
                ureq::ProxyProtocol::Https,
                "proxy.corp",
                Some("us@er"),
                Some("p:ss")
            )
        );
    }

    #[test]
    fn no_proxy_is_read_with_the_chosen_proxy() {
        let bypasses = |no_proxy: &str, host: &str| {
            let p = proxy(&[("ALL_PROXY", "proxy:3128"), ("no_proxy", no_proxy)])
                .unwrap()
                .unwrap();
            p.is_no_proxy(&format!("https://{host}/x").parse().unwrap())
        };
        assert!(bypasses("localhost, .corp.example", "localhost"));
        assert!(bypasses("localhost, .corp.example", "idp.corp.example"));
        assert!(!bypasses(
            "localhost, .corp.example",
            "login.microsoftonline.com"
        ));
        assert!(!bypasses("", "localhost"));
    }

    #[test]
    fn a_proxy_variable_that_cannot_be_used_is_named() {
        assert_eq!(
            proxy(&[("HTTPS_PROXY", "http://[oops"), ("ALL_PROXY", "http://h:3")]).unwrap_err(),
            FetchError::ProxyVariable("HTTPS_PROXY".into())
        );
        assert_eq!(
            proxy(&[("all_proxy", "socks5://h:1080")]).unwrap_err(),
            FetchError::ProxySocks("all_proxy".into())
        );
        assert_eq!(
            proxy(&[("HTTP_PROXY", "ftp://h:21")]).unwrap_err(),
            FetchError::ProxyVariable("HTTP_PROXY".into())
        );
    }

    #[test]
    fn pasted_text_is_an_address_only_when_it_is_one() {
        assert_eq!(as_url("  https://a.b/c \n"), Some("https://a.b/c"));
        assert_eq!(as_url("HTTP://a.b/c"), Some("HTTP://a.b/c"));
        assert_eq!(as_url("<EntityDescriptor/>"), None);
        assert_eq!(as_url("https://a.b/c and more"), None);
        assert_eq!(as_url("htt"), None);
    }

    #[test]
    fn html_is_told_from_xml() {
        assert!(is_html(b"\xEF\xBB\xBF  <!DOCTYPE html><html>"));
        assert!(is_html(b"<HTML><body>Sign in</body></HTML>"));
        assert!(!is_html(b"<?xml version=\"1.0\"?><EntityDescriptor/>"));
        assert!(!is_html(b"<EntityDescriptor/>"));
    }

    #[test]
    fn a_404_from_topdesk_says_what_to_tick() {
        assert_eq!(
            status_error(404, "https://acme.topdesk.net/saml-metadata/1"),
            FetchError::TopdeskNotHosted
        );
        assert!(
            status_error(404, "https://example.com/x")
                .to_string()
                .contains("404")
        );
        assert!(status_error(503, "https://e/x").to_string().contains("503"));
    }

    #[test]
    fn ssl_cert_file_and_dir_replace_the_system_store() {
        assert_eq!(Trust::from_locations(None, None), Trust::System);
        let dir = tempfile::tempdir().unwrap();
        let pair = crate::core::keygen::generate(&crate::core::keygen::CertParams {
            common_name: "Proxy Root".into(),
            algorithm: crate::core::keygen::KeyAlgorithm::EcP256,
            hash: crate::core::keygen::SignatureHash::Sha256,
            not_before: OffsetDateTime::UNIX_EPOCH,
            not_after: OffsetDateTime::UNIX_EPOCH + time::Duration::days(20_000),
            dns_names: Vec::new(),
        })
        .unwrap();
        let pem = crate::core::keygen::to_pem("CERTIFICATE", &pair.certificate_der);
        let file = dir.path().join("roots.pem");
        std::fs::write(&file, format!("{pem}{pem}")).unwrap();
        std::fs::write(dir.path().join("notes.txt"), "not a certificate").unwrap();
        assert_eq!(
            Trust::from_locations(Some(&file), None),
            Trust::Roots(vec![pair.certificate_der.clone(); 2])
        );
        let Trust::Roots(from_dir) = Trust::from_locations(None, Some(dir.path().as_os_str()))
        else {
            panic!("roots expected");
        };
        assert_eq!(from_dir.len(), 2);
    }
}
