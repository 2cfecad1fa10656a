//! SAML test material made at test time: an Entra-like IdP key pair and federation metadata,
//! TOPdesk SP metadata, responses signed by `xmlsec1 --sign` and encrypted by `xmlsec1 --encrypt`.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use base64::Engine as _;
use time::macros::datetime;
use topdesk_sso::core::keygen::{GeneratedPair, KeyAlgorithm, SignatureHash, to_pem};

use crate::common::{Sp, b64, cert, idp_xml, topdesk_cert};

pub const TENANT: &str = "https://sts.windows.net/76db22f8-ca3e-4d0a-b5c1-795947fc8943/";
pub const IDENTIFIER: &str = "https://acme.topdesk.net/saml-metadata/4f1c2b9a";
pub const REPLY: &str = "https://acme.topdesk.net/tas/secure/login/verify";
pub const REPLY_PUBLIC: &str = "https://acme.topdesk.net/tas/public/login/verify";
pub const SSO: &str =
    "https://login.microsoftonline.com/76db22f8-ca3e-4d0a-b5c1-795947fc8943/saml2";
pub const EMAIL: &str = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress";

fn pair(cn: &str) -> GeneratedPair {
    cert(
        KeyAlgorithm::Rsa { bits: 2048 },
        SignatureHash::Sha256,
        cn,
        datetime!(2026-01-01 0:00 UTC),
        datetime!(2029-01-01 0:00 UTC),
    )
}

/// The files every diagnosis test shares (made once per test binary).
pub struct Lab {
    pub dir: tempfile::TempDir,
    pub entra: GeneratedPair,
    pub other: GeneratedPair,
}

pub fn lab() -> &'static Lab {
    static LAB: OnceLock<Lab> = OnceLock::new();
    LAB.get_or_init(|| {
        let lab = Lab {
            dir: tempfile::tempdir().unwrap(),
            entra: pair("Microsoft Azure Federated SSO Certificate"),
            other: pair("Microsoft Azure Federated SSO Certificate"),
        };
        let w = |name: &str, text: &str| std::fs::write(lab.path(name), text).unwrap();
        w(
            "idp.xml",
            &idp_xml(TENANT, &[&lab.entra.certificate_der], true),
        );
        w("sp.xml", &Sp::secure().xml());
        w(
            "entra.key",
            &to_pem("PRIVATE KEY", &lab.entra.private_key_pkcs8_der),
        );
        w(
            "entra.crt",
            &to_pem("CERTIFICATE", &lab.entra.certificate_der),
        );
        w(
            "other.key",
            &to_pem("PRIVATE KEY", &lab.other.private_key_pkcs8_der),
        );
        w(
            "other.crt",
            &to_pem("CERTIFICATE", &lab.other.certificate_der),
        );
        let td = topdesk_cert();
        w("topdesk.crt", &to_pem("CERTIFICATE", &td.certificate_der));
        w(
            "topdesk.key",
            &to_pem("PRIVATE KEY", &td.private_key_pkcs8_der),
        );
        std::fs::write(lab.path("topdesk.der"), &*td.private_key_pkcs8_der).unwrap();
        lab
    })
}

impl Lab {
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    pub fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.path(name)).unwrap()
    }
}

/// What goes into a generated response.
#[derive(Clone)]
pub struct R {
    pub id: &'static str,
    pub status: String,
    pub status_message: Option<String>,
    pub issuer: String,
    pub destination: String,
    pub in_response_to: String,
    pub recipient: String,
    pub audience: String,
    pub not_before: String,
    pub not_on_or_after: String,
    pub name_id: String,
    /// Email claim value (`None`: no such attribute).
    pub email: Option<String>,
    pub sign_assertion: bool,
    pub sign_response: bool,
}

impl Default for R {
    fn default() -> Self {
        Self {
            id: "_a1",
            status: "urn:oasis:names:tc:SAML:2.0:status:Success".into(),
            status_message: None,
            issuer: TENANT.into(),
            destination: REPLY.into(),
            in_response_to: "_req1".into(),
            recipient: REPLY.into(),
            audience: IDENTIFIER.into(),
            not_before: "2026-06-01T11:55:00Z".into(),
            not_on_or_after: "2026-06-01T13:05:00Z".into(),
            name_id: "jane@acme.example".into(),
            email: Some("jane@acme.example".into()),
            sign_assertion: true,
            sign_response: false,
        }
    }
}

pub fn sig_template(id: &str) -> String {
    format!(
        "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/><ds:SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"/><ds:Reference URI=\"#{id}\"><ds:Transforms><ds:Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/><ds:Transform Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/></ds:Transforms><ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/><ds:DigestValue/></ds:Reference></ds:SignedInfo><ds:SignatureValue/><ds:KeyInfo><ds:X509Data><ds:X509Certificate/></ds:X509Data></ds:KeyInfo></ds:Signature>"
    )
}

impl R {
    /// The assertion element (with a signature template when it is to be signed).
    pub fn assertion(&self) -> String {
        let sig = if self.sign_assertion {
            sig_template(self.id)
        } else {
            String::new()
        };
        let email = self.email.as_ref().map_or(String::new(), |e| {
            format!("<Attribute Name=\"{EMAIL}\"><AttributeValue>{e}</AttributeValue></Attribute>")
        });
        format!(
            "<Assertion xmlns=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"{id}\" IssueInstant=\"2026-06-01T12:00:00Z\" Version=\"2.0\"><Issuer>{issuer}</Issuer>{sig}<Subject><NameID Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\">{name}</NameID><SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\"><SubjectConfirmationData InResponseTo=\"{irt}\" NotOnOrAfter=\"{nooa}\" Recipient=\"{rcpt}\"/></SubjectConfirmation></Subject><Conditions NotBefore=\"{nb}\" NotOnOrAfter=\"{nooa}\"><AudienceRestriction><Audience>{aud}</Audience></AudienceRestriction></Conditions><AttributeStatement><Attribute Name=\"http://schemas.microsoft.com/identity/claims/displayname\"><AttributeValue>Jane Doe</AttributeValue></Attribute>{email}</AttributeStatement><AuthnStatement AuthnInstant=\"2026-06-01T11:59:00Z\" SessionIndex=\"{id}\"><AuthnContext><AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:Password</AuthnContextClassRef></AuthnContext></AuthnStatement></Assertion>",
            id = self.id,
            issuer = self.issuer,
            name = self.name_id,
            irt = self.in_response_to,
            nooa = self.not_on_or_after,
            rcpt = self.recipient,
            nb = self.not_before,
            aud = self.audience,
        )
    }

    /// The Response around `inner` (the assertion, an `EncryptedAssertion`, or nothing).
    pub fn response_with(&self, inner: &str, response_sig: bool) -> String {
        let sig = if response_sig {
            sig_template("_r1")
        } else {
            String::new()
        };
        let message = self.status_message.as_ref().map_or(String::new(), |m| {
            format!("<samlp:StatusMessage>{m}</samlp:StatusMessage>")
        });
        format!(
            "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" ID=\"_r1\" Version=\"2.0\" IssueInstant=\"2026-06-01T12:00:00Z\" Destination=\"{dest}\" InResponseTo=\"{irt}\"><Issuer xmlns=\"urn:oasis:names:tc:SAML:2.0:assertion\">{issuer}</Issuer>{sig}<samlp:Status><samlp:StatusCode Value=\"{status}\"/>{message}</samlp:Status>{inner}</samlp:Response>",
            dest = self.destination,
            irt = self.in_response_to,
            issuer = self.issuer,
            status = self.status,
        )
    }

    /// The response XML, signed as asked by `signer` ("entra" or "other").
    pub fn signed_by(&self, signer: &str) -> String {
        let xml = self.response_with(&self.assertion(), false);
        let xml = if self.sign_assertion {
            sign(&xml, signer)
        } else {
            xml
        };
        if self.sign_response {
            let with_template =
                xml.replacen("</Issuer>", &format!("</Issuer>{}", sig_template("_r1")), 1);
            sign(&with_template, signer)
        } else {
            xml
        }
    }

    pub fn signed(&self) -> String {
        self.signed_by("entra")
    }
}

/// `xmlsec1 --sign` of the first signature template in `xml` with `signer`'s key.
pub fn sign(xml: &str, signer: &str) -> String {
    let lab = lab();
    let input = tempfile::NamedTempFile::new_in(lab.dir.path()).unwrap();
    std::fs::write(input.path(), xml).unwrap();
    let out = tempfile::NamedTempFile::new_in(lab.dir.path()).unwrap();
    let out = out.path();
    let status = Command::new("xmlsec1")
        .arg("--sign")
        .arg("--privkey-pem")
        .arg(format!(
            "{},{}",
            lab.path(&format!("{signer}.key")).display(),
            lab.path(&format!("{signer}.crt")).display()
        ))
        .args([
            "--id-attr:ID",
            "urn:oasis:names:tc:SAML:2.0:assertion:Assertion",
        ])
        .args([
            "--id-attr:ID",
            "urn:oasis:names:tc:SAML:2.0:protocol:Response",
        ])
        .arg("--output")
        .arg(out)
        .arg(input.path())
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let written = std::fs::read_to_string(out).unwrap();
    // xmlsec1 writes an XML declaration; the bytes Entra sends start at the root.
    written
        .trim_start_matches("<?xml version=\"1.0\"?>")
        .trim()
        .to_owned()
}

/// `xmlsec1 --verify` with the certificate of `signer` (the reference for the maths).
pub fn xmlsec_verifies(xml: &str, signer: &str) -> bool {
    let lab = lab();
    let input = tempfile::NamedTempFile::new_in(lab.dir.path()).unwrap();
    std::fs::write(input.path(), xml).unwrap();
    Command::new("xmlsec1")
        .arg("--verify")
        .arg("--pubkey-cert-pem")
        .arg(lab.path(&format!("{signer}.crt")))
        .args([
            "--id-attr:ID",
            "urn:oasis:names:tc:SAML:2.0:assertion:Assertion",
        ])
        .args([
            "--id-attr:ID",
            "urn:oasis:names:tc:SAML:2.0:protocol:Response",
        ])
        .arg(input.path())
        .output()
        .unwrap()
        .status
        .success()
}

pub const OAEP_MGF1P: &str = "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p";
pub const OAEP_11: &str = "http://www.w3.org/2009/xmlenc11#rsa-oaep";
pub const RSA_15: &str = "http://www.w3.org/2001/04/xmlenc#rsa-1_5";

/// Content algorithms with xmlsec1's matching session key.
pub const CONTENT: [(&str, &str); 5] = [
    ("http://www.w3.org/2001/04/xmlenc#aes128-cbc", "aes-128"),
    ("http://www.w3.org/2001/04/xmlenc#aes192-cbc", "aes-192"),
    ("http://www.w3.org/2001/04/xmlenc#aes256-cbc", "aes-256"),
    ("http://www.w3.org/2009/xmlenc11#aes128-gcm", "aes-128"),
    ("http://www.w3.org/2009/xmlenc11#aes256-gcm", "aes-256"),
];

/// The key transport element for `transport` (`digest`: the OAEP digest, SHA-1 or SHA-256).
fn transport_method(transport: &str, digest: &str) -> String {
    if transport == RSA_15 {
        format!("<xenc:EncryptionMethod Algorithm=\"{transport}\"/>")
    } else {
        format!(
            "<xenc:EncryptionMethod Algorithm=\"{transport}\"><ds:DigestMethod Algorithm=\"{digest}\"/></xenc:EncryptionMethod>"
        )
    }
}

pub const SHA1: &str = "http://www.w3.org/2000/09/xmldsig#sha1";
pub const SHA256: &str = "http://www.w3.org/2001/04/xmlenc#sha256";

/// The signed response with its assertion encrypted for TOPdesk's certificate by `xmlsec1
/// --encrypt` (`EncryptedKey` inside `EncryptedData`'s `KeyInfo`, as Entra writes it).
pub fn encrypted(r: &R, content: (&str, &str), transport: &str, digest: &str) -> String {
    encrypt(&r.signed(), content, transport, digest)
}

/// `response` (XML with one `Assertion`) with that assertion encrypted for TOPdesk's certificate.
pub fn encrypt(response: &str, content: (&str, &str), transport: &str, digest: &str) -> String {
    let lab = lab();
    let wrapped = response
        .replacen(
            "<Assertion ",
            "<EncryptedAssertion xmlns=\"urn:oasis:names:tc:SAML:2.0:assertion\"><Assertion ",
            1,
        )
        .replacen("</Assertion>", "</Assertion></EncryptedAssertion>", 1);
    let template = format!(
        "<xenc:EncryptedData xmlns:xenc=\"http://www.w3.org/2001/04/xmlenc#\" Type=\"http://www.w3.org/2001/04/xmlenc#Element\"><xenc:EncryptionMethod Algorithm=\"{}\"/><ds:KeyInfo xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><xenc:EncryptedKey>{}<xenc:CipherData><xenc:CipherValue/></xenc:CipherData></xenc:EncryptedKey></ds:KeyInfo><xenc:CipherData><xenc:CipherValue/></xenc:CipherData></xenc:EncryptedData>",
        content.0,
        transport_method(
            if transport == OAEP_11 {
                OAEP_MGF1P
            } else {
                transport
            },
            digest
        )
    );
    let data = tempfile::NamedTempFile::new_in(lab.dir.path()).unwrap();
    std::fs::write(data.path(), wrapped).unwrap();
    let mut tmpl = tempfile::NamedTempFile::new_in(lab.dir.path()).unwrap();
    tmpl.write_all(template.as_bytes()).unwrap();
    let out = tempfile::NamedTempFile::new_in(lab.dir.path()).unwrap();
    let o = Command::new("xmlsec1")
        .arg("--encrypt")
        .arg("--pubkey-cert-pem")
        .arg(lab.path("topdesk.crt"))
        .args(["--session-key", content.1])
        .arg("--xml-data")
        .arg(data.path())
        .args(["--node-xpath", "//*[local-name()='Assertion']"])
        .arg("--output")
        .arg(out.path())
        .arg(tmpl.path())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let xml = std::fs::read_to_string(out.path())
        .unwrap()
        .trim_start_matches("<?xml version=\"1.0\"?>")
        .trim()
        .to_owned();
    if transport == OAEP_11 {
        // xmlsec1 1.2 does not write XML-Enc 1.1's rsa-oaep. With MGF1-SHA1 named, it is the same
        // computation as rsa-oaep-mgf1p with the same digest: only the names change.
        xml.replacen(
            &format!("Algorithm=\"{OAEP_MGF1P}\"><ds:DigestMethod Algorithm=\"{digest}\"/>"),
            &format!("Algorithm=\"{OAEP_11}\"><ds:DigestMethod Algorithm=\"{digest}\"/><xenc11:MGF xmlns:xenc11=\"http://www.w3.org/2009/xmlenc11#\" Algorithm=\"http://www.w3.org/2009/xmlenc11#mgf1sha1\"/>"),
            1,
        )
    } else {
        xml
    }
}

/// `xmlsec1 --decrypt` with the TOPdesk key: the reference reads the same test vector.
pub fn xmlsec_decrypts(xml: &str) -> Option<String> {
    let lab = lab();
    let input = tempfile::NamedTempFile::new_in(lab.dir.path()).unwrap();
    std::fs::write(input.path(), xml).unwrap();
    let o = Command::new("xmlsec1")
        .arg("--decrypt")
        .arg("--privkey-pem")
        .arg(lab.path("topdesk.key"))
        .arg(input.path())
        .output()
        .unwrap();
    o.status
        .success()
        .then(|| String::from_utf8_lossy(&o.stdout).into_owned())
}

pub fn base64(s: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(s)
}

/// An `AuthnRequest` as TOPdesk sends it.
pub fn authn_request(id: &str, issuer: &str, acs: &str, destination: &str, extra: &str) -> String {
    format!(
        "<samlp:AuthnRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\" xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"{id}\" Version=\"2.0\" IssueInstant=\"2026-06-01T11:59:50Z\" Destination=\"{destination}\" AssertionConsumerServiceURL=\"{acs}\" ProtocolBinding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\"{extra}><saml:Issuer>{issuer}</saml:Issuer></samlp:AuthnRequest>"
    )
}

/// The Redirect-binding URL Entra's sign-in page shows: DEFLATE, base64, URL-encoding.
pub fn redirect_url(request: &str, signed: bool) -> String {
    let mut z = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(request.as_bytes()).unwrap();
    let raw = z.finish().unwrap();
    let value: String = url_encode(&base64::engine::general_purpose::STANDARD.encode(raw));
    let sig = if signed {
        "&SigAlg=http%3A%2F%2Fwww.w3.org%2F2001%2F04%2Fxmldsig-more%23rsa-sha256&Signature=abc%2B%3D"
    } else {
        ""
    };
    format!("{SSO}?SAMLRequest={value}&RelayState=%2Ftas%2Fsecure%2F{sig}")
}

pub fn url_encode(s: &str) -> String {
    s.replace('+', "%2B")
        .replace('/', "%2F")
        .replace('=', "%3D")
}

pub fn path_str(p: &Path) -> String {
    p.to_str().unwrap().to_owned()
}

/// The signed response with its assertion encrypted by `openssl` (AES-256-CBC content, RSA-OAEP
/// with SHA-256 as the OAEP digest and MGF1-SHA1), for what xmlsec1 1.2 cannot write. `transport`
/// names the algorithm URI written (rsa-oaep-mgf1p or XML-Enc 1.1 rsa-oaep).
pub fn encrypted_oaep_sha256(r: &R, transport: &str) -> String {
    let lab = lab();
    let signed = r.signed();
    let start = signed.find("<Assertion ").unwrap();
    let end = signed.find("</Assertion>").unwrap() + "</Assertion>".len();
    let dir = tempfile::tempdir_in(lab.dir.path()).unwrap();
    let p = |n: &str| dir.path().join(n);
    std::fs::write(p("plain"), &signed[start..end]).unwrap();
    let (key, iv) = ("11".repeat(32), "22".repeat(16));
    let ok = |o: std::process::Output| {
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    };
    ok(Command::new("openssl")
        .args(["enc", "-aes-256-cbc", "-K", &key, "-iv", &iv, "-in"])
        .arg(p("plain"))
        .arg("-out")
        .arg(p("ct"))
        .output()
        .unwrap());
    std::fs::write(p("session"), [0x11u8; 32]).unwrap();
    ok(Command::new("openssl")
        .args(["pkeyutl", "-encrypt", "-certin", "-inkey"])
        .arg(lab.path("topdesk.crt"))
        .args([
            "-pkeyopt",
            "rsa_padding_mode:oaep",
            "-pkeyopt",
            "rsa_oaep_md:sha256",
            "-pkeyopt",
            "rsa_mgf1_md:sha1",
            "-in",
        ])
        .arg(p("session"))
        .arg("-out")
        .arg(p("ek"))
        .output()
        .unwrap());
    let mut content = vec![0x22u8; 16];
    content.extend(std::fs::read(p("ct")).unwrap());
    let ek = std::fs::read(p("ek")).unwrap();
    let mgf = if transport == OAEP_11 {
        "<xenc11:MGF xmlns:xenc11=\"http://www.w3.org/2009/xmlenc11#\" Algorithm=\"http://www.w3.org/2009/xmlenc11#mgf1sha1\"/>"
    } else {
        ""
    };
    let enc = format!(
        "<EncryptedAssertion xmlns=\"urn:oasis:names:tc:SAML:2.0:assertion\"><xenc:EncryptedData xmlns:xenc=\"http://www.w3.org/2001/04/xmlenc#\" Type=\"http://www.w3.org/2001/04/xmlenc#Element\"><xenc:EncryptionMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#aes256-cbc\"/><ds:KeyInfo xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><xenc:EncryptedKey><xenc:EncryptionMethod Algorithm=\"{transport}\"><ds:DigestMethod Algorithm=\"{SHA256}\"/>{mgf}</xenc:EncryptionMethod><xenc:CipherData><xenc:CipherValue>{}</xenc:CipherValue></xenc:CipherData></xenc:EncryptedKey></ds:KeyInfo><xenc:CipherData><xenc:CipherValue>{}</xenc:CipherValue></xenc:CipherData></xenc:EncryptedData></EncryptedAssertion>",
        b64(&ek),
        b64(&content)
    );
    format!("{}{enc}{}", &signed[..start], &signed[end..])
}

/// The lab's Entra and TOPdesk metadata checked at `now`: the setup a capture is judged against.
pub fn lab_report(now: time::OffsetDateTime) -> topdesk_sso::core::check::Report {
    let lab = lab();
    let (idp, sp) = (lab.read("idp.xml"), lab.read("sp.xml"));
    topdesk_sso::core::check::check(&topdesk_sso::core::check::CheckInput {
        idp: Some(&idp),
        sp: Some(&sp),
        ..topdesk_sso::core::check::CheckInput::new(now)
    })
    .unwrap()
}
