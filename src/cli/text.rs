//! Plain-text output, written for an admin: the three URLs first, then the files, then findings
//! grouped by severity.

use std::fmt::Write as _;

use crate::core::cert::CertInfo;
use crate::core::check::Report;
use crate::core::diff::MetadataDiff;
use crate::core::findings::{Finding, Severity};
use crate::core::inspect::Inspection;
use crate::core::pair::PairStatus;
use crate::core::signature::SignatureStatus;

fn cert_line(out: &mut String, c: &CertInfo, tag: &str) {
    let _ = writeln!(
        out,
        "    - {} ({} {} bits){tag}\n      valid {} to {}\n      SHA-1 thumbprint {}\n      SHA-256 {}",
        c.subject,
        c.key_algorithm,
        c.key_bits.map_or_else(|| "?".into(), |b| b.to_string()),
        c.not_before.date(),
        c.not_after.date(),
        c.sha1_thumbprint,
        c.sha256_fingerprint,
    );
}

/// The three Entra values, or a line saying why there are none.
/// The three Entra values (or why there are none), without findings.
fn url_lines(out: &mut String, r: &Report) {
    match &r.urls {
        Some(u) => {
            let section = r
                .section
                .map_or_else(String::new, |s| format!(" — TOPdesk section {}", s.label()));
            let _ = writeln!(out, "Entra Basic SAML Configuration{section}");
            let _ = writeln!(out, "  Identifier (Entity ID)  {}", u.identifier);
            let _ = writeln!(out, "  Reply URL               {}", u.reply);
            let _ = writeln!(out, "  Sign on URL             {}", u.sign_on);
        }
        None => out.push_str(
            "No Entra values: the TOPdesk metadata is missing or unusable (see the findings).\n",
        ),
    }
}

/// The three Entra values, then the error-level findings if any.
/// `diff`: the verdict first, then the certificates and the values that changed.
pub fn diff(d: &MetadataDiff) -> String {
    let mut out = format!("{}\n\nSigning certificates (SAML role)\n", d.verdict);
    for (mark, list) in [
        ("+ added  ", &d.added),
        ("- removed", &d.removed),
        ("  kept   ", &d.kept),
    ] {
        for c in list {
            let _ = writeln!(
                out,
                "  {mark} {} ({}), valid until {}{}",
                c.sha1_thumbprint,
                c.label,
                c.not_after.date(),
                if c.signs { ", signs the file" } else { "" }
            );
        }
    }
    if !d.changes.is_empty() {
        out.push_str("\nChanged\n");
        for c in &d.changes {
            let _ = writeln!(out, "  {}: {} -> {}", c.what, c.old, c.new);
        }
    }
    out
}

pub fn urls(r: &Report) -> String {
    let mut out = String::new();
    url_lines(&mut out, r);
    if r.findings.iter().any(|f| f.severity == Severity::Error) {
        out.push('\n');
        findings(&mut out, &r.findings);
    }
    out
}

pub fn report(r: &Report) -> String {
    let mut out = String::new();
    if r.sp.is_some() {
        url_lines(&mut out, r);
        out.push('\n');
    }
    if let Some(idp) = &r.idp {
        let _ = writeln!(out, "Entra federation metadata");
        let _ = writeln!(out, "  Entra identifier  {}", idp.entity_id);
        if let Some(t) = &idp.tenant_id {
            let _ = writeln!(out, "  Tenant            {t}");
        }
        if let Some(s) = &idp.sso_url {
            let _ = writeln!(out, "  Login URL (SSO)   {s}");
        }
        if let Some(sig) = &r.signature {
            let status = match sig.status {
                SignatureStatus::Valid => "valid",
                SignatureStatus::Invalid => "INVALID",
                SignatureStatus::Absent => "absent",
            };
            let _ = writeln!(out, "  Signature         {status}");
        }
        let _ = writeln!(out, "  Signing certificates");
        for c in &idp.certificates {
            cert_line(
                &mut out,
                &c.info,
                if c.active {
                    "  [active: signed this file]"
                } else {
                    ""
                },
            );
        }
        out.push('\n');
    }
    if let Some(sp) = &r.sp
        && !sp.certificates.is_empty()
    {
        let _ = writeln!(out, "TOPdesk certificates");
        for c in &sp.certificates {
            cert_line(&mut out, &c.info, "");
        }
        out.push('\n');
    }
    if let Some(pair) = &r.pair {
        let verdict = match pair.status {
            PairStatus::Match => "MATCH: the certificate and the key belong together",
            PairStatus::Mismatch => "NO MATCH: the key does not belong to the certificate",
            PairStatus::Incomplete => "incomplete: give both the certificate and the key",
        };
        let _ = writeln!(
            out,
            "TOPdesk certificate and private key\n  Pair              {verdict}"
        );
        if let Some(k) = &pair.key {
            let _ = writeln!(
                out,
                "  Private key       {} {} bits, {}{}",
                k.algorithm,
                k.bits.map_or_else(|| "?".into(), |b| b.to_string()),
                k.format.label(),
                if k.encrypted {
                    ", password-protected"
                } else {
                    ""
                }
            );
        }
        if let Some(c) = &pair.certificate {
            cert_line(&mut out, c, "");
        }
        out.push('\n');
    }
    findings(&mut out, &r.findings);
    out
}

fn findings(out: &mut String, findings: &[Finding]) {
    if findings.is_empty() {
        out.push_str("No findings.\n");
        return;
    }
    for (severity, title) in [
        (Severity::Error, "Errors"),
        (Severity::Warning, "Warnings"),
        (Severity::Info, "Notes"),
    ] {
        let group: Vec<&Finding> = findings.iter().filter(|f| f.severity == severity).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{title} ({})", group.len());
        for f in group {
            let _ = writeln!(out, "  [{}] {}\n      Fix: {}", f.code, f.message, f.fix);
        }
    }
}

pub fn inspection(i: &Inspection) -> String {
    let mut out = format!("{}\n", i.summary());
    match i {
        Inspection::IdpMetadata {
            report: Some(r), ..
        }
        | Inspection::SpMetadata {
            report: Some(r), ..
        } => {
            out.push('\n');
            out.push_str(&report(r));
        }
        Inspection::Aggregate { count, entities } => {
            for e in entities.iter().take(100) {
                let role = match (e.idp, e.sp) {
                    (true, true) => "IdP+SP",
                    (true, false) => "IdP",
                    (false, true) => "SP",
                    (false, false) => "-",
                };
                let _ = writeln!(out, "  {role:<6} {}", e.entity_id);
            }
            if *count > 100 {
                let _ = writeln!(out, "  … and {} more (--json lists them all)", count - 100);
            }
        }
        Inspection::PrivateKey(k) | Inspection::Pkcs12(k) => {
            for c in &k.certificates {
                cert_line(&mut out, c, "");
            }
        }
        Inspection::Certificate { certificates, .. } => {
            for (n, c) in certificates.iter().enumerate() {
                cert_line(
                    &mut out,
                    c,
                    if n == 0 && certificates.len() > 1 {
                        "  [first]"
                    } else {
                        ""
                    },
                );
            }
        }
        _ => {}
    }
    out
}

/// `diagnose`: the verdict, each message's values, then the findings in the order an SP checks.
pub fn diagnosis(d: &crate::core::diagnose::Diagnosis) -> String {
    use crate::core::diagnose::{Message, Verdict};
    let first_error = d.reason();
    let mut out = match d.verdict {
        Verdict::Accepted => "TOPdesk would accept this login.\n".to_owned(),
        Verdict::EntraRefused => format!("Entra refused: {first_error}\n"),
        Verdict::Refused => format!("TOPdesk would refuse: {first_error}\n"),
        Verdict::NoResponse => {
            "No response to judge (no error found in what was given).\n".to_owned()
        }
        Verdict::Unreadable => format!("Nothing could be read: {first_error}\n"),
    };
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".into());
    for (i, m) in d.messages.iter().enumerate() {
        match m {
            Message::Response(r) => response_lines(&mut out, i, r),
            Message::Request(r) => {
                let _ = writeln!(out, "\nMessage {}: request {}", i + 1, opt(&r.id));
                for (label, value) in [
                    ("Issuer", &r.issuer),
                    ("ACS URL", &r.acs_url),
                    ("Destination", &r.destination),
                ] {
                    let _ = writeln!(out, "  {label:<14}{}", opt(value));
                }
                let _ = writeln!(
                    out,
                    "  {:<14}{}",
                    "Signed",
                    if r.signed { "yes" } else { "no" }
                );
            }
            Message::Error(e) => {
                let _ = writeln!(
                    out,
                    "\nMessage {}: Entra error AADSTS{}\n  {}",
                    i + 1,
                    e.code,
                    e.message
                );
            }
        }
    }
    out.push('\n');
    if d.findings.is_empty() {
        out.push_str("No findings.\n");
    }
    for f in &d.findings {
        let _ = writeln!(
            out,
            "[{} {}] {}\n    Fix: {}",
            f.severity, f.code, f.message, f.fix
        );
    }
    out
}

/// One response's values, for `diagnosis`.
fn response_lines(out: &mut String, i: usize, r: &crate::core::diagnose::ResponseMessage) {
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".into());
    let _ = writeln!(out, "\nMessage {}: response {}", i + 1, opt(&r.id));
    for (label, value) in [
        ("Status", &r.status_code),
        ("Issuer", &r.issuer),
        ("Destination", &r.destination),
        ("InResponseTo", &r.in_response_to),
        ("Audience", &r.audience),
        ("Recipient", &r.recipient),
        ("NotBefore", &r.not_before),
        ("NotOnOrAfter", &r.not_on_or_after),
        ("NameID", &r.name_id),
    ] {
        let _ = writeln!(out, "  {label:<14}{}", opt(value));
    }
    let _ = writeln!(
        out,
        "  {:<14}{:?}{}{}",
        "Signature",
        r.signature.status,
        r.signature
            .signed
            .map_or(String::new(), |s| format!(" ({s:?} signed)").to_lowercase()),
        r.signature
            .signed_by
            .as_deref()
            .map_or(String::new(), |t| format!(", by {t}"))
    );
    if r.encrypted {
        let _ = writeln!(
            out,
            "  {:<14}{}",
            "Encrypted",
            if r.decrypted {
                "yes, decrypted here"
            } else {
                "yes, not decrypted"
            }
        );
    }
    for at in &r.attributes {
        let _ = writeln!(out, "  {}\n      {}", at.name, at.values.join(", "));
    }
}
