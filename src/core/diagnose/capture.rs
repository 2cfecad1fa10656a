//! Recognising what the admin gave, by content: a `SAMLResponse` (base64, line breaks and
//! URL-encoding tolerated, or the decoded XML), a Redirect-binding `SAMLRequest` (a whole URL or
//! its query string: URL-decode, base64, raw DEFLATE), a HAR file (Chrome's and Firefox's
//! shape: every SAML message in request order), or the text of an Entra error page.
//!
//! Every path is bounded: the encoded size of one value, the inflated size of a request, the
//! number of HAR entries and form fields read, and of messages and problems kept.

use std::borrow::Cow;
use std::io::Read as _;

use base64::Engine as _;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use time::OffsetDateTime;

use crate::core::findings::Code;
use crate::core::i18n::Msg;

/// Standard base64 with or without its `=` padding (a value copied without its tail, or cut
/// where a form encoder's `%3D` was lost).
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Largest decoded SAML message (XML) read; Entra's responses are 5–50 KB, with many group
/// claims a few hundred KB.
pub const MAX_MESSAGE_BYTES: usize = 1024 * 1024;
/// Largest encoded value (base64, maybe URL-encoded) decoded: a message at the cap, URL-encoded.
pub const MAX_ENCODED_BYTES: usize = 3 * MAX_MESSAGE_BYTES;
/// Largest HAR file read; a login flow's HAR is a few MB, with page bodies tens of MB.
pub const MAX_HAR_BYTES: usize = 64 * 1024 * 1024;
/// Most HAR entries looked at.
pub const MAX_HAR_ENTRIES: usize = 20_000;
/// Most SAML messages (and Entra errors) taken from one capture.
pub const MAX_MESSAGES: usize = 20;
/// Most form fields (or query parameters) read from one request: a login posts two
/// (`SAMLResponse`, `RelayState`), a Redirect-binding URL four.
pub const MAX_FORM_FIELDS: usize = 64;
/// Most `AADSTS` codes read from one error text (Entra nests one code in another, e.g.
/// AADSTS75006 carrying the code that names the cause).
pub const MAX_AADSTS_CODES: usize = 4;
/// Most `AADSTS` occurrences looked at in one text (repeats included): a line of a million
/// repeated codes is not walked a million times.
const MAX_AADSTS_LOOKED: usize = 32;
/// Bytes after an `AADSTS` code searched for the end of its message.
const MESSAGE_WINDOW: usize = 4096;
/// Most bytes inflated from all the Redirect-binding requests of one capture (each is capped
/// at [`MAX_MESSAGE_BYTES`]): a HAR of thousands of small DEFLATE bombs would otherwise inflate
/// tens of GiB.
pub const MAX_INFLATED_BYTES: usize = 16 * MAX_MESSAGE_BYTES;
/// Most bytes of one HAR response body searched for an `AADSTS` code (Entra's error pages are
/// under 100 KB).
const MAX_PAGE_SCAN: usize = 512 * 1024;

/// One thing found in the capture, in input order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Response {
        xml: String,
        /// Decoded from base64 here (the raw bytes Entra signed), not pasted XML.
        from_base64: bool,
        at: Option<OffsetDateTime>,
    },
    Request {
        xml: String,
        /// A `Signature` parameter came with the Redirect-binding URL.
        url_signed: bool,
        at: Option<OffsetDateTime>,
    },
    EntraError {
        /// The codes in the order Entra wrote them, each with the text that follows it; the
        /// first is the outer one, a later one names the cause.
        codes: Vec<(String, String)>,
        at: Option<OffsetDateTime>,
    },
}

/// Why nothing (or not everything) could be read; the diagnosis turns it into a finding.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Problem {
    /// Nothing recognisable.
    Unrecognised(Msg),
    /// Refused for its size (the message says which limit).
    TooLarge(Msg),
    /// A limit on how much is read was reached: the first part was read, the rest not (the
    /// message says which limit).
    Capped(Msg),
    /// A value looked like a SAML message but could not be decoded.
    Undecodable(Msg),
}

impl Problem {
    /// The finding code this problem is reported under.
    #[must_use]
    pub fn code(&self) -> Code {
        match self {
            Self::TooLarge(_) | Self::Capped(_) => Code::CaptureTooLarge,
            Self::Unrecognised(_) | Self::Undecodable(_) => Code::CaptureUnrecognised,
        }
    }
}

/// What a capture held: the messages, and the problems met on the way.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Capture {
    pub items: Vec<Item>,
    /// The problems met, the first [`super::MAX_FINDINGS`] of them.
    pub problems: Vec<Problem>,
    /// Problems met beyond those kept, and repeats of one kept, by code (counted, not kept).
    pub dropped: Vec<(Code, usize)>,
    seen: std::collections::HashSet<Problem>,
    /// The capture was a HAR file.
    pub har: bool,
    capped: bool,
    /// Bytes inflated so far (see [`MAX_INFLATED_BYTES`]).
    inflated: usize,
}

impl Capture {
    /// A capture refused as a whole.
    #[must_use]
    pub fn refused(problem: Problem) -> Self {
        Self {
            problems: vec![problem],
            ..Self::default()
        }
    }

    fn push(&mut self, item: Item) {
        if !self.full() {
            self.items.push(item);
        }
    }

    /// Keeps a problem, or only counts it: a repeat of one kept, or once
    /// [`super::MAX_FINDINGS`] are kept.
    fn problem(&mut self, p: Problem) {
        if self.problems.len() < super::MAX_FINDINGS && self.seen.insert(p.clone()) {
            self.problems.push(p);
            return;
        }
        let code = p.code();
        match self.dropped.iter_mut().find(|(c, _)| *c == code) {
            Some((_, n)) => *n += 1,
            None => self.dropped.push((code, 1)),
        }
    }

    /// True once [`MAX_MESSAGES`] are kept (said once, as a problem).
    fn full(&mut self) -> bool {
        if self.items.len() < MAX_MESSAGES {
            return false;
        }
        if !self.capped {
            self.capped = true;
            self.problem(Problem::Capped(crate::msg!(
                "diagnose-capture-too-many-messages",
                max = MAX_MESSAGES
            )));
        }
        true
    }
}

/// Largest capture that is not a HAR file: one message at the encoded cap, with the rest of a
/// URL, a form or an error page around it.
pub const MAX_PLAIN_BYTES: usize = MAX_ENCODED_BYTES + 64 * 1024;

/// Refuses an input by its size alone, before any scan: a HAR file (JSON) up to
/// [`MAX_HAR_BYTES`], anything else up to [`MAX_PLAIN_BYTES`].
#[must_use]
pub fn too_large(input: &[u8]) -> Option<Problem> {
    let start = input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input);
    let har = start
        .iter()
        .take(64)
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'{');
    if har && input.len() > MAX_HAR_BYTES {
        return Some(Problem::TooLarge(crate::msg!(
            "diagnose-capture-har-too-large",
            size = input.len(),
            max_mib = MAX_HAR_BYTES / 1024 / 1024
        )));
    }
    let looks_base64 = start
        .iter()
        .take(4096)
        .all(|b| b.is_ascii_alphanumeric() || b"+/=%\r\n \t".contains(b));
    (!har && input.len() > MAX_PLAIN_BYTES).then(|| {
        if looks_base64 {
            base64_too_large(input.len())
        } else {
            Problem::TooLarge(crate::msg!(
                "diagnose-capture-input-too-large",
                size = input.len(),
                max_kib = MAX_PLAIN_BYTES / 1024
            ))
        }
    })
}

/// Whether `bytes` hold a captured login (a HAR, a SAML message, an Entra error): something
/// [`read`] finds at least one message in, within the usual limits.
#[must_use]
pub fn is_capture(bytes: &[u8]) -> bool {
    too_large(bytes).is_none()
        && crate::core::text::decode(bytes).is_ok_and(|(text, _)| !read(&text).items.is_empty())
}

/// Reads a capture (the text was decoded by [`crate::core::text::decode`]).
#[must_use]
pub fn read(text: &str) -> Capture {
    let mut out = Capture::default();
    let trimmed = text.trim();
    if trimmed.starts_with('{') {
        out.har = true;
        har(trimmed, &mut out);
    } else if trimmed.starts_with('<') {
        // The HTML source of Entra's error page is an error page, not a SAML message (a
        // Response's StatusMessage may hold a code too: it stays a Response).
        let saml = root_name(trimmed).is_some_and(|n| matches!(n, "Response" | "AuthnRequest"));
        match entra_error(trimmed, true, None).filter(|_| !saml) {
            Some(page) => out.push(page),
            None => xml_item(trimmed.to_owned(), false, None, &mut out),
        }
    } else if has_param(trimmed, "SAMLRequest") || has_param(trimmed, "SAMLResponse") {
        query(query_part(trimmed), true, None, &mut out);
    } else if let Some(error) = entra_error(trimmed, false, None) {
        out.push(error);
    } else {
        bare_value(trimmed, &mut out);
    }
    if out.items.is_empty() && out.problems.is_empty() {
        out.problem(Problem::Unrecognised(crate::msg!(
            "diagnose-capture-nothing-found"
        )));
    }
    out
}

/// An XML message: a Response, or a request (POST binding, or already decoded).
fn xml_item(xml: String, from_base64: bool, at: Option<OffsetDateTime>, out: &mut Capture) {
    if xml.len() > MAX_MESSAGE_BYTES {
        out.problem(too_large_message(xml.len()));
        return;
    }
    if root_name(&xml).is_some_and(|n| n == "AuthnRequest") {
        out.push(Item::Request {
            xml,
            url_signed: false,
            at,
        });
    } else {
        out.push(Item::Response {
            xml,
            from_base64,
            at,
        });
    }
}

fn too_large_message(size: usize) -> Problem {
    Problem::TooLarge(crate::msg!(
        "diagnose-capture-message-too-large",
        size,
        max_kib = MAX_MESSAGE_BYTES / 1024
    ))
}

fn base64_too_large(size: usize) -> Problem {
    Problem::TooLarge(crate::msg!(
        "diagnose-capture-base64-too-large",
        size,
        max_kib = MAX_ENCODED_BYTES / 1024
    ))
}

/// The local name of the first element (enough to tell a request from a response; the XML
/// itself is read by the hardened reader later).
fn root_name(xml: &str) -> Option<&str> {
    let mut rest = xml;
    loop {
        let start = rest.find('<')?;
        rest = &rest[start + 1..];
        if rest.starts_with('?') || rest.starts_with('!') {
            continue;
        }
        let end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/')?;
        let qname = &rest[..end];
        return Some(qname.rsplit(':').next().unwrap_or(qname));
    }
}

fn has_param(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        matches!(before, None | Some('?' | '&')) && text[i + name.len()..].starts_with('=')
    })
}

/// The query string of a URL (or the text itself when it is one).
fn query_part(text: &str) -> &str {
    let text = text.split('#').next().unwrap_or(text);
    match text.split_once('?') {
        Some((_, q)) => q,
        None => text,
    }
}

/// `application/x-www-form-urlencoded` pairs (a query string or a posted form): the first
/// [`MAX_FORM_FIELDS`], the others counted into a problem.
fn form_pairs<'q>(query: &'q str, out: &mut Capture) -> Vec<(Cow<'q, str>, &'q str)> {
    let mut fields = query.split('&');
    let pairs = fields
        .by_ref()
        .take(MAX_FORM_FIELDS)
        .filter_map(|pair| {
            let (k, v) = pair.split_once('=')?;
            Some((url_decode(k.trim()), v.trim()))
        })
        .collect();
    too_many_fields(MAX_FORM_FIELDS + fields.count(), out);
    pairs
}

fn too_many_fields(count: usize, out: &mut Capture) {
    if count > MAX_FORM_FIELDS {
        out.problem(Problem::Capped(crate::msg!(
            "diagnose-capture-too-many-fields",
            count,
            max = MAX_FORM_FIELDS
        )));
    }
}

fn url_decode(s: &str) -> Cow<'_, str> {
    if !s.contains(['%', '+']) {
        return Cow::Borrowed(s);
    }
    let spaced = s.replace('+', " ");
    Cow::Owned(
        percent_encoding::percent_decode_str(&spaced)
            .decode_utf8_lossy()
            .into_owned(),
    )
}

/// The SAML parameters of a query string (`redirect`: a `SAMLRequest` is deflated) or a posted
/// form body.
fn query(query: &str, redirect: bool, at: Option<OffsetDateTime>, out: &mut Capture) {
    let pairs = form_pairs(query, out);
    let signed = pairs.iter().any(|(k, _)| k == "Signature");
    for (k, v) in pairs {
        saml_field(&k, v, redirect.then_some(signed), at, out);
    }
}

/// One form field or query parameter: a SAML message when it is named like one.
/// `redirect`: the value came in a Redirect-binding URL (deflated), with a `Signature` or not.
fn saml_field(
    name: &str,
    value: &str,
    redirect: Option<bool>,
    at: Option<OffsetDateTime>,
    out: &mut Capture,
) {
    let saml = matches!(name, "SAMLResponse" | "SAMLRequest");
    // Once the messages are full, one more says so; none is decoded any more.
    if saml && out.full() {
        return;
    }
    match (name, redirect) {
        ("SAMLResponse", _) => posted_response(value, at, out),
        ("SAMLRequest", Some(signed)) => redirect_request(value, signed, at, out),
        ("SAMLRequest", None) => posted_request(value, at, out),
        _ => {}
    }
}

/// Base64 with line breaks, spaces, and perhaps still URL-encoded (`%2B`, `%3D`, `%0A`). A
/// literal '+' stays a '+': base64 never holds a space, so no form encoder wrote it for one.
fn base64_value(value: &str) -> Result<Vec<u8>, Problem> {
    if value.len() > MAX_ENCODED_BYTES {
        return Err(base64_too_large(value.len()));
    }
    let decoded: Cow<'_, str> = if value.contains('%') {
        percent_encoding::percent_decode_str(value).decode_utf8_lossy()
    } else {
        Cow::Borrowed(value)
    };
    let compact: Vec<u8> = decoded
        .bytes()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    BASE64.decode(compact).map_err(|e| {
        Problem::Undecodable(crate::msg!(
            "diagnose-capture-not-base64",
            error = e.to_string()
        ))
    })
}

fn utf8(bytes: Vec<u8>) -> Result<String, Problem> {
    String::from_utf8(bytes)
        .map_err(|_| Problem::Undecodable(crate::msg!("diagnose-capture-not-utf8")))
}

fn posted_response(value: &str, at: Option<OffsetDateTime>, out: &mut Capture) {
    match base64_value(value).and_then(|b| {
        if b.len() > MAX_MESSAGE_BYTES {
            Err(too_large_message(b.len()))
        } else {
            utf8(b)
        }
    }) {
        Ok(xml) => xml_item(xml, true, at, out),
        Err(p) => out.problem(p),
    }
}

fn redirect_request(value: &str, url_signed: bool, at: Option<OffsetDateTime>, out: &mut Capture) {
    if out.inflated >= MAX_INFLATED_BYTES {
        out.problem(Problem::Capped(crate::msg!(
            "diagnose-capture-inflate-budget",
            max_mib = MAX_INFLATED_BYTES / 1024 / 1024
        )));
        return;
    }
    let xml = base64_value(value)
        .and_then(|raw| inflate(&raw, &mut out.inflated))
        .and_then(utf8);
    match xml {
        Ok(xml) => out.push(Item::Request {
            xml,
            url_signed,
            at,
        }),
        Err(p) => out.problem(p),
    }
}

/// Raw DEFLATE (the Redirect binding), stopping at [`MAX_MESSAGE_BYTES`] of output; adds the
/// bytes inflated (a bomb's too) to `inflated`.
fn inflate(raw: &[u8], inflated: &mut usize) -> Result<Vec<u8>, Problem> {
    let mut out = Vec::new();
    let limit = u64::try_from(MAX_MESSAGE_BYTES).unwrap_or(u64::MAX) + 1;
    let read = flate2::read::DeflateDecoder::new(raw)
        .take(limit)
        .read_to_end(&mut out);
    *inflated = inflated.saturating_add(out.len());
    read.map_err(|e| {
        Problem::Undecodable(crate::msg!(
            "diagnose-capture-not-deflate",
            error = e.to_string()
        ))
    })?;
    if out.len() > MAX_MESSAGE_BYTES {
        return Err(Problem::TooLarge(crate::msg!(
            "diagnose-capture-deflate-bomb",
            max_kib = MAX_MESSAGE_BYTES / 1024
        )));
    }
    Ok(out)
}

/// A bare base64 value: a `SAMLResponse` (XML inside) or a `SAMLRequest` (DEFLATE inside).
fn bare_value(text: &str, out: &mut Capture) {
    // Judged on the start only: a huge value is refused by its size, not scanned.
    let looks_base64 = text.len() > 16
        && text
            .bytes()
            .take(4096)
            .all(|b| b.is_ascii_alphanumeric() || b"+/=%\r\n \t".contains(&b));
    if !looks_base64 {
        return;
    }
    let raw = match base64_value(text) {
        Ok(raw) => raw,
        Err(p) => {
            out.problem(p);
            return;
        }
    };
    if raw.len() > MAX_MESSAGE_BYTES {
        out.problem(too_large_message(raw.len()));
        return;
    }
    let is_xml = raw
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'<' || b == 0xEF);
    let xml = if is_xml {
        Ok(raw)
    } else {
        inflate(&raw, &mut out.inflated)
    }
    .and_then(utf8);
    match xml {
        Ok(xml) => xml_item(
            xml.trim_start_matches('\u{feff}').to_owned(),
            true,
            None,
            out,
        ),
        Err(p) => out.problem(p),
    }
}

/// The first `AADSTS<digits>` code and the sentence that follows it.
#[must_use]
pub fn aadsts(text: &str) -> Option<(String, String)> {
    aadsts_all(text, false).into_iter().next()
}

/// Every `AADSTS<digits>` code in `text`, in order, once each and at most
/// [`MAX_AADSTS_CODES`], each with the text that follows it up to the line end or the next
/// code. `page`: the text is a page's source, where the message also ends at a quote (Entra
/// puts it in a script's string) and JSON and HTML escapes are decoded.
#[must_use]
pub fn aadsts_all(text: &str, page: bool) -> Vec<(String, String)> {
    let ends: &[char] = if page {
        &['\n', '\r', '<', '"']
    } else {
        &['\n', '\r', '<']
    };
    let mut found: Vec<(String, String)> = Vec::new();
    let mut rest = text;
    let mut looked = 0;
    while found.len() < MAX_AADSTS_CODES
        && looked < MAX_AADSTS_LOOKED
        && let Some(start) = rest.find("AADSTS")
    {
        looked += 1;
        let after = &rest[start + 6..];
        let len = after
            .bytes()
            .take(10)
            .take_while(u8::is_ascii_digit)
            .count();
        let body = &after[len..];
        // The message is read from the next few KiB only (it is cut to 1,000 characters).
        let window = &body[..floor_char(body, MESSAGE_WINDOW)];
        let line = &window[..window.find(ends).unwrap_or(window.len())];
        // A second code on the same line ends this one's message.
        let own = next_code(line).map_or(line, |i| &line[..i]);
        rest = &body[own.len()..];
        let code = &after[..len];
        if len == 0 || found.iter().any(|(c, _)| c == code) {
            continue;
        }
        let message: String = own
            .trim_start_matches([':', ' '])
            .chars()
            .take(1000)
            .collect();
        let message = if page {
            unescape_page(&message)
        } else {
            message
        };
        found.push((code.to_owned(), message.trim().to_owned()));
    }
    found
}

/// Where the next `AADSTS<digit>` starts in `line`.
fn next_code(line: &str) -> Option<usize> {
    line.match_indices("AADSTS")
        .map(|(i, _)| i)
        .find(|&i| line.as_bytes().get(i + 6).is_some_and(u8::is_ascii_digit))
}

/// JSON (`\u0027`, `\/`) and HTML (`&#39;`, `&quot;`, `&amp;`…) escapes in a page's text.
fn unescape_page(s: &str) -> String {
    const NAMED: [(&str, char); 7] = [
        ("\\/", '/'),
        ("&#39;", '\''),
        ("&#x27;", '\''),
        ("&quot;", '"'),
        ("&amp;", '&'),
        ("&lt;", '<'),
        ("&gt;", '>'),
    ];
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(['\\', '&']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let json = rest
            .strip_prefix("\\u")
            .and_then(|h| h.get(..4))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32)
            .map(|c| (c, 6));
        let named = || {
            NAMED
                .iter()
                .find(|(e, _)| rest.starts_with(e))
                .map(|(e, c)| (*c, e.len()))
        };
        // Neither: the '\\' or '&' itself (one byte).
        let (c, used) = json
            .or_else(named)
            .unwrap_or_else(|| (char::from(rest.as_bytes()[0]), 1));
        out.push(c);
        rest = &rest[used..];
    }
    out.push_str(rest);
    out
}

/// An Entra error (its codes) when `text` holds an `AADSTS` code.
fn entra_error(text: &str, page: bool, at: Option<OffsetDateTime>) -> Option<Item> {
    let codes = aadsts_all(text, page);
    (!codes.is_empty()).then_some(Item::EntraError { codes, at })
}

/// A JSON string, borrowed from the input when it holds no escapes.
struct Text<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> serde::Deserialize<'de> for Text<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for Visit<'a> {
            type Value = Text<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Text<'a>, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Text<'a>, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Text<'a>, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        d.deserialize_str(Visit(std::marker::PhantomData))
    }
}

/// The parts of one HAR entry read (every other member is skipped unread).
#[derive(serde::Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct HarEntry<'a> {
    #[serde(borrow)]
    started_date_time: Option<Text<'a>>,
    #[serde(borrow)]
    request: Option<HarRequest<'a>>,
    #[serde(borrow)]
    response: Option<HarResponse<'a>>,
}

#[derive(serde::Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct HarRequest<'a> {
    #[serde(borrow)]
    url: Option<Text<'a>>,
    #[serde(borrow)]
    post_data: Option<HarPostData<'a>>,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct HarPostData<'a> {
    #[serde(borrow)]
    params: Option<Bounded<HarParam<'a>, MAX_FORM_FIELDS>>,
    #[serde(borrow)]
    text: Option<Text<'a>>,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct HarParam<'a> {
    #[serde(borrow)]
    name: Option<Text<'a>>,
    #[serde(borrow)]
    value: Option<Text<'a>>,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct HarResponse<'a> {
    #[serde(borrow)]
    content: Option<HarContent<'a>>,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct HarContent<'a> {
    #[serde(borrow)]
    text: Option<Text<'a>>,
}

/// A JSON list read up to `N` items; the others are skipped unread and counted in `total`.
struct Bounded<T, const N: usize> {
    items: Vec<T>,
    total: usize,
}

impl<'de, T: serde::Deserialize<'de>, const N: usize> serde::Deserialize<'de> for Bounded<T, N> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit<T, const N: usize>(std::marker::PhantomData<T>);
        impl<'de, T: serde::Deserialize<'de>, const N: usize> serde::de::Visitor<'de> for Visit<T, N> {
            type Value = Bounded<T, N>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while items.len() < N
                    && let Some(item) = seq.next_element()?
                {
                    items.push(item);
                }
                let mut total = items.len();
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
                    total += 1;
                }
                Ok(Bounded { items, total })
            }
        }
        d.deserialize_seq(Visit(std::marker::PhantomData))
    }
}

/// Reads member `key` of a JSON object with `seed` (the first time it occurs), skipping every
/// other member unread. Its value: the seed's, or `None` when the member is not there.
struct Member<S> {
    key: &'static str,
    seed: Option<S>,
}

impl<'de, S: serde::de::DeserializeSeed<'de>> serde::de::DeserializeSeed<'de> for Member<S> {
    type Value = Option<S::Value>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, S: serde::de::DeserializeSeed<'de>> serde::de::Visitor<'de> for Member<S> {
    type Value = Option<S::Value>;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(
        mut self,
        mut map: A,
    ) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(key) = map.next_key::<Text<'de>>()? {
            match self.seed.take() {
                Some(seed) if key.0 == self.key => {
                    found = Some(map.next_value_seed(seed)?);
                }
                seed => {
                    self.seed = seed;
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(found)
    }
}

/// `log.entries`, judged one entry at a time as it is read (each dropped before the next):
/// the first [`MAX_HAR_ENTRIES`], until [`MAX_MESSAGES`] are found; the rest skipped unread.
struct Entries<'c> {
    out: &'c mut Capture,
}

impl<'de> serde::de::DeserializeSeed<'de> for Entries<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Entries<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a list of entries")
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut count = 0usize;
        loop {
            if count < MAX_HAR_ENTRIES {
                match seq.next_element::<HarEntry<'de>>()? {
                    Some(entry) => har_entry(&entry, self.out),
                    None => break,
                }
            } else if seq.next_element::<serde::de::IgnoredAny>()?.is_none() {
                break;
            }
            count += 1;
        }
        if count > MAX_HAR_ENTRIES {
            self.out.problem(Problem::Capped(crate::msg!(
                "diagnose-capture-har-too-many-entries",
                count,
                max = MAX_HAR_ENTRIES
            )));
        }
        Ok(())
    }
}

/// A HAR file: `log.entries[]` in order; each request's URL (Redirect binding) and posted form
/// (`postData.params`, or `postData.text` when a browser wrote only that), and Entra error pages.
fn har(text: &str, out: &mut Capture) {
    use serde::de::DeserializeSeed as _;
    let mut json = serde_json::Deserializer::from_str(text);
    let log = Member {
        key: "log",
        seed: Some(Member {
            key: "entries",
            seed: Some(Entries { out: &mut *out }),
        }),
    };
    match log
        .deserialize(&mut json)
        .and_then(|found| json.end().map(|()| found))
    {
        Ok(Some(Some(()))) => {}
        Ok(_) => out.problem(Problem::Unrecognised(crate::msg!(
            "diagnose-capture-json-not-har"
        ))),
        Err(e) => out.problem(Problem::Unrecognised(crate::msg!(
            "diagnose-capture-har-unreadable",
            error = e.to_string()
        ))),
    }
}

fn har_entry(entry: &HarEntry<'_>, out: &mut Capture) {
    let at = entry
        .started_date_time
        .as_ref()
        .and_then(|t| crate::core::check::parse_xs_datetime(&t.0));
    let request = entry.request.as_ref();
    let url = request
        .and_then(|r| r.url.as_ref())
        .map_or("", |u| u.0.as_ref());
    let q = query_part(url);
    if has_param(q, "SAMLRequest") || has_param(q, "SAMLResponse") {
        query(q, true, at, out);
    }
    let post = request.and_then(|r| r.post_data.as_ref());
    let params = post
        .and_then(|p| p.params.as_ref())
        .filter(|p| !p.items.is_empty());
    if let Some(params) = params {
        too_many_fields(params.total, out);
        for p in &params.items {
            if let (Some(name), Some(value)) = (&p.name, &p.value) {
                // Chrome writes params URL-encoded as sent, Firefox decoded: both decode alike.
                saml_field(&url_decode(&name.0), &value.0, None, at, out);
            }
        }
    } else if let Some(body) = post.and_then(|p| p.text.as_ref()).map(|t| t.0.as_ref())
        && (has_param(body, "SAMLResponse") || has_param(body, "SAMLRequest"))
    {
        query(body, false, at, out);
    }
    // An Entra error page: the code is in the page Entra sent back.
    let host_is_entra = crate::core::url::host(url)
        .is_some_and(|h| crate::core::entra::is_microsoft_login_host(&h));
    let page = entry
        .response
        .as_ref()
        .and_then(|r| r.content.as_ref())
        .and_then(|c| c.text.as_ref())
        .map(|t| t.0.as_ref());
    if host_is_entra
        && let Some(page) = page
        && let Some(error) = entra_error(&page[..floor_char(page, MAX_PAGE_SCAN)], true, at)
    {
        out.push(error);
    }
}

/// A POST-binding `SAMLRequest` (base64 of the XML, no DEFLATE).
fn posted_request(value: &str, at: Option<OffsetDateTime>, out: &mut Capture) {
    match base64_value(value).and_then(utf8) {
        Ok(xml) if xml.len() <= MAX_MESSAGE_BYTES => out.push(Item::Request {
            xml,
            url_signed: false,
            at,
        }),
        Ok(xml) => out.problem(too_large_message(xml.len())),
        Err(p) => out.problem(p),
    }
}

/// The largest char boundary at or below `max`.
fn floor_char(s: &str, max: usize) -> usize {
    let mut i = max.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_values_decode_with_or_without_padding() {
        for value in ["QUI=", "QUI", "QUI%3D", "Q\r\nUI=", "QUI%3d"] {
            assert_eq!(base64_value(value).ok(), Some(b"AB".to_vec()), "{value:?}");
        }
        for value in ["QU=I", "Q", "QUI=="] {
            assert!(base64_value(value).is_err(), "{value:?}");
        }
    }
}
