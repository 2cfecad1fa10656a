//! The window's sign-in and engine against the local stand-in (tests/common/graph.rs): the
//! browser sign-in (authorization code + PKCE, loopback redirect on 127.0.0.1) with the test
//! playing the browser, its refusals (another state, consent denied), its time limit and
//! cancel, and the one engine (`core::graph::session`) checking, planning, applying and reading
//! back as the command line does.

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::graph::{
    CLIENT_ID, IDENTIFIER, OLD_IDENTIFIER, Play, REPLY, SECRET, Standin, TENANT, Tenant, browse,
    good_app, http_get, signing_keys,
};
use serde_json::json;
use topdesk_sso::core::check::{self, CheckInput, Report};
use topdesk_sso::core::fetch::{Cancel, FetchOptions, Trust};
use topdesk_sso::core::graph::browser::{self, MAX_LOOPBACK_REQUEST_BYTES};
use topdesk_sso::core::graph::client::Http;
use topdesk_sso::core::graph::session::Session;
use topdesk_sso::core::graph::{Client, Cloud, Endpoints, GraphError, Status, Token, token};

fn tenant() -> Tenant {
    let report = report();
    let signer = report.idp.as_ref().unwrap().certificates[0]
        .info
        .sha1_thumbprint
        .clone();
    let (sp, app) = good_app(&signer);
    Tenant {
        sps: vec![sp],
        apps: vec![app],
        assignments: 3,
        page_size: 100,
        ..Tenant::default()
    }
}

/// TOPdesk's side: the real Entra fixture and TOPdesk Secure SP metadata.
fn report() -> Report {
    let idp = common::read(common::ENTRA_SINGLE);
    let sp = common::Sp::secure().xml();
    check::check(&CheckInput {
        idp: Some(&idp),
        sp: Some(sp.as_bytes()),
        ..CheckInput::new(common::NOW_SINGLE_VALID)
    })
    .unwrap()
}

fn http(s: &Standin, cancel: Cancel) -> Http {
    let options = FetchOptions {
        trust: Trust::Roots(vec![s.server.root.clone()]),
        proxy_from_env: false,
        ..FetchOptions::default()
    };
    Http::new(&options, cancel).unwrap()
}

fn endpoints(s: &Standin) -> Endpoints {
    Endpoints::new(Cloud::Global, Some(&s.url()), Some(&s.url())).unwrap()
}

/// Signs in with the test playing the browser as `play` says; the page the browser got.
fn sign_in(
    s: &Standin,
    play: Play,
    max_wait: Duration,
    cancel: Cancel,
) -> (Result<Token, GraphError>, Option<(u16, String)>) {
    let page = Arc::new(Mutex::new(None));
    let (state, got) = (Arc::clone(&s.state), Arc::clone(&page));
    let mut browser = None;
    let scope = token::scope(&endpoints(s), false);
    let result = browser::sign_in(
        &http(s, cancel),
        &endpoints(s),
        TENANT,
        CLIENT_ID,
        &scope,
        max_wait,
        &mut |url| {
            let (state, got, url) = (Arc::clone(&state), Arc::clone(&got), url.to_owned());
            browser = Some(std::thread::spawn(move || {
                *got.lock().unwrap() = browse(&state, &url, play);
            }));
        },
    );
    browser.unwrap().join().unwrap();
    let page = page.lock().unwrap().clone();
    (result, page)
}

#[test]
fn browser_sign_in_with_pkce_on_a_loopback_redirect() {
    let s = Standin::start(tenant());
    let (token, page) = sign_in(&s, Play::SignIn, Duration::from_secs(10), Cancel::default());
    let token = token.unwrap();
    let (status, body) = page.unwrap();
    assert_eq!(status, 200);
    assert!(body.contains("You can close this tab"), "{body}");
    let asked = s.state.lock().unwrap().authorized.clone().unwrap();
    assert_eq!(asked.method, "S256");
    assert_eq!(asked.client_id, CLIENT_ID);
    assert_eq!(asked.challenge.len(), 43, "base64url of SHA-256");
    assert!(asked.state.len() >= 22, "128 random bits: {}", asked.state);
    let port = asked
        .redirect_uri
        .strip_prefix("http://127.0.0.1:")
        .unwrap();
    assert!(port.parse::<u16>().unwrap() > 0);
    assert!(
        asked.scope.ends_with("/Application.Read.All"),
        "{}",
        asked.scope
    );
    // The token works (the stand-in accepts only its own), and never shows.
    assert_eq!(token.tenant().as_deref(), Some(TENANT));
    assert!(!format!("{token:?}").contains(SECRET));
    // The exchange carried the code and the verifier (the stand-in checked S256 of it).
    let exchange = s.log().into_iter().find(|l| l.path.ends_with("/token"));
    assert!(exchange.is_some());
    // A second visit to the redirect finds nobody listening.
    assert!(std::net::TcpStream::connect(format!("127.0.0.1:{port}")).is_err());
}

#[test]
fn another_state_is_refused_and_a_refusal_is_said() {
    let s = Standin::start(tenant());
    let (result, page) = sign_in(
        &s,
        Play::WrongState,
        Duration::from_secs(10),
        Cancel::default(),
    );
    assert_eq!(result.unwrap_err(), GraphError::SignInState);
    let (status, body) = page.unwrap();
    assert_eq!(status, 400);
    assert!(body.contains("refused"), "{body}");
    assert!(
        !s.log().iter().any(|l| l.path.ends_with("/token")),
        "no code is exchanged after another state"
    );

    let (result, _) = sign_in(&s, Play::Deny, Duration::from_secs(10), Cancel::default());
    match result.unwrap_err() {
        GraphError::SignIn { error, description } => {
            assert_eq!(error, "access_denied");
            assert!(description.contains("AADSTS65004"), "{description}");
        }
        other => panic!("{other:?}"),
    }
}

/// [`browser::BROWSER_SIGN_IN_MAX_WAIT`] is the window's; the test gives 300 ms.
#[test]
fn nobody_signing_in_times_out_and_cancel_stops_the_wait() {
    let s = Standin::start(tenant());
    let start = Instant::now();
    let (result, page) = sign_in(
        &s,
        Play::Away,
        Duration::from_millis(300),
        Cancel::default(),
    );
    assert_eq!(result.unwrap_err(), GraphError::SignInTimeout(0));
    assert!(page.is_none());
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "{:?}",
        start.elapsed()
    );

    let cancel = Cancel::default();
    let later = cancel.clone();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        later.cancel();
    });
    let start = Instant::now();
    let (result, _) = sign_in(&s, Play::Away, Duration::from_mins(1), cancel);
    stopper.join().unwrap();
    assert_eq!(result.unwrap_err(), GraphError::Cancelled);
    assert!(
        start.elapsed() < Duration::from_secs(3),
        "{:?}",
        start.elapsed()
    );
}

/// A stray request (a favicon) and one larger than [`MAX_LOOPBACK_REQUEST_BYTES`] are answered
/// and do not end the sign-in; the redirect after them does.
#[test]
fn the_loopback_listener_is_bounded() {
    let s = Standin::start(tenant());
    let page = Arc::new(Mutex::new(Vec::new()));
    let (state, got) = (Arc::clone(&s.state), Arc::clone(&page));
    let mut browser = None;
    let result = browser::sign_in(
        &http(&s, Cancel::default()),
        &endpoints(&s),
        TENANT,
        CLIENT_ID,
        "x",
        Duration::from_secs(20),
        &mut |url| {
            let (state, got, url) = (Arc::clone(&state), Arc::clone(&got), url.to_owned());
            browser = Some(std::thread::spawn(move || {
                let redirect = common::graph::query_of(&url, "redirect_uri").unwrap();
                let mut got = got.lock().unwrap();
                got.push(http_get(&format!("{redirect}/favicon.ico")).0);
                let huge = "a".repeat(MAX_LOOPBACK_REQUEST_BYTES + 10);
                got.push(http_get(&format!("{redirect}/?x={huge}")).0);
                got.push(browse(&state, &url, Play::SignIn).unwrap().0);
            }));
        },
    );
    browser.unwrap().join().unwrap();
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(*page.lock().unwrap(), [404, 431, 200]);
}

/// The engine the window and the command line share: read, judge, plan, apply, read back.
#[test]
fn the_engine_checks_plans_applies_and_reads_back() {
    let mut t = tenant();
    t.sps[0]["preferredSingleSignOnMode"] = json!("password");
    t.apps[0]["identifierUris"] = json!([OLD_IDENTIFIER]);
    t.apps[0]["web"]["redirectUris"] = json!([]);
    t.sps[0]["keyCredentials"]
        .as_array_mut()
        .unwrap()
        .extend(signing_keys("AB", "x", "2030-01-01T00:00:00Z"));
    let s = Standin::start(t);
    let token = Token::new(&common::graph::token()).unwrap();
    let report = report();
    let client = Client::new(http(&s, Cancel::default()), endpoints(&s), Arc::new(token));
    let session = Session::new(client, None, report.urls.clone().unwrap(), None);
    assert_eq!(session.tenant.as_deref(), Some(TENANT), "from the token");
    let start = Instant::now();
    let app = session.read().unwrap();
    let judged = session.judge(app.as_ref(), &report);
    let wall = start.elapsed();
    let status = |code: &str| {
        judged
            .checks
            .iter()
            .find(|c| c.code.as_str() == code)
            .unwrap()
            .status
    };
    assert_eq!(status("entra-sso-mode"), Status::Mismatch);
    assert_eq!(status("entra-identifier"), Status::Missing);
    assert_eq!(status("entra-reply-url"), Status::Missing);
    assert_eq!(
        judged.entra.service_principal_id.as_deref(),
        Some("sp-0001")
    );
    let reads = s.graph_requests();
    assert_eq!(reads, 3, "a check reads three times");
    assert!(wall < Duration::from_secs(2), "{wall:?}");
    eprintln!("check: {reads} Graph requests, {wall:?}");

    let plan = session.plan(app.as_ref().unwrap(), None, "k");
    assert_eq!(plan.len(), 3, "{plan:#?}");
    let applied = session.apply(&plan);
    assert!(applied.error.is_none(), "{:?}", applied.error);
    assert_eq!(applied.writes.len(), 3);
    let after = applied.after.unwrap();
    let judged = session.judge(after.as_ref(), &report);
    for code in ["entra-sso-mode", "entra-identifier", "entra-reply-url"] {
        let check = judged.checks.iter().find(|c| c.code.as_str() == code);
        assert_eq!(check.unwrap().status, Status::Ok, "{code} after apply");
    }
    assert_eq!(s.app()["identifierUris"], json!([IDENTIFIER]));
    assert_eq!(s.app()["web"]["redirectUris"], json!([REPLY]));
    assert_eq!(
        s.graph_requests(),
        reads + 3 + 3,
        "writes, then one read-back"
    );
}
