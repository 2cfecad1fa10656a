# Das Fenster (src/ui).

## Schrittliste
ui-language = Sprache

## Fenster starten (src/main.rs)
app-opengl-failed = der OpenGL-Renderer konnte nicht starten ({ $error }); wgpu wird versucht
app-no-renderer = kein Renderer konnte starten: OpenGL ({ $opengl }), wgpu ({ $wgpu })
app-no-window = das Fenster konnte nicht geöffnet werden

## Ablagefelder und gemeinsame Bausteine (src/ui/widgets.rs)
ui-fetching = { $address } wird abgerufen…
ui-cancel = Abbrechen
ui-metadata-url = Metadaten-URL
ui-fetch = Abrufen
ui-drop-here = Datei hier ablegen
ui-zone-path = Pfad: { $title }
ui-open = Öffnen
ui-open-file = Datei öffnen…
ui-paste = Einfügen
ui-paste-hover = XML- oder PEM-Text aus der Zwischenablage einfügen (Strg+V)
ui-remove = Entfernen
ui-zone-button = { $button } ({ $zone })
ui-copy = Kopieren
ui-copied = Kopiert
ui-copy-what = { $what } kopieren
ui-copied-what = { $what } kopiert
ui-cert-valid = gültig
ui-cert-expires-in = { $days ->
        [one] läuft in { $days } Tag ab
       *[other] läuft in { $days } Tagen ab
    }
ui-cert-expired = abgelaufen
ui-cert-not-yet-valid = noch nicht gültig
ui-cert-row-valid = Gültig
ui-cert-valid-range = { $from } bis { $to }
ui-cert-row-key = Schlüssel
ui-cert-key-bits = { $algorithm } { $bits } Bit
ui-cert-row-sha1 = Fingerabdruck (SHA-1)

## Ablauf-Zeitleiste (src/ui/timeline.rs)
timeline-range = { $from } bis { $until }
timeline-until = bis { $until }
timeline-expired-today = heute abgelaufen
timeline-expired-ago = vor { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } abgelaufen
timeline-not-yet-valid = noch nicht gültig (beginnt in { $starts ->
        [one] { $starts } Tag
       *[other] { $starts } Tagen
    }), noch { $left ->
        [one] { $left } Tag
       *[other] { $left } Tage
    }
timeline-expires-today = läuft heute ab (Warnung: unter { $warning_days ->
        [one] { $warning_days } Tag
       *[other] { $warning_days } Tagen
    })
timeline-left-warning = noch { $left ->
        [one] { $left } Tag
       *[other] { $left } Tage
    } (Warnung: unter { $warning_days ->
        [one] { $warning_days } Tag
       *[other] { $warning_days } Tagen
    })
timeline-left = noch { $left ->
        [one] { $left } Tag
       *[other] { $left } Tage
    }
timeline-row = { $label }, { $range }, { $status }
timeline-summary = Ablauf-Zeitleiste, heute { $today }: { $rows }.
timeline-empty = Noch keine Datumsangaben vorhanden.
timeline-today = Heute
timeline-legend = Warnung: { $warning_days ->
        [one] { $warning_days } Tag
       *[other] { $warning_days } Tage
    }

## Das Fenster: Dialoge, Zwischenablage, Ablegen, Design (src/ui/mod.rs, platform.rs, theme.rs)
ui-theme-light = Hell
ui-theme-dark = Dunkel
ui-theme-system = System
ui-filter-metadata = Metadaten-XML
ui-filter-keys = Zertifikate und Schlüssel
ui-filter-images = Bilder
ui-filter-capture = HAR, SAML oder Text
ui-dialog-open-slot = { $what } öffnen
ui-dialog-export-folder = Ordner für den Export wählen
ui-dialog-compare = Die andere Version der Entra-Verbundmetadaten öffnen
ui-dialog-reminders = Kalendererinnerungen speichern
ui-dialog-capture = Eine aufgezeichnete Anmeldung öffnen
ui-no-dialog = Auf diesem System steht kein Dateidialog zur Verfügung (installieren Sie xdg-desktop-portal oder zenity); ziehen Sie die Dateien stattdessen in das Fenster.
ui-dialog-failed = Der Dateidialog ist fehlgeschlagen; ziehen Sie die Dateien stattdessen in das Fenster.
ui-missing-folder = { $missing }: { $path }
ui-export-no-folder = Der Exportordner existiert nicht; geben Sie einen anderen ein oder wählen Sie einen
ui-reminders-no-folder = Der Exportordner existiert nicht, die Erinnerungen können also nirgends gespeichert werden; geben Sie einen anderen ein
ui-reminders-nothing = Noch kein Zertifikat für Erinnerungen: Laden Sie die Entra- oder TOPdesk-Metadaten oder das TOPdesk-Zertifikat.
ui-cannot-write = die Datei kann nicht geschrieben werden ({ $error }): { $path }
ui-reminders-written = Erinnerungen (Alarme 60, 30 und 7 Tage vor jedem Ablauf; öffnen Sie die Datei mit Ihrem Kalender) gespeichert in { $path }
ui-reminders-failed = Die Erinnerungen wurden nicht gespeichert: { $error }
ui-pasted-text = eingefügter Text
ui-dropped-file = abgelegte Datei
ui-clipboard-empty = Die Zwischenablage enthält keinen Text. Kopieren Sie zuerst den XML- oder PEM-Text, oder ziehen Sie die Datei hierher.
ui-clipboard-empty-capture = Die Zwischenablage enthält keinen Text. Kopieren Sie zuerst die SAMLResponse, die URL oder den Fehlertext, oder ziehen Sie die Datei hierher.
ui-drop-unreadable = Die abgelegte Datei kann nicht gelesen werden: { $error }
ui-folder-gone = Der Ordner kann nicht geöffnet werden: Er existiert nicht mehr. Das Paket liegt in { $folder }
ui-folder-no-opener = Der Ordner kann nicht geöffnet werden: { $program } ist nicht installiert (es öffnet Ordner im Dateimanager des Desktops). Das Paket liegt in { $folder }
ui-folder-failed = Der Ordner kann nicht geöffnet werden ({ $error }). Das Paket liegt in { $folder }
ui-browser-failed = Der Browser kann nicht geöffnet werden ({ $error }). Öffnen Sie diese Adresse selbst: { $url }

## Steps (src/ui/steps)
# Kopierte Werte (URLs, Fingerabdrücke, Anspruchs-URIs, Dateinamen) bleiben, wie sie sind.

# Die Schrittliste und Zurück / Weiter (src/ui/steps/mod.rs)
steps-list-section = Bereich: { $section }
steps-list-working = Wird ausgeführt…
steps-list-theme = Design
steps-nav-back = Zurück
steps-nav-next = Weiter
steps-nav-missing = Für den Export fehlt noch: { $why }
steps-nav-error-above = Sie können fortfahren; der Export wartet, bis der Fehler oben behoben ist.
steps-nav-enter = oder drücken Sie die Eingabetaste
steps-other-section = Diese TOPdesk-Datei gehört zum Bereich { $section ->
        [secure] Secure (Bearbeiter)
       *[public] Public (Self-Service-Portal)
    }.
steps-switch-section = Zu { $name } wechseln
steps-entities-choose = Diese Datei enthält { $count } Entitäten: Wählen Sie die zu verwendende aus
steps-entities-search = Suchen
steps-entities-search-hint = Teil einer entityID
steps-entities-more = … { $count } weitere: Suche verfeinern

# Schritt 1 (start.rs)
steps-start-intro = Dieser Assistent füllt den SAML-Konfigurationsassistenten von TOPdesk und die Grundlegende SAML-Konfiguration von Entra aus zwei Dateien aus, prüft sie und exportiert, was hochgeladen werden muss. Alles bleibt auf diesem Computer.
steps-start-which-section = Welchen TOPdesk-Bereich verbinden Sie?
steps-start-secure = Secure: Bearbeiter melden sich unter /tas/secure an
steps-start-public = Public: das Self-Service-Portal unter /tas/public
steps-start-sections-apart = Jeder Bereich hat eine eigene SAML-Konfiguration, eigene SP-Metadaten und eine eigene Entra-App.
steps-start-at-hand = Halten Sie Folgendes bereit
steps-start-need-entra = Entra-Verbundmetadaten: Microsoft Entra Admin Center > Unternehmensanwendungen > Ihre TOPdesk-App > Einmaliges Anmelden > SAML-Zertifikate > Verbundmetadaten-XML (Herunterladen).
steps-start-need-sp = TOPdesk-SP-Metadaten: TOPdesk > Einstellungen > Anmeldeeinstellungen > SAML-Anmeldung > Ihre Konfiguration > SP-Metadaten herunterladen (oder die Metadaten-URL öffnen).
steps-start-need-pair = Zertifikat und privater Schlüssel von TOPdesk, in beliebigem Format (PEM, DER, PFX…), oder lassen Sie diesen Assistenten ein neues Paar erzeugen.
steps-start-tip = Tipp: Ziehen Sie eine Datei an eine beliebige Stelle dieses Fensters; der Assistent erkennt sie und legt sie an die richtige Stelle.
steps-start-recent = Zuletzt verwendete Metadatendateien
steps-start-fetch-again = Diese Adresse erneut abrufen

steps-entra-zone-hint = Legen Sie die Verbundmetadaten-XML hier ab, öffnen Sie sie, oder fügen Sie ihren Text ein.
steps-entra-identifier = Entra-Bezeichner
steps-entra-login-url = Anmelde-URL
steps-entra-signature-invalid = Signatur: ungültig (siehe oben).
steps-entra-signature-valid = Signatur: gültig.
steps-entra-signature-none = Signatur: Die Datei ist nicht signiert.
steps-entra-signed-by = Signatur gültig: Die Datei wurde nicht geändert, seit sie mit dem Zertifikat { $thumbprint } signiert wurde; { $kind ->
        [app] vergleichen Sie diesen Fingerabdruck mit dem auf der Seite SAML-Zertifikate der Entra-App.
        [not-app] dies sind nicht die Metadaten einer Entra-App, daher gibt es keine Seite SAML-Zertifikate, mit der sich dieser Fingerabdruck vergleichen ließe.
       *[other] vergleichen Sie diesen Fingerabdruck mit dem Tokensignaturzertifikat, das Ihr Identitätsanbieter anzeigt.
    }
steps-entra-thumbprint = Fingerabdruck
steps-entra-active = aktiv
steps-entra-compare-heading = Mit einer anderen Version vergleichen
steps-entra-compare-hint = Vor einem Zertifikatwechsel: die Datei, die TOPdesk jetzt hat (oder ein exportierter Paketordner oder eine https://-Adresse), im Vergleich zu der hier geladenen.
steps-entra-compare-dialog = Mit einer anderen Version vergleichen…
steps-entra-other-version = Andere Version
steps-entra-compare-field-hint = Dateipfad oder https://…
steps-entra-compare = Vergleichen
steps-entra-comparing = Wird verglichen…
steps-entra-close-comparison = Vergleich schließen
steps-entra-other-version-from = Andere Version: { $from }
steps-entra-col-certificate = Signaturzertifikat
steps-entra-col-here = Hier geladen
steps-entra-col-signs = Signiert
steps-entra-col-until = Gültig bis
steps-entra-col-changed = Geändert
steps-entra-listed = aufgeführt
steps-entra-added = hinzugefügt
steps-entra-removed = entfernt
steps-entra-signs = signiert

steps-topdesk-zone-hint = Legen Sie die SP-Metadaten-XML von TOPdesk hier ab, öffnen Sie sie, oder fügen Sie ihren Text ein.
steps-topdesk-where = Entra > Ihre TOPdesk-App > Einmaliges Anmelden > Grundlegende SAML-Konfiguration
steps-topdesk-section-in-file = TOPdesk-Bereich in dieser Datei: { $section }
steps-topdesk-copy-all = Alle kopieren
steps-topdesk-leave-empty = Relayzustand und Abmelde-URL: leer lassen.

# Schritt 4 (keypair.rs)
steps-keypair-intro = „Certificate (RSA)“ und „Private key“ in TOPdesk sind das eigene Schlüsselpaar des TOPdesk-Servers, nicht das Zertifikat von Entra. Eine PFX- oder PEM-Datei mit beidem ist auch in Ordnung.
steps-keypair-cert-zone = Zertifikat
steps-keypair-cert-hint = Legen Sie das TOPdesk-Zertifikat hier ab (PEM, CER, DER, PFX).
steps-keypair-key-hint = Legen Sie den privaten Schlüssel hier ab (PEM, DER, PKCS#8, PKCS#1, PFX).
steps-keypair-cert-is-entra = Dies ist das Zertifikat von Entra. Laut dem Tutorial von Microsoft gehört es hierher, aber Entra behält den privaten Schlüssel: Kein Schlüssel, den Sie haben, wird je dazu passen. Verwenden Sie das eigene Zertifikat und den eigenen Schlüssel von TOPdesk, oder klicken Sie oben auf „Neues Schlüsselpaar erzeugen…“.
steps-keypair-password = Kennwort
steps-keypair-unlock = Entsperren
steps-keypair-password-note = Das Kennwort öffnet nur diese eine Datei und wird vergessen, sobald die Datei entfernt oder ersetzt wird; es wird nie gespeichert.
steps-keypair-generate-header = Neues Schlüsselpaar erzeugen…
steps-keypair-generate-intro = Erzeugt einen neuen RSA-Schlüssel und ein selbstsigniertes Zertifikat für den TOPdesk-Server. Laden Sie beide in TOPdesk hoch (sie ersetzen das aktuelle Paar), und geben Sie Entra danach die neuen SP-Metadaten von TOPdesk, falls Assertions verschlüsselt werden.
steps-keypair-host = TOPdesk-Hostname
steps-keypair-key-size = Schlüssellänge
steps-keypair-bits = { $bits } Bit
steps-keypair-valid-days = Gültig (Tage)
steps-keypair-days-range = 1 bis 3650
steps-keypair-generate = Erzeugen
steps-keypair-generate-replace = Erzeugen und ersetzen
steps-keypair-generating = Wird erzeugt…
steps-keypair-generated = Erzeugt und oben geladen

# Schritt 5 (login.rs)
steps-login-display-name = Anzeigename (Display name): Text auf der Anmeldeschaltfläche von TOPdesk
steps-login-attr-email = E-Mail-Adresse (Standard): Entra sendet user.mail; jede Person in TOPdesk braucht dieselbe Adresse, und user.mail darf nicht leer sein.
steps-login-attr-upn = Benutzerprinzipalname: Entra sendet user.userprincipalname; TOPdesk-Anmeldenamen müssen dem UPN entsprechen.
steps-login-attr-oid = Objekt-ID: eine GUID, die sich nie ändert; TOPdesk muss sie pro Person gespeichert haben.
steps-login-attr-nameid = Name ID: der Wert, auf den die Eindeutige Benutzer-ID in Entra gesetzt ist (standardmäßig user.userprincipalname).
steps-login-logo-zone = Logosymbol (Logo icon), optional
steps-login-logo-hint = Legen Sie ein PNG-, JPEG-, GIF- oder ICO-Bild hier ab (bis 1024×1024, 1 MiB).
steps-login-logo-preview = Logovorschau

# Schritt 6 (review.rs)
steps-review-empty = Laden Sie zuerst die Dateien; ihre Befunde und Daten erscheinen hier.
steps-review-errors = Fehler: vor dem Export beheben ({ $count })
steps-review-warnings = Warnungen ({ $count })
steps-review-notes = Hinweise ({ $count })
steps-review-timeline = Ablauf-Zeitleiste
steps-review-export = Export
steps-review-export-intro = Schreibt einen neuen Ordner (oder eine ZIP-Datei) mit genau den Dateien und Werten, die der Dialog von TOPdesk verlangt, und SETTINGS.txt, das sagt, was wohin gehört.
steps-review-export-folder = Exportordner
steps-review-choose = Auswählen…
steps-review-zip = Als eine .zip-Datei
steps-review-export-bundle = Paket exportieren
steps-review-reminders = Erinnerungen zum Kalender hinzufügen…
steps-review-reminders-hover = Eine Kalenderdatei mit dem Ablauftag jedes Zertifikats, mit Erinnerungen 60, 30 und 7 Tage vorher.
steps-review-not-yet = Export ist noch nicht möglich: { $why }
steps-review-exported = Exportiert nach { $path }
steps-review-stale = Seit dem letzten Export geändert: { $path } enthält die früheren Dateien. Exportieren Sie erneut.
steps-review-holds = Inhalt: { $holds }.
steps-review-open-folder = Ordner öffnen
steps-review-failed = Export fehlgeschlagen: { $error }

# Schritt 7 (test_login.rs)
steps-test-how-heading = Eine Anmeldung aufzeichnen
steps-test-how-devtools-name = Browser-Entwicklertools
steps-test-how-devtools = F12 > Netzwerk, „Protokoll beibehalten“ aktivieren, über TOPdesk anmelden. Dann die SAMLResponse des POST an …/login/verify (Nutzlast) oder die URL in der Adressleiste der Entra-Seite kopieren, oder Rechtsklick > Alle als HAR speichern.
steps-test-how-tracer-name = SAML-tracer
steps-test-how-tracer = Das Browser-Add-on: Wählen Sie die SAML-Nachricht aus und kopieren Sie ihren Base64-Wert, oder exportieren Sie sie.
steps-test-how-entra-name = Testen in Entra
steps-test-how-entra = Unternehmensanwendung > Einmaliges Anmelden > Testen: Laden Sie die SAML-Antwort herunter, oder kopieren Sie den Fehlertext mit seinem AADSTS-Code.
steps-test-privacy = Alles bleibt auf diesem Computer: Eine verschlüsselte Assertion wird mit dem TOPdesk-Schlüssel aus Schritt 4 gelesen, und nichts Entschlüsseltes wird geschrieben.
steps-test-messages = { $count } Nachrichten in dieser Aufzeichnung
steps-test-response = { $number }. Antwort { $id }
steps-test-request = { $number }. Anforderung { $id }
steps-test-entra-error = { $number }. Entra-Fehler AADSTS{ $code }
steps-test-zone = Aufgezeichnete Anmeldung
steps-test-zone-hint = Legen Sie eine HAR-Datei oder eine gespeicherte SAML-Antwort hier ab, oder fügen Sie eine SAMLResponse, die URL in der Adressleiste der Entra-Seite oder ihren Fehlertext ein.
steps-test-col-check = Prüfung
steps-test-col-received = Empfangen
steps-test-col-expected = Erwartet
steps-test-copy-expected = { $check } (erwartet)
steps-test-xml = Dekodiertes XML
steps-test-copy-xml = dekodiertes XML
steps-demo-banner = Beispieldateien: erfundene Dateien, die einen ganzen Durchlauf zeigen (nichts davon ist Ihr Mandant). Ziehen Sie Ihre eigenen Dateien hierher, um sie zu ersetzen.

# In Entra prüfen (steps/entra_live.rs), auf den Schritten TOPdesk und Prüfung
steps-entra-live-title = In Entra prüfen
steps-entra-live-intro = Liest die Entra-App über Microsoft Graph, nachdem Sie sich im Browser angemeldet haben, und vergleicht sie mit den Werten von TOPdesk. Ohne Ihre Bestätigung wird nichts geschrieben. Die Anmeldung bleibt nur im Arbeitsspeicher, bis dieses Fenster geschlossen wird.
steps-entra-live-client-id = Anwendungs-ID (Client-ID)
steps-entra-live-client-id-hint = Ihrer eigenen öffentlichen Client-App, einmal registriert (kein Geheimnis; wird gespeichert).
steps-entra-live-check = In Entra prüfen
steps-entra-live-check-again = Erneut prüfen
steps-entra-live-signing-in = Warten, bis Sie sich im Browser angemeldet haben…
steps-entra-live-reading = Die App in Entra wird gelesen…
steps-entra-live-applying = Die Änderungen werden geschrieben, danach wird die App erneut gelesen…
steps-entra-live-cancel = Abbrechen
steps-entra-live-app = { $name } · Anwendungs-ID { $app_id }
steps-entra-live-col-field = Feld
steps-entra-live-col-entra = Jetzt in Entra
steps-entra-live-col-expected = Soll
steps-entra-live-col-status = Status
steps-entra-live-status = { $status ->
        [ok] OK
        [mismatch] weicht ab
        [missing] fehlt
       *[info] Hinweis
    }
steps-entra-live-field = { $code ->
        [entra-app] App
        [entra-sso-mode] Modus für einmaliges Anmelden
        [entra-identifier] Bezeichner (Entitäts-ID)
        [entra-reply-url] Antwort-URL (Assertionsverbraucherdienst-URL)
        [entra-sign-on-url] Anmelde-URL
        [entra-signing-cert] SAML-Signaturzertifikat
        [entra-encryption-cert] Tokenverschlüsselung (Token encryption)
        [entra-assignment] Benutzer und Gruppen
       *[other] Benachrichtigungs-E-Mail (Notification Email)
    }
steps-entra-live-apply = { $count ->
        [one] 1 Änderung anwenden…
       *[other] { $count } Änderungen anwenden…
    }
steps-entra-live-confirm-title = Diese Schreibvorgänge gehen an Microsoft Graph, in dieser Reihenfolge:
steps-entra-live-confirm = { $count ->
        [one] 1 Änderung anwenden
       *[other] { $count } Änderungen anwenden
    }
steps-entra-live-confirm-note = Sonst wird nichts geändert: kein Zertifikat gewechselt, niemand zugewiesen, nichts gelöscht.
steps-entra-live-applied = { $count ->
        [one] 1 Änderung geschrieben. Die App, wie sie erneut gelesen wurde:
       *[other] { $count } Änderungen geschrieben. Die App, wie sie erneut gelesen wurde:
    }
steps-entra-live-stopped = Angehalten nach { $done } von { $count } Änderungen: { $why }
steps-entra-live-nothing = Es muss nichts geändert werden.
steps-test-judge-at-capture = Zur Zeit der Aufzeichnung beurteilen
steps-test-judged-at = Beurteilt zum { $moment }, der Zeit der Aufzeichnung.
steps-test-judge-by-clock = Nach der Uhr dieses Computers beurteilen
