//! The `topdesk-sso` binary as an admin or a script runs it: exit codes, text and JSON output,
//! refusals on stderr, and inputs left untouched.

mod common;

use std::time::{Duration, SystemTime};

use serde_json::Value;
use tempfile::TempDir;
use topdesk_sso::core::keygen;

/// Inside the validity of the single-cert fixture.
const VALID_AT: &str = "2022-06-01T00:00:00Z";
/// Inside the validity of `common::topdesk_cert()`.
const SP_VALID_AT: &str = "2026-06-01T12:00:00Z";
const IDENTIFIER: &str = "https://acme.topdesk.net/saml-metadata/4f1c2b9a";
const REPLY: &str = "https://acme.topdesk.net/tas/secure/login/verify";
const SIGN_ON: &str = "https://acme.topdesk.net";

/// Runs with `--json` appended; stdout must be one JSON object and stderr empty.
fn run_json(args: &[&str]) -> (i32, Value) {
    let (code, out, err) = common::run_cli(&[args, &["--json"]].concat());
    assert!(err.is_empty(), "{args:?}: unexpected stderr {err}");
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(v["format_version"], 1, "{out}");
    (code, v)
}

fn write(dir: &TempDir, name: &str, bytes: impl AsRef<[u8]>) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_owned()
}

fn fixture(name: &str) -> String {
    common::data(name).to_str().unwrap().to_owned()
}

fn secure_sp(dir: &TempDir) -> String {
    write(dir, "sp-secure.xml", common::Sp::secure().xml())
}

fn codes(findings: &Value) -> Vec<&str> {
    findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect()
}

fn finding<'v>(findings: &'v Value, code: &str) -> &'v Value {
    let all = findings.as_array().unwrap();
    all.iter()
        .find(|f| f["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {:?}", codes(findings)))
}

fn has_error(findings: &Value) -> bool {
    findings
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["severity"] == "error")
}

/// Three entities: two IdPs and one TOPdesk SP.
fn aggregate_xml() -> String {
    let der = &common::topdesk_cert().certificate_der[..];
    let sp = common::Sp::secure().xml();
    let sp = sp.split_once("?>").unwrap().1;
    format!(
        "<?xml version=\"1.0\"?>\n<EntitiesDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\">{}{}{sp}</EntitiesDescriptor>\n",
        common::idp_xml("https://idp-one.example/", &[der], true),
        common::idp_xml("https://idp-two.example/", &[der], true),
    )
}

#[test]
fn check_prints_the_three_values_first_in_entras_order() {
    let dir = TempDir::new().unwrap();
    let sp = secure_sp(&dir);
    let idp = fixture(common::ENTRA_SINGLE);
    let (code, out, err) =
        common::run_cli(&["check", "--idp", &idp, "--sp", &sp, "--now", VALID_AT]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.is_empty(), "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].to_lowercase().contains("section secure"), "{out}");
    for (line, (label, value)) in lines[1..4].iter().zip([
        ("Identifier", IDENTIFIER),
        ("Reply URL", REPLY),
        ("Sign on URL", SIGN_ON),
    ]) {
        assert!(line.trim_start().starts_with(label), "{line}");
        assert_eq!(line.split_whitespace().last(), Some(value), "{line}");
    }
}

#[test]
fn check_json_carries_the_documented_fields() {
    let dir = TempDir::new().unwrap();
    let sp = secure_sp(&dir);
    let idp = fixture(common::ENTRA_SINGLE);
    let (code, v) = run_json(&["check", "--idp", &idp, "--sp", &sp, "--now", VALID_AT]);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["urls"]["identifier"], IDENTIFIER);
    assert_eq!(v["urls"]["reply"], REPLY);
    assert_eq!(v["urls"]["sign_on"], SIGN_ON);
    assert_eq!(v["section"], "secure");
    assert_eq!(v["signature"]["status"], "valid");
    let certs = &v["idp"]["certificates"];
    assert_eq!(v["signature"]["signed_by"], certs[0]["sha1_thumbprint"]);
    let sp_certs = v["sp"]["certificates"].as_array().unwrap();
    for c in certs.as_array().unwrap().iter().chain(sp_certs) {
        for field in [
            "not_before",
            "not_after",
            "sha1_thumbprint",
            "sha256_fingerprint",
        ] {
            assert!(c[field].is_string(), "{field} missing in {c:#}");
        }
        assert_eq!(c["key_bits"], 2048);
    }
    assert!(!sp_certs.is_empty());
    let findings = v["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        for field in ["code", "message", "fix"] {
            assert!(f[field].as_str().is_some_and(|s| !s.is_empty()), "{f:#}");
        }
        assert!(["error", "warning", "info"].contains(&f["severity"].as_str().unwrap()));
    }
    assert!(!has_error(&v["findings"]));
}

#[test]
fn the_fixture_certificate_is_expired_today() {
    let dir = TempDir::new().unwrap();
    let sp = secure_sp(&dir);
    let idp = fixture(common::ENTRA_SINGLE);
    let (code, v) = run_json(&["check", "--idp", &idp, "--sp", &sp]);
    assert_eq!(code, 1);
    assert_eq!(finding(&v["findings"], "cert-expired")["severity"], "error");
    let (code, out, _) = common::run_cli(&["check", "--idp", &idp, "--sp", &sp]);
    assert_eq!(code, 1);
    assert!(out.contains("[cert-expired]"), "{out}");
}

#[test]
fn swapped_files_are_reported_and_still_give_the_values() {
    let dir = TempDir::new().unwrap();
    let sp = secure_sp(&dir);
    let idp = fixture(common::ENTRA_SINGLE);
    let (code, v) = run_json(&["check", "--idp", &sp, "--sp", &idp, "--now", VALID_AT]);
    assert_eq!(code, 1);
    assert_eq!(
        finding(&v["findings"], "files-swapped")["severity"],
        "error"
    );
    assert_eq!(v["urls"]["identifier"], IDENTIFIER);
    assert_eq!(v["urls"]["reply"], REPLY);
    assert_eq!(v["signature"]["status"], "valid");
}

#[test]
fn wrong_section_is_an_error() {
    let dir = TempDir::new().unwrap();
    let sp = secure_sp(&dir);
    let section = |s| run_json(&["check", "--sp", &sp, "--section", s, "--now", SP_VALID_AT]);
    let (code, v) = section("public");
    assert_eq!(code, 1);
    finding(&v["findings"], "section-mismatch");
    let (code, v) = section("secure");
    assert_eq!(code, 0, "{v:#}");
    assert!(!codes(&v["findings"]).contains(&"section-mismatch"));
}

#[test]
fn urls_prints_three_values_in_order() {
    let dir = TempDir::new().unwrap();
    let sp = secure_sp(&dir);
    let (code, out, err) = common::run_cli(&["urls", "--sp", &sp, "--now", SP_VALID_AT]);
    assert_eq!((code, err.as_str()), (0, ""));
    let values: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with(' '))
        .map(|l| l.split_whitespace().last().unwrap())
        .collect();
    assert_eq!(values, [IDENTIFIER, REPLY, SIGN_ON], "{out}");
    assert_eq!(
        out.lines().filter(|l| !l.trim().is_empty()).count(),
        4,
        "{out}"
    );

    let (code, v) = run_json(&["urls", "--sp", &sp, "--now", SP_VALID_AT]);
    assert_eq!(code, 0);
    assert_eq!(v["urls"]["identifier"], IDENTIFIER);
    assert_eq!(v["urls"]["sign_on"], SIGN_ON);
    assert_eq!(v["section"], "secure");
    assert!(v["findings"].is_array());
}

#[test]
fn urls_without_acs_fails() {
    let dir = TempDir::new().unwrap();
    let no_acs = common::Sp {
        acs: Vec::new(),
        ..common::Sp::secure()
    };
    let sp = write(&dir, "no-acs.xml", no_acs.xml());
    let (code, out, _) = common::run_cli(&["urls", "--sp", &sp, "--now", SP_VALID_AT]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("[sp-no-acs]"), "{out}");
    let (code, v) = run_json(&["urls", "--sp", &sp, "--now", SP_VALID_AT]);
    assert_eq!(code, 1);
    assert!(v["urls"].is_null());
    finding(&v["findings"], "sp-no-acs");
}

/// `inspect --json` on `path`: exit 0, a summary, and the given kind; returns `file`.
fn inspect(path: &str, kind: &str) -> Value {
    let (code, v) = run_json(&["inspect", path, "--now", SP_VALID_AT]);
    assert_eq!(
        (code, v["file"]["kind"].as_str()),
        (0, Some(kind)),
        "{path}"
    );
    assert!(v["summary"].as_str().is_some_and(|s| !s.is_empty()));
    v["file"].clone()
}

#[test]
fn inspect_names_metadata_files() {
    for name in common::ENTRA_ALL {
        let (code, v) = run_json(&["inspect", &fixture(name)]);
        let file = &v["file"];
        assert_eq!(file["kind"], "idp-metadata", "{name}");
        assert_eq!(
            code,
            i32::from(has_error(&file["report"]["findings"])),
            "{name}"
        );
    }
    let dir = TempDir::new().unwrap();
    let file = inspect(&secure_sp(&dir), "sp-metadata");
    assert_eq!(file["report"]["urls"]["reply"], REPLY);

    let agg = write(&dir, "aggregate.xml", aggregate_xml());
    assert_eq!(inspect(&agg, "aggregate")["count"], 3);
    let (_, out, _) = common::run_cli(&["inspect", &agg]);
    assert!(out.contains("https://idp-two.example/"), "{out}");
}

#[test]
fn inspect_names_certificates_in_every_encoding() {
    let dir = TempDir::new().unwrap();
    let der = &common::topdesk_cert().certificate_der;
    let files = [
        write(&dir, "cert.pem", keygen::to_pem("CERTIFICATE", der)),
        write(&dir, "cert.cer", der),
        write(&dir, "cert.txt", common::wrap76(&common::b64(der)) + "\r\n"),
    ];
    let mut thumbprints = Vec::new();
    for (path, encoding) in files
        .iter()
        .zip(["PEM", "DER", "base64 without PEM header"])
    {
        let file = inspect(path, "certificate");
        assert_eq!(file["encoding"], encoding);
        assert_eq!(file["certificates"][0]["key_bits"], 2048);
        thumbprints.push(file["certificates"][0]["sha1_thumbprint"].clone());
    }
    assert!(
        thumbprints.windows(2).all(|w| w[0] == w[1]),
        "{thumbprints:?}"
    );
}

#[test]
fn inspect_names_a_private_key_without_showing_it() {
    let dir = TempDir::new().unwrap();
    let pem = keygen::to_pem("PRIVATE KEY", &common::topdesk_cert().private_key_pkcs8_der);
    let path = write(&dir, "key.pem", &pem);
    assert_eq!(inspect(&path, "private-key")["format"], "PKCS#8 PEM");
    let b64 = common::b64(&common::topdesk_cert().private_key_pkcs8_der);
    let body: Vec<&str> = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    for json in [false, true] {
        let args = ["inspect", path.as_str(), "--json"];
        let (_, out, err) = common::run_cli(&args[..if json { 3 } else { 2 }]);
        let all = out + &err;
        assert!(all.contains("rivate key"), "{all}");
        assert!(!all.contains(&b64[..40]));
        assert!(
            body.iter().all(|l| !all.contains(l)),
            "key material in {all}"
        );
    }
}

#[test]
fn inspect_names_images_and_unknown_files() {
    let dir = TempDir::new().unwrap();
    let png = write(&dir, "logo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01");
    assert_eq!(inspect(&png, "image")["format"], "PNG");
    let txt = write(
        &dir,
        "notes.txt",
        "Remember to ask Bob about the SSO thing.\n",
    );
    inspect(&txt, "unknown");
}

/// Exit 2, nothing on stdout, exactly one line on stderr naming `path`.
fn assert_refused(args: &[&str], path: &str) {
    for json in [false, true] {
        let args = if json {
            [args, &["--json"]].concat()
        } else {
            args.to_vec()
        };
        let (code, out, err) = common::run_cli(&args);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(out.is_empty(), "{args:?}: stdout {out}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(path), "{args:?}: {err}");
    }
}

#[test]
fn unreadable_inputs_exit_2_with_one_line() {
    let dir = TempDir::new().unwrap();
    let missing = dir.path().join("missing.xml").to_str().unwrap().to_owned();
    let folder = dir.path().to_str().unwrap().to_owned();
    let binary = write(
        &dir,
        "binary.xml",
        b"\x7fELF\x02\x01\x01\0\0\0\xff\xfe\x00junk",
    );
    let lol2: String = "&lol;".repeat(10);
    let doctype = write(
        &dir,
        "doctype.xml",
        format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n <!ENTITY lol2 \"{lol2}\">\n]>\n<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"&lol2;\"/>\n"
        ),
    );
    let malformed = write(
        &dir,
        "malformed.xml",
        "<EntityDescriptor><SPSSODescriptor></EntityDescriptor>",
    );
    for path in [&missing, &folder, &binary, &doctype, &malformed] {
        assert_refused(&["check", "--idp", path], path);
        assert_refused(&["check", "--sp", path], path);
        assert_refused(&["urls", "--sp", path], path);
    }
    for path in [&missing, &folder, &doctype, &malformed] {
        assert_refused(&["inspect", path], path);
    }
}

#[test]
fn usage_errors_exit_2() {
    let idp = fixture(common::ENTRA_SINGLE);
    let (code, out, err) = common::run_cli(&["check"]);
    assert_eq!(
        (code, out.as_str(), err.lines().count()),
        (2, "", 1),
        "{err}"
    );
    for (args, mention) in [
        (vec!["check", "--idp", &idp, "--frobnicate"], "--frobnicate"),
        (
            vec!["check", "--idp", &idp, "--now", "yesterday"],
            "yesterday",
        ),
        (vec!["check", "--idp", &idp, "--section", "both"], "both"),
        (vec!["nonsense"], "nonsense"),
    ] {
        let (code, out, err) = common::run_cli(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(err.contains(mention), "{args:?}: {err}");
    }
}

#[test]
fn version_and_help() {
    let (code, out, _) = common::run_cli(&["--version"]);
    assert_eq!(code, 0);
    assert!(out.contains(env!("CARGO_PKG_VERSION")), "{out}");
    let (code, out, _) = common::run_cli(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("Exit codes"), "{out}");
    for needle in ["0 no error", "1 error", "2 usage"] {
        assert!(out.contains(needle), "{needle}: {out}");
    }
}

#[test]
fn aggregate_as_idp_needs_a_chosen_entity() {
    let dir = TempDir::new().unwrap();
    let agg = write(&dir, "aggregate.xml", aggregate_xml());
    let check = |extra: &[&str]| run_json(&[&["check", "--now", SP_VALID_AT][..], extra].concat());
    let (code, v) = check(&["--idp", &agg]);
    assert_eq!(code, 1);
    finding(&v["findings"], "entity-not-chosen");
    assert!(v["idp"].is_null());

    let two = "https://idp-two.example/";
    let (_, v) = check(&["--idp", &agg, "--idp-entity", two]);
    assert_eq!(v["idp"]["entity_id"], two);
    let found = codes(&v["findings"]);
    assert!(!found.iter().any(|c| c.starts_with("entity-")), "{found:?}");

    let (code, v) = check(&["--idp", &agg, "--idp-entity", "nope"]);
    assert_eq!(code, 1);
    finding(&v["findings"], "entity-not-found");

    // A single SP entity in the aggregate needs no choice.
    let (code, v) = check(&["--sp", &agg]);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["urls"]["reply"], REPLY);
}

#[test]
fn inputs_are_left_untouched() {
    let dir = TempDir::new().unwrap();
    let sp = secure_sp(&dir);
    let idp = write(&dir, "idp.xml", common::read(common::ENTRA_SINGLE));
    let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_600_000_000);
    let state = |p: &str| {
        (
            std::fs::read(p).unwrap(),
            std::fs::metadata(p).unwrap().modified().unwrap(),
        )
    };
    for p in [&sp, &idp] {
        std::fs::File::open(p).unwrap().set_modified(old).unwrap();
    }
    let before = [state(&sp), state(&idp)];
    assert_eq!(before[0].1, old);
    let (code, _, err) = common::run_cli(&["check", "--idp", &idp, "--sp", &sp, "--now", VALID_AT]);
    assert_eq!(code, 0, "{err}");
    common::run_cli(&["check", "--idp", &sp, "--sp", &idp, "--json"]);
    assert_eq!([state(&sp), state(&idp)], before);
}

#[test]
fn a_certificate_in_the_metadata_slot_is_named_as_such() {
    let dir = TempDir::new().unwrap();
    let pem = keygen::to_pem("CERTIFICATE", &common::topdesk_cert().certificate_der);
    let path = write(&dir, "entra.cer", pem);
    let (code, out, err) = common::run_cli(&["check", "--idp", &path]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("not SAML metadata (it is: 1 X.509 certificate (PEM))"),
        "{err}"
    );
    assert!(err.trim_end().ends_with(&path), "path last: {err}");
}

#[test]
fn a_closed_pipe_is_not_a_crash() {
    let mut child = common::cli_command()
        .args(["inspect", &fixture(common::ENTRA_TENANT), "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Hang up before the program writes anything, as `| head -c0` would.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit code per findings, not a panic (101)"
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

// Metadata by URL: `--idp`, `--sp` and `diff` take https:// addresses (local test server).

/// Runs the CLI trusting only `root` (as `SSL_CERT_FILE`), with no proxy from around the tests.
fn run_online(root: Option<&[u8]>, args: &[&str]) -> (i32, String, String) {
    run_with_env(root, &[], args)
}

/// As [`run_online`], with these environment variables set (a proxy, say).
fn run_with_env(
    root: Option<&[u8]>,
    env: &[(&str, String)],
    args: &[&str],
) -> (i32, String, String) {
    let dir = TempDir::new().unwrap();
    let mut cmd = common::cli_command();
    for var in [
        "ALL_PROXY",
        "all_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "NO_PROXY",
        "no_proxy",
        "SSL_CERT_DIR",
    ] {
        cmd.env_remove(var);
    }
    match root {
        Some(der) => {
            let pem = dir.path().join("root.pem");
            std::fs::write(&pem, keygen::to_pem("CERTIFICATE", der)).unwrap();
            cmd.env("SSL_CERT_FILE", pem);
        }
        None => {
            cmd.env_remove("SSL_CERT_FILE");
        }
    }
    cmd.envs(env.iter().map(|(k, v)| (k, v)));
    let out = cmd.args(args).output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (
        out.status.code().unwrap(),
        text(out.stdout),
        text(out.stderr),
    )
}

#[test]
fn idp_and_sp_take_https_addresses_and_say_where_the_file_came_from() {
    use common::https::{Reply, Server};
    let sp = common::Sp::secure().xml();
    let server = Server::start(move |path, _| match path {
        "/app/federationmetadata.xml" => Reply::ok(common::read(common::ENTRA_SINGLE)),
        "/saml-metadata/4f1c2b9a" => Reply::ok(sp.clone()),
        _ => Reply::status(404),
    });
    let (idp, sp) = (
        server.url("/app/federationmetadata.xml"),
        server.url("/saml-metadata/4f1c2b9a"),
    );
    let root = Some(server.root.as_slice());
    let (code, out, err) = run_online(
        root,
        &[
            "check", "--idp", &idp, "--sp", &sp, "--now", VALID_AT, "--json",
        ],
    );
    assert!(code < 2, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["sources"]["idp"]["final_url"], idp.as_str());
    assert_eq!(v["sources"]["idp"]["status"], 200);
    assert_eq!(v["sources"]["sp"]["url"], sp.as_str());
    assert_eq!(v["urls"]["identifier"], IDENTIFIER);
    // Entra metadata served by a host that is not Microsoft's (localhost here) is a finding.
    let finding = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "idp-fetched-not-microsoft")
        .unwrap_or_else(|| panic!("{}", v["findings"]));
    assert_eq!(finding["severity"], "warning");
    assert!(
        finding["message"].as_str().unwrap().contains(&idp),
        "{finding}"
    );

    let (_, out, _) = run_online(root, &["urls", "--sp", &sp]);
    assert!(
        out.starts_with(&format!("TOPdesk metadata fetched from {sp} at ")),
        "{out}"
    );
    assert!(out.contains(REPLY), "{out}");

    // diff: an address against a file (the same content: nothing to do).
    let file = common::data(common::ENTRA_SINGLE);
    let (code, out, err) = run_online(
        root,
        &["diff", &idp, file.to_str().unwrap(), "--now", VALID_AT],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Old metadata fetched from") && out.contains("Nothing that matters changed."),
        "{out}"
    );

    // One line on stderr, exit 2: the 404 in TOPdesk's words, http:// refused, an unknown root.
    let (code, _, err) = run_online(root, &["urls", "--sp", &server.url("/saml-metadata/0")]);
    assert_eq!(code, 2);
    assert!(
        err.contains("tick Host TOPdesk metadata or download it"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let (code, _, err) = run_online(
        root,
        &["urls", "--sp", "http://acme.topdesk.net/saml-metadata/1"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("plain http:// is refused"), "{err}");
    let (code, _, err) = run_online(None, &["urls", "--sp", &sp]);
    assert_eq!(code, 2);
    assert!(err.contains("secure connection failed"), "{err}");
}

#[test]
fn fetches_go_through_the_proxy_the_environment_names_unless_no_proxy_says_otherwise() {
    use common::https::{Reply, Server, connect_proxy};
    let sp = common::Sp::secure().xml();
    let server = Server::start(move |_, _| Reply::ok(sp.clone()));
    let (proxy, seen) = connect_proxy();
    let url = server.url("/saml-metadata/4f1c2b9a");
    let root = Some(server.root.as_slice());
    let via = ("HTTPS_PROXY", format!("http://127.0.0.1:{proxy}"));
    let (code, out, err) = run_with_env(root, std::slice::from_ref(&via), &["urls", "--sp", &url]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(REPLY), "{out}");
    assert_eq!(
        *seen.lock().unwrap(),
        [format!("localhost:{}", server.port)]
    );
    let bypass = ("NO_PROXY", "localhost".to_owned());
    let (code, _, err) = run_with_env(root, &[via, bypass], &["urls", "--sp", &url]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(seen.lock().unwrap().len(), 1, "NO_PROXY bypasses the proxy");
}

/// The proxy variables are tried in the documented order (`HTTPS_PROXY`, then `ALL_PROXY`, then
/// `HTTP_PROXY`; upper case, then lower case): the one tried first names the working proxy,
/// every later one a port nobody listens on. A variable that is not a proxy address is named.
#[test]
fn the_proxy_variables_are_tried_in_the_documented_order() {
    use common::https::{Reply, Server, connect_proxy};
    let sp = common::Sp::secure().xml();
    let server = Server::start(move |_, _| Reply::ok(sp.clone()));
    let (proxy, seen) = connect_proxy();
    let good = format!("http://127.0.0.1:{proxy}");
    let dead_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dead = format!("http://127.0.0.1:{dead_port}");
    let url = server.url("/saml-metadata/4f1c2b9a");
    let root = Some(server.root.as_slice());
    let orders: [&[(&str, &String)]; 4] = [
        &[
            ("HTTPS_PROXY", &good),
            ("ALL_PROXY", &dead),
            ("HTTP_PROXY", &dead),
        ],
        &[("https_proxy", &good), ("ALL_PROXY", &dead)],
        &[("ALL_PROXY", &good), ("HTTP_PROXY", &dead)],
        &[("all_proxy", &good), ("http_proxy", &dead)],
    ];
    for (i, order) in orders.iter().enumerate() {
        let env: Vec<(&str, String)> = order.iter().map(|(k, v)| (*k, (*v).clone())).collect();
        let (code, out, err) = run_with_env(root, &env, &["urls", "--sp", &url]);
        assert_eq!(code, 0, "{order:?}: {err}");
        assert!(out.contains(REPLY), "{out}");
        assert_eq!(seen.lock().unwrap().len(), i + 1, "{order:?}");
    }
    let env = [
        ("HTTPS_PROXY", "http://[not a host".to_owned()),
        ("ALL_PROXY", good.clone()),
    ];
    let (code, _, err) = run_with_env(root, &env, &["urls", "--sp", &url]);
    assert_eq!(code, 2);
    assert!(err.contains("HTTPS_PROXY is not a proxy address"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let env = [("HTTPS_PROXY", format!("socks5://127.0.0.1:{proxy}"))];
    let (code, _, err) = run_with_env(root, &env, &["urls", "--sp", &url]);
    assert_eq!(code, 2);
    assert!(err.contains("HTTPS_PROXY names a SOCKS proxy"), "{err}");
    assert_eq!(seen.lock().unwrap().len(), orders.len(), "nothing sent");
}

/// An `SSL_CERT_FILE` that cannot be read is named in the one-line error, not "unknown issuer".
#[test]
fn an_unreadable_ssl_cert_file_is_named() {
    use common::https::{Reply, Server};
    let server = Server::start(|_, _| Reply::ok(common::Sp::secure().xml()));
    let dir = TempDir::new().unwrap();
    let missing = dir.path().join("corporate-root.pem");
    let env = [("SSL_CERT_FILE", missing.display().to_string())];
    let url = server.url("/saml-metadata/4f1c2b9a");
    let (code, _, err) = run_with_env(None, &env, &["urls", "--sp", &url]);
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!(
            "SSL_CERT_FILE is {}, but it cannot be opened",
            missing.display()
        )),
        "{err}"
    );
    assert!(!err.contains("unknown issuer"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// Issue 22: on Linux the command line is linked at a fixed address (build.rs), so a run starts
/// without relocating its image: an ELF of type EXEC (2), not DYN (3, position-independent).
#[cfg(target_os = "linux")]
#[test]
fn the_linux_command_line_needs_no_relocating_at_start() {
    let elf = std::fs::read(env!("CARGO_BIN_EXE_topdesk-sso")).unwrap();
    assert_eq!(&elf[..4], b"\x7fELF");
    assert_eq!(u16::from_le_bytes([elf[16], elf[17]]), 2, "e_type");
}

/// build.rs: the command line loads the C library only (its unwinder is linked in; the unwinder
/// names the dynamic loader, which every dynamic program has loaded anyway).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn the_linux_command_line_loads_only_the_c_library() {
    let out = std::process::Command::new("readelf")
        .args(["--dynamic", "--wide", env!("CARGO_BIN_EXE_topdesk-sso")])
        .output()
        .expect("readelf (binutils, which the linker needs)");
    let dynamic = String::from_utf8_lossy(&out.stdout);
    let needed: Vec<&str> = dynamic
        .lines()
        .filter(|l| l.contains("(NEEDED)"))
        .filter_map(|l| l.split('[').nth(1)?.split(']').next())
        .collect();
    assert!(needed.contains(&"libc.so.6"), "{dynamic}");
    assert!(
        needed
            .iter()
            .all(|l| ["libc.so.6", "ld-linux-x86-64.so.2"].contains(l)),
        "{dynamic}"
    );
}
