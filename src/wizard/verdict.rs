//! How each step stands, decided once: the step's headline, its colour in the step list and what
//! the export still needs all come from here.

use super::{Analysis, PairBlock, Slot, Step, Wizard};
use crate::core::findings::{About, Finding, Severity};
use crate::core::i18n::{Arg, Msg};
use crate::core::pair::PairStatus;

/// Neutral (nothing to judge yet), green, amber or red.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepStatus {
    Todo,
    Done,
    Warning,
    Error,
}

/// A step's state in one line, with its colour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub status: StepStatus,
    pub text: Msg,
}

impl Verdict {
    pub(super) fn new(status: StepStatus, text: Msg) -> Self {
        Self { status, text }
    }
}

impl Wizard {
    /// Files are being read or checked.
    fn waiting(&self) -> bool {
        matches!(self.analysis, Analysis::Running) || self.loading > 0
    }

    /// What the later steps still need from the current one (`Next` is possible anyway).
    pub fn can_advance(&self) -> Result<(), Msg> {
        self.step_ready(self.step)
    }

    /// Whether `step` has what the export needs.
    pub fn step_ready(&self, step: Step) -> Result<(), Msg> {
        let report = self.report();
        let waiting = self.waiting();
        match step {
            Step::Start | Step::Review | Step::TestLogin => Ok(()),
            Step::Entra => file_step(
                self.idp.is_some(),
                waiting,
                report.is_some_and(|r| r.idp.is_some()),
                || crate::msg!("wizard-ready-load-idp"),
                || crate::msg!("wizard-ready-idp-unusable"),
            ),
            Step::Topdesk => file_step(
                self.sp.is_some(),
                waiting,
                report.is_some_and(|r| r.urls.is_some()),
                || crate::msg!("wizard-ready-load-sp"),
                || crate::msg!("wizard-ready-sp-unusable"),
            ),
            Step::KeyPair => match (&self.pair_block, report.and_then(|r| r.pair.as_ref())) {
                (Some(PairBlock::Password { slot, .. }), _) => {
                    Err(crate::msg!("wizard-ready-password", slot = slot.key()))
                }
                (Some(PairBlock::Unreadable { reason, .. }), _) => Err(reason.clone()),
                _ if waiting => Err(crate::msg!("wizard-ready-checking-pair")),
                (None, Some(p)) if p.status == PairStatus::Match => Ok(()),
                (None, Some(p)) if p.status == PairStatus::Mismatch => {
                    Err(crate::msg!("wizard-ready-pair-mismatch"))
                }
                _ => Err(crate::msg!("wizard-ready-load-pair")),
            },
            Step::LoginPage => {
                if self.display_name.trim().is_empty() {
                    Err(crate::msg!("wizard-ready-display-name"))
                } else if self.user_attribute.trim().is_empty() {
                    Err(crate::msg!("wizard-ready-user-attribute"))
                } else {
                    Ok(())
                }
            }
        }
    }

    /// Why the export is refused, if it is: every step that is not ready, else the errors that
    /// stand (by what they say, never by code).
    pub fn can_export(&self) -> Result<(), Msg> {
        let missing: Vec<Arg> = [Step::Entra, Step::Topdesk, Step::KeyPair, Step::LoginPage]
            .into_iter()
            .filter_map(|step| {
                let reason = self.step_ready(step).err()?;
                Some(
                    crate::msg!("wizard-export-step-not-ready", step = step.title(), reason).into(),
                )
            })
            .collect();
        if !missing.is_empty() {
            return Err(crate::msg!("verbatim", text = Arg::joined(missing, " ")));
        }
        let errors: Vec<&Finding> = self
            .findings(None)
            .filter(|f| f.severity == Severity::Error)
            .collect();
        if let Some(first) = errors.first() {
            return Err(crate::msg!(
                "wizard-export-errors-stand",
                count = errors.len(),
                message = &first.message
            ));
        }
        if self.key_material.is_none() {
            return Err(crate::msg!("wizard-export-pair-unproven"));
        }
        Ok(())
    }

    /// The colour of a loaded file's dot: its own verdict (the step's, for the one file a step
    /// judges; for the certificate and the key, the pair's unless the file itself is blocked).
    #[must_use]
    pub fn file_status(&self, slot: Slot) -> StepStatus {
        match (&self.pair_block, slot) {
            (Some(PairBlock::Password { slot: s, wrong }), Slot::Cert | Slot::Key)
                if *s == slot =>
            {
                if *wrong {
                    StepStatus::Error
                } else {
                    StepStatus::Warning
                }
            }
            (Some(PairBlock::Unreadable { slot: s, .. }), Slot::Cert | Slot::Key) if *s == slot => {
                StepStatus::Error
            }
            // The other file of a blocked pair is not judged yet.
            (Some(_), Slot::Cert | Slot::Key) => StepStatus::Todo,
            _ => self.verdict(slot.step()).status,
        }
    }

    /// The colour of a step in the step list: the same rule as its headline.
    #[must_use]
    pub fn step_status(&self, step: Step) -> StepStatus {
        self.verdict(step).status
    }

    /// The step's headline: nothing loaded is neutral, a rejected replacement is only a notice on
    /// its slot, and the worst finding about what is loaded decides the colour.
    #[must_use]
    pub fn verdict(&self, step: Step) -> Verdict {
        match step {
            Step::Start => Verdict::new(
                StepStatus::Done,
                crate::msg!("wizard-verdict-start", section = self.section.label()),
            ),
            Step::Entra => self.file_verdict(Slot::Idp, &[About::Idp, About::Files], || {
                crate::msg!("wizard-verdict-entra-ready")
            }),
            Step::Topdesk => self.file_verdict(Slot::Sp, &[About::Sp], || {
                crate::msg!("wizard-verdict-topdesk-ready")
            }),
            Step::KeyPair => self.pair_verdict(),
            Step::LoginPage => match self.step_ready(step) {
                Err(why) => Verdict::new(StepStatus::Error, why),
                Ok(()) => Verdict::new(
                    StepStatus::Done,
                    crate::msg!(
                        "wizard-verdict-login-page-ready",
                        display_name = self.display_name.trim()
                    ),
                ),
            },
            Step::Review => self.review_verdict(),
            Step::TestLogin => self.test_login_verdict(),
        }
    }

    fn file_verdict(&self, slot: Slot, about: &[About], ready: fn() -> Msg) -> Verdict {
        if self.file(slot).is_none() || self.waiting() {
            let why = self.step_ready(slot.step()).err().unwrap_or_default();
            return Verdict::new(StepStatus::Todo, why);
        }
        if let Analysis::Failed(why) = &self.analysis {
            return Verdict::new(StepStatus::Error, why.clone());
        }
        self.findings_verdict(about)
            .or_else(|| {
                self.step_ready(slot.step())
                    .err()
                    .map(|why| Verdict::new(StepStatus::Error, why))
            })
            .unwrap_or_else(|| Verdict::new(StepStatus::Done, ready()))
    }

    /// The worst finding about `about`, if any is a warning or an error; a manipulated file
    /// says so first, whatever else it holds.
    fn findings_verdict(&self, about: &[About]) -> Option<Verdict> {
        let mine = |f: &&Finding| about.contains(&f.about);
        if self
            .findings(None)
            .filter(mine)
            .any(|f| f.code.is_tampering())
        {
            return Some(Verdict::new(
                StepStatus::Error,
                crate::msg!("wizard-verdict-manipulated"),
            ));
        }
        let worst = |severity: Severity| {
            let mut found = self
                .findings(None)
                .filter(|f| about.contains(&f.about) && f.severity == severity);
            let first = found.next()?;
            let more = found.count();
            Some(match more {
                0 => first.message.clone(),
                n => crate::msg!(
                    "wizard-verdict-and-more",
                    message = first.message.clone(),
                    count = n
                ),
            })
        };
        worst(Severity::Error)
            .map(|t| Verdict::new(StepStatus::Error, t))
            .or_else(|| worst(Severity::Warning).map(|t| Verdict::new(StepStatus::Warning, t)))
    }

    fn pair_verdict(&self) -> Verdict {
        let name = |slot: Slot| {
            self.file(slot).map_or_else(
                || crate::msg!("wizard-verdict-the-file"),
                |f| Msg::verbatim(&f.name),
            )
        };
        match &self.pair_block {
            Some(PairBlock::Password { slot, wrong: false }) => {
                return Verdict::new(
                    StepStatus::Warning,
                    crate::msg!("wizard-verdict-password-needed", name = name(*slot)),
                );
            }
            Some(PairBlock::Password { slot, wrong: true }) => {
                return Verdict::new(
                    StepStatus::Error,
                    crate::msg!("wizard-verdict-password-wrong", name = name(*slot)),
                );
            }
            Some(PairBlock::Unreadable { slot, reason }) => {
                return Verdict::new(
                    StepStatus::Error,
                    crate::msg!("wizard-cannot-read", name = name(*slot), reason),
                );
            }
            None => {}
        }
        let pair = self.report().and_then(|r| r.pair.as_ref());
        if (self.cert.is_none() && self.key.is_none()) || self.waiting() || pair.is_none() {
            let why = self.step_ready(Step::KeyPair).err().unwrap_or_default();
            return Verdict::new(StepStatus::Todo, why);
        }
        if let Some(v) = self.findings_verdict(&[About::Pair]) {
            return v;
        }
        match pair.map(|p| (p.status, p.certificate.is_some(), p.key.is_some())) {
            Some((PairStatus::Match, ..)) => {
                Verdict::new(StepStatus::Done, crate::msg!("wizard-verdict-pair-match"))
            }
            Some((_, true, false)) => {
                Verdict::new(StepStatus::Todo, crate::msg!("wizard-verdict-load-key-too"))
            }
            Some((_, false, true)) => Verdict::new(
                StepStatus::Todo,
                crate::msg!("wizard-verdict-load-cert-too"),
            ),
            _ => Verdict::new(
                StepStatus::Error,
                self.step_ready(Step::KeyPair).err().unwrap_or_default(),
            ),
        }
    }

    /// What blocks the export comes first (an error outranks "changed since the last export",
    /// which the export section still says below); then the last export, if any.
    fn review_verdict(&self) -> Verdict {
        if let Err(reason) = self.can_export() {
            let errors = self.findings(None).any(|f| f.severity == Severity::Error)
                || [Step::Entra, Step::Topdesk, Step::KeyPair, Step::LoginPage]
                    .into_iter()
                    .any(|s| self.verdict(s).status == StepStatus::Error);
            let status = if errors {
                StepStatus::Error
            } else {
                StepStatus::Todo
            };
            return Verdict::new(
                status,
                crate::msg!("wizard-verdict-export-not-ready", reason),
            );
        }
        let Some((record, current)) = self.last_export() else {
            return Verdict::new(StepStatus::Done, crate::msg!("wizard-verdict-export-ready"));
        };
        let path = record.path.display().to_string();
        if current {
            Verdict::new(
                StepStatus::Done,
                crate::msg!("wizard-verdict-exported", path),
            )
        } else {
            Verdict::new(
                StepStatus::Warning,
                crate::msg!("wizard-verdict-export-outdated", path),
            )
        }
    }
}

/// Readiness of a step that needs one metadata file: loaded, analysed, usable.
fn file_step(
    loaded: bool,
    waiting: bool,
    usable: bool,
    missing: fn() -> Msg,
    unusable: fn() -> Msg,
) -> Result<(), Msg> {
    if !loaded {
        Err(missing())
    } else if waiting {
        Err(crate::msg!("wizard-ready-reading"))
    } else if !usable {
        Err(unusable())
    } else {
        Ok(())
    }
}
