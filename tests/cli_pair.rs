//! The TOPdesk key pair through the `topdesk-sso` binary: `check --cert --key`, passwords,
//! `keygen` and `export`, each verdict and file checked against `openssl` reading the same files.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use base64::Engine as _;
use serde_json::Value;
use topdesk_sso::core::bundle::{
    CERT_DER_FILE, CERT_PEM_FILE, ENTRA_CERT_DER_FILE, KEY_FILE, MANIFEST_FILE, METADATA_FILE,
    REMINDERS_FILE, SETTINGS_FILE,
};

/// Distinctive, so a leak anywhere is found by a plain substring search.
use common::{Lab, PASSWORD};
const WRONG: &str = "Wrong-Pw-Qx9";
/// Inside the validity of the single-cert Entra fixture and of [`export_pair`].
const EXPORT_NOW: &str = "2022-06-01T00:00:00Z";

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Out {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}{}", self.stdout, self.stderr))
    }

    /// Exit 2 with exactly one line on stderr and nothing on stdout.
    fn refused(&self) -> &str {
        assert_eq!(self.code, 2, "{}{}", self.stdout, self.stderr);
        assert!(self.stdout.is_empty(), "{}", self.stdout);
        assert_eq!(self.stderr.lines().count(), 1, "{}", self.stderr);
        &self.stderr
    }

    fn shows(&self, secret: &str) -> bool {
        self.stdout.contains(secret) || self.stderr.contains(secret)
    }
}

/// Runs the binary with stdin closed (no terminal: never a prompt) and `TOPDESK_PW` set.
fn run(args: &[&str]) -> Out {
    let out = common::cli_command()
        .args(args)
        .env("TOPDESK_PW", PASSWORD)
        .env("TOPDESK_WRONG", WRONG)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    Out {
        code: out.status.code().unwrap(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

fn codes(report: &Value) -> Vec<&str> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect()
}

/// Extra openssl views used by these tests.
trait LabExt {
    fn cert_pem(&self, file: &str) -> String;
    fn key_pem(&self, file: &str) -> String;
    fn cert_pubkey(&self, file: &str) -> Vec<u8>;
    fn key_pubkey(&self, file: &str) -> Vec<u8>;
    fn assert_same_cert(&self, json: &Value, pem: &str);
}

impl LabExt for Lab {
    /// The certificate in any input file, as a PEM file openssl wrote itself.
    fn cert_pem(&self, file: &str) -> String {
        let out = format!("{file}.openssl.crt");
        let cmd = match Path::new(file).extension().and_then(|e| e.to_str()) {
            Some("cer") => format!("x509 -inform DER -in {file} -out {out}"),
            Some("b64") => {
                let text: String = String::from_utf8(self.read(file))
                    .unwrap()
                    .split_whitespace()
                    .collect();
                let der = base64::engine::general_purpose::STANDARD
                    .decode(text)
                    .unwrap();
                self.write(&format!("{file}.der"), der);
                format!("x509 -inform DER -in {file}.der -out {out}")
            }
            Some("pfx") => format!(
                "pkcs12 {} -in {file} -nokeys -clcerts -passin PASS -out {out}",
                legacy(file)
            ),
            _ => format!("x509 -in {file} -out {out}"),
        };
        self.ssl(&cmd);
        out
    }

    /// The private key in any input file, decrypted by openssl into an unencrypted PEM file.
    fn key_pem(&self, file: &str) -> String {
        let out = format!("{file}.openssl.key");
        let cmd = match Path::new(file).extension().and_then(|e| e.to_str()) {
            Some("pfx") => format!(
                "pkcs12 {} -in {file} -nocerts -nodes -passin PASS -out {out}",
                legacy(file)
            ),
            Some("der") => format!("pkey -inform DER -in {file} -passin PASS -out {out}"),
            _ => format!("pkey -in {file} -passin PASS -out {out}"),
        };
        self.ssl(&cmd);
        out
    }

    fn cert_pubkey(&self, file: &str) -> Vec<u8> {
        self.ssl(&format!("x509 -pubkey -noout -in {}", self.cert_pem(file)))
    }

    fn key_pubkey(&self, file: &str) -> Vec<u8> {
        self.ssl(&format!("pkey -pubout -in {}", self.key_pem(file)))
    }

    /// Asserts that the JSON certificate summary agrees with openssl about the certificate.
    fn assert_same_cert(&self, json: &Value, pem: &str) {
        let said = |args: &str| {
            String::from_utf8(self.ssl(&format!("x509 -noout -in {pem} {args}"))).unwrap()
        };
        let after_eq = |s: String| s.trim().split_once('=').unwrap().1.to_owned();
        let sha1 = after_eq(said("-fingerprint -sha1")).replace(':', "");
        let sha256 = after_eq(said("-fingerprint -sha256"));
        assert_eq!(json["sha1_thumbprint"], sha1.as_str(), "{pem}");
        assert_eq!(json["sha256_fingerprint"], sha256.as_str(), "{pem}");
        // "notBefore=2026-11-28 12:39:48Z" → RFC 3339.
        let dates = said("-dates -dateopt iso_8601");
        for (line, field) in dates.lines().zip(["not_before", "not_after"]) {
            let iso = line.split_once('=').unwrap().1.replace(' ', "T");
            assert_eq!(json[field], iso.as_str(), "{pem} {field}");
        }
        let bits = json["key_bits"].as_u64().unwrap();
        assert!(
            said("-text").contains(&format!("Public-Key: ({bits} bit)")),
            "{pem}: {bits} bits"
        );
    }
}

fn legacy(file: &str) -> &'static str {
    if file.contains("legacy") {
        "-legacy"
    } else {
        ""
    }
}

/// The variants of `{n}.crt`: PEM, DER, bare base64 (one line, and CRLF at 76 as Windows saves
/// it), a PFX and a combined PEM (both also hold the key).
fn cert_variants(lab: &Lab, n: &str) -> Vec<String> {
    lab.ssl(&format!("x509 -in {n}.crt -outform DER -out {n}.cer"));
    let b64 = common::b64(&lab.read(&format!("{n}.cer")));
    lab.write(&format!("{n}.b64"), &b64);
    lab.write(&format!("{n}-crlf.b64"), common::wrap76(&b64) + "\r\n");
    lab.ssl(&format!(
        "pkcs12 -export -in {n}.crt -inkey {n}.key -passout PASS -out {n}-cert.pfx"
    ));
    lab.write(
        &format!("{n}-combined.pem"),
        [lab.read(&format!("{n}.crt")), lab.read(&format!("{n}.key"))].concat(),
    );
    [
        ".crt",
        ".cer",
        ".b64",
        "-crlf.b64",
        "-cert.pfx",
        "-combined.pem",
    ]
    .iter()
    .map(|s| format!("{n}{s}"))
    .collect()
}

/// The variants of `a.key`, with the `format` the JSON must name.
fn key_variants(lab: &Lab) -> Vec<(&'static str, &'static str)> {
    for cmd in [
        "pkcs8 -topk8 -nocrypt -in a.key -outform DER -out pkcs8.der",
        "rsa -in a.key -traditional -out pkcs1.pem",
        "rsa -in a.key -traditional -outform DER -out pkcs1.der",
        "pkcs8 -topk8 -v2 aes-256-cbc -in a.key -passout PASS -out pbes2.pem",
        "pkcs8 -topk8 -v2 aes-256-cbc -in a.key -passout PASS -outform DER -out pbes2.der",
        "rsa -in a.key -aes256 -traditional -passout PASS -out legacy-enc.pem",
        "pkcs12 -export -in a.crt -inkey a.key -passout PASS -out default.pfx",
        "pkcs12 -export -legacy -in a.crt -inkey a.key -passout PASS -out legacy.pfx",
        "pkcs12 -export -keypbe NONE -certpbe NONE -in a.crt -inkey a.key -passout PASS -out nopbe.pfx",
    ] {
        lab.ssl(cmd);
    }
    let pem = String::from_utf8(lab.read("a.key")).unwrap();
    lab.write(
        "swapped-header.pem",
        pem.replace(" PRIVATE KEY-----", " RSA PRIVATE KEY-----"),
    );
    vec![
        ("a.key", "pkcs8-pem"),
        ("pkcs8.der", "pkcs8-der"),
        ("pkcs1.pem", "pkcs1-pem"),
        ("pkcs1.der", "pkcs1-der"),
        ("swapped-header.pem", "pkcs8-under-rsa-header"),
        ("pbes2.pem", "encrypted-pkcs8-pem"),
        ("pbes2.der", "encrypted-pkcs8-der"),
        ("legacy-enc.pem", "legacy-encrypted-pem"),
        ("default.pfx", "pkcs12"),
        ("legacy.pfx", "pkcs12"),
        ("nopbe.pfx", "pkcs12"),
        ("a-combined.pem", "pkcs8-pem"),
    ]
}

fn is_pfx(file: &str) -> bool {
    Path::new(file).extension().is_some_and(|e| e == "pfx")
}

fn carries_cert(file: &str) -> bool {
    is_pfx(file) || file.contains("combined")
}

/// Required check: the verdict on every pair equals openssl's comparison of
/// `x509 -pubkey -noout` with `pkey -pubout`, and the certificate in the JSON is the one openssl sees.
#[test]
fn pair_verdicts_equal_openssls_public_key_comparison() {
    let Some(lab) = Lab::new() else { return };
    lab.pair("a");
    lab.pair("b");
    let (certs_a, certs_b) = (cert_variants(&lab, "a"), cert_variants(&lab, "b"));
    let keys = key_variants(&lab);
    let mut runs: Vec<(String, &str, &str)> = Vec::new();
    for (i, (key, format)) in keys.iter().enumerate() {
        runs.push((certs_a[i % certs_a.len()].clone(), key, format));
        if !carries_cert(key) {
            runs.push((certs_b[i % certs_b.len()].clone(), key, format));
        }
    }
    for cert in &certs_b {
        runs.push((cert.clone(), "a.key", "pkcs8-pem"));
    }
    let mut pubkeys: HashMap<String, Vec<u8>> = HashMap::new();
    let (mut matches, mut mismatches) = (0, 0);
    for (cert, key, format) in &runs {
        let cert_pub = pubkeys
            .entry(cert.clone())
            .or_insert_with(|| lab.cert_pubkey(cert))
            .clone();
        let key_pub = pubkeys
            .entry((*key).to_owned())
            .or_insert_with(|| lab.key_pubkey(key))
            .clone();
        let openssl_match = cert_pub == key_pub;
        let out = run(&[
            "check",
            "--cert",
            &lab.p(cert),
            "--key",
            &lab.p(key),
            "--password-env",
            "TOPDESK_PW",
            "--json",
        ]);
        let v = out.json();
        let pair = &v["pair"];
        let expected = if openssl_match { "match" } else { "mismatch" };
        assert_eq!(pair["status"], expected, "{cert} + {key}: {:?}", codes(&v));
        assert_eq!(out.code, i32::from(!openssl_match), "{cert} + {key}");
        assert!(codes(&v).contains(&if openssl_match {
            "pair-match"
        } else {
            "pair-mismatch"
        }));
        assert_eq!(pair["key"]["format"], *format, "{key}");
        assert_eq!(pair["key"]["bits"], 2048, "{key}");
        let encrypted = key.contains("pbes2") || key.contains("enc") || is_pfx(key);
        assert_eq!(pair["key"]["encrypted"], encrypted, "{key}");
        lab.assert_same_cert(&pair["certificate"], &lab.cert_pem(cert));
        assert!(!out.shows(PASSWORD), "{cert} + {key}: password shown");
        if openssl_match {
            matches += 1;
        } else {
            mismatches += 1;
        }
    }
    assert!(
        matches >= 12 && mismatches >= 12,
        "{matches} matches, {mismatches} mismatches"
    );
    // The text report says it in words.
    let text = run(&[
        "check",
        "--cert",
        &lab.p("a.cer"),
        "--key",
        &lab.p("pkcs1.pem"),
    ]);
    assert!(
        text.stdout
            .contains("MATCH: the certificate and the key belong together"),
        "{}",
        text.stdout
    );
    let text = run(&["check", "--cert", &lab.p("b.crt"), "--key", &lab.p("a.key")]);
    assert_eq!(text.code, 1);
    assert!(
        text.stdout.contains("NO MATCH") && text.stdout.contains("[pair-mismatch]"),
        "{}",
        text.stdout
    );
}

#[test]
fn one_file_alone() {
    let Some(lab) = Lab::new() else { return };
    lab.pair("a");
    key_variants(&lab);
    cert_variants(&lab, "a");
    // A PFX or a combined PEM is a whole pair, in either slot.
    for (slot, file) in [
        ("--cert", "default.pfx"),
        ("--key", "default.pfx"),
        ("--cert", "a-combined.pem"),
        ("--key", "a-combined.pem"),
    ] {
        let out = run(&[
            "check",
            slot,
            &lab.p(file),
            "--password-env",
            "TOPDESK_PW",
            "--json",
        ]);
        assert_eq!(out.code, 0, "{slot} {file}: {}", out.stderr);
        assert_eq!(out.json()["pair"]["status"], "match", "{slot} {file}");
    }
    let cert_only = run(&["check", "--cert", &lab.p("a.crt"), "--json"]).json();
    assert_eq!(cert_only["pair"]["status"], "incomplete");
    assert!(cert_only["pair"]["key"].is_null());
    lab.assert_same_cert(&cert_only["pair"]["certificate"], &lab.p("a.crt"));
    let key_only = run(&["check", "--key", &lab.p("pkcs8.der"), "--json"]).json();
    assert_eq!(key_only["pair"]["status"], "incomplete");
    assert!(key_only["pair"]["certificate"].is_null());
    assert_eq!(key_only["pair"]["key"]["format"], "pkcs8-der");
}

#[test]
fn a_missing_or_wrong_password_is_one_line_exit_2_and_never_echoed() {
    let Some(lab) = Lab::new() else { return };
    lab.pair("a");
    key_variants(&lab);
    lab.write("pw.txt", format!("{PASSWORD}\r\n"));
    let pw_file = lab.p("pw.txt");
    for (slot, file) in [
        ("--key", "pbes2.pem"),
        ("--key", "pbes2.der"),
        ("--key", "legacy-enc.pem"),
        ("--key", "default.pfx"),
        ("--key", "legacy.pfx"),
        ("--cert", "default.pfx"),
    ] {
        let path = lab.p(file);
        let mut args = vec!["check", slot, path.as_str()];
        let cert = lab.p("a.crt");
        if slot == "--key" {
            args.extend(["--cert", cert.as_str()]);
        }
        let missing = run(&args);
        let line = missing.refused();
        assert!(
            line.contains("password") && line.contains("--password-env"),
            "{line}"
        );
        assert!(
            line.trim_end().ends_with(&path),
            "the file comes last: {line}"
        );

        let wrong = run(&[args.as_slice(), &["--password-env", "TOPDESK_WRONG"]].concat());
        let line = wrong.refused();
        assert!(
            line.contains("password") && line.contains("wrong") && line.contains(&path),
            "{line}"
        );
        assert!(!wrong.shows(WRONG) && !wrong.shows(PASSWORD), "{line}");

        // Right, from a file saved on Windows (CRLF); in text and JSON.
        for json in [false, true] {
            let mut ok_args = [args.as_slice(), &["--password-file", &pw_file]].concat();
            if json {
                ok_args.push("--json");
            }
            let ok = run(&ok_args);
            assert_eq!(ok.code, 0, "{file}: {}", ok.stderr);
            assert!(!ok.shows(PASSWORD), "{file}: password shown");
            if json {
                assert_eq!(ok.json()["pair"]["status"], "match", "{file}");
            }
        }
    }
    let unset = run(&[
        "check",
        "--key",
        &lab.p("pbes2.pem"),
        "--password-env",
        "TOPDESK_NO_SUCH_VAR",
    ]);
    assert!(
        unset.refused().contains("TOPDESK_NO_SUCH_VAR"),
        "{}",
        unset.stderr
    );
}

/// The pair `export` works with: valid 2022-01-01 → 2024-01-01 (Entra's fixture is valid in 2022).
fn export_pair(lab: &Lab) {
    let pair = common::cert(
        topdesk_sso::core::keygen::KeyAlgorithm::Rsa { bits: 2048 },
        topdesk_sso::core::keygen::SignatureHash::Sha256,
        "acme.topdesk.net",
        time::macros::datetime!(2022-01-01 0:00 UTC),
        time::macros::datetime!(2024-01-01 0:00 UTC),
    );
    lab.write("t.cer", &pair.certificate_der);
    lab.write("t.pk8.der", &pair.private_key_pkcs8_der);
    lab.ssl("x509 -inform DER -in t.cer -out t.crt");
    lab.ssl("pkey -inform DER -in t.pk8.der -out t.key");
    lab.ssl("rsa -in t.key -aes256 -traditional -passout PASS -out t-enc.key");
    lab.ssl("pkcs12 -export -legacy -in t.crt -inkey t.key -passout PASS -out t-legacy.pfx");
    let sp = common::Sp {
        cert_der: Some(pair.certificate_der.clone()),
        ..common::Sp::secure()
    };
    lab.write("sp.xml", sp.xml());
    lab.write("idp.xml", common::read(common::ENTRA_SINGLE));
}

/// Bytes and modification time, to prove a file was left alone.
fn snapshot(path: &str) -> (Vec<u8>, std::time::SystemTime) {
    (
        std::fs::read(path).unwrap(),
        std::fs::metadata(path).unwrap().modified().unwrap(),
    )
}

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Pieces of `secret` as they would appear if leaked: base64 at every alignment, and hex.
fn leak_probes(secret: &[u8]) -> Vec<String> {
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut probes: Vec<String> = (0..3)
        .map(|o| b64.encode(&secret[100 + o..148 + o])[4..40].to_owned())
        .collect();
    probes.push(
        secret[100..120]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    );
    probes.push(
        secret[100..120]
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect(),
    );
    probes
}

/// Runs `export` on the Entra fixture and `export_pair`'s SP metadata, password from a file.
fn export(lab: &Lab, args: &[&str]) -> Out {
    lab.write("pw.txt", format!("{PASSWORD}\n"));
    let (idp, sp, pw) = (lab.p("idp.xml"), lab.p("sp.xml"), lab.p("pw.txt"));
    let base = [
        "export",
        "--idp",
        &idp,
        "--sp",
        &sp,
        "--now",
        EXPORT_NOW,
        "--password-file",
        &pw,
    ];
    run(&[&base[..], args].concat())
}

/// Asserts that none of `texts` holds any of `probes` (pieces of the key, or the password).
fn assert_no_leak(texts: &[(&str, &str)], probes: &[String]) {
    for probe in probes {
        for (what, text) in texts {
            assert!(
                !text.contains(probe.as_str()),
                "{what} shows key material or the password"
            );
        }
    }
}

/// Required check: the exported key is read back by `openssl pkey -inform DER` and holds the
/// certificate's public key; the metadata is copied byte for byte; nothing secret is shown.
#[test]
fn export_writes_a_folder_openssl_reads_back() {
    let Some(lab) = Lab::new() else { return };
    export_pair(&lab);
    let inputs = ["idp.xml", "sp.xml", "t.crt", "t-enc.key"].map(|f| lab.p(f));
    let before: Vec<_> = inputs.iter().map(|p| snapshot(p)).collect();
    // From a PEM certificate and a legacy-encrypted PKCS#1 key.
    let out = export(
        &lab,
        &[
            "--cert",
            &inputs[2],
            "--key",
            &inputs[3],
            "--out",
            &lab.p("bundle"),
            "--ics",
            &lab.p("cal.ics"),
        ],
    );
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("key-converted") && out.stdout.contains("Bundle written to"),
        "{}",
        out.stdout
    );
    let dir = lab.0.path().join("bundle");
    for name in [
        METADATA_FILE,
        CERT_PEM_FILE,
        CERT_DER_FILE,
        KEY_FILE,
        ENTRA_CERT_DER_FILE,
        REMINDERS_FILE,
        SETTINGS_FILE,
        MANIFEST_FILE,
    ] {
        assert!(
            dir.join(name).is_file(),
            "{name} missing: {:?}",
            listing(&dir)
        );
    }
    #[cfg(unix)]
    assert_eq!(mode(&dir.join(KEY_FILE)), 0o600);
    assert_eq!(
        std::fs::read(dir.join(METADATA_FILE)).unwrap(),
        common::read(common::ENTRA_SINGLE)
    );
    assert_eq!(
        std::fs::read(dir.join(CERT_DER_FILE)).unwrap(),
        lab.read("t.cer")
    );
    let cert_pub = lab.ssl("x509 -pubkey -noout -in t.crt");
    let key = format!("bundle/{KEY_FILE}");
    assert_eq!(
        lab.ssl(&format!("pkey -inform DER -in {key} -pubout")),
        cert_pub
    );
    assert_eq!(
        lab.ssl(&format!("x509 -pubkey -noout -in bundle/{CERT_PEM_FILE}")),
        cert_pub
    );
    // Unencrypted PKCS#8 (PrivateKeyInfo, not PKCS#1) that openssl calls valid.
    lab.ssl(&format!(
        "pkcs8 -nocrypt -inform DER -in {key} -out pk8.pem"
    ));
    let checked = lab.ssl(&format!("pkey -inform DER -in {key} -check -noout"));
    assert!(String::from_utf8(checked).unwrap().contains("Key is valid"));

    let mut probes = leak_probes(&lab.read(&key));
    let input_key = String::from_utf8(lab.read("t-enc.key")).unwrap();
    probes.extend(
        input_key
            .lines()
            .filter(|l| l.len() > 40)
            .map(str::to_owned),
    );
    probes.push(PASSWORD.to_owned());
    let manifest = std::fs::read_to_string(dir.join(MANIFEST_FILE)).unwrap();
    let settings = std::fs::read_to_string(dir.join(SETTINGS_FILE)).unwrap();
    let reminders = String::from_utf8(lab.read("cal.ics")).unwrap();
    assert_eq!(
        reminders,
        std::fs::read_to_string(dir.join(REMINDERS_FILE)).unwrap(),
        "--ics writes the bundle's reminders"
    );
    assert!(
        out.stdout
            .contains(&format!("written to {}", lab.p("cal.ics"))),
        "{}",
        out.stdout
    );
    let texts = [
        ("stdout", out.stdout.as_str()),
        ("stderr", &out.stderr),
        ("manifest", &manifest),
        ("settings", &settings),
        ("reminders", &reminders),
    ];
    assert_no_leak(&texts, &probes);
    let after: Vec<_> = inputs.iter().map(|p| snapshot(p)).collect();
    assert!(before == after, "an input was modified");
}

#[test]
fn export_writes_a_zip_from_a_legacy_pfx_alone() {
    let Some(lab) = Lab::new() else { return };
    export_pair(&lab);
    let pfx = lab.p("t-legacy.pfx");
    let before = snapshot(&pfx);
    let zip_path = lab.p("bundle.zip");
    let out = export(&lab, &["--cert", &pfx, "--zip", "--out", &zip_path]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    // The zip file holds the key: what protects it was read back from the zip file.
    assert!(out.stdout.contains("(private key, readable by you only;"));
    #[cfg(unix)]
    assert_eq!(mode(Path::new(&zip_path)), 0o600);
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    // Each entry's bytes and the Unix mode it unpacks with.
    let mut entry = |name: &str| {
        let mut file = zip.by_name(&format!("bundle/{name}")).unwrap();
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut file, &mut bytes).unwrap();
        (bytes, file.unix_mode().map(|m| m & 0o777))
    };
    assert_eq!(entry(METADATA_FILE).0, common::read(common::ENTRA_SINGLE));
    let (key, key_mode) = entry(KEY_FILE);
    assert_eq!(key_mode, Some(0o600), "the key unpacks owner-only");
    lab.write("zipped.der", &key);
    let cert_pub = lab.ssl("x509 -pubkey -noout -in t.crt");
    assert_eq!(lab.ssl("pkey -inform DER -in zipped.der -pubout"), cert_pub);
    let manifest = String::from_utf8(entry(MANIFEST_FILE).0).unwrap();
    let mut probes = leak_probes(&key);
    probes.push(PASSWORD.to_owned());
    assert_no_leak(
        &[
            ("stdout", &out.stdout),
            ("stderr", &out.stderr),
            ("manifest", &manifest),
        ],
        &probes,
    );
    assert!(before == snapshot(&pfx), "the PFX was modified");
}

#[test]
fn export_refuses_while_errors_stand_and_writes_nothing() {
    let Some(lab) = Lab::new() else { return };
    export_pair(&lab);
    lab.pair("other");
    // Entra's signing certificate as Microsoft's tutorial has people save it (bare base64).
    let entra_cert = topdesk_sso::core::check::check_all(
        &topdesk_sso::core::check::CheckInput {
            idp: Some(&common::read(common::ENTRA_SINGLE)),
            ..topdesk_sso::core::check::CheckInput::new(common::NOW_SINGLE_VALID)
        },
        &topdesk_sso::core::check::PairFiles::default(),
    )
    .unwrap()
    .idp
    .unwrap()
    .certificates[0]
        .info
        .der
        .clone();
    lab.write("entra.b64", common::b64(&entra_cert));
    let before = listing(lab.0.path());
    for (cert, key, code) in [
        ("t.crt", "other.key", "pair-mismatch"),
        ("entra.b64", "t.key", "cert-is-entra"),
    ] {
        for zip in [false, true] {
            let out_path = lab.p(if zip { "refused.zip" } else { "refused" });
            let (idp, sp, cert, key) = (lab.p("idp.xml"), lab.p("sp.xml"), lab.p(cert), lab.p(key));
            let mut args = vec![
                "export", "--idp", &idp, "--sp", &sp, "--cert", &cert, "--key", &key,
            ];
            args.extend(["--now", EXPORT_NOW, "--out", &out_path]);
            if zip {
                args.push("--zip");
            }
            let out = run(&args);
            assert_eq!(out.code, 1, "{cert} + {key}: {}{}", out.stdout, out.stderr);
            assert!(
                out.stdout.contains("Nothing was written") && out.stdout.contains(code),
                "{}",
                out.stdout
            );
            assert_eq!(listing(lab.0.path()), before, "something was written");
        }
    }
}

#[test]
fn export_refuses_an_existing_output_and_a_wrong_password() {
    let Some(lab) = Lab::new() else { return };
    export_pair(&lab);
    std::fs::create_dir(lab.p("existing")).unwrap();
    lab.write("existing/keep.txt", "mine");
    lab.write("existing.zip", "not a zip, but mine");
    let args = |out: &str, key: &str, pw: &str| -> Vec<String> {
        [
            "export",
            "--idp",
            &lab.p("idp.xml"),
            "--sp",
            &lab.p("sp.xml"),
            "--cert",
            &lab.p("t.crt"),
            "--key",
            &lab.p(key),
        ]
        .into_iter()
        .map(str::to_owned)
        .chain(
            [
                "--password-env",
                pw,
                "--now",
                EXPORT_NOW,
                "--out",
                &lab.p(out),
            ]
            .map(str::to_owned),
        )
        .collect()
    };
    for (out, zip) in [("existing", false), ("existing.zip", true)] {
        let mut a = args(out, "t-enc.key", "TOPDESK_PW");
        if zip {
            a.push("--zip".into());
        }
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let res = run(&a);
        assert!(res.refused().contains("already exists"), "{}", res.stderr);
    }
    assert_eq!(listing(&lab.0.path().join("existing")), ["keep.txt"]);
    assert_eq!(lab.read("existing/keep.txt"), b"mine");
    assert_eq!(lab.read("existing.zip"), b"not a zip, but mine");

    let before = listing(lab.0.path());
    let a = args("new-bundle", "t-enc.key", "TOPDESK_WRONG");
    let res = run(&a.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(res.refused().contains("wrong"), "{}", res.stderr);
    assert!(!res.shows(WRONG));
    assert_eq!(listing(lab.0.path()), before, "something was written");
}

/// Required check: a generated pair passes `openssl x509 -checkend` for a day but not for
/// `--days` + 1 days, and `check` proves it a matching pair.
#[test]
fn keygen_pairs_pass_openssl_and_the_pair_check() {
    let Some(lab) = Lab::new() else { return };
    for (bits, days) in [("2048", None), ("3072", Some(30_u32)), ("4096", Some(2))] {
        let out_dir = format!("gen-{bits}");
        let mut args = vec!["keygen", "--host", "acme.topdesk.net", "--bits", bits];
        let days_arg = days.map(|d| d.to_string());
        if let Some(d) = &days_arg {
            args.extend(["--days", d]);
        }
        let target = lab.p(&out_dir);
        args.extend(["--out", &target]);
        let out = run(&args);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stdout.contains(&format!("RSA-{bits}")),
            "{}",
            out.stdout
        );
        // Said because it was read back from the file, not assumed.
        assert!(
            out.stdout
                .contains("private key, unencrypted PKCS#8 DER, readable by you only"),
            "{}",
            out.stdout
        );
        let days = days.unwrap_or(730);
        let (pem, der, key) = (
            format!("{out_dir}/topdesk-certificate.pem"),
            format!("{out_dir}/topdesk-certificate.cer"),
            format!("{out_dir}/topdesk-private-key.pk8.der"),
        );
        let checkend = |secs: u32| {
            lab.try_ssl(&format!("x509 -checkend {secs} -noout -in {pem}"))
                .status
                .success()
        };
        assert!(checkend(86_400), "RSA-{bits}: expires within a day");
        // Exactly `days` from generation: an hour short still passes, the full span does not.
        assert!(
            checkend(days * 86_400 - 3_600),
            "RSA-{bits}: shorter than {days} days"
        );
        assert!(
            !checkend(days * 86_400),
            "RSA-{bits}: longer than {days} days"
        );
        assert!(
            !checkend((days + 1) * 86_400),
            "RSA-{bits}: longer than {days} days"
        );
        assert_eq!(
            lab.ssl(&format!("x509 -in {pem} -outform DER")),
            lab.read(&der)
        );
        let subject = String::from_utf8(lab.ssl(&format!(
            "x509 -noout -subject -ext subjectAltName -in {pem}"
        )))
        .unwrap();
        assert!(
            subject.contains("acme.topdesk.net") && subject.contains("DNS:acme.topdesk.net"),
            "{subject}"
        );
        assert_eq!(
            lab.ssl(&format!("pkey -inform DER -in {key} -pubout")),
            lab.ssl(&format!("x509 -pubkey -noout -in {pem}"))
        );
        #[cfg(unix)]
        assert_eq!(mode(&lab.0.path().join(&key)), 0o600);

        let check = run(&[
            "check",
            "--cert",
            &lab.p(&pem),
            "--key",
            &lab.p(&key),
            "--json",
        ]);
        assert_eq!(check.code, 0, "{}", check.stdout);
        let v = check.json();
        assert_eq!(v["pair"]["status"], "match");
        assert_eq!(v["pair"]["key"]["format"], "pkcs8-der");
        assert_eq!(v["pair"]["key"]["encrypted"], false);
        assert_eq!(v["pair"]["key"]["bits"].to_string(), bits);
        assert_eq!(v["pair"]["certificate"]["key_bits"].to_string(), bits);
        assert!(!codes(&v).contains(&"key-converted"), "{:?}", codes(&v));
        lab.assert_same_cert(&v["pair"]["certificate"], &lab.p(&pem));
    }
}

#[test]
fn keygen_refuses_an_existing_out_and_bad_arguments() {
    let Some(lab) = Lab::new() else { return };
    std::fs::create_dir(lab.p("taken")).unwrap();
    lab.write("taken/keep.txt", "mine");
    lab.write("taken-file", "mine too");
    for out in ["taken", "taken-file"] {
        let res = run(&["keygen", "--host", "acme.topdesk.net", "--out", &lab.p(out)]);
        assert!(res.refused().contains("already exists"), "{}", res.stderr);
    }
    assert_eq!(listing(&lab.0.path().join("taken")), ["keep.txt"]);
    assert_eq!(lab.read("taken-file"), b"mine too");
    let fresh = lab.p("fresh");
    for bad in [
        &["--bits", "1024"][..],
        &["--bits", "2047"],
        &["--days", "0"],
        &["--host", "https://acme.topdesk.net/"],
    ] {
        let mut args = vec!["keygen", "--out", &fresh];
        if bad[0] != "--host" {
            args.extend(["--host", "acme.topdesk.net"]);
        }
        args.extend(bad);
        let res = run(&args);
        assert_eq!(res.code, 2, "{bad:?}: {}", res.stderr);
        assert!(!PathBuf::from(&fresh).exists(), "{bad:?} wrote something");
    }
}
