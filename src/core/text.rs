//! Turning the bytes of a dropped file into text: size cap, BOMs, UTF-16, binary junk.

use std::borrow::Cow;

/// Largest metadata file we read (100 MiB). Real Entra and TOPdesk files are a few tens of KB;
/// federation aggregates reach tens of MB.
pub const MAX_INPUT_BYTES: usize = 100 * 1024 * 1024;

/// How the text was stored on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
}

/// Why bytes could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("{}", crate::msg!("text-empty"))]
    Empty,
    #[error("{}", crate::msg!("text-too-large", size = *.size, mib = MAX_INPUT_BYTES / (1024 * 1024)))]
    TooLarge { size: usize },
    #[error("{}", crate::msg!("text-binary", encoding = *.encoding, offset = *.offset))]
    Binary {
        /// `text`, `UTF-8` or `UTF-16`.
        encoding: &'static str,
        offset: usize,
    },
}

/// Characters that reorder or hide text: bidirectional marks, embeddings, overrides and
/// isolates, and the Unicode line and paragraph separators.
pub(crate) fn is_invisible_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

/// Text taken from a file (certificate names, entity IDs, URLs), made safe to show in a terminal,
/// a text file or a window: control characters (C0, DEL, C1) and bidirectional or line-separator
/// characters are written as `\u{…}`, so they can neither move a terminal's cursor nor reorder
/// what the admin reads. Borrows when there is nothing to escape.
#[must_use]
pub fn escape_untrusted(s: &str) -> Cow<'_, str> {
    escape_with(s, |c| format!("\\u{{{:04X}}}", u32::from(c)), &[])
}

/// The same characters as [`escape_untrusted`] in serialised JSON, as JSON escapes (`\u202e`), so
/// the output stays valid JSON. `serde_json` already escapes C0 controls inside strings, so the
/// line breaks and tabs left are the layout's own and stay.
#[must_use]
pub fn escape_untrusted_json(json: &str) -> Cow<'_, str> {
    escape_with(
        json,
        |c| format!("\\u{:04x}", u32::from(c)),
        &['\n', '\r', '\t'],
    )
}

fn escape_with<'a>(s: &'a str, escape: impl Fn(char) -> String, keep: &[char]) -> Cow<'a, str> {
    let bad = |c: char| (c.is_control() || is_invisible_control(c)) && !keep.contains(&c);
    if !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if bad(c) {
            out.push_str(&escape(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// [`escape_untrusted`] into an owned string (for models built from a file).
#[must_use]
pub fn escaped(s: &str) -> String {
    escape_untrusted(s).into_owned()
}

/// Decodes UTF-8 (with or without BOM) or UTF-16 with a BOM, as Windows Notepad saves it.
/// Borrows when the input is UTF-8 already.
pub fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), TextError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(TextError::TooLarge { size: bytes.len() });
    }
    let (text, encoding) = match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => (utf8(rest, 3)?, Encoding::Utf8Bom),
        [0xFF, 0xFE, rest @ ..] => (utf16(rest, u16::from_le_bytes)?, Encoding::Utf16Le),
        [0xFE, 0xFF, rest @ ..] => (utf16(rest, u16::from_be_bytes)?, Encoding::Utf16Be),
        _ => (utf8(bytes, 0)?, Encoding::Utf8),
    };
    if text.trim().is_empty() {
        return Err(TextError::Empty);
    }
    // NUL and other C0 controls (except tab, CR, LF) never occur in XML or PEM text.
    if let Some(offset) = text
        .bytes()
        .position(|b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
    {
        return Err(TextError::Binary {
            encoding: "text",
            offset,
        });
    }
    Ok((text, encoding))
}

fn utf8(bytes: &[u8], skipped: usize) -> Result<Cow<'_, str>, TextError> {
    std::str::from_utf8(bytes)
        .map(Cow::Borrowed)
        .map_err(|e| TextError::Binary {
            encoding: "UTF-8",
            offset: skipped + e.valid_up_to(),
        })
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<Cow<'static, str>, TextError> {
    let binary = |offset| TextError::Binary {
        encoding: "UTF-16",
        offset,
    };
    if !bytes.len().is_multiple_of(2) {
        return Err(binary(bytes.len() + 1));
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut out = String::with_capacity(bytes.len() / 2);
    for (i, ch) in char::decode_utf16(units).enumerate() {
        out.push(ch.map_err(|_| binary(2 + 2 * i))?);
    }
    Ok(Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untrusted_text_is_escaped() {
        assert!(matches!(
            escape_untrusted("CN=Contoso, O=Ünïcode"),
            Cow::Borrowed(_)
        ));
        assert_eq!(
            escape_untrusted("evil\u{1b}[2Kname\u{202E}gpj.exe\u{85}"),
            "evil\\u{001B}[2Kname\\u{202E}gpj.exe\\u{0085}"
        );
        assert_eq!(escape_untrusted("a\tb\nc"), "a\\u{0009}b\\u{000A}c");
    }

    #[test]
    fn json_stays_json() {
        let json = serde_json::to_string_pretty(&["a\u{202E}b\u{85}c"]).unwrap();
        let escaped = escape_untrusted_json(&json);
        assert_eq!(escaped, "[\n  \"a\\u202eb\\u0085c\"\n]");
        let back: Vec<String> = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, ["a\u{202E}b\u{85}c"]);
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            decode(b"<a/>").unwrap(),
            (Cow::Borrowed("<a/>"), Encoding::Utf8)
        );
        let (t, e) = decode(b"\xEF\xBB\xBF<a/>").unwrap();
        assert_eq!((t.as_ref(), e), ("<a/>", Encoding::Utf8Bom));
    }

    #[test]
    fn utf16_both_byte_orders() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("<é/>".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("<é/>".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&le).unwrap().0, "<é/>");
        assert_eq!(decode(&le).unwrap().1, Encoding::Utf16Le);
        assert_eq!(decode(&be).unwrap().0, "<é/>");
        assert_eq!(decode(&be).unwrap().1, Encoding::Utf16Be);
        assert!(matches!(decode(&le[..5]), Err(TextError::Binary { .. })));
    }

    #[test]
    fn binary_empty_and_huge_are_refused() {
        assert_eq!(decode(b"  \r\n"), Err(TextError::Empty));
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0"),
            Err(TextError::Binary { .. })
        ));
        assert!(matches!(
            decode(b"<a>\0</a>"),
            Err(TextError::Binary { offset: 3, .. })
        ));
        let huge = vec![b' '; MAX_INPUT_BYTES + 1];
        assert_eq!(
            decode(&huge),
            Err(TextError::TooLarge {
                size: MAX_INPUT_BYTES + 1
            })
        );
    }
}
