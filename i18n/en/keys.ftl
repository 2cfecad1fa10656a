# keys: certificates, the TOPdesk key pair, key files, work limits and the export (SETTINGS.txt).

## cert: certificates and their findings

cert-unreadable = not a readable X.509 certificate: { $reason }
cert-trailing-bytes = { $count ->
        [one] { $count } unexpected byte after the certificate
       *[other] { $count } unexpected bytes after the certificate
    }
# The subject of every certificate finding: role, name (CN), SHA-1 thumbprint.
cert-name = { $role ->
        [entra-active] The active Entra signing certificate
        [entra] The Entra signing certificate
       *[topdesk] The TOPdesk certificate
    } { $label } ({ $thumbprint })
cert-renew-topdesk = Generate a new key pair in TOPdesk's SAML configuration (or with this assistant) and upload it.
cert-renew-entra = In the Entra app's SAML certificates section, create a new certificate, make it active, and download the federation metadata again.
cert-expired = { $name } expired on { $date }.
cert-not-yet-valid-upload = { $name } is only valid from { $date }; TOPdesk would reject it today.
cert-not-yet-valid-upload-fix = Generate a new key pair (its certificate is valid from today), or check the computer's clock.
cert-not-yet-valid = { $name } is only valid from { $date }.
cert-not-yet-valid-fix = Wait until that date, or check the computer's clock; until then logins signed with it fail.
cert-expiring = { $name } expires on { $date } ({ $days_left ->
        [one] { $days_left } day left
       *[other] { $days_left } days left
    }).
cert-weak-signature = { $name } is signed with { $algorithm }, a broken hash.
cert-weak-signature-fix = Replace it with a certificate signed with SHA-256.
cert-not-rsa = { $name } has a { $algorithm } key, but TOPdesk expects RSA.
cert-not-rsa-fix = Use an RSA certificate (2048 bits or more).
cert-weak-rsa = { $name } has an RSA key of only { $bits } bits.
cert-weak-rsa-upload-fix = Generate a new key pair of 2048 bits or more (TOPdesk's own 'Generate key pair', or this assistant's).
cert-weak-rsa-fix = Replace it with an RSA key of 2048 bits or more.

## limits: work limits for keys and password-protected files

limits-unsupported-parameters = unsupported parameters: { $why }
limits-rsa-bits = the RSA key has { $bits } bits; keys over { $max } bits are refused
limits-scrypt = the key's scrypt settings (N={ $n }, r={ $r }, p={ $p }) ask for more memory or work than this tool allows (N·r·128 bytes up to { $max_mib } MiB, N·r·p up to { $max_work }); re-encrypt it with openssl pkcs8 -topk8 -v2 aes-256-cbc
limits-pbkdf2 = the password protection asks for { $iterations } PBKDF2 iterations; more than { $max } are refused; re-encrypt or export it again with the tool's default settings
limits-pkcs12-bytes = the PKCS#12 file is { $size } bytes; files over { $max_kib } KiB are refused (real ones are a few KiB)
limits-pkcs12-work = the PKCS#12 file asks for more than { $max } PBKDF2 iterations in all; export it again with the tool's default settings
limits-pkcs12-derivations = the PKCS#12 file asks for { $count } password derivations; more than { $max } are refused (a real one has three or four)
limits-pkcs12-damaged = the PKCS#12 file is damaged (not readable DER)
limits-pkcs12-depth = the PKCS#12 file is nested deeper than { $max } levels
limits-pkcs12-nodes = the PKCS#12 file holds more than { $max } elements
limits-pkcs12-settings-damaged = the PKCS#12 file's encryption settings are damaged ({ $error })

## keygen: generating a key pair

keygen-key-size = unsupported RSA key size { $bits } bits (allowed: 1024 to 8192)
keygen-time-out-of-range = { $date } cannot be put in a certificate (years 1970 to 9999 only)
keygen-random = system random number generator failed: { $error }
keygen-rsa = RSA key generation failed: { $error }
keygen-pkcs8 = private key encoding failed: { $error }
keygen-der = certificate encoding failed: { $error }
keygen-builder = certificate building failed: { $error }

## key: private keys and certificate files

key-format-pkcs8-under-rsa-header = PKCS#8 under an RSA PRIVATE KEY header
key-format-encrypted-pkcs8-pem = encrypted PKCS#8 PEM
key-format-encrypted-pkcs8-der = encrypted PKCS#8 DER
key-format-legacy-encrypted-pem = OpenSSL legacy encrypted PEM
key-password-needed = { $what ->
        [pkcs12] the PKCS#12 file is protected by a password; give the password to open it
       *[key] the private key is protected by a password; give the password to open it
    }
key-password-wrong = { $what ->
        [pkcs12] the password for the PKCS#12 file is wrong
       *[key] the password for the private key is wrong
    }
key-nothing = the file holds no certificate and no private key
key-rsa-unreadable = not a readable RSA private key ({ $error })
key-pkcs8-damaged = the private key is damaged (not readable PKCS#8)
key-rsa-damaged = the RSA private key is damaged (its numbers do not fit together)
key-cannot-convert = cannot convert the key ({ $error })
key-ec-not-p256 = only EC keys on the P-256 curve are understood
key-too-many-certs = the file holds more than { $max } certificates (a chain has two to four)
key-file-too-big = the file is { $size } bytes; certificate and key files over { $max_kib } KiB are refused (real ones are a few KiB)
key-label-unsupported = '{ $label }' keys are not supported; convert the key to PKCS#8 (openssl pkcs8 -topk8)
key-encrypted-damaged = the encrypted key is damaged ({ $error })
key-cipher-unsupported = the key is encrypted with an algorithm this tool does not support; re-encrypt it with openssl pkcs8 -topk8 -v2 aes-256-cbc
key-no-dek-info = the encrypted key has no DEK-Info header
key-dek-info-damaged = the DEK-Info header is damaged
key-legacy-cipher-unsupported = the key is encrypted with { $cipher }, which is not supported; convert it with openssl pkcs8 -topk8
key-pkcs12-cipher-unsupported = the PKCS#12 file uses an encryption this tool does not support; export it again with AES-256 (Windows: 'AES256-SHA256')
key-pkcs12-unreadable = the PKCS#12 file cannot be read ({ $error })

## pair: TOPdesk's certificate and private key together

pair-cert-unreadable = A certificate in the certificate file cannot be read: { $error }.
pair-cert-unreadable-fix = Export the certificate again (PEM or DER) from where it was made.
# $why: key (it matches the private key) or not-ca (the first that is not a CA).
pair-leaf-chosen = The certificate file holds { $count } certificates; { $label } is used, { $why ->
        [key] the one that matches the private key
       *[not-ca] the first that is not a certification authority
    }.
pair-leaf-chosen-fix = Nothing to do if that is TOPdesk's server certificate; TOPdesk takes only that one, not its chain.
pair-not-in-sp-metadata = This certificate ({ $thumbprint }) is not the one TOPdesk publishes in its SP metadata now ({ $published }).
pair-not-in-sp-metadata-fix = That is expected when you replace TOPdesk's key pair: after uploading it, download TOPdesk's SP metadata again and give it to Entra if assertions are encrypted.
pair-match = The certificate { $label } and the private key belong together (same public key, and a test signature verified).
pair-key-damaged = The private key has the certificate's public key, but a signature made with it does not verify: the key is damaged.
pair-key-damaged-fix = Export the key again from where it was made, or generate a new key pair.
pair-mismatch = The private key does not belong to the certificate { $label } ({ $thumbprint }).
pair-mismatch-fix = Use the key that was created together with this certificate, or generate a new key pair and upload both.
pair-key-not-rsa = The private key is { $algorithm }, but TOPdesk's field takes an RSA key.
pair-key-not-rsa-fix = Generate an RSA key pair (2048 bits or more).
pair-key-weak-rsa = The RSA private key has only { $bits } bits; TOPdesk's field needs 2048 or more.
pair-key-weak-rsa-fix = Generate a new key pair of 2048 bits or more.
# $format: the key's format; $encrypted, $pkcs1: yes or no.
pair-key-converted = The key is { $format }{ $encrypted ->
        [yes] , password-protected
       *[no] {""}
    }; the export converts it to unencrypted PKCS#8 DER, the format TOPdesk's field asks for{ $pkcs1 ->
        [yes] {" "}(Java-based servers reject PKCS#1 with "algid parse error, not a sequence")
       *[no] {""}
    }.
pair-key-converted-fix = Upload the exported key file, not the original.
# $in_metadata: yes when the certificate was found in the federation metadata.
pair-cert-is-entra = The certificate { $label } is Entra's signing certificate{ $in_metadata ->
        [yes] {" "}from the federation metadata
       *[no] {""}
    }. Microsoft's tutorial says to put it here, but TOPdesk's "Certificate (RSA)" field wants TOPdesk's own server certificate: Entra keeps its private key, so no key you have can ever match it.
pair-cert-is-entra-fix = Use the certificate and key of TOPdesk's server (TOPdesk's own 'Generate key pair', or this assistant's), and leave Entra's certificate inside the federation metadata.

## bundle: the export (SETTINGS.txt, the reference README, errors)
## File names, URLs, the claim URI and thumbprints are placeholders: never translated.

bundle-errors-stand = the bundle was not made because errors stand; fix them first: { $errors }
bundle-missing = { $what ->
        [sp-metadata] the bundle needs the TOPdesk SP metadata: it gives the three Entra values
        [entra-metadata] the bundle needs the Entra federation metadata, checked together with TOPdesk's
        [display-name] the bundle needs a display name on one line
       *[user-attribute] the bundle needs a user name attribute on one line
    }
bundle-bad-name = not a plain file name (no folders, no leading dot): { $name }
bundle-output-exists = the output already exists; nothing was changed, choose a new name: { $path }
bundle-no-parent = the folder to write into does not exist: { $path }
bundle-zip = cannot write the zip file ({ $error }): { $path }
bundle-manifest = cannot write the manifest: { $error }
bundle-io-create-temp-folder = cannot create a temporary folder
bundle-io-move-folder = cannot move the finished folder in place
bundle-io-write-named = cannot write { $file }
bundle-io-create-temp-file = cannot create a temporary file
bundle-io-write-zip = cannot write the zip file
bundle-io-move-file = cannot move the finished file in place
bundle-io-create-file = cannot create the file
bundle-io-write-file = cannot write the file
bundle-io-temp-name = cannot pick a temporary name
bundle-reference-readme = Entra's signing certificate, for reference only: never upload it into TOPdesk's Certificate (RSA) field, which takes { $file } (Entra keeps this certificate's private key, so no key can ever match it).
bundle-logo-too-big = The logo is { $kib } KiB, over the 1 MiB limit; save a smaller image and choose it again: { $file }
bundle-logo-not-an-image = The logo is not a PNG, JPEG, GIF or ICO image, whatever its name says; save it as PNG and choose it again: { $file }
bundle-logo-damaged = The logo starts like a { $format } but is damaged or cut off; export it again and choose the new file: { $file }
bundle-logo-size = The logo is { $width }×{ $height } pixels; scale it to between 1×1 and { $max }×{ $max } and choose it again: { $file }
# A moment in SETTINGS.txt: $date in the reader's format, $time as HH:MM.
bundle-when = { $date } { $time } UTC
bundle-settings-title = TOPdesk <-> Microsoft Entra ID single sign-on: settings
bundle-settings-made-by = Made by { $tool } { $version } on { $when }. TOPdesk section: { $section ->
        [secure] Secure (operators)
        [public] Public (self-service portal)
       *[unknown] unknown
    }.
bundle-settings-topdesk-title = 1. TOPdesk: SAML configuration assistant of this section, field by field
# TOPdesk's dialog fields; Dutch and German add TOPdesk's English name in brackets (see GLOSSARY.md).
bundle-settings-federation-metadata = Federation Metadata
bundle-settings-federation-metadata-value = upload { $file } (unchanged: do not open and save it)
bundle-settings-certificate = Certificate (RSA)
bundle-settings-certificate-value = upload { $file }: the only certificate for this field, because it is TOPdesk's own server certificate, the one that matches the private key below ({ $der_file } is the same certificate in binary DER, only if the upload refuses PEM; never the Entra certificate in { $reference_dir }/, whose key Entra keeps)
bundle-settings-private-key = Private key (RSA, PKCS8, DER)
bundle-settings-private-key-value = upload { $file } (secret: delete it once uploaded)
bundle-settings-logo = Logo icon
bundle-settings-logo-none = none chosen (optional)
bundle-settings-upload = upload { $file }
bundle-settings-display-name = Display name
bundle-settings-entra-title = 2. Microsoft Entra: the enterprise app > Single sign-on > Basic SAML Configuration
bundle-settings-relay-state = Relay State
bundle-settings-logout-url = Logout Url
bundle-settings-leave-empty = leave empty
bundle-settings-dates-title = 3. Expiry dates (renew before then)
# $state: active, inactive or none (TOPdesk's certificate).
bundle-settings-cert-expiry = { $when } ({ $state ->
        [active] active, thumbprint
        [inactive] not active, thumbprint
       *[none] thumbprint
    } { $thumbprint })
bundle-settings-metadata-valid = Federation metadata
bundle-settings-valid-until = valid until { $when }
bundle-settings-reminders = Calendar reminders
bundle-settings-reminders-value = import { $file } (alarms 60, 30 and 7 days before)
bundle-settings-findings-title = 4. Findings that still stand
bundle-settings-findings-none = none
bundle-settings-warnings = Warnings
bundle-settings-notes = Notes
