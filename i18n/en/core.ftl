# core: the engine's findings, errors and labels.
# Placeholders ({ $name }) are filled in by the program; keep them as they are.
# URLs, entity IDs, thumbprints, file names and command-line options are never translated.

## check: the whole check

check-input-idp = Entra metadata: { $error }
check-input-sp = TOPdesk metadata: { $error }
check-input-cert = certificate: { $error }
check-input-key = private key: { $error }

check-files-swapped = The two files are swapped: the Entra slot holds TOPdesk's SP metadata and the TOPdesk slot holds Entra's federation metadata.
check-files-swapped-fix = Swap them (CLI: exchange the --idp and --sp files); the values below are read as if they were.
check-idp-is-sp = The file given as Entra federation metadata is a service provider's metadata (TOPdesk's, probably).
check-idp-is-sp-fix = Download Federation Metadata XML from the Entra app's Single sign-on page and use it as the Entra file.
check-sp-is-idp = The file given as TOPdesk metadata is an identity provider's metadata (Entra's, probably).
check-sp-is-idp-fix = Download the SP metadata from TOPdesk's SAML configuration assistant and use it as the TOPdesk file.

# $which: Entra or TOPdesk (product names); $root: an XML element name.
check-not-metadata = The { $which } file is XML but not SAML metadata (its root element is { $root }).
check-idp-not-metadata-fix = Download Federation Metadata XML from the Entra app's Single sign-on page (SAML Certificates section).
check-sp-not-metadata-fix = Download the SP metadata from TOPdesk's SAML configuration assistant.
check-entity-not-found = The { $which } file holds no entity with entityID { $entity_id }.
check-entity-not-found-one-fix = This file holds one entity, { $entity_id }; leave out the entity choice.
check-entity-not-found-fix = Check the entityID, or run 'topdesk-sso inspect' on the file to list its { $count ->
        [one] { $count } entity
       *[other] { $count } entities
    }.
# $sample: the first entityIDs, comma-separated.
check-entity-not-chosen = The { $which } file is an aggregate of { $count ->
        [one] { $count } entity
       *[other] { $count } entities
    } ({ $sample }); which one to use is not clear.
# $flag: a command-line option (--idp-entity or --sp-entity).
check-entity-not-chosen-fix = Choose the entity to use (CLI: { $flag } ENTITYID).

# $by: a thumbprint, with the certificate's name in brackets.
check-signature-valid = The federation metadata has not been changed since it was signed by certificate { $by }; { $kind ->
        [app] compare this thumbprint with the one on the Entra app's SAML Certificates page.
        [not-app] this is not an Entra app's metadata, so there is no SAML Certificates page to compare this thumbprint with.
       *[other] compare this thumbprint with the token-signing certificate your identity provider shows.
    }
check-signature-valid-fix = { $kind ->
        [app] If the thumbprints differ, do not use this file: download Federation Metadata XML from the Entra app yourself. If they are the same, upload the file unchanged so TOPdesk can check the signature too.
        [not-app] Use the Federation Metadata XML of your TOPdesk enterprise app instead, and compare its signer with the app's SAML Certificates page.
       *[other] If the thumbprints differ, do not use this file: download the metadata from your identity provider yourself. If they are the same, upload the file unchanged so TOPdesk can check the signature too.
    }
check-signature-sha1 = The federation metadata is signed with SHA-1, a broken hash.
check-signature-sha1-fix = In the Entra app's SAML Certificates section, set the signing algorithm to SHA-256 and download the metadata again.
check-signature-unlisted-signer = The federation metadata signature is not Entra's: { $reason }.
check-signature-unlisted-signer-reason = it was made with a certificate the file does not list
check-signature-unlisted-signer-fix = Do not use this file. Download Federation Metadata XML yourself from the Entra app's Single sign-on page (SAML Certificates section).
check-signature-invalid = The federation metadata signature is invalid: { $reason }.
check-signature-invalid-reason = unknown reason
check-signature-invalid-fix = The file was changed after download (for example re-indented or edited): download it again from Entra and upload it unchanged.
check-signature-absent = The federation metadata is not signed, so TOPdesk cannot tell it came from Entra unchanged.
check-signature-absent-fix = Download Federation Metadata XML from the Entra app again (Entra signs it), or turn off 'Use signed metadata' in TOPdesk.

# $file: idp (Entra's file) or sp (TOPdesk's file).
check-metadata-expired = The { $file ->
        [idp] Entra federation metadata
       *[sp] TOPdesk metadata
    } was valid until { $date }; that date has passed.
check-metadata-expired-fix = Download the { $file ->
        [idp] Entra federation metadata
       *[sp] TOPdesk metadata
    } again; a fresh copy carries a new validUntil date.

## entra: the Entra federation metadata

# $why: what is wrong with the certificate.
entra-cert-unreadable = A certificate in the Entra metadata cannot be read: { $why }.
entra-cert-unreadable-fix = Download the federation metadata again from the Entra app's SAML certificates section; do not edit it by hand.
entra-no-sso = The Entra metadata has no SingleSignOnService, so TOPdesk would not know where to send users.
entra-no-sso-fix = Download the App Federation Metadata from the Entra app's Single sign-on page again.
entra-no-signing-cert = The Entra metadata lists no signing certificate for SAML, so TOPdesk cannot check any login.
entra-no-signing-cert-fix = Create or activate a SAML signing certificate in the Entra app, then download its Federation Metadata XML again.
entra-certs-differ = The SAML signing certificates differ from those of the application role in the same file.
entra-certs-differ-fix = Download the federation metadata again; Entra lists the same certificates in both places.
# $count is always 2 or more.
entra-rollover-unsigned = Entra lists { $count } signing certificates (a certificate rollover is in progress); the file is not signed, so which one is active cannot be told.
entra-rollover = Entra lists { $count } signing certificates (a certificate rollover is in progress); the file is signed by { $thumbprint } ({ $expired ->
        [yes] expired on { $expires }
       *[no] expires { $expires }
    }), the active one.
entra-rollover-fix = Link TOPdesk to the App Federation Metadata URL so it follows the rollover, or upload the file again after activating the new certificate in Entra.
# $count: how many addresses are not Microsoft's ($url is the first).
entra-host-not-microsoft = The file claims to be Entra's, but sends users to { $url }, which is not a Microsoft sign-in address{ $count ->
        [one] {""}
       *[other] {" "}({ $count } such addresses)
    }.
entra-host-not-microsoft-fix = Do not use this file: it may send your users' logins elsewhere. Download Federation Metadata XML yourself from the Entra app's Single sign-on page.
entra-tenant-wide = This is the tenant-wide Entra metadata, not the metadata of your TOPdesk enterprise app; its certificates do not sign your app's logins.
entra-tenant-wide-fix = In Entra, open Enterprise applications > your TOPdesk app > Single sign-on > SAML Certificates and download Federation Metadata XML (its URL ends in ?appid=…).
entra-common = This is Entra's multi-tenant /common metadata (entityID { $entity_id }), with a placeholder instead of your tenant.
entra-common-fix = Download the Federation Metadata XML of your TOPdesk enterprise app from its Single sign-on page instead.
entra-adfs = This is AD FS metadata ({ $entity_id }), not Microsoft Entra ID.
entra-adfs-fix = If you are moving to Entra, download the Federation Metadata XML of the Entra enterprise app; AD FS itself works but is not what this assistant checks in depth.
entra-not-entra = The identity provider { $entity_id } is not Microsoft Entra ID.
entra-not-entra-fix = The values are still derived; Entra-specific checks (tenant, app certificate) are skipped.

## topdesk: the TOPdesk SP metadata

# A TOPdesk section's name, used alone ("TOPdesk section: …") and inside sentences.
topdesk-section-secure = Secure (operators)
topdesk-section-public = Public (self-service portal)
# $section: what was typed; secure and public are command-line values.
topdesk-section-unknown = unknown section '{ $section }': use secure or public
topdesk-no-acs = The TOPdesk metadata has no AssertionConsumerService, so there is no Reply URL.
topdesk-no-acs-fix = Download the SP metadata again from TOPdesk's SAML configuration for this section.
topdesk-acs-not-post = The Reply URL { $url } does not use the HTTP-POST binding Entra uses.
topdesk-acs-not-post-fix = Check that this is TOPdesk's SP metadata; TOPdesk publishes an HTTP-POST endpoint.
topdesk-acs-not-url = The Reply URL '{ $url }' is not an absolute https URL.
topdesk-acs-not-url-fix = Download the SP metadata again from TOPdesk; Entra only accepts https Reply URLs.
# $wanted, $found: section names (topdesk-section-…).
topdesk-section-mismatch = You are configuring the { $wanted } section, but this TOPdesk metadata belongs to the { $found } section.
# $found: secure or public (a command-line value).
topdesk-section-mismatch-fix = Download the SP metadata from the { $wanted } SAML configuration in TOPdesk, or choose the { $found } section.
topdesk-cert-unreadable = A certificate in the TOPdesk metadata cannot be read: { $why }.
topdesk-cert-unreadable-fix = Download the SP metadata from TOPdesk again; do not edit it by hand.
topdesk-acs-not-https = The Reply URL { $url } does not use https.
topdesk-acs-not-https-fix = Entra refuses http Reply URLs; use TOPdesk's https address (download the SP metadata again).
topdesk-acs-path = The Reply URL path '{ $path }' is not TOPdesk's /tas/secure/login/verify or /tas/public/login/verify.
topdesk-acs-path-fix = Check that this is the SP metadata of TOPdesk's SAML configuration; Entra must get exactly the Reply URL TOPdesk publishes.
topdesk-entity-id-not-url = The TOPdesk entityID '{ $entity_id }' is not a URL.
topdesk-entity-id-not-url-fix = TOPdesk's entityID is its metadata URL, https://<your TOPdesk>/saml-metadata/<id>; download the SP metadata again.
topdesk-entity-id-pattern = The TOPdesk entityID { $entity_id } is not of the form …/saml-metadata/<id>.
topdesk-entity-id-pattern-fix = Use the SP metadata TOPdesk publishes for this SAML configuration; its entityID is its metadata URL.
topdesk-host-mismatch = The entityID is on { $entity_host } but the Reply URL is on { $reply_host }.
topdesk-host-mismatch-fix = Both should be your TOPdesk address; check that the SP metadata was not edited by hand.
topdesk-old-identifier = The Identifier { $url } follows the wrong pattern from Microsoft's 2018 tutorial.
topdesk-old-identifier-fix = Use the entityID from the SP metadata TOPdesk publishes now: https://<your TOPdesk>/saml-metadata/<id>.
topdesk-old-reply = The Reply URL { $url } follows the wrong pattern shown in the Entra gallery app.
topdesk-old-reply-fix = Use /tas/secure/login/verify (operators) or /tas/public/login/verify (self-service portal), as TOPdesk's SP metadata says.

## url: values from either file that must be URLs (Entra's login URL and identifier, TOPdesk's Identifier and Reply URL)

# $value: the value as read (hidden characters written \u{…}); $why: one of url-why-… below.
url-invalid = { $field ->
        [entra-login] Entra's login URL
        [entra-identifier] Entra's identifier (entityID)
        [topdesk-identifier] TOPdesk's Identifier (entityID)
       *[topdesk-reply] TOPdesk's Reply URL
    } '{ $value }' is not a valid URL: { $why }. It is not offered for copying and not exported.
url-invalid-entra-fix = Do not use this file: Entra never writes such a value. Download Federation Metadata XML yourself from the Entra app's Single sign-on page.
url-invalid-topdesk-fix = Download the SP metadata from TOPdesk again and use it unchanged: TOPdesk never writes such a value.
# $code: a character's code point, U+202E.
url-why-control = it contains the control character { $code }
url-why-invisible = it contains the invisible or direction-changing character { $code }
url-why-space = it contains a space
url-why-character = it contains '{ $char }', which a URL cannot hold
url-why-not-absolute = it is not an absolute address (https://…)

## reminders: the calendar's human text (the .ics fields themselves stay as they are)

reminders-calendar-name = TOPdesk SSO certificates
reminders-todo-entra = renew it in Entra and upload the new federation metadata
reminders-todo-topdesk = generate a new key pair and upload it
reminders-section-unknown = unknown
# $role: reminders-role-…; $thumbprint: its first 8 characters; $place: TOPdesk Secure, TOPdesk Public or TOPdesk; $what_to_do: reminders-todo-….
reminders-summary = { $role } { $thumbprint }… expires — { $place }: { $what_to_do }
# $time: HH:MM (UTC); $section: a section name or reminders-section-unknown.
reminders-description =
    { $role } expires on { $date } at { $time } UTC.
    Subject: { $subject }
    SHA-1 thumbprint: { $thumbprint }
    Section: { $section }
    What to do: { $what_to_do }.
# $days: 60, 30 or 7; $summary: reminders-summary.
reminders-alarm = In { $days ->
        [one] { $days } day
       *[other] { $days } days
    }: { $summary }

## metadata: reading the XML

metadata-doctype = the file declares a DOCTYPE (line { $line }); SAML metadata never does, so it is refused for safety
metadata-too-deep = elements are nested deeper than { $max } levels (line { $line }); refused for safety
# $what: attributes, namespaces, certificates or entities; $limit is always large.
metadata-too-many = the XML holds more than { $limit } { $what ->
        [attributes] attributes on one element
        [namespaces] namespace declarations in scope
        [certificates] certificates
        [entity-id-bytes] bytes of entityIDs
        [nodes] elements, comments and other XML nodes
        [endpoints] endpoints (SingleSignOnService, SingleLogoutService, AssertionConsumerService)
        [key-descriptors] KeyDescriptor elements
        [nameid-formats] NameIDFormat elements
        [roles] RoleDescriptor elements
        [references] signature References
       *[entities] entities
    } (line { $line }); real SAML XML has far fewer, so it is refused for safety
metadata-too-long = a value on line { $line } is longer than { $max_kib } KiB; real SAML metadata has none that long, so it is refused for safety
# $message: what is wrong (metadata-… below, or the XML parser's own English words).
metadata-malformed = not well-formed XML (line { $line }): { $message }
metadata-undeclared-prefix = undeclared namespace prefix '{ $prefix }'
metadata-two-roots = more than one root element
metadata-undeclared-entity = reference to an undeclared entity
metadata-text-outside-root = text outside the root element
metadata-no-root = no root element
metadata-truncated = the XML ends before its elements are closed (truncated?)
metadata-cert-empty = the X509Certificate element is empty
# $error: the decoder's own English words.
metadata-cert-not-base64 = not valid base64: { $error }

## signature: why the metadata signature does not hold (a reason, shown after a colon)

signature-not-on-root = the file holds a signature, but not on its root element, so it does not cover the file
signature-too-large = the file is over { $mib } MiB, too large to verify here (Entra's federation metadata is about 20 KB)
# $error, $reason: the XML or signature library's own English words.
signature-unparsable = the XML could not be parsed for verification: { $error }
signature-nothing-listed = the file lists no signing certificate for Entra's SAML role, so nothing in it can vouch for the signature
signature-unlisted-signer = it was made with certificate { $thumbprint }, which is not one of the signing certificates the file lists for Entra's SAML role (the file was re-signed by someone else)
signature-too-many-candidates = the file lists { $count } signing certificates; more than { $max } are not tried
signature-does-not-verify = the signature does not verify ({ $reason })
signature-no-signer = the verifier named no certificate
signature-signer-not-offered = the verifier named a certificate that was not offered
signature-no-root = the document has no root
signature-not-child-of-root = the verified signature is not a child of the root element (a signature-wrapping pattern)
signature-references = the signature has { $count ->
        [one] { $count } reference
       *[other] { $count } references
    }; a metadata signature has exactly one
signature-covers-other = the signature covers '{ $uri }', not the root element (a signature-wrapping pattern)
signature-cert-unusable = certificate { $thumbprint } cannot be used: { $error }
signature-method-refused = it uses the signature algorithm '{ $uri }'; only RSA with SHA-256, SHA-384, SHA-512 (or SHA-1) is accepted
signature-digest-refused = it uses the digest algorithm '{ $uri }'; only SHA-256, SHA-384, SHA-512 (or SHA-1) is accepted
signature-too-many-transforms = its reference has { $count } transforms; a signature has at most { $max } (enveloped-signature and canonicalisation)
signature-transform-refused = its reference uses the transform '{ $uri }', which can leave parts of the file unsigned; only enveloped-signature and canonicalisation are accepted
signature-another-first = another signature comes before the root signature (a signature-wrapping pattern)
signature-id-repeated = the signed ID occurs { $count } times in the file (a signature-wrapping pattern)
# core::dsig: why a document is refused before the XML-DSig library sees it.
dsig-too-many = the document holds { $count } signatures; more than { $max } are not checked
dsig-signed-info = a signature has { $count } SignedInfo elements; exactly one is accepted
dsig-references = a signature has { $count } references; exactly one is accepted
dsig-reference-external = a signature points at '{ $uri }', which is not in this document; nothing outside the file is ever read
dsig-retrieval-method = a signature asks for its key to be fetched from '{ $uri }'; keys are never fetched, only the loaded certificates are used
dsig-c14n-refused = a signature uses the canonicalisation '{ $uri }'; only exclusive, inclusive and 1.1 canonicalisation are accepted
dsig-element-refused = a signature's { $name } element is missing, repeated or outside the XML-DSig namespace; exactly one is accepted

## history: the signers seen before for the same Entra app

# $signer: a thumbprint; $before: thumbprints, comma-separated.
history-signer-announced = This file is signed by certificate { $signer }, which the federation metadata you used before for this app already listed: Entra has switched to the new certificate (a rollover).
history-signer-announced-fix = Nothing to do if you activated the new certificate in Entra; upload this file so TOPdesk trusts the new certificate.
history-signer-new = This file is signed by certificate { $signer }, which this assistant has never seen for this Entra app (the files used before were signed by { $before }) and which no earlier file announced.
history-signer-new-fix = Compare the thumbprint with the Entra app's SAML Certificates page. If it is not there, do not use this file; download Federation Metadata XML from the Entra app yourself.
history-unreadable = The signer history { $path } cannot be used ({ $why }), so this file's signer is not compared with the certificates seen before for this app; the file is left as it is.
history-unreadable-fix = Restore the file from a backup, or delete it to start a new history; until then nothing new is remembered.
# $why: the JSON reader's English words.
history-not-a-history = it is not a signer history ({ $why })
history-busy = another instance of the assistant is updating the signer history

## diff: two versions of the Entra federation metadata

diff-what-entity-id = entity ID
diff-what-tenant = tenant
diff-what-sign-in-url = sign-in URL
diff-what-logout-url = logout URL
diff-new-has-errors = The new file has errors of its own (see its findings): fix those before uploading it.
diff-other-app = The two files belong to different Entra apps or tenants: check that the new file is the Federation Metadata XML of the app TOPdesk uses.
diff-new-signer = Entra now signs with certificate { $thumbprint }, which the file TOPdesk has does not list: logins fail until you upload the new file to TOPdesk. Do it now.
diff-new-cert-announced = Entra lists a new certificate, { $thumbprint }, that does not sign yet. Upload the new file to TOPdesk before you make certificate { $thumbprint } active in Entra.
diff-urls-changed = The sign-in or logout address changed: upload the new file to TOPdesk.
diff-old-cert-removed = Only a retired certificate was removed; uploading the new file keeps TOPdesk tidy, but nothing breaks without it.
diff-nothing-changed = Nothing that matters changed.

## fetch: downloading metadata from its address (one line each; the address is said by the caller)

# $time: HH:MM (UTC).
fetch-origin = fetched from { $url } at { $date } { $time } UTC
# $why: what is wrong with the address (fetch-no-… below, or the HTTP library's English words).
fetch-not-a-url = it is not a web address ({ $why }); type or paste the full https:// address
fetch-no-scheme = no https:// at the start
fetch-no-host = no host name
fetch-insecure = plain http:// is refused: anyone on the way could change the file; use the https:// address
fetch-scheme = only https:// addresses can be fetched, not { $scheme }://
fetch-entra-without-appid = this is the tenant-wide federation metadata (the address has no appid parameter): it lists the tenant's certificates, not your app's. Copy the App Federation Metadata Url from the Entra app's Single sign-on page
fetch-host-not-found = the host { $host } cannot be found: no network, or a typo in the address
fetch-unreachable = the server cannot be reached ({ $why }): no network, a firewall, or a proxy is needed (set HTTPS_PROXY)
fetch-connection-refused = connection refused
fetch-no-connection = no connection
fetch-timeout = no answer within { $seconds } s: a slow network, or a proxy is needed (set HTTPS_PROXY)
fetch-tls = the secure connection failed: { $why }
fetch-tls-unknown-issuer = the server's certificate is not from a trusted authority (unknown issuer); behind a TLS-inspecting proxy, install its root in the system's trust store or point SSL_CERT_FILE at it
fetch-tls-wrong-host = the server's certificate is for another host name
fetch-tls-expired = the server's certificate has expired
fetch-tls-not-yet-valid = the server's certificate is not valid yet (check this computer's clock)
fetch-tls-revoked = the server's certificate has been revoked
fetch-tls-damaged = the server's certificate is damaged
fetch-tls-refused = the server's certificate was refused ({ $why })
fetch-proxy = the proxy failed ({ $why }); check HTTPS_PROXY or the system proxy settings
fetch-proxy-invalid = the proxy address is not valid
# $var: the environment variable (HTTPS_PROXY, ALL_PROXY, HTTP_PROXY or lower case).
fetch-proxy-variable-invalid = { $var } is not a proxy address (http://host:port); correct or unset it
fetch-proxy-variable-socks = { $var } names a SOCKS proxy, which this program cannot use; name an HTTP proxy (http://host:port) there, or download the file
# $why: fetch-roots-unusable below.
fetch-roots = the certificates to trust cannot be loaded: { $why }; correct or unset that variable
# $var: SSL_CERT_FILE or SSL_CERT_DIR; $why: file-… ("it cannot be opened (…)") or fetch-roots-none.
fetch-roots-unusable = { $var } is { $path }, but { $why }
fetch-roots-none = it holds no PEM certificate (-----BEGIN CERTIFICATE-----)
fetch-idp-not-microsoft = This Entra metadata was served by { $host } ({ $url }), which is not a Microsoft sign-in host: whoever runs that server could have made or changed the file.
fetch-idp-not-microsoft-fix = Fetch the App Federation Metadata Url from the Entra app's Single sign-on page (it is on a Microsoft sign-in host such as login.microsoftonline.com), or compare the signing certificate's thumbprint with the Entra app's SAML Certificates page before you use the file.
fetch-redirect-to-http = a redirect led to a plain http:// address ({ $url }), which is refused: the file could be changed on the way
fetch-too-many-redirects = more than { $max } redirects: the address loops or leads to a sign-in page
fetch-topdesk-not-hosted = the server answered 404 (not found): this TOPdesk configuration does not host its metadata — tick Host TOPdesk metadata or download it
# $status: the HTTP status code; $what: fetch-status-… below.
fetch-status = the server answered { $status } ({ $what })
fetch-status-refused = access refused: this address needs a sign-in; download the file instead
fetch-status-not-found = not found: the address is wrong or no longer exists
fetch-status-too-many = too many requests: try again in a minute
fetch-status-server = the server has a problem: try again later, or download the file
fetch-status-other = not the file: check the address, or download the file
fetch-html = the address returned a web page (probably a sign-in page), not metadata: use the metadata's own address, or download the file
fetch-empty = the server sent nothing
fetch-cancelled = the fetch was cancelled
fetch-other = the fetch failed ({ $why })

## text, file: reading the admin's files (messages saying "it …" follow the file's name)

text-empty = the file is empty
text-too-large = the file is { $size } bytes, above the { $mib } MiB limit
# $encoding: text, UTF-8 or UTF-16; $offset: a byte position.
text-binary = the file is not text: binary data (not { $encoding ->
        [text] text
       *[other] { $encoding }
    }) at byte { $offset }
# $error: the operating system's own words.
file-cannot-open = it cannot be opened ({ $error })
file-folder = it is a folder; choose the files inside it
file-not-a-file = it is not a regular file (a device, pipe or socket); save its content to a file first
file-too-large = it is larger than the { $mib } MiB limit
file-cannot-read = it cannot be read ({ $error })

## inspect: what a file is, in one line

inspect-idp-metadata = Identity provider (Entra) federation metadata for { $entity_id }
inspect-sp-metadata = Service provider (TOPdesk) metadata for { $entity_id }
inspect-aggregate = Metadata aggregate of { $count ->
        [one] { $count } entity
       *[other] { $count } entities
    }
inspect-other-metadata = SAML metadata with neither an identity provider nor a service provider role ({ $entity_id })
inspect-no-entity-id = no entityID
inspect-other-xml = XML, but not SAML metadata (root element { $root })
# $encoding: DER, PEM or base64 (without a PEM header).
inspect-certificates = { $count ->
        [one] { $count } X.509 certificate
       *[other] { $count } X.509 certificates
    } ({ $encoding ->
        [DER] DER
        [PEM] PEM
       *[other] base64 without PEM header
    })
# $details: inspect-key or inspect-key-locked.
inspect-private-key = Private key ({ $details })
inspect-pkcs12 = PKCS#12 bundle (.pfx/.p12): { $details }
# $format: PNG, JPEG, GIF or ICO.
inspect-image = { $format } image
inspect-unreadable = Cannot be read: { $reason }
inspect-unknown = Not a file this assistant knows (not metadata, a certificate, a key or an image)
inspect-cert-unreadable = a certificate in the file is not a readable X.509 certificate
# $format: the key file's format (a name from the keys catalogue).
inspect-key-locked = { $format }, password-protected
inspect-key-bits = { $bits } bits
# $algorithm: RSA, EC…; $size: inspect-key-bits or ?; $encrypted: yes or no; $certificates: how many are stored with the key.
inspect-key = { $algorithm } { $size }, { $format }{ $encrypted ->
        [yes] , password-protected
       *[no] {""}
    }{ $certificates ->
        [0] {""}
        [one] , with { $certificates } certificate
       *[other] , with { $certificates } certificates
    }

## core: a caught internal error; findings: severities shown to people

# $detail: the program's own English words, or core-panic-no-details.
core-panic = internal error while working on this input ({ $detail }); nothing was changed — please report this with the file if you can share it
core-panic-no-details = no details
findings-severity-error = error
findings-severity-warning = warning
findings-severity-info = info

## graph: the Entra app through Microsoft Graph (entra check/apply/create)

graph-cloud-unknown = { $cloud } is not a cloud this program knows: use global, usgov or china
graph-address-refused = { $option } cannot be used: { $why }
graph-network = Microsoft Graph or the sign-in service cannot be reached ({ $what }): { $why }
# $what: method and path; $status: 401 or 403; $code and $message: Graph's own error.
graph-refused = { $status ->
    [401] Microsoft Graph did not accept the token for { $what } ({ $code }: { $message }): it has expired or is not for Microsoft Graph (az: --resource-type ms-graph). The account needs the delegated permission { $permission } and the role { $role } (or Application Administrator, or owning the app)
   *[other] Microsoft Graph refused { $what } ({ $status } { $code }: { $message }): the signed-in account needs the delegated permission { $permission } and the role { $role } (or Application Administrator, or owning the app)
}
graph-status = Microsoft Graph answered { $status } to { $what } ({ $code }: { $message })
graph-throttled = Microsoft Graph keeps refusing { $what } as too many requests (Retry-After { $seconds } s): try again in a few minutes
graph-too-many-pages = { $what } has more than { $max } pages: the listing was stopped there
graph-foreign-link = Microsoft Graph's next page points away from Graph ({ $url }): the token is not sent there
graph-bad-answer = Microsoft Graph's answer to { $what } cannot be read ({ $why })
graph-token-env = the environment variable { $var } holds no access token (for example: { $var }=$(az account get-access-token --resource-type ms-graph --query accessToken -o tsv))
graph-sign-in = sign-in failed ({ $error }): { $description }
graph-device-code-expired = the sign-in code expired before anyone signed in: run the command again and sign in within the time shown
graph-not-replicated = the new app was still not readable after { $seconds } s ({ $what }): Entra is slow to replicate; run entra apply in a few minutes

## entra checks: the live Entra app against TOPdesk's metadata

entra-app-none = No Entra app has TOPdesk's Identifier { $identifier } among its names.
entra-app-none-fix = Create the app from the gallery (topdesk-sso entra create), or give its application id with --app; the Identifier in Entra must be exactly TOPdesk's, with no trailing slash added.
entra-app-no-id = No Entra app has the application id { $app_id }.
entra-app-no-id-fix = Copy the Application ID from the enterprise app's Overview page in Entra, or leave out --app to find the app by TOPdesk's Identifier.
entra-sso-mode = The Entra app's single sign-on mode is "{ $entra }", not SAML.
entra-sso-mode-fix = Choose SAML under Single sign-on in the Entra app (topdesk-sso entra apply sets it first).
entra-identifier = The Entra app's Identifiers ({ $entra }) do not include TOPdesk's Identifier { $expected }: logins fail with AADSTS700016.
entra-identifier-old = The Entra app's Identifiers ({ $entra }) do not include TOPdesk's Identifier { $expected }; { $old } is the old tutorial's wrong pattern. Logins fail with AADSTS700016.
entra-identifier-fix = Set the Identifier (Entity ID) to { $expected } in Basic SAML Configuration, or run topdesk-sso entra apply.
entra-reply-url = The Entra app's Reply URLs ({ $entra }) do not include TOPdesk's Reply URL { $expected }: logins fail with AADSTS50011.
entra-reply-url-old = The Entra app's Reply URLs ({ $entra }) do not include TOPdesk's Reply URL { $expected }; { $old } is the old tutorial's wrong pattern. Logins fail with AADSTS50011.
entra-reply-url-fix = Add the Reply URL { $expected } in Basic SAML Configuration, or run topdesk-sso entra apply.
entra-sign-on-url-empty = The Entra app has no Sign on URL: the TOPdesk tile in My Apps will not work.
entra-sign-on-url = The Entra app's Sign on URL is { $entra }, TOPdesk's is { $expected }.
entra-sign-on-url-fix = Set the Sign on URL to { $expected } in Basic SAML Configuration, or run topdesk-sso entra apply.
entra-signing-cert-none = The Entra app has no SAML signing certificate.
entra-signing-cert-none-fix = Add one under SAML Certificates in the Entra app and make it active, then give TOPdesk the app's Federation Metadata XML.
entra-signing-cert = Entra signs with the certificate { $thumbprint }, which the Entra metadata TOPdesk has does not list ({ $listed }): every login fails until TOPdesk gets the new metadata.
entra-signing-cert-fix = Give TOPdesk the app's current Federation Metadata XML (or link it by URL), or make the previous certificate active again in Entra.
entra-signing-cert-rollover = The Entra app holds a newer signing certificate { $thumbprint } that is not active yet.
entra-signing-cert-rollover-fix = Before you make it active, give TOPdesk metadata that lists it (the app's Federation Metadata XML lists both).
entra-encryption-cert = Entra encrypts tokens with the certificate { $entra }, not TOPdesk's certificate { $expected }: TOPdesk cannot decrypt the login.
entra-encryption-cert-unknown = The Entra app's token encryption key { $entra } names none of its certificates.
entra-encryption-cert-fix = Upload TOPdesk's certificate as the token encryption key (topdesk-sso entra apply --encrypt), or turn token encryption off in the Entra app.
entra-encryption-cert-unchecked = Entra encrypts tokens with the certificate { $entra }; TOPdesk's certificate is not known here.
entra-encryption-cert-unchecked-fix = Give TOPdesk's certificate with --cert to compare it.
entra-assignment-none = Assignment is required and nobody is assigned to the Entra app: every login fails with AADSTS50105.
entra-assignment-fix = In Entra, open Enterprise applications, the app, Users and groups, and add the users or groups (members of nested groups are not counted).
entra-assignment-not-required = Assignment is not required: every user of the tenant can sign in to TOPdesk.
entra-assignment-not-required-fix = If only some people should, set Assignment required to Yes under Properties and assign them.
entra-notification-email = The Entra app has no notification email address: nobody hears that its signing certificate is about to expire.
entra-notification-email-fix = Add an address under SAML Certificates, Notification Email, in the Entra app.

## entra plan: why each write is made

entra-plan-sso-mode = single sign-on mode SAML, first: Graph refuses an Identifier on another domain for a non-SAML app
entra-plan-identifier = add TOPdesk's Identifier { $added }
entra-plan-identifier-old = add TOPdesk's Identifier { $added }; remove the old tutorial's { $removed }
entra-plan-reply-url = add TOPdesk's Reply URL { $added }
entra-plan-reply-url-old = add TOPdesk's Reply URL { $added }; remove the old tutorial's { $removed }
entra-plan-sign-on-url = Sign on URL { $url }, so that the My Apps tile works
entra-plan-key-credentials = upload TOPdesk's certificate { $thumbprint } for token encryption; { $kept ->
    [0] there are no existing certificates to keep
    [one] the existing certificate is sent back unchanged (this write replaces the whole list)
   *[other] the { $kept } existing certificates are sent back unchanged (this write replaces the whole list)
}
entra-plan-encryption-key = encrypt tokens with TOPdesk's certificate { $thumbprint }
entra-plan-instantiate = create the app "{ $name }" from the gallery template
entra-plan-signing-cert = add the app's first SAML signing certificate (3 years)
entra-plan-signing-cert-active = make that certificate active (a new app has none to switch from)
