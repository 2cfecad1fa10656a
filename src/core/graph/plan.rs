//! The writes that set the Entra app right, listed before anything happens ([`plan`]), and
//! carried out in that order ([`apply`]); `create` instantiates the gallery app first
//! ([`instantiate`]).
//!
//! Rules: `preferredSingleSignOnMode` before `identifierUris` (Graph refuses an identifier on a
//! non-verified domain for a non-SAML app), then `web.redirectUris`, then `loginUrl`. TOPdesk's
//! values are added; only values of the tutorial's known-wrong patterns on TOPdesk's host are
//! removed. `--encrypt` sends the existing `keyCredentials` back unchanged with TOPdesk's
//! certificate added (a PATCH replaces the whole collection), then sets `tokenEncryptionKeyId`.
//! The active signing certificate is never switched, except the first one of a created app.

use std::time::Duration;

use base64::Engine as _;
use serde_json::{Value, json};

use super::checks::old_values;
use super::client::{Client, odata_string, query_value};
use super::model::{self, EntraApp, ServicePrincipal};
use super::{GraphError, REPLICATION_FIRST_WAIT, REPLICATION_MAX_WAIT};
use crate::core::cert::CertInfo;
use crate::core::entra::APP_CERT_CN;
use crate::core::i18n::Msg;
use crate::core::topdesk::{EntraUrls, Section, is_old_identifier, is_old_reply};
use crate::msg;

/// Path placeholder for the ids a created app gets.
pub const NEW_SP: &str = "{servicePrincipalId}";
pub const NEW_APP: &str = "{applicationId}";
/// Validity of the first signing certificate `create` adds (what Entra's portal makes).
pub const NEW_SIGNING_CERT_YEARS: i64 = 3;

/// One write: shown first, then sent.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Write {
    pub method: &'static str,
    pub path: String,
    pub body: Value,
    pub why: Msg,
}

fn patch(path: String, body: Value, why: Msg) -> Write {
    Write {
        method: "PATCH",
        path,
        body,
        why,
    }
}

/// `entra` with the tutorial's wrong values on TOPdesk's host removed and `wanted` added;
/// `None` when nothing changes. Also returns what was removed.
fn corrected(
    entra: &[String],
    wanted: &str,
    is_old: fn(&str) -> bool,
) -> Option<(Vec<String>, Vec<String>)> {
    let old = old_values(entra, wanted, is_old);
    let mut new: Vec<String> = entra.iter().filter(|v| !old.contains(v)).cloned().collect();
    if !new.iter().any(|v| v == wanted) {
        new.push(wanted.to_owned());
    }
    (new != entra).then_some((new, old))
}

/// The writes that make `app` match TOPdesk's `urls`, in the order that works; `encrypt`:
/// TOPdesk's certificate as the token encryption key (`new_key_id` for its credential).
#[must_use]
pub fn plan(
    app: &EntraApp,
    urls: &EntraUrls,
    encrypt: Option<&CertInfo>,
    new_key_id: &str,
) -> Vec<Write> {
    let sp = format!("/servicePrincipals/{}", app.sp.id);
    let application = format!("/applications/{}", app.app.id);
    let mut writes = Vec::new();
    let mode = app.sp.preferred_single_sign_on_mode.as_deref();
    if !mode.is_some_and(|m| m.eq_ignore_ascii_case("saml")) {
        writes.push(patch(
            sp.clone(),
            json!({"preferredSingleSignOnMode": "saml"}),
            msg!("entra-plan-sso-mode"),
        ));
    }
    let ids = &app.app.identifier_uris;
    if let Some((new, removed)) = corrected(ids, &urls.identifier, is_old_identifier) {
        let added = urls.identifier.as_str();
        let why = if removed.is_empty() {
            msg!("entra-plan-identifier", added)
        } else {
            msg!(
                "entra-plan-identifier-old",
                added,
                removed = removed.join(", ")
            )
        };
        writes.push(patch(
            application.clone(),
            json!({"identifierUris": new}),
            why,
        ));
    }
    let replies = app.app.redirect_uris();
    if let Some((new, removed)) = corrected(replies, &urls.reply, is_old_reply) {
        let added = urls.reply.as_str();
        let why = if removed.is_empty() {
            msg!("entra-plan-reply-url", added)
        } else {
            msg!(
                "entra-plan-reply-url-old",
                added,
                removed = removed.join(", ")
            )
        };
        writes.push(patch(
            application.clone(),
            json!({"web": {"redirectUris": new}}),
            why,
        ));
    }
    if app.sp.login_url.as_deref() != Some(urls.sign_on.as_str()) {
        writes.push(patch(
            sp,
            json!({"loginUrl": urls.sign_on}),
            msg!("entra-plan-sign-on-url", url = urls.sign_on.as_str()),
        ));
    }
    if let Some(cert) = encrypt {
        writes.extend(encryption(app, &application, cert, new_key_id));
    }
    writes
}

fn encryption(app: &EntraApp, path: &str, cert: &CertInfo, new_key_id: &str) -> Vec<Write> {
    let thumbprint = cert.sha1_thumbprint.as_str();
    let creds = &app.app.key_credentials;
    let current = app.app.token_encryption_key_id.as_deref().and_then(|id| {
        creds
            .iter()
            .find(|k| k.key_id.eq_ignore_ascii_case(id))
            .and_then(model::KeyCredential::thumbprint)
    });
    if current.as_deref() == Some(thumbprint) {
        return Vec::new();
    }
    let set_key = |key_id: &str| {
        patch(
            path.to_owned(),
            json!({"tokenEncryptionKeyId": key_id}),
            msg!("entra-plan-encryption-key", thumbprint),
        )
    };
    let uploaded = creds
        .iter()
        .find(|k| k.has_usage("Encrypt") && k.thumbprint().as_deref() == Some(thumbprint));
    if let Some(existing) = uploaded {
        return vec![set_key(&existing.key_id)];
    }
    let b64 = base64::engine::general_purpose::STANDARD;
    let hex_bytes: Vec<u8> = (0..thumbprint.len() / 2)
        .filter_map(|i| u8::from_str_radix(&thumbprint[2 * i..2 * i + 2], 16).ok())
        .collect();
    let rfc3339 = |t: time::OffsetDateTime| {
        t.format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default()
    };
    let new = json!({
        "keyId": new_key_id,
        "type": "AsymmetricX509Cert",
        "usage": "Encrypt",
        "key": b64.encode(&cert.der),
        "customKeyIdentifier": b64.encode(hex_bytes),
        "displayName": format!("CN={}", cert.common_name.as_deref().unwrap_or("TOPdesk")),
        "startDateTime": rfc3339(cert.not_before),
        "endDateTime": rfc3339(cert.not_after),
    });
    let mut all = app.app.key_credentials_raw.clone();
    all.push(new);
    vec![
        patch(
            path.to_owned(),
            json!({"keyCredentials": all}),
            msg!(
                "entra-plan-key-credentials",
                thumbprint,
                kept = app.app.key_credentials_raw.len()
            ),
        ),
        set_key(new_key_id),
    ]
}

/// A random key id (UUID version 4).
pub fn new_key_id() -> Result<String, getrandom::Error> {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b)?;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = crate::core::cert::hex(&b, "").to_ascii_lowercase();
    Ok(format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    ))
}

/// Sends `writes` in order; `done` hears of each one written. `retry_not_found`: a 404 is
/// waited out as replication ([`replicated`]), as right after `create`.
pub fn apply(
    client: &Client,
    writes: &[Write],
    retry_not_found: bool,
    done: &mut dyn FnMut(&Write),
) -> Result<(), GraphError> {
    for w in writes {
        let send = || client.write(w.method, &w.path, &w.body);
        if retry_not_found {
            replicated(client, send)?;
        } else {
            send()?;
        }
        done(w);
    }
    Ok(())
}

/// Runs `call` again while Graph answers 404 (a just-created object not replicated yet), after
/// [`REPLICATION_FIRST_WAIT`], doubling, for [`REPLICATION_MAX_WAIT`] in all; cancellable.
pub fn replicated<T>(
    client: &Client,
    call: impl Fn() -> Result<T, GraphError>,
) -> Result<T, GraphError> {
    let mut wait = REPLICATION_FIRST_WAIT;
    let mut waited = Duration::ZERO;
    loop {
        match call() {
            Err(e) if e.is_not_found() => {
                if waited + wait > REPLICATION_MAX_WAIT {
                    let GraphError::Status { what, .. } = e else {
                        return Err(e);
                    };
                    return Err(GraphError::NotReplicated(what));
                }
                client.http.wait(wait)?;
                waited += wait;
                wait *= 2;
            }
            other => return other,
        }
    }
}

/// The gallery template's name for a section.
#[must_use]
pub const fn template_name(section: Section) -> &'static str {
    match section {
        Section::Secure => "TOPdesk - Secure",
        Section::Public => "TOPdesk - Public",
    }
}

/// The id of the gallery template named `name`, if Graph has one.
pub fn find_template(client: &Client, name: &str) -> Result<Option<String>, GraphError> {
    let filter = format!("displayName eq '{}'", odata_string(name));
    let path = format!(
        "/applicationTemplates?$filter={}&$select=id,displayName",
        query_value(&filter)
    );
    let page = client.get(&path)?;
    let found = page["value"].as_array().and_then(|v| {
        v.iter()
            .find(|t| t["displayName"].as_str() == Some(name))
            .or_else(|| v.first())
    });
    Ok(found.and_then(|t| t["id"].as_str()).map(str::to_owned))
}

/// The writes `create` starts with (ids of the new app as placeholders): instantiate, the first
/// signing certificate, made active.
#[must_use]
pub fn create_writes(template_id: &str, name: &str, now: time::OffsetDateTime) -> Vec<Write> {
    let sp = format!("/servicePrincipals/{NEW_SP}");
    vec![
        Write {
            method: "POST",
            path: format!("/applicationTemplates/{template_id}/instantiate"),
            body: json!({"displayName": name}),
            why: msg!("entra-plan-instantiate", name),
        },
        Write {
            method: "POST",
            path: format!("{sp}/addTokenSigningCertificate"),
            body: signing_cert_body(now),
            why: msg!("entra-plan-signing-cert"),
        },
        patch(
            sp,
            json!({"preferredTokenSigningKeyThumbprint": "{thumbprint}"}),
            msg!("entra-plan-signing-cert-active"),
        ),
    ]
}

fn signing_cert_body(now: time::OffsetDateTime) -> Value {
    let end = now + time::Duration::days(365 * NEW_SIGNING_CERT_YEARS);
    let end = end
        .replace_nanosecond(0)
        .unwrap_or(end)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    json!({"displayName": format!("CN={APP_CERT_CN}"), "endDateTime": end})
}

/// A new app: what `create` made.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Created {
    pub app_id: String,
    pub service_principal_id: String,
    pub application_id: String,
    pub thumbprint: String,
}

/// Instantiates the template, waits out replication, adds the first signing certificate and
/// makes it active (the writes of [`create_writes`]); `done` hears of each.
pub fn instantiate(
    client: &Client,
    template_id: &str,
    name: &str,
    now: time::OffsetDateTime,
    done: &mut dyn FnMut(&Write),
) -> Result<Created, GraphError> {
    let writes = create_writes(template_id, name, now);
    let made = client.write("POST", &writes[0].path, &writes[0].body)?;
    done(&writes[0]);
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    let (sp_id, app_object, app_id) = (
        text(&made["servicePrincipal"]["id"]),
        text(&made["application"]["id"]),
        text(&made["application"]["appId"]),
    );
    if sp_id.is_empty() || app_object.is_empty() {
        let why = "no servicePrincipal.id / application.id".to_owned();
        return Err(GraphError::BadAnswer(writes[0].path.clone(), why));
    }
    let sp_path = format!("/servicePrincipals/{}", query_value(&sp_id));
    replicated(client, || client.get(&format!("{sp_path}?$select=id")))?;
    let cert = replicated(client, || {
        client.write(
            "POST",
            &format!("{sp_path}/addTokenSigningCertificate"),
            &writes[1].body,
        )
    })?;
    done(&writes[1]);
    let thumbprint = text(&cert["thumbprint"]).to_ascii_uppercase();
    let body = json!({"preferredTokenSigningKeyThumbprint": thumbprint});
    replicated(client, || client.write("PATCH", &sp_path, &body))?;
    done(&writes[2]);
    Ok(Created {
        app_id,
        service_principal_id: sp_id,
        application_id: app_object,
        thumbprint,
    })
}

/// The app as a blank new one (placeholders for ids), to list the settings writes of `create`.
#[must_use]
pub fn blank_app() -> EntraApp {
    EntraApp {
        sp: ServicePrincipal {
            id: NEW_SP.to_owned(),
            ..ServicePrincipal::default()
        },
        app: model::Application {
            id: NEW_APP.to_owned(),
            ..model::Application::default()
        },
        assigned: 0,
        assigned_more: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls() -> EntraUrls {
        EntraUrls {
            identifier: "https://acme.topdesk.net/saml-metadata/1".into(),
            reply: "https://acme.topdesk.net/tas/secure/login/verify".into(),
            sign_on: "https://acme.topdesk.net".into(),
        }
    }

    #[test]
    fn only_the_tutorials_values_on_topdesks_host_are_removed() {
        let u = urls();
        let entra = [
            "https://acme.topdesk.net/tas/secure/login/verify/".to_owned(),
            "https://other.topdesk.net/tas/secure/login/verify".to_owned(),
            "urn:acme:keep".to_owned(),
        ];
        let (new, removed) = corrected(&entra, &u.identifier, is_old_identifier).unwrap();
        assert_eq!(removed, [entra[0].clone()]);
        assert_eq!(
            new,
            [entra[1].clone(), entra[2].clone(), u.identifier.clone()]
        );
        // Present already, nothing old: no write.
        assert!(
            corrected(
                std::slice::from_ref(&u.identifier),
                &u.identifier,
                is_old_identifier
            )
            .is_none()
        );
        // A Reply URL of the old pattern on TOPdesk's host goes, the right one stays first.
        let replies = [
            u.reply.clone(),
            "https://ACME.topdesk.net/tas/public/login/saml".to_owned(),
        ];
        let (new, removed) = corrected(&replies, &u.reply, is_old_reply).unwrap();
        assert_eq!(
            (new, removed),
            (vec![u.reply.clone()], vec![replies[1].clone()])
        );
    }

    #[test]
    fn a_blank_app_gets_the_settings_in_order() {
        let plan = plan(&blank_app(), &urls(), None, "k");
        let bodies: Vec<String> = plan.iter().map(|w| w.body.to_string()).collect();
        assert_eq!(
            bodies,
            [
                r#"{"preferredSingleSignOnMode":"saml"}"#,
                r#"{"identifierUris":["https://acme.topdesk.net/saml-metadata/1"]}"#,
                r#"{"web":{"redirectUris":["https://acme.topdesk.net/tas/secure/login/verify"]}}"#,
                r#"{"loginUrl":"https://acme.topdesk.net"}"#,
            ]
        );
    }

    #[test]
    fn key_ids_are_version_4_uuids() {
        let id = new_key_id().unwrap();
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert!(matches!(&id[19..20], "8" | "9" | "a" | "b"));
        assert_ne!(id, new_key_id().unwrap());
    }
}
