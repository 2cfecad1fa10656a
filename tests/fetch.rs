//! Metadata by URL against a local HTTPS server with a root made at test time: every error path
//! of `core::fetch`, each a one-line message. No test needs the internet.

mod common;

use std::time::{Duration, Instant};

use common::https::{Reply, Server};
use topdesk_sso::core::fetch::{self, Cancel, FetchError, FetchOptions, Trust};

fn options(server: &Server) -> FetchOptions {
    FetchOptions {
        trust: Trust::Roots(vec![server.root.clone()]),
        connect_timeout: Duration::from_secs(5),
        total_timeout: Duration::from_secs(5),
        max_bytes: 64 * 1024,
        max_redirects: fetch::MAX_REDIRECTS,
        proxy_from_env: false,
    }
}

fn entra() -> Vec<u8> {
    common::read(common::ENTRA_SINGLE)
}

fn get(server: &Server, path: &str) -> Result<fetch::Fetched, FetchError> {
    fetch::fetch(
        &server.url(path),
        &options(server),
        common::NOW,
        &Cancel::default(),
    )
}

#[test]
fn a_file_is_fetched_with_its_final_address_status_and_time() {
    let server = Server::start(|path, port| match path {
        "/saml-metadata/1" => Reply::ok(entra()),
        "/moved" => Reply::redirect(&format!("https://localhost:{port}/saml-metadata/1")),
        _ => Reply::status(404),
    });
    let fetched = get(&server, "/saml-metadata/1").unwrap();
    assert_eq!(fetched.bytes, entra(), "the body byte for byte");
    assert_eq!(fetched.origin.status, 200);
    assert_eq!(fetched.origin.final_url, server.url("/saml-metadata/1"));
    assert_eq!(fetched.origin.fetched_at, common::NOW);

    let moved = get(&server, "/moved").unwrap();
    assert_eq!(moved.origin.url, server.url("/moved"));
    assert_eq!(moved.origin.final_url, server.url("/saml-metadata/1"));
    assert_eq!(
        moved.origin.line(),
        format!(
            "fetched from {} at 1 Jun 2026 12:00 UTC",
            server.url("/saml-metadata/1")
        )
    );
}

#[test]
fn redirects_stay_on_https_and_are_few() {
    let server = Server::start(|path, port| match path {
        "/to-http" => Reply::redirect(&format!("http://localhost:{port}/saml-metadata/1")),
        "/loop" => Reply::redirect("/loop"),
        _ => Reply::ok(entra()),
    });
    let err = get(&server, "/to-http").unwrap_err();
    assert!(
        matches!(&err, FetchError::RedirectToHttp(u) if u.starts_with("http://")),
        "{err}"
    );
    assert!(err.to_string().contains("refused"), "{err}");
    let err = get(&server, "/loop").unwrap_err();
    assert_eq!(err, FetchError::TooManyRedirects(fetch::MAX_REDIRECTS));
}

#[test]
fn http_statuses_say_what_they_mean() {
    let server = Server::start(|path, _| match path {
        "/saml-metadata/9" | "/gone" => Reply::status(404),
        "/private" => Reply::status(403),
        _ => Reply::status(503),
    });
    let err = get(&server, "/saml-metadata/9").unwrap_err();
    assert_eq!(err, FetchError::TopdeskNotHosted);
    assert!(
        err.to_string()
            .contains("does not host its metadata — tick Host TOPdesk metadata or download it"),
        "{err}"
    );
    assert!(
        get(&server, "/gone")
            .unwrap_err()
            .to_string()
            .contains("404")
    );
    assert!(
        get(&server, "/private")
            .unwrap_err()
            .to_string()
            .contains("403")
    );
    assert!(
        get(&server, "/busy")
            .unwrap_err()
            .to_string()
            .contains("503")
    );
}

#[test]
fn a_sign_in_page_is_not_metadata() {
    let server = Server::start(|_, _| Reply {
        headers: vec![("Content-Type".into(), "text/html".into())],
        ..Reply::ok("\n<!DOCTYPE html><html><body>Sign in to your account</body></html>")
    });
    assert_eq!(get(&server, "/x").unwrap_err(), FetchError::Html);
}

/// 64 pieces of 1 KiB, 100 ms apart: 6 s to read to the end.
fn trickling() -> Server {
    Server::start(|_, _| Reply {
        trickle: Some((1024, Duration::from_millis(100))),
        ..Reply::ok(vec![b' '; 64 * 1024])
    })
}

#[test]
fn a_slow_server_hits_the_timeout() {
    // The answer comes late, or its body trickles past the limit.
    let late = Server::start(|_, _| Reply {
        delay: Duration::from_secs(5),
        ..Reply::ok(entra())
    });
    for server in [late, trickling()] {
        let opts = FetchOptions {
            total_timeout: Duration::from_millis(700),
            max_bytes: 1024 * 1024,
            ..options(&server)
        };
        let start = Instant::now();
        let err =
            fetch::fetch(&server.url("/slow"), &opts, common::NOW, &Cancel::default()).unwrap_err();
        assert!(matches!(err, FetchError::Timeout(_)), "{err}");
        let took = start.elapsed();
        assert!(took < Duration::from_secs(3), "{took:?}");
    }
}

#[test]
fn an_oversized_body_is_refused_announced_or_not() {
    let big = vec![b'<'; 200 * 1024];
    let server = Server::start(move |path, _| Reply {
        content_length: path == "/announced",
        ..Reply::ok(big.clone())
    });
    for path in ["/announced", "/streamed"] {
        let err = get(&server, path).unwrap_err();
        assert_eq!(err, FetchError::TooBig(64 * 1024), "{path}");
        assert!(err.to_string().contains("limit"), "{err}");
    }
}

#[test]
fn a_certificate_for_another_name_is_refused_and_named() {
    let server = Server::start_as("other.example", |_, _| Reply::ok(entra()));
    let err = get(&server, "/x").unwrap_err();
    assert!(
        matches!(&err, FetchError::Tls(why) if why.contains("another host name")),
        "{err}"
    );
}

#[test]
fn a_root_nobody_trusts_is_refused_and_named() {
    let server = Server::start(|_, _| Reply::ok(entra()));
    let stranger = common::https::Ca::new("Someone else");
    let opts = FetchOptions {
        trust: Trust::Roots(vec![stranger.der.clone()]),
        ..options(&server)
    };
    let err = fetch::fetch(&server.url("/x"), &opts, common::NOW, &Cancel::default()).unwrap_err();
    assert!(
        matches!(&err, FetchError::Tls(why) if why.contains("unknown issuer")),
        "{err}"
    );
    // The system store does not know the test root either.
    let opts = FetchOptions {
        trust: Trust::System,
        ..options(&server)
    };
    let err = fetch::fetch(&server.url("/x"), &opts, common::NOW, &Cancel::default()).unwrap_err();
    assert!(matches!(&err, FetchError::Tls(_)), "{err}");
}

#[test]
fn no_network_is_one_line() {
    // A port nobody listens on (bound, then closed).
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let server = Server::start(|_, _| Reply::ok(""));
    let err = fetch::fetch(
        &format!("https://localhost:{port}/x"),
        &options(&server),
        common::NOW,
        &Cancel::default(),
    )
    .unwrap_err();
    assert!(matches!(err, FetchError::Unreachable(_)), "{err}");
    let err = fetch::fetch(
        "https://no-such-host.invalid/x",
        &options(&server),
        common::NOW,
        &Cancel::default(),
    )
    .unwrap_err();
    assert!(
        matches!(&err, FetchError::HostNotFound(h) if h == "no-such-host.invalid"),
        "{err}"
    );
    assert!(!err.to_string().contains('\n'));
}

#[test]
fn a_cancel_stops_the_reading() {
    let server = trickling();
    let cancel = Cancel::default();
    let opts = FetchOptions {
        total_timeout: Duration::from_secs(30),
        max_bytes: 1024 * 1024,
        ..options(&server)
    };
    let url = server.url("/trickle");
    let worker = {
        let cancel = cancel.clone();
        std::thread::spawn(move || fetch::fetch(&url, &opts, common::NOW, &cancel))
    };
    std::thread::sleep(Duration::from_millis(300));
    let start = Instant::now();
    cancel.cancel();
    let result = worker.join().unwrap();
    assert_eq!(result.unwrap_err(), FetchError::Cancelled);
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn plain_http_and_an_app_less_entra_address_are_refused_before_sending() {
    // Nothing listens there: the refusal cannot come from a connection.
    let opts = FetchOptions::default();
    let cancel = Cancel::default();
    assert_eq!(
        fetch::fetch("http://127.0.0.1:9/x", &opts, common::NOW, &cancel).unwrap_err(),
        FetchError::Insecure
    );
    assert_eq!(
        fetch::fetch(
            "https://login.microsoftonline.com/t/federationmetadata/2007-06/federationmetadata.xml",
            &opts,
            common::NOW,
            &cancel
        )
        .unwrap_err(),
        FetchError::EntraWithoutAppId
    );
}
