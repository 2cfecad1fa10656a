# cli: die Befehlszeile topdesk-sso (src/cli). Nur Textausgabe: --json bleibt Englisch.
# Optionen (--idp, --password-env …), Dateinamen, Codes und URLs werden nie übersetzt.

## Programm, Sprachen, Fehler (src/cli/mod.rs)

cli-error-line = topdesk-sso: Fehler: { $message }
cli-lang-unknown = topdesk-sso: Fehler: unbekannte Sprache '{ $value }' für --lang: Verwenden Sie en, nl oder de
cli-bits-invalid = verwenden Sie 2048, 3072 oder 4096
cli-now-invalid = kein Datum mit Uhrzeit nach RFC 3339 ({ $reason })

## Hilfe (src/cli/help.rs): die Überschriften von clap, die Befehle und ihre Optionen

cli-help-usage = Aufruf:
cli-help-commands = Befehle
cli-help-options = Optionen
cli-help-arguments = Argumente
cli-help-help = Hilfe anzeigen
cli-help-version = Version anzeigen
cli-help-subcommand = Diese Hilfe oder die Hilfe der angegebenen Befehle anzeigen
cli-about = TOPdesk mit dem einmaligen Anmelden von Microsoft Entra ID verbinden: die Werte für Entra ableiten, die Metadaten und das Schlüsselpaar prüfen und das Paket exportieren, das TOPdesk verlangt.
cli-exit-codes =
    Exitcodes: 0 keine Befunde der Stufe Fehler, 1 Befunde der Stufe Fehler, 2 Aufruffehler oder nicht lesbare Eingabe.

    Eine https://-Adresse bei --idp oder --sp wird abgerufen (der einzige Netzwerkzugriff; es wird nichts gesendet). Proxys: HTTPS_PROXY/ALL_PROXY/NO_PROXY; zusätzliche Stammzertifikate: SSL_CERT_FILE/SSL_CERT_DIR.
cli-exit-codes-diff = Exitcodes: 0 nichts zu tun, 1 Handlungsbedarf, 2 Aufruffehler oder nicht lesbare Eingabe.
cli-exit-codes-keygen = Exitcodes: 0 geschrieben, 2 Aufruffehler oder die Ausgabe existiert bereits.
cli-exit-codes-diagnose = Exitcodes: 0 nichts gefunden, was die Anmeldung verhindert, 1 ein Befund der Stufe Fehler besteht, 2 Aufruffehler oder die Eingabe ist nicht lesbar.
cli-exit-codes-export = Exitcodes: 0 geschrieben, 1 abgelehnt, weil Befunde der Stufe Fehler bestehen, 2 Aufruffehler, nicht lesbare Eingabe oder die Ausgabe existiert bereits.
cli-about-check = Die Entra-Metadaten, die TOPdesk-Metadaten und das TOPdesk-Schlüsselpaar zusammen prüfen
cli-about-urls = Bezeichner, Antwort-URL und Anmelde-URL für Entra ausgeben, in der Reihenfolge von Entra
cli-about-inspect = Angeben, was eine Datei ist (Metadaten, Sammlung, Zertifikat, Schlüssel, PKCS#12, Bild), mit ihren Details
cli-about-diff = Zwei Versionen der Entra-Verbundmetadaten vergleichen (die in TOPdesk und die, die Entra jetzt liefert): hinzugefügte, entfernte und behaltene Zertifikate, welches signiert, geänderte URLs und was zu tun ist. Beide dürfen ein exportierter Paketordner sein
cli-about-keygen = Ein neues RSA-Schlüsselpaar und ein selbstsigniertes Zertifikat für den TOPdesk-Server erzeugen
cli-about-diagnose = Eine fehlgeschlagene Anmeldung untersuchen: liest, was der Browser aufgezeichnet hat (eine `SAMLResponse`, die URL aus der Adressleiste der Anmelde- oder Fehlerseite von Entra, eine HAR-Datei oder den Text der Fehlerseite von Entra), und prüft jede Nachricht anhand der Metadaten von Entra und TOPdesk (und den TOPdesk-Schlüssel, um eine verschlüsselte Assertion zu lesen). Es wird nichts geschrieben; der Schlüssel verlässt diesen Computer nie
cli-about-export = Den Ordner (oder die ZIP-Datei) zum Hochladen schreiben: genau die Dateien und Werte, die der Dialog von TOPdesk verlangt
cli-arg-lang = Sprache der Textausgabe und der Hilfe: en, nl oder de (Standard: die Sprache des Systems; --json ist immer Englisch)
cli-arg-idp = Entra-Verbundmetadaten (Verbundmetadaten-XML der Unternehmensanwendung), eine Datei oder ihre https://-Adresse (die App-Verbundmetadaten-URL)
cli-arg-sp = SP-Metadaten von TOPdesk (XML), eine Datei oder ihre https://-Adresse
cli-arg-section = Der TOPdesk-Bereich, den Sie einrichten
cli-arg-idp-entity = Zu verwendende entityID, wenn die Entra-Datei eine Sammlung ist
cli-arg-sp-entity = Zu verwendende entityID, wenn die TOPdesk-Datei eine Sammlung ist
cli-arg-signers = Signaturverlauf (JSON, öffentliche Daten): warnen, wenn die Entra-Datei mit einem Zertifikat signiert ist, das für diese App noch nie gesehen oder angekündigt wurde; `export` merkt sich das verwendete Zertifikat
cli-arg-cert = Das Zertifikat des TOPdesk-Servers (PEM, DER, base64, eine kombinierte PEM- oder eine PKCS#12-Datei)
cli-arg-key = Sein privater Schlüssel (PKCS#8/PKCS#1, PEM/DER, verschlüsselt oder nicht, oder eine PKCS#12-Datei)
cli-arg-password-env = Das Kennwort eines verschlüsselten Schlüssels oder einer PKCS#12-Datei aus dieser Umgebungsvariablen lesen
cli-arg-password-file = Das Kennwort aus der ersten Zeile dieser Datei lesen
cli-arg-ics = Außerdem Kalendererinnerungen (.ics) an die Ablaufdaten der Zertifikate in diese neue Datei schreiben
cli-arg-export-ics = Außerdem Kalendererinnerungen (.ics) an die Ablaufdaten der Zertifikate in diese neue Datei schreiben (das Paket enthält sie auch, als reminders.ics)
cli-arg-now = Ablauf zu diesem Zeitpunkt beurteilen (RFC 3339, z. B. 2026-01-31T12:00:00Z) statt jetzt
cli-arg-json = Ein JSON-Objekt statt Text ausgeben
cli-arg-file = Die zu untersuchende Datei
cli-arg-diff-old = Die Verbundmetadaten, die TOPdesk jetzt hat (eine Datei, ein exportierter Paketordner oder eine https://-Adresse)
cli-arg-diff-new = Die Verbundmetadaten, die Entra jetzt liefert (eine Datei oder ihre https://-Adresse)
cli-arg-host = Der Hostname von TOPdesk, z. B. acme.topdesk.net (CN und DNS-Name des Zertifikats)
cli-arg-bits = RSA-Schlüssellänge
cli-arg-days = Gültigkeit in Tagen (die eigene Schaltfläche von TOPdesk erzeugt Zertifikate für 1 Jahr)
cli-arg-keygen-out = Zu erstellender Ordner (darf noch nicht existieren)
cli-arg-diagnose-idp = Entra-Verbundmetadaten (XML), eine Datei oder ihre https://-Adresse (nur ihre Signaturzertifikate gelten als vertrauenswürdig)
cli-arg-diagnose-sp = SP-Metadaten von TOPdesk (XML), eine Datei oder ihre https://-Adresse (Bezeichner und Antwort-URL)
cli-arg-diagnose-key = Der private Schlüssel von TOPdesk (jedes Format, das `check` liest), um eine verschlüsselte Assertion zu entschlüsseln
cli-arg-diagnose-user-attribute = Anspruch, aus dem TOPdesk den Benutzernamen liest
cli-arg-diagnose-section = Der TOPdesk-Bereich, bei dem Sie sich anmelden
cli-arg-diagnose-input = Die Aufzeichnung: eine Datei oder - für die Standardeingabe
cli-arg-logo = Ein Bild für die Login-Seite von TOPdesk (PNG, JPEG, GIF oder ICO)
cli-arg-display-name = Text auf der Anmeldeschaltfläche von TOPdesk
cli-arg-export-user-attribute = Anspruch, der den TOPdesk-Benutzernamen enthält
cli-arg-export-out = Zu erstellender Ordner (oder, mit --zip, Datei); darf noch nicht existieren
cli-arg-zip = Eine .zip-Datei statt eines Ordners schreiben

## Eingaben lesen (src/cli/inputs.rs)

cli-read-failed = { $what ->
        [idp] die Entra-Metadaten
        [sp] die TOPdesk-Metadaten
        [cert] das Zertifikat
        [key] der private Schlüssel
        [logo] das Logo
        [capture] die Aufzeichnung
        [password-file] die Kennwortdatei
       *[file] die Datei
    }: { $reason }: { $path }
cli-fetch-failed = { $what ->
        [idp] die Entra-Metadaten
       *[sp] die TOPdesk-Metadaten
    } können nicht abgerufen werden: { $reason }: { $url }
cli-fetched = { $what ->
        [idp] Entra-Metadaten
        [sp] TOPdesk-Metadaten
        [old] Alte Metadaten
       *[new] Neue Metadaten
    } abgerufen von { $url } am { $date } um { $time } UTC
cli-not-metadata = die Datei mit { $what ->
        [idp] Entra-Metadaten
       *[sp] TOPdesk-Metadaten
    } enthält keine SAML-Metadaten (sie ist: { $summary }): { $path }
cli-password-env-unset = die Umgebungsvariable { $var } (--password-env) ist nicht gesetzt
cli-password-file-not-text = die Kennwortdatei enthält keinen Text: { $path }
cli-password-prompt = Kennwort für { $path }:
cli-password-unreadable = das Kennwort kann nicht vom Terminal gelesen werden ({ $reason })
cli-password-needed = { $reason } (verwenden Sie --password-env VAR oder --password-file FILE, oder führen Sie den Befehl in einem Terminal aus, um danach gefragt zu werden): { $path }

## Befehle (src/cli/commands.rs)

cli-key-owner-only = nur für Sie lesbar
cli-key-not-protected = NICHT geschützt: dieses Laufwerk kennt keine Rechte nur für den Besitzer (FAT/exFAT oder eine Netzwerkfreigabe?), bewahren Sie die Datei daher an einem Ort auf, den nur Sie lesen können
cli-output-exists = die Ausgabe existiert bereits (es wurde nichts überschrieben): { $path }
cli-reminders-nothing = kein Zertifikat, an das erinnert werden kann: Geben Sie --idp, --sp oder --cert für die Erinnerungen an (es wurde nichts geschrieben)
cli-reminders-written = Kalendererinnerungen (Ablauftage, Alarme 60, 30 und 7 Tage vorher) geschrieben nach { $path }
cli-check-nothing = nichts zu prüfen: Geben Sie --idp FILE, --sp FILE, --cert FILE und/oder --key FILE an
cli-keygen-bad-host = --host erwartet einen Hostnamen wie acme.topdesk.net, nicht '{ $host }'
cli-keygen-failed = das Schlüsselpaar kann nicht erzeugt werden ({ $reason })
cli-keygen-generated = RSA-{ $bits }-Schlüsselpaar in { $seconds } s erzeugt
cli-keygen-certificate = Zertifikat  CN={ $host }, gültig vom { $from } bis { $to }
cli-written-to = Geschrieben nach { $path }:
cli-keygen-cert-files = Zertifikat (TOPdesk: Certificate (RSA))
cli-keygen-key-file = privater Schlüssel, unverschlüsseltes PKCS#8 DER, { $access } (TOPdesk: Private key)
cli-keygen-next = Nächster Schritt: { $command }
cli-export-needs-metadata = export benötigt sowohl --idp (Entra-Metadaten) als auch --sp (TOPdesk-Metadaten)
cli-export-needs-pair = export benötigt das TOPdesk-Zertifikat und den Schlüssel: --cert FILE --key FILE (oder eine PKCS#12-Datei), oder erzeugen Sie ein Paar mit 'topdesk-sso keygen'
cli-export-refused = Es wurde nichts geschrieben: { $reason }
cli-export-refused-incomplete = der Export benötigt sowohl das TOPdesk-Zertifikat als auch seinen privaten Schlüssel.
cli-export-refused-mismatch = das Zertifikat und der private Schlüssel gehören nicht zusammen.
cli-export-refused-errors = es bestehen Befunde der Stufe Fehler ({ $errors }).
cli-export-written = Paket geschrieben nach { $path }:
cli-export-settings = Öffnen Sie dort SETTINGS.txt; sie zeigt in Bildschirmreihenfolge, was wohin gehört.
cli-export-key-note = (privater Schlüssel, { $access }; sicher aufbewahren)
cli-diff-not-entra = beide Dateien müssen Entra-Verbundmetadaten sein: { $old } und { $new }
cli-stdin-unreadable = die Aufzeichnung kann nicht von der Standardeingabe gelesen werden ({ $reason })
cli-stdin-too-large = die Aufzeichnung auf der Standardeingabe ist größer als { $mib } MiB
cli-diagnose-unreadable = es konnte nichts gelesen werden

## Textausgabe (src/cli/text.rs)

cli-cert-subject = { $subject } ({ $algorithm } { $bits } Bit)
cli-cert-validity = gültig vom { $from } bis { $to }
cli-cert-sha1 = SHA-1-Fingerabdruck { $thumbprint }
cli-cert-active = aktiv: hat diese Datei signiert
cli-cert-first = erstes
cli-urls-heading = Entra Grundlegende SAML-Konfiguration
cli-urls-heading-section = Entra Grundlegende SAML-Konfiguration — TOPdesk-Bereich { $section }
cli-urls-reply = Antwort-URL
cli-urls-none = Keine Werte für Entra: die TOPdesk-Metadaten fehlen oder sind unbrauchbar (siehe die Befunde).
cli-diff-certs = Signaturzertifikate (SAML-Rolle)
cli-diff-added = hinzugefügt
cli-diff-removed = entfernt
cli-diff-kept = behalten
cli-diff-cert = { $thumbprint } ({ $label }), gültig bis { $date }{ $signs ->
        [yes] , signiert die Datei
       *[no] {""}
    }
cli-diff-changed = Geändert
cli-report-entity = Entra-Bezeichner
cli-report-sso = Anmelde-URL (SSO)
cli-report-signature = Signatur
cli-report-signature-status = { $status ->
        [valid] gültig
        [invalid] UNGÜLTIG
       *[absent] fehlt
    }
cli-report-sp-certs = TOPdesk-Zertifikate
cli-report-pair-heading = TOPdesk-Zertifikat und privater Schlüssel
cli-report-pair = Paar
cli-report-pair-match = PASST: Zertifikat und Schlüssel gehören zusammen
cli-report-pair-mismatch = PASST NICHT: der Schlüssel gehört nicht zum Zertifikat
cli-report-pair-incomplete = unvollständig: Geben Sie sowohl das Zertifikat als auch den Schlüssel an
cli-report-key-value = { $algorithm } { $bits } Bit, { $format }{ $encrypted ->
        [yes] , kennwortgeschützt
       *[no] {""}
    }
cli-findings-none = Keine Befunde.
cli-findings-group = { $severity ->
        [error] Fehler
        [warning] Warnungen
       *[info] Hinweise
    } ({ $count })
cli-inspect-more = … und { $count } weitere (--json listet alle auf)
cli-diagnose-accepted = TOPdesk würde diese Anmeldung akzeptieren.
cli-diagnose-entra-refused = Entra hat abgelehnt: { $reason }
cli-diagnose-refused = TOPdesk würde ablehnen: { $reason }
cli-diagnose-no-response = Keine Antwort zu beurteilen (in der Eingabe wurde kein Fehler gefunden).
cli-diagnose-nothing-read = Es konnte nichts gelesen werden: { $reason }
cli-diagnose-request = Nachricht { $number }: Anforderung { $id }
cli-diagnose-response = Nachricht { $number }: Antwort { $id }
cli-diagnose-entra-error = Nachricht { $number }: Entra-Fehler AADSTS{ $code }
cli-diagnose-signed = Signiert
cli-diagnose-encrypted = Verschlüsselt
cli-diagnose-signature-status = { $status ->
        [valid] Gültig
        [invalid] Ungültig
       *[absent] Fehlt
    }
cli-diagnose-signed-part = ({ $part ->
        [response] Antwort signiert
        [assertion] Assertion signiert
       *[both] beide signiert
    })
cli-diagnose-signed-by = von { $thumbprint }
cli-diagnose-decrypted = ja, hier entschlüsselt
cli-diagnose-not-decrypted = ja, nicht entschlüsselt
cli-diagnose-not-signed = (nicht signiert)
cli-diagnose-unverified = (nicht verifiziert: die Signatur ist ungültig)
cli-diagnose-inner-error = enthält AADSTS{ $code }

## entra check|apply|create (src/cli/entra.rs)

cli-about-entra = Die Entra-App selbst über Microsoft Graph mit TOPdesk vergleichen und richtig einstellen
cli-about-entra-check = Die Entra-App über Microsoft Graph lesen und mit den Metadaten von TOPdesk vergleichen (schreibt nichts)
cli-about-entra-apply = Die Änderungen zeigen, die die Entra-App richtig einstellen; mit --yes ausführen, die App erneut lesen und erneut prüfen
cli-about-entra-create = Die Entra-App aus der TOPdesk-Katalogvorlage anlegen, mit ihrem ersten Signaturzertifikat und den Werten von TOPdesk (mit --yes)
cli-exit-codes-entra-check = Exit-Codes: 0 alles in Ordnung (Warnungen erlaubt), 1 ein Unterschied der Stufe Fehler oder keine App gefunden, 2 Bedienungs-, Netzwerk-, Anmelde- oder Berechtigungsfehler.
cli-exit-codes-entra-apply = Exit-Codes: ohne --yes 0 nichts zu tun, 1 Änderungen offen (nichts geschrieben); mit --yes wie check nach dem Schreiben: 0 alles in Ordnung, 1 ein Unterschied der Stufe Fehler; 2 Bedienungs-, Netzwerk-, Anmelde- oder Berechtigungsfehler.
cli-arg-tenant = Der Entra-Mandant (ID oder Domäne); Standard: aus der entityID der Entra-Metadaten, sonst aus dem Token
cli-arg-app = Die Anwendungs-ID (Client-ID) der Entra-App; Standard: die App, die den Bezeichner von TOPdesk unter ihren Namen hat
cli-arg-token-env = Ein Zugriffstoken für Microsoft Graph aus dieser Umgebungsvariablen nehmen (zum Beispiel von az account get-access-token --resource-type ms-graph)
cli-arg-client-id = Mit einem Gerätecode über diese öffentliche Client-App anmelden (einmal registriert, siehe README)
cli-arg-cloud = Die Microsoft-Cloud: global, usgov oder china (Standard: global)
cli-arg-graph-url = Die Adresse von Microsoft Graph statt der der Cloud (nur https; für private Clouds und Tests)
cli-arg-login-url = Die Adresse des Anmeldedienstes statt der der Cloud (nur https)
cli-arg-encrypt = Auch das Zertifikat von TOPdesk als Tokenverschlüsselungsschlüssel hochladen (die vorhandenen Zertifikate bleiben)
cli-arg-yes = Die gezeigten Änderungen ausführen (ohne diese Option wird nichts geschrieben)
cli-arg-name = Anzeigename der neuen Entra-App (Standard: der Name der Katalogvorlage)
cli-entra-no-sign-in = geben Sie an, wie Sie sich anmelden: --token-env VAR (ein Zugriffstoken für Microsoft Graph) oder --client-id ID (Anmeldung mit Gerätecode)
cli-entra-no-urls = die Metadaten von TOPdesk ergeben keinen Bezeichner und keine Antwort-URL zum Vergleichen (siehe die Befunde von topdesk-sso check --sp): { $sp }
cli-entra-device-code = Öffnen Sie zum Anmelden { $url } und geben Sie den Code { $code } ein
cli-entra-register = Registrieren Sie einmal eine öffentliche Client-App: Entra Admin Center, App-Registrierungen, Neue Registrierung; Umleitungs-URI "Öffentlicher Client/nativ (mobil und Desktop)" http://localhost; Authentifizierung, Öffentliche Clientflows zulassen: Ja; API-Berechtigungen, Microsoft Graph, delegiert: Application.Read.All (check) und Application.ReadWrite.All (apply, create); Administratorzustimmung erteilen. Geben Sie danach ihre Anwendungs-ID (Client-ID) mit --client-id an.
cli-entra-blocked = Bedingter Zugriff blockiert diese Anmeldung (oft den Gerätecode): nehmen Sie stattdessen ein Token von az, --token-env VAR mit VAR=$(az account get-access-token --resource-type ms-graph --query accessToken -o tsv)
cli-entra-create-global-only = create fügt das erste Signaturzertifikat der App mit addTokenSigningCertificate hinzu, das Microsoft Graph nur in der globalen Cloud anbietet: legen Sie die App im Entra Admin Center an und führen Sie topdesk-sso entra apply aus
cli-entra-encrypt-no-cert = --encrypt braucht das Zertifikat von TOPdesk: geben Sie --cert an oder Metadaten von TOPdesk mit dem Verschlüsselungszertifikat
cli-entra-partly-applied = { $done } der gezeigten Änderungen wurden vor diesem Fehler ausgeführt; führen Sie den Befehl erneut aus, um zu sehen, was noch offen ist
cli-entra-exists = es gibt bereits eine Entra-App mit dem Bezeichner von TOPdesk: { $name } ({ $app_id }); stellen Sie sie mit topdesk-sso entra apply richtig ein
cli-entra-no-template = der Entra-Katalog hat keine Vorlage namens "{ $name }": legen Sie die App im Entra Admin Center an (Unternehmensanwendungen, Neue Anwendung) und führen Sie topdesk-sso entra apply aus
cli-entra-status = { $status ->
    [ok] in Ordnung
    [mismatch] weicht ab
    [missing] fehlt
   *[info] Hinweis
}
cli-entra-app = Entra-App: { $name } (Anwendungs-ID { $app_id }) im Mandanten { $tenant }
cli-entra-created = Angelegt: Anwendungs-ID { $app_id }; Signaturzertifikat { $thumbprint } (geben Sie TOPdesk die Metadaten unten)
cli-entra-metadata-url = App-Verbundmetadaten-URL: { $url }
cli-entra-values = in Entra: { $entra } · soll: { $expected }
cli-entra-plan = { $count ->
    [one] Eine Änderung offen (erneut mit --yes ausführen, um sie vorzunehmen):
   *[other] { $count } Änderungen offen (erneut mit --yes ausführen, um sie vorzunehmen):
}
cli-entra-plan-empty = Nichts zu schreiben.
cli-entra-applied = { $count ->
    [one] Eine Änderung vorgenommen:
   *[other] { $count } Änderungen vorgenommen:
}
