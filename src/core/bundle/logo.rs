//! The logo TOPdesk's login page shows: a real PNG, JPEG, GIF or ICO of sensible size, checked
//! by reading its own headers (no image library).

use crate::core::i18n::Msg;

pub const MAX_LOGO_BYTES: usize = 1024 * 1024;
pub const MAX_LOGO_SIDE: u32 = 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoFormat {
    Png,
    Jpeg,
    Gif,
    Ico,
}

impl LogoFormat {
    #[must_use]
    pub const fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Jpeg => "jpg",
            Self::Gif => "gif",
            Self::Ico => "ico",
        }
    }

    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Png => "PNG",
            Self::Jpeg => "JPEG",
            Self::Gif => "GIF",
            Self::Ico => "ICO",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogoInfo {
    pub format: LogoFormat,
    pub width: u32,
    pub height: u32,
}

/// Checks that the logo is a real PNG, JPEG, GIF or ICO of sensible size. `Err` is one sentence
/// saying what to do, ending with the file name.
pub fn check_logo(name: &str, bytes: &[u8]) -> Result<LogoInfo, Msg> {
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(crate::msg!(
            "bundle-logo-too-big",
            kib = bytes.len() / 1024,
            file = name
        ));
    }
    let format = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        LogoFormat::Png
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        LogoFormat::Jpeg
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        LogoFormat::Gif
    } else if bytes.starts_with(&[0, 0, 1, 0]) {
        LogoFormat::Ico
    } else {
        return Err(crate::msg!("bundle-logo-not-an-image", file = name));
    };
    let size = match format {
        LogoFormat::Png => png_size(bytes),
        LogoFormat::Jpeg => jpeg_size(bytes),
        LogoFormat::Gif => gif_size(bytes),
        LogoFormat::Ico => ico_size(bytes),
    };
    let Some((width, height)) = size else {
        return Err(crate::msg!(
            "bundle-logo-damaged",
            format = format.name(),
            file = name
        ));
    };
    if width == 0 || height == 0 || width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE {
        return Err(crate::msg!(
            "bundle-logo-size",
            width,
            height,
            max = MAX_LOGO_SIDE,
            file = name
        ));
    }
    Ok(LogoInfo {
        format,
        width,
        height,
    })
}

fn be16(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_be_bytes(
        b.get(at..at + 2)?.try_into().ok()?,
    )))
}
fn le16(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_le_bytes(
        b.get(at..at + 2)?.try_into().ok()?,
    )))
}
fn be32(b: &[u8], at: usize) -> Option<usize> {
    usize::try_from(u32::from_be_bytes(b.get(at..at + 4)?.try_into().ok()?)).ok()
}
fn le32(b: &[u8], at: usize) -> Option<usize> {
    usize::try_from(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?)).ok()
}

/// IHDR first; then the chunks are walked up to IEND, so a cut-off file is refused.
fn png_size(b: &[u8]) -> Option<(u32, u32)> {
    if b.get(12..16)? != b"IHDR" {
        return None;
    }
    let size = (
        u32::try_from(be32(b, 16)?).ok()?,
        u32::try_from(be32(b, 20)?).ok()?,
    );
    let mut at = 8;
    loop {
        let end = at + 12 + be32(b, at)?;
        if end > b.len() {
            return None;
        }
        if b.get(at + 4..at + 8)? == b"IEND" {
            return Some(size);
        }
        at = end;
    }
}

/// Logical screen size; the file must end with the trailer.
fn gif_size(b: &[u8]) -> Option<(u32, u32)> {
    (b.len() > 13 && b.last() == Some(&0x3B)).then_some(())?;
    Some((le16(b, 6)?, le16(b, 8)?))
}

/// Marker scan up to the first `SOFn` frame header; an end-of-image marker must follow it.
fn jpeg_size(b: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    loop {
        if *b.get(at)? != 0xFF {
            return None;
        }
        let marker = *b.get(at + 1)?;
        match marker {
            0xFF => at += 1, // fill byte
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                let ends = b.get(at..)?.windows(2).any(|w| w == [0xFF, 0xD9]);
                return ends.then_some((be16(b, at + 7)?, be16(b, at + 5)?));
            }
            0xD9 | 0xDA => return None, // image end or scan data before any frame header
            0x01 | 0xD0..=0xD7 => at += 2,
            _ => at += 2 + usize::try_from(be16(b, at + 2)?).ok()?,
        }
    }
}

/// The largest image in the directory (a size byte of 0 means 256); every image must be there.
fn ico_size(b: &[u8]) -> Option<(u32, u32)> {
    let count = usize::try_from(le16(b, 4)?).ok()?;
    let side = |v: u8| if v == 0 { 256 } else { u32::from(v) };
    let mut best = None;
    for entry in (0..count).map(|i| 6 + 16 * i) {
        let (w, h) = (side(*b.get(entry)?), side(*b.get(entry + 1)?));
        if le32(b, entry + 12)?.checked_add(le32(b, entry + 8)?)? > b.len() {
            return None;
        }
        if best.is_none_or(|(bw, bh)| w * h > bw * bh) {
            best = Some((w, h));
        }
    }
    best
}
