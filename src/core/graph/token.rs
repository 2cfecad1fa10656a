//! The access token, and the two ways to get one: a bearer token from an environment variable
//! (`az account get-access-token --resource-type ms-graph`), or the OAuth 2.0 device-code flow
//! with the admin's own public client id.

use std::time::Duration;

use base64::Engine as _;
use zeroize::Zeroizing;

use super::client::Http;
use super::{
    DEVICE_CODE_MAX_WAIT, Endpoints, GraphError, MAX_POLL_INTERVAL, MIN_POLL_INTERVAL,
    SLOW_DOWN_STEP,
};

/// A bearer token for Graph. Never shown: `Debug` is redacted and there is no `Display`; it is
/// not serialisable; the memory is wiped on drop.
pub struct Token(Zeroizing<String>);

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(redacted)")
    }
}

impl Token {
    /// A token given as text (trimmed; a leading `Bearer ` is dropped). `None` when empty.
    #[must_use]
    pub fn new(text: &str) -> Option<Self> {
        let t = text.trim();
        let t = t.strip_prefix("Bearer ").unwrap_or(t).trim();
        (!t.is_empty()).then(|| Self(Zeroizing::new(t.to_owned())))
    }

    /// The token in environment variable `var`.
    pub fn from_env(var: &str) -> Result<Self, GraphError> {
        std::env::var(var)
            .ok()
            .and_then(|v| Self::new(&v))
            .ok_or_else(|| GraphError::TokenEnv(var.to_owned()))
    }

    /// The header value; only the HTTP layer calls it.
    pub(super) fn header(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("Bearer {}", self.0.as_str()))
    }

    /// `text` with every occurrence of the token replaced by `…` (text a server sent back).
    #[must_use]
    pub fn scrub(&self, text: &str) -> String {
        text.replace(self.0.as_str(), "…")
    }

    /// The tenant the token was issued by (the JWT's `tid` claim), when it is a JWT. The
    /// signature is not checked: this only picks the tenant to read from; Graph checks the token.
    #[must_use]
    pub fn tenant(&self) -> Option<String> {
        let payload = self.0.split('.').nth(1)?;
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload.trim_end_matches('='))
            .ok()?;
        let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
        claims["tid"].as_str().map(str::to_owned)
    }
}

/// What the admin must do to sign in with a device code: open `verification_uri`, type
/// `user_code`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceCode {
    pub user_code: String,
    pub verification_uri: String,
    /// The sign-in service's own sentence (English).
    pub message: String,
}

#[derive(serde::Deserialize)]
struct DeviceCodeAnswer {
    device_code: String,
    user_code: String,
    verification_uri: String,
    #[serde(default)]
    message: String,
    expires_in: Option<u64>,
    interval: Option<u64>,
}

#[derive(serde::Deserialize)]
struct TokenAnswer {
    access_token: Option<String>,
    error: Option<String>,
    #[serde(default)]
    error_description: String,
}

fn form(pairs: &[(&str, &str)]) -> Zeroizing<String> {
    use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
    Zeroizing::new(
        pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", utf8_percent_encode(v, NON_ALPHANUMERIC)))
            .collect::<Vec<_>>()
            .join("&"),
    )
}

/// The device-code flow (RFC 8628; Microsoft identity platform v2.0): asks for a code, hands it
/// to `show` (the CLI prints it on stderr), then polls until the admin signed in, honouring
/// `authorization_pending`, `slow_down` and `expired_token`, for at most
/// [`DEVICE_CODE_MAX_WAIT`]. `scope` is space-separated.
pub fn device_code(
    http: &Http,
    endpoints: &Endpoints,
    tenant: &str,
    client_id: &str,
    scope: &str,
    show: &mut dyn FnMut(&DeviceCode),
) -> Result<Token, GraphError> {
    let base = format!("{}/{tenant}/oauth2/v2.0", endpoints.login);
    let (_, body) = http.form(
        &format!("{base}/devicecode"),
        &form(&[("client_id", client_id), ("scope", scope)]),
    )?;
    let what = "POST /oauth2/v2.0/devicecode";
    let answer: DeviceCodeAnswer = match serde_json::from_slice(&body) {
        Ok(a) => a,
        Err(_) => return Err(sign_in_error(what, &body)),
    };
    let device = Zeroizing::new(answer.device_code);
    show(&DeviceCode {
        user_code: answer.user_code,
        verification_uri: answer.verification_uri,
        message: answer.message,
    });
    let limit = Duration::from_secs(answer.expires_in.unwrap_or(900)).min(DEVICE_CODE_MAX_WAIT);
    let mut interval = Duration::from_secs(answer.interval.unwrap_or(5))
        .clamp(MIN_POLL_INTERVAL, MAX_POLL_INTERVAL);
    let mut waited = Duration::ZERO;
    let grant = "urn:ietf:params:oauth:grant-type:device_code";
    loop {
        if waited + interval > limit {
            return Err(GraphError::DeviceCodeExpired);
        }
        http.wait(interval)?;
        waited += interval;
        let (_, body) = http.form(
            &format!("{base}/token"),
            &form(&[
                ("grant_type", grant),
                ("client_id", client_id),
                ("device_code", device.as_str()),
            ]),
        )?;
        let answer: TokenAnswer = serde_json::from_slice(&body)
            .map_err(|_| sign_in_error("POST /oauth2/v2.0/token", &body))?;
        if let Some(token) = answer.access_token.as_deref().and_then(Token::new) {
            return Ok(token);
        }
        match answer.error.as_deref() {
            Some("authorization_pending") => {}
            Some("slow_down") => interval = (interval + SLOW_DOWN_STEP).min(MAX_POLL_INTERVAL),
            Some("expired_token") => return Err(GraphError::DeviceCodeExpired),
            error => {
                return Err(GraphError::SignIn {
                    error: error.unwrap_or("unknown").to_owned(),
                    description: first_line(&answer.error_description),
                });
            }
        }
    }
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().trim().to_owned()
}

/// A sign-in answer that is not the expected JSON: its `error` when it has one.
fn sign_in_error(what: &str, body: &[u8]) -> GraphError {
    match serde_json::from_slice::<TokenAnswer>(body) {
        Ok(TokenAnswer {
            error: Some(error),
            error_description,
            ..
        }) => GraphError::SignIn {
            error,
            description: first_line(&error_description),
        },
        _ => GraphError::BadAnswer(what.to_owned(), "not JSON".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_never_shows() {
        let token = Token::new("  Bearer eyJhbGciOi.eyJ0aWQiOiJ0In0.sig \n").unwrap();
        assert_eq!(format!("{token:?}"), "Token(redacted)");
        assert_eq!(
            token.header().as_str(),
            "Bearer eyJhbGciOi.eyJ0aWQiOiJ0In0.sig"
        );
        assert_eq!(token.scrub("x eyJhbGciOi.eyJ0aWQiOiJ0In0.sig y"), "x … y");
        assert_eq!(token.tenant().as_deref(), Some("t"));
        assert!(Token::new(" ").is_none());
        assert!(Token::new("opaque").unwrap().tenant().is_none());
    }
}
