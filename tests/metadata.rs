//! The metadata reader on what admins actually have, and on hostile input.

mod common;

use topdesk_sso::core::metadata::{CertBlob, Metadata, MetadataError, Root, WsFedKind};
use topdesk_sso::core::text::{Encoding, MAX_INPUT_BYTES, TextError};

fn read(bytes: &[u8]) -> Metadata {
    Metadata::read(bytes, None).unwrap()
}

#[test]
fn real_entra_files_are_modelled() {
    let md = read(&common::read(common::ENTRA_SINGLE));
    assert_eq!(md.root, Root::EntityDescriptor);
    assert_eq!(
        md.root_id.as_deref(),
        Some("_981b2437-eced-4913-9a5d-4cc02b136349")
    );
    let sig = md.signature.as_ref().unwrap();
    assert_eq!(
        sig.reference_uris,
        ["#_981b2437-eced-4913-9a5d-4cc02b136349"]
    );
    assert_eq!(
        sig.signature_method.as_deref(),
        Some("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")
    );
    assert!(matches!(sig.certs.as_slice(), [CertBlob::Der(_)]));
    let e = md.entity.as_ref().unwrap();
    assert_eq!(
        e.entity_id,
        "https://sts.windows.net/76db22f8-ca3e-4d0a-b5c1-795947fc8943/"
    );
    let idp = e.idp.as_ref().unwrap();
    assert_eq!(idp.sso.len(), 2);
    assert_eq!(idp.slo.len(), 1);
    assert_eq!(idp.keys.len(), 1);
    let kinds: Vec<WsFedKind> = e.ws_fed.iter().map(|r| r.kind.clone()).collect();
    assert_eq!(
        kinds,
        [
            WsFedKind::SecurityTokenService,
            WsFedKind::ApplicationService
        ]
    );
    assert!(e.signed);
    assert_eq!(md.root_id_occurrences, 1);

    let rollover = read(&common::read(common::ENTRA_ROLLOVER));
    assert_eq!(rollover.encoding, Encoding::Utf8Bom);
    assert_eq!(rollover.entity.unwrap().idp.unwrap().keys.len(), 2);

    let unsigned = read(&common::read(common::ENTRA_UNSIGNED));
    assert!(unsigned.signature.is_none());
    // This file writes the WS-Addressing elements in a default namespace: still one cert per role.
    assert!(
        unsigned
            .entity
            .unwrap()
            .ws_fed
            .iter()
            .all(|r| r.keys.len() == 1)
    );
}

fn sp_entity(md: &Metadata) -> (String, String, Vec<u8>) {
    let e = md.entity.as_ref().unwrap();
    let sp = e.sp.as_ref().unwrap();
    let CertBlob::Der(der) = &sp.keys[0].certs[0] else {
        panic!("cert not decoded")
    };
    (e.entity_id.clone(), sp.acs[0].location.clone(), der.clone())
}

/// Every way an admin's editor or OS may have saved the same SP metadata reads to the same model.
#[test]
fn input_variants_read_alike() {
    let plain = common::Sp::secure().xml();
    let expected = sp_entity(&read(plain.as_bytes()));
    assert_eq!(expected.2, common::topdesk_cert().certificate_der);

    let utf16 = |le: bool| -> Vec<u8> {
        let bom: [u8; 2] = if le { [0xFF, 0xFE] } else { [0xFE, 0xFF] };
        let body = plain.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        bom.into_iter()
            .chain(
                body.encode_utf16()
                    .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() }),
            )
            .collect()
    };
    let one_line: String = plain.lines().map(str::trim).collect();
    let prefixed = common::Sp {
        md_prefix: "md".into(),
        ..common::Sp::secure()
    }
    .xml();
    let variants: Vec<(&str, Vec<u8>)> = vec![
        (
            "UTF-8 BOM",
            [b"\xEF\xBB\xBF".as_slice(), plain.as_bytes()].concat(),
        ),
        ("UTF-16 LE", utf16(true)),
        ("UTF-16 BE", utf16(false)),
        ("CRLF", plain.replace('\n', "\r\n").into_bytes()),
        ("one line", one_line.into_bytes()),
        ("md: prefix", prefixed.into_bytes()),
        (
            "base64 with spaces",
            plain.replace("\r\n", "\n   \t").into_bytes(),
        ),
        (
            "other ds prefix",
            plain
                .replace("ds:", "sig:")
                .replace("xmlns:ds=", "xmlns:sig=")
                .into_bytes(),
        ),
    ];
    for (name, bytes) in variants {
        let md = Metadata::read(&bytes, None).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(sp_entity(&md), expected, "{name}");
    }
}

#[test]
fn wrong_namespace_is_not_metadata() {
    // Same local names in another namespace must not be taken for SAML metadata.
    let xml = common::Sp::secure().xml().replace(
        "urn:oasis:names:tc:SAML:2.0:metadata",
        "urn:example:not-saml",
    );
    let md = read(xml.as_bytes());
    assert!(!md.is_metadata());
    assert_eq!(
        md.root,
        Root::Other("{urn:example:not-saml}EntityDescriptor".into())
    );
    assert!(md.entity.is_none());
}

fn aggregate(n: usize) -> String {
    let mut s = String::from(
        "<md:EntitiesDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" Name=\"fed\">",
    );
    for i in 0..n {
        let role = if i % 2 == 0 {
            "IDPSSODescriptor"
        } else {
            "SPSSODescriptor"
        };
        s.push_str(&format!(
            "<md:EntityDescriptor entityID=\"https://e{i}.example/\"><md:{role} protocolSupportEnumeration=\"x\"/></md:EntityDescriptor>"
        ));
    }
    s.push_str("</md:EntitiesDescriptor>");
    s
}

#[test]
fn aggregate_lists_all_and_models_the_selected_one() {
    let xml = aggregate(5);
    let md = read(xml.as_bytes());
    assert_eq!(md.root, Root::EntitiesDescriptor);
    assert_eq!(md.entities.len(), 5);
    assert!(md.entities[0].idp && !md.entities[0].sp);
    assert!(md.entities[1].sp);
    assert!(
        md.entity.is_none(),
        "several entities and no choice: nothing modelled"
    );

    let md = Metadata::read(xml.as_bytes(), Some("https://e3.example/")).unwrap();
    assert_eq!(md.entity.as_ref().unwrap().entity_id, "https://e3.example/");
    assert!(md.entity.unwrap().sp.is_some());

    let md = Metadata::read(xml.as_bytes(), Some("https://nope/")).unwrap();
    assert!(md.entity.is_none());

    // A one-entity aggregate needs no choice.
    let md = read(aggregate(1).as_bytes());
    assert_eq!(md.entity.unwrap().entity_id, "https://e0.example/");
}

fn err(bytes: &[u8]) -> MetadataError {
    Metadata::read(bytes, None).unwrap_err()
}

#[test]
fn hostile_input_is_refused_quickly() {
    let laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<EntityDescriptor xmlns=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"&lol2;\"/>";
    assert_eq!(err(laughs.as_bytes()), MetadataError::DocType { line: 2 });
    let xxe = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
    assert!(matches!(err(xxe.as_bytes()), MetadataError::DocType { .. }));

    let deep = format!("{}{}", "<a>".repeat(100_000), "</a>".repeat(100_000));
    assert!(matches!(
        err(deep.as_bytes()),
        MetadataError::TooDeep { line: 1 }
    ));

    assert!(matches!(
        err(b"\x7fELF\x02\x01\x01\0\0\0"),
        MetadataError::Text(TextError::Binary { .. })
    ));
    assert!(matches!(
        err(b"PK\x03\x04\x14\0\x06\0"),
        MetadataError::Text(TextError::Binary { .. })
    ));
    assert!(matches!(err(b""), MetadataError::Text(TextError::Empty)));
    let huge = vec![b' '; MAX_INPUT_BYTES + 1];
    assert!(matches!(
        err(&huge),
        MetadataError::Text(TextError::TooLarge { .. })
    ));

    for (xml, why) in [
        ("<a><b></a>", "mismatched"),
        ("<a>", "unclosed"),
        ("<a/><b/>", "two roots"),
        ("<a/>trailing", "text after root"),
        ("not xml at all", "no root"),
        ("<x:a/>", "undeclared prefix"),
        (
            "<a>&undefined;</a>",
            "undeclared entity is fine outside captured text",
        ),
    ] {
        let r = Metadata::read(xml.as_bytes(), None);
        if why.starts_with("undeclared entity") {
            assert!(r.is_ok(), "{why}");
        } else {
            assert!(
                matches!(r, Err(MetadataError::Malformed { .. })),
                "{why}: {r:?}"
            );
        }
    }
}

#[test]
fn malformed_errors_name_the_line() {
    let xml = "<a>\n<b>\n</c>\n</a>";
    match err(xml.as_bytes()) {
        MetadataError::Malformed { line, .. } => assert_eq!(line, 3),
        other => panic!("{other:?}"),
    }
}

#[test]
fn undecodable_certificate_is_data_not_an_error() {
    let xml = common::Sp::secure().xml();
    let start = xml.find("<ds:X509Certificate>").unwrap() + "<ds:X509Certificate>".len();
    let broken = format!("{}!!not base64!!{}", &xml[..start], &xml[start + 10..]);
    let md = read(broken.as_bytes());
    let sp = md.entity.unwrap().sp.unwrap();
    assert!(matches!(sp.keys[0].certs[0], CertBlob::Undecodable(_)));
}

/// Cheap deterministic fuzzing: truncations and byte flips of real files never panic.
#[test]
fn mutations_never_panic() {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for name in common::ENTRA_ALL {
        let original = common::read(name);
        for cut in (0..original.len()).step_by(97) {
            let _ = Metadata::read(&original[..cut], None);
        }
        for _ in 0..300 {
            let mut bytes = original.clone();
            for _ in 0..=(next() % 4) {
                let i = usize::try_from(next()).unwrap() % bytes.len();
                let junk = b"<>/=\"'&;: \0\xff";
                bytes[i] = junk[usize::try_from(next()).unwrap() % junk.len()];
            }
            let _ = Metadata::read(&bytes, None);
            let _ = topdesk_sso::core::inspect::inspect(&bytes, common::NOW, None);
        }
    }
}
