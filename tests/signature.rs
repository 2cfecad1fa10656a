//! The metadata signature verdict, compared with `xmlsec1 --verify` wherever xmlsec1 can judge:
//! the real Entra fixtures, tampered, re-indented and re-serialised copies, and files xmlsec1
//! signs itself at test time. Signature wrapping is where the two differ on purpose: xmlsec1
//! checks whatever the Reference points at, we also insist that it points at the root.

mod common;

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use time::OffsetDateTime;
use time::macros::datetime;
use topdesk_sso::core::cert::{CertInfo, Validity};
use topdesk_sso::core::check::{CheckInput, Report, check};
use topdesk_sso::core::keygen::{self, CertParams, GeneratedPair, KeyAlgorithm, SignatureHash};
use topdesk_sso::core::metadata::{CertBlob, Metadata};
use topdesk_sso::core::signature::{SignatureStatus as S, SignatureVerdict};

const ID_ENTITY: &str = "urn:oasis:names:tc:SAML:2.0:metadata:EntityDescriptor";
const ID_IDP: &str = "urn:oasis:names:tc:SAML:2.0:metadata:IDPSSODescriptor";
const MD: &str = "urn:oasis:names:tc:SAML:2.0:metadata";
const DS: &str = "http://www.w3.org/2000/09/xmldsig#";
const EXC: &str = "http://www.w3.org/2001/10/xml-exc-c14n#";
const REDIRECT: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
/// The tenant of the single-cert fixture, reused in generated files.
const TENANT: &str = "76db22f8-ca3e-4d0a-b5c1-795947fc8943";
const ENTRA_SIGNED: [&str; 3] = [
    common::ENTRA_SINGLE,
    common::ENTRA_ROLLOVER,
    common::ENTRA_TENANT,
];

// ---- Our side ------------------------------------------------------------------------------

fn report_at(bytes: &[u8], now: OffsetDateTime) -> Report {
    let input = CheckInput {
        idp: Some(bytes),
        sp: None,
        section: None,
        idp_entity: None,
        sp_entity: None,
        now,
    };
    check(&input).unwrap()
}

fn ours(bytes: &[u8]) -> SignatureVerdict {
    report_at(bytes, common::NOW)
        .signature
        .expect("no signature verdict")
}

fn codes(bytes: &[u8]) -> Vec<&'static str> {
    report_at(bytes, common::NOW)
        .findings
        .iter()
        .map(|f| f.code.as_str())
        .collect()
}

/// The certificate in the signature's own `KeyInfo`: the key xmlsec1 is given.
fn signature_cert(bytes: &[u8]) -> Option<Vec<u8>> {
    let md = Metadata::read(bytes, None).unwrap();
    md.signature?.certs.into_iter().find_map(|c| match c {
        CertBlob::Der(der) => Some(der),
        CertBlob::Undecodable(_) => None,
    })
}

// ---- xmlsec1 and openssl -------------------------------------------------------------------

/// What xmlsec1 reads: UTF-8 without a BOM (UTF-16 LE is transcoded).
fn utf8(bytes: &[u8]) -> Vec<u8> {
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => rest.to_vec(),
        [0xFF, 0xFE, rest @ ..] => {
            let units: Vec<u16> = rest
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16(&units).unwrap().into_bytes()
        }
        _ => bytes.to_vec(),
    }
}

fn write_pem(dir: &Path, name: &str, label: &str, der: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, keygen::to_pem(label, der)).unwrap();
    path.to_str().unwrap().to_owned()
}

fn id_args(id_nodes: &[&str]) -> Vec<String> {
    id_nodes
        .iter()
        .flat_map(|n| ["--id-attr:ID".to_owned(), (*n).to_owned()])
        .collect()
}

/// `xmlsec1 --verify` with `cert` as the only key: exit 0 = valid, "no Signature node" = absent.
///
/// `--enabled-key-data key-name` pins xmlsec1 to `cert`: by default it prefers an inline
/// `KeyValue` from the (unsigned) `KeyInfo` over `--pubkey-cert-pem`, and so accepts a file
/// signed by anyone who puts their public key there (see `forged_key_info_is_invalid`).
fn xmlsec_verify_with(bytes: &[u8], cert: Option<&[u8]>, id_nodes: &[&str]) -> S {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("metadata.xml");
    std::fs::write(&file, utf8(bytes)).unwrap();
    let mut cmd = Command::new("xmlsec1");
    cmd.args(["--verify", "--enabled-key-data", "key-name"])
        .args(id_args(id_nodes));
    if let Some(der) = cert {
        cmd.arg("--pubkey-cert-pem")
            .arg(write_pem(dir.path(), "cert.pem", "CERTIFICATE", der));
    }
    let out = cmd.arg(&file).output().unwrap();
    if out.status.success() {
        S::Valid
    } else if String::from_utf8_lossy(&out.stderr)
        .contains("failed to find default node with name=\"Signature\"")
    {
        S::Absent
    } else {
        S::Invalid
    }
}

/// xmlsec1's verdict with the certificate the signature carries.
fn xmlsec_verify(bytes: &[u8]) -> S {
    xmlsec_verify_with(bytes, signature_cert(bytes).as_deref(), &[ID_ENTITY])
}

/// `openssl x509 -fingerprint -sha1`, colons removed.
fn openssl_sha1(der: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let pem = write_pem(dir.path(), "cert.pem", "CERTIFICATE", der);
    let out = Command::new("openssl")
        .args(["x509", "-fingerprint", "-sha1", "-noout", "-in", &pem])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "openssl: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap(); // "SHA1 Fingerprint=AB:CD:…"
    text.split_once('=').unwrap().1.trim().replace(':', "")
}

/// Signs `template` with `pair` (`xmlsec1 --sign`) and returns the signed document.
fn xmlsec_sign(template: &str, pair: &GeneratedPair, id_nodes: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let key = write_pem(
        dir.path(),
        "key.pem",
        "PRIVATE KEY",
        &pair.private_key_pkcs8_der,
    );
    let cert = write_pem(dir.path(), "cert.pem", "CERTIFICATE", &pair.certificate_der);
    let (tmpl, out) = (dir.path().join("tmpl.xml"), dir.path().join("out.xml"));
    std::fs::write(&tmpl, template).unwrap();
    let run = Command::new("xmlsec1")
        .args(["--sign", "--privkey-pem", &format!("{key},{cert}")])
        .args(id_args(id_nodes))
        .arg("--output")
        .args([&out, &tmpl])
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "xmlsec1 --sign: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    std::fs::read_to_string(out).unwrap()
}

/// Our verdict and xmlsec1's are both `expected`; a valid one names the certificate xmlsec1 used.
fn assert_agree(name: &str, bytes: &[u8], expected: S) {
    let verdict = ours(bytes);
    let theirs = xmlsec_verify(bytes);
    let both = (verdict.status, theirs);
    assert_eq!(
        both,
        (expected, expected),
        "{name}: ours, xmlsec1 ({verdict:?})"
    );
    let signer = (expected == S::Valid).then(|| openssl_sha1(&signature_cert(bytes).unwrap()));
    assert_eq!(verdict.signed_by, signer, "{name}");
}

// ---- Generated files -----------------------------------------------------------------------

/// An RSA-2048 key pair whose certificate is valid from 1 January `from` to 1 January `to`.
fn key_pair(from: i32, to: i32) -> GeneratedPair {
    let jan1 = |year| OffsetDateTime::UNIX_EPOCH.replace_year(year).unwrap();
    let params = CertParams {
        common_name: "Microsoft Azure Federated SSO Certificate".into(),
        algorithm: KeyAlgorithm::Rsa { bits: 2048 },
        hash: SignatureHash::Sha256,
        not_before: jan1(from),
        not_after: jan1(to),
        dns_names: Vec::new(),
    };
    keygen::generate(&params).unwrap()
}

/// The RSA-2048 "Entra" signer, valid at `common::NOW`, generated once per test binary.
fn entra_key() -> &'static GeneratedPair {
    static PAIR: OnceLock<GeneratedPair> = OnceLock::new();
    PAIR.get_or_init(|| key_pair(2026, 2028))
}

#[derive(Clone, Copy, PartialEq)]
enum Alg {
    Sha256,
    Sha1,
}

#[derive(Clone, Copy, PartialEq)]
enum Layout {
    /// One line, default namespaces, as Entra writes it.
    Entra,
    /// `md:`/`ds:` prefixes declared on the root, indented.
    Prefixed,
}

/// The root's ID; `#_idp` points at the `IDPSSODescriptor`.
const ROOT: &[&str] = &["#_e1"];

/// An Entra-shaped `EntityDescriptor` listing `cert`, with a signature template for xmlsec1.
fn template(alg: Alg, layout: Layout, refs: &[&str], cert: &[u8]) -> String {
    let (md, ds, root_ns, ds_ns) = match layout {
        Layout::Prefixed => (
            "md:",
            "ds:",
            format!(" xmlns:md=\"{MD}\" xmlns:ds=\"{DS}\""),
            String::new(),
        ),
        Layout::Entra => (
            "",
            "",
            format!(" xmlns=\"{MD}\""),
            format!(" xmlns=\"{DS}\""),
        ),
    };
    let (sig_alg, digest_alg) = match alg {
        Alg::Sha256 => (
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            "http://www.w3.org/2001/04/xmlenc#sha256",
        ),
        Alg::Sha1 => (
            "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
            "http://www.w3.org/2000/09/xmldsig#sha1",
        ),
    };
    let references: String = refs
        .iter()
        .map(|uri| {
            format!(
                r#"
      <{ds}Reference URI="{uri}">
        <{ds}Transforms>
          <{ds}Transform Algorithm="{DS}enveloped-signature"/>
          <{ds}Transform Algorithm="{EXC}"/>
        </{ds}Transforms>
        <{ds}DigestMethod Algorithm="{digest_alg}"/>
        <{ds}DigestValue></{ds}DigestValue>
      </{ds}Reference>"#
            )
        })
        .collect();
    let cert = common::b64(cert);
    let xml = format!(
        r#"<{md}EntityDescriptor ID="_e1" entityID="https://sts.windows.net/{TENANT}/"{root_ns}>
  <{ds}Signature{ds_ns}>
    <{ds}SignedInfo>
      <{ds}CanonicalizationMethod Algorithm="{EXC}"/>
      <{ds}SignatureMethod Algorithm="{sig_alg}"/>{references}
    </{ds}SignedInfo>
    <{ds}SignatureValue></{ds}SignatureValue>
    <{ds}KeyInfo><{ds}X509Data/></{ds}KeyInfo>
  </{ds}Signature>
  <{md}IDPSSODescriptor ID="_idp" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <{md}KeyDescriptor use="signing">
      <{ds}KeyInfo{ds_ns}><{ds}X509Data><{ds}X509Certificate>{cert}</{ds}X509Certificate></{ds}X509Data></{ds}KeyInfo>
    </{md}KeyDescriptor>
    <{md}SingleSignOnService Binding="{REDIRECT}" Location="https://login.microsoftonline.com/{TENANT}/saml2"/>
  </{md}IDPSSODescriptor>
</{md}EntityDescriptor>"#
    );
    let body = if layout == Layout::Entra {
        xml.lines().map(str::trim).collect()
    } else {
        xml
    };
    format!("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n{body}\n")
}

/// A template signed by xmlsec1 with [`entra_key`].
fn signed(alg: Alg, layout: Layout, refs: &[&str]) -> String {
    let key = entra_key();
    xmlsec_sign(
        &template(alg, layout, refs, &key.certificate_der),
        key,
        &[ID_ENTITY, ID_IDP],
    )
}

/// Our verdict is invalid, for a reason that mentions `reason`.
fn assert_invalid_because(name: &str, bytes: &[u8], reason: &str) {
    let verdict = ours(bytes);
    let why = verdict.reason.clone().unwrap_or_default().to_string();
    assert!(
        verdict.status == S::Invalid && why.contains(reason),
        "{name}: {verdict:?}"
    );
}

/// A fixture as UTF-8 text without BOM.
fn text(name: &str) -> String {
    String::from_utf8(utf8(&common::read(name))).unwrap()
}

/// A single-line Entra fixture as (prolog, root start tag, `Signature` element, the rest).
fn split_signed(xml: &str) -> [&str; 4] {
    let root = xml.find("<EntityDescriptor").unwrap();
    let sig = xml.find("<Signature").unwrap();
    let end = xml.find("</Signature>").unwrap() + "</Signature>".len();
    [&xml[..root], &xml[root..sig], &xml[sig..end], &xml[end..]]
}

// ---- Tests ---------------------------------------------------------------------------------

/// Every real fixture: the verdict xmlsec1 gives, signed by the certificate xmlsec1 was given.
#[test]
fn real_fixtures_agree_with_xmlsec1() {
    if !common::have_tool("xmlsec1") {
        return;
    }
    let expected = [S::Valid, S::Valid, S::Absent, S::Valid]; // `common::ENTRA_ALL` order
    for (name, want) in common::ENTRA_ALL.into_iter().zip(expected) {
        assert_agree(name, &common::read(name), want);
    }
    // The oracle checks with the key it is given: another certificate fails.
    let wrong = signature_cert(&common::read(common::ENTRA_TENANT)).unwrap();
    let single = common::read(common::ENTRA_SINGLE);
    let theirs = xmlsec_verify_with(&single, Some(&wrong), &[ID_ENTITY]);
    assert_eq!(theirs, S::Invalid);
}

/// One character of the SSO URL changed, every other byte (BOM included) kept.
#[test]
fn tampered_sso_url_is_invalid_for_both() {
    if !common::have_tool("xmlsec1") {
        return;
    }
    for name in ENTRA_SIGNED {
        let mut xml = String::from_utf8(common::read(name)).unwrap();
        let sso = xml.find("<SingleSignOnService").unwrap();
        let at = sso + xml[sso..].find("/saml2\"").unwrap() + "/saml".len();
        xml.replace_range(at..=at, "3");
        assert_agree(name, xml.as_bytes(), S::Invalid);
        let codes = codes(xml.as_bytes());
        let flagged = codes.contains(&"signature-invalid") && !codes.contains(&"signature-valid");
        assert!(flagged, "{name}: {codes:?}");
    }
}

/// Re-indenting the signed content breaks the digest; whitespace in the parts of the signature
/// that are not signed (between `SignedInfo`, `SignatureValue` and `KeyInfo`) does not.
#[test]
fn reindented_content_is_invalid_for_both() {
    if !common::have_tool("xmlsec1") {
        return;
    }
    for name in ENTRA_SIGNED {
        let xml = text(name);
        let [prolog, root, sig, rest] = split_signed(&xml);
        let pretty = format!("{prolog}{root}{sig}{}", rest.replace("><", ">\n  <"));
        assert_agree(name, pretty.as_bytes(), S::Invalid);

        let loose = sig
            .replace("</SignedInfo><", "</SignedInfo>\n  <")
            .replace("</SignatureValue><", "</SignatureValue>\n  <");
        assert_eq!(
            loose.matches('\n').count(),
            2,
            "{name}: the signature layout changed"
        );
        let loose = format!("{prolog}{root}{loose}{rest}");
        assert_agree(name, loose.as_bytes(), S::Valid);
    }
}

/// Rewrites no XML parser can tell apart keep the signature valid for both; a processing
/// instruction is content to exc-c14n, so adding one makes both say invalid.
#[test]
fn equivalent_serialisations_agree() {
    if !common::have_tool("xmlsec1") {
        return;
    }
    let xml = text(common::ENTRA_SINGLE);
    let [_, root, sig, rest] = split_signed(&xml);
    let find = |what: &str, from: usize| from + rest[from..].find(what).unwrap();
    let idp = find("<IDPSSODescriptor", 0);
    let sso_end = find(" />", find("<SingleSignOnService", 0));
    let cert = find("<X509Certificate>", find("<KeyDescriptor", 0)) + "<X509Certificate>".len();
    let cert_end = find("<", cert);
    let splice = |at: usize, end: usize, new: &str| {
        format!("{root}{sig}{}{new}{}", &rest[..at], &rest[end..])
    };
    let swap = |old: &str, new: &str| format!("{root}{sig}{}", rest.replacen(old, new, 1));
    let entity = format!(" entityID=\"https://sts.windows.net/{TENANT}/\"");
    let moved = format!("<EntityDescriptor{entity}");
    let reordered = root
        .replacen(&entity, "", 1)
        .replacen("<EntityDescriptor", &moved, 1);
    let binding = format!("Binding=\"{REDIRECT}\"");
    let cdata = format!("<![CDATA[{}]]>", &rest[cert..cert_end]);
    let cases = [
        (
            "attributes reordered",
            format!("{reordered}{sig}{rest}"),
            S::Valid,
        ),
        (
            "single quotes",
            swap(&binding, &binding.replace('"', "'")),
            S::Valid,
        ),
        (
            "<a></a> for <a />",
            splice(sso_end, sso_end + 3, "></SingleSignOnService>"),
            S::Valid,
        ),
        (
            "character reference",
            swap("/saml2\"", "/saml&#50;\""),
            S::Valid,
        ),
        ("CDATA", splice(cert, cert_end, &cdata), S::Valid),
        ("comment", splice(idp, idp, "<!-- note -->"), S::Valid),
        (
            "processing instruction",
            splice(idp, idp, "<?note x?>"),
            S::Invalid,
        ),
    ];
    for (name, doc, want) in cases {
        assert_ne!(doc, xml, "{name}: nothing changed");
        assert_agree(name, doc.as_bytes(), want);
    }
}

/// Files xmlsec1 signs itself with a key pair from `keygen::generate`.
#[test]
fn xmlsec1_signed_files_agree() {
    if !common::have_tool("xmlsec1") {
        return;
    }
    let cases = [
        ("rsa-sha256, Entra layout", Alg::Sha256, Layout::Entra, ROOT),
        ("rsa-sha1", Alg::Sha1, Layout::Entra, ROOT),
        (
            "md:/ds: prefixes, indented",
            Alg::Sha256,
            Layout::Prefixed,
            ROOT,
        ),
        (
            "URI=\"\" (whole document)",
            Alg::Sha256,
            Layout::Entra,
            &[""],
        ),
    ];
    for (name, alg, layout, refs) in cases {
        let xml = signed(alg, layout, refs);
        let carried = signature_cert(xml.as_bytes()).unwrap();
        assert_eq!(carried, entra_key().certificate_der, "{name}");
        assert_agree(name, xml.as_bytes(), S::Valid);
        let method = ours(xml.as_bytes()).algorithm.unwrap();
        let want = if alg == Alg::Sha1 {
            "#rsa-sha1"
        } else {
            "#rsa-sha256"
        };
        assert!(method.ends_with(want), "{name}: {method}");
    }
}

/// The same signed file saved as UTF-16 LE with a BOM (xmlsec1 gets the UTF-8), or with CRLF
/// line endings (parsers turn CRLF into LF before canonicalisation: still valid for both).
#[test]
fn utf16_and_crlf_copies_agree() {
    if !common::have_tool("xmlsec1") {
        return;
    }
    let xml = signed(Alg::Sha256, Layout::Prefixed, ROOT);
    let utf16 = xml.encode_utf16().flat_map(u16::to_le_bytes);
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(utf16).collect();
    assert_agree("UTF-16 LE", &utf16, S::Valid);
    assert_agree("CRLF", xml.replace('\n', "\r\n").as_bytes(), S::Valid);
}

/// Signature wrapping: the signature itself is intact (xmlsec1 accepts most of these files), but
/// it does not cover the root element, so what the file says is not what was signed.
#[test]
fn signature_wrapping_is_invalid() {
    if !common::have_tool("xmlsec1") {
        return;
    }
    let xml = text(common::ENTRA_SINGLE);
    let cert = signature_cert(xml.as_bytes()).unwrap();
    let [_, root, sig, rest] = split_signed(&xml);
    let id = root.split('"').nth(1).unwrap(); // `<EntityDescriptor ID="…"`
    let evil_idp = format!(
        r#"<IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><SingleSignOnService Binding="{REDIRECT}" Location="https://evil.example/saml2" /></IDPSSODescriptor>"#
    );
    let attacker = |id: &str, inner: String| {
        format!(
            r#"<EntityDescriptor ID="{id}" entityID="https://evil.example/" xmlns="{MD}">{inner}{evil_idp}</EntityDescriptor>"#
        )
    };
    let hidden = format!("<Extensions>{root}{rest}</Extensions>"); // the signed entity, unsigned
    let evil_sig = sig.replace(&format!("URI=\"#{id}\""), "URI=\"#_evil\"");
    let cases = [
        // (a) Classic XSW: the signature moved onto an attacker root with another ID and
        // entityID, the signed entity (minus its signature) hidden under Extensions.
        // xmlsec1: valid (the Reference finds the hidden copy, whose digest matches).
        (
            "signature on attacker root",
            attacker("_evil", format!("{sig}{hidden}")),
            S::Valid,
            "not the root element",
        ),
        // (a') The signed entity, signature and all, under Extensions of an unsigned root.
        // xmlsec1: valid (it verifies the first Signature it finds, wherever it is).
        (
            "signed entity in Extensions",
            attacker("_evil", hidden.replace(rest, &format!("{sig}{rest}"))),
            S::Valid,
            "not on its root element",
        ),
        // (b) As (a), but the attacker root carries the signed ID too, so it occurs twice.
        // xmlsec1: invalid (the ID resolves to the attacker root, whose digest differs).
        (
            "duplicate ID",
            attacker(id, format!("{sig}{hidden}")),
            S::Invalid,
            "occurs 2 times",
        ),
        // (e) As (a'), followed by a root signature that names the attacker root: the first
        // signature in the file is not the root's. xmlsec1: valid (it checks the first one).
        (
            "another signature first",
            attacker(
                "_evil",
                hidden.replace(rest, &format!("{sig}{rest}")) + &evil_sig,
            ),
            S::Valid,
            "another signature comes before",
        ),
    ];
    for (name, doc, xmlsec, reason) in cases {
        assert_invalid_because(name, doc.as_bytes(), reason);
        let theirs = xmlsec_verify_with(doc.as_bytes(), Some(&cert), &[ID_ENTITY]);
        assert_eq!(theirs, xmlsec, "{name}: xmlsec1");
    }

    // (c) A Reference to a child element and (d) two References, signed by xmlsec1 itself.
    // xmlsec1: valid for both (it checks each Reference, not what the References cover).
    for (name, refs, reason) in [
        (
            "Reference to IDPSSODescriptor",
            &["#_idp"][..],
            "not the root element",
        ),
        ("two References", &["#_e1", "#_idp"][..], "2 references"),
    ] {
        let xml = signed(Alg::Sha256, Layout::Entra, refs);
        assert_invalid_because(name, xml.as_bytes(), reason);
        let cert = signature_cert(xml.as_bytes());
        let theirs = xmlsec_verify_with(xml.as_bytes(), cert.as_deref(), &[ID_ENTITY, ID_IDP]);
        assert_eq!(theirs, S::Valid, "{name}: xmlsec1");
    }
}

/// Certificate expiry is its own finding; the signature verdict ignores the clock.
#[test]
fn verdict_does_not_depend_on_the_clock() {
    let (past, future) = (
        datetime!(1990-01-01 0:00 UTC),
        datetime!(2100-01-01 0:00 UTC),
    );
    for name in ENTRA_SIGNED {
        let bytes = common::read(name);
        let now = ours(&bytes);
        assert_eq!(now.status, S::Valid, "{name}");
        for when in [past, future] {
            let then = report_at(&bytes, when).signature.unwrap();
            assert_eq!(then, now, "{name} at {when}");
        }
    }
    for name in [common::ENTRA_SINGLE, common::ENTRA_ROLLOVER] {
        let bytes = common::read(name);
        let signer = CertInfo::from_der(&signature_cert(&bytes).unwrap()).unwrap();
        assert_eq!(signer.validity(common::NOW), Validity::Expired, "{name}");
        let codes = codes(&bytes);
        let both = codes.contains(&"signature-valid") && codes.contains(&"cert-expired");
        assert!(both, "{name}: {codes:?}");
    }
    if common::have_tool("xmlsec1") {
        let expired = key_pair(2019, 2021);
        let tmpl = template(Alg::Sha256, Layout::Entra, ROOT, &expired.certificate_der);
        let xml = xmlsec_sign(&tmpl, &expired, &[ID_ENTITY]);
        assert_agree(
            "signed with an expired certificate",
            xml.as_bytes(),
            S::Valid,
        );
    }
}

/// A file re-signed by an attacker whose key is only inline (`KeyValue`, or an `X509Data` in no
/// namespace), while the signature's certificate and the listed one are Entra's: no certificate
/// the file names verifies it. Unpinned `xmlsec1 --verify --pubkey-cert-pem ENTRA.pem` (no
/// `--enabled-key-data`) says *valid* for both `KeyValue` files: it uses the inline key.
#[test]
fn forged_key_info_is_invalid() {
    if !common::have_tool("xmlsec1") {
        return;
    }
    let entra = &entra_key().certificate_der;
    let attacker = key_pair(2026, 2028);
    let tmpl = template(Alg::Sha256, Layout::Entra, ROOT, entra); // lists Entra's certificate
    let key_value = tmpl.replace("<KeyInfo><X509Data/>", "<KeyInfo><KeyValue/>");
    let kv = xmlsec_sign(&key_value, &attacker, &[ID_ENTITY]);
    let x5 = xmlsec_sign(&tmpl, &attacker, &[ID_ENTITY]);
    let no_ns = x5.replacen("<KeyInfo><X509Data>", "<KeyInfo><X509Data xmlns=\"\">", 1);
    let entra_x509 = format!(
        "<X509Data><X509Certificate>{}</X509Certificate></X509Data>",
        common::b64(entra)
    );
    // Entra's certificate added to the signature's KeyInfo after the first `after`.
    let naming_entra =
        |doc: &str, after: &str| doc.replacen(after, &format!("{after}{entra_x509}"), 1);
    let cases = [
        ("KeyValue only", kv.clone(), None),
        (
            "KeyValue, then Entra's X509Data",
            naming_entra(&kv, "</KeyValue>"),
            Some(entra),
        ),
        (
            "X509Data in no namespace, then Entra's",
            naming_entra(&no_ns, "</X509Data>"),
            Some(entra),
        ),
    ];
    for (name, doc, claimed) in cases {
        assert_eq!(
            signature_cert(doc.as_bytes()).as_ref(),
            claimed,
            "{name}: named certificate"
        );
        let verdict = ours(doc.as_bytes());
        assert_eq!(
            (verdict.status, verdict.signed_by),
            (S::Invalid, None),
            "{name}"
        );
        let theirs = xmlsec_verify_with(doc.as_bytes(), Some(entra), &[ID_ENTITY]);
        assert_eq!(theirs, S::Invalid, "{name}: xmlsec1");
    }
    // With the attacker's own certificate in KeyInfo the maths holds (xmlsec1, given that
    // certificate, says valid), but the file lists Entra's certificate, not the attacker's: a
    // re-signed file, invalid for us, the attacker named and never active.
    assert_eq!(
        signature_cert(x5.as_bytes()).unwrap(),
        attacker.certificate_der
    );
    let theirs = xmlsec_verify_with(x5.as_bytes(), Some(&attacker.certificate_der), &[ID_ENTITY]);
    assert_eq!(theirs, S::Valid, "xmlsec1 with the attacker's certificate");
    let verdict = ours(x5.as_bytes());
    assert_eq!((verdict.status, verdict.signed_by), (S::Invalid, None));
    assert_eq!(
        verdict.unlisted_signer,
        Some(
            CertInfo::from_der(&attacker.certificate_der)
                .unwrap()
                .sha1_thumbprint
        )
    );
}
