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
        moved.origin.line().to_string(),
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
        matches!(&err, FetchError::Tls(why) if why.to_string().contains("another host name")),
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
        matches!(&err, FetchError::Tls(why) if why.to_string().contains("unknown issuer")),
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

/// One list of Microsoft sign-in hosts: an Entra metadata address without `appid` is refused on
/// every host Entra's own checks know (any case, a trailing dot too), and nowhere else.
#[test]
fn every_microsoft_sign_in_host_gets_the_appid_check() {
    use topdesk_sso::core::entra::MICROSOFT_LOGIN_HOSTS;
    for host in MICROSOFT_LOGIN_HOSTS {
        for shown in [
            host.to_owned(),
            host.to_ascii_uppercase(),
            format!("{host}."),
        ] {
            let url =
                format!("https://{shown}/t/federationmetadata/2007-06/federationmetadata.xml");
            assert!(fetch::is_entra_url(&url), "{url}");
            assert_eq!(
                fetch::check_url(&url).unwrap_err(),
                FetchError::EntraWithoutAppId,
                "{url}"
            );
            assert!(fetch::check_url(&format!("{url}?appid=1b2c")).is_ok());
        }
    }
    let look_alike = "https://login.microsoftonline.com.evil.example/t/federationmetadata/2007-06/federationmetadata.xml";
    assert!(!fetch::is_entra_url(look_alike));
}

/// `SSL_CERT_FILE` / `SSL_CERT_DIR` naming a location that is missing, unreadable or holds no
/// certificate: the fetch stops before connecting, with a line naming the variable and the path
/// (not an empty trust store's "unknown issuer").
#[test]
fn unusable_trust_locations_are_named() {
    let server = Server::start(|_, _| Reply::ok(entra()));
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.pem");
    let empty_file = dir.path().join("notes.pem");
    std::fs::write(&empty_file, "not a certificate").unwrap();
    let huge = dir.path().join("huge.pem");
    std::fs::write(&huge, vec![b'-'; fetch::MAX_CERT_FILE_BYTES + 1]).unwrap();
    let empty_dir = dir.path().join("certs");
    std::fs::create_dir(&empty_dir).unwrap();
    std::fs::write(empty_dir.join("readme.txt"), "nothing here").unwrap();
    let cases = [
        (
            Some(missing.as_path()),
            None,
            "SSL_CERT_FILE",
            &missing,
            "cannot be opened",
        ),
        (
            Some(empty_file.as_path()),
            None,
            "SSL_CERT_FILE",
            &empty_file,
            "no PEM certificate",
        ),
        (
            Some(dir.path()),
            None,
            "SSL_CERT_FILE",
            &dir.path().to_path_buf(),
            "folder",
        ),
        (
            Some(huge.as_path()),
            None,
            "SSL_CERT_FILE",
            &huge,
            "larger than the 4 MiB limit",
        ),
        (
            None,
            Some(missing.as_os_str()),
            "SSL_CERT_DIR",
            &missing,
            "cannot be opened",
        ),
        (
            None,
            Some(empty_dir.as_os_str()),
            "SSL_CERT_DIR",
            &empty_dir,
            "no PEM certificate",
        ),
    ];
    for (file, dirs, var, path, why) in cases {
        let trust = Trust::from_locations(file, dirs);
        let opts = FetchOptions {
            trust,
            ..options(&server)
        };
        let start = Instant::now();
        let err =
            fetch::fetch(&server.url("/x"), &opts, common::NOW, &Cancel::default()).unwrap_err();
        assert!(start.elapsed() < Duration::from_secs(1));
        let text = err.to_string();
        assert!(matches!(err, FetchError::Roots(_)), "{text}");
        assert!(
            text.contains(&format!("{var} is {}, but", path.display())) && text.contains(why),
            "{text}"
        );
        assert!(
            !text.contains('\n') && !text.contains("unknown issuer"),
            "{text}"
        );
    }
}

/// Entra metadata served (after a redirect) by a host that is not a Microsoft sign-in host is a
/// finding; the same file from Microsoft's host, TOPdesk's metadata, or a file is not.
#[test]
fn entra_metadata_from_a_host_that_is_not_microsofts_is_a_finding() {
    use topdesk_sso::core::check::{CheckInput, check};
    use topdesk_sso::core::findings::{About, Code, Severity};
    let server = Server::start(|path, port| match path {
        "/app/federationmetadata.xml" => Reply::ok(entra()),
        _ => Reply::redirect(&format!(
            "https://localhost:{port}/app/federationmetadata.xml"
        )),
    });
    let fetched = get(&server, "/moved").unwrap();
    let report = || {
        check(&CheckInput {
            idp: Some(&fetched.bytes),
            ..CheckInput::new(common::NOW)
        })
        .unwrap()
    };
    let count = |r: &topdesk_sso::core::check::Report| {
        r.findings
            .iter()
            .filter(|f| f.code == Code::IdpFetchedNotMicrosoft)
            .count()
    };
    assert_eq!(
        count(&report()),
        0,
        "a file alone says nothing of its origin"
    );
    let mut judged = report();
    fetch::judge_origin(&fetched.origin, &mut judged);
    assert_eq!(count(&judged), 1);
    let f = judged
        .findings
        .iter()
        .find(|f| f.code == Code::IdpFetchedNotMicrosoft)
        .unwrap();
    assert_eq!((f.severity, f.about), (Severity::Warning, About::Idp));
    assert!(
        f.message
            .to_string()
            .contains(&server.url("/app/federationmetadata.xml")),
        "the final address: {}",
        f.message
    );
    // Served by Microsoft (any of its sign-in hosts): nothing to say.
    for host in [
        "login.microsoftonline.com",
        "LOGIN.CHINACLOUDAPI.CN",
        "login.microsoft.com.",
    ] {
        let origin = fetch::Origin {
            final_url: format!(
                "https://{host}/t/federationmetadata/2007-06/federationmetadata.xml?appid=1"
            ),
            ..fetched.origin.clone()
        };
        let mut judged = report();
        fetch::judge_origin(&origin, &mut judged);
        assert_eq!(count(&judged), 0, "{host}");
    }
    // TOPdesk's metadata from its own host is not Entra's.
    let sp = common::Sp::secure().xml();
    let mut judged = check(&CheckInput {
        sp: Some(sp.as_bytes()),
        ..CheckInput::new(common::NOW)
    })
    .unwrap();
    fetch::judge_origin(&fetched.origin, &mut judged);
    assert_eq!(count(&judged), 0);
}
