//! What Graph says about the app (only the properties the checks and the plan use), and the
//! reads that fetch it: the service principal, its application, its assignments.

use base64::Engine as _;
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use sha1::Digest as _;

use super::client::{Client, odata_string, query_value};
use super::{GraphError, MAX_PAGES};
use crate::core::cert::hex;

/// The service principal's properties read.
pub const SP_SELECT: &str = "id,appId,displayName,servicePrincipalNames,preferredSingleSignOnMode,loginUrl,preferredTokenSigningKeyThumbprint,keyCredentials,appRoleAssignmentRequired,notificationEmailAddresses";
/// The application's properties read.
pub const APP_SELECT: &str =
    "id,appId,displayName,identifierUris,web,tokenEncryptionKeyId,keyCredentials";

/// A collection Graph may send as `null`.
fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// A `keyCredential` (certificate) of an application or service principal.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyCredential {
    #[serde(default)]
    pub key_id: String,
    pub custom_key_identifier: Option<String>,
    pub display_name: Option<String>,
    pub start_date_time: Option<String>,
    pub end_date_time: Option<String>,
    /// `Sign`, `Verify` or `Encrypt`.
    pub usage: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// The certificate (base64 DER): Graph returns it only with `$select` on one object.
    pub key: Option<String>,
}

impl KeyCredential {
    /// SHA-1 thumbprint (upper-case hex): of the certificate when Graph sent it, else the
    /// `customKeyIdentifier` when it holds 20 bytes (Entra puts the thumbprint there).
    #[must_use]
    pub fn thumbprint(&self) -> Option<String> {
        let b64 = |s: &str| {
            base64::engine::general_purpose::STANDARD
                .decode(s.trim())
                .ok()
        };
        if let Some(der) = self.key.as_deref().and_then(b64) {
            return Some(hex(&sha1::Sha1::digest(&der), ""));
        }
        let id = self.custom_key_identifier.as_deref().and_then(b64)?;
        (id.len() == 20).then(|| hex(&id, ""))
    }

    #[must_use]
    pub fn has_usage(&self, usage: &str) -> bool {
        self.usage
            .as_deref()
            .is_some_and(|u| u.eq_ignore_ascii_case(usage))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServicePrincipal {
    pub id: String,
    #[serde(default)]
    pub app_id: String,
    pub display_name: Option<String>,
    #[serde(default, deserialize_with = "list")]
    pub service_principal_names: Vec<String>,
    pub preferred_single_sign_on_mode: Option<String>,
    pub login_url: Option<String>,
    pub preferred_token_signing_key_thumbprint: Option<String>,
    #[serde(default, deserialize_with = "list")]
    pub key_credentials: Vec<KeyCredential>,
    #[serde(default)]
    pub app_role_assignment_required: Option<bool>,
    #[serde(default, deserialize_with = "list")]
    pub notification_email_addresses: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Web {
    #[serde(default, deserialize_with = "list")]
    pub redirect_uris: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Application {
    pub id: String,
    #[serde(default)]
    pub app_id: String,
    pub display_name: Option<String>,
    #[serde(default, deserialize_with = "list")]
    pub identifier_uris: Vec<String>,
    pub web: Option<Web>,
    pub token_encryption_key_id: Option<String>,
    #[serde(default, deserialize_with = "list")]
    pub key_credentials: Vec<KeyCredential>,
    /// `keyCredentials` exactly as Graph sent them: a PATCH of the collection replaces it
    /// whole, so the existing ones go back unchanged.
    #[serde(skip)]
    pub key_credentials_raw: Vec<Value>,
}

impl Application {
    #[must_use]
    pub fn redirect_uris(&self) -> &[String] {
        self.web.as_ref().map_or(&[], |w| &w.redirect_uris)
    }
}

/// The Entra app as read: service principal, application, assignments.
#[derive(Debug, Clone, PartialEq)]
pub struct EntraApp {
    pub sp: ServicePrincipal,
    pub app: Application,
    /// Users and groups assigned (`appRoleAssignedTo`), as far as read.
    pub assigned: usize,
    /// More assignments than [`MAX_PAGES`] pages held.
    pub assigned_more: bool,
}

fn parse<T: serde::de::DeserializeOwned>(what: &str, value: Value) -> Result<T, GraphError> {
    serde_json::from_value(value).map_err(|e| GraphError::BadAnswer(what.to_owned(), e.to_string()))
}

/// The service principal with application id `app_id`, or else the one whose names hold
/// `identifier` (a SAML app's Identifiers are among them). `None`: no such app.
pub fn find_service_principal(
    client: &Client,
    app_id: Option<&str>,
    identifier: &str,
) -> Result<Option<ServicePrincipal>, GraphError> {
    if let Some(app_id) = app_id {
        let path = format!(
            "/servicePrincipals(appId='{}')?$select={SP_SELECT}",
            query_value(&odata_string(app_id))
        );
        return match client.get(&path) {
            Ok(v) => parse("servicePrincipal", v).map(Some),
            Err(e) if e.is_not_found() => Ok(None),
            Err(e) => Err(e),
        };
    }
    let filter = format!(
        "servicePrincipalNames/any(x:x eq '{}')",
        odata_string(identifier)
    );
    let path = format!(
        "/servicePrincipals?$filter={}&$select={SP_SELECT}",
        query_value(&filter)
    );
    let mut page = client.get(&path)?;
    match page.get_mut("value").map(Value::take) {
        Some(Value::Array(mut found)) if !found.is_empty() => {
            parse("servicePrincipal", found.swap_remove(0)).map(Some)
        }
        _ => Ok(None),
    }
}

/// The application of a service principal (with its certificates' keys).
pub fn read_application(client: &Client, app_id: &str) -> Result<Application, GraphError> {
    let path = format!(
        "/applications(appId='{}')?$select={APP_SELECT}",
        query_value(&odata_string(app_id))
    );
    let value = client.get(&path)?;
    let raw = match &value["keyCredentials"] {
        Value::Array(v) => v.clone(),
        _ => Vec::new(),
    };
    let mut app: Application = parse("application", value)?;
    app.key_credentials_raw = raw;
    Ok(app)
}

/// Everything the checks need, in three Graph requests (more when assignments fill pages).
pub fn read(
    client: &Client,
    app_id: Option<&str>,
    identifier: &str,
) -> Result<Option<EntraApp>, GraphError> {
    let Some(sp) = find_service_principal(client, app_id, identifier)? else {
        return Ok(None);
    };
    read_rest(client, sp).map(Some)
}

/// The application and assignments of a service principal.
pub fn read_rest(client: &Client, sp: ServicePrincipal) -> Result<EntraApp, GraphError> {
    let app = read_application(client, &sp.app_id)?;
    let path = format!(
        "/servicePrincipals/{}/appRoleAssignedTo?$select=id,principalType&$top=999",
        query_value(&sp.id)
    );
    let (assigned, assigned_more) = client.list(&path, MAX_PAGES)?;
    Ok(EntraApp {
        sp,
        app,
        assigned: assigned.len(),
        assigned_more,
    })
}
