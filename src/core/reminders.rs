//! Reminders: one iCalendar file (RFC 5545) with an all-day event on the expiry day of each
//! certificate the setup depends on (Entra's SAML signing certificates, TOPdesk's own
//! certificate), with alarms 60, 30 and 7 days before, as Entra's own notification mails.
//!
//! UIDs come from the thumbprint, the role and the section only, so importing a newer file
//! updates the events instead of adding copies. Built with the `icalendar` crate (escaping,
//! folding, CRLF); pure: the report and "now" in, text out.

use icalendar::{Alarm, Calendar, Component, EventLike};
use time::OffsetDateTime;

use super::cert::CertInfo;
use super::check::Report;
use super::entra::IdpSummary;
use super::i18n;
use super::topdesk::Section;
use crate::tr;

/// Days before the expiry day on which the calendar reminds (Entra mails at 60, 30 and 7).
pub const ALARM_DAYS: [i64; 3] = [60, 30, 7];

/// The file name used in the bundle and offered by the wizard.
pub const FILE_NAME: &str = "reminders.ics";

/// Whose certificate it is: decides the words and the UID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    EntraSigning,
    Topdesk,
}

impl Role {
    const fn uid_part(self) -> &'static str {
        match self {
            Self::EntraSigning => "entra-signing",
            Self::Topdesk => "topdesk",
        }
    }

    fn label(self) -> String {
        match self {
            Self::EntraSigning => tr!("term-entra-signing-cert"),
            Self::Topdesk => tr!("term-topdesk-cert"),
        }
    }

    fn what_to_do(self) -> String {
        match self {
            Self::EntraSigning => tr!("reminders-todo-entra"),
            Self::Topdesk => tr!("reminders-todo-topdesk"),
        }
    }
}

/// The calendar for the report's certificates: Entra's SAML signing certificates and TOPdesk's
/// (the one checked with its key, else those in TOPdesk's SP metadata). `None` when the report
/// knows no certificate (a calendar needs at least one event).
#[must_use]
pub fn calendar(report: &Report, now: OffsetDateTime) -> Option<String> {
    let pair = report.pair.as_ref().and_then(|p| p.certificate.as_ref());
    let topdesk: Vec<&CertInfo> = match pair {
        Some(c) => vec![c],
        None => (report.sp.iter().flat_map(|sp| &sp.certificates))
            .map(|c| &c.info)
            .collect(),
    };
    build(report, &topdesk, now)
}

/// The calendar with the given TOPdesk certificate (the one an export uploads).
#[must_use]
pub fn calendar_with_topdesk(
    report: &Report,
    topdesk: &CertInfo,
    now: OffsetDateTime,
) -> Option<String> {
    build(report, &[topdesk], now)
}

fn build(report: &Report, topdesk: &[&CertInfo], now: OffsetDateTime) -> Option<String> {
    let entra =
        (report.idp.iter().flat_map(IdpSummary::saml_certs)).map(|c| (&c.info, Role::EntraSigning));
    let topdesk = topdesk.iter().map(|c| (*c, Role::Topdesk));
    let mut seen: Vec<String> = Vec::new();
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//topdesk-sso//TOPdesk SSO Assistant//EN"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .name(&tr!("reminders-calendar-name"));
    for (cert, role) in entra.chain(topdesk) {
        let uid = uid(cert, role, report.section);
        if !seen.contains(&uid) {
            cal.push(event(cert, role, report.section, &uid, now));
            seen.push(uid);
        }
    }
    (!seen.is_empty()).then(|| cal.done().to_string())
}

/// `<SHA-1 thumbprint>-<role>[-<section>]@topdesk-sso`: the same certificate in the same place
/// always gets the same UID, whenever the file is made.
fn uid(cert: &CertInfo, role: Role, section: Option<Section>) -> String {
    let section = section.map_or(String::new(), |s| format!("-{}", s.as_str()));
    format!(
        "{}-{}{section}@topdesk-sso",
        cert.sha1_thumbprint.to_ascii_lowercase(),
        role.uid_part()
    )
}

fn event(
    cert: &CertInfo,
    role: Role,
    section: Option<Section>,
    uid: &str,
    now: OffsetDateTime,
) -> icalendar::Event {
    let short: String = cert.sha1_thumbprint.chars().take(8).collect();
    let place = match section {
        Some(Section::Secure) => "TOPdesk Secure",
        Some(Section::Public) => "TOPdesk Public",
        None => "TOPdesk",
    };
    let summary = tr!(
        "reminders-summary",
        role = role.label(),
        thumbprint = short,
        place,
        what_to_do = role.what_to_do()
    );
    let expires = cert.not_after.to_offset(time::UtcOffset::UTC);
    let (day, time) = i18n::date_and_time(expires);
    let description = tr!(
        "reminders-description",
        role = role.label(),
        date = day,
        time,
        subject = cert.subject.as_str(),
        thumbprint = cert.sha1_thumbprint.as_str(),
        section = section.map_or_else(
            || tr!("reminders-section-unknown"),
            |s| s.label().to_string()
        ),
        what_to_do = role.what_to_do()
    );
    let stamp = utc(now);
    let mut event = icalendar::Event::new();
    event
        .uid(uid)
        .timestamp(stamp)
        .starts(date(expires.date()))
        .summary(&summary)
        .description(&description);
    for days in ALARM_DAYS {
        let before = -chrono::Duration::days(days);
        let mut alarm = Alarm::display(
            &tr!("reminders-alarm", days, summary = summary.as_str()),
            before,
        );
        // The crate writes the trigger in seconds (-PT5184000S): exact time, which drifts an
        // hour across a DST change; whole calendar days (-P60D) are what is meant.
        alarm.append_property(("TRIGGER", format!("-P{days}D").as_str()));
        // The crate writes a DTSTAMP (the wall clock) and a random UID into any component
        // without one, VALARM included; fixed ones keep the file reproducible (UID in VALARM
        // is RFC 9074, DTSTAMP an IANA property that RFC 5545's alarm grammar admits).
        alarm.uid(&format!("{days}d-{uid}")).timestamp(stamp);
        event.alarm(alarm);
    }
    event.done()
}

/// Every `time` date fits chrono's range, so the fallback is never taken.
fn date(d: time::Date) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(d.year(), u32::from(u8::from(d.month())), u32::from(d.day()))
        .unwrap_or_default()
}

fn utc(t: OffsetDateTime) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(t.unix_timestamp(), 0).unwrap_or_default()
}
