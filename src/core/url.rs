//! The one URL parser of the core, and its one host rule. Values from metadata and captures are
//! judged as written (an address that is not of the shape `scheme://authority…` is not one),
//! and every decision about a host (is it Microsoft's? which host was fetched? what goes in a
//! certificate?) takes the host as [`UrlParts::host`] reads it.

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
    /// The host, lower-cased, without its port or a trailing dot. A backslash ends the host as
    /// it does in browsers; `None` for an address with user info (`user@host`), which browsers
    /// read differently from naive parsers, or without a host.
    #[must_use]
    pub fn host(&self) -> Option<String> {
        let authority = self.authority.split('\\').next().unwrap_or_default();
        if authority.contains('@') {
            return None;
        }
        let host = authority.split(':').next()?.trim_end_matches('.');
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
        assert_eq!(host("acme.topdesk.net/tas"), None);
    }
}
