//! Calendar reminders (.ics): built from a real check, read back with the `icalendar` crate's
//! parser and with the independent `ical` parser; `--ics FILE` through the binary.

mod common;

use std::io::BufReader;
use std::str::FromStr as _;

use icalendar::{Component as _, DatePerhapsTime};
use time::OffsetDateTime;
use time::macros::datetime;
use topdesk_sso::core::check::{CheckInput, Report, check};
use topdesk_sso::core::reminders;
use topdesk_sso::core::topdesk::Section;

/// Inside the validity of the rollover fixture's certificates and of `common::topdesk_cert()`.
const NOW: OffsetDateTime = datetime!(2022-06-01 12:00 UTC);
const LATER: OffsetDateTime = datetime!(2022-09-15 08:30 UTC);

fn report(entra: &str) -> Report {
    let idp = common::read(entra);
    let sp = common::Sp::secure().xml();
    check(&CheckInput {
        idp: Some(&idp),
        sp: Some(sp.as_bytes()),
        section: Some(Section::Secure),
        ..CheckInput::new(NOW)
    })
    .unwrap()
}

/// (thumbprint, expiry day) of every certificate the reminders must cover, Entra's first.
fn expected(report: &Report) -> Vec<(String, String)> {
    let entra = (report.idp.iter().flat_map(|i| &i.certificates))
        .filter(|c| c.listed_in.saml_role)
        .map(|c| &c.info);
    let topdesk = report
        .sp
        .iter()
        .flat_map(|s| &s.certificates)
        .map(|c| &c.info);
    entra
        .chain(topdesk)
        .map(|c| {
            (
                c.sha1_thumbprint.to_ascii_lowercase(),
                c.not_after.date().to_string(),
            )
        })
        .collect()
}

#[test]
fn one_event_per_certificate_read_back_by_icalendar() {
    let report = report(common::ENTRA_ROLLOVER);
    let ics = reminders::calendar(&report, NOW).unwrap();
    let want = expected(&report);
    assert_eq!(
        want.len(),
        3,
        "two Entra certificates and TOPdesk's: {want:?}"
    );
    let cal = icalendar::Calendar::from_str(&ics).unwrap();
    let events: Vec<_> = cal.events().collect();
    assert_eq!(events.len(), want.len(), "{ics}");
    for (event, (thumb, day)) in events.iter().zip(&want) {
        let uid = event.get_uid().unwrap();
        assert!(uid.starts_with(thumb.as_str()), "{uid}");
        assert!(uid.ends_with("-secure@topdesk-sso"), "{uid}");
        let Some(DatePerhapsTime::Date(start)) = event.get_start() else {
            panic!("not an all-day event: {:?}", event.get_start());
        };
        assert_eq!(&start.to_string(), day);
        let summary = event.get_summary().unwrap();
        assert!(summary.contains("TOPdesk Secure"), "{summary}");
        assert!(
            summary.contains(&thumb.to_ascii_uppercase()[..8]),
            "{summary}"
        );
        let triggers: Vec<_> = (event.components().iter())
            .map(|a| {
                assert_eq!(a.component_kind(), "VALARM");
                assert_eq!(a.property_value("ACTION"), Some("DISPLAY"));
                assert!(a.property_value("DESCRIPTION").unwrap().contains(summary));
                a.property_value("TRIGGER").unwrap().to_owned()
            })
            .collect();
        assert_eq!(triggers, ["-P60D", "-P30D", "-P7D"]);
    }
    let topdesk = events[2].get_summary().unwrap();
    assert!(
        topdesk.starts_with("TOPdesk certificate")
            && topdesk.ends_with("generate a new key pair and upload it"),
        "{topdesk}"
    );
    let entra = events[0].get_summary().unwrap();
    assert!(
        entra.starts_with("Entra signing certificate")
            && entra.ends_with("renew it in Entra and upload the new federation metadata"),
        "{entra}"
    );
}

#[test]
fn the_independent_ical_parser_reads_the_same() {
    let report = report(common::ENTRA_ROLLOVER);
    let ics = reminders::calendar(&report, NOW).unwrap();
    assert!(ics.lines().all(|l| l.len() <= 75), "lines are folded");
    assert!(ics.contains("\r\n"), "CRLF line ends");
    let mut parser = ical::IcalParser::new(BufReader::new(ics.as_bytes()));
    let cal = parser.next().unwrap().unwrap();
    assert!(parser.next().is_none(), "one calendar");
    let prop = |props: &[ical::property::Property], name: &str| {
        (props.iter().find(|p| p.name == name))
            .and_then(|p| p.value.clone())
            .unwrap_or_else(|| panic!("no {name}"))
    };
    assert_eq!(prop(&cal.properties, "VERSION"), "2.0");
    let want = expected(&report);
    assert_eq!(cal.events.len(), want.len());
    for (event, (thumb, day)) in cal.events.iter().zip(&want) {
        assert!(prop(&event.properties, "UID").starts_with(thumb.as_str()));
        assert_eq!(prop(&event.properties, "DTSTART"), day.replace('-', ""));
        assert_eq!(prop(&event.properties, "DTSTAMP"), "20220601T120000Z");
        let dtstart = event
            .properties
            .iter()
            .find(|p| p.name == "DTSTART")
            .unwrap();
        assert_eq!(
            dtstart.params,
            Some(vec![("VALUE".to_owned(), vec!["DATE".to_owned()])])
        );
        let triggers: Vec<String> = (event.alarms.iter())
            .map(|a| prop(&a.properties, "TRIGGER"))
            .collect();
        assert_eq!(triggers, ["-P60D", "-P30D", "-P7D"]);
    }
}

#[test]
fn uids_are_stable_whenever_the_file_is_made() {
    let report = report(common::ENTRA_ROLLOVER);
    let uids = |now| {
        let ics = reminders::calendar(&report, now).unwrap();
        let cal = icalendar::Calendar::from_str(&ics).unwrap();
        (cal.events())
            .map(|e| e.get_uid().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(uids(NOW), uids(LATER));
    let (a, b) = (
        reminders::calendar(&report, NOW).unwrap(),
        reminders::calendar(&report, NOW).unwrap(),
    );
    assert_eq!(a, b, "same input, same file (no random UID, no wall clock)");
    // Every component, alarms included (the crate would add the wall clock and a random UUID).
    let later = icalendar::parser::unfold(&reminders::calendar(&report, LATER).unwrap());
    let lines = |key: &str| -> Vec<&str> { later.lines().filter(|l| l.starts_with(key)).collect() };
    assert_eq!(lines("DTSTAMP").len(), 3 * 4);
    assert!(
        lines("DTSTAMP")
            .iter()
            .all(|l| *l == "DTSTAMP:20220915T083000Z")
    );
    assert_eq!(lines("UID").len(), 3 * 4);
    assert!(
        lines("UID")
            .iter()
            .all(|l| l.ends_with("-secure@topdesk-sso"))
    );
}

#[test]
fn nothing_to_remind_of_gives_no_calendar() {
    let sp = common::Sp {
        cert_der: None,
        ..common::Sp::secure()
    }
    .xml();
    let report = check(&CheckInput {
        sp: Some(sp.as_bytes()),
        ..CheckInput::new(NOW)
    })
    .unwrap();
    assert_eq!(reminders::calendar(&report, NOW), None);
}

#[test]
fn check_ics_writes_the_calendar_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let sp = dir.path().join("sp.xml");
    std::fs::write(&sp, common::Sp::secure().xml()).unwrap();
    let ics = dir.path().join("reminders.ics");
    let (idp, sp, out) = (
        common::data(common::ENTRA_ROLLOVER),
        sp.to_str().unwrap().to_owned(),
        ics.to_str().unwrap().to_owned(),
    );
    let args = [
        "check",
        "--idp",
        idp.to_str().unwrap(),
        "--sp",
        &sp,
        "--ics",
        &out,
        "--now",
        "2022-06-01T12:00:00Z",
    ];
    let (code, stdout, stderr) = common::run_cli(&args);
    assert!(code < 2, "{stderr}");
    assert!(stdout.contains(&format!("written to {out}")), "{stdout}");
    let written = std::fs::read_to_string(&ics).unwrap();
    assert_eq!(
        written,
        reminders::calendar(&report(common::ENTRA_ROLLOVER), NOW).unwrap()
    );

    let (code, _, stderr) = common::run_cli(&args);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("already exists") && stderr.contains(&out),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&ics).unwrap(),
        written,
        "left alone"
    );

    let json = dir.path().join("json.ics");
    let (code, stdout, _) = common::run_cli(
        &[
            &args[..5],
            &[
                "--ics",
                json.to_str().unwrap(),
                "--now",
                "2022-06-01T12:00:00Z",
                "--json",
            ],
        ]
        .concat(),
    );
    assert!(code < 2);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["reminders_file"], json.to_str().unwrap());
    assert!(json.is_file());
}

#[test]
fn check_ics_without_certificates_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let sp = dir.path().join("sp.xml");
    let no_cert = common::Sp {
        cert_der: None,
        ..common::Sp::secure()
    };
    std::fs::write(&sp, no_cert.xml()).unwrap();
    let ics = dir.path().join("r.ics");
    let (code, _, stderr) = common::run_cli(&[
        "check",
        "--sp",
        sp.to_str().unwrap(),
        "--ics",
        ics.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no certificate to remind of"), "{stderr}");
    assert!(!ics.exists());
}
