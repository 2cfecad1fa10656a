//! Sign-in in the system browser for the window: OAuth 2.0 authorization code with PKCE (S256,
//! RFC 7636) and a loopback redirect (RFC 8252) on `http://127.0.0.1:<random port>`.
//!
//! The listener is bounded: it answers one redirect (stray requests such as `/favicon.ico` get a
//! 404 and count towards [`MAX_LOOPBACK_CONNECTIONS`]), reads at most
//! [`MAX_LOOPBACK_REQUEST_BYTES`] of a request within [`LOOPBACK_READ_TIMEOUT`], waits at most
//! the time given (the window uses [`BROWSER_SIGN_IN_MAX_WAIT`]) and stops on cancel. The
//! `state` sent is checked; a redirect with another one is refused. Opening the browser is the
//! caller's (platform UI): it gets the sign-in address.

use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use base64::Engine as _;
use sha2::{Digest as _, Sha256};
use zeroize::Zeroizing;

use super::client::Http;
use super::token::{form, token_answer};
use super::{Endpoints, GraphError, Token};
use crate::msg;

/// The admin has this long to sign in in the browser.
pub const BROWSER_SIGN_IN_MAX_WAIT: Duration = Duration::from_mins(5);
/// Request line and headers of one request to the loopback redirect, at most.
pub const MAX_LOOPBACK_REQUEST_BYTES: usize = 16 * 1024;
/// Time to read one request to the loopback redirect, at most.
pub const LOOPBACK_READ_TIMEOUT: Duration = Duration::from_secs(5);
/// Connections to the loopback redirect answered, at most (the redirect, a favicon, a
/// browser's speculative connections).
pub const MAX_LOOPBACK_CONNECTIONS: usize = 16;
/// How often the listener looks for a connection or a cancel.
const POLL: Duration = Duration::from_millis(50);

fn random_b64(bytes: usize) -> Result<String, GraphError> {
    let mut b = vec![0u8; bytes];
    getrandom::fill(&mut b)
        .map_err(|e| GraphError::BadAnswer("getrandom".to_owned(), e.to_string()))?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b))
}

/// The PKCE challenge of `verifier` (S256).
#[must_use]
pub fn challenge(verifier: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// What the browser brought back to the redirect.
enum Redirect {
    Code(Zeroizing<String>),
    /// The sign-in service's `error` and `error_description`.
    Refused(String, String),
    /// Not the redirect (a favicon, say).
    Other,
}

/// Signs in in the browser: listens on 127.0.0.1, hands the sign-in address to `open`, waits
/// for the redirect (at most `max_wait`; cancellable through `http.cancel`), checks `state`,
/// and exchanges the code with the verifier for a token.
pub fn sign_in(
    http: &Http,
    endpoints: &Endpoints,
    tenant: &str,
    client_id: &str,
    scope: &str,
    max_wait: Duration,
    open: &mut dyn FnMut(&str),
) -> Result<Token, GraphError> {
    let listener = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.set_nonblocking(true).map(|()| l))
        .map_err(|e| GraphError::Loopback(e.to_string()))?;
    let port = listener
        .local_addr()
        .map_err(|e| GraphError::Loopback(e.to_string()))?
        .port();
    let redirect_uri = format!("http://127.0.0.1:{port}");
    let state = random_b64(16)?;
    let verifier = Zeroizing::new(random_b64(32)?);
    let base = format!("{}/{tenant}/oauth2/v2.0", endpoints.login);
    let query = form(&[
        ("client_id", client_id),
        ("response_type", "code"),
        ("redirect_uri", &redirect_uri),
        ("response_mode", "query"),
        ("scope", scope),
        ("state", &state),
        ("code_challenge", &challenge(&verifier)),
        ("code_challenge_method", "S256"),
        ("prompt", "select_account"),
    ]);
    open(&format!("{base}/authorize?{}", query.as_str()));
    let code = wait_for_code(&listener, &state, max_wait, &http.cancel)?;
    drop(listener);
    let (_, body) = http.form(
        &format!("{base}/token"),
        &form(&[
            ("grant_type", "authorization_code"),
            ("client_id", client_id),
            ("code", code.as_str()),
            ("redirect_uri", &redirect_uri),
            ("code_verifier", verifier.as_str()),
            ("scope", scope),
        ]),
    )?;
    token_answer("POST /oauth2/v2.0/token", &body)
}

/// Accepts connections until the redirect comes (or time runs out, or cancel).
fn wait_for_code(
    listener: &TcpListener,
    state: &str,
    max_wait: Duration,
    cancel: &crate::core::fetch::Cancel,
) -> Result<Zeroizing<String>, GraphError> {
    let start = Instant::now();
    let mut answered = 0;
    loop {
        if cancel.is_cancelled() {
            return Err(GraphError::Cancelled);
        }
        if start.elapsed() >= max_wait {
            return Err(GraphError::SignInTimeout(max_wait.as_secs()));
        }
        let stream = match listener.accept() {
            Ok((stream, _)) => stream,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(POLL);
                continue;
            }
            Err(e) => return Err(GraphError::Loopback(e.to_string())),
        };
        answered += 1;
        match answer(stream, state) {
            Ok(Redirect::Code(code)) => return Ok(code),
            Ok(Redirect::Refused(error, description)) => {
                return Err(GraphError::SignIn { error, description });
            }
            Ok(Redirect::Other) if answered < MAX_LOOPBACK_CONNECTIONS => {}
            Ok(Redirect::Other) => {
                return Err(GraphError::Loopback(format!(
                    "more than {MAX_LOOPBACK_CONNECTIONS} requests"
                )));
            }
            Err(e) => return Err(e),
        }
    }
}

/// Reads one request (bounded), answers it, and says what it brought.
fn answer(mut stream: TcpStream, state: &str) -> Result<Redirect, GraphError> {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(LOOPBACK_READ_TIMEOUT));
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    let deadline = Instant::now() + LOOPBACK_READ_TIMEOUT;
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
        if head.len() > MAX_LOOPBACK_REQUEST_BYTES || Instant::now() > deadline {
            reply(&mut stream, "431 Request Header Fields Too Large", "");
            return Ok(Redirect::Other);
        }
    }
    let line = String::from_utf8_lossy(&head);
    let target = line
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("GET "))
        .and_then(|l| l.split(' ').next())
        .unwrap_or_default();
    let Some(query) = target.strip_prefix("/?") else {
        reply(&mut stream, "404 Not Found", "");
        return Ok(Redirect::Other);
    };
    let field = |name: &str| {
        query
            .split('&')
            .find_map(|p| p.strip_prefix(&format!("{name}=")))
            .map(|v| {
                percent_encoding::percent_decode_str(&v.replace('+', " "))
                    .decode_utf8_lossy()
                    .into_owned()
            })
    };
    let page = |title: crate::core::i18n::Msg| {
        format!(
            "<!doctype html><meta charset=\"utf-8\"><title>TOPdesk SSO Assistant</title><p>{}</p>",
            title
                .to_string()
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
        )
    };
    if field("code").is_none() && field("error").is_none() {
        reply(&mut stream, "404 Not Found", "");
        return Ok(Redirect::Other);
    }
    if field("state").as_deref() != Some(state) {
        reply(
            &mut stream,
            "400 Bad Request",
            &page(msg!("graph-browser-page-refused")),
        );
        return Err(GraphError::SignInState);
    }
    if let Some(error) = field("error") {
        let description = field("error_description").unwrap_or_default();
        reply(
            &mut stream,
            "200 OK",
            &page(msg!("graph-browser-page-failed")),
        );
        let description = description.lines().next().unwrap_or_default().to_owned();
        return Ok(Redirect::Refused(error, description));
    }
    let code = Zeroizing::new(field("code").unwrap_or_default());
    reply(
        &mut stream,
        "200 OK",
        &page(msg!("graph-browser-page-done")),
    );
    Ok(Redirect::Code(code))
}

fn reply(stream: &mut TcpStream, status: &str, html: &str) {
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n{html}",
        html.len()
    );
    let _ = stream.flush();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_challenge_is_rfc_7636s() {
        // RFC 7636, appendix B (openssl dgst -sha256 -binary | base64url agrees).
        assert_eq!(
            challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }
}
