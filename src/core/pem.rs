//! PEM blocks and bare base64: the text wrappers certificates and keys arrive in, and the one PEM
//! writer. A leaf module (no other `core` module), used by the key reader, `inspect`, the export
//! and the decryption of captured assertions.

use base64::Engine as _;
use x509_cert::der::pem::{LineEnding, encode_string};

/// One PEM block: its label and DER contents.
#[derive(Clone, PartialEq, Eq)]
pub struct PemBlock {
    pub label: String,
    /// Header lines such as `Proc-Type: 4,ENCRYPTED` (legacy encrypted keys).
    pub headers: Vec<String>,
    pub der: Vec<u8>,
}

impl std::fmt::Debug for PemBlock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Blocks may hold private keys: never print their contents.
        write!(f, "PemBlock({}, {} bytes)", self.label, self.der.len())
    }
}

/// RFC 7468 PEM: base64 in 64-character lines, `\n` line endings, trailing newline. Written
/// into one buffer of the exact size, so a caller holding key material can zeroize the result
/// and leave no copy behind.
#[must_use]
pub fn to_pem(label: &str, der: &[u8]) -> String {
    // Fails only for a label that RFC 7468 does not allow; every caller passes a constant one.
    encode_string(label, LineEnding::LF, der).unwrap_or_default()
}

/// Lenient PEM reader: any line length, CRLF, text around the blocks. Malformed blocks are
/// skipped; an empty result means "no PEM here".
#[must_use]
pub fn pem_blocks(text: &str) -> Vec<PemBlock> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("-----BEGIN ") {
        let after = &rest[start + 11..];
        let Some(label_end) = after.find("-----") else {
            break;
        };
        let label = after[..label_end].trim().to_owned();
        let body_start = &after[label_end + 5..];
        let end_marker = format!("-----END {label}-----");
        let Some(body_end) = body_start.find(&end_marker) else {
            break;
        };
        let body = &body_start[..body_end];
        let mut headers = Vec::new();
        let mut b64 = String::new();
        for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if line.contains(':') {
                headers.push(line.to_owned());
            } else {
                b64.push_str(line);
            }
        }
        if let Ok(der) = base64::engine::general_purpose::STANDARD.decode(b64.as_bytes()) {
            out.push(PemBlock {
                label,
                headers,
                der,
            });
        }
        rest = &body_start[body_end + end_marker.len()..];
    }
    out
}

/// Bare base64 (as Microsoft's tutorial has people save a certificate), whitespace allowed.
#[must_use]
pub fn bare_base64(text: &str) -> Option<Vec<u8>> {
    let compact: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    if compact.len() < 16
        || !compact
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b))
    {
        return None;
    }
    base64::engine::general_purpose::STANDARD
        .decode(compact.as_bytes())
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_blocks_are_lenient() {
        let text = "junk\r\n-----BEGIN CERTIFICATE-----\r\nAAEC\r\nAw==\r\n-----END CERTIFICATE-----\r\n\
                    -----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nBAU=\n-----END RSA PRIVATE KEY-----";
        let blocks = pem_blocks(text);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].label, "CERTIFICATE");
        assert_eq!(blocks[0].der, vec![0, 1, 2, 3]);
        assert_eq!(blocks[1].headers.len(), 2);
        assert_eq!(
            format!("{:?}", blocks[1]),
            "PemBlock(RSA PRIVATE KEY, 2 bytes)"
        );
        assert!(pem_blocks("-----BEGIN CERTIFICATE-----\nAAEC").is_empty());
    }

    #[test]
    fn written_pem_reads_back_in_64_character_lines() {
        for len in [1_usize, 47, 48, 49, 96, 1000] {
            let der: Vec<u8> = (0..len).map(|i| (i * 7 % 256).to_le_bytes()[0]).collect();
            let pem = to_pem("PRIVATE KEY", &der);
            assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----\n"), "{pem}");
            assert!(pem.ends_with("\n-----END PRIVATE KEY-----\n"), "{pem}");
            let body: Vec<&str> = pem.lines().filter(|l| !l.starts_with("-----")).collect();
            assert!(body.iter().all(|l| l.len() <= 64), "{pem}");
            assert!(
                body[..body.len() - 1].iter().all(|l| l.len() == 64),
                "{pem}"
            );
            assert_eq!(
                pem_blocks(&pem),
                [PemBlock {
                    label: "PRIVATE KEY".into(),
                    headers: vec![],
                    der
                }]
            );
        }
    }
}
