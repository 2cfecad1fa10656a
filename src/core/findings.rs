//! Findings: problems (and good news) in the admin's files, as data. A report keeps going and
//! collects all of them; `Err` is reserved for "cannot read this file at all".
//!
//! Codes are stable: scripts match on them and the README documents each one.

use std::fmt;

use crate::core::i18n::Msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    /// The severity for people; `Display` and JSON stay English.
    #[must_use]
    pub fn label(self) -> Msg {
        match self {
            Self::Error => crate::msg!("findings-severity-error"),
            Self::Warning => crate::msg!("findings-severity-warning"),
            Self::Info => crate::msg!("findings-severity-info"),
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Info => "info",
        })
    }
}

macro_rules! codes {
    ($($variant:ident = $text:literal, $severity:ident;)*) => {
        /// Stable finding codes (kebab-case in JSON and text output).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Code { $($variant),* }

        impl Code {
            pub const ALL: &[Code] = &[$(Code::$variant),*];

            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $text),* }
            }

            /// The usual severity; a few checks raise or lower it with context.
            #[must_use]
            pub const fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity),* }
            }
        }
    };
}

codes! {
    FilesSwapped = "files-swapped", Error;
    IdpIsSp = "idp-is-sp", Error;
    SpIsIdp = "sp-is-idp", Error;
    IdpNotMetadata = "idp-not-metadata", Error;
    SpNotMetadata = "sp-not-metadata", Error;
    EntityNotChosen = "entity-not-chosen", Error;
    EntityNotFound = "entity-not-found", Error;
    IdpTenantWide = "idp-tenant-wide", Error;
    IdpCommon = "idp-common", Error;
    IdpAdfs = "idp-adfs", Warning;
    IdpNotEntra = "idp-not-entra", Info;
    IdpNoSso = "idp-no-sso", Error;
    IdpNoSigningCert = "idp-no-signing-cert", Error;
    IdpCertsDiffer = "idp-certs-differ", Warning;
    IdpRollover = "idp-rollover", Info;
    SignatureValid = "signature-valid", Info;
    SignatureInvalid = "signature-invalid", Error;
    SignatureAbsent = "signature-absent", Warning;
    SignatureUnlistedSigner = "signature-unlisted-signer", Error;
    SignatureSha1 = "signature-sha1", Warning;
    IdpHostNotMicrosoft = "idp-host-not-microsoft", Error;
    IdpFetchedNotMicrosoft = "idp-fetched-not-microsoft", Warning;
    SignerNew = "signer-new", Warning;
    SignerAnnounced = "signer-announced", Info;
    SignerHistoryUnreadable = "signer-history-unreadable", Warning;
    SpNoAcs = "sp-no-acs", Error;
    SpAcsNotHttps = "sp-acs-not-https", Error;
    SpAcsNotPost = "sp-acs-not-post", Warning;
    SpAcsPath = "sp-acs-path", Warning;
    SpEntityIdPattern = "sp-entity-id-pattern", Warning;
    SpHostMismatch = "sp-host-mismatch", Warning;
    SectionMismatch = "section-mismatch", Error;
    OldTutorialPattern = "old-tutorial-pattern", Error;
    UrlInvalid = "url-invalid", Error;
    MetadataExpired = "metadata-expired", Error;
    CertUnreadable = "cert-unreadable", Error;
    CertExpired = "cert-expired", Error;
    CertNotYetValid = "cert-not-yet-valid", Warning;
    CertExpiring = "cert-expiring", Warning;
    CertSha1 = "cert-sha1", Warning;
    CertWeakRsa = "cert-weak-rsa", Warning;
    CertNotRsa = "cert-not-rsa", Warning;
    PairMatch = "pair-match", Info;
    PairMismatch = "pair-mismatch", Error;
    PairKeyDamaged = "pair-key-damaged", Error;
    PairLeafChosen = "pair-leaf-chosen", Info;
    CertIsEntra = "cert-is-entra", Error;
    CertNotInSpMetadata = "cert-not-in-sp-metadata", Warning;
    KeyNotRsa = "key-not-rsa", Error;
    KeyWeakRsa = "key-weak-rsa", Error;
    KeyConverted = "key-converted", Info;
    CaptureUnrecognised = "capture-unrecognised", Error;
    CaptureTooLarge = "capture-too-large", Error;
    MessageRefused = "message-refused", Error;
    EntraError = "entra-error", Error;
    ResponseStatus = "response-status", Error;
    ResponseIssuer = "response-issuer", Error;
    ResponseSignatureValid = "response-signature-valid", Info;
    ResponseSignatureInvalid = "response-signature-invalid", Error;
    ResponseSignerExpired = "response-signer-expired", Warning;
    SignatureWrapping = "signature-wrapping", Error;
    AssertionUnsigned = "assertion-unsigned", Error;
    AssertionMissing = "assertion-missing", Error;
    AssertionEncrypted = "assertion-encrypted", Error;
    AssertionDecryptFailed = "assertion-decrypt-failed", Error;
    ResponseAudience = "response-audience", Error;
    ResponseRecipient = "response-recipient", Error;
    ResponseDestination = "response-destination", Error;
    ResponseInResponseTo = "response-in-response-to", Error;
    AssertionNotYetValid = "assertion-not-yet-valid", Error;
    AssertionExpired = "assertion-expired", Error;
    AssertionJudgedAt = "assertion-judged-at", Info;
    UserName = "user-name", Info;
    UserAttributeMissing = "user-attribute-missing", Error;
    RequestIssuer = "request-issuer", Error;
    RequestAcs = "request-acs", Error;
    RequestDestination = "request-destination", Error;
    RequestShown = "request-shown", Info;
    EntraApp = "entra-app", Error;
    EntraSsoMode = "entra-sso-mode", Error;
    EntraIdentifier = "entra-identifier", Error;
    EntraReplyUrl = "entra-reply-url", Error;
    EntraSignOnUrl = "entra-sign-on-url", Error;
    EntraSigningCert = "entra-signing-cert", Error;
    EntraEncryptionCert = "entra-encryption-cert", Error;
    EntraAssignment = "entra-assignment", Error;
    EntraNotificationEmail = "entra-notification-email", Warning;
}

impl Code {
    /// The file was changed after it was signed, re-signed by someone else, or built to fool a
    /// verifier: whatever else it says cannot be trusted.
    #[must_use]
    pub const fn is_tampering(self) -> bool {
        matches!(
            self,
            Self::SignatureInvalid | Self::SignatureUnlistedSigner | Self::SignatureWrapping
        )
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Which input a finding is about (the wizard shows it on that input's step).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum About {
    /// Both files, or which file is which.
    #[default]
    Files,
    /// The Entra federation metadata.
    Idp,
    /// The TOPdesk SP metadata.
    Sp,
    /// The TOPdesk certificate and private key.
    Pair,
    /// A captured login (SAML messages, Entra errors).
    Login,
    /// The live Entra app, read through Microsoft Graph.
    Entra,
}

/// One problem: what is wrong, in one sentence, and what the admin can do about it. The words
/// are data ([`Msg`]), said in the reader's language where they are shown (English in JSON).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub message: Msg,
    pub fix: Msg,
    pub about: About,
    /// In a diagnosis: the index in its `messages` of the captured message this finding is
    /// about (none: the capture as a whole, or a message that could not be read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message_index: Option<usize>,
}

impl Finding {
    #[must_use]
    pub fn new(code: Code, message: Msg, fix: Msg) -> Self {
        Self {
            code,
            severity: code.severity(),
            message,
            fix,
            about: About::Files,
            message_index: None,
        }
    }

    /// Tags every finding in `findings` as being about `about`.
    pub fn tag(findings: &mut [Finding], about: About) {
        for f in findings {
            f.about = about;
        }
    }

    #[must_use]
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
}

impl Finding {
    /// The order findings are shown in: most severe first, and among errors, tampering first
    /// (nothing else a manipulated file says can be trusted).
    #[must_use]
    pub fn rank(&self) -> (Severity, bool) {
        (self.severity, !self.code.is_tampering())
    }
}

/// True when any finding is an error (what decides the CLI's exit code 1).
#[must_use]
pub fn has_errors(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity == Severity::Error)
}
