//! Generating a new key pair for TOPdesk: its settings, the job, and the pair loaded as if given.

use std::sync::Arc;

use time::OffsetDateTime;
use zeroize::Zeroizing;

use super::{Job, KeygenRequest, LoadedFile, Progress, Slot, Step, Topic, Wizard};
use crate::core::findings::Severity;
use crate::core::i18n::Msg;

/// Settings for a new key pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeygenSettings {
    pub host: String,
    /// The admin typed the host name: a TOPdesk file loaded later no longer replaces it.
    pub host_typed: bool,
    pub bits: usize,
    pub days: u32,
    /// Generate was asked for while a matching pair is loaded: the next Generate replaces it.
    pub replace_asked: bool,
}

impl KeygenSettings {
    /// Follows the TOPdesk host of a newly loaded SP metadata file unless the admin typed one.
    pub(super) fn follow_topdesk_host(&mut self, host: Option<String>) {
        if !self.host_typed {
            self.host = host.unwrap_or_default();
        }
    }

    /// The validity a generated certificate may have, in days.
    pub const DAYS: std::ops::RangeInclusive<u32> = 1..=3650;
}

impl Wizard {
    pub(super) fn generate(&mut self, now: OffsetDateTime) -> Vec<Job> {
        self.forget(Topic::Keygen);
        let matching = self
            .report()
            .and_then(|r| r.pair.as_ref())
            .is_some_and(|p| p.status == crate::core::pair::PairStatus::Match);
        if matching && !self.keygen.replace_asked {
            // A working pair is loaded: say what Generate does to it, and let a second click
            // confirm (any other change asks again).
            self.keygen.replace_asked = true;
            self.notice(
                Step::KeyPair,
                Topic::Keygen,
                Severity::Warning,
                crate::msg!("wizard-keygen-replace-ask"),
            );
            return Vec::new();
        }
        self.keygen.replace_asked = false;
        let host = self.keygen.host.trim().to_owned();
        if host.is_empty() || host.contains(['/', ':', ' ']) {
            self.notice(
                Step::KeyPair,
                Topic::Keygen,
                Severity::Error,
                crate::msg!("wizard-keygen-no-host"),
            );
            return Vec::new();
        }
        self.keygen_progress = Progress::Running;
        vec![Job::Generate(KeygenRequest {
            host,
            bits: self.keygen.bits,
            days: self.keygen.days,
            now,
        })]
    }

    pub(super) fn generated(
        &mut self,
        result: Result<(Vec<u8>, Zeroizing<Vec<u8>>), Msg>,
        now: OffsetDateTime,
    ) -> Vec<Job> {
        match result {
            Ok((cert, key)) => {
                let host = self.keygen.host.trim().to_owned();
                // Named as files are (the same in every language: `acme.topdesk.net.cer`); the
                // description says they were generated, in the language of the moment.
                let generated = |name: String, bytes, description: Msg| LoadedFile {
                    name,
                    path: None,
                    bytes: Arc::new(bytes),
                    description,
                    entities: Vec::new(),
                    holds_key: false,
                    origin: None,
                };
                self.set_file(
                    Slot::Cert,
                    Some(generated(
                        format!("{host}.cer"),
                        Zeroizing::new(cert),
                        crate::msg!(
                            "wizard-keygen-cert-description",
                            bits = self.keygen.bits,
                            days = self.keygen.days
                        ),
                    )),
                );
                self.set_file(
                    Slot::Key,
                    Some(generated(
                        format!("{host}.key"),
                        key,
                        crate::msg!("wizard-keygen-key-description"),
                    )),
                );
                self.keygen_progress = Progress::Done(());
                self.reanalyse(now)
            }
            Err(e) => {
                self.keygen_progress = Progress::Failed(e);
                Vec::new()
            }
        }
    }
}
