# keys: certificaten, het sleutelpaar van TOPdesk, sleutelbestanden, werkgrenzen en de export (SETTINGS.txt).

## cert: certificaten en hun bevindingen

cert-unreadable = geen leesbaar X.509-certificaat: { $reason }
cert-trailing-bytes = { $count ->
        [one] { $count } onverwachte byte na het certificaat
       *[other] { $count } onverwachte bytes na het certificaat
    }
# Het onderwerp van elke certificaatbevinding: rol, naam (CN), SHA-1-vingerafdruk.
cert-name = { $role ->
        [entra-active] Het actieve Entra-handtekeningcertificaat
        [entra] Het Entra-handtekeningcertificaat
       *[topdesk] Het TOPdesk-certificaat
    } { $label } ({ $thumbprint })
cert-renew-topdesk = Genereer een nieuw sleutelpaar in de SAML-configuratie van TOPdesk (of met deze assistent) en upload het.
cert-renew-entra = Maak in de Entra-app onder SAML-certificaten een nieuw certificaat, maak het actief en download de federatieve metagegevens opnieuw.
cert-expired = { $name } is verlopen op { $date }.
cert-not-yet-valid-upload = { $name } is pas geldig vanaf { $date }; TOPdesk zou het vandaag weigeren.
cert-not-yet-valid-upload-fix = Genereer een nieuw sleutelpaar (het certificaat daarvan is vanaf vandaag geldig) of controleer de klok van de computer.
cert-not-yet-valid = { $name } is pas geldig vanaf { $date }.
cert-not-yet-valid-fix = Wacht tot die datum of controleer de klok van de computer; tot dan mislukken aanmeldingen die ermee zijn ondertekend.
cert-expiring = { $name } verloopt op { $date } (nog { $days_left ->
        [one] { $days_left } dag
       *[other] { $days_left } dagen
    }).
cert-weak-signature = { $name } is ondertekend met { $algorithm }, een onveilig hashalgoritme.
cert-weak-signature-fix = Vervang het door een certificaat dat met SHA-256 is ondertekend.
cert-not-rsa = { $name } heeft een { $algorithm }-sleutel, maar TOPdesk verwacht RSA.
cert-not-rsa-fix = Gebruik een RSA-certificaat (2048 bits of meer).
cert-weak-rsa = { $name } heeft een RSA-sleutel van slechts { $bits } bits.
cert-weak-rsa-upload-fix = Genereer een nieuw sleutelpaar van 2048 bits of meer (met 'Generate key pair' van TOPdesk zelf, of met deze assistent).
cert-weak-rsa-fix = Vervang het door een RSA-sleutel van 2048 bits of meer.

## limits: grenzen aan het werk voor sleutels en met een wachtwoord beveiligde bestanden

limits-unsupported-parameters = niet-ondersteunde parameters: { $why }
limits-rsa-bits = de RSA-sleutel heeft { $bits } bits; sleutels van meer dan { $max } bits worden geweigerd
limits-scrypt = de scrypt-instellingen van de sleutel (N={ $n }, r={ $r }, p={ $p }) vragen meer geheugen of werk dan dit hulpprogramma toestaat (N·r·128 bytes tot { $max_mib } MiB, N·r·p tot { $max_work }); versleutel de sleutel opnieuw met openssl pkcs8 -topk8 -v2 aes-256-cbc
limits-pbkdf2 = de wachtwoordbeveiliging vraagt { $iterations } PBKDF2-iteraties; meer dan { $max } worden geweigerd; versleutel of exporteer het bestand opnieuw met de standaardinstellingen van het programma
limits-pkcs12-bytes = het PKCS#12-bestand is { $size } bytes; bestanden groter dan { $max_kib } KiB worden geweigerd (echte zijn een paar KiB)
limits-pkcs12-work = het PKCS#12-bestand vraagt in totaal meer dan { $max } PBKDF2-iteraties; exporteer het opnieuw met de standaardinstellingen van het programma
limits-pkcs12-derivations = het PKCS#12-bestand vraagt { $count } wachtwoordafleidingen; meer dan { $max } worden geweigerd (een echt bestand heeft er drie of vier)
limits-pkcs12-damaged = het PKCS#12-bestand is beschadigd (geen leesbare DER)
limits-pkcs12-depth = het PKCS#12-bestand is dieper genest dan { $max } niveaus
limits-pkcs12-nodes = het PKCS#12-bestand bevat meer dan { $max } elementen
limits-pkcs12-settings-damaged = de versleutelingsinstellingen van het PKCS#12-bestand zijn beschadigd ({ $error })

## keygen: een sleutelpaar genereren

keygen-key-size = niet-ondersteunde RSA-sleutellengte van { $bits } bits (toegestaan: 1024 tot 8192)
keygen-time-out-of-range = { $date } kan niet in een certificaat worden opgenomen (alleen de jaren 1970 tot 9999)
keygen-random = de willekeurige-getallengenerator van het systeem is mislukt: { $error }
keygen-rsa = het genereren van de RSA-sleutel is mislukt: { $error }
keygen-pkcs8 = het coderen van de persoonlijke sleutel is mislukt: { $error }
keygen-der = het coderen van het certificaat is mislukt: { $error }
keygen-builder = het opbouwen van het certificaat is mislukt: { $error }

## key: persoonlijke sleutels en certificaatbestanden

key-format-pkcs8-under-rsa-header = PKCS#8 onder een RSA PRIVATE KEY-kop
key-format-encrypted-pkcs8-pem = versleutelde PKCS#8 PEM
key-format-encrypted-pkcs8-der = versleutelde PKCS#8 DER
key-format-legacy-encrypted-pem = verouderde versleutelde PEM van OpenSSL
key-password-needed = { $what ->
        [pkcs12] het PKCS#12-bestand is met een wachtwoord beveiligd; geef het wachtwoord op om het te openen
       *[key] de persoonlijke sleutel is met een wachtwoord beveiligd; geef het wachtwoord op om de sleutel te openen
    }
key-password-wrong = { $what ->
        [pkcs12] het wachtwoord voor het PKCS#12-bestand is onjuist
       *[key] het wachtwoord voor de persoonlijke sleutel is onjuist
    }
key-nothing = het bestand bevat geen certificaat en geen persoonlijke sleutel
key-rsa-unreadable = geen leesbare persoonlijke RSA-sleutel ({ $error })
key-pkcs8-damaged = de persoonlijke sleutel is beschadigd (geen leesbare PKCS#8)
key-rsa-damaged = de persoonlijke RSA-sleutel is beschadigd (de getallen passen niet bij elkaar)
key-cannot-convert = de sleutel kan niet worden geconverteerd ({ $error })
key-ec-not-p256 = alleen EC-sleutels op de P-256-curve worden ondersteund
key-too-many-certs = het bestand bevat meer dan { $max } certificaten (een keten heeft er twee tot vier)
key-file-too-big = het bestand is { $size } bytes; certificaat- en sleutelbestanden groter dan { $max_kib } KiB worden geweigerd (echte zijn een paar KiB)
key-label-unsupported = '{ $label }'-sleutels worden niet ondersteund; converteer de sleutel naar PKCS#8 (openssl pkcs8 -topk8)
key-encrypted-damaged = de versleutelde sleutel is beschadigd ({ $error })
key-cipher-unsupported = de sleutel is versleuteld met een algoritme dat dit hulpprogramma niet ondersteunt; versleutel de sleutel opnieuw met openssl pkcs8 -topk8 -v2 aes-256-cbc
key-no-dek-info = de versleutelde sleutel heeft geen DEK-Info-kop
key-dek-info-damaged = de DEK-Info-kop is beschadigd
key-legacy-cipher-unsupported = de sleutel is versleuteld met { $cipher }, dat niet wordt ondersteund; converteer de sleutel met openssl pkcs8 -topk8
key-pkcs12-cipher-unsupported = het PKCS#12-bestand gebruikt een versleuteling die dit hulpprogramma niet ondersteunt; exporteer het opnieuw met AES-256 (Windows: 'AES256-SHA256')
key-pkcs12-unreadable = het PKCS#12-bestand kan niet worden gelezen ({ $error })

## pair: certificaat en persoonlijke sleutel van TOPdesk samen

pair-cert-unreadable = Een certificaat in het certificaatbestand kan niet worden gelezen: { $error }.
pair-cert-unreadable-fix = Exporteer het certificaat opnieuw (PEM of DER) vanaf de plek waar het is gemaakt.
pair-leaf-chosen = Het certificaatbestand bevat { $count } certificaten; { $label } wordt gebruikt, { $why ->
        [key] het certificaat dat bij de persoonlijke sleutel past
       *[not-ca] het eerste dat geen certificeringsinstantie is
    }.
pair-leaf-chosen-fix = Niets te doen als dat het servercertificaat van TOPdesk is; TOPdesk gebruikt alleen dat certificaat, niet de keten.
pair-not-in-sp-metadata = Dit certificaat ({ $thumbprint }) is niet het certificaat dat TOPdesk nu in zijn SP-metagegevens publiceert ({ $published }).
pair-not-in-sp-metadata-fix = Dat is te verwachten als u het sleutelpaar van TOPdesk vervangt: download na het uploaden de SP-metagegevens van TOPdesk opnieuw en geef ze aan Entra als asserties worden versleuteld.
pair-match = Het certificaat { $label } en de persoonlijke sleutel horen bij elkaar (dezelfde openbare sleutel, en een testhandtekening is geverifieerd).
pair-key-damaged = De persoonlijke sleutel heeft de openbare sleutel van het certificaat, maar een handtekening die ermee is gemaakt, is niet te verifiëren: de sleutel is beschadigd.
pair-key-damaged-fix = Exporteer de sleutel opnieuw vanaf de plek waar hij is gemaakt, of genereer een nieuw sleutelpaar.
pair-mismatch = De persoonlijke sleutel hoort niet bij het certificaat { $label } ({ $thumbprint }).
pair-mismatch-fix = Gebruik de sleutel die samen met dit certificaat is gemaakt, of genereer een nieuw sleutelpaar en upload beide.
pair-key-not-rsa = De persoonlijke sleutel is { $algorithm }, maar het veld van TOPdesk verwacht een RSA-sleutel.
pair-key-not-rsa-fix = Genereer een RSA-sleutelpaar (2048 bits of meer).
pair-key-weak-rsa = De persoonlijke RSA-sleutel heeft slechts { $bits } bits; het veld van TOPdesk vraagt 2048 of meer.
pair-key-weak-rsa-fix = Genereer een nieuw sleutelpaar van 2048 bits of meer.
pair-key-converted = De sleutel is { $format }{ $encrypted ->
        [yes] , met een wachtwoord beveiligd
       *[no] {""}
    }; de export zet hem om naar onversleutelde PKCS#8 DER, de indeling waar het veld van TOPdesk om vraagt{ $pkcs1 ->
        [yes] {" "}(servers op basis van Java weigeren PKCS#1 met "algid parse error, not a sequence")
       *[no] {""}
    }.
pair-key-converted-fix = Upload het geëxporteerde sleutelbestand, niet het origineel.
pair-cert-is-entra = Het certificaat { $label } is het handtekeningcertificaat van Entra{ $in_metadata ->
        [yes] {" "}uit de federatieve metagegevens
       *[no] {""}
    }. Volgens de zelfstudie van Microsoft hoort het hier, maar het TOPdesk-veld Certificaat ("Certificate (RSA)") verwacht het eigen servercertificaat van TOPdesk: Entra bewaart de persoonlijke sleutel ervan zelf, dus geen enkele sleutel die u hebt, kan er ooit bij passen.
pair-cert-is-entra-fix = Gebruik het certificaat en de sleutel van de TOPdesk-server ('Generate key pair' van TOPdesk zelf, of die van deze assistent) en laat het certificaat van Entra in de federatieve metagegevens.

## bundle: de export (SETTINGS.txt, de README bij de referentie, fouten)
## Bestandsnamen, URL's, de claim-URI en vingerafdrukken zijn placeholders: nooit vertalen.

bundle-errors-stand = de bundel is niet gemaakt omdat er nog fouten zijn; los die eerst op: { $errors }
bundle-missing = { $what ->
        [sp-metadata] voor de bundel zijn de SP-metagegevens van TOPdesk nodig: die geven de drie waarden voor Entra
        [entra-metadata] voor de bundel zijn de federatieve metagegevens van Entra nodig, gecontroleerd samen met die van TOPdesk
        [display-name] voor de bundel is een weergavenaam op één regel nodig
       *[user-attribute] voor de bundel is een gebruikersnaamkenmerk op één regel nodig
    }
bundle-bad-name = geen gewone bestandsnaam (geen mappen, geen punt aan het begin): { $name }
bundle-output-exists = de uitvoer bestaat al; er is niets gewijzigd, kies een nieuwe naam: { $path }
bundle-no-parent = de map om in te schrijven bestaat niet: { $path }
bundle-zip = kan het zip-bestand niet schrijven ({ $error }): { $path }
bundle-manifest = kan het manifest niet schrijven: { $error }
bundle-io-create-temp-folder = kan geen tijdelijke map maken
bundle-io-move-folder = kan de voltooide map niet op zijn plaats zetten
bundle-io-write-named = kan { $file } niet schrijven
bundle-io-create-temp-file = kan geen tijdelijk bestand maken
bundle-io-write-zip = kan het zip-bestand niet schrijven
bundle-io-move-file = kan het voltooide bestand niet op zijn plaats zetten
bundle-io-create-file = kan het bestand niet maken
bundle-io-write-file = kan het bestand niet schrijven
bundle-io-temp-name = kan geen tijdelijke naam kiezen
bundle-reference-readme = Het handtekeningcertificaat van Entra, alleen ter referentie: upload het nooit in het TOPdesk-veld Certificaat (Certificate (RSA)); in dat veld hoort { $file } (Entra bewaart de persoonlijke sleutel van dit certificaat zelf, dus geen enkele sleutel kan er ooit bij passen).
bundle-logo-too-big = Het logo is { $kib } KiB, meer dan de limiet van 1 MiB; sla een kleinere afbeelding op en kies die opnieuw: { $file }
bundle-logo-not-an-image = Het logo is geen PNG-, JPEG-, GIF- of ICO-afbeelding, ongeacht de bestandsnaam; sla het op als PNG en kies het opnieuw: { $file }
bundle-logo-damaged = Het logo begint als een { $format }, maar is beschadigd of afgebroken; exporteer het opnieuw en kies het nieuwe bestand: { $file }
bundle-logo-size = Het logo is { $width }×{ $height } pixels; schaal het naar een formaat tussen 1×1 en { $max }×{ $max } en kies het opnieuw: { $file }
bundle-when = { $date } { $time } UTC
bundle-settings-title = Eenmalige aanmelding TOPdesk <-> Microsoft Entra ID: instellingen
bundle-settings-made-by = Gemaakt door { $tool } { $version } op { $when }. TOPdesk-gedeelte: { $section ->
        [secure] Secure (behandelaars)
        [public] Public (selfserviceportal)
       *[unknown] onbekend
    }.
bundle-settings-topdesk-title = 1. TOPdesk: SAML-configuratieassistent van dit gedeelte, veld voor veld
bundle-settings-federation-metadata = Federatieve metagegevens (Federation Metadata)
bundle-settings-federation-metadata-value = upload { $file } (ongewijzigd: niet openen en opslaan)
bundle-settings-certificate = Certificaat (Certificate (RSA))
bundle-settings-certificate-value = upload { $file }: het enige certificaat voor dit veld, omdat het het eigen servercertificaat van TOPdesk is, het certificaat dat bij de persoonlijke sleutel hieronder past ({ $der_file } is hetzelfde certificaat in binaire DER, alleen als de upload PEM weigert; nooit het Entra-certificaat in { $reference_dir }/, waarvan Entra de sleutel zelf bewaart)
bundle-settings-private-key = Persoonlijke sleutel (Private key (RSA, PKCS8, DER))
bundle-settings-private-key-value = upload { $file } (geheim: verwijder het na het uploaden)
bundle-settings-logo = Logopictogram (Logo icon)
bundle-settings-logo-none = niets gekozen (optioneel)
bundle-settings-upload = upload { $file }
bundle-settings-display-name = Weergavenaam (Display name)
bundle-settings-entra-title = 2. Microsoft Entra: de bedrijfstoepassing > Eenmalige aanmelding > Standaard SAML-configuratie
bundle-settings-relay-state = Relaystatus
bundle-settings-logout-url = Afmeldings-URL
bundle-settings-leave-empty = leeg laten
bundle-settings-dates-title = 3. Vervaldatums (vernieuw vóór die tijd)
bundle-settings-cert-expiry = { $when } ({ $state ->
        [active] actief, vingerafdruk
        [inactive] niet actief, vingerafdruk
       *[none] vingerafdruk
    } { $thumbprint })
bundle-settings-metadata-valid = Federatieve metagegevens
bundle-settings-valid-until = geldig tot { $when }
bundle-settings-reminders = Agendaherinneringen
bundle-settings-reminders-value = importeer { $file } (herinneringen 60, 30 en 7 dagen vooraf)
bundle-settings-findings-title = 4. Bevindingen die nog openstaan
bundle-settings-findings-none = geen
bundle-settings-warnings = Waarschuwingen
bundle-settings-notes = Opmerkingen
