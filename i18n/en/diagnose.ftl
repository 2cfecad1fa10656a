# Diagnosing a failed login (src/core/diagnose): what the browser captured, judged against the
# loaded Entra and TOPdesk metadata. Placeholders ({ $name }) are filled in by the program; URLs,
# IDs, thumbprints, codes and XML names in them are never translated.

## capture: recognising what the admin gave (each text is one clause, shown after "Nothing to diagnose:" and the like)

diagnose-capture-too-many-messages = the capture holds more than { $max } SAML messages; the first { $max } are read
diagnose-capture-har-too-large = the HAR file is { $size } bytes; files over { $max_mib } MiB are not read (save only the login: clear the Network tab, log in, save)
diagnose-capture-base64-too-large = a base64 value of { $size } bytes; values over { $max_kib } KiB are not decoded (Entra's messages are under 100 KB)
diagnose-capture-input-too-large = the input is { $size } bytes; a SAML message, URL or error page is under { $max_kib } KiB (a larger capture must be a HAR file)
diagnose-capture-nothing-found = the input holds no SAML message, HAR file or AADSTS error code
diagnose-capture-message-too-large = a SAML message of { $size } bytes; messages over { $max_kib } KiB are not read (Entra's are under 100 KB)
diagnose-capture-not-base64 = a SAML value is not valid base64 ({ $error })
diagnose-capture-not-utf8 = a decoded SAML message is not UTF-8 text
diagnose-capture-not-deflate = a SAMLRequest is not valid DEFLATE data ({ $error }); copy the whole address-bar URL again
diagnose-capture-inflate-budget = the Redirect-binding requests in this capture inflate to more than { $max_mib } MiB in all; the rest are not read
diagnose-capture-deflate-bomb = a SAMLRequest inflates to more than { $max_kib } KiB (a real one is under 2 KB): refused as a compression bomb
diagnose-capture-har-unreadable = the input starts like JSON but is not a readable HAR file ({ $error })
diagnose-capture-json-not-har = the JSON file is not a HAR file (no log.entries)
diagnose-capture-har-too-many-entries = the HAR file has { $count } entries; the first { $max } are read
diagnose-capture-too-many-fields = a request carries { $count } form fields or URL parameters; the first { $max } are read (a login posts two)

## saml: reading one SAML message, its signatures and its encryption (each text is one clause)

diagnose-saml-doctype = the message declares a DOCTYPE (line { $line }); a SAML message never does, so it is refused for safety
diagnose-saml-not-well-formed = not well-formed XML ({ $error })
diagnose-saml-no-root = the message has no root element
diagnose-saml-assertion-moved = the only assertion is at { $path }, not directly in the Response (a signature-wrapping shape: the signed assertion moved out of its place)
# One place in the list of diagnose-saml-assertions-many.
diagnose-saml-assertion-place = { $path } ({ $signed ->
        [yes] signed
       *[no] unsigned
    })
diagnose-saml-assertions-many = the Response holds { $count } assertions where Entra sends one: { $places } (a signature-wrapping shape: an unsigned assertion beside or around a signed one)
diagnose-saml-too-large-to-verify = the message is too large to verify
diagnose-saml-duplicate-id = the ID '{ $id }' occurs more than once (a signature-wrapping shape)
diagnose-saml-signature-misplaced = a signature sits at { $path }, not on the Response or the assertion read (a signature-wrapping shape)
diagnose-saml-signature-points-elsewhere = the { $what ->
        [response] Response
       *[assertion] assertion
    }'s signature points at '{ $uri }', not at the { $what ->
        [response] Response
       *[assertion] assertion
    } it sits in (a signature-wrapping shape)
diagnose-saml-signature-references = the { $what ->
        [response] Response
       *[assertion] assertion
    }'s signature has { $count ->
        [one] { $count } reference
       *[other] { $count } references
    }; a SAML signature has exactly one
diagnose-saml-signature-refused = the { $what ->
        [response] Response
       *[assertion] assertion
    }'s signature is refused: { $problem }
diagnose-saml-foreign-signer = the { $what ->
        [response] Response
       *[assertion] assertion
    } is signed with certificate { $certificate }, which is not Entra's signing certificate in the loaded federation metadata (a certificate the message carries proves nothing)
diagnose-saml-signature-does-not-verify = the { $what ->
        [response] Response
       *[assertion] assertion
    }'s signature does not verify ({ $reason })
diagnose-saml-no-entra-certificate = the loaded Entra metadata lists no signing certificate to verify with
diagnose-saml-too-many-entra-certificates = the Entra metadata lists too many signing certificates
diagnose-saml-cannot-check = the signatures cannot be checked ({ $error })
# Why one signature does not verify (shown in brackets after diagnose-saml-signature-does-not-verify).
diagnose-saml-verify-several-references = it has more than one reference
diagnose-saml-verify-not-covering = it does not cover the element it sits in
diagnose-saml-verify-no-certificate = the verifier named no certificate
diagnose-saml-encrypted-data-count = the message holds { $count } EncryptedData elements where Entra writes one
diagnose-saml-encrypted-data-misplaced = the encrypted data is not inside the EncryptedAssertion
diagnose-saml-content-algorithm = the assertion is encrypted with '{ $algorithm }'; AES-128/192/256 in CBC or GCM mode is read
diagnose-saml-encryption-element = the encrypted assertion holds a { $name } element, which Entra never writes (a key or cipher data from elsewhere); nothing is fetched or derived
diagnose-saml-encrypted-key-count = the message holds { $count } EncryptedKey elements where Entra writes one
diagnose-saml-key-transport = the key is wrapped with '{ $algorithm }'; RSA-OAEP and RSA-1.5 are read
diagnose-saml-key-not-rsa = the TOPdesk private key is not an RSA key, so it cannot open an assertion encrypted for TOPdesk's RSA certificate
diagnose-saml-key-unusable = the private key cannot be used ({ $error })
diagnose-saml-key-does-not-open = the TOPdesk private key given does not open the assertion ({ $error }); Entra encrypts for the certificate uploaded under Token encryption, which must be TOPdesk's certificate of this key

## aadsts: Entra's error codes explained against the setup (codes and Entra's own words stay as they are)

aadsts-refused = Entra refused with AADSTS{ $code }: { $explanation }
aadsts-refused-said = Entra refused with AADSTS{ $code }: { $explanation } Entra said: "{ $said }".
aadsts-refused-unknown = Entra refused with AADSTS{ $code }.
aadsts-refused-unknown-said = Entra refused with AADSTS{ $code }. Entra said: "{ $said }".
# A code nested in another: $outer is "AADSTS75006 ("Entra's words")"; $explanation the inner code's finding.
aadsts-nested = { $outer } carries AADSTS{ $code }, which names the cause. { $explanation }
aadsts-unknown-fix = This code is not one the assistant explains; search Microsoft's AADSTS error reference for it.
# Shown where the Identifier or Reply URL would be, when no TOPdesk metadata is loaded.
aadsts-load-sp-metadata = (load TOPdesk's SP metadata to see it)
aadsts-no-section = no TOPdesk section
aadsts-the-section = the { $section } section
aadsts-login-page = TOPdesk's login page
aadsts-50011 = the Reply URL in TOPdesk's request{ $sent ->
        [yes] , { $sent_url } ({ $sent_section }),
       *[no] {""}
    } is not one of the Reply URLs configured in the Entra app; the one TOPdesk's metadata gives is { $reply } ({ $reply_section }{ $configuring ->
        [yes] ; you are configuring the { $section } section
       *[no] {""}
    }).
aadsts-50011-fix = In the Entra app, Basic SAML Configuration, set Reply URL (Assertion Consumer Service URL) to exactly { $reply } (case and trailing slash count). If the request came from the other TOPdesk section, that section needs its own Entra app.
aadsts-700016 = Entra has no application with the identifier TOPdesk sent{ $sent ->
        [yes] , { $sent_id },
       *[no] {""}
    } in this tenant; the Identifier TOPdesk uses is { $identifier }.
aadsts-700016-fix = In the Entra app, Basic SAML Configuration, set Identifier (Entity ID) to exactly { $identifier } (a trailing slash counts), in the tenant TOPdesk's federation metadata comes from.
aadsts-50105 = the user is not assigned to the Entra app (assignment is required, and nested groups do not count).
aadsts-50105-fix = In Entra: Enterprise applications > the TOPdesk app > Users and groups > Add user/group: assign the user, or a group the user is a direct member of.
aadsts-75011 = TOPdesk's request asks for a RequestedAuthnContext that does not match how the user signed in to Entra.
aadsts-75011-fix = Remove the authentication-context requirement from TOPdesk's SAML settings, or sign in with the method it asks for.
aadsts-750054 = the Redirect-binding request reached Entra without its SAMLRequest parameter.
aadsts-750054-fix = Start the login from TOPdesk ({ $sign_on }) instead of a bookmark of Entra's sign-in page; check that nothing between the browser and Entra strips the query string.
aadsts-900236 = the SAML request holds a property Entra does not support.
aadsts-900236-fix = Check the request below (Issuer, NameIDPolicy, RequestedAuthnContext) and TOPdesk's SAML settings; use TOPdesk's defaults.
aadsts-76021 = the Entra app requires signed requests, and TOPdesk's request was not signed (or not with the certificate Entra has).
aadsts-76021-fix = Either turn off "Require verification certificates" in the Entra app's SAML settings, or upload TOPdesk's certificate there and let TOPdesk sign its requests.
aadsts-75005 = what Entra received is not a valid SAML 2.0 message.
aadsts-75005-fix = Start the login from TOPdesk again; if it persists, check TOPdesk's SAML configuration (federation metadata uploaded, not edited).
aadsts-7500529 = the request's ID does not start with a letter or underscore, as SAML requires.
aadsts-7500529-fix = This comes from the SP's software; report it to TOPdesk with the request below.
aadsts-75008 = the request's Destination is not Entra's sign-in URL{ $has_sso ->
        [yes] {" "}({ $sso })
       *[no] {""}
    }.
aadsts-75008-fix = Upload the Entra app's current federation metadata to TOPdesk.
aadsts-50003 = Entra has no signing key for the app (no active SAML signing certificate).
aadsts-50003-fix = In the Entra app's SAML Certificates, create or activate a signing certificate, then upload the new federation metadata to TOPdesk.

## diagnose: the findings about a captured login (in the order an SP checks a response)

diagnose-input-unreadable = the input cannot be read: { $error }
# Before each finding when the capture holds several messages.
diagnose-message-numbered = Message { $number } ({ $kind ->
        [response] response
        [request] request
       *[error] Entra error
    }): { $message }
diagnose-nothing-to-diagnose = Nothing to diagnose: { $problem }.
diagnose-nothing-to-diagnose-fix = Give the SAMLResponse (base64 or XML), the whole address-bar URL of Entra's sign-in or error page, a HAR file saved from the browser's Network tab, or the text of Entra's error page.
diagnose-too-large = Refused for size: { $problem }.
diagnose-capped = Limit reached: { $problem }.
diagnose-too-large-fix = Capture only the login: clear the Network tab, turn on Preserve log, log in, then save or copy.
diagnose-findings-capped = { $count } more findings of the same kind ({ $codes }) are not listed (repeats, or beyond the { $max } a capture shows).
diagnose-undecodable = A SAML value cannot be decoded: { $problem }.
diagnose-undecodable-fix = Copy the value again, whole (DevTools: Payload, view source; SAML-tracer: the SAML tab).
# A value the message lacks.
diagnose-none = (none)
diagnose-message-refused = The decoded SAML message is refused: { $why }.
diagnose-message-refused-fix = Capture the message again from the browser (a real SAML message has no DOCTYPE and is a few KB).
diagnose-not-saml = The XML cannot be read as a SAML message: its root element is { $root } ({ $namespace }), not a SAML 2.0 Response or AuthnRequest{ $root ->
        [RequestSecurityTokenResponse] {" "}(a WS-Federation token: the Entra app answers with WS-Federation, not SAML)
       *[other] {""}
    }.
diagnose-not-saml-fix = Give the SAMLResponse that Entra posted to TOPdesk (the form field SAMLResponse).
diagnose-assertion-encrypted = The assertion is encrypted (Entra's token encryption); the TOPdesk private key is needed to read it.
diagnose-assertion-encrypted-fix = Give the TOPdesk private key (CLI: --key FILE; wizard: step 4). It is used on this computer only; nothing decrypted is written.
diagnose-decrypt-failed = The encrypted assertion cannot be read: { $why }.
diagnose-decrypt-failed-fix = In the Entra app, Token encryption must hold TOPdesk's certificate (the one of this key) and be active; or give the key that belongs to that certificate.
diagnose-assertion-missing = The Response says Success but holds no assertion.
diagnose-assertion-missing-fix = Capture the login again; if it persists, check the Entra app's SAML signing options.
diagnose-response-refused = TOPdesk would refuse this response: { $why }.
diagnose-response-refused-pasted = TOPdesk would refuse this response: { $why }. If the XML was copied from a viewer, it may have been re-indented, which breaks signatures: give the raw base64 SAMLResponse instead.
diagnose-wrapping-fix = Do not trust this response: it was changed after Entra signed it. Capture a fresh login; if it happens again, something between Entra and TOPdesk alters responses.
# $status is SAML's status code(s), e.g. "Requester / RequestDenied".
diagnose-status-aadsts = Entra answered with status { $status }. { $explanation }
diagnose-status = Entra answered with status { $status }: no login.
diagnose-status-said = Entra answered with status { $status } ("{ $said }"): no login.
diagnose-status-fix = Look up Entra's sign-in logs (Entra admin center > Sign-in logs, filter on the TOPdesk app) for the reason.
diagnose-issuer = The { $what ->
        [response] Response
       *[assertion] assertion
    }'s Issuer is '{ $got }' where '{ $want }' is expected: TOPdesk would refuse it (the Entra identifier in the loaded federation metadata).
diagnose-issuer-fix = Upload to TOPdesk the federation metadata of the Entra app that answered (same tenant, same app); or this response came from another identity provider.
diagnose-signature-invalid-fix = Capture the login again from the browser (the raw base64 value); check that TOPdesk has the current federation metadata.
diagnose-signature-foreign-fix = Upload the Entra app's current federation metadata to TOPdesk and load it here; if the certificate is not in the Entra app's SAML Certificates, this response was not made by your Entra app.
diagnose-signature-valid = The signature over { $signed ->
        [response] the Response (not the assertion)
        [both] the Response and the assertion
       *[assertion] the assertion
    } verifies.
diagnose-signature-valid-by = The signature over { $signed ->
        [response] the Response (not the assertion)
        [both] the Response and the assertion
       *[assertion] the assertion
    } verifies by Entra's certificate { $thumbprint }.
# $state: expired, or not-yet (valid). $against as in diagnose-expired.
diagnose-signer-expired = Entra's signing certificate { $thumbprint } that verifies this response { $state ->
        [expired] had expired on { $until } ({ $skew } before
       *[not-yet] was not yet valid ({ $skew } before its start { $from }, at
    } { $against ->
        [capture] the capture time
        [given] the time given
       *[clock] this computer's clock
    }, { $now }); TOPdesk stops accepting SAML logins once a certificate has expired.
diagnose-signer-expired-fix = In the Entra app, SAML Certificates: create a new certificate and make it active, then upload the new federation metadata to TOPdesk (or link it by URL, so a rollover syncs).
diagnose-assertion-unsigned = The assertion itself is not signed (only the Response is); TOPdesk requires a signed assertion.
diagnose-nothing-signed = Nothing in the response is signed; TOPdesk requires a signed assertion.
diagnose-assertion-unsigned-fix = In the Entra app, SAML Certificates > Signing option: choose "Sign SAML assertion" (or "Sign SAML response and assertion").
diagnose-signature-sha1 = The response is signed with SHA-1.
diagnose-signature-sha1-fix = In the Entra app, SAML Certificates > Signing algorithm: choose SHA-256.
diagnose-audience = The Audience is '{ $got }' where '{ $want }' is expected: TOPdesk would refuse it (TOPdesk's Identifier).
diagnose-audience-fix = In the Entra app, Basic SAML Configuration, set Identifier (Entity ID) to exactly { $want }.
diagnose-recipient-missing = The assertion has no bearer SubjectConfirmation with a Recipient; TOPdesk would refuse it.
diagnose-recipient-missing-fix = Capture the login again; Entra always sends one.
# $what is Recipient or Destination (XML names); $got_section/$want_section are " (section)" or empty.
diagnose-reply-url = The { $what } is '{ $got }'{ $got_section } where TOPdesk's Reply URL is '{ $want }'{ $want_section }: TOPdesk would refuse it.
diagnose-reply-url-fix = In the Entra app, Basic SAML Configuration, set Reply URL to exactly { $want }; a different section needs its own Entra app and TOPdesk SAML configuration.
diagnose-idp-initiated = (none, an IdP-initiated login)
diagnose-in-response-to = InResponseTo is '{ $got }' where '{ $want }' is expected (the ID of the request in this capture): TOPdesk would refuse it as an answer to another login.
diagnose-in-response-to-fix = Start the login from TOPdesk's login page (TOPdesk is SP-initiated only), not from My Apps or a bookmark, and finish it in the same browser tab.
# How far apart two times are.
diagnose-skew-days = { $days } d { $hours } h
diagnose-skew-hours = { $hours } h { $minutes } min
diagnose-skew-minutes = { $minutes } min { $seconds } s
diagnose-skew-seconds = { $seconds } s
diagnose-not-yet-valid = The assertion is valid from { $from } ({ $skew } after { $against ->
        [capture] the capture time
        [given] the time given
       *[clock] this computer's clock
    }, { $now }); Entra adds no clock-skew allowance, so TOPdesk would refuse it.
diagnose-not-yet-valid-clock-fix = Check this computer's clock (and the TOPdesk server's): they must not lag behind Entra's.
diagnose-not-yet-valid-fix = Check the TOPdesk server's clock: it must not lag behind Entra's.
diagnose-expired = The assertion expired at { $end } ({ $skew } before { $against ->
        [capture] the capture time
        [given] the time given
       *[clock] this computer's clock
    }, { $now }): TOPdesk would refuse it.
diagnose-expired-clock-fix = If this login happened just now, check this computer's clock; otherwise capture a fresh login (an assertion is valid for about an hour).
diagnose-expired-fix = Capture a fresh login and diagnose it right away (an assertion is valid for about an hour); to judge an older capture at its own time, use “Judge as of the capture’s time” on the Test login step (--now on the command line).
# $state: how the other clock would judge the assertion (early, expired, valid).
diagnose-judged-at = NotBefore and NotOnOrAfter were judged at { $now }, { $against ->
        [capture] the time the HAR recorded for this message: the login happened then, so that is when TOPdesk judged it
       *[given] the time given with --now, which wins over the time the HAR recorded
    }. By { $other ->
        [clock] this computer's clock
       *[capture] the time the HAR recorded
    } ({ $then }) the assertion would be { $state ->
        [early] not yet valid
        [expired] expired
       *[valid] valid
    }.
diagnose-judged-at-fix = { $against ->
        [capture] Nothing to do; to judge it at another time, give that time with --now (command line).
       *[given] Leave out --now to judge it at the time the HAR recorded.
    }
diagnose-user-name = TOPdesk's user name attribute { $wanted } is '{ $value }': this must equal the TOPdesk login name of the person.
diagnose-user-name-fix = If TOPdesk says the user is unknown, set that person's login name in TOPdesk to this value, or choose another user name attribute.
# After a finding whose value was read from an assertion whose signature does not verify.
diagnose-unverified = { $message } (From an unverified assertion: its signature does not verify, so this may not be what Entra sent.)
diagnose-user-attribute-empty = The user name attribute { $wanted } is in the assertion but empty: TOPdesk cannot find the person.
diagnose-user-attribute-empty-fix = In Entra, fill in the user's property this claim is made from (often user.mail, empty for accounts without a mailbox), or map the claim to another property.
diagnose-user-attribute-missing = The user name attribute { $wanted } is not in the assertion (it has: { $names }): TOPdesk cannot find the person.
diagnose-no-attributes = no attributes
diagnose-user-attribute-missing-fix = In the Entra app, Attributes & Claims: add this claim, or choose one of the claims above as TOPdesk's user name attribute. An empty user.mail also drops the email claim.
diagnose-name-id-missing = The assertion has no NameID.
diagnose-name-id-missing-fix = In the Entra app, Attributes & Claims: set the Unique User Identifier (Name ID) claim.
diagnose-not-authn-request = The SAMLRequest is not an AuthnRequest.
diagnose-not-authn-request-fix = Give the address-bar URL of Entra's sign-in page right after clicking TOPdesk's login button.
diagnose-request-issuer = The request's Issuer is '{ $got }' where '{ $want }' is expected: Entra would answer AADSTS700016 unless the Entra app's Identifier is this Issuer.
diagnose-request-issuer-fix = TOPdesk sent a different entity ID than its SP metadata: download TOPdesk's SP metadata again, and set the Entra app's Identifier to the Issuer TOPdesk sends.
diagnose-request-acs = The request's AssertionConsumerServiceURL is '{ $got }'{ $got_section } where TOPdesk's metadata gives '{ $want }'{ $want_section }: Entra answers AADSTS50011 unless this exact URL is a Reply URL of the app.
diagnose-request-acs-fix = Check that the TOPdesk SP metadata loaded is the one of the section you log in to; add the URL the request shows as Reply URL of that section's Entra app.
diagnose-request-destination = The request's Destination is '{ $got }' where '{ $want }' is expected: Entra would answer AADSTS75008.
diagnose-request-destination-fix = Upload the Entra app's current federation metadata to TOPdesk (TOPdesk sends requests to the SSO URL it lists).
diagnose-no-id = (no ID)
diagnose-request-shown = Request { $id }: { $signed ->
        [yes] signed
       *[no] not signed
    }{ $force_authn ->
        [yes] , ForceAuthn (the user must sign in again)
       *[no] {""}
    }{ $has_context ->
        [yes] , RequestedAuthnContext { $context } (AADSTS75011 when the sign-in method differs)
       *[no] {""}
    }.
diagnose-request-unsigned-fix = Fine unless the Entra app requires signed requests (then AADSTS76021).
