//! The analysis of the inputs: started on every change, its result kept only when it is for the
//! inputs as they are, and the password of a certificate or key file held just until it opened.

use std::sync::Arc;

use time::OffsetDateTime;
use zeroize::Zeroizing;

use super::{AnalysisInput, Job, LoadedFile, Slot, Unlocked, Wizard};
use crate::core::check::Report;
use crate::core::findings::{About, Finding};
use crate::core::i18n::Msg;
use crate::core::key::{Material, PrivateKey};
use crate::core::topdesk::Section;

/// Why the TOPdesk pair could not be judged yet: a password to type, or a file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PairBlock {
    /// The file in this slot needs its password; `wrong`: the one typed did not open it.
    Password {
        slot: Slot,
        wrong: bool,
    },
    Unreadable {
        slot: Slot,
        reason: Msg,
    },
}

/// The engine's verdict on the current inputs.
#[derive(Debug, Clone, Default)]
pub enum Analysis {
    /// Nothing to analyse yet.
    #[default]
    Empty,
    Running,
    Done(Arc<Report>),
    /// A metadata file could not be read at all.
    Failed(Msg),
}

/// A password typed for the file in one slot. It lives only as long as that file: every change
/// of the slot goes through [`Wizard::set_file`], which drops it (zeroized).
pub(super) struct Unlock {
    pub(super) slot: Slot,
    /// The password until the file was opened once, then what it held.
    pub(super) secret: Unlocked,
}

impl std::fmt::Debug for Unlock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Unlock({:?}, password redacted)", self.slot)
    }
}

impl Wizard {
    #[must_use]
    pub fn report(&self) -> Option<&Report> {
        match &self.analysis {
            Analysis::Done(r) => Some(r),
            _ => None,
        }
    }

    /// Findings about one input (or all, for the review).
    pub fn findings(&self, about: Option<About>) -> impl Iterator<Item = &Finding> {
        self.report()
            .into_iter()
            .flat_map(|r| r.findings.iter())
            .filter(move |f| about.is_none_or(|a| f.about == a))
    }

    /// The section of the loaded TOPdesk file when it is not the one chosen (the admin is
    /// offered to switch instead of being shown the wrong section's values).
    #[must_use]
    pub fn other_section(&self) -> Option<Section> {
        let mismatch = self
            .findings(Some(About::Sp))
            .any(|f| f.code == crate::core::findings::Code::SectionMismatch);
        self.report().and_then(|r| r.section).filter(|_| mismatch)
    }

    /// Whether a typed password is still held: only until its file has been opened once (then
    /// what the file held is kept instead and the password is zeroized).
    #[must_use]
    pub fn keeps_password(&self) -> bool {
        self.unlocks
            .iter()
            .any(|u| matches!(u.secret, Unlocked::Password(_)))
    }

    pub(super) fn reanalyse(&mut self, now: OffsetDateTime) -> Vec<Job> {
        self.versions.generation += 1;
        self.key_material = None;
        if self.idp.is_none() && self.sp.is_none() && self.cert.is_none() && self.key.is_none() {
            self.analysis = Analysis::Empty;
            self.pair_block = None;
            return Vec::new();
        }
        self.analysis = Analysis::Running;
        let bytes = |f: &Option<LoadedFile>| f.as_ref().map(|f| Arc::clone(&f.bytes));
        // The password (or what it opened) goes only with the file it was typed for.
        let unlock = self
            .unlocks
            .iter()
            .map(|u| (u.slot, u.secret.clone()))
            .collect();
        vec![Job::Analyse(AnalysisInput {
            generation: self.versions.generation,
            idp: bytes(&self.idp),
            sp: bytes(&self.sp),
            cert: bytes(&self.cert),
            key: bytes(&self.key),
            unlock,
            section: self.section,
            idp_entity: self.idp_entity.clone(),
            sp_entity: self.sp_entity.clone(),
            now,
            signers: self.signers.clone(),
            idp_origin: self.idp.as_ref().and_then(|f| f.origin.clone()),
        })]
    }

    pub(super) fn analysed(
        &mut self,
        generation: u64,
        result: Result<(Arc<Report>, Option<Arc<PrivateKey>>), Msg>,
        blocked: Option<PairBlock>,
        opened: Vec<(Slot, Arc<Material>)>,
        now: OffsetDateTime,
    ) -> Vec<Job> {
        if generation != self.versions.generation {
            return Vec::new(); // the inputs changed meanwhile; a newer analysis is on its way
        }
        // The file is open: keep what it held, forget (zeroize) its password.
        for (slot, material) in opened {
            if let Some(unlock) = self.unlocks.iter_mut().find(|u| u.slot == slot) {
                unlock.secret = Unlocked::Opened(material);
            }
        }
        self.pair_block = blocked.map(|b| match b {
            PairBlock::Password { slot, .. } => {
                // A password was typed for this file and did not open it: say so once, forget it.
                let tried = self.unlocks.iter().any(|u| u.slot == slot);
                self.unlocks.retain(|u| u.slot != slot);
                PairBlock::Password { slot, wrong: tried }
            }
            other @ PairBlock::Unreadable { .. } => other,
        });
        match result {
            Ok((report, key)) => {
                self.analysis = Analysis::Done(report);
                self.key_material = key;
            }
            Err(e) => {
                self.analysis = Analysis::Failed(e);
                self.key_material = None;
            }
        }
        // A capture on the Test login step is judged against the new setup.
        self.rediagnose(now)
    }

    /// The password typed for the file that asked for one; dropped (and zeroized) when none did.
    pub(super) fn set_password(
        &mut self,
        password: Zeroizing<String>,
        now: OffsetDateTime,
    ) -> Vec<Job> {
        let Some(PairBlock::Password { slot, .. }) = self.pair_block else {
            return Vec::new(); // nothing asked for one: it is dropped (and zeroized)
        };
        if self.file(slot).is_none() {
            return Vec::new();
        }
        self.unlocks.retain(|u| u.slot != slot);
        self.unlocks.push(Unlock {
            slot,
            secret: Unlocked::Password(password),
        });
        self.touched();
        self.reanalyse(now)
    }
}
