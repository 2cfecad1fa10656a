# The wizard's state machine (src/wizard): step titles, zone names, notices, step verdicts,
# what the export still needs, the timeline's labels and the Test login step's table.
# Placeholders ({ $name }) are filled in by the program; keep them as they are.

## Steps (src/wizard/mod.rs): shown in a narrow step list, keep them short

wizard-step-start = Start
wizard-step-entra = Entra-metagegevens
wizard-step-topdesk = TOPdesk-metagegevens
wizard-step-key-pair = Certificaat en sleutel
wizard-step-login-page = Inlogpagina
wizard-step-review = Controleren en exporteren
wizard-step-test-login = Aanmelding testen

## Zones for files (src/wizard/mod.rs)

wizard-slot-idp = federatieve metagegevens van Entra
wizard-slot-key = persoonlijke sleutel van TOPdesk
wizard-slot-logo = logo
# What a file is, after "is" ({ $what } below).
wizard-slot-what-idp = federatieve metagegevens van Entra
wizard-slot-what-sp = SP-metagegevens van TOPdesk
wizard-slot-what-cert = een certificaat
wizard-slot-what-key = een persoonlijke sleutel
wizard-what-capture = een vastgelegde aanmelding
wizard-slot-what-logo = een afbeelding (een logo)

## Where a loaded file went (src/wizard/mod.rs)

# $target: the zone it was dropped on; $what: wizard-slot-what-*; $step: a step title.
wizard-load-not-the-target = { $name } bevat niet { $target ->
        [idp] de federatieve metagegevens van Entra
        [sp] de SP-metagegevens van TOPdesk
        [cert] het TOPdesk-certificaat
        [key] de persoonlijke sleutel van TOPdesk
       *[logo] het logo
    } maar { $what }: het bestand is in stap { $number }, { $step }, geplaatst.
wizard-load-put-in-step = { $name } is { $what }: het bestand is in stap { $number }, { $step }, geplaatst.
wizard-load-own-key-wins = { $name } bevat een eigen persoonlijke sleutel, en die wordt gebruikt; { $old } is uit het sleutelvak gehaald (laad dat bestand opnieuw om het toch te gebruiken).
wizard-load-rejected = { $name } kan niet worden gebruikt: { $reason }
wizard-cannot-read = { $name } kan niet worden gelezen: { $reason }

## Fetching and comparing metadata (src/wizard/mod.rs, src/wizard/jobs.rs)

wizard-fetch-failed = { $url } kan niet worden opgehaald: { $reason }.
wizard-fetch-for-step = { $url } wordt opgehaald voor stap { $number }, { $step }.
wizard-fetch-cancelled = Het ophalen van { $url } is geannuleerd; er is niets gewijzigd.
wizard-fetch-done-into-step = { $url } is opgehaald en in stap { $number }, { $step }, overgenomen.
wizard-compare-fetch-failed = { $url } kan niet worden opgehaald: { $reason }
wizard-compare-loaded-file = het geladen bestand
wizard-compare-not-entra = { $other } bevat geen federatieve metagegevens van Entra

## Why a file cannot be used (src/wizard/jobs.rs): after "… cannot be used: "

wizard-route-other-metadata = { $description }. Gebruik het XML-bestand met federatieve metagegevens uit Entra of de SP-metagegevens uit TOPdesk.
wizard-route-not-xml-idp = het is geen XML. Dit vak is voor het XML-bestand met federatieve metagegevens dat uit de Entra-app is gedownload (een logo hoort bij de stap Inlogpagina).
wizard-route-not-xml-sp = het is geen XML. Dit vak is voor het XML-bestand met SP-metagegevens dat uit TOPdesk is gedownload (een logo hoort bij de stap Inlogpagina).
wizard-route-unknown = het is geen metagegevensbestand, certificaat, sleutel of afbeelding die deze assistent kent.

## A new key pair (src/wizard/mod.rs, src/wizard/jobs.rs)

wizard-keygen-no-host = Voer de hostnaam van TOPdesk in, zoals acme.topdesk.net, om een sleutelpaar te genereren.
wizard-keygen-replace-ask = Er zijn een certificaat en sleutel geladen die bij elkaar horen. Genereren maakt een nieuw paar en zet dat op hun plaats (de bestanden zelf blijven ongewijzigd): klik op “Genereren en vervangen” om door te gaan.
wizard-keygen-cert-description = Gegenereerd: RSA-{ $bits }, { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } geldig
wizard-keygen-key-description = Gegenereerd: PKCS#8, niet versleuteld
wizard-keygen-failed = het sleutelpaar kan niet worden gegenereerd ({ $reason })

## What a step still needs (src/wizard/verdict.rs)

wizard-ready-load-idp = Laad eerst de federatieve metagegevens van Entra.
wizard-ready-idp-unusable = Het Entra-bestand kan nog niet worden gebruikt; zie de meldingen hierboven.
wizard-ready-load-sp = Laad eerst de SP-metagegevens van TOPdesk.
wizard-ready-sp-unusable = Het TOPdesk-bestand geeft nog geen Antwoord-URL; zie de meldingen hierboven.
wizard-ready-password = Voer eerst het wachtwoord van het { $slot ->
        [cert] certificaatbestand
       *[key] sleutelbestand
    } in.
wizard-ready-reading = De bestanden worden gelezen…
wizard-ready-checking-pair = Het sleutelpaar wordt gecontroleerd…
wizard-ready-pair-mismatch = De sleutel hoort niet bij het certificaat.
wizard-ready-load-pair = Laad het TOPdesk-certificaat en de bijbehorende persoonlijke sleutel, of genereer een nieuw paar.
wizard-ready-display-name = Voer de weergavenaam (Display name) voor de inlogknop in.
wizard-ready-user-attribute = Kies het gebruikersnaamkenmerk (User name attribute).

## Exporting (src/wizard/verdict.rs, src/wizard/export.rs, src/wizard/jobs.rs)

# $step: a step title; $reason: what it still needs.
wizard-export-step-not-ready = { $step }: { $reason }
# $message: the first error's message.
wizard-export-errors-stand = { $count ->
        [one] Er is nog een fout
       *[other] Er zijn nog { $count } fouten; de eerste
    }: { $message }
wizard-export-pair-unproven = Er is nog niet aangetoond dat de sleutel bij het certificaat hoort.
wizard-export-no-cert = er is geen TOPdesk-certificaat om te exporteren
# What the bundle holds, in one line; $has_logo is yes or no.
wizard-export-holds = Entra-metagegevens { $idp }, TOPdesk-certificaat { $cert } met de bijbehorende sleutel, weergavenaam "{ $display_name }", { $has_logo ->
        [yes] logo { $logo }
       *[no] geen logo
    }

## Step verdicts (src/wizard/verdict.rs)

wizard-verdict-start = TOPdesk-gedeelte: { $section }.
wizard-verdict-entra-ready = Dit zijn de federatieve metagegevens van de Entra-app.
wizard-verdict-topdesk-ready = De metagegevens van TOPdesk geven de drie waarden voor Entra.
wizard-verdict-login-page-ready = De inlogknop van TOPdesk krijgt de tekst "{ $display_name }".
# $message: the worst finding's message.
wizard-verdict-manipulated = Dit bestand is gemanipuleerd: gebruik het niet. Download het opnieuw uit Entra; wat er is gevonden, staat hieronder.
wizard-verdict-and-more = { $message } (en nog { $count } hieronder)
wizard-verdict-the-file = het bestand
wizard-verdict-password-needed = { $name } is beveiligd met een wachtwoord: voer het hieronder in.
wizard-verdict-password-wrong = Met dat wachtwoord kan { $name } niet worden geopend. Probeer het opnieuw.
wizard-verdict-pair-match = Het certificaat en de sleutel horen bij elkaar.
wizard-verdict-load-key-too = Laad ook de persoonlijke sleutel.
wizard-verdict-load-cert-too = Laad ook het certificaat.
wizard-verdict-exported = Geëxporteerd naar { $path }.
wizard-verdict-export-outdated = Gewijzigd sinds de laatste export ({ $path }): exporteer opnieuw.
wizard-verdict-export-ready = Klaar om te exporteren.
wizard-verdict-export-not-ready = Nog niet klaar om te exporteren. { $reason }

## Expiry timeline (src/wizard/timeline.rs): $thumbprint is the thumbprint's start

wizard-timeline-entra-cert = { $active ->
        [yes] Entra-certificaat { $thumbprint }… (actief)
       *[no] Entra-certificaat { $thumbprint }…
    }
# validUntil is the metadata's attribute name: keep it.
wizard-timeline-valid-until = validUntil van de Entra-metagegevens
wizard-timeline-topdesk-cert = TOPdesk-certificaat { $thumbprint }…

## Test login (src/wizard/test_login.rs)

wizard-login-capture-description = Vastgelegde aanmelding, { $size ->
        [one] { $size } byte
       *[other] { $size } bytes
    }
wizard-login-either = een van beide
wizard-login-no-error = geen fout
# The table's check names; Issuer, ACS URL, Destination, Audience, Recipient, InResponseTo and
# NameID are SAML's own names and stay as they are.
wizard-login-check-signed = Ondertekend
wizard-login-check-entra-error = Entra-fout
wizard-login-check-status = Status
wizard-login-check-signature = Handtekening
wizard-login-check-valid = Geldig
wizard-login-check-user = Gebruikersnaam
# The signature received: its status, what it covers, and (a thumbprint) who signed it.
wizard-login-signature = { $status ->
        [valid] geldig
        [invalid] ongeldig
       *[absent] ontbreekt
    }{ $signed ->
        [response] : antwoord
        [assertion] : assertie
        [both] : antwoord en assertie
       *[none] {""}
    }{ $signed_by ->
        [none] {""}
       *[other] , door { $signed_by }
    }
wizard-login-signed-by-active = assertie ondertekend door { $thumbprint }
wizard-login-signed-assertion = een ondertekende assertie
wizard-login-validity = { $not_before } tot { $not_on_or_after }
wizard-login-validity-expected = omvat het tijdstip van de aanmelding
wizard-login-user-expected = de TOPdesk-inlognaam van de persoon
wizard-login-not-signed = niet ondertekend
wizard-login-unverified = niet geverifieerd: de handtekening klopt niet
wizard-login-verdict-idle = Sleep een vastgelegde aanmelding hierheen, of open of plak er een, om te zien of TOPdesk die zou accepteren.
wizard-login-verdict-reading = De vastgelegde aanmelding wordt gelezen…
wizard-login-verdict-accepted = TOPdesk zou deze aanmelding accepteren.
wizard-login-verdict-entra-refused = Entra heeft de aanmelding geweigerd: { $fix }
wizard-login-verdict-refused = TOPdesk zou de aanmelding weigeren: { $fix }
wizard-login-verdict-no-response = Geen antwoord in deze opname: leg de hele aanmelding vast, tot en met de pagina van TOPdesk.
# The large headline over a judged capture (the verdict line above says what to change).
wizard-login-headline-entra-refused = Entra heeft de aanmelding geweigerd
wizard-login-headline-refused = TOPdesk zou de aanmelding weigeren
wizard-login-headline-unreadable = De opname is niet te lezen
wizard-login-headline-no-response = Geen antwoord in deze opname
# A check row's expected value when nothing is expected (the value is shown, not compared).
wizard-login-not-compared = (niet vergeleken)
wizard-reminders-in-bundle = De geëxporteerde bundel bevat de herinneringen al: { $file } in { $bundle }. Importeer dat bestand in uw agenda.
wizard-login-not-checked = niet gecontroleerd: laad { $slot ->
        [idp] de federatieve metagegevens van Entra (stap 2)
       *[sp] de TOPdesk-metagegevens (stap 3)
    }
wizard-login-check-encryption = Versleuteling
wizard-login-encrypted = { $decrypted ->
        [yes] versleuteld voor TOPdesk; hier ontsleuteld met de persoonlijke sleutel van TOPdesk (die verlaat deze computer nooit)
       *[no] versleuteld voor TOPdesk; niet ontsleuteld: laad de persoonlijke sleutel van TOPdesk in stap 4
    }
wizard-login-encryption-expected = de persoonlijke sleutel van TOPdesk opent het

## Controleren in Entra (wizard/entra_live.rs)
wizard-entra-verdict-no-app = Geen enkele Entra-app heeft het Id van TOPdesk: voeg "TOPdesk - Secure" of "TOPdesk - Public" toe uit de galerie onder Bedrijfstoepassingen (of voer topdesk-sso entra create uit) en controleer opnieuw.
wizard-entra-verdict-errors = { $count ->
        [one] Eén instelling in Entra is niet wat TOPdesk verwacht: aanmelden mislukt tot die goed staat.
       *[other] { $count } instellingen in Entra zijn niet wat TOPdesk verwacht: aanmelden mislukt tot ze goed staan.
    }
wizard-entra-verdict-warnings = Aanmelden kan werken; { $count ->
        [one] één instelling verdient aandacht.
       *[other] { $count } instellingen verdienen aandacht.
    }
wizard-entra-verdict-ok = Entra is ingesteld zoals TOPdesk verwacht.
wizard-entra-no-client-id = Typ eerst de toepassings-id (client-id) van uw eigen openbare client-app.
wizard-entra-no-sp = Laad eerst de SP-metagegevens van TOPdesk: daarin staat wat Entra moet bevatten.
wizard-entra-outdated = De waarden van TOPdesk zijn sinds deze controle gewijzigd (ander metagegevensbestand of gedeelte): controleer opnieuw voordat u toepast.
wizard-entra-no-browser = De browser kon niet worden geopend: { $why }
wizard-entra-failed-register = { $why }. Registreer eenmalig een openbare client-app: Entra-beheercentrum, App-registraties, Nieuwe registratie; omleidings-URI "Openbare client/systeemeigen (mobiel en desktop)" http://localhost, en { $redirect } toegevoegd in het Manifest (replyUrlsWithType); API-machtigingen, Microsoft Graph, gedelegeerd: Application.Read.All en Application.ReadWrite.All; verleen beheerderstoestemming. Typ daarna hier de toepassings-id (client-id).
