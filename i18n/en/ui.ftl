# The window (src/ui).

## Step list
ui-language = Language

## Starting the window (src/main.rs)
app-opengl-failed = the OpenGL renderer could not start ({ $error }); trying wgpu
app-no-renderer = no renderer could start: OpenGL ({ $opengl }), wgpu ({ $wgpu })
app-no-window = the window could not be opened

## Drop zones and shared widgets (src/ui/widgets.rs)
ui-fetching = Fetching { $address }…
ui-cancel = Cancel
ui-metadata-url = Metadata URL
ui-fetch = Fetch
ui-drop-here = Drop the file here
ui-zone-path = { $title } path
ui-open = Open
ui-open-file = Open file…
ui-paste = Paste
ui-paste-hover = Paste XML or PEM text from the clipboard (Ctrl+V)
ui-remove = Remove
ui-zone-button = { $button } ({ $zone })
ui-copy = Copy
ui-copied = Copied
# The copy button's name for screen readers: "Copy Identifier (Entity ID)".
ui-copy-what = Copy { $what }
ui-copied-what = Copied { $what }
ui-cert-valid = valid
ui-cert-expires-in = { $days ->
        [one] expires in { $days } day
       *[other] expires in { $days } days
    }
ui-cert-expired = expired
ui-cert-not-yet-valid = not yet valid
ui-cert-row-valid = Valid
ui-cert-valid-range = { $from } to { $to }
ui-cert-row-key = Key
ui-cert-key-bits = { $algorithm } { $bits } bits
ui-cert-row-sha1 = Thumbprint (SHA-1)

## Expiry timeline (src/ui/timeline.rs)
timeline-range = { $from } to { $until }
timeline-until = until { $until }
timeline-expired-today = expired today
timeline-expired-ago = expired { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago
timeline-not-yet-valid = not valid yet (starts in { $starts ->
        [one] { $starts } day
       *[other] { $starts } days
    }), { $left ->
        [one] { $left } day
       *[other] { $left } days
    } left
timeline-expires-today = expires today (warning: under { $warning_days ->
        [one] { $warning_days } day
       *[other] { $warning_days } days
    })
timeline-left-warning = { $left ->
        [one] { $left } day
       *[other] { $left } days
    } left (warning: under { $warning_days ->
        [one] { $warning_days } day
       *[other] { $warning_days } days
    })
timeline-left = { $left ->
        [one] { $left } day
       *[other] { $left } days
    } left
# One row as a screen reader hears it: label, dates, state.
timeline-row = { $label }, { $range }, { $status }
timeline-summary = Expiry timeline, today { $today }: { $rows }.
timeline-empty = No dates to show yet.
timeline-today = Today
timeline-legend = warning: { $warning_days ->
        [one] { $warning_days } day
       *[other] { $warning_days } days
    }

## The window: dialogs, clipboard, drops, theme (src/ui/mod.rs, platform.rs, theme.rs)
ui-theme-light = Light
ui-theme-dark = Dark
ui-theme-system = System
ui-filter-metadata = Metadata XML
ui-filter-keys = Certificates and keys
ui-filter-images = Images
ui-filter-capture = HAR, SAML or text
ui-dialog-open-slot = Open the { $what }
ui-dialog-export-folder = Choose the folder to export into
ui-dialog-compare = Open the other version of the Entra federation metadata
ui-dialog-reminders = Save the calendar reminders
ui-dialog-capture = Open a captured login
ui-no-dialog = No file dialog is available on this system (install xdg-desktop-portal or zenity); drag files onto the window instead.
ui-dialog-failed = The file dialog failed; drag files onto the window instead.
# A sentence about a folder, then the folder: "The export folder does not exist…: /home/me/x".
ui-missing-folder = { $missing }: { $path }
ui-export-no-folder = The export folder does not exist; type or choose another one
ui-reminders-no-folder = The export folder does not exist, so the reminders have nowhere to go; type another one
ui-reminders-nothing = No certificate to remind of yet: load the Entra or TOPdesk metadata, or the TOPdesk certificate.
ui-cannot-write = cannot write the file ({ $error }): { $path }
ui-reminders-written = Reminders (alarms 60, 30 and 7 days before each expiry; open the file with your calendar) written to { $path }
ui-reminders-failed = The reminders were not written: { $error }
ui-pasted-text = pasted text
ui-dropped-file = dropped file
ui-clipboard-empty = The clipboard holds no text. Copy the XML or PEM text first, or drop the file.
ui-clipboard-empty-capture = The clipboard holds no text. Copy the SAMLResponse, the URL or the error text first, or drop the file.
ui-drop-unreadable = The dropped file cannot be read: { $error }
ui-folder-gone = The folder cannot be opened: it no longer exists. The bundle is in { $folder }
ui-folder-no-opener = The folder cannot be opened: { $program } is not installed (it opens folders in the desktop's file manager). The bundle is in { $folder }
ui-folder-failed = The folder cannot be opened ({ $error }). The bundle is in { $folder }
ui-browser-failed = The browser cannot be opened ({ $error }). Open this address yourself: { $url }

## Steps (src/ui/steps)
# Copied values (URLs, thumbprints, claim URIs, file names) are placeholders or stay as they are.

# The step list and Back / Next (src/ui/steps/mod.rs)
steps-list-section = Section: { $section }
steps-list-working = Working…
steps-list-theme = Theme
steps-nav-back = Back
steps-nav-next = Next
steps-nav-missing = Still missing for the export: { $why }
steps-nav-error-above = You can go on; the export waits until the error above is fixed.
steps-nav-enter = or press Enter
steps-other-section = This TOPdesk file is for the { $section ->
        [secure] Secure (operators)
       *[public] Public (self-service portal)
    } section.
# $name is TOPdesk's own name of the section: Secure or Public.
steps-switch-section = Switch to { $name }
steps-entities-choose = This file holds { $count } entities: choose the one to use
steps-entities-search = Search
steps-entities-search-hint = part of an entityID
steps-entities-more = … { $count } more: refine the search

# Step 1 (start.rs)
steps-start-intro = This assistant fills in TOPdesk's SAML configuration assistant and Entra's Basic SAML Configuration from two files, checks them, and exports what to upload. Everything stays on this computer.
steps-start-which-section = Which TOPdesk section are you connecting?
steps-start-secure = Secure: operators log in at /tas/secure
steps-start-public = Public: the self-service portal at /tas/public
steps-start-sections-apart = Each section has its own SAML configuration, its own SP metadata and its own Entra app.
steps-start-at-hand = Have these at hand
steps-start-need-entra = Entra federation metadata: Entra admin center > Enterprise applications > your TOPdesk app > Single sign-on > SAML Certificates > Federation Metadata XML (Download).
steps-start-need-sp = TOPdesk SP metadata: TOPdesk > Settings > Login settings > SAML login > your configuration > download the SP metadata (or open its metadata URL).
steps-start-need-pair = TOPdesk's certificate and private key, in any format (PEM, DER, PFX…), or let this assistant generate a new pair.
steps-start-tip = Tip: drop any file anywhere on this window; the assistant recognises it and puts it in the right place.
steps-start-recent = Recent metadata files
steps-start-fetch-again = Fetch this address again

steps-entra-zone-hint = Drop the Federation Metadata XML here, open it, or paste its text.
steps-entra-identifier = Entra identifier
steps-entra-login-url = Login URL
steps-entra-signature-invalid = Signature: invalid (see above).
steps-entra-signature-valid = Signature: valid.
steps-entra-signature-none = Signature: the file is not signed.
steps-entra-signed-by = Signature valid: the file has not been changed since it was signed by certificate { $thumbprint }; { $kind ->
        [app] compare this thumbprint with the one on the Entra app's SAML Certificates page.
        [not-app] this is not an Entra app's metadata, so there is no SAML Certificates page to compare this thumbprint with.
       *[other] compare this thumbprint with the token-signing certificate your identity provider shows.
    }
# What the copy button copies (read out as "Copy thumbprint").
steps-entra-thumbprint = thumbprint
# The tag on the certificate that signs now.
steps-entra-active = active
steps-entra-compare-heading = Compare with another version
steps-entra-compare-hint = Before a certificate rollover: the file TOPdesk has now (or an exported bundle folder, or an https:// address) against the one loaded here.
steps-entra-compare-dialog = Compare with another version…
steps-entra-other-version = Other version
steps-entra-compare-field-hint = file path or https://…
steps-entra-compare = Compare
steps-entra-comparing = Comparing…
steps-entra-close-comparison = Close comparison
steps-entra-other-version-from = Other version: { $from }
steps-entra-col-certificate = Signing certificate
steps-entra-col-here = Loaded here
steps-entra-col-signs = Signs
steps-entra-col-until = Valid until
steps-entra-col-changed = Changed
steps-entra-listed = listed
steps-entra-added = added
steps-entra-removed = removed
steps-entra-signs = signs

steps-topdesk-zone-hint = Drop TOPdesk's SP metadata XML here, open it, or paste its text.
steps-topdesk-where = Entra > your TOPdesk app > Single sign-on > Basic SAML Configuration
steps-topdesk-section-in-file = TOPdesk section in this file: { $section }
steps-topdesk-copy-all = Copy all
steps-topdesk-leave-empty = Relay State and Logout Url: leave empty.

# Step 4 (keypair.rs)
steps-keypair-intro = TOPdesk's "Certificate (RSA)" and "Private key" are the TOPdesk server's own pair, not Entra's certificate. One PFX or PEM file holding both is fine.
steps-keypair-cert-zone = Certificate
steps-keypair-cert-hint = Drop the TOPdesk certificate (PEM, CER, DER, PFX).
steps-keypair-key-hint = Drop the private key (PEM, DER, PKCS#8, PKCS#1, PFX).
steps-keypair-cert-is-entra = This is Entra's certificate. Microsoft's tutorial says to put it here, but Entra keeps its private key: no key you have will ever match it. Use TOPdesk's own certificate and key, or click "Generate new key pair…" above.
steps-keypair-password = Password
steps-keypair-unlock = Unlock
steps-keypair-password-note = The password opens this one file and is forgotten when the file is removed or replaced; it is never stored.
steps-keypair-generate-header = Generate new key pair…
steps-keypair-generate-intro = Makes a new RSA key and a self-signed certificate for the TOPdesk server. Upload both in TOPdesk (replacing its current pair), then give Entra TOPdesk's new SP metadata if assertions are encrypted.
steps-keypair-host = TOPdesk host name
steps-keypair-key-size = Key size
steps-keypair-bits = { $bits } bits
steps-keypair-valid-days = Valid for (days)
steps-keypair-days-range = 1 to 3650
steps-keypair-generate = Generate
steps-keypair-generate-replace = Generate and replace
steps-keypair-generating = Generating…
steps-keypair-generated = Generated and loaded above

# Step 5 (login.rs)
steps-login-display-name = Display name (text on TOPdesk's login button)
steps-login-attr-email = Email address (default): Entra sends user.mail; every TOPdesk person needs the same address, and user.mail must not be empty.
steps-login-attr-upn = User principal name: Entra sends user.userprincipalname; TOPdesk login names must equal the UPN.
steps-login-attr-oid = Object ID: a GUID that never changes; TOPdesk needs it stored per person.
steps-login-attr-nameid = Name ID: whatever Entra's Unique User Identifier is set to (user.userprincipalname by default).
steps-login-logo-zone = Logo icon (optional)
steps-login-logo-hint = Drop a PNG, JPEG, GIF or ICO image (up to 1024×1024, 1 MiB).
steps-login-logo-preview = Logo preview

# Step 6 (review.rs)
steps-review-empty = Load the files first; their findings and dates appear here.
steps-review-errors = Errors: fix these before exporting ({ $count })
steps-review-warnings = Warnings ({ $count })
steps-review-notes = Notes ({ $count })
steps-review-timeline = Expiry timeline
steps-review-export = Export
steps-review-export-intro = Writes a new folder (or zip) with exactly the files and values TOPdesk's dialog asks for, and SETTINGS.txt saying what goes where.
steps-review-export-folder = Export folder
steps-review-choose = Choose…
steps-review-zip = As one .zip file
steps-review-export-bundle = Export bundle
steps-review-reminders = Add reminders to calendar…
steps-review-reminders-hover = A calendar file with each certificate's expiry day, alarms 60, 30 and 7 days before.
steps-review-not-yet = Export is not possible yet: { $why }
steps-review-exported = Exported to { $path }
steps-review-stale = Changed since the last export: { $path } holds the earlier files. Export again.
steps-review-holds = It holds: { $holds }.
steps-review-open-folder = Open folder
steps-review-failed = Export failed: { $error }

# Step 7 (test_login.rs)
steps-test-how-heading = How to capture a login
steps-test-how-devtools-name = Browser DevTools
steps-test-how-devtools = F12 > Network, tick Preserve log, log in from TOPdesk. Copy the SAMLResponse of the POST to …/login/verify (Payload), or the address-bar URL of Entra's page, or right-click > Save all as HAR.
steps-test-how-tracer-name = SAML-tracer
steps-test-how-tracer = The browser add-on: select the SAML message and copy its base64 value, or export.
steps-test-how-entra-name = Entra's Test blade
steps-test-how-entra = Enterprise application > Single sign-on > Test: download the SAML response, or copy the error text with its AADSTS code.
steps-test-privacy = Everything stays on this computer: an encrypted assertion is read with the TOPdesk key of step 4, and nothing decrypted is written.
steps-test-messages = { $count } messages in this capture
steps-test-response = { $number }. Response { $id }
steps-test-request = { $number }. Request { $id }
steps-test-entra-error = { $number }. Entra error AADSTS{ $code }
steps-test-zone = Captured login
steps-test-zone-hint = Drop a HAR file or a saved SAML response, or paste a SAMLResponse, the address-bar URL of Entra's page, or its error text.
steps-test-col-check = Check
steps-test-col-received = Received
steps-test-col-expected = Expected
# What a row's copy button copies (read out as "Copy expected ACS URL"); $check is the row's name.
steps-test-copy-expected = expected { $check }
steps-test-xml = Decoded XML
# What the copy button copies (read out as "Copy decoded XML").
steps-test-copy-xml = decoded XML
steps-demo-banner = Sample files: made-up files that show a whole run (nothing here is your tenant). Drop your own files to replace them.

# Check in Entra (steps/entra_live.rs), on the TOPdesk and Review steps
steps-entra-live-title = Check in Entra
steps-entra-live-intro = Reads the Entra app through Microsoft Graph after you sign in in your browser, and compares it with TOPdesk's values. Nothing is written without your confirmation. The sign-in is kept in memory only, until this window closes.
steps-entra-live-client-id = Application (client) ID
steps-entra-live-client-id-hint = Of your own public client app, registered once (not a secret; remembered).
steps-entra-live-check = Check in Entra
steps-entra-live-check-again = Check again
steps-entra-live-signing-in = Waiting for you to sign in in the browser…
steps-entra-live-reading = Reading the app in Entra…
steps-entra-live-applying = Writing the changes, then reading the app back…
steps-entra-live-cancel = Cancel
steps-entra-live-app = { $name } · Application ID { $app_id }
steps-entra-live-col-field = Field
steps-entra-live-col-entra = In Entra now
steps-entra-live-col-expected = Should be
steps-entra-live-col-status = Status
steps-entra-live-status = { $status ->
        [ok] OK
        [mismatch] differs
        [missing] missing
       *[info] note
    }
steps-entra-live-field = { $code ->
        [entra-app] App
        [entra-sso-mode] Single sign-on mode
        [entra-identifier] Identifier (Entity ID)
        [entra-reply-url] Reply URL (Assertion Consumer Service URL)
        [entra-sign-on-url] Sign on URL
        [entra-signing-cert] SAML Signing Certificate
        [entra-encryption-cert] Token encryption
        [entra-assignment] Users and groups
       *[other] Notification Email
    }
steps-entra-live-apply = { $count ->
        [one] Apply 1 change…
       *[other] Apply { $count } changes…
    }
steps-entra-live-confirm-title = These writes go to Microsoft Graph, in this order:
steps-entra-live-confirm = { $count ->
        [one] Apply 1 change
       *[other] Apply { $count } changes
    }
steps-entra-live-confirm-note = Nothing else is changed: no certificate is switched, nobody is assigned, nothing is deleted.
steps-entra-live-applied = { $count ->
        [one] 1 change written. The app as read back:
       *[other] { $count } changes written. The app as read back:
    }
steps-entra-live-stopped = Stopped after { $done } of { $count } changes: { $why }
steps-entra-live-nothing = Nothing to change.
steps-test-judge-at-capture = Judge as of the capture’s time
steps-test-judged-at = Judged as of { $moment }, the time of the capture.
steps-test-judge-by-clock = Judge by this computer’s clock
