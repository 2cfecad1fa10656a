//! The one URL parser of the core, and its one host rule. Values from metadata and captures are
//! judged as written (an address that is not of the shape `scheme://authority…` is not one),
//! and every decision about a host (is it Microsoft's? which host was fetched? what goes in a
//! certificate?) takes the host as [`UrlParts::host`] reads it. What keeps a value from being a
//! URL at all is [`url_problem`].

use super::text::is_invisible_control;
use crate::msg;

/// The pieces of an absolute URL that matter here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UrlParts<'a> {
    pub scheme: &'a str,
    /// Host with port, as written.
    pub authority: &'a str,
    pub path: &'a str,
}

/// Splits `scheme://authority/path?query#fragment`; `None` for anything not of that shape.
#[must_use]
pub fn split_url(url: &str) -> Option<UrlParts<'_>> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme.is_empty()
        || !scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
    {
        return None;
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    if authority.is_empty() {
        return None;
    }
    let path_end = tail.find(['?', '#']).unwrap_or(tail.len());
    Some(UrlParts {
        scheme,
        authority,
        path: &tail[..path_end],
    })
}

impl UrlParts<'_> {
    /// The host, lower-cased, without its port or a trailing dot (an IPv6 address in its brackets). A backslash ends the host as
    /// it does in browsers; `None` for an address with user info (`user@host`), which browsers
    /// read differently from naive parsers, or without a host.
    #[must_use]
    pub fn host(&self) -> Option<String> {
        let authority = self.authority.split('\\').next().unwrap_or_default();
        if authority.contains('@') {
            return None;
        }
        // An IPv6 address keeps its brackets (and the colons inside them).
        let host = match authority.find(']') {
            Some(end) if authority.starts_with('[') => &authority[..=end],
            _ => authority.split(':').next()?.trim_end_matches('.'),
        };
        (!host.is_empty()).then(|| host.to_ascii_lowercase())
    }

    #[must_use]
    pub fn is_https(&self) -> bool {
        self.scheme.eq_ignore_ascii_case("https")
    }
}

/// The host of `url` by [`UrlParts::host`]; `None` when `url` is not of the shape
/// `scheme://authority…`.
#[must_use]
pub fn host(url: &str) -> Option<String> {
    split_url(url)?.host()
}

/// Why a value that must be a URL (or at least a URI) cannot be one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlProblem {
    /// A control character (C0, DEL, C1).
    Control(char),
    /// A bidirectional, zero-width or line-separator character: it hides or reorders text.
    Invisible(char),
    /// A space (any Unicode white space).
    Space,
    /// An ASCII character no URI may hold unescaped (`"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`, `}`).
    Character(char),
    /// Not of the shape `scheme://host…`.
    NotAbsolute,
}

impl UrlProblem {
    /// The reason, as the end of a sentence ("it contains …").
    #[must_use]
    pub fn describe(self) -> crate::core::i18n::Msg {
        let code = |c: char| format!("U+{:04X}", u32::from(c));
        match self {
            Self::Control(c) => msg!("url-why-control", code = code(c)),
            Self::Invisible(c) => msg!("url-why-invisible", code = code(c)),
            Self::Space => msg!("url-why-space"),
            Self::Character(c) => msg!("url-why-character", char = c.to_string()),
            Self::NotAbsolute => msg!("url-why-not-absolute"),
        }
    }
}

fn char_problem(c: char) -> Option<UrlProblem> {
    if c.is_control() {
        Some(UrlProblem::Control(c))
    } else if is_invisible_control(c)
        || matches!(
            c,
            '\u{AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
    {
        Some(UrlProblem::Invisible(c))
    } else if c.is_whitespace() {
        Some(UrlProblem::Space)
    } else if matches!(c, '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}') {
        Some(UrlProblem::Character(c))
    } else {
        None
    }
}

/// What keeps `value` (as the metadata reader keeps it: control and bidirectional characters
/// written `\u{…}`) from being a URL; `absolute` also asks for `scheme://host…`. Letters beyond
/// ASCII pass (an IRI); characters that hide, reorder or break the value do not.
#[must_use]
pub fn url_problem(value: &str, absolute: bool) -> Option<UrlProblem> {
    for (i, c) in value.char_indices() {
        if c == '\\' {
            // The reader's escape for a character it would not keep as is.
            let escaped = value[i + 1..]
                .strip_prefix("u{")
                .and_then(|rest| rest.split_once('}'))
                .and_then(|(hex, _)| u32::from_str_radix(hex, 16).ok())
                .and_then(char::from_u32)
                .and_then(char_problem);
            return Some(escaped.unwrap_or(UrlProblem::Character(c)));
        }
        if let Some(problem) = char_problem(c) {
            return Some(problem);
        }
    }
    (absolute && split_url(value).is_none()).then_some(UrlProblem::NotAbsolute)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_host_rule() {
        assert_eq!(
            host("https://Acme.TOPdesk.net.:8443/tas").as_deref(),
            Some("acme.topdesk.net")
        );
        assert_eq!(host("https://user@acme.topdesk.net/"), None);
        assert_eq!(
            host("https://evil.example\\@login.microsoftonline.com/").as_deref(),
            Some("evil.example")
        );
        assert_eq!(host("https://:443/"), None);
        assert_eq!(host("https://[::1]:8443/x").as_deref(), Some("[::1]"));
        assert_eq!(host("acme.topdesk.net/tas"), None);
    }
}
