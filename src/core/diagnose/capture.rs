//! Recognising what the admin gave, by content: a `SAMLResponse` (base64, line breaks and
//! URL-encoding tolerated, or the decoded XML), a Redirect-binding `SAMLRequest` (a whole URL or
//! its query string: URL-decode, base64, raw DEFLATE), a HAR file (Chrome's and Firefox's
//! shape: every SAML message in request order), or the text of an Entra error page.
//!
//! Every path is bounded: the encoded size of one value, the inflated size of a request, the
//! number of HAR entries read and of messages kept.

use std::borrow::Cow;
use std::io::Read as _;

use base64::Engine as _;
use time::OffsetDateTime;

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
        code: String,
        message: String,
        at: Option<OffsetDateTime>,
    },
}

/// Why nothing (or not everything) could be read; the diagnosis turns it into a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Nothing recognisable.
    Unrecognised(String),
    /// A limit was hit (the message says which, and what was still read).
    TooLarge(String),
    /// A value looked like a SAML message but could not be decoded.
    Undecodable(String),
}

/// What a capture held: the messages, and the problems met on the way.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Capture {
    pub items: Vec<Item>,
    pub problems: Vec<Problem>,
    /// The capture was a HAR file.
    pub har: bool,
    capped: bool,
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

    /// True once [`MAX_MESSAGES`] are kept (said once, as a problem).
    fn full(&mut self) -> bool {
        if self.items.len() < MAX_MESSAGES {
            return false;
        }
        if !self.capped {
            self.capped = true;
            self.problems.push(Problem::TooLarge(crate::tr!(
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
        return Some(Problem::TooLarge(crate::tr!(
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
            Problem::TooLarge(crate::tr!(
                "diagnose-capture-input-too-large",
                size = input.len(),
                max_kib = MAX_PLAIN_BYTES / 1024
            ))
        }
    })
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
        xml_item(trimmed.to_owned(), false, None, &mut out);
    } else if has_param(trimmed, "SAMLRequest") || has_param(trimmed, "SAMLResponse") {
        query(query_part(trimmed), None, &mut out);
    } else if let Some((code, message)) = aadsts(trimmed) {
        out.push(Item::EntraError {
            code,
            message,
            at: None,
        });
    } else {
        bare_value(trimmed, &mut out);
    }
    if out.items.is_empty() && out.problems.is_empty() {
        out.problems.push(Problem::Unrecognised(crate::tr!(
            "diagnose-capture-nothing-found"
        )));
    }
    out
}

/// An XML message: a Response, or a request (POST binding, or already decoded).
fn xml_item(xml: String, from_base64: bool, at: Option<OffsetDateTime>, out: &mut Capture) {
    if xml.len() > MAX_MESSAGE_BYTES {
        out.problems.push(too_large_message(xml.len()));
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
    Problem::TooLarge(crate::tr!(
        "diagnose-capture-message-too-large",
        size,
        max_kib = MAX_MESSAGE_BYTES / 1024
    ))
}

fn base64_too_large(size: usize) -> Problem {
    Problem::TooLarge(crate::tr!(
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

/// `application/x-www-form-urlencoded` pairs (a query string or a posted form).
fn form_pairs(query: &str) -> impl Iterator<Item = (Cow<'_, str>, &str)> {
    query.split('&').filter_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        Some((url_decode(k.trim()), v.trim()))
    })
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

/// The SAML parameters of a query string or form body.
fn query(query: &str, at: Option<OffsetDateTime>, out: &mut Capture) {
    let signed = form_pairs(query).any(|(k, _)| k == "Signature");
    for (k, v) in form_pairs(query) {
        match k.as_ref() {
            "SAMLRequest" => redirect_request(v, signed, at, out),
            "SAMLResponse" => posted_response(v, at, out),
            _ => {}
        }
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
    let compact: String = decoded
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(compact.trim_end_matches('='))
        .map_err(|e| {
            Problem::Undecodable(crate::tr!(
                "diagnose-capture-not-base64",
                error = e.to_string()
            ))
        })
}

fn utf8(bytes: Vec<u8>) -> Result<String, Problem> {
    String::from_utf8(bytes)
        .map_err(|_| Problem::Undecodable(crate::tr!("diagnose-capture-not-utf8")))
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
        Err(p) => out.problems.push(p),
    }
}

fn redirect_request(value: &str, url_signed: bool, at: Option<OffsetDateTime>, out: &mut Capture) {
    let xml = base64_value(value)
        .and_then(|raw| inflate(&raw))
        .and_then(utf8);
    match xml {
        Ok(xml) => out.push(Item::Request {
            xml,
            url_signed,
            at,
        }),
        Err(p) => out.problems.push(p),
    }
}

/// Raw DEFLATE (the Redirect binding), stopping at [`MAX_MESSAGE_BYTES`] of output.
fn inflate(raw: &[u8]) -> Result<Vec<u8>, Problem> {
    let mut out = Vec::new();
    let limit = u64::try_from(MAX_MESSAGE_BYTES).unwrap_or(u64::MAX) + 1;
    flate2::read::DeflateDecoder::new(raw)
        .take(limit)
        .read_to_end(&mut out)
        .map_err(|e| {
            Problem::Undecodable(crate::tr!(
                "diagnose-capture-not-deflate",
                error = e.to_string()
            ))
        })?;
    if out.len() > MAX_MESSAGE_BYTES {
        return Err(Problem::TooLarge(crate::tr!(
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
            out.problems.push(p);
            return;
        }
    };
    if raw.len() > MAX_MESSAGE_BYTES {
        out.problems.push(too_large_message(raw.len()));
        return;
    }
    let is_xml = raw
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'<' || b == 0xEF);
    let xml = if is_xml { Ok(raw) } else { inflate(&raw) }.and_then(utf8);
    match xml {
        Ok(xml) => xml_item(
            xml.trim_start_matches('\u{feff}').to_owned(),
            true,
            None,
            out,
        ),
        Err(p) => out.problems.push(p),
    }
}

/// The first `AADSTS<digits>` code and the sentence that holds it.
#[must_use]
pub fn aadsts(text: &str) -> Option<(String, String)> {
    let start = text.find("AADSTS")?;
    let digits: String = text[start + 6..]
        .chars()
        .take_while(char::is_ascii_digit)
        .take(10)
        .collect();
    if digits.is_empty() {
        return None;
    }
    let line_end = text[start..]
        .find(['\n', '\r', '<'])
        .map_or(text.len(), |i| start + i);
    let line = &text[start..line_end];
    let message: String = line
        .trim_start_matches(&format!("AADSTS{digits}"))
        .trim_start_matches([':', ' '])
        .chars()
        .take(1000)
        .collect();
    Some((digits, message.trim().to_owned()))
}

/// A HAR file: `log.entries[]` in order; each request's URL (Redirect binding) and posted form
/// (`postData.params`, or `postData.text` when a browser wrote only that), and Entra error pages.
fn har(text: &str, out: &mut Capture) {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            out.problems.push(Problem::Unrecognised(crate::tr!(
                "diagnose-capture-har-unreadable",
                error = e.to_string()
            )));
            return;
        }
    };
    let Some(entries) = value.pointer("/log/entries").and_then(|e| e.as_array()) else {
        out.problems.push(Problem::Unrecognised(crate::tr!(
            "diagnose-capture-json-not-har"
        )));
        return;
    };
    if entries.len() > MAX_HAR_ENTRIES {
        out.problems.push(Problem::TooLarge(crate::tr!(
            "diagnose-capture-har-too-many-entries",
            count = entries.len(),
            max = MAX_HAR_ENTRIES
        )));
    }
    for entry in entries.iter().take(MAX_HAR_ENTRIES) {
        if out.full() {
            break;
        }
        har_entry(entry, out);
    }
}

fn har_entry(entry: &serde_json::Value, out: &mut Capture) {
    let str_at = |p: &str| entry.pointer(p).and_then(serde_json::Value::as_str);
    let at = str_at("/startedDateTime").and_then(crate::core::check::parse_xs_datetime);
    let url = str_at("/request/url").unwrap_or_default();
    let q = query_part(url);
    if has_param(q, "SAMLRequest") || has_param(q, "SAMLResponse") {
        query(query_part(url), at, out);
    }
    let params = entry
        .pointer("/request/postData/params")
        .and_then(serde_json::Value::as_array)
        .filter(|p| !p.is_empty());
    if let Some(params) = params {
        for p in params {
            let name = p.get("name").and_then(serde_json::Value::as_str);
            let value = p.get("value").and_then(serde_json::Value::as_str);
            match (name.map(url_decode).as_deref(), value) {
                // Chrome writes params URL-encoded as sent, Firefox decoded: both decode alike.
                (Some("SAMLResponse"), Some(v)) => posted_response(v, at, out),
                (Some("SAMLRequest"), Some(v)) => posted_request(v, at, out),
                _ => {}
            }
        }
    } else if let Some(body) = str_at("/request/postData/text")
        && (has_param(body, "SAMLResponse") || has_param(body, "SAMLRequest"))
    {
        for (k, v) in form_pairs(body) {
            match k.as_ref() {
                "SAMLResponse" => posted_response(v, at, out),
                "SAMLRequest" => posted_request(v, at, out),
                _ => {}
            }
        }
    }
    // An Entra error page: the code is in the page Entra sent back.
    let host_is_entra = crate::core::topdesk::split_url(url).is_some_and(|u| {
        crate::core::entra::MICROSOFT_LOGIN_HOSTS
            .contains(&u.authority.to_ascii_lowercase().as_str())
    });
    if host_is_entra
        && let Some(page) = str_at("/response/content/text")
        && let Some((code, message)) = aadsts(&page[..floor_char(page, MAX_PAGE_SCAN)])
    {
        out.push(Item::EntraError { code, message, at });
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
        Ok(xml) => out.problems.push(too_large_message(xml.len())),
        Err(p) => out.problems.push(p),
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
