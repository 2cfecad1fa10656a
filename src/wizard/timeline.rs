//! The expiry timeline on the review page, as data: what expires when, relative to today.

use time::OffsetDateTime;

use crate::core::check::Report;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineKind {
    /// An Entra signing certificate (`active`: the one that signs now).
    EntraCert {
        active: bool,
    },
    TopdeskCert,
    /// The metadata's `validUntil`: a single date, no start.
    MetadataValidUntil,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineItem {
    pub label: crate::core::i18n::Msg,
    pub kind: TimelineKind,
    pub from: Option<OffsetDateTime>,
    pub until: OffsetDateTime,
}

/// Every dated thing in the report, earliest expiry first.
#[must_use]
pub fn timeline(report: &Report) -> Vec<TimelineItem> {
    let mut items = Vec::new();
    if let Some(idp) = &report.idp {
        for c in idp.saml_certs() {
            items.push(TimelineItem {
                label: crate::msg!(
                    "wizard-timeline-entra-cert",
                    thumbprint = &c.info.sha1_thumbprint[..4],
                    active = if c.active { "yes" } else { "no" }
                ),
                kind: TimelineKind::EntraCert { active: c.active },
                from: Some(c.info.not_before),
                until: c.info.not_after,
            });
        }
        if let Some(until) = idp.valid_until {
            items.push(TimelineItem {
                label: crate::msg!("wizard-timeline-valid-until"),
                kind: TimelineKind::MetadataValidUntil,
                from: None,
                until,
            });
        }
    }
    if let Some(c) = report.pair.as_ref().and_then(|p| p.certificate.as_ref()) {
        items.push(TimelineItem {
            label: crate::msg!(
                "wizard-timeline-topdesk-cert",
                thumbprint = &c.sha1_thumbprint[..4]
            ),
            kind: TimelineKind::TopdeskCert,
            from: Some(c.not_before),
            until: c.not_after,
        });
    }
    items.sort_by_key(|i| i.until);
    items
}
