# The wizard's state machine (src/wizard): step titles, zone names, notices, step verdicts,
# what the export still needs, the timeline's labels and the Test login step's table.
# Placeholders ({ $name }) are filled in by the program; keep them as they are.

## Steps (src/wizard/mod.rs): shown in a narrow step list, keep them short

wizard-step-start = Start
wizard-step-entra = Entra-Metadaten
wizard-step-topdesk = TOPdesk-Metadaten
wizard-step-key-pair = Zertifikat und Schlüssel
wizard-step-login-page = Login-Seite
wizard-step-review = Prüfen und exportieren
wizard-step-test-login = Anmeldung testen

## Zones for files (src/wizard/mod.rs)

wizard-slot-idp = Entra-Verbundmetadaten
wizard-slot-key = privater TOPdesk-Schlüssel
wizard-slot-logo = Logo
# What a file is, after "is" ({ $what } below).
wizard-slot-what-idp = die Datei mit den Entra-Verbundmetadaten
wizard-slot-what-sp = die Datei mit den TOPdesk-SP-Metadaten
wizard-slot-what-cert = ein Zertifikat
wizard-slot-what-key = ein privater Schlüssel
wizard-what-capture = eine aufgezeichnete Anmeldung
wizard-slot-what-logo = ein Bild (ein Logo)

## Where a loaded file went (src/wizard/mod.rs)

# $target: the zone it was dropped on; $what: wizard-slot-what-*; $step: a step title.
wizard-load-not-the-target = { $name } ist nicht { $target ->
        [idp] die Datei mit den Entra-Verbundmetadaten
        [sp] die Datei mit den TOPdesk-SP-Metadaten
        [cert] das TOPdesk-Zertifikat
        [key] der private TOPdesk-Schlüssel
       *[logo] das Logo
    }, sondern { $what }: Die Datei wurde in Schritt { $number }, { $step }, abgelegt.
wizard-load-put-in-step = { $name } ist { $what }: Die Datei wurde in Schritt { $number }, { $step }, abgelegt.
wizard-load-own-key-wins = { $name } enthält einen eigenen privaten Schlüssel, der verwendet wird; { $old } wurde aus dem Schlüsselfeld entfernt (laden Sie die Datei erneut, um sie stattdessen zu verwenden).
wizard-load-rejected = { $name } kann nicht verwendet werden: { $reason }
wizard-cannot-read = { $name } kann nicht gelesen werden: { $reason }

## Fetching and comparing metadata (src/wizard/mod.rs, src/wizard/jobs.rs)

wizard-fetch-failed = { $url } kann nicht abgerufen werden: { $reason }.
wizard-fetch-for-step = { $url } wird für Schritt { $number }, { $step }, abgerufen.
wizard-fetch-cancelled = Das Abrufen von { $url } wurde abgebrochen; es wurde nichts geändert.
wizard-fetch-done-into-step = { $url } wurde abgerufen und in Schritt { $number }, { $step }, übernommen.
wizard-compare-fetch-failed = { $url } kann nicht abgerufen werden: { $reason }
wizard-compare-loaded-file = die geladene Datei
wizard-compare-not-entra = { $other } enthält keine Entra-Verbundmetadaten

## Why a file cannot be used (src/wizard/jobs.rs): after "… cannot be used: "

wizard-route-other-metadata = { $description }. Verwenden Sie die Verbundmetadaten-XML aus Entra oder die SP-Metadaten aus TOPdesk.
wizard-route-not-xml-idp = es ist kein XML. Dieses Feld nimmt die aus der Entra-App heruntergeladene Verbundmetadaten-XML auf (ein Logo gehört zum Schritt Login-Seite).
wizard-route-not-xml-sp = es ist kein XML. Dieses Feld nimmt die aus TOPdesk heruntergeladene SP-Metadaten-XML auf (ein Logo gehört zum Schritt Login-Seite).
wizard-route-unknown = es handelt sich weder um Metadaten noch um ein Zertifikat, einen Schlüssel oder ein Bild, das dieser Assistent kennt.

## A new key pair (src/wizard/mod.rs, src/wizard/jobs.rs)

wizard-keygen-no-host = Geben Sie den TOPdesk-Hostnamen ein, z. B. acme.topdesk.net, um ein Schlüsselpaar zu erzeugen.
wizard-keygen-replace-ask = Ein Zertifikat und ein Schlüssel, die zusammengehören, sind geladen. Erzeugen macht ein neues Paar und setzt es an ihre Stelle (die Dateien selbst bleiben unverändert): Klicken Sie auf „Erzeugen und ersetzen“, um fortzufahren.
wizard-keygen-cert-description = Erzeugt: RSA-{ $bits }, { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } gültig
wizard-keygen-key-description = Erzeugt: PKCS#8, unverschlüsselt
wizard-keygen-failed = das Schlüsselpaar konnte nicht erzeugt werden ({ $reason })

## What a step still needs (src/wizard/verdict.rs)

wizard-ready-load-idp = Laden Sie zuerst die Entra-Verbundmetadaten.
wizard-ready-idp-unusable = Die Entra-Datei kann noch nicht verwendet werden; siehe die Meldungen oben.
wizard-ready-load-sp = Laden Sie zuerst die TOPdesk-SP-Metadaten.
wizard-ready-sp-unusable = Die TOPdesk-Datei liefert noch keine Antwort-URL; siehe die Meldungen oben.
wizard-ready-password = Geben Sie zuerst das Kennwort der { $slot ->
        [cert] Zertifikatsdatei
       *[key] Schlüsseldatei
    } ein.
wizard-ready-reading = Die Dateien werden gelesen…
wizard-ready-checking-pair = Das Schlüsselpaar wird geprüft…
wizard-ready-pair-mismatch = Der Schlüssel gehört nicht zum Zertifikat.
wizard-ready-load-pair = Laden Sie das TOPdesk-Zertifikat und seinen privaten Schlüssel, oder erzeugen Sie ein neues Paar.
wizard-ready-display-name = Geben Sie den Anzeigenamen (Display name) für die Anmeldeschaltfläche ein.
wizard-ready-user-attribute = Wählen Sie das Benutzernamenattribut (User name attribute) aus.

## Exporting (src/wizard/verdict.rs, src/wizard/export.rs, src/wizard/jobs.rs)

# $step: a step title; $reason: what it still needs.
wizard-export-step-not-ready = { $step }: { $reason }
# $message: the first error's message.
wizard-export-errors-stand = { $count ->
        [one] Ein Fehler ist noch offen
       *[other] { $count } Fehler sind noch offen; der erste
    }: { $message }
wizard-export-pair-unproven = Es ist noch nicht nachgewiesen, dass der Schlüssel zum Zertifikat gehört.
wizard-export-no-cert = es gibt kein TOPdesk-Zertifikat zum Exportieren
# What the bundle holds, in one line; $has_logo is yes or no.
wizard-export-holds = Entra-Metadaten { $idp }, TOPdesk-Zertifikat { $cert } mit seinem Schlüssel, Anzeigename „{ $display_name }“, { $has_logo ->
        [yes] Logo { $logo }
       *[no] kein Logo
    }

## Step verdicts (src/wizard/verdict.rs)

wizard-verdict-start = TOPdesk-Bereich: { $section }.
wizard-verdict-entra-ready = Dies sind die Verbundmetadaten Ihrer Entra-App.
wizard-verdict-topdesk-ready = Die TOPdesk-Metadaten liefern die drei Werte für Entra.
wizard-verdict-login-page-ready = Die Anmeldeschaltfläche von TOPdesk wird „{ $display_name }“ anzeigen.
# $message: the worst finding's message.
wizard-verdict-manipulated = Diese Datei wurde manipuliert: Verwenden Sie sie nicht. Laden Sie sie erneut aus Entra herunter; was gefunden wurde, steht unten.
wizard-verdict-and-more = { $message } (und { $count } weitere unten)
wizard-verdict-the-file = die Datei
wizard-verdict-password-needed = { $name } ist kennwortgeschützt: Geben Sie das Kennwort unten ein.
wizard-verdict-password-wrong = Mit diesem Kennwort lässt sich { $name } nicht öffnen. Versuchen Sie es erneut.
wizard-verdict-pair-match = Zertifikat und Schlüssel gehören zusammen.
wizard-verdict-load-key-too = Laden Sie auch den privaten Schlüssel.
wizard-verdict-load-cert-too = Laden Sie auch das Zertifikat.
wizard-verdict-exported = Exportiert nach { $path }.
wizard-verdict-export-outdated = Seit dem letzten Export geändert ({ $path }): Exportieren Sie erneut.
wizard-verdict-export-ready = Bereit zum Exportieren.
wizard-verdict-export-not-ready = Noch nicht bereit zum Exportieren. { $reason }

## Expiry timeline (src/wizard/timeline.rs): $thumbprint is the thumbprint's start

wizard-timeline-entra-cert = { $active ->
        [yes] Entra-Zertifikat { $thumbprint }… (aktiv)
       *[no] Entra-Zertifikat { $thumbprint }…
    }
# validUntil is the metadata's attribute name: keep it.
wizard-timeline-valid-until = validUntil der Entra-Metadaten
wizard-timeline-topdesk-cert = TOPdesk-Zertifikat { $thumbprint }…

## Test login (src/wizard/test_login.rs)

wizard-login-capture-description = Aufgezeichnete Anmeldung, { $size ->
        [one] { $size } Byte
       *[other] { $size } Bytes
    }
wizard-login-either = beides möglich
wizard-login-no-error = kein Fehler
# The table's check names; Issuer, ACS URL, Destination, Audience, Recipient, InResponseTo and
# NameID are SAML's own names and stay as they are.
wizard-login-check-signed = Signiert
wizard-login-check-entra-error = Entra-Fehler
wizard-login-check-status = Status
wizard-login-check-signature = Signatur
wizard-login-check-valid = Gültig
wizard-login-check-user = Benutzername
# The signature received: its status, what it covers, and (a thumbprint) who signed it.
wizard-login-signature = { $status ->
        [valid] gültig
        [invalid] ungültig
       *[absent] fehlt
    }{ $signed ->
        [response] : Antwort
        [assertion] : Assertion
        [both] : Antwort und Assertion
       *[none] {""}
    }{ $signed_by ->
        [none] {""}
       *[other] , von { $signed_by }
    }
wizard-login-signed-by-active = Assertion signiert von { $thumbprint }
wizard-login-signed-assertion = eine signierte Assertion
wizard-login-validity = { $not_before } bis { $not_on_or_after }
wizard-login-validity-expected = umfasst den Zeitpunkt der Anmeldung
wizard-login-user-expected = der TOPdesk-Anmeldename der Person
wizard-login-not-signed = nicht signiert
wizard-login-unverified = nicht verifiziert: die Signatur ist ungültig
wizard-login-verdict-idle = Ziehen Sie eine aufgezeichnete Anmeldung hierher, oder öffnen oder fügen Sie eine ein, um zu sehen, ob TOPdesk sie akzeptieren würde.
wizard-login-verdict-reading = Die Aufzeichnung wird gelesen…
wizard-login-verdict-accepted = TOPdesk würde diese Anmeldung akzeptieren.
wizard-login-verdict-entra-refused = Entra hat die Anmeldung abgelehnt: { $fix }
wizard-login-verdict-refused = TOPdesk würde die Anmeldung ablehnen: { $fix }
wizard-login-verdict-no-response = Keine Antwort in dieser Aufzeichnung: Zeichnen Sie die ganze Anmeldung auf, bis zur Seite von TOPdesk.
# The large headline over a judged capture (the verdict line above says what to change).
wizard-login-headline-entra-refused = Entra hat die Anmeldung abgelehnt
wizard-login-headline-refused = TOPdesk würde die Anmeldung ablehnen
wizard-login-headline-unreadable = Die Aufzeichnung ist nicht lesbar
wizard-login-headline-no-response = Keine Antwort in dieser Aufzeichnung
# A check row's expected value when nothing is expected (the value is shown, not compared).
wizard-login-not-compared = (nicht verglichen)
wizard-reminders-in-bundle = Das exportierte Paket enthält die Erinnerungen bereits: { $file } in { $bundle }. Importieren Sie diese Datei in Ihren Kalender.
wizard-login-not-checked = nicht geprüft: Laden Sie { $slot ->
        [idp] die Entra-Verbundmetadaten (Schritt 2)
       *[sp] die TOPdesk-Metadaten (Schritt 3)
    }
wizard-login-check-encryption = Verschlüsselung
wizard-login-encrypted = { $decrypted ->
        [yes] für TOPdesk verschlüsselt; hier mit dem privaten Schlüssel von TOPdesk entschlüsselt (er verlässt diesen Computer nie)
       *[no] für TOPdesk verschlüsselt; nicht entschlüsselt: Laden Sie den privaten Schlüssel von TOPdesk in Schritt 4
    }
wizard-login-encryption-expected = der private Schlüssel von TOPdesk öffnet sie

## In Entra prüfen (wizard/entra_live.rs)
wizard-entra-verdict-no-app = Keine Entra-App hat den Bezeichner von TOPdesk: fügen Sie "TOPdesk - Secure" oder "TOPdesk - Public" aus dem Katalog unter Unternehmensanwendungen hinzu (oder führen Sie topdesk-sso entra create aus) und prüfen Sie erneut.
wizard-entra-verdict-errors = { $count ->
        [one] Eine Einstellung in Entra entspricht nicht dem, was TOPdesk erwartet: Anmeldungen scheitern, bis sie richtig ist.
       *[other] { $count } Einstellungen in Entra entsprechen nicht dem, was TOPdesk erwartet: Anmeldungen scheitern, bis sie richtig sind.
    }
wizard-entra-verdict-warnings = Anmeldungen können funktionieren; { $count ->
        [one] eine Einstellung verdient einen Blick.
       *[other] { $count } Einstellungen verdienen einen Blick.
    }
wizard-entra-verdict-ok = Entra ist so eingerichtet, wie TOPdesk es erwartet.
wizard-entra-no-client-id = Geben Sie zuerst die Anwendungs-ID (Client-ID) Ihrer eigenen öffentlichen Client-App ein.
wizard-entra-no-sp = Laden Sie zuerst die SP-Metadaten von TOPdesk: Sie sagen, was in Entra stehen muss.
wizard-entra-outdated = Die Werte von TOPdesk haben sich seit dieser Prüfung geändert (andere Metadatendatei oder anderer Bereich): prüfen Sie erneut, bevor Sie anwenden.
wizard-entra-no-browser = Der Browser konnte nicht geöffnet werden: { $why }
wizard-entra-failed-register = { $why }. Registrieren Sie einmal eine öffentliche Client-App: Entra Admin Center, App-Registrierungen, Neue Registrierung; Umleitungs-URI "Öffentlicher Client/nativ (mobil und Desktop)" http://localhost, und { $redirect } im Manifest ergänzt (replyUrlsWithType); API-Berechtigungen, Microsoft Graph, delegiert: Application.Read.All und Application.ReadWrite.All; Administratorzustimmung erteilen. Geben Sie danach hier ihre Anwendungs-ID (Client-ID) ein.
