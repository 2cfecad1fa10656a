//! `topdesk-sso entra check|apply|create` against a local HTTPS stand-in for the sign-in
//! service and Graph v1.0 (tests/common/graph.rs): every check row, every write rule, 401/403/
//! 429, replication 404s, paging, the device-code flow, and the token never in any output or
//! file. No test needs the internet or a tenant.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use base64::Engine as _;
use common::graph::{
    CLIENT_ID, IDENTIFIER, OLD_IDENTIFIER, OLD_REPLY, REPLY, SECRET, SIGN_ON, Standin, TENANT,
    Tenant, USER_CODE, good_app, signing_keys, token,
};
use serde_json::{Value, json};
use topdesk_sso::core::check::{self, CheckInput};

/// The signing certificate of the `ENTRA_SINGLE` fixture: thumbprint and base64 DER.
fn fixture_signer() -> (String, String) {
    let bytes = common::read(common::ENTRA_SINGLE);
    let report = check::check(&CheckInput {
        idp: Some(&bytes),
        ..CheckInput::new(common::NOW_SINGLE_VALID)
    })
    .unwrap();
    let info = &report.idp.unwrap().certificates[0].info;
    let der = base64::engine::general_purpose::STANDARD.encode(&info.der);
    (info.sha1_thumbprint.clone(), der)
}

fn tenant(sp: Value, app: Value) -> Tenant {
    Tenant {
        sps: vec![sp],
        apps: vec![app],
        assignments: 3,
        page_size: 100,
        metadata: common::read(common::ENTRA_SINGLE),
        templates: vec![
            json!({"id": "tmpl-secure", "displayName": "TOPdesk - Secure"}),
            json!({"id": "tmpl-public", "displayName": "TOPdesk - Public"}),
        ],
        new_signer: fixture_signer(),
        ..Tenant::default()
    }
}

fn good() -> Tenant {
    let (sp, app) = good_app(&fixture_signer().0);
    tenant(sp, app)
}

struct Run {
    code: i32,
    out: String,
    err: String,
    wall: Duration,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.out)
            .unwrap_or_else(|e| panic!("{e}: {}\n{}", self.out, self.err))
    }
}

/// Every file under `dir`, read.
fn files_under(dir: &Path) -> Vec<Vec<u8>> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else if let Ok(bytes) = std::fs::read(&path) {
            found.push(bytes);
        }
    }
    found
}

/// Runs `topdesk-sso entra <args>` against the stand-in, with the TOPdesk Secure SP metadata,
/// the stand-in's root in `SSL_CERT_FILE`, no proxy, `HOME` and the working folder in a fresh
/// folder; `token_env`: the token in `GRAPH_TOKEN` and `--token-env GRAPH_TOKEN`. Asserts that
/// the token is in no output and no file written.
fn run_with(s: &Standin, args: &[&str], token_env: bool) -> Run {
    run_env(s, args, token_env, &[])
}

/// [`run_with`], with more environment variables.
fn run_env(s: &Standin, args: &[&str], token_env: bool, env: &[(&str, &str)]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root.pem");
    let pem = format!(
        "-----BEGIN CERTIFICATE-----\n{}\n-----END CERTIFICATE-----\n",
        common::wrap76(&common::b64(&s.server.root))
    );
    std::fs::write(&root, pem).unwrap();
    let sp = dir.path().join("sp.xml");
    std::fs::write(&sp, common::Sp::secure().xml()).unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let url = s.url();
    let mut cmd = common::cli_command();
    cmd.current_dir(&home)
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", &home)
        .env("SSL_CERT_FILE", &root);
    for var in [
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        "HTTP_PROXY",
        "http_proxy",
    ] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied());
    cmd.arg("entra").args(&args[..1]);
    cmd.args(["--sp", sp.to_str().unwrap()]);
    // The stand-in's address, unless the test gives its own.
    for option in ["--graph-url", "--login-url"] {
        if !args.contains(&option) {
            cmd.args([option, url.as_str()]);
        }
    }
    cmd.args(["--now", "2022-06-01T00:00:00Z"]);
    if token_env {
        cmd.env("GRAPH_TOKEN", token())
            .args(["--token-env", "GRAPH_TOKEN"]);
    }
    cmd.args(&args[1..]);
    let start = Instant::now();
    let output = cmd.output().unwrap();
    let wall = start.elapsed();
    let run = Run {
        code: output.status.code().unwrap(),
        out: String::from_utf8(output.stdout).unwrap(),
        err: String::from_utf8(output.stderr).unwrap(),
        wall,
    };
    for text in [&run.out, &run.err] {
        assert!(!text.contains(SECRET), "the token was shown:\n{text}");
    }
    for bytes in files_under(&home) {
        assert!(
            !String::from_utf8_lossy(&bytes).contains(SECRET),
            "the token was written to a file"
        );
    }
    run
}

fn run(s: &Standin, args: &[&str]) -> Run {
    run_with(s, args, true)
}

fn check_of<'a>(json: &'a Value, code: &str) -> &'a Value {
    json["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == code)
        .unwrap_or_else(|| panic!("no check {code}: {json:#}"))
}

fn finding<'a>(json: &'a Value, code: &str) -> Option<&'a Value> {
    json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == code)
}

#[test]
fn a_good_app_passes_every_check_quickly_in_few_requests() {
    let s = Standin::start(good());
    let r = run(&s, &["check", "--json"]);
    assert_eq!(r.code, 0, "{}\n{}", r.out, r.err);
    let json = r.json();
    assert_eq!(json["format_version"], 1);
    assert_eq!(json["entra"]["tenant"], TENANT, "from the fetched metadata");
    assert_eq!(
        json["entra"]["app_id"],
        "11111111-2222-4333-8444-555555555555"
    );
    assert_eq!(json["entra"]["service_principal_id"], "sp-0001");
    assert_eq!(json["entra"]["display_name"], "TOPdesk - Secure");
    for code in [
        "entra-app",
        "entra-sso-mode",
        "entra-identifier",
        "entra-reply-url",
        "entra-sign-on-url",
        "entra-signing-cert",
        "entra-assignment",
        "entra-notification-email",
    ] {
        assert_eq!(check_of(&json, code)["status"], "ok", "{code}: {json:#}");
    }
    assert_eq!(
        check_of(&json, "entra-assignment")["entra"],
        "required=true, assigned=3"
    );
    assert!(json["plan"].as_array().unwrap().is_empty());
    assert!(s.writes().is_empty(), "check writes nothing");
    // The app's own metadata was fetched from the sign-in host and judged as usual.
    let fetched = s
        .log()
        .iter()
        .filter(|l| l.path.contains("federationmetadata"))
        .count();
    assert_eq!(fetched, 1);
    assert!(
        s.log().iter().any(|l| l.path.contains(&format!("/{TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=11111111-2222-4333-8444-555555555555"))),
        "{:?}",
        s.log()
    );
    let requests = s.graph_requests();
    eprintln!("entra check: {requests} Graph requests, {:?} wall", r.wall);
    assert!(requests <= 8, "{requests} Graph requests");
    assert!(r.wall < Duration::from_secs(2), "{:?}", r.wall);
}

/// An app set up from the old tutorial, every row wrong.
fn bad() -> Tenant {
    let (mut sp, mut app) = good_app("0000000000000000000000000000000000000000");
    sp["preferredSingleSignOnMode"] = json!("password");
    sp["loginUrl"] = Value::Null;
    sp["notificationEmailAddresses"] = json!([]);
    sp["keyCredentials"] = json!(signing_keys(
        "0000000000000000000000000000000000000000",
        "k-",
        "2029-01-01T00:00:00Z"
    ));
    sp["servicePrincipalNames"] = json!([IDENTIFIER]);
    app["identifierUris"] = json!([OLD_IDENTIFIER, "https://other.example/keep"]);
    app["web"]["redirectUris"] = json!([OLD_REPLY]);
    let other = common::cert_valid_until(common::NOW, 300);
    app["keyCredentials"] = json!([{
        "keyId": "enc-1", "type": "AsymmetricX509Cert", "usage": "Encrypt",
        "key": common::b64(&other.certificate_der), "customKeyIdentifier": null,
        "displayName": "CN=other", "startDateTime": "2026-01-01T00:00:00Z", "endDateTime": "2027-01-01T00:00:00Z"
    }]);
    app["tokenEncryptionKeyId"] = json!("enc-1");
    let mut t = tenant(sp, app);
    t.assignments = 0;
    t
}

#[test]
fn every_row_says_what_is_wrong() {
    let s = Standin::start(bad());
    let r = run(&s, &["check", "--json"]);
    assert_eq!(r.code, 1, "{}\n{}", r.out, r.err);
    let json = r.json();
    let status = |code| check_of(&json, code)["status"].as_str().unwrap().to_owned();
    assert_eq!(status("entra-app"), "ok");
    assert_eq!(status("entra-sso-mode"), "mismatch");
    assert_eq!(status("entra-identifier"), "missing");
    assert_eq!(status("entra-reply-url"), "missing");
    assert_eq!(status("entra-sign-on-url"), "missing");
    assert_eq!(status("entra-signing-cert"), "mismatch");
    assert_eq!(status("entra-encryption-cert"), "mismatch");
    assert_eq!(status("entra-assignment"), "missing");
    assert_eq!(status("entra-notification-email"), "missing");
    assert_eq!(check_of(&json, "entra-sso-mode")["entra"], "password");
    assert_eq!(check_of(&json, "entra-identifier")["expected"], IDENTIFIER);
    assert_eq!(check_of(&json, "entra-reply-url")["expected"], REPLY);
    assert_eq!(check_of(&json, "entra-sign-on-url")["expected"], SIGN_ON);
    let f = |code| finding(&json, code).unwrap_or_else(|| panic!("no finding {code}"));
    let message = |code| f(code)["message"].as_str().unwrap().to_owned();
    assert!(
        message("entra-identifier").contains(OLD_IDENTIFIER),
        "the old pattern is named"
    );
    assert!(message("entra-identifier").contains("AADSTS700016"));
    assert!(message("entra-reply-url").contains(OLD_REPLY));
    assert!(message("entra-signing-cert").contains("0000000000000000000000000000000000000000"));
    assert!(message("entra-assignment").contains("AADSTS50105"));
    assert_eq!(
        f("entra-sign-on-url")["severity"],
        "warning",
        "empty: the tile"
    );
    assert_eq!(f("entra-notification-email")["severity"], "warning");
    for code in [
        "entra-sso-mode",
        "entra-identifier",
        "entra-reply-url",
        "entra-signing-cert",
        "entra-encryption-cert",
        "entra-assignment",
    ] {
        assert_eq!(f(code)["severity"], "error", "{code}");
        assert_eq!(f(code)["about"], "entra", "{code}");
    }
    assert!(s.writes().is_empty());
    // The text output says the same, in Dutch too.
    let text = run(&s, &["check", "--lang", "nl"]);
    assert_eq!(text.code, 1);
    assert!(
        text.out.contains("wijkt af") && text.out.contains("AADSTS700016"),
        "{}",
        text.out
    );
}

#[test]
fn notes_rollover_unrequired_assignment_and_a_matching_encryption_key() {
    let (signer, _) = fixture_signer();
    let (mut sp, mut app) = good_app(&signer);
    let mut keys = signing_keys(&signer, "k-a-", "2023-12-22T00:00:00Z");
    keys.extend(signing_keys(
        "ABCDEF0123456789ABCDEF0123456789ABCDEF01",
        "k-b-",
        "2026-12-22T00:00:00Z",
    ));
    sp["keyCredentials"] = json!(keys);
    sp["appRoleAssignmentRequired"] = json!(false);
    app["keyCredentials"] = json!([{
        "keyId": "enc-1", "type": "AsymmetricX509Cert", "usage": "Encrypt",
        "key": common::b64(&common::topdesk_cert().certificate_der), "customKeyIdentifier": null
    }]);
    app["tokenEncryptionKeyId"] = json!("enc-1");
    let s = Standin::start(tenant(sp, app));
    let r = run(&s, &["check", "--json"]);
    assert_eq!(r.code, 0, "{}\n{}", r.out, r.err);
    let json = r.json();
    assert_eq!(check_of(&json, "entra-signing-cert")["status"], "ok");
    let rollover = finding(&json, "entra-signing-cert").unwrap();
    assert_eq!(rollover["severity"], "info");
    assert!(
        rollover["message"]
            .as_str()
            .unwrap()
            .contains("ABCDEF0123456789ABCDEF0123456789ABCDEF01")
    );
    assert_eq!(check_of(&json, "entra-encryption-cert")["status"], "ok");
    assert_eq!(check_of(&json, "entra-assignment")["status"], "info");
    assert_eq!(
        finding(&json, "entra-assignment").unwrap()["severity"],
        "info"
    );
}

#[test]
fn no_app_with_the_identifier_is_exit_1_naming_it() {
    let mut t = good();
    t.sps[0]["servicePrincipalNames"] = json!(["https://acme.topdesk.net/saml-metadata/other"]);
    let s = Standin::start(t);
    let r = run(&s, &["check", "--json"]);
    assert_eq!(r.code, 1, "{}", r.err);
    let json = r.json();
    assert_eq!(check_of(&json, "entra-app")["status"], "missing");
    assert!(
        finding(&json, "entra-app").unwrap()["message"]
            .as_str()
            .unwrap()
            .contains(IDENTIFIER)
    );
    // The filter Graph got asks for exactly that Identifier.
    let asked = &s.log()[0].path;
    assert!(
        asked.starts_with("/v1.0/servicePrincipals?$filter="),
        "{asked}"
    );
    let decoded = percent_encoding::percent_decode_str(asked).decode_utf8_lossy();
    assert!(
        decoded.contains(&format!("servicePrincipalNames/any(x:x eq '{IDENTIFIER}')")),
        "{decoded}"
    );
}

/// The writes of a plan: (method, path, body).
fn plan_of(json: &Value, key: &str) -> Vec<(String, String, Value)> {
    json[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["method"].as_str().unwrap().to_owned(),
                w["path"].as_str().unwrap().to_owned(),
                w["body"].clone(),
            )
        })
        .collect()
}

/// The old tutorial's values, without the problems apply does not touch.
fn tutorial() -> Tenant {
    let mut t = bad();
    let (signer, _) = fixture_signer();
    t.sps[0]["preferredTokenSigningKeyThumbprint"] = json!(signer);
    t.sps[0]["keyCredentials"] = json!(signing_keys(&signer, "k-", "2023-12-22T00:00:00Z"));
    t.sps[0]["notificationEmailAddresses"] = json!(["admin@acme.example"]);
    t.apps[0]["tokenEncryptionKeyId"] = Value::Null;
    t.assignments = 2;
    t
}

#[test]
fn apply_without_yes_lists_the_writes_in_order_and_writes_nothing() {
    let s = Standin::start(tutorial());
    let r = run(&s, &["apply", "--json"]);
    assert_eq!(r.code, 1, "changes pending: {}", r.err);
    let json = r.json();
    let plan = plan_of(&json, "plan");
    assert_eq!(
        plan,
        vec![
            (
                "PATCH".into(),
                "/servicePrincipals/sp-0001".into(),
                json!({"preferredSingleSignOnMode": "saml"})
            ),
            (
                "PATCH".into(),
                "/applications/app-0001".into(),
                json!({"identifierUris": ["https://other.example/keep", IDENTIFIER]})
            ),
            (
                "PATCH".into(),
                "/applications/app-0001".into(),
                json!({"web": {"redirectUris": [REPLY]}})
            ),
            (
                "PATCH".into(),
                "/servicePrincipals/sp-0001".into(),
                json!({"loginUrl": SIGN_ON})
            ),
        ],
        "SAML first, then identifiers (the tutorial's value on TOPdesk's host removed, the rest kept), reply URLs, sign-on URL"
    );
    assert!(
        json["plan"][1]["why"]
            .as_str()
            .unwrap()
            .contains(OLD_IDENTIFIER)
    );
    assert!(json.get("applied").is_none());
    assert!(
        s.writes().is_empty(),
        "nothing written without --yes: {:?}",
        s.writes()
    );
    // Text: the same list, numbered.
    let text = run(&s, &["apply"]);
    assert_eq!(text.code, 1);
    assert!(
        text.out.contains("4 writes pending")
            && text.out.contains("1. PATCH /servicePrincipals/sp-0001"),
        "{}",
        text.out
    );
    assert!(s.writes().is_empty());
}

#[test]
fn apply_with_yes_writes_in_order_reads_back_and_checks_again() {
    let s = Standin::start(tutorial());
    let r = run(&s, &["apply", "--yes", "--json"]);
    assert_eq!(r.code, 0, "{}\n{}", r.out, r.err);
    let json = r.json();
    let writes: Vec<(String, String)> = s
        .writes()
        .iter()
        .map(|w| (w.method.clone(), w.path.clone()))
        .collect();
    assert_eq!(writes.len(), 4);
    assert_eq!(plan_of(&json, "applied").len(), 4);
    assert_eq!(
        writes[0],
        ("PATCH".into(), "/v1.0/servicePrincipals/sp-0001".into())
    );
    for code in [
        "entra-sso-mode",
        "entra-identifier",
        "entra-reply-url",
        "entra-sign-on-url",
    ] {
        assert_eq!(check_of(&json, code)["status"], "ok", "{code} after apply");
    }
    assert_eq!(
        s.app()["identifierUris"],
        json!(["https://other.example/keep", IDENTIFIER])
    );
    assert_eq!(s.app()["web"]["redirectUris"], json!([REPLY]));
    assert_eq!(
        s.app()["web"]["homePageUrl"],
        "https://acme.example/home",
        "the rest of web kept"
    );
    assert_eq!(s.sp()["loginUrl"], SIGN_ON);
    // Nothing left: a second apply has nothing to do.
    let again = run(&s, &["apply", "--json"]);
    assert_eq!(again.code, 0);
    assert!(again.json()["plan"].as_array().unwrap().is_empty());
}

#[test]
fn the_order_matters_graph_refuses_identifiers_before_saml() {
    // The stand-in refuses identifierUris while the app is not SAML (as Graph does for a
    // non-verified domain): a plan in another order would fail here.
    let mut t = tutorial();
    t.sps[0]["preferredSingleSignOnMode"] = Value::Null;
    let s = Standin::start(t);
    let r = run(&s, &["apply", "--yes"]);
    assert_eq!(r.code, 0, "{}\n{}", r.out, r.err);
    let first = &s.writes()[0];
    assert_eq!(first.body, json!({"preferredSingleSignOnMode": "saml"}));
}

#[test]
fn encrypt_sends_the_existing_key_credentials_back_unchanged() {
    let mut t = tutorial();
    let existing = json!([
        {"keyId": "old-enc", "type": "AsymmetricX509Cert", "usage": "Encrypt", "key": "TUlJQ2V4aXN0aW5n", "customKeyIdentifier": "AAEC", "displayName": "CN=old", "startDateTime": "2025-01-01T00:00:00Z", "endDateTime": "2027-01-01T00:00:00Z", "extra": "kept as is"},
        {"keyId": "app-verify", "type": "AsymmetricX509Cert", "usage": "Verify", "key": "TUlJQ3ZlcmlmeQ==", "customKeyIdentifier": null, "displayName": "CN=app", "startDateTime": null, "endDateTime": null}
    ]);
    t.apps[0]["keyCredentials"] = existing.clone();
    let s = Standin::start(t);
    let r = run(&s, &["apply", "--encrypt", "--yes", "--json"]);
    assert_eq!(r.code, 0, "{}\n{}", r.out, r.err);
    let writes = s.writes();
    assert_eq!(writes.len(), 6);
    let keys = writes[4].body["keyCredentials"].as_array().unwrap();
    assert_eq!(keys.len(), 3);
    assert_eq!(
        keys[..2],
        existing.as_array().unwrap()[..],
        "sent back byte for byte"
    );
    let new = &keys[2];
    assert_eq!(new["usage"], "Encrypt");
    assert_eq!(new["type"], "AsymmetricX509Cert");
    assert_eq!(
        new["key"],
        common::b64(&common::topdesk_cert().certificate_der)
    );
    assert_eq!(
        writes[5].body,
        json!({"tokenEncryptionKeyId": new["keyId"]})
    );
    let json = r.json();
    assert_eq!(check_of(&json, "entra-encryption-cert")["status"], "ok");
    // The signing certificate was never touched.
    assert!(
        writes
            .iter()
            .all(|w| w.body.get("preferredTokenSigningKeyThumbprint").is_none())
    );
    // Again: nothing to do.
    let again = run(&s, &["apply", "--encrypt", "--json"]);
    assert_eq!(again.code, 0, "{}", again.out);
}

#[test]
fn a_token_graph_does_not_accept_is_401_naming_the_permission() {
    let s = Standin::start(good());
    let wrong = [("OTHER_TOKEN", "eyJ0eXAiOiJKV1QifQ.e30.not-the-token")];
    let r = run_env(&s, &["check", "--token-env", "OTHER_TOKEN"], false, &wrong);
    assert_eq!(r.code, 2, "{}", r.out);
    assert_eq!(r.err.trim().lines().count(), 1, "{}", r.err);
    assert!(
        r.err.contains("401") || r.err.contains("did not accept"),
        "{}",
        r.err
    );
    assert!(
        r.err.contains("InvalidAuthenticationToken")
            && r.err.contains("Application.Read.All")
            && r.err.contains("ms-graph"),
        "{}",
        r.err
    );
    assert!(
        !r.err.contains("not-the-token"),
        "no token is ever shown: {}",
        r.err
    );
}

#[test]
fn without_a_token_nothing_is_sent() {
    let s = Standin::start(good());
    let r = run_with(&s, &["check", "--token-env", "NO_SUCH_VAR_FOR_TEST"], false);
    assert_eq!(r.code, 2);
    assert!(
        r.err.contains("NO_SUCH_VAR_FOR_TEST") && r.err.contains("az account get-access-token"),
        "{}",
        r.err
    );
    let r = run_with(&s, &["check"], false);
    assert_eq!(r.code, 2, "no sign-in option is a usage error");
    assert!(
        r.err.contains("--token-env") && r.err.contains("--client-id"),
        "{}",
        r.err
    );
    assert!(s.log().is_empty(), "{:?}", s.log());
}

#[test]
fn refusals_name_the_permission_and_role_in_one_line() {
    let mut t = good();
    t.forbid_reads = true;
    t.echo_token = true;
    let s = Standin::start(t);
    let r = run(&s, &["check"]);
    assert_eq!(r.code, 2, "{}", r.out);
    assert_eq!(r.err.trim().lines().count(), 1, "{}", r.err);
    assert!(
        r.err.contains("Application.Read.All") && r.err.contains("Cloud Application Administrator"),
        "{}",
        r.err
    );
    assert!(
        r.err.contains("403") && r.err.contains("Authorization_RequestDenied"),
        "{}",
        r.err
    );

    let mut t = tutorial();
    t.forbid_writes = true;
    t.echo_token = true;
    let s = Standin::start(t);
    let r = run(&s, &["apply", "--yes"]);
    assert_eq!(r.code, 2);
    assert!(
        r.err.contains("Application.ReadWrite.All")
            && r.err.contains("PATCH /servicePrincipals/sp-0001"),
        "{}",
        r.err
    );
}

#[test]
fn too_many_requests_waits_for_retry_after_and_gives_up_on_a_long_one() {
    let mut t = good();
    t.throttle = 1;
    t.retry_after = 1;
    let s = Standin::start(t);
    let r = run(&s, &["check", "--json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.wall >= Duration::from_secs(1),
        "Retry-After honoured: {:?}",
        r.wall
    );

    let mut t = good();
    t.throttle = 10;
    t.retry_after = 3600;
    let s = Standin::start(t);
    let r = run(&s, &["check"]);
    assert_eq!(r.code, 2);
    assert!(
        r.err.contains("3600") && r.wall < Duration::from_secs(5),
        "{} {:?}",
        r.err,
        r.wall
    );

    let mut t = good();
    t.throttle = 10;
    t.retry_after = 0;
    let s = Standin::start(t);
    let r = run(&s, &["check"]);
    assert_eq!(r.code, 2, "MAX_RETRIES: {}", r.err);
    assert_eq!(
        s.graph_requests(),
        1 + topdesk_sso::core::graph::MAX_RETRIES as usize
    );
}

#[test]
fn assignments_are_paged_and_a_next_link_off_graph_is_refused() {
    let mut t = good();
    t.assignments = 5;
    t.page_size = 2;
    let s = Standin::start(t);
    let r = run(&s, &["check", "--json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(
        check_of(&r.json(), "entra-assignment")["entra"],
        "required=true, assigned=5"
    );
    let pages = s
        .log()
        .iter()
        .filter(|l| l.path.contains("appRoleAssignedTo"))
        .count();
    assert_eq!(pages, 3);

    let mut t = good();
    t.assignments = 5;
    t.page_size = 2;
    t.foreign_next_link = true;
    let s = Standin::start(t);
    let r = run(&s, &["check"]);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("graph.example.net"), "{}", r.err);
}

#[test]
fn addresses_that_are_not_https_are_refused_before_anything_is_sent() {
    let s = Standin::start(good());
    let r = run(&s, &["check", "--graph-url", "http://localhost:1"]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(
        r.err.contains("--graph-url") && r.err.contains("plain http://"),
        "{}",
        r.err
    );
    let r = run(&s, &["check", "--login-url", "ftp://x"]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(
        r.err.contains("--login-url") && r.err.contains("ftp://"),
        "{}",
        r.err
    );
    assert!(s.log().is_empty(), "{:?}", s.log());
}

#[test]
fn create_lists_its_plan_and_writes_nothing_without_yes() {
    let mut t = good();
    t.sps.clear();
    t.apps.clear();
    let s = Standin::start(t);
    let r = run(&s, &["create", "--tenant", TENANT, "--json"]);
    assert_eq!(r.code, 1, "{}\n{}", r.out, r.err);
    let plan = plan_of(&r.json(), "plan");
    let steps: Vec<(&str, &str)> = plan
        .iter()
        .map(|(m, p, _)| (m.as_str(), p.as_str()))
        .collect();
    assert_eq!(
        steps,
        vec![
            ("POST", "/applicationTemplates/tmpl-secure/instantiate"),
            (
                "POST",
                "/servicePrincipals/{servicePrincipalId}/addTokenSigningCertificate"
            ),
            ("PATCH", "/servicePrincipals/{servicePrincipalId}"),
            ("PATCH", "/servicePrincipals/{servicePrincipalId}"),
            ("PATCH", "/applications/{applicationId}"),
            ("PATCH", "/applications/{applicationId}"),
            ("PATCH", "/servicePrincipals/{servicePrincipalId}"),
        ]
    );
    assert_eq!(plan[0].2, json!({"displayName": "TOPdesk - Secure"}));
    assert!(s.writes().is_empty());
}

#[test]
fn create_waits_out_replication_adds_the_first_certificate_and_applies() {
    let mut t = good();
    t.sps.clear();
    t.apps.clear();
    t.lag = 3;
    t.assignments = 0;
    let s = Standin::start(t);
    let r = run(
        &s,
        &[
            "create",
            "--tenant",
            TENANT,
            "--name",
            "TOPdesk SSO",
            "--yes",
            "--json",
        ],
    );
    // Nobody is assigned yet: the check says so (exit 1).
    assert_eq!(r.code, 1, "{}\n{}", r.out, r.err);
    let json = r.json();
    let (signer, _) = fixture_signer();
    assert_eq!(json["created"]["thumbprint"], signer);
    assert_eq!(
        json["created"]["app_id"],
        "99999999-0000-4000-8000-000000000001"
    );
    let nf = s
        .log()
        .iter()
        .filter(|l| l.path.starts_with("/v1.0"))
        .count();
    assert!(nf >= 3 + 7, "the 404s were retried: {nf} requests");
    let writes: Vec<String> = s
        .writes()
        .iter()
        .map(|w| format!("{} {}", w.method, w.path))
        .collect();
    assert_eq!(
        writes[0],
        "POST /v1.0/applicationTemplates/tmpl-secure/instantiate"
    );
    assert!(
        writes
            .iter()
            .any(|w| w.ends_with("/addTokenSigningCertificate"))
    );
    assert_eq!(
        s.sp()["preferredTokenSigningKeyThumbprint"],
        signer.as_str(),
        "the first certificate made active"
    );
    assert_eq!(s.sp()["preferredSingleSignOnMode"], "saml");
    assert_eq!(s.app()["identifierUris"], json!([IDENTIFIER]));
    assert_eq!(s.app()["displayName"], "TOPdesk SSO");
    for code in [
        "entra-sso-mode",
        "entra-identifier",
        "entra-reply-url",
        "entra-sign-on-url",
        "entra-signing-cert",
    ] {
        assert_eq!(check_of(&json, code)["status"], "ok", "{code}");
    }
    assert_eq!(check_of(&json, "entra-assignment")["status"], "missing");
    assert!(
        json["metadata_url"]
            .as_str()
            .unwrap()
            .contains("appid=99999999-0000-4000-8000-000000000001")
    );
}

#[test]
fn create_refuses_when_the_app_exists() {
    let s = Standin::start(good());
    let r = run(&s, &["create", "--yes"]);
    assert_eq!(r.code, 2);
    assert!(
        r.err.contains("11111111-2222-4333-8444-555555555555"),
        "{}",
        r.err
    );
    assert!(s.writes().is_empty());
}

#[test]
fn device_code_sign_in_shows_the_code_and_polls_until_signed_in() {
    let mut t = good();
    t.pending = 2;
    let s = Standin::start(t);
    let r = run_with(&s, &["check", "--client-id", CLIENT_ID, "--json"], false);
    assert_eq!(r.code, 0, "{}\n{}", r.out, r.err);
    assert!(
        r.err.contains(USER_CODE) && r.err.contains("https://microsoft.com/devicelogin"),
        "{}",
        r.err
    );
    assert!(
        !r.out.contains(USER_CODE),
        "the code goes to stderr, JSON stays clean"
    );
    let polls = s
        .log()
        .iter()
        .filter(|l| l.path.ends_with("/oauth2/v2.0/token"))
        .count();
    assert_eq!(polls, 3);
    // No --tenant and no --idp: the device code is asked of `organizations`.
    assert!(
        s.log()[0]
            .path
            .starts_with("/organizations/oauth2/v2.0/devicecode"),
        "{:?}",
        s.log()[0]
    );
}

#[test]
fn device_code_expiry_and_an_unregistered_client_are_one_clear_answer() {
    let mut t = good();
    t.expire = true;
    let s = Standin::start(t);
    let r = run_with(&s, &["check", "--client-id", CLIENT_ID], false);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("expired"), "{}", r.err);

    let mut t = good();
    t.unknown_client = true;
    let s = Standin::start(t);
    let r = run_with(&s, &["check", "--client-id", CLIENT_ID], false);
    assert_eq!(r.code, 2);
    assert!(
        r.err.contains("AADSTS700016")
            && r.err.contains("http://localhost")
            && r.err.contains("Application.Read.All"),
        "the registration steps: {}",
        r.err
    );

    let mut t = good();
    t.blocked = true;
    let s = Standin::start(t);
    let r = run_with(&s, &["check", "--client-id", CLIENT_ID], false);
    assert_eq!(r.code, 2);
    assert!(
        r.err.contains("AADSTS53003") && r.err.contains("az account get-access-token"),
        "the az route: {}",
        r.err
    );
}

#[test]
fn create_is_refused_in_a_national_cloud_before_anything_is_written() {
    let mut t = good();
    t.sps.clear();
    t.apps.clear();
    let s = Standin::start(t);
    let r = run(&s, &["create", "--cloud", "usgov", "--yes"]);
    assert_eq!(r.code, 2, "{}", r.out);
    assert!(r.err.contains("addTokenSigningCertificate"), "{}", r.err);
    assert!(s.writes().is_empty());
}

/// `slow_down` adds 5 s to the interval; the wait is bounded by the code's lifetime. Timed with
/// a recorded clock, not waited for.
#[test]
fn device_code_polling_slows_down_and_stops_at_expiry() {
    use std::sync::{Arc, Mutex};
    use topdesk_sso::core::fetch::{Cancel, FetchOptions, Trust};
    use topdesk_sso::core::graph::client::Http;
    use topdesk_sso::core::graph::{Cloud, Endpoints, GraphError, token};

    let sign_in = |t: Tenant| {
        let s = Standin::start(t);
        let waited = Arc::new(Mutex::new(Duration::ZERO));
        let log = Arc::clone(&waited);
        let options = FetchOptions {
            trust: Trust::Roots(vec![s.server.root.clone()]),
            proxy_from_env: false,
            ..FetchOptions::default()
        };
        let http = Http::new(&options, Cancel::default())
            .unwrap()
            .with_sleep(Arc::new(move |d| *log.lock().unwrap() += d));
        let endpoints = Endpoints::new(Cloud::Global, Some(&s.url()), Some(&s.url())).unwrap();
        let mut shown = Vec::new();
        let result = token::device_code(&http, &endpoints, TENANT, CLIENT_ID, "x", &mut |c| {
            shown.push(c.user_code.clone());
        });
        assert_eq!(shown, [USER_CODE]);
        let waited = *waited.lock().unwrap();
        (result, waited)
    };
    let (token, waited) = sign_in(Tenant {
        slow_down: 1,
        pending: 1,
        interval: 2,
        ..good()
    });
    let token = token.unwrap();
    assert_eq!(format!("{token:?}"), "Token(redacted)");
    assert_eq!(token.tenant().as_deref(), Some(TENANT));
    assert_eq!(
        waited,
        Duration::from_secs(2 + 7 + 7),
        "2 s, slow_down: 7 s, 7 s"
    );

    let (result, waited) = sign_in(Tenant {
        pending: 100_000,
        interval: 60,
        ..good()
    });
    assert!(
        matches!(result, Err(GraphError::DeviceCodeExpired)),
        "{result:?}"
    );
    assert!(
        waited <= topdesk_sso::core::graph::DEVICE_CODE_MAX_WAIT,
        "{waited:?}"
    );
}

/// With `--idp` the metadata TOPdesk has is the one compared (nothing fetched); its tenant is
/// the one read from.
#[test]
fn the_metadata_topdesk_has_is_compared_when_given() {
    let (signer, _) = fixture_signer();
    let (mut sp, app) = good_app(&signer);
    // Entra has switched to a new certificate that TOPdesk's file does not list yet.
    let new = "ABCDEF0123456789ABCDEF0123456789ABCDEF01";
    let mut keys = signing_keys(&signer, "k-a-", "2023-12-22T00:00:00Z");
    keys.extend(signing_keys(new, "k-b-", "2026-12-22T00:00:00Z"));
    sp["keyCredentials"] = json!(keys);
    sp["preferredTokenSigningKeyThumbprint"] = json!(new.to_ascii_lowercase());
    let s = Standin::start(tenant(sp, app));
    let idp = common::data(common::ENTRA_SINGLE);
    let r = run(&s, &["check", "--idp", idp.to_str().unwrap(), "--json"]);
    assert_eq!(r.code, 1, "{}", r.err);
    let json = r.json();
    assert_eq!(json["entra"]["tenant"], TENANT);
    let signing = check_of(&json, "entra-signing-cert");
    assert_eq!(signing["status"], "mismatch");
    assert_eq!(signing["entra"], new, "thumbprints compared in upper case");
    assert_eq!(signing["expected"], signer.as_str());
    assert!(
        s.log()
            .iter()
            .all(|l| !l.path.contains("federationmetadata"))
    );
    assert!(json.get("metadata_url").is_none());
}

#[test]
fn answers_are_capped_in_size_and_listings_in_pages() {
    use topdesk_sso::core::graph::{MAX_PAGES, MAX_RESPONSE_BYTES};
    let mut t = good();
    t.huge = MAX_RESPONSE_BYTES + 1;
    let s = Standin::start(t);
    let r = run(&s, &["check"]);
    assert_eq!(r.code, 2, "{}", r.out);
    assert!(r.err.contains("4 MiB"), "names the cap: {}", r.err);

    let mut t = good();
    t.assignments = MAX_PAGES + 5;
    t.page_size = 1;
    let s = Standin::start(t);
    let r = run(&s, &["check", "--json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let pages = s
        .log()
        .iter()
        .filter(|l| l.path.contains("appRoleAssignedTo"))
        .count();
    assert_eq!(pages, MAX_PAGES);
    assert_eq!(
        check_of(&r.json(), "entra-assignment")["entra"],
        format!("required=true, assigned={MAX_PAGES}+")
    );
}

#[test]
fn an_app_id_that_does_not_exist_is_named() {
    let s = Standin::start(good());
    let r = run(
        &s,
        &[
            "check",
            "--app",
            "deadbeef-0000-4000-8000-000000000000",
            "--json",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.err);
    let json = r.json();
    assert_eq!(check_of(&json, "entra-app")["status"], "missing");
    let message = finding(&json, "entra-app").unwrap()["message"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        message.contains("deadbeef-0000-4000-8000-000000000000"),
        "{message}"
    );
    assert!(
        s.log()[0]
            .path
            .starts_with("/v1.0/servicePrincipals(appId="),
        "{:?}",
        s.log()[0]
    );
    // Found by its id, the app is checked as usual.
    let r = run(
        &s,
        &[
            "check",
            "--app",
            "11111111-2222-4333-8444-555555555555",
            "--json",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
}
