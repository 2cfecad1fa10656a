//! A local stand-in for Microsoft's sign-in service and Graph v1.0, built from the documented
//! request and response shapes (servicePrincipal, application, keyCredential,
//! appRoleAssignment, applicationTemplate instantiate, addTokenSigningCertificate, Graph error
//! bodies, the device-code token responses). What it assumes of Graph is listed in the README
//! ("Check and set up Entra from the assistant"); a first run against a real tenant confirms it.

use std::sync::{Arc, Mutex};

use base64::Engine as _;
use serde_json::{Value, json};

use super::https::{Reply, Request, Server};

/// The tenant of the `ENTRA_SINGLE` fixture.
pub const TENANT: &str = "76db22f8-ca3e-4d0a-b5c1-795947fc8943";
pub const IDENTIFIER: &str = "https://acme.topdesk.net/saml-metadata/4f1c2b9a";
pub const REPLY: &str = "https://acme.topdesk.net/tas/secure/login/verify";
pub const SIGN_ON: &str = "https://acme.topdesk.net";
pub const OLD_IDENTIFIER: &str = "https://acme.topdesk.net/tas/secure/login/verify";
pub const OLD_REPLY: &str = "https://acme.topdesk.net/tas/public/login/saml";
/// The secret part of the token: it must never appear in any output.
pub const SECRET: &str = "s3cr3t-Sig-QmVhcmVy";
pub const CLIENT_ID: &str = "0c1d2e3f-4a5b-4c6d-8e7f-001122334455";
pub const USER_CODE: &str = "GXQ7-KP4M";

/// A JWT-shaped token naming [`TENANT`] (unsigned: the stand-in only compares it).
pub fn token() -> String {
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let head = b64.encode(br#"{"typ":"JWT","alg":"RS256"}"#);
    let claims =
        b64.encode(json!({"tid": TENANT, "aud": "https://graph.microsoft.com"}).to_string());
    format!("{head}.{claims}.{SECRET}")
}

/// One request the stand-in received.
#[derive(Debug, Clone)]
pub struct Logged {
    pub method: String,
    pub path: String,
    pub body: Value,
}

/// The tenant's state and the stand-in's behaviour.
// Independent switches of a test double, one per behaviour a test asks for.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Default)]
pub struct Tenant {
    pub sps: Vec<Value>,
    pub apps: Vec<Value>,
    /// Users and groups assigned (to every app).
    pub assignments: usize,
    /// Page size of `appRoleAssignedTo`.
    pub page_size: usize,
    pub templates: Vec<Value>,
    /// Served as every app's federation metadata.
    pub metadata: Vec<u8>,
    pub log: Vec<Logged>,
    /// The next N Graph requests get 429 with this Retry-After.
    pub throttle: usize,
    pub retry_after: u64,
    /// 403 for every write / every read.
    pub forbid_writes: bool,
    pub forbid_reads: bool,
    /// The error message of a refusal repeats the Authorization header (a hostile server).
    pub echo_token: bool,
    /// After instantiate, this many requests on the new objects get 404 (replication).
    pub lag: usize,
    /// `appRoleAssignedTo`'s next page points to another host.
    pub foreign_next_link: bool,
    /// Device-code flow: polls answered `authorization_pending` / `slow_down` first; then
    /// `expired_token` when `expire`; `interval` sent.
    pub pending: usize,
    pub slow_down: usize,
    pub expire: bool,
    pub interval: u64,
    /// The device-code request answers AADSTS700016 (client not registered).
    pub unknown_client: bool,
    /// The service principal search answers this many bytes (a server that sends too much).
    pub huge: usize,
    /// The token request answers AADSTS53003 (blocked by Conditional Access).
    pub blocked: bool,
    /// Thumbprint (hex) and certificate (base64 DER) addTokenSigningCertificate hands out.
    pub new_signer: (String, String),
}

pub struct Standin {
    pub server: Server,
    pub state: Arc<Mutex<Tenant>>,
}

impl Standin {
    pub fn start(tenant: Tenant) -> Self {
        let state = Arc::new(Mutex::new(tenant));
        let shared = Arc::clone(&state);
        let server = Server::start_full("localhost", move |request, port| {
            let mut t = shared.lock().unwrap();
            t.log.push(Logged {
                method: request.method.clone(),
                path: request.path.clone(),
                body: serde_json::from_slice(&request.body).unwrap_or(Value::Null),
            });
            handle(&mut t, request, port)
        });
        Self { server, state }
    }

    pub fn url(&self) -> String {
        self.server.url("")
    }

    pub fn graph_requests(&self) -> usize {
        self.log()
            .iter()
            .filter(|l| l.path.starts_with("/v1.0"))
            .count()
    }

    pub fn writes(&self) -> Vec<Logged> {
        self.log()
            .into_iter()
            .filter(|l| l.path.starts_with("/v1.0") && l.method != "GET")
            .collect()
    }

    pub fn log(&self) -> Vec<Logged> {
        self.state.lock().unwrap().log.clone()
    }

    pub fn sp(&self) -> Value {
        self.state.lock().unwrap().sps[0].clone()
    }

    pub fn app(&self) -> Value {
        self.state.lock().unwrap().apps[0].clone()
    }
}

/// Base64 of the bytes of a hex thumbprint (what Entra puts in `customKeyIdentifier`).
pub fn thumbprint_b64(hex: &str) -> String {
    let bytes: Vec<u8> = (0..hex.len() / 2)
        .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The two keyCredentials (Sign and Verify) Entra keeps for one SAML signing certificate.
pub fn signing_keys(thumbprint: &str, key_id: &str, end: &str) -> Vec<Value> {
    ["Sign", "Verify"]
        .iter()
        .enumerate()
        .map(|(i, usage)| {
            json!({
                "customKeyIdentifier": thumbprint_b64(thumbprint),
                "displayName": "CN=Microsoft Azure Federated SSO Certificate",
                "endDateTime": end,
                "key": null,
                "keyId": format!("{key_id}{i}"),
                "startDateTime": "2020-12-22T00:00:00Z",
                "type": "AsymmetricX509Cert",
                "usage": usage,
            })
        })
        .collect()
}

/// A correctly set up TOPdesk - Secure app signing with `thumbprint`.
pub fn good_app(thumbprint: &str) -> (Value, Value) {
    let sp = json!({
        "id": "sp-0001",
        "appId": "11111111-2222-4333-8444-555555555555",
        "displayName": "TOPdesk - Secure",
        "servicePrincipalNames": [IDENTIFIER, "11111111-2222-4333-8444-555555555555"],
        "preferredSingleSignOnMode": "saml",
        "loginUrl": SIGN_ON,
        "preferredTokenSigningKeyThumbprint": thumbprint,
        "keyCredentials": signing_keys(thumbprint, "k-sign-", "2023-12-22T00:00:00Z"),
        "appRoleAssignmentRequired": true,
        "notificationEmailAddresses": ["admin@acme.example"],
    });
    let app = json!({
        "id": "app-0001",
        "appId": "11111111-2222-4333-8444-555555555555",
        "displayName": "TOPdesk - Secure",
        "identifierUris": [IDENTIFIER],
        "web": {"redirectUris": [REPLY], "homePageUrl": "https://acme.example/home", "logoutUrl": null},
        "tokenEncryptionKeyId": null,
        "keyCredentials": [],
    });
    (sp, app)
}

fn json_reply(status: u16, body: &Value) -> Reply {
    Reply {
        status,
        headers: vec![("Content-Type".into(), "application/json".into())],
        ..Reply::ok(body.to_string())
    }
}

fn graph_error(status: u16, code: &str, message: &str) -> Reply {
    json_reply(
        status,
        &json!({"error": {"code": code, "message": message, "innerError": {"date": "2026-12-07T12:00:00", "request-id": "7c0f"}}}),
    )
}

fn not_found() -> Reply {
    graph_error(
        404,
        "Request_ResourceNotFound",
        "Resource does not exist or one of its queried reference-property objects are not present.",
    )
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// The value inside the first `'…'` of `text` (`OData` quotes doubled).
fn quoted(text: &str) -> Option<String> {
    let start = text.find('\'')? + 1;
    let rest = &text[start..];
    let mut out = String::new();
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            if chars.peek() == Some(&'\'') {
                chars.next();
                out.push('\'');
                continue;
            }
            return Some(out);
        }
        out.push(c);
    }
    None
}

fn query(path: &str, name: &str) -> Option<String> {
    let q = path.split_once('?')?.1;
    q.split('&')
        .find_map(|p| p.strip_prefix(&format!("{name}=")))
        .map(decode)
}

/// Graph returns `key` only with `$select` on a single object.
fn without_keys(mut sp: Value) -> Value {
    if let Some(keys) = sp["keyCredentials"].as_array_mut() {
        for k in keys {
            k["key"] = Value::Null;
        }
    }
    sp
}

fn handle(t: &mut Tenant, request: &Request, port: u16) -> Reply {
    let path = request.path.clone();
    let route = decode(path.split('?').next().unwrap_or_default());
    if let Some(rest) = route.strip_prefix("/v1.0") {
        let token = format!("Bearer {}", token());
        if request.header("authorization") != Some(token.as_str()) {
            return graph_error(
                401,
                "InvalidAuthenticationToken",
                "Access token validation failure. Invalid audience.",
            );
        }
        if t.throttle > 0 {
            t.throttle -= 1;
            let mut reply = graph_error(429, "TooManyRequests", "Too many requests.");
            reply
                .headers
                .push(("Retry-After".into(), t.retry_after.to_string()));
            return reply;
        }
        let write = request.method != "GET";
        if (write && t.forbid_writes) || (!write && t.forbid_reads) {
            let mut message = "Insufficient privileges to complete the operation.".to_owned();
            if t.echo_token {
                message = format!(
                    "{message} ({})",
                    request.header("authorization").unwrap_or("")
                );
            }
            return graph_error(403, "Authorization_RequestDenied", &message);
        }
        return graph(t, request, rest, &path, port);
    }
    login(t, request, &route)
}

fn login(t: &mut Tenant, request: &Request, route: &str) -> Reply {
    if route.ends_with("/federationmetadata/2007-06/federationmetadata.xml") {
        return Reply::ok(t.metadata.clone());
    }
    let form = String::from_utf8_lossy(&request.body).into_owned();
    let field = |name: &str| {
        form.split('&')
            .find_map(|p| p.strip_prefix(&format!("{name}=")))
            .map(decode)
            .unwrap_or_default()
    };
    let oauth_error = |error: &str, description: &str| {
        json_reply(
            400,
            &json!({"error": error, "error_description": description, "error_codes": [70016], "timestamp": "2026-12-07 12:00:00Z"}),
        )
    };
    if route.ends_with("/oauth2/v2.0/devicecode") && request.method == "POST" {
        if t.unknown_client {
            let id = field("client_id");
            return oauth_error(
                "unauthorized_client",
                &format!(
                    "AADSTS700016: Application with identifier '{id}' was not found in the directory 'Acme'.\r\nTrace ID: 1"
                ),
            );
        }
        return json_reply(
            200,
            &json!({
                "device_code": "GAQABAAEAAAD-device-code",
                "user_code": USER_CODE,
                "verification_uri": "https://microsoft.com/devicelogin",
                "expires_in": 900,
                "interval": t.interval,
                "message": format!("To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code {USER_CODE} to authenticate."),
            }),
        );
    }
    if route.ends_with("/oauth2/v2.0/token") && request.method == "POST" {
        if field("grant_type") != "urn:ietf:params:oauth:grant-type:device_code"
            || field("device_code") != "GAQABAAEAAAD-device-code"
            || field("client_id") != CLIENT_ID
        {
            return oauth_error("invalid_grant", "AADSTS70000: bad grant");
        }
        if t.slow_down > 0 {
            t.slow_down -= 1;
            return oauth_error("slow_down", "AADSTS70016: slow down");
        }
        if t.pending > 0 {
            t.pending -= 1;
            return oauth_error(
                "authorization_pending",
                "AADSTS70016: OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
            );
        }
        if t.blocked {
            return oauth_error(
                "invalid_grant",
                "AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.",
            );
        }
        if t.expire {
            return oauth_error(
                "expired_token",
                "AADSTS70020: The provided value for the input parameter 'device_code' is not valid. This device code has expired.",
            );
        }
        return json_reply(
            200,
            &json!({"token_type": "Bearer", "scope": field("scope"), "expires_in": 3599, "ext_expires_in": 3599, "access_token": token()}),
        );
    }
    Reply::status(404)
}

fn lagging(t: &mut Tenant, id: &str) -> bool {
    let new = t.sps.iter().any(|s| s["id"] == id && s["new"] == true)
        || t.apps.iter().any(|a| a["id"] == id && a["new"] == true)
        || t.sps.iter().any(|s| s["appId"] == id && s["new"] == true);
    if new && t.lag > 0 {
        t.lag -= 1;
        return true;
    }
    false
}

fn strip_internal(mut v: Value) -> Value {
    if let Some(o) = v.as_object_mut() {
        o.remove("new");
    }
    v
}

#[allow(clippy::too_many_lines)]
fn graph(t: &mut Tenant, request: &Request, rest: &str, path: &str, port: u16) -> Reply {
    let method = request.method.as_str();
    let body: Value = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
    if rest == "/servicePrincipals" && method == "GET" && t.huge > 0 {
        return json_reply(200, &json!({"value": [], "padding": "x".repeat(t.huge)}));
    }
    if rest == "/servicePrincipals" && method == "GET" {
        let Some(wanted) = query(path, "$filter").and_then(|f| quoted(&f)) else {
            return graph_error(400, "BadRequest", "Invalid filter clause");
        };
        let found: Vec<Value> = t
            .sps
            .iter()
            .filter(|s| {
                s["servicePrincipalNames"]
                    .as_array()
                    .is_some_and(|n| n.iter().any(|x| x == wanted.as_str()))
            })
            .cloned()
            .map(without_keys)
            .map(strip_internal)
            .collect();
        return json_reply(
            200,
            &json!({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#servicePrincipals", "value": found}),
        );
    }
    if let Some(app_id) = rest
        .strip_prefix("/servicePrincipals(appId=")
        .and_then(quoted)
    {
        if lagging(t, &app_id) {
            return not_found();
        }
        return match t.sps.iter().find(|s| s["appId"] == app_id.as_str()) {
            Some(sp) => json_reply(200, &strip_internal(sp.clone())),
            None => not_found(),
        };
    }
    if let Some(app_id) = rest.strip_prefix("/applications(appId=").and_then(quoted) {
        if lagging(t, &app_id) {
            return not_found();
        }
        return match t.apps.iter().find(|a| a["appId"] == app_id.as_str()) {
            Some(app) => json_reply(200, &strip_internal(app.clone())),
            None => not_found(),
        };
    }
    if rest == "/applicationTemplates" {
        let wanted = query(path, "$filter")
            .and_then(|f| quoted(&f))
            .unwrap_or_default();
        let found: Vec<&Value> = t
            .templates
            .iter()
            .filter(|x| x["displayName"] == wanted.as_str())
            .collect();
        return json_reply(200, &json!({"value": found}));
    }
    if let Some(template) = rest
        .strip_prefix("/applicationTemplates/")
        .and_then(|r| r.strip_suffix("/instantiate"))
    {
        if method != "POST" || !t.templates.iter().any(|x| x["id"] == template) {
            return not_found();
        }
        let n = t.apps.len() + 1;
        let app_id = format!("99999999-0000-4000-8000-00000000000{n}");
        let name = body["displayName"]
            .as_str()
            .unwrap_or("TOPdesk - Secure")
            .to_owned();
        let app = json!({"id": format!("app-new-{n}"), "appId": app_id, "displayName": name,
            "identifierUris": [], "web": {"redirectUris": [], "homePageUrl": null, "logoutUrl": null},
            "tokenEncryptionKeyId": null, "keyCredentials": [], "new": true});
        let sp = json!({"id": format!("sp-new-{n}"), "appId": app_id, "displayName": name,
            "servicePrincipalNames": [app_id], "preferredSingleSignOnMode": null, "loginUrl": null,
            "preferredTokenSigningKeyThumbprint": null, "keyCredentials": [],
            "appRoleAssignmentRequired": true, "notificationEmailAddresses": [], "new": true});
        t.apps.insert(0, app.clone());
        t.sps.insert(0, sp.clone());
        return json_reply(
            201,
            &json!({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.applicationServicePrincipal", "application": strip_internal(app), "servicePrincipal": strip_internal(sp)}),
        );
    }
    if let Some(sp_rest) = rest.strip_prefix("/servicePrincipals/") {
        let (id, tail) = sp_rest.split_once('/').unwrap_or((sp_rest, ""));
        let id = id.to_owned();
        if lagging(t, &id) {
            return not_found();
        }
        let Some(index) = t.sps.iter().position(|s| s["id"] == id.as_str()) else {
            return not_found();
        };
        match (method, tail) {
            ("GET", "") => return json_reply(200, &strip_internal(t.sps[index].clone())),
            ("PATCH", "") => {
                for (k, v) in body.as_object().cloned().unwrap_or_default() {
                    t.sps[index][k] = v;
                }
                return json_reply(204, &Value::Null).empty();
            }
            ("POST", "addTokenSigningCertificate") => {
                let (thumb, cert) = t.new_signer.clone();
                let end = body["endDateTime"]
                    .as_str()
                    .unwrap_or("2029-12-07T00:00:00Z")
                    .to_owned();
                let keys = signing_keys(&thumb, "k-new-", &end);
                t.sps[index]["keyCredentials"]
                    .as_array_mut()
                    .unwrap()
                    .extend(keys);
                return json_reply(
                    200,
                    &json!({"customKeyIdentifier": thumbprint_b64(&thumb), "displayName": body["displayName"], "endDateTime": end, "key": cert, "keyId": "k-new-0", "startDateTime": "2026-12-07T00:00:00Z", "thumbprint": thumb, "type": "AsymmetricX509Cert", "usage": "Verify"}),
                );
            }
            ("GET", "appRoleAssignedTo") => {
                let skip: usize = query(path, "$skiptoken")
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0);
                let size = t.page_size.max(1);
                let page: Vec<Value> = (skip..(skip + size).min(t.assignments))
                    .map(|i| json!({"id": format!("a{i}"), "principalType": "User", "principalDisplayName": format!("User {i}"), "resourceId": id, "appRoleId": "00000000-0000-0000-0000-000000000000"}))
                    .collect();
                let mut answer = json!({"value": page});
                if skip + size < t.assignments {
                    let host = if t.foreign_next_link {
                        "graph.example.net".to_owned()
                    } else {
                        format!("localhost:{port}")
                    };
                    answer["@odata.nextLink"] = json!(format!(
                        "https://{host}/v1.0/servicePrincipals/{id}/appRoleAssignedTo?$top={size}&$skiptoken={}",
                        skip + size
                    ));
                }
                return json_reply(200, &answer);
            }
            _ => return not_found(),
        }
    }
    if let Some(id) = rest.strip_prefix("/applications/") {
        let id = id.to_owned();
        if lagging(t, &id) {
            return not_found();
        }
        let Some(index) = t.apps.iter().position(|a| a["id"] == id.as_str()) else {
            return not_found();
        };
        if method != "PATCH" {
            return not_found();
        }
        let app_id = t.apps[index]["appId"].clone();
        let saml = t
            .sps
            .iter()
            .any(|s| s["appId"] == app_id && s["preferredSingleSignOnMode"] == "saml");
        if body.get("identifierUris").is_some() && !saml {
            return graph_error(
                400,
                "HostNameNotOnVerifiedDomain",
                "Values of identifierUris property must use a verified domain of the organization or its subdomain: 'https://acme.topdesk.net/saml-metadata/4f1c2b9a'",
            );
        }
        if let Some(keys) = body.get("keyCredentials").and_then(Value::as_array)
            && keys.iter().any(|k| k["key"].is_null())
        {
            return graph_error(
                400,
                "InvalidKeyCredential",
                "Key credential key is required.",
            );
        }
        if let Some(key_id) = body.get("tokenEncryptionKeyId").and_then(Value::as_str) {
            let known = t.apps[index]["keyCredentials"].as_array().is_some_and(|k| {
                k.iter()
                    .any(|k| k["keyId"] == key_id && k["usage"] == "Encrypt")
            });
            if !known {
                return graph_error(
                    400,
                    "Request_BadRequest",
                    "tokenEncryptionKeyId must name a keyCredential with usage Encrypt",
                );
            }
        }
        for (k, v) in body.as_object().cloned().unwrap_or_default() {
            if k == "web" {
                for (wk, wv) in v.as_object().cloned().unwrap_or_default() {
                    t.apps[index]["web"][wk] = wv;
                }
            } else {
                t.apps[index][k] = v;
            }
        }
        return json_reply(204, &Value::Null).empty();
    }
    not_found()
}

trait Empty {
    fn empty(self) -> Self;
}

impl Empty for Reply {
    /// No body (204).
    fn empty(mut self) -> Self {
        self.body.clear();
        self.headers.clear();
        self
    }
}
