//! SAML metadata reader: one streaming, namespace-aware pass (quick-xml `NsReader`) into a typed
//! model. Elements are matched on namespace URI + local name, never on prefixes.
//!
//! Hostile input is refused with bounded cost: any DOCTYPE (so no entity declaration, expansion
//! or external fetch), nesting deeper than [`MAX_DEPTH`], more than [`MAX_ATTRIBUTES`] on one
//! element, [`MAX_NAMESPACES`] in scope, [`MAX_CERTS`] certificates, [`MAX_ITEMS`] endpoints
//! (or key descriptors, `NameIDFormat`s, roles, References), [`MAX_ENTITIES`] entities or
//! [`MAX_NODES`] nodes, a value longer than [`MAX_VALUE_BYTES`], files above
//! [`text::MAX_INPUT_BYTES`], binary junk. Entity IDs and endpoint URLs are kept with control and
//! bidirectional characters escaped ([`text::escape_untrusted`]).
//!
//! An `EntitiesDescriptor` aggregate is read in one pass: every entity is listed
//! ([`Metadata::entities`]) but only the selected one (or the only one) is modelled in full.

use std::borrow::Cow;

use base64::Engine as _;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::{NsReader, XmlVersion};

use super::text::{self, Encoding, TextError, escaped};
use crate::core::i18n::Msg;
use crate::msg;

pub const NS_MD: &str = "urn:oasis:names:tc:SAML:2.0:metadata";
pub const NS_DS: &str = "http://www.w3.org/2000/09/xmldsig#";
pub const NS_FED: &str = "http://docs.oasis-open.org/wsfed/federation/200706";
pub const NS_XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";
pub const BINDING_POST: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
pub const BINDING_REDIRECT: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

/// Deepest element nesting accepted. Real metadata is under 12 levels deep.
pub const MAX_DEPTH: usize = 64;
/// Most attributes on one element (namespace declarations included); real ones have under 10.
pub const MAX_ATTRIBUTES: usize = 256;
/// Most namespace declarations in scope at once; real metadata has under 20.
pub const MAX_NAMESPACES: usize = 256;
/// Most certificates read from the modelled entity and its signature; Entra lists 2 to 8.
pub const MAX_CERTS: usize = 100;
/// Most entities listed from one aggregate; the largest federations have about 10,000.
pub const MAX_ENTITIES: usize = 100_000;
/// Most bytes of entityIDs listed from one aggregate (as kept, escaped): about ten times what the
/// largest federations need.
pub const MAX_LISTED_BYTES: usize = 8 * 1024 * 1024;
/// Most of each kind of list item read into the model (the modelled entity and its signature):
/// endpoints, key descriptors, `NameIDFormat`s, WS-Fed roles, References. Entra lists two to four
/// endpoints and a handful of the rest.
pub const MAX_ITEMS: usize = 100;
/// Most XML nodes walked (elements, comments, processing instructions, CDATA sections and
/// references; text lies between them): a bound on the work of one pass, whatever the bytes. A
/// 46 MB federation aggregate (DFN-AAI with eduGAIN) has 535,000 lines, so one at the 100 MiB
/// limit about 1.2 million nodes; Entra's files about 60.
pub const MAX_NODES: usize = 2_000_000;
/// Longest value read: one attribute (an entityID, a URL, an ID) or the text of an element kept
/// (a certificate's base64, a `NameIDFormat`). SAML caps entityIDs at 1,024 characters and
/// certificates are a few KB.
pub const MAX_VALUE_BYTES: usize = 64 * 1024;

/// Why a file cannot be read as XML at all. Problems *inside* readable metadata are findings.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MetadataError {
    #[error(transparent)]
    Text(#[from] TextError),
    #[error("{}", crate::msg!("metadata-doctype", line = *.line))]
    DocType { line: usize },
    #[error("{}", crate::msg!("metadata-too-deep", max = MAX_DEPTH, line = *.line))]
    TooDeep { line: usize },
    #[error("{}", crate::msg!("metadata-too-many", limit = *.limit, what = *.what, line = *.line))]
    TooMany {
        /// What there is too much of: `attributes`, `namespaces`, `certificates`, `entities`,
        /// `entity-id-bytes`, `nodes`, `endpoints`, `key-descriptors`, `nameid-formats`, `roles` or `references`.
        what: &'static str,
        limit: usize,
        line: usize,
    },
    #[error("{}", crate::msg!("metadata-too-long", max_kib = MAX_VALUE_BYTES / 1024, line = *.line))]
    TooLong { line: usize },
    #[error("{}", crate::msg!("metadata-malformed", line = *.line, message = .message.as_str()))]
    Malformed { line: usize, message: String },
}

/// Everything read from one metadata file.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Metadata {
    pub encoding: Encoding,
    /// Root element: `{namespace}local` for anything that is not SAML metadata.
    pub root: Root,
    /// The root element's `ID` attribute (what an enveloped signature points at).
    pub root_id: Option<String>,
    pub root_valid_until: Option<String>,
    pub root_cache_duration: Option<String>,
    /// The enveloped signature that is a direct child of the root, if any.
    pub signature: Option<SignatureInfo>,
    /// `ds:Signature` elements anywhere else in the file.
    pub other_signatures: usize,
    /// No other signature precedes the root signature in document order.
    pub signature_first: bool,
    /// How many elements carry an ID-type attribute (`ID`, `Id`, `id`) equal to `root_id`.
    pub root_id_occurrences: usize,
    /// Every `EntityDescriptor` in document order (one for a plain metadata file).
    pub entities: Vec<EntitySummary>,
    /// The entity modelled in full: the only one, or the one selected by entityID.
    pub entity: Option<EntityDescriptor>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", content = "name", rename_all = "kebab-case")]
pub enum Root {
    EntityDescriptor,
    EntitiesDescriptor,
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EntitySummary {
    pub entity_id: String,
    pub idp: bool,
    pub sp: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct EntityDescriptor {
    pub entity_id: String,
    pub id: Option<String>,
    pub valid_until: Option<String>,
    pub cache_duration: Option<String>,
    pub idp: Option<IdpRole>,
    pub sp: Option<SpRole>,
    pub ws_fed: Vec<WsFedRole>,
    /// A `ds:Signature` directly inside this entity.
    pub signed: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct IdpRole {
    pub sso: Vec<Endpoint>,
    pub slo: Vec<Endpoint>,
    pub keys: Vec<KeyDescriptor>,
    pub name_id_formats: Vec<String>,
    pub want_authn_requests_signed: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct SpRole {
    pub acs: Vec<Endpoint>,
    pub slo: Vec<Endpoint>,
    pub keys: Vec<KeyDescriptor>,
    pub name_id_formats: Vec<String>,
    pub authn_requests_signed: Option<bool>,
    pub want_assertions_signed: Option<bool>,
}

/// Entra's WS-Federation `RoleDescriptor xsi:type="fed:…"`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WsFedRole {
    pub kind: WsFedKind,
    pub keys: Vec<KeyDescriptor>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WsFedKind {
    SecurityTokenService,
    ApplicationService,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Endpoint {
    pub binding: String,
    pub location: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeyUse {
    Signing,
    Encryption,
    /// No `use` attribute: the key serves both.
    Both,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct KeyDescriptor {
    pub key_use: KeyUse,
    pub certs: Vec<CertBlob>,
}

/// One `X509Certificate` element: its DER, or why the base64 could not be decoded.
#[derive(Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum CertBlob {
    #[serde(skip)]
    Der(Vec<u8>),
    Undecodable(Msg),
}

impl std::fmt::Debug for CertBlob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Der(der) => write!(f, "Der({} bytes)", der.len()),
            Self::Undecodable(why) => write!(f, "Undecodable({why})"),
        }
    }
}

/// The facts about an enveloped signature needed to judge what it covers.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct SignatureInfo {
    pub signature_method: Option<String>,
    pub reference_uris: Vec<String>,
    pub certs: Vec<CertBlob>,
}

impl Metadata {
    /// Reads metadata bytes. `select` picks an entity of an aggregate by entityID; without it a
    /// plain `EntityDescriptor` (or an aggregate holding a single entity) is modelled in full.
    pub fn read(bytes: &[u8], select: Option<&str>) -> Result<Self, MetadataError> {
        let (text, encoding) = text::decode(bytes)?;
        Self::read_str(&text, encoding, select)
    }

    pub fn read_str(
        text: &str,
        encoding: Encoding,
        select: Option<&str>,
    ) -> Result<Self, MetadataError> {
        Parser::new(text, select).run(encoding)
    }

    #[must_use]
    pub fn is_metadata(&self) -> bool {
        !matches!(self.root, Root::Other(_))
    }
}

impl KeyDescriptor {
    pub fn ders(&self) -> impl Iterator<Item = &[u8]> {
        self.certs.iter().filter_map(|c| match c {
            CertBlob::Der(d) => Some(d.as_slice()),
            CertBlob::Undecodable(_) => None,
        })
    }
}

/// The namespaces this reader matches on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ns {
    None,
    Md,
    Ds,
    Other,
}

impl Ns {
    fn of(uri: &str) -> Self {
        match uri {
            NS_MD => Self::Md,
            NS_DS => Self::Ds,
            _ => Self::Other,
        }
    }
}

/// The lists [`MAX_ITEMS`] bounds, each counted on its own.
#[derive(Debug, Clone, Copy)]
enum Item {
    Endpoints,
    KeyDescriptors,
    NameIdFormats,
    Roles,
    References,
}

impl Item {
    const fn name(self) -> &'static str {
        match self {
            Self::Endpoints => "endpoints",
            Self::KeyDescriptors => "key-descriptors",
            Self::NameIdFormats => "nameid-formats",
            Self::Roles => "roles",
            Self::References => "references",
        }
    }
}

/// What an open element is, as far as this reader cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Node {
    Entities,
    Entity,
    /// Inside an entity that is only listed, not modelled.
    Skipped,
    Signature {
        root: bool,
    },
    SignedInfo,
    SigKeyInfo,
    SigX509Data,
    SigCert,
    Idp,
    Sp,
    WsFed,
    KeyDescriptor,
    KeyInfo,
    X509Data,
    Cert,
    NameIdFormat,
    Other,
}

struct Parser<'a> {
    reader: NsReader<&'a [u8]>,
    text: &'a str,
    select: Option<&'a str>,
    stack: Vec<Node>,
    out: Metadata,
    /// The entity being modelled in full, and whether it is the selected one.
    current: Option<EntityDescriptor>,
    chosen: Option<EntityDescriptor>,
    first_full: Option<EntityDescriptor>,
    /// The KeyDescriptor being read.
    key: Option<KeyDescriptor>,
    chars: String,
    /// Namespace declarations in scope, per open element (cumulative).
    namespaces: Vec<usize>,
    certs: usize,
    /// How many of each [`Item`] were read.
    items: [usize; 5],
    /// Nodes walked (see [`MAX_NODES`]).
    nodes: usize,
    /// Bytes of the entityIDs listed so far (see [`MAX_LISTED_BYTES`]).
    listed_bytes: usize,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, select: Option<&'a str>) -> Self {
        let mut reader = NsReader::from_str(text);
        reader.config_mut().check_end_names = true;
        Self {
            reader,
            text,
            select,
            stack: Vec::with_capacity(16),
            out: Metadata {
                encoding: Encoding::Utf8,
                root: Root::Other(String::new()),
                root_id: None,
                root_valid_until: None,
                root_cache_duration: None,
                signature: None,
                other_signatures: 0,
                signature_first: false,
                root_id_occurrences: 0,
                entities: Vec::new(),
                entity: None,
            },
            current: None,
            chosen: None,
            first_full: None,
            key: None,
            chars: String::new(),
            namespaces: Vec::with_capacity(16),
            certs: 0,
            items: [0; 5],
            nodes: 0,
            listed_bytes: 0,
        }
    }

    fn too_many(&self, what: &'static str, limit: usize) -> MetadataError {
        MetadataError::TooMany {
            what,
            limit,
            line: self.line(self.reader.buffer_position()),
        }
    }

    fn too_long(&self) -> MetadataError {
        MetadataError::TooLong {
            line: self.line(self.reader.buffer_position()),
        }
    }

    /// Caps the attributes of one element, their length and the namespace declarations in scope.
    fn count_attributes(&mut self, e: &BytesStart<'_>) -> Result<(), MetadataError> {
        let (mut all, mut declarations) = (0, 0);
        for a in e.attributes().with_checks(false) {
            all += 1;
            if all > MAX_ATTRIBUTES {
                return Err(self.too_many("attributes", MAX_ATTRIBUTES));
            }
            let Ok(a) = a else { continue };
            if a.value.len() > MAX_VALUE_BYTES {
                return Err(self.too_long());
            }
            if a.key.as_namespace_binding().is_some() {
                declarations += 1;
            }
        }
        let in_scope = self.namespaces.last().copied().unwrap_or(0) + declarations;
        if in_scope > MAX_NAMESPACES {
            return Err(self.too_many("namespaces", MAX_NAMESPACES));
        }
        self.namespaces.push(in_scope);
        Ok(())
    }

    fn count_item(&mut self, item: Item) -> Result<(), MetadataError> {
        let count = &mut self.items[item as usize];
        *count += 1;
        if *count > MAX_ITEMS {
            return Err(self.too_many(item.name(), MAX_ITEMS));
        }
        Ok(())
    }

    /// Appends text of the element being kept, refusing it past [`MAX_VALUE_BYTES`].
    fn capture(&mut self, text: &str) -> Result<(), MetadataError> {
        if self.chars.len() + text.len() > MAX_VALUE_BYTES {
            return Err(self.too_long());
        }
        self.chars.push_str(text);
        Ok(())
    }

    fn count_cert(&mut self) -> Result<(), MetadataError> {
        self.certs += 1;
        if self.certs > MAX_CERTS {
            return Err(self.too_many("certificates", MAX_CERTS));
        }
        self.chars.clear();
        Ok(())
    }

    #[allow(clippy::naive_bytecount)] // only on the error path; not worth a dependency
    fn line(&self, pos: u64) -> usize {
        let pos = usize::try_from(pos)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        1 + self.text.as_bytes()[..pos]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
    }

    fn malformed(&self, message: impl std::fmt::Display) -> MetadataError {
        MetadataError::Malformed {
            line: self.line(self.reader.error_position()),
            // The parser's message may quote names from the file.
            message: escaped(&message.to_string()),
        }
    }

    fn run(mut self, encoding: Encoding) -> Result<Metadata, MetadataError> {
        self.out.encoding = encoding;
        let mut seen_root = false;
        loop {
            let (ns, root_ns, event) = match self.reader.read_resolved_event() {
                Ok((ResolveResult::Unknown(prefix), _)) => {
                    return Err(self.malformed(msg!("metadata-undeclared-prefix", prefix)));
                }
                Ok((ResolveResult::Bound(ns), event)) => {
                    let uri = ns.into_inner();
                    // The root's namespace is kept as text only to name an unexpected root.
                    let root_ns = self.stack.is_empty().then(|| uri.to_owned());
                    (Ns::of(uri), root_ns, event)
                }
                Ok((ResolveResult::Unbound, event)) => (Ns::None, None, event),
                Err(e) => return Err(self.malformed(e)),
            };
            if !matches!(event, Event::Text(_) | Event::End(_) | Event::Eof) {
                self.nodes += 1;
                if self.nodes > MAX_NODES {
                    return Err(self.too_many("nodes", MAX_NODES));
                }
            }
            match event {
                Event::Start(_) | Event::Empty(_) if self.stack.is_empty() && seen_root => {
                    return Err(self.malformed(msg!("metadata-two-roots")));
                }
                Event::Start(e) => {
                    seen_root = true;
                    self.open(ns, root_ns, &e)?;
                }
                Event::Empty(e) => {
                    seen_root = true;
                    self.open(ns, root_ns, &e)?;
                    self.close();
                }
                Event::End(_) => self.close(),
                Event::Text(t) if self.capturing() => {
                    self.capture(&t.xml_content(XmlVersion::Implicit1_0))?;
                }
                Event::CData(t) if self.capturing() => {
                    self.capture(&t.into_inner())?;
                }
                Event::GeneralRef(r) if self.capturing() => {
                    let resolved = match r.resolve_char_ref() {
                        Ok(Some(c)) => Some(c.to_string()),
                        _ => quick_xml::escape::resolve_predefined_entity(
                            &r.xml_content(XmlVersion::Implicit1_0),
                        )
                        .map(str::to_owned),
                    };
                    match resolved {
                        Some(s) => self.capture(&s)?,
                        None => return Err(self.malformed(msg!("metadata-undeclared-entity"))),
                    }
                }
                Event::DocType(_) => {
                    return Err(MetadataError::DocType {
                        line: self.line(self.reader.buffer_position()),
                    });
                }
                Event::Text(t)
                    if self.stack.is_empty()
                        && !t.xml_content(XmlVersion::Implicit1_0).trim().is_empty() =>
                {
                    return Err(self.malformed(msg!("metadata-text-outside-root")));
                }
                Event::Eof => break,
                _ => {}
            }
        }
        if !seen_root {
            return Err(self.malformed(msg!("metadata-no-root")));
        }
        if !self.stack.is_empty() {
            return Err(self.malformed(msg!("metadata-truncated")));
        }
        let mut out = self.out;
        out.entity = self.chosen.or(if out.entities.len() == 1 {
            self.first_full
        } else {
            None
        });
        Ok(out)
    }

    fn capturing(&self) -> bool {
        matches!(
            self.stack.last(),
            Some(Node::Cert | Node::SigCert | Node::NameIdFormat)
        )
    }

    fn attr(&self, e: &BytesStart<'_>, name: &str) -> Result<Option<String>, MetadataError> {
        for a in e.attributes() {
            let a = a.map_err(|err| self.malformed(err))?;
            // Unprefixed attributes are in no namespace: compare the raw name.
            if a.key.0 == name {
                let v = a
                    .normalized_value(XmlVersion::Implicit1_0)
                    .map_err(|err| self.malformed(err))?;
                return Ok(Some(v.into_owned()));
            }
        }
        Ok(None)
    }

    /// Namespace-resolved `xsi:type` value as `(namespace, local)`.
    fn xsi_type(&self, e: &BytesStart<'_>) -> Result<Option<(String, String)>, MetadataError> {
        for a in e.attributes() {
            let a = a.map_err(|err| self.malformed(err))?;
            let (ns, local) = self.reader.resolver().resolve_attribute(a.key);
            if local.as_ref() == "type" && matches!(ns, ResolveResult::Bound(n) if n.0 == NS_XSI) {
                let value = a
                    .normalized_value(XmlVersion::Implicit1_0)
                    .map_err(|err| self.malformed(err))?;
                let qname = quick_xml::name::QName(value.trim());
                let (tns, tlocal) = self.reader.resolver().resolve_element(qname);
                let tns = match tns {
                    ResolveResult::Bound(n) => n.0.to_owned(),
                    _ => String::new(),
                };
                return Ok(Some((tns, tlocal.as_ref().to_owned())));
            }
        }
        Ok(None)
    }

    fn count_root_id(&mut self, e: &BytesStart<'_>) -> Result<(), MetadataError> {
        let Some(root_id) = self.out.root_id.as_deref() else {
            return Ok(());
        };
        for a in e.attributes() {
            let a = a.map_err(|err| self.malformed(err))?;
            if matches!(a.key.0, "ID" | "Id" | "id")
                && a.normalized_value(XmlVersion::Implicit1_0)
                    .map_err(|err| self.malformed(err))?
                    == root_id
            {
                self.out.root_id_occurrences += 1;
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_lines)] // one flat table of element → meaning reads best in one place
    fn open(
        &mut self,
        ns: Ns,
        root_ns: Option<String>,
        e: &BytesStart<'_>,
    ) -> Result<(), MetadataError> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(MetadataError::TooDeep {
                line: self.line(self.reader.buffer_position()),
            });
        }
        self.count_attributes(e)?;
        let parent = self.stack.last().copied();
        if parent.is_none() {
            self.open_root(ns, root_ns, e)?;
        }
        self.count_root_id(e)?;
        let local = e.local_name();
        let local = local.as_ref();
        let node = match (parent, ns, local) {
            (None | Some(Node::Entities), Ns::Md, "EntitiesDescriptor") => Node::Entities,
            (None | Some(Node::Entities), Ns::Md, "EntityDescriptor") => self.open_entity(e)?,
            (Some(Node::Skipped), Ns::Md, "IDPSSODescriptor") => {
                self.mark_role(true);
                Node::Skipped
            }
            (Some(Node::Skipped), Ns::Md, "SPSSODescriptor") => {
                self.mark_role(false);
                Node::Skipped
            }
            (Some(Node::Skipped), _, _) => {
                if ns == Ns::Ds && local == "Signature" {
                    self.out.other_signatures += 1;
                }
                Node::Skipped
            }
            (Some(p), Ns::Ds, "Signature") => {
                let root = self.stack.len() == 1 && self.out.signature.is_none();
                if root {
                    self.out.signature = Some(SignatureInfo::default());
                    self.out.signature_first = self.out.other_signatures == 0;
                } else {
                    self.out.other_signatures += 1;
                }
                if p == Node::Entity
                    && let Some(cur) = self.current.as_mut()
                {
                    cur.signed = true;
                }
                Node::Signature { root }
            }
            (Some(Node::Signature { root: true }), Ns::Ds, "SignedInfo") => Node::SignedInfo,
            (Some(Node::SignedInfo), Ns::Ds, "SignatureMethod") => {
                let alg = self.attr(e, "Algorithm")?;
                if let Some(sig) = self.out.signature.as_mut() {
                    sig.signature_method = alg;
                }
                Node::Other
            }
            (Some(Node::SignedInfo), Ns::Ds, "Reference") => {
                self.count_item(Item::References)?;
                let uri = self.attr(e, "URI")?.unwrap_or_default();
                if let Some(sig) = self.out.signature.as_mut() {
                    sig.reference_uris.push(uri);
                }
                Node::Other
            }
            (Some(Node::Signature { root: true }), Ns::Ds, "KeyInfo") => Node::SigKeyInfo,
            (Some(Node::SigKeyInfo), Ns::Ds, "X509Data") => Node::SigX509Data,
            (Some(Node::SigX509Data), Ns::Ds, "X509Certificate") => {
                self.count_cert()?;
                Node::SigCert
            }
            (Some(Node::Entity), Ns::Md, "IDPSSODescriptor") => {
                self.mark_role(true);
                let want = parse_bool(self.attr(e, "WantAuthnRequestsSigned")?);
                if let Some(cur) = self.current.as_mut() {
                    cur.idp
                        .get_or_insert_with(IdpRole::default)
                        .want_authn_requests_signed = want;
                }
                Node::Idp
            }
            (Some(Node::Entity), Ns::Md, "SPSSODescriptor") => {
                self.mark_role(false);
                let authn = parse_bool(self.attr(e, "AuthnRequestsSigned")?);
                let want = parse_bool(self.attr(e, "WantAssertionsSigned")?);
                if let Some(cur) = self.current.as_mut() {
                    let sp = cur.sp.get_or_insert_with(SpRole::default);
                    sp.authn_requests_signed = authn;
                    sp.want_assertions_signed = want;
                }
                Node::Sp
            }
            (Some(Node::Entity), Ns::Md, "RoleDescriptor") => {
                self.count_item(Item::Roles)?;
                let kind = match self.xsi_type(e)? {
                    Some((tns, t)) if tns == NS_FED && t == "SecurityTokenServiceType" => {
                        WsFedKind::SecurityTokenService
                    }
                    Some((tns, t)) if tns == NS_FED && t == "ApplicationServiceType" => {
                        WsFedKind::ApplicationService
                    }
                    _ => WsFedKind::Other,
                };
                if let Some(cur) = self.current.as_mut() {
                    cur.ws_fed.push(WsFedRole {
                        kind,
                        keys: Vec::new(),
                    });
                }
                Node::WsFed
            }
            (Some(Node::Idp | Node::Sp | Node::WsFed), Ns::Md, "KeyDescriptor") => {
                self.count_item(Item::KeyDescriptors)?;
                let key_use = match self.attr(e, "use")?.as_deref().map(str::trim) {
                    Some("signing") => KeyUse::Signing,
                    Some("encryption") => KeyUse::Encryption,
                    _ => KeyUse::Both,
                };
                self.key = Some(KeyDescriptor {
                    key_use,
                    certs: Vec::new(),
                });
                Node::KeyDescriptor
            }
            (Some(Node::KeyDescriptor), Ns::Ds, "KeyInfo") => Node::KeyInfo,
            (Some(Node::KeyInfo), Ns::Ds, "X509Data") => Node::X509Data,
            (Some(Node::X509Data), Ns::Ds, "X509Certificate") => {
                self.count_cert()?;
                Node::Cert
            }
            (Some(Node::Idp | Node::Sp), Ns::Md, "NameIDFormat") => {
                self.count_item(Item::NameIdFormats)?;
                self.chars.clear();
                Node::NameIdFormat
            }
            (Some(p @ (Node::Idp | Node::Sp)), Ns::Md, name) => {
                self.endpoint(p, name, e)?;
                Node::Other
            }
            _ => Node::Other,
        };
        self.stack.push(node);
        Ok(())
    }

    fn open_root(
        &mut self,
        ns: Ns,
        root_ns: Option<String>,
        e: &BytesStart<'_>,
    ) -> Result<(), MetadataError> {
        let local = e.local_name();
        self.out.root = match (ns, local.as_ref(), root_ns) {
            (Ns::Md, "EntityDescriptor", _) => Root::EntityDescriptor,
            (Ns::Md, "EntitiesDescriptor", _) => Root::EntitiesDescriptor,
            (_, l, Some(uri)) => Root::Other(escaped(&format!("{{{uri}}}{l}"))),
            (_, l, None) => Root::Other(escaped(l)),
        };
        self.out.root_id = self.attr(e, "ID")?;
        self.out.root_valid_until = self.attr(e, "validUntil")?;
        self.out.root_cache_duration = self.attr(e, "cacheDuration")?;
        Ok(())
    }

    fn open_entity(&mut self, e: &BytesStart<'_>) -> Result<Node, MetadataError> {
        if self.out.entities.len() >= MAX_ENTITIES {
            return Err(self.too_many("entities", MAX_ENTITIES));
        }
        let entity_id = escaped(&self.attr(e, "entityID")?.unwrap_or_default());
        self.listed_bytes += entity_id.len();
        if self.listed_bytes > MAX_LISTED_BYTES {
            return Err(self.too_many("entity-id-bytes", MAX_LISTED_BYTES));
        }
        self.out.entities.push(EntitySummary {
            entity_id: entity_id.clone(),
            idp: false,
            sp: false,
        });
        let full = match self.select {
            Some(wanted) => self.chosen.is_none() && wanted == entity_id,
            None => self.first_full.is_none(),
        };
        if !full {
            return Ok(Node::Skipped);
        }
        self.current = Some(EntityDescriptor {
            entity_id,
            id: self.attr(e, "ID")?,
            valid_until: self.attr(e, "validUntil")?,
            cache_duration: self.attr(e, "cacheDuration")?,
            ..EntityDescriptor::default()
        });
        Ok(Node::Entity)
    }

    fn mark_role(&mut self, idp: bool) {
        if let Some(last) = self.out.entities.last_mut() {
            if idp {
                last.idp = true;
            } else {
                last.sp = true;
            }
        }
    }

    fn endpoint(
        &mut self,
        role: Node,
        name: &str,
        e: &BytesStart<'_>,
    ) -> Result<(), MetadataError> {
        let wanted = matches!(
            (role, name),
            (Node::Idp, "SingleSignOnService")
                | (Node::Idp | Node::Sp, "SingleLogoutService")
                | (Node::Sp, "AssertionConsumerService")
        );
        if !wanted {
            return Ok(());
        }
        self.count_item(Item::Endpoints)?;
        let endpoint = Endpoint {
            binding: self.attr(e, "Binding")?.unwrap_or_default(),
            location: escaped(self.attr(e, "Location")?.unwrap_or_default().trim()),
            index: self.attr(e, "index")?.and_then(|i| i.trim().parse().ok()),
            is_default: parse_bool(self.attr(e, "isDefault")?),
        };
        let Some(cur) = self.current.as_mut() else {
            return Ok(());
        };
        match (role, name) {
            (Node::Idp, "SingleSignOnService") => {
                cur.idp.get_or_insert_default().sso.push(endpoint);
            }
            (Node::Idp, _) => cur.idp.get_or_insert_default().slo.push(endpoint),
            (_, "AssertionConsumerService") => cur.sp.get_or_insert_default().acs.push(endpoint),
            _ => cur.sp.get_or_insert_default().slo.push(endpoint),
        }
        Ok(())
    }

    fn close(&mut self) {
        self.namespaces.pop();
        let Some(node) = self.stack.pop() else {
            return;
        };
        match node {
            Node::Cert => {
                let blob = decode_cert(&self.chars);
                if let Some(key) = self.key.as_mut() {
                    key.certs.push(blob);
                }
            }
            Node::SigCert => {
                let blob = decode_cert(&self.chars);
                if let Some(sig) = self.out.signature.as_mut() {
                    sig.certs.push(blob);
                }
            }
            Node::NameIdFormat => {
                let value = self.chars.trim().to_owned();
                if let Some(cur) = self.current.as_mut() {
                    match self.stack.last() {
                        Some(Node::Idp) => {
                            cur.idp.get_or_insert_default().name_id_formats.push(value);
                        }
                        Some(Node::Sp) => {
                            cur.sp.get_or_insert_default().name_id_formats.push(value);
                        }
                        _ => {}
                    }
                }
            }
            Node::KeyDescriptor => {
                if let (Some(key), Some(cur)) = (self.key.take(), self.current.as_mut()) {
                    match self.stack.last() {
                        Some(Node::Idp) => cur.idp.get_or_insert_default().keys.push(key),
                        Some(Node::Sp) => cur.sp.get_or_insert_default().keys.push(key),
                        Some(Node::WsFed) => {
                            if let Some(role) = cur.ws_fed.last_mut() {
                                role.keys.push(key);
                            }
                        }
                        _ => {}
                    }
                }
            }
            Node::Entity => {
                if let Some(done) = self.current.take() {
                    if self.select.is_some() {
                        self.chosen = Some(done);
                    } else {
                        self.first_full = Some(done);
                    }
                }
            }
            _ => {}
        }
    }
}

fn parse_bool(v: Option<String>) -> Option<bool> {
    match v?.trim() {
        "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

/// Base64 of an `X509Certificate`, whitespace and line breaks allowed anywhere.
#[must_use]
pub fn decode_cert(b64: &str) -> CertBlob {
    let compact: Cow<'_, str> = if b64.bytes().any(|b| b.is_ascii_whitespace()) {
        Cow::Owned(b64.chars().filter(|c| !c.is_ascii_whitespace()).collect())
    } else {
        Cow::Borrowed(b64)
    };
    if compact.is_empty() {
        return CertBlob::Undecodable(msg!("metadata-cert-empty"));
    }
    match base64::engine::general_purpose::STANDARD.decode(compact.as_bytes()) {
        Ok(der) => CertBlob::Der(der),
        Err(e) => CertBlob::Undecodable(msg!("metadata-cert-not-base64", error = e.to_string())),
    }
}
