# The wizard's state machine (src/wizard): step titles, zone names, notices, step verdicts,
# what the export still needs, the timeline's labels and the Test login step's table.
# Placeholders ({ $name }) are filled in by the program; keep them as they are.

## Steps (src/wizard/mod.rs): shown in a narrow step list, keep them short

wizard-step-start = Start
wizard-step-entra = Entra metadata
wizard-step-topdesk = TOPdesk metadata
wizard-step-key-pair = Certificate and key
wizard-step-login-page = Login page
wizard-step-review = Review and export
wizard-step-test-login = Test login

## Zones for files (src/wizard/mod.rs)

wizard-slot-idp = Entra federation metadata
wizard-slot-key = TOPdesk private key
wizard-slot-logo = logo
# What a file is, after "is" ({ $what } below).
wizard-slot-what-idp = Entra federation metadata
wizard-slot-what-sp = TOPdesk SP metadata
wizard-slot-what-cert = a certificate
wizard-slot-what-key = a private key
wizard-what-capture = a captured login
wizard-slot-what-logo = an image (a logo)

## Where a loaded file went (src/wizard/mod.rs)

# $target: the zone it was dropped on; $what: wizard-slot-what-*; $step: a step title.
wizard-load-not-the-target = { $name } is not the { $target ->
        [idp] Entra federation metadata
        [sp] TOPdesk SP metadata
        [cert] TOPdesk certificate
        [key] TOPdesk private key
       *[logo] logo
    } but { $what }: it was put in step { $number }, { $step }.
wizard-load-put-in-step = { $name } is { $what }: it was put in step { $number }, { $step }.
wizard-load-own-key-wins = { $name } holds its own private key, so that one is used; { $old } was taken out of the key slot (load it again to use it instead).
wizard-load-rejected = { $name } cannot be used: { $reason }
wizard-cannot-read = { $name } cannot be read: { $reason }

## Fetching and comparing metadata (src/wizard/mod.rs, src/wizard/jobs.rs)

wizard-fetch-failed = { $url } cannot be fetched: { $reason }.
wizard-fetch-for-step = Fetching { $url } for step { $number }, { $step }.
wizard-fetch-cancelled = Fetching { $url } was cancelled; nothing was changed.
wizard-fetch-done-into-step = { $url } was fetched into step { $number }, { $step }.
wizard-compare-fetch-failed = { $url } cannot be fetched: { $reason }
wizard-compare-loaded-file = the loaded file
wizard-compare-not-entra = { $other } is not Entra federation metadata

## Why a file cannot be used (src/wizard/jobs.rs): after "… cannot be used: "

wizard-route-other-metadata = { $description }. Use the Federation Metadata XML from Entra or the SP metadata from TOPdesk.
wizard-route-not-xml-idp = it is not XML. This zone takes the Federation Metadata XML downloaded from the Entra app (a logo goes on the Login page step).
wizard-route-not-xml-sp = it is not XML. This zone takes the SP metadata XML downloaded from TOPdesk (a logo goes on the Login page step).
wizard-route-unknown = it is not metadata, a certificate, a key or an image this assistant knows.

## A new key pair (src/wizard/mod.rs, src/wizard/jobs.rs)

wizard-keygen-no-host = Type the TOPdesk host name, such as acme.topdesk.net, to generate a key pair.
wizard-keygen-replace-ask = A certificate and key that belong together are loaded. Generating makes a new pair and puts it in their place (the files themselves are not changed): click “Generate and replace” to go on.
wizard-keygen-cert-description = Generated: RSA-{ $bits }, valid { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
wizard-keygen-key-description = Generated: unencrypted PKCS#8
wizard-keygen-failed = the key pair could not be generated ({ $reason })

## What a step still needs (src/wizard/verdict.rs)

wizard-ready-load-idp = Load the Entra federation metadata first.
wizard-ready-idp-unusable = The Entra file cannot be used yet; see the messages above.
wizard-ready-load-sp = Load the TOPdesk SP metadata first.
wizard-ready-sp-unusable = The TOPdesk file gives no Reply URL yet; see the messages above.
wizard-ready-password = Type the password of the { $slot ->
        [cert] certificate file
       *[key] key file
    } first.
wizard-ready-reading = Reading the files…
wizard-ready-checking-pair = Checking the key pair…
wizard-ready-pair-mismatch = The key does not belong to the certificate.
wizard-ready-load-pair = Load the TOPdesk certificate and its private key, or generate a new pair.
wizard-ready-display-name = Type the display name for the login button.
wizard-ready-user-attribute = Choose the user name attribute.

## Exporting (src/wizard/verdict.rs, src/wizard/export.rs, src/wizard/jobs.rs)

# $step: a step title; $reason: what it still needs.
wizard-export-step-not-ready = { $step }: { $reason }
# $message: the first error's message.
wizard-export-errors-stand = { $count ->
        [one] An error stands
       *[other] { $count } errors stand; the first
    }: { $message }
wizard-export-pair-unproven = The key pair has not been proven yet.
wizard-export-no-cert = there is no TOPdesk certificate to export
# What the bundle holds, in one line; $has_logo is yes or no.
wizard-export-holds = Entra metadata { $idp }, TOPdesk certificate { $cert } and its key, display name "{ $display_name }", { $has_logo ->
        [yes] logo { $logo }
       *[no] no logo
    }

## Step verdicts (src/wizard/verdict.rs)

wizard-verdict-start = TOPdesk section: { $section }.
wizard-verdict-entra-ready = This is your Entra app's federation metadata.
wizard-verdict-topdesk-ready = TOPdesk's metadata gives the three values for Entra.
wizard-verdict-login-page-ready = TOPdesk's login button will say "{ $display_name }".
# $message: the worst finding's message.
wizard-verdict-manipulated = This file was manipulated: do not use it. Download it again from Entra; what was found is below.
wizard-verdict-and-more = { $message } (and { $count } more below)
wizard-verdict-the-file = the file
wizard-verdict-password-needed = { $name } is protected by a password: type it below.
wizard-verdict-password-wrong = That password does not open { $name }. Try again.
wizard-verdict-pair-match = The certificate and the key belong together.
wizard-verdict-load-key-too = Load the private key too.
wizard-verdict-load-cert-too = Load the certificate too.
wizard-verdict-exported = Exported to { $path }.
wizard-verdict-export-outdated = Changed since the last export ({ $path }): export again.
wizard-verdict-export-ready = Ready to export.
wizard-verdict-export-not-ready = Not ready to export. { $reason }

## Expiry timeline (src/wizard/timeline.rs): $thumbprint is the thumbprint's start

wizard-timeline-entra-cert = { $active ->
        [yes] Entra certificate { $thumbprint }… (active)
       *[no] Entra certificate { $thumbprint }…
    }
# validUntil is the metadata's attribute name: keep it.
wizard-timeline-valid-until = Entra metadata validUntil
wizard-timeline-topdesk-cert = TOPdesk certificate { $thumbprint }…

## Test login (src/wizard/test_login.rs)

wizard-login-capture-description = Captured login, { $size ->
        [one] { $size } byte
       *[other] { $size } bytes
    }
wizard-login-either = either
wizard-login-no-error = no error
# The table's check names; Issuer, ACS URL, Destination, Audience, Recipient, InResponseTo and
# NameID are SAML's own names and stay as they are.
wizard-login-check-signed = Signed
wizard-login-check-entra-error = Entra error
wizard-login-check-status = Status
wizard-login-check-signature = Signature
wizard-login-check-valid = Valid
wizard-login-check-user = User name
# The signature received: its status, what it covers, and (a thumbprint) who signed it.
wizard-login-signature = { $status ->
        [valid] valid
        [invalid] invalid
       *[absent] absent
    }{ $signed ->
        [response] : response
        [assertion] : assertion
        [both] : both
       *[none] {""}
    }{ $signed_by ->
        [none] {""}
       *[other] , by { $signed_by }
    }
wizard-login-signed-by-active = assertion signed by { $thumbprint }
wizard-login-signed-assertion = a signed assertion
wizard-login-validity = { $not_before } to { $not_on_or_after }
wizard-login-validity-expected = includes the time of the login
wizard-login-user-expected = the person's TOPdesk login name
# Muted after a value received that no valid signature covers, or whose signature does not verify.
wizard-login-not-signed = not signed
wizard-login-unverified = unverified: its signature does not verify
wizard-login-verdict-idle = Drop, open or paste a captured login to see whether TOPdesk would accept it.
wizard-login-verdict-reading = Reading the capture…
wizard-login-verdict-accepted = TOPdesk would accept this login.
# $fix: the setting to change, from the finding behind the verdict (explained below it).
wizard-login-verdict-entra-refused = Entra refused: { $fix }
wizard-login-verdict-refused = TOPdesk would refuse: { $fix }
wizard-login-verdict-no-response = No response in this capture: capture the whole login, up to TOPdesk's page.
# The large headline over a judged capture (the verdict line above says what to change).
wizard-login-headline-entra-refused = Entra refused
wizard-login-headline-refused = TOPdesk would refuse
wizard-login-headline-unreadable = The capture cannot be read
wizard-login-headline-no-response = No response in this capture
# A check row's expected value when nothing is expected (the value is shown, not compared).
wizard-login-not-compared = (not compared)
wizard-reminders-in-bundle = The exported bundle already holds the reminders: { $file } in { $bundle }. Import that file into your calendar.
wizard-login-not-checked = not checked: load { $slot ->
        [idp] the Entra federation metadata (step 2)
       *[sp] the TOPdesk metadata (step 3)
    }
wizard-login-check-encryption = Encryption
wizard-login-encrypted = { $decrypted ->
        [yes] encrypted for TOPdesk; decrypted here with TOPdesk's private key (it never leaves this computer)
       *[no] encrypted for TOPdesk; not decrypted: load TOPdesk's private key in step 4
    }
wizard-login-encryption-expected = TOPdesk's private key opens it

## Check in Entra (wizard/entra_live.rs)
wizard-entra-verdict-no-app = No Entra app has TOPdesk's Identifier: add "TOPdesk - Secure" or "TOPdesk - Public" from the gallery under Enterprise applications (or run topdesk-sso entra create), then check again.
wizard-entra-verdict-errors = { $count ->
        [one] One setting in Entra is not what TOPdesk expects: logins fail until it is set right.
       *[other] { $count } settings in Entra are not what TOPdesk expects: logins fail until they are set right.
    }
wizard-entra-verdict-warnings = Logins can work; { $count ->
        [one] one setting deserves a look.
       *[other] { $count } settings deserve a look.
    }
wizard-entra-verdict-ok = Entra is set up as TOPdesk expects.
wizard-entra-no-client-id = Type the Application (client) ID of your own public client app first.
wizard-entra-no-sp = Load TOPdesk's SP metadata first: it says what Entra should hold.
wizard-entra-outdated = TOPdesk's values changed since this check (another metadata file or section): check again before applying.
wizard-entra-no-browser = The browser could not be opened: { $why }
wizard-entra-failed-register = { $why }. Register a public client app once: Entra admin center, App registrations, New registration; Redirect URI "Public client/native (mobile & desktop)" http://localhost, and { $redirect } added in the Manifest (replyUrlsWithType); API permissions, Microsoft Graph, delegated: Application.Read.All and Application.ReadWrite.All; grant admin consent. Then type its Application (client) ID here.
