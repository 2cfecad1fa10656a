//! What the fuzz targets share: a fixed clock and the ways one input is split into several.

use time::OffsetDateTime;
use time::macros::datetime;

/// The clock of every target (inside the validity of the certificates in `tests/data/entra`).
pub const NOW: OffsetDateTime = datetime!(2024-03-01 0:00 UTC);

/// Between the Entra and the TOPdesk metadata in a `check` input. Text files never hold NUL.
pub const SEPARATOR: &[u8] = b"\0--sp--\0";

/// `[n][n bytes: password][file]`: the password (lossy UTF-8) and the file.
#[must_use]
pub fn password_and_file(data: &[u8]) -> Option<(String, &[u8])> {
    let (&n, rest) = data.split_first()?;
    let n = usize::from(n).min(rest.len());
    let (password, file) = rest.split_at(n);
    Some((String::from_utf8_lossy(password).into_owned(), file))
}

/// `idp SEPARATOR sp`, or the whole input as the IdP file when there is no separator.
#[must_use]
pub fn idp_and_sp(data: &[u8]) -> (&[u8], Option<&[u8]>) {
    match data.windows(SEPARATOR.len()).position(|w| w == SEPARATOR) {
        Some(at) => (&data[..at], Some(&data[at + SEPARATOR.len()..])),
        None => (data, None),
    }
}
