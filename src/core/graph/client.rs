//! The HTTP layer for Graph and the sign-in service: [`Http`] (one bounded request, 429/503
//! retries, errors typed) and [`Client`] (Graph v1.0 with the token; paging).

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use serde_json::Value;

use super::{
    Endpoints, GraphError, MAX_PAGES, MAX_RESPONSE_BYTES, MAX_RETRIES, MAX_RETRY_AFTER,
    READ_PERMISSION, REQUEST_TIMEOUT, Token, WRITE_PERMISSION,
};
use crate::core::fetch::{self, Cancel, FetchOptions};

/// How the client waits (`Retry-After`, polling, replication); tests put a recorder here.
pub type Sleep = Arc<dyn Fn(Duration) + Send + Sync>;

/// One wait is cut in steps this long, so a [`Cancel`] is noticed.
const WAIT_STEP: Duration = Duration::from_millis(100);

/// The bounded HTTPS requests of a Graph session.
pub struct Http {
    agent: ureq::Agent,
    options: FetchOptions,
    pub cancel: Cancel,
    sleep: Sleep,
}

/// An answer: status and body (already capped).
pub type Answer = (u16, Vec<u8>);

impl Http {
    /// `options` gives trust and proxy; the time limit is [`REQUEST_TIMEOUT`] and the size cap
    /// [`MAX_RESPONSE_BYTES`]; no redirects are followed.
    pub fn new(options: &FetchOptions, cancel: Cancel) -> Result<Self, GraphError> {
        let options = FetchOptions {
            total_timeout: REQUEST_TIMEOUT,
            max_bytes: MAX_RESPONSE_BYTES,
            max_redirects: 0,
            ..options.clone()
        };
        let agent = fetch::agent(&options, "application/json")
            .map_err(|e| GraphError::Network("https".to_owned(), e))?;
        Ok(Self {
            agent,
            options,
            cancel,
            sleep: Arc::new(std::thread::sleep),
        })
    }

    /// Waits with `sleep` instead of the real clock (tests).
    #[must_use]
    pub fn with_sleep(mut self, sleep: Sleep) -> Self {
        self.sleep = sleep;
        self
    }

    /// Waits `time`, in steps, stopping early on cancel.
    pub fn wait(&self, time: Duration) -> Result<(), GraphError> {
        let mut left = time;
        while !left.is_zero() {
            if self.cancel.is_cancelled() {
                return Err(GraphError::Cancelled);
            }
            let step = left.min(WAIT_STEP);
            (self.sleep)(step);
            left -= step;
        }
        if self.cancel.is_cancelled() {
            return Err(GraphError::Cancelled);
        }
        Ok(())
    }

    /// A form POST to the sign-in service (no token).
    pub(super) fn form(&self, url: &str, body: &str) -> Result<Answer, GraphError> {
        let what = format!("POST {}", path_of(url));
        self.send(
            "POST",
            url,
            &what,
            None,
            Some(("application/x-www-form-urlencoded", body.as_bytes())),
        )
    }

    /// One request, repeated after a 429/503 with a `Retry-After` of at most
    /// [`MAX_RETRY_AFTER`], [`MAX_RETRIES`] times. `what` names it in errors.
    fn send(
        &self,
        method: &str,
        url: &str,
        what: &str,
        auth: Option<&Token>,
        body: Option<(&str, &[u8])>,
    ) -> Result<Answer, GraphError> {
        let uri = fetch::check_url(url).map_err(|e| GraphError::Network(what.to_owned(), e))?;
        let host = uri.host().unwrap_or_default().to_owned();
        let network = |e| GraphError::Network(what.to_owned(), e);
        for attempt in 0..=MAX_RETRIES {
            if self.cancel.is_cancelled() {
                return Err(GraphError::Cancelled);
            }
            let mut request = ureq::http::Request::builder()
                .method(method)
                .uri(uri.clone());
            if let Some(token) = auth {
                request = request.header("Authorization", token.header().as_str());
            }
            let sent = match body {
                Some((kind, bytes)) => request
                    .header("Content-Type", kind)
                    .body(bytes.to_vec())
                    .map(|r| self.agent.run(r)),
                None => request.body(()).map(|r| self.agent.run(r)),
            };
            let response = sent
                .map_err(|e| GraphError::BadAnswer(what.to_owned(), e.to_string()))?
                .map_err(|e| network(fetch::explain(e, &host, &self.options)))?;
            let status = response.status().as_u16();
            let retry_after = response
                .headers()
                .get("Retry-After")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok());
            let bytes =
                fetch::read_body(response, &self.options, &self.cancel, &host).map_err(network)?;
            if matches!(status, 429 | 503) {
                let seconds = retry_after.unwrap_or(1);
                if attempt == MAX_RETRIES || Duration::from_secs(seconds) > MAX_RETRY_AFTER {
                    return Err(GraphError::Throttled(what.to_owned(), seconds));
                }
                self.wait(Duration::from_secs(seconds))?;
                continue;
            }
            return Ok((status, bytes));
        }
        unreachable!("the loop returns on its last attempt")
    }
}

/// The path of an address (no scheme, host or query), for messages.
fn path_of(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    path.split('?').next().unwrap_or(path).to_owned()
}

/// Graph v1.0 with a token.
pub struct Client {
    pub http: Http,
    pub endpoints: Endpoints,
    token: Token,
    requests: AtomicU32,
}

impl Client {
    #[must_use]
    pub fn new(http: Http, endpoints: Endpoints, token: Token) -> Self {
        Self {
            http,
            endpoints,
            token,
            requests: AtomicU32::new(0),
        }
    }

    /// Graph requests sent so far (retries included).
    #[must_use]
    pub fn requests(&self) -> u32 {
        self.requests.load(Ordering::Relaxed)
    }

    /// `GET <graph>/v1.0<path>`.
    pub fn get(&self, path: &str) -> Result<Value, GraphError> {
        self.call("GET", &self.endpoints.graph_url(path), None)
    }

    /// `PATCH` or `POST` of a JSON body; the answer (`null` for 204).
    pub fn write(&self, method: &str, path: &str, body: &Value) -> Result<Value, GraphError> {
        self.call(method, &self.endpoints.graph_url(path), Some(body))
    }

    /// Every item of a listing, following `@odata.nextLink` (on Graph's own origin only) for at
    /// most `max_pages` pages ([`MAX_PAGES`] at most); `true` when more pages were left unread.
    pub fn list(&self, path: &str, max_pages: usize) -> Result<(Vec<Value>, bool), GraphError> {
        let mut url = self.endpoints.graph_url(path);
        let mut items = Vec::new();
        for _ in 0..max_pages.min(MAX_PAGES) {
            let mut page = self.call("GET", &url, None)?;
            if let Some(Value::Array(v)) = page.get_mut("value").map(Value::take) {
                items.extend(v);
            }
            match page["@odata.nextLink"].as_str() {
                None => return Ok((items, false)),
                Some(next) if next.starts_with(&format!("{}/", self.endpoints.graph)) => {
                    next.clone_into(&mut url);
                }
                Some(next) => return Err(GraphError::ForeignLink(self.token.scrub(next))),
            }
        }
        Ok((items, true))
    }

    fn call(&self, method: &str, url: &str, body: Option<&Value>) -> Result<Value, GraphError> {
        let what = format!("{method} {}", path_of(url).trim_start_matches("/v1.0"));
        let json = body.map(Value::to_string);
        let sent = json.as_deref().map(|j| ("application/json", j.as_bytes()));
        self.requests.fetch_add(1, Ordering::Relaxed);
        let (status, bytes) = self
            .http
            .send(method, url, &what, Some(&self.token), sent)?;
        if (200..300).contains(&status) {
            if bytes.iter().all(u8::is_ascii_whitespace) {
                return Ok(Value::Null);
            }
            return serde_json::from_slice(&bytes)
                .map_err(|e| GraphError::BadAnswer(what, e.to_string()));
        }
        let error: Value = serde_json::from_slice(&bytes).unwrap_or_default();
        let text = |key: &str| self.token.scrub(error["error"][key].as_str().unwrap_or(""));
        let (code, message) = (text("code"), text("message"));
        if matches!(status, 401 | 403) {
            let permission = if method == "GET" {
                READ_PERMISSION
            } else {
                WRITE_PERMISSION
            };
            return Err(GraphError::Refused {
                what,
                status,
                code,
                message,
                permission,
            });
        }
        Err(GraphError::Status {
            what,
            status,
            code,
            message,
        })
    }
}

/// `text` as one query value (`$filter=…`), every reserved character escaped.
#[must_use]
pub fn query_value(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// `text` as an `OData` string literal's content (a quote doubled).
#[must_use]
pub fn odata_string(text: &str) -> String {
    text.replace('\'', "''")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_for_messages() {
        assert_eq!(
            path_of("https://graph.microsoft.com/v1.0/servicePrincipals?$filter=x"),
            "/v1.0/servicePrincipals"
        );
        assert_eq!(path_of("https://h"), "/");
        assert_eq!(odata_string("it's"), "it''s");
        assert_eq!(query_value("a b'"), "a%20b%27");
    }
}
