# cli: the topdesk-sso command line (src/cli). Text output only: --json stays English.
# Command-line options (--idp, --password-env …), file names, codes and URLs are never translated.

## Program, languages, errors (src/cli/mod.rs)

cli-error-line = topdesk-sso: error: { $message }
cli-lang-unknown = topdesk-sso: error: unknown language '{ $value }' for --lang: use en, nl or de
cli-bits-invalid = use 2048, 3072 or 4096
cli-now-invalid = not an RFC 3339 date-time ({ $reason })

## Help (src/cli/help.rs): clap's headings, the commands and their options

cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-options = Options
cli-help-arguments = Arguments
cli-help-help = Print help
cli-help-version = Print version
cli-help-subcommand = Print this message or the help of the given subcommand(s)
cli-about = Connect TOPdesk to Microsoft Entra ID single sign-on: derive the Entra values, check the metadata and the key pair, export the bundle TOPdesk asks for.
cli-exit-codes =
    Exit codes: 0 no error-level findings, 1 error-level findings, 2 usage error or unreadable input.

    An https:// address given for --idp or --sp is fetched (the only network use; nothing is sent). Proxies: HTTPS_PROXY/ALL_PROXY/NO_PROXY; extra roots: SSL_CERT_FILE/SSL_CERT_DIR.
cli-exit-codes-diff = Exit codes: 0 nothing needs doing, 1 action needed, 2 usage error or unreadable input.
cli-exit-codes-keygen = Exit codes: 0 written, 2 usage error or the output exists.
cli-exit-codes-diagnose = Exit codes: 0 nothing found would stop the login, 1 an error-level finding stands, 2 usage error or the input cannot be read.
cli-exit-codes-export = Exit codes: 0 written, 1 refused because error-level findings stand, 2 usage error, unreadable input or the output exists.
cli-about-check = Check the Entra metadata, the TOPdesk metadata and the TOPdesk key pair together
cli-about-urls = Print Identifier, Reply URL and Sign on URL for Entra, in Entra's order
cli-about-inspect = Say what any file is (metadata, aggregate, certificate, key, PKCS#12, image) and its details
cli-about-diff = Compare two versions of the Entra federation metadata (the one TOPdesk has, and the one Entra serves now): certificates added, removed and kept, which one signs, changed URLs, and what to do. Either may be an exported bundle folder
cli-about-keygen = Generate a new RSA key pair and self-signed certificate for the TOPdesk server
cli-about-diagnose = Diagnose a failed login: read what the browser captured (a `SAMLResponse`, the address-bar URL of Entra's sign-in or error page, a HAR file, or the text of Entra's error page) and judge every message against the Entra and TOPdesk metadata (and the TOPdesk key, to read an encrypted assertion). Nothing is written; the key never leaves this computer
cli-about-export = Write the folder (or zip) to upload: exactly the files and values TOPdesk's dialog asks for
cli-arg-lang = Language of the text output and help: en, nl or de (default: the system's language; --json is always English)
cli-arg-idp = Entra federation metadata XML (Federation Metadata XML of the enterprise app), a file or its https:// address (the App Federation Metadata Url)
cli-arg-sp = TOPdesk SP metadata XML, a file or its https:// address
cli-arg-section = The TOPdesk section you are configuring
cli-arg-idp-entity = entityID to use when the Entra file is an aggregate
cli-arg-sp-entity = entityID to use when the TOPdesk file is an aggregate
cli-arg-signers = Signer history (JSON, public data): warn when the Entra file is signed by a certificate never seen or announced for this app before; `export` remembers the signer it used
cli-arg-cert = The TOPdesk server certificate (PEM, DER, base64, a combined PEM or a PKCS#12 file)
cli-arg-key = Its private key (PKCS#8/PKCS#1, PEM/DER, encrypted or not, or a PKCS#12 file)
cli-arg-password-env = Read the password of an encrypted key or PKCS#12 file from this environment variable
cli-arg-password-file = Read the password from the first line of this file
cli-arg-ics = Also write calendar reminders (.ics) of the certificates' expiry dates to this new file
cli-arg-export-ics = Also write calendar reminders (.ics) of the certificates' expiry dates to this new file (the bundle holds them too, as reminders.ics)
cli-arg-now = Judge expiry as of this moment (RFC 3339, e.g. 2026-01-31T12:00:00Z) instead of now
cli-arg-json = Print one JSON object instead of text
cli-arg-file = The file to inspect
cli-arg-diff-old = The federation metadata TOPdesk has now (a file, an exported bundle folder, or an https:// address)
cli-arg-diff-new = The federation metadata Entra serves now (a file or its https:// address)
cli-arg-host = The TOPdesk host name, e.g. acme.topdesk.net (the certificate's CN and DNS name)
cli-arg-bits = RSA key size
cli-arg-days = Validity in days (TOPdesk's own button makes 1-year certificates)
cli-arg-keygen-out = Folder to create (must not exist yet)
cli-arg-diagnose-idp = Entra federation metadata XML, a file or its https:// address (its signing certificates are the only ones trusted)
cli-arg-diagnose-sp = TOPdesk SP metadata XML, a file or its https:// address (Identifier and Reply URL)
cli-arg-diagnose-key = The TOPdesk private key (any format `check` reads), to decrypt an encrypted assertion
cli-arg-diagnose-user-attribute = Claim TOPdesk reads the user name from
cli-arg-diagnose-section = The TOPdesk section you log in to
cli-arg-diagnose-input = The capture: a file, or - for standard input
cli-arg-logo = An image for TOPdesk's login page (PNG, JPEG, GIF or ICO)
cli-arg-display-name = Text on TOPdesk's login button
cli-arg-export-user-attribute = Claim that carries the TOPdesk user name
cli-arg-export-out = Folder (or, with --zip, file) to create; it must not exist yet
cli-arg-zip = Write one .zip file instead of a folder

## Reading inputs (src/cli/inputs.rs)

cli-read-failed = { $what ->
        [idp] the Entra metadata
        [sp] the TOPdesk metadata
        [cert] the certificate
        [key] the private key
        [logo] the logo
        [capture] the capture
        [password-file] the password file
       *[file] the file
    }: { $reason }: { $path }
cli-fetch-failed = { $what ->
        [idp] the Entra metadata
       *[sp] the TOPdesk metadata
    } cannot be fetched: { $reason }: { $url }
cli-fetched = { $what ->
        [idp] Entra metadata
        [sp] TOPdesk metadata
        [old] Old metadata
       *[new] New metadata
    } fetched from { $url } at { $date } { $time } UTC
cli-not-metadata = the { $what ->
        [idp] Entra metadata
       *[sp] TOPdesk metadata
    } file is not SAML metadata (it is: { $summary }): { $path }
cli-password-env-unset = the environment variable { $var } (--password-env) is not set
cli-password-file-not-text = the password file is not text: { $path }
cli-password-prompt = Password for { $path }:
cli-password-unreadable = cannot read the password from the terminal ({ $reason })
cli-password-needed = { $reason } (use --password-env VAR or --password-file FILE, or run in a terminal to be asked): { $path }

## Commands (src/cli/commands.rs)

cli-key-owner-only = readable by you only
cli-key-not-protected = NOT protected: this drive keeps no owner-only permissions (FAT/exFAT or a network share?), so keep the file somewhere only you can read
cli-output-exists = the output already exists (nothing was overwritten): { $path }
cli-reminders-nothing = no certificate to remind of: give --idp, --sp or --cert for the reminders (nothing was written)
cli-reminders-written = Calendar reminders (expiry days, alarms 60, 30 and 7 days before) written to { $path }
cli-check-nothing = nothing to check: give --idp FILE, --sp FILE, --cert FILE and/or --key FILE
cli-keygen-bad-host = --host takes a host name such as acme.topdesk.net, not '{ $host }'
cli-keygen-failed = cannot generate the key pair ({ $reason })
cli-keygen-generated = Generated RSA-{ $bits } key pair in { $seconds } s
cli-keygen-certificate = Certificate  CN={ $host }, valid { $from } to { $to }
cli-written-to = Written to { $path }:
cli-keygen-cert-files = certificate (TOPdesk: Certificate (RSA))
cli-keygen-key-file = private key, unencrypted PKCS#8 DER, { $access } (TOPdesk: Private key)
cli-keygen-next = Next: { $command }
cli-export-needs-metadata = export needs both --idp (Entra metadata) and --sp (TOPdesk metadata)
cli-export-needs-pair = export needs the TOPdesk certificate and key: --cert FILE --key FILE (or one PKCS#12 file), or make a pair with 'topdesk-sso keygen'
cli-export-refused = Nothing was written: { $reason }
cli-export-refused-incomplete = the export needs both the TOPdesk certificate and its private key.
cli-export-refused-mismatch = the certificate and the private key do not belong together.
cli-export-refused-errors = error-level findings stand ({ $errors }).
cli-export-written = Bundle written to { $path }:
cli-export-settings = Open SETTINGS.txt there for what goes where, in screen order.
cli-export-key-note = (private key, { $access }; keep it safe)
cli-diff-not-entra = both files must be Entra federation metadata: { $old } and { $new }
cli-stdin-unreadable = the capture cannot be read from standard input ({ $reason })
cli-stdin-too-large = the capture on standard input is over { $mib } MiB
cli-diagnose-unreadable = nothing could be read

## Text output (src/cli/text.rs)

cli-cert-subject = { $subject } ({ $algorithm } { $bits } bits)
cli-cert-validity = valid { $from } to { $to }
cli-cert-sha1 = SHA-1 thumbprint { $thumbprint }
cli-cert-active = active: signed this file
cli-cert-first = first
cli-urls-heading = Entra Basic SAML Configuration
cli-urls-heading-section = Entra Basic SAML Configuration — TOPdesk section { $section }
cli-urls-reply = Reply URL
cli-urls-none = No Entra values: the TOPdesk metadata is missing or unusable (see the findings).
cli-diff-certs = Signing certificates (SAML role)
cli-diff-added = added
cli-diff-removed = removed
cli-diff-kept = kept
cli-diff-cert = { $thumbprint } ({ $label }), valid until { $date }{ $signs ->
        [yes] , signs the file
       *[no] {""}
    }
cli-diff-changed = Changed
cli-report-entity = Entra identifier
cli-report-sso = Login URL (SSO)
cli-report-signature = Signature
cli-report-signature-status = { $status ->
        [valid] valid
        [invalid] INVALID
       *[absent] absent
    }
cli-report-sp-certs = TOPdesk certificates
cli-report-pair-heading = TOPdesk certificate and private key
cli-report-pair = Pair
cli-report-pair-match = MATCH: the certificate and the key belong together
cli-report-pair-mismatch = NO MATCH: the key does not belong to the certificate
cli-report-pair-incomplete = incomplete: give both the certificate and the key
cli-report-key-value = { $algorithm } { $bits } bits, { $format }{ $encrypted ->
        [yes] , password-protected
       *[no] {""}
    }
cli-findings-none = No findings.
cli-findings-group = { $severity ->
        [error] Errors
        [warning] Warnings
       *[info] Notes
    } ({ $count })
cli-inspect-more = … and { $count } more (--json lists them all)
cli-diagnose-accepted = TOPdesk would accept this login.
cli-diagnose-entra-refused = Entra refused: { $reason }
cli-diagnose-refused = TOPdesk would refuse: { $reason }
cli-diagnose-no-response = No response to judge (no error found in what was given).
cli-diagnose-nothing-read = Nothing could be read: { $reason }
cli-diagnose-request = Message { $number }: request { $id }
cli-diagnose-response = Message { $number }: response { $id }
cli-diagnose-entra-error = Message { $number }: Entra error AADSTS{ $code }
cli-diagnose-signed = Signed
cli-diagnose-encrypted = Encrypted
cli-diagnose-signature-status = { $status ->
        [valid] Valid
        [invalid] Invalid
       *[absent] Absent
    }
cli-diagnose-signed-part = ({ $part ->
        [response] response signed
        [assertion] assertion signed
       *[both] both signed
    })
cli-diagnose-signed-by = by { $thumbprint }
cli-diagnose-decrypted = yes, decrypted here
cli-diagnose-not-decrypted = yes, not decrypted
# After a value of a response that no valid signature covers (Entra signs only the assertion by default).
cli-diagnose-not-signed = (not signed)
# After a value under a signature that does not verify.
cli-diagnose-unverified = (unverified: its signature does not verify)
# An AADSTS code nested in the one above it (the last one names the cause).
cli-diagnose-inner-error = carries AADSTS{ $code }

## entra check|apply|create (src/cli/entra.rs)

cli-about-entra = Check the live Entra app against TOPdesk through Microsoft Graph, and set it right
cli-about-entra-check = Read the Entra app through Microsoft Graph and compare it with TOPdesk's metadata (writes nothing)
cli-about-entra-apply = Show the writes that set the Entra app right; with --yes, make them, read the app back and check again
cli-about-entra-create = Create the Entra app from the TOPdesk gallery template, with its first signing certificate and TOPdesk's values (with --yes)
cli-exit-codes-entra-check = Exit codes: 0 all fine (warnings allowed), 1 an error-level difference or no app found, 2 usage, network, sign-in or permission error.
cli-exit-codes-entra-apply = Exit codes: without --yes 0 nothing to do, 1 changes pending (nothing written); with --yes as check after writing: 0 all fine, 1 an error-level difference; 2 usage, network, sign-in or permission error.
cli-arg-tenant = The Entra tenant (id or domain); default: from the Entra metadata's entityID, else from the token
cli-arg-app = The Entra app's application (client) id; default: the app whose names hold TOPdesk's Identifier
cli-arg-token-env = Take a Microsoft Graph access token from this environment variable (for example from az account get-access-token --resource-type ms-graph)
cli-arg-client-id = Sign in with a device code through this public client app (registered once, see the README)
cli-arg-cloud = The Microsoft cloud: global, usgov or china (default: global)
cli-arg-graph-url = Microsoft Graph's address instead of the cloud's (https only; for private clouds and tests)
cli-arg-login-url = The sign-in service's address instead of the cloud's (https only)
cli-arg-encrypt = Also upload TOPdesk's certificate as the token encryption key (the existing certificates are kept)
cli-arg-yes = Make the writes listed (without it, nothing is written)
cli-arg-name = Display name of the new Entra app (default: the gallery template's name)
cli-entra-no-sign-in = say how to sign in: --token-env VAR (a Microsoft Graph access token) or --client-id ID (device-code sign-in)
cli-entra-no-urls = TOPdesk's metadata gives no Identifier and Reply URL to compare with (see the findings of topdesk-sso check --sp): { $sp }
cli-entra-device-code = To sign in, open { $url } and enter the code { $code }
cli-entra-register = Register a public client app once: Entra admin center, App registrations, New registration; Redirect URI "Public client/native (mobile & desktop)" http://localhost; Authentication, Allow public client flows: Yes; API permissions, Microsoft Graph, delegated: Application.Read.All (check) and Application.ReadWrite.All (apply, create); grant admin consent. Then pass its Application (client) ID with --client-id.
cli-entra-blocked = Conditional Access blocks this sign-in (often the device-code flow): take a token from az instead, --token-env VAR with VAR=$(az account get-access-token --resource-type ms-graph --query accessToken -o tsv)
cli-entra-create-global-only = create adds the app's first signing certificate with addTokenSigningCertificate, which Microsoft Graph offers only in the global cloud: create the app in the Entra admin center and run topdesk-sso entra apply
cli-entra-encrypt-no-cert = --encrypt needs TOPdesk's certificate: give --cert, or TOPdesk metadata that lists its encryption certificate
cli-entra-partly-applied = { $done } of the writes listed were made before this error; run the command again to see what is left
cli-entra-exists = an Entra app with TOPdesk's Identifier already exists: { $name } ({ $app_id }); use topdesk-sso entra apply to set it right
cli-entra-no-template = the Entra gallery has no template named "{ $name }": create the app in the Entra admin center (Enterprise applications, New application) and run topdesk-sso entra apply
cli-entra-status = { $status ->
    [ok] ok
    [mismatch] differs
    [missing] missing
   *[info] note
}
cli-entra-app = Entra app: { $name } (application id { $app_id }) in tenant { $tenant }
cli-entra-created = Created: application id { $app_id }; signing certificate { $thumbprint } (give TOPdesk the metadata below)
cli-entra-metadata-url = App Federation Metadata Url: { $url }
cli-entra-values = in Entra: { $entra } · should be: { $expected }
cli-entra-plan = { $count ->
    [one] One write pending (run again with --yes to make it):
   *[other] { $count } writes pending (run again with --yes to make them):
}
cli-entra-plan-empty = Nothing to write.
cli-entra-applied = { $count ->
    [one] One write made:
   *[other] { $count } writes made:
}
