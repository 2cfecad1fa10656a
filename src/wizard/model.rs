//! What the wizard is made of: its steps, the places a file can go, a loaded file, the notices
//! shown, and the progress of a job.

use std::path::PathBuf;
use std::sync::Arc;

use zeroize::Zeroizing;

use crate::core::fetch::Origin;
use crate::core::findings::Severity;
use crate::core::i18n::Msg;

/// The steps, in the order of TOPdesk's assistant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    Start,
    Entra,
    Topdesk,
    KeyPair,
    LoginPage,
    Review,
    /// After the setup: a captured login judged against it (reachable any time).
    TestLogin,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Start,
        Step::Entra,
        Step::Topdesk,
        Step::KeyPair,
        Step::LoginPage,
        Step::Review,
        Step::TestLogin,
    ];

    /// The step's name in the step list and as its heading (short: the list is narrow).
    #[must_use]
    pub fn title(self) -> Msg {
        match self {
            Step::Start => crate::msg!("wizard-step-start"),
            Step::Entra => crate::msg!("wizard-step-entra"),
            Step::Topdesk => crate::msg!("wizard-step-topdesk"),
            Step::KeyPair => crate::msg!("wizard-step-key-pair"),
            Step::LoginPage => crate::msg!("wizard-step-login-page"),
            Step::Review => crate::msg!("wizard-step-review"),
            Step::TestLogin => crate::msg!("wizard-step-test-login"),
        }
    }

    fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// 1 to 7, as the step list numbers them.
    #[must_use]
    pub fn number(self) -> usize {
        self.index() + 1
    }

    #[must_use]
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    #[must_use]
    pub fn prev(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }
}

/// The places a file can go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    Idp,
    Sp,
    Cert,
    Key,
    Logo,
}

impl Slot {
    /// The zone's name: "Entra federation metadata".
    #[must_use]
    pub fn label(self) -> Msg {
        match self {
            Slot::Idp => crate::msg!("wizard-slot-idp"),
            Slot::Sp => crate::msg!("term-topdesk-metadata"),
            Slot::Cert => crate::msg!("term-topdesk-cert"),
            Slot::Key => crate::msg!("wizard-slot-key"),
            Slot::Logo => crate::msg!("wizard-slot-logo"),
        }
    }

    /// What a file for this slot is, after "is": "a certificate".
    #[must_use]
    pub fn what(self) -> Msg {
        match self {
            Slot::Idp => crate::msg!("wizard-slot-what-idp"),
            Slot::Sp => crate::msg!("wizard-slot-what-sp"),
            Slot::Cert => crate::msg!("wizard-slot-what-cert"),
            Slot::Key => crate::msg!("wizard-slot-what-key"),
            Slot::Logo => crate::msg!("wizard-slot-what-logo"),
        }
    }

    /// The slot's name for a Fluent select in a message (`{ $slot -> [cert] … }`), never shown.
    pub(super) const fn key(self) -> &'static str {
        match self {
            Slot::Idp => "idp",
            Slot::Sp => "sp",
            Slot::Cert => "cert",
            Slot::Key => "key",
            Slot::Logo => "logo",
        }
    }

    /// The step where this slot is shown.
    #[must_use]
    pub const fn step(self) -> Step {
        match self {
            Slot::Idp => Step::Entra,
            Slot::Sp => Step::Topdesk,
            Slot::Cert | Slot::Key => Step::KeyPair,
            Slot::Logo => Step::LoginPage,
        }
    }
}

/// A file the admin gave us. The bytes are shared, never modified, and wiped when dropped
/// (they may be a private key).
#[derive(Clone)]
pub struct LoadedFile {
    pub name: String,
    pub path: Option<PathBuf>,
    pub bytes: Arc<Zeroizing<Vec<u8>>>,
    /// One line: what the file is.
    pub description: Msg,
    /// For an aggregate: every entity, to choose from.
    pub entities: Vec<crate::core::metadata::EntitySummary>,
    /// A PKCS#12 or PEM file that brings a private key along with its certificate.
    pub holds_key: bool,
    /// Fetched from a URL: where from, and when.
    pub origin: Option<Origin>,
}

impl std::fmt::Debug for LoadedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LoadedFile({}, {} bytes)", self.name, self.bytes.len())
    }
}

/// What a notice is about, which decides when it goes away (a notice never outlives its cause).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// The file in (or meant for) this slot: goes when the slot changes.
    Slot(Slot),
    /// Where the last loaded file went: goes when the next action starts.
    Load,
    /// Generating a key pair: goes when its settings change or it starts again.
    Keygen,
    /// Exporting: goes when the next export starts.
    Export,
}

/// A message shown where it arose, until its [`Topic`] changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Where it is shown.
    pub step: Step,
    pub topic: Topic,
    pub severity: Severity,
    pub text: Msg,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress<T> {
    Idle,
    Running,
    Done(T),
    Failed(Msg),
}
