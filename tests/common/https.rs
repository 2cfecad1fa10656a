//! A local HTTPS server for the URL-fetch tests: 127.0.0.1, a port of its own, a test root CA
//! made at test time (rcgen), and answers chosen by path. No test needs the internet.

use std::io::Write as _;
use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};

/// One answer of the server.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Wait this long before answering (a slow server).
    pub delay: Duration,
    /// Send Content-Length (otherwise the body ends when the connection closes).
    pub content_length: bool,
    /// Send the body in pieces of this size, waiting between them (a trickling server).
    pub trickle: Option<(usize, Duration)>,
}

impl Reply {
    pub fn ok(body: impl Into<Vec<u8>>) -> Self {
        Self {
            status: 200,
            headers: vec![("Content-Type".into(), "application/xml".into())],
            body: body.into(),
            delay: Duration::ZERO,
            content_length: true,
            trickle: None,
        }
    }

    pub fn status(status: u16) -> Self {
        Self {
            status,
            ..Self::ok("<html><body>error</body></html>")
        }
    }

    pub fn redirect(to: &str) -> Self {
        Self {
            headers: vec![("Location".into(), to.into())],
            ..Self::status(302)
        }
    }
}

/// A root CA made at test time, and certificates it signs.
pub struct Ca {
    pub der: Vec<u8>,
    issuer: rcgen::Issuer<'static, rcgen::KeyPair>,
}

impl Ca {
    pub fn new(name: &str) -> Self {
        let key = rcgen::KeyPair::generate().unwrap();
        let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, name);
        params.key_usages = vec![
            rcgen::KeyUsagePurpose::KeyCertSign,
            rcgen::KeyUsagePurpose::DigitalSignature,
        ];
        let der = params.self_signed(&key).unwrap().der().to_vec();
        Self {
            der,
            issuer: rcgen::Issuer::new(params, key),
        }
    }

    /// A server certificate for `host`, and its key (PKCS#8 DER).
    pub fn leaf(&self, host: &str) -> (Vec<u8>, Vec<u8>) {
        let key = rcgen::KeyPair::generate().unwrap();
        let params = rcgen::CertificateParams::new(vec![host.to_owned()]).unwrap();
        let cert = params.signed_by(&key, &self.issuer).unwrap();
        (cert.der().to_vec(), key.serialize_der())
    }
}

/// A running server; it stops with the test process.
pub struct Server {
    pub port: u16,
    /// The root its certificate chains to.
    pub root: Vec<u8>,
}

impl Server {
    /// Serves `answer(path, port)` over HTTPS with a certificate for `localhost`.
    pub fn start(answer: impl Fn(&str, u16) -> Reply + Send + Sync + 'static) -> Self {
        Self::start_as("localhost", answer)
    }

    /// As [`Server::start`], with a certificate for `cert_host` (the wrong name, say).
    pub fn start_as(
        cert_host: &str,
        answer: impl Fn(&str, u16) -> Reply + Send + Sync + 'static,
    ) -> Self {
        Self::start_full(cert_host, move |request, port| answer(&request.path, port))
    }

    /// Serves `answer(request, port)`: the whole request (method, path, headers, body).
    pub fn start_full(
        cert_host: &str,
        answer: impl Fn(&Request, u16) -> Reply + Send + Sync + 'static,
    ) -> Self {
        let ca = Ca::new("Test Root CA");
        let (leaf, key) = ca.leaf(cert_host);
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(
                vec![CertificateDer::from(leaf)],
                PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key)),
            )
            .unwrap();
        let config = Arc::new(config);
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let answer = Arc::new(answer);
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(tcp) = stream else { continue };
                let (config, answer) = (Arc::clone(&config), Arc::clone(&answer));
                std::thread::spawn(move || {
                    let _ = tcp.set_read_timeout(Some(Duration::from_secs(10)));
                    let Ok(conn) = rustls::ServerConnection::new(config) else {
                        return;
                    };
                    let mut tls = rustls::StreamOwned::new(conn, tcp);
                    let Some(request) = read_request(&mut tls) else {
                        return; // the client refused the certificate, or sent nothing
                    };
                    if respond(&mut tls, &answer(&request, port)).is_ok() {
                        tls.conn.send_close_notify();
                        let _ = tls.flush();
                    }
                });
            }
        });
        Self { port, root: ca.der }
    }

    pub fn url(&self, path: &str) -> String {
        format!("https://localhost:{}{path}", self.port)
    }
}

/// One request as the server read it.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub method: String,
    pub path: String,
    /// Header names in lower case.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn read_request(tls: &mut impl std::io::Read) -> Option<Request> {
    let mut head = Vec::new();
    let mut byte = [0; 1];
    while !head.ends_with(b"\r\n\r\n") && head.len() < 16 * 1024 {
        if tls.read(&mut byte).ok()? == 0 {
            return None;
        }
        head.push(byte[0]);
    }
    let text = String::from_utf8_lossy(&head).into_owned();
    let mut lines = text.split("\r\n");
    let mut first = lines.next()?.split_whitespace();
    let (method, path) = (first.next()?.to_owned(), first.next()?.to_owned());
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0)
        .min(16 * 1024 * 1024);
    let mut body = vec![0; length];
    tls.read_exact(&mut body).ok()?;
    Some(Request {
        method,
        path,
        headers,
        body,
    })
}

fn request_path(tls: &mut impl std::io::Read) -> Option<String> {
    let mut head = Vec::new();
    let mut byte = [0; 1];
    while !head.ends_with(b"\r\n\r\n") && head.len() < 16 * 1024 {
        if tls.read(&mut byte).ok()? == 0 {
            return None;
        }
        head.push(byte[0]);
    }
    let line = String::from_utf8_lossy(&head);
    line.split_whitespace().nth(1).map(str::to_owned)
}

fn respond(tls: &mut impl std::io::Write, reply: &Reply) -> std::io::Result<()> {
    std::thread::sleep(reply.delay);
    let mut head = format!("HTTP/1.1 {} Test\r\nConnection: close\r\n", reply.status);
    for (k, v) in &reply.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if reply.content_length {
        head.push_str(&format!("Content-Length: {}\r\n", reply.body.len()));
    }
    head.push_str("\r\n");
    tls.write_all(head.as_bytes())?;
    match reply.trickle {
        Some((size, pause)) => {
            for piece in reply.body.chunks(size) {
                tls.write_all(piece)?;
                tls.flush()?;
                std::thread::sleep(pause);
            }
        }
        None => tls.write_all(&reply.body)?,
    }
    tls.flush()
}

/// A plain HTTP CONNECT proxy on 127.0.0.1 (as `HTTPS_PROXY` names one): returns its port and the
/// CONNECT targets it was asked for.
pub fn connect_proxy() -> (u16, Arc<std::sync::Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut client) = stream else { continue };
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                let Some(target) = request_path(&mut client) else {
                    return;
                };
                log.lock().unwrap().push(target.clone());
                let Ok(mut server) = std::net::TcpStream::connect(&target) else {
                    let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\n\r\n");
                    return;
                };
                let _ = client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
                let (mut c2, mut s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
                std::thread::spawn(move || std::io::copy(&mut c2, &mut s2));
                let _ = std::io::copy(&mut server, &mut client);
            });
        }
    });
    (port, seen)
}
