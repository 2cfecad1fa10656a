//! Shared test support: real fixtures, generated certificates and TOPdesk-shaped SP metadata.
#![allow(dead_code)] // each test binary uses a different part

pub mod graph;
#[cfg(feature = "gui")]
pub mod gui;
pub mod https;
pub mod wizard;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use base64::Engine as _;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};
use topdesk_sso::core::keygen::{self, CertParams, GeneratedPair, KeyAlgorithm, SignatureHash};

/// The pinned "now" most tests use: every generated certificate below is valid then.
pub const NOW: OffsetDateTime = datetime!(2026-06-01 12:00 UTC);

pub fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

pub fn read(name: &str) -> Vec<u8> {
    std::fs::read(data(name)).unwrap()
}

pub const ENTRA_SINGLE: &str = "entra/entra_app_single-cert_signed.xml";
pub const ENTRA_ROLLOVER: &str = "entra/entra_app_two-certs_rollover_signed.xml";
pub const ENTRA_UNSIGNED: &str = "entra/entra_app_unsigned.xml";
pub const ENTRA_TENANT: &str = "entra/entra_tenant-wide_signed.xml";
pub const ENTRA_ALL: [&str; 4] = [ENTRA_SINGLE, ENTRA_ROLLOVER, ENTRA_UNSIGNED, ENTRA_TENANT];

/// A moment inside the validity of the single-cert fixture (2020-12-22 → 2023-12-22).
pub const NOW_SINGLE_VALID: OffsetDateTime = datetime!(2022-06-01 0:00 UTC);

pub fn cert(
    algorithm: KeyAlgorithm,
    hash: SignatureHash,
    cn: &str,
    from: OffsetDateTime,
    to: OffsetDateTime,
) -> GeneratedPair {
    keygen::generate(&CertParams {
        common_name: cn.into(),
        algorithm,
        hash,
        not_before: from,
        not_after: to,
        dns_names: Vec::new(),
    })
    .unwrap()
}

/// A TOPdesk-like RSA-2048 certificate valid 2026-01-01 → 2028-01-01 (generated once per test binary).
pub fn topdesk_cert() -> &'static GeneratedPair {
    static PAIR: OnceLock<GeneratedPair> = OnceLock::new();
    PAIR.get_or_init(|| {
        cert(
            KeyAlgorithm::Rsa { bits: 2048 },
            SignatureHash::Sha256,
            "acme.topdesk.net",
            datetime!(2026-01-01 0:00 UTC),
            datetime!(2028-01-01 0:00 UTC),
        )
    })
}

/// Certificate valid `days` around `now`: negative `until_days` = expired that long ago.
pub fn cert_valid_until(now: OffsetDateTime, until_days: i64) -> GeneratedPair {
    cert(
        KeyAlgorithm::Rsa { bits: 2048 },
        SignatureHash::Sha256,
        "acme.topdesk.net",
        now - Duration::days(400),
        now + Duration::days(until_days),
    )
}

/// TOPdesk Secure SP metadata naming a key pair valid around `now` (from 10 days before to 700
/// days after), and that pair.
pub fn sp_and_pair(now: OffsetDateTime) -> (String, GeneratedPair) {
    let pair = cert(
        KeyAlgorithm::Rsa { bits: 2048 },
        SignatureHash::Sha256,
        "acme.topdesk.net",
        now - Duration::days(10),
        now + Duration::days(700),
    );
    let sp = Sp {
        cert_der: Some(pair.certificate_der.clone()),
        ..Sp::secure()
    };
    (sp.xml(), pair)
}

pub fn b64(der: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(der)
}

/// Options for a generated TOPdesk SP metadata file.
#[derive(Clone)]
pub struct Sp {
    pub entity_id: String,
    pub acs: Vec<(String, String, Option<u32>, Option<bool>)>, // binding, location, index, isDefault
    pub cert_der: Option<Vec<u8>>,
    pub valid_until: Option<String>,
    /// Namespace prefix for md: elements ("" = default namespace).
    pub md_prefix: String,
}

pub const POST: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";

impl Sp {
    pub fn secure() -> Self {
        Self::section("secure")
    }

    pub fn public() -> Self {
        Self::section("public")
    }

    fn section(s: &str) -> Self {
        Self {
            entity_id: "https://acme.topdesk.net/saml-metadata/4f1c2b9a".into(),
            acs: vec![(
                POST.into(),
                format!("https://acme.topdesk.net/tas/{s}/login/verify"),
                Some(0),
                Some(true),
            )],
            cert_der: Some(topdesk_cert().certificate_der.clone()),
            valid_until: None,
            md_prefix: String::new(),
        }
    }

    pub fn xml(&self) -> String {
        let p = if self.md_prefix.is_empty() {
            String::new()
        } else {
            format!("{}:", self.md_prefix)
        };
        let xmlns = if self.md_prefix.is_empty() {
            "xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"".to_owned()
        } else {
            format!(
                "xmlns:{}=\"urn:oasis:names:tc:SAML:2.0:metadata\"",
                self.md_prefix
            )
        };
        let valid = self
            .valid_until
            .as_ref()
            .map_or(String::new(), |v| format!(" validUntil=\"{v}\""));
        let key = self.cert_der.as_ref().map_or(String::new(), |der| {
            format!(
                "    <{p}KeyDescriptor use=\"signing\">\n      <ds:KeyInfo xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">\n        <ds:X509Data>\n          <ds:X509Certificate>{}</ds:X509Certificate>\n        </ds:X509Data>\n      </ds:KeyInfo>\n    </{p}KeyDescriptor>\n",
                wrap76(&b64(der))
            )
        });
        let acs: String = self
            .acs
            .iter()
            .map(|(b, l, i, d)| {
                let i = i.map_or(String::new(), |i| format!(" index=\"{i}\""));
                let d = d.map_or(String::new(), |d| format!(" isDefault=\"{d}\""));
                format!(
                    "    <{p}AssertionConsumerService Binding=\"{b}\" Location=\"{l}\"{i}{d}/>\n"
                )
            })
            .collect();
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{p}EntityDescriptor {xmlns} entityID=\"{}\"{valid}>\n  <{p}SPSSODescriptor AuthnRequestsSigned=\"true\" WantAssertionsSigned=\"true\" protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n{key}    <{p}NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</{p}NameIDFormat>\n{acs}  </{p}SPSSODescriptor>\n</{p}EntityDescriptor>\n",
            self.entity_id
        )
    }
}

/// Base64 wrapped at 76 columns with CRLF, as Windows tools write it.
pub fn wrap76(s: &str) -> String {
    s.as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join("\r\n")
}

/// A minimal IdP metadata file (unsigned) with the given entityID and signing certificates.
pub fn idp_xml(entity_id: &str, certs: &[&[u8]], sso: bool) -> String {
    let keys: String = certs
        .iter()
        .map(|der| {
            format!(
                "<KeyDescriptor use=\"signing\"><KeyInfo xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><X509Data><X509Certificate>{}</X509Certificate></X509Data></KeyInfo></KeyDescriptor>",
                b64(der)
            )
        })
        .collect();
    let sso = if sso {
        "<SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\"https://login.microsoftonline.com/76db22f8-ca3e-4d0a-b5c1-795947fc8943/saml2\"/>"
    } else {
        ""
    };
    format!(
        "<EntityDescriptor ID=\"_1\" entityID=\"{entity_id}\" xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\"><IDPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">{keys}{sso}</IDPSSODescriptor></EntityDescriptor>"
    )
}

/// Whether an external reference tool is on the PATH. Without it a test is skipped locally, but
/// fails under CI (which installs it), so a missing tool can never turn a check silently green.
pub fn have_tool(tool: &str) -> bool {
    let found = std::process::Command::new(tool)
        .arg("version")
        .output()
        .or_else(|_| std::process::Command::new(tool).arg("--version").output())
        .is_ok();
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "{tool} is required under CI but is not installed"
        );
        eprintln!("skipping: {tool} not installed");
    }
    found
}

/// `der` (unencrypted PKCS#8) encrypted by openssl with PBES2/AES-256 under `password`, as PEM.
pub fn openssl_encrypt_pkcs8(der: &[u8], password: &str, dir: &Path) -> PathBuf {
    let plain = dir.join("plain-key.der");
    let enc = dir.join("encrypted-key.pem");
    std::fs::write(&plain, der).unwrap();
    let ok = std::process::Command::new("openssl")
        .args(["pkcs8", "-topk8", "-inform", "DER", "-v2", "aes-256-cbc"])
        .arg("-passout")
        .arg(format!("pass:{password}"))
        .arg("-in")
        .arg(&plain)
        .arg("-out")
        .arg(&enc)
        .status()
        .unwrap();
    assert!(ok.success());
    enc
}

/// Distinctive, so a leak into any message is found by a plain substring search.
pub const PASSWORD: &str = "Zq7-Hunter2-Pw";

/// A scratch folder in which `openssl` makes the inputs and reads the outputs.
pub struct Lab(pub tempfile::TempDir);

impl Lab {
    /// `None` (test skipped) when openssl is missing outside CI.
    pub fn new() -> Option<Self> {
        have_tool("openssl").then(|| Self(tempfile::tempdir().unwrap()))
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.0.path().join(name)
    }

    /// The path as a string, for command lines.
    pub fn p(&self, name: &str) -> String {
        self.path(name).to_str().unwrap().to_owned()
    }

    /// openssl in the folder (arguments split on spaces; `PASS` = `pass:` + [`PASSWORD`]).
    pub fn try_ssl(&self, args: &str) -> std::process::Output {
        let pass = format!("pass:{PASSWORD}");
        let args: Vec<&str> = args
            .split_whitespace()
            .map(|a| if a == "PASS" { pass.as_str() } else { a })
            .collect();
        std::process::Command::new("openssl")
            .args(&args)
            .current_dir(self.0.path())
            .output()
            .unwrap()
    }

    /// As [`Lab::try_ssl`], but panics unless openssl succeeds; returns stdout.
    pub fn ssl(&self, args: &str) -> Vec<u8> {
        let out = self.try_ssl(args);
        assert!(
            out.status.success(),
            "openssl {args}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    pub fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.path(name)).unwrap()
    }

    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) {
        std::fs::write(self.path(name), bytes).unwrap();
    }

    /// `{name}.key` (PKCS#8 PEM) and its self-signed `{name}.crt`, valid 400 days from now.
    pub fn pair_with(&self, name: &str, newkey: &str, extra: &str) {
        self.ssl(&format!(
            "req -x509 -newkey {newkey} -nodes -keyout {name}.key -out {name}.crt -days 400 -subj /CN={name}.topdesk.net {extra}"
        ));
    }

    /// An RSA-2048 pair (see [`Lab::pair_with`]).
    pub fn pair(&self, name: &str) {
        self.pair_with(name, "rsa:2048", "");
    }
}

/// The `topdesk-sso` binary in English whatever the machine's language (`LC_ALL=C`), so that
/// the suite passes on a Dutch or German desktop.
pub fn cli_command() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_topdesk-sso"));
    cmd.env("LC_ALL", "C");
    cmd
}

/// Runs the `topdesk-sso` CLI (in English): exit code, stdout, stderr.
pub fn run_cli(args: &[&str]) -> (i32, String, String) {
    let out = cli_command().args(args).output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (
        out.status.code().unwrap(),
        text(out.stdout),
        text(out.stderr),
    )
}

/// A directory that punishes any read, for the current directory of a run that must open
/// nothing but what it was given: `victim-pipe` is a FIFO nobody writes to (opening it blocks
/// for ever) and `big` a 4 GiB sparse file (reading it takes seconds and gigabytes).
#[cfg(unix)]
pub fn trap_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join(TRAPS[0]);
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success(), "mkfifo failed");
    std::fs::File::create(dir.path().join(TRAPS[1]))
        .unwrap()
        .set_len(4 << 30)
        .unwrap();
    dir
}

/// The names [`trap_dir`] holds, as relative URIs a hostile file may point at.
pub const TRAPS: [&str; 2] = ["victim-pipe", "big"];

/// Runs `cmd` (with no standard input) and returns how long it took, its exit code and its
/// standard output; a run still going after 10 s is killed and fails the test (it opened the
/// FIFO).
pub fn run_bounded(cmd: &mut std::process::Command) -> (std::time::Duration, i32, String) {
    let out = tempfile::tempfile().unwrap();
    let start = std::time::Instant::now();
    let mut child = cmd
        .stdin(std::process::Stdio::null())
        .stdout(out.try_clone().unwrap())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > std::time::Duration::from_secs(10) {
            child.kill().unwrap();
            panic!("{cmd:?} still ran after 10 s: it opened a file it was not given");
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    let took = start.elapsed();
    let mut text = String::new();
    let mut out = out;
    std::io::Seek::rewind(&mut out).unwrap();
    std::io::Read::read_to_string(&mut out, &mut text).unwrap();
    (took, status.code().unwrap_or(-1), text)
}

/// `findings` with their words fixed in `lang` (the words of a finding are chosen when shown;
/// a test that reads them as one language's text fixes them first).
#[allow(dead_code)]
pub fn said_in(
    lang: topdesk_sso::core::i18n::Lang,
    findings: &mut [topdesk_sso::core::findings::Finding],
) {
    use topdesk_sso::core::i18n::Msg;
    for f in findings {
        f.message = Msg::verbatim(f.message.render_in(lang));
        f.fix = Msg::verbatim(f.fix.render_in(lang));
    }
}
