# keys: Zertifikate, das Schlüsselpaar von TOPdesk, Schlüsseldateien, Arbeitsgrenzen und der Export (SETTINGS.txt).

## cert: Zertifikate und ihre Befunde

cert-unreadable = kein lesbares X.509-Zertifikat: { $reason }
cert-trailing-bytes = { $count ->
        [one] { $count } unerwartetes Byte nach dem Zertifikat
       *[other] { $count } unerwartete Bytes nach dem Zertifikat
    }
# Das Subjekt jedes Zertifikatsbefunds: Rolle, Name (CN), SHA-1-Fingerabdruck.
cert-name = { $role ->
        [entra-active] Das aktive Entra-Signaturzertifikat
        [entra] Das Entra-Signaturzertifikat
       *[topdesk] Das TOPdesk-Zertifikat
    } { $label } ({ $thumbprint })
cert-renew-topdesk = Erzeugen Sie in der SAML-Konfiguration von TOPdesk (oder mit diesem Assistenten) ein neues Schlüsselpaar, und laden Sie es hoch.
cert-renew-entra = Erstellen Sie in der Entra-App unter SAML-Zertifikate ein neues Zertifikat, aktivieren Sie es, und laden Sie die Verbundmetadaten erneut herunter.
cert-expired = { $name } ist am { $date } abgelaufen.
cert-not-yet-valid-upload = { $name } ist erst ab { $date } gültig; TOPdesk würde es heute ablehnen.
cert-not-yet-valid-upload-fix = Erzeugen Sie ein neues Schlüsselpaar (dessen Zertifikat ab heute gültig ist), oder prüfen Sie die Uhr des Computers.
cert-not-yet-valid = { $name } ist erst ab { $date } gültig.
cert-not-yet-valid-fix = Warten Sie bis zu diesem Datum, oder prüfen Sie die Uhr des Computers; bis dahin schlagen damit signierte Anmeldungen fehl.
cert-expiring = { $name } läuft am { $date } ab (noch { $days_left ->
        [one] { $days_left } Tag
       *[other] { $days_left } Tage
    }).
cert-weak-signature = { $name } ist mit { $algorithm } signiert, einem gebrochenen Hashverfahren.
cert-weak-signature-fix = Ersetzen Sie es durch ein mit SHA-256 signiertes Zertifikat.
cert-not-rsa = { $name } hat einen { $algorithm }-Schlüssel, TOPdesk erwartet aber RSA.
cert-not-rsa-fix = Verwenden Sie ein RSA-Zertifikat (2048 Bit oder mehr).
cert-weak-rsa = { $name } hat einen RSA-Schlüssel mit nur { $bits } Bit.
cert-weak-rsa-upload-fix = Erzeugen Sie ein neues Schlüsselpaar mit 2048 Bit oder mehr (mit „Generate key pair“ von TOPdesk selbst oder mit diesem Assistenten).
cert-weak-rsa-fix = Ersetzen Sie es durch einen RSA-Schlüssel mit 2048 Bit oder mehr.

## limits: Arbeitsgrenzen für Schlüssel und kennwortgeschützte Dateien

limits-unsupported-parameters = nicht unterstützte Parameter: { $why }
limits-rsa-bits = der RSA-Schlüssel hat { $bits } Bit; Schlüssel mit mehr als { $max } Bit werden abgelehnt
limits-scrypt = die scrypt-Einstellungen des Schlüssels (N={ $n }, r={ $r }, p={ $p }) verlangen mehr Speicher oder Arbeit, als dieses Tool zulässt (N·r·128 Byte bis { $max_mib } MiB, N·r·p bis { $max_work }); verschlüsseln Sie ihn neu mit openssl pkcs8 -topk8 -v2 aes-256-cbc
limits-pbkdf2 = der Kennwortschutz verlangt { $iterations } PBKDF2-Iterationen; mehr als { $max } werden abgelehnt; verschlüsseln oder exportieren Sie die Datei erneut mit den Standardeinstellungen des Programms
limits-pkcs12-bytes = die PKCS#12-Datei ist { $size } Byte groß; Dateien über { $max_kib } KiB werden abgelehnt (echte sind wenige KiB groß)
limits-pkcs12-work = die PKCS#12-Datei verlangt insgesamt mehr als { $max } PBKDF2-Iterationen; exportieren Sie sie erneut mit den Standardeinstellungen des Programms
limits-pkcs12-derivations = die PKCS#12-Datei verlangt { $count } Kennwortableitungen; mehr als { $max } werden abgelehnt (eine echte hat drei oder vier)
limits-pkcs12-damaged = die PKCS#12-Datei ist beschädigt (kein lesbares DER)
limits-pkcs12-depth = die PKCS#12-Datei ist tiefer als { $max } Ebenen verschachtelt
limits-pkcs12-nodes = die PKCS#12-Datei enthält mehr als { $max } Elemente
limits-pkcs12-settings-damaged = die Verschlüsselungseinstellungen der PKCS#12-Datei sind beschädigt ({ $error })

## keygen: ein Schlüsselpaar erzeugen

keygen-key-size = nicht unterstützte RSA-Schlüssellänge von { $bits } Bit (zulässig: 1024 bis 8192)
keygen-time-out-of-range = { $date } kann nicht in ein Zertifikat geschrieben werden (nur die Jahre 1970 bis 9999)
keygen-random = der Zufallszahlengenerator des Systems ist fehlgeschlagen: { $error }
keygen-rsa = die Erzeugung des RSA-Schlüssels ist fehlgeschlagen: { $error }
keygen-pkcs8 = die Kodierung des privaten Schlüssels ist fehlgeschlagen: { $error }
keygen-der = die Kodierung des Zertifikats ist fehlgeschlagen: { $error }
keygen-builder = der Aufbau des Zertifikats ist fehlgeschlagen: { $error }

## key: private Schlüssel und Zertifikatsdateien

key-format-pkcs8-under-rsa-header = PKCS#8 unter einer RSA PRIVATE KEY-Kopfzeile
key-format-encrypted-pkcs8-pem = verschlüsseltes PKCS#8 PEM
key-format-encrypted-pkcs8-der = verschlüsseltes PKCS#8 DER
key-format-legacy-encrypted-pem = älteres verschlüsseltes PEM von OpenSSL
key-password-needed = { $what ->
        [pkcs12] die PKCS#12-Datei ist kennwortgeschützt; geben Sie das Kennwort ein, um sie zu öffnen
       *[key] der private Schlüssel ist kennwortgeschützt; geben Sie das Kennwort ein, um ihn zu öffnen
    }
key-password-wrong = { $what ->
        [pkcs12] das Kennwort für die PKCS#12-Datei ist falsch
       *[key] das Kennwort für den privaten Schlüssel ist falsch
    }
key-nothing = die Datei enthält weder ein Zertifikat noch einen privaten Schlüssel
key-rsa-unreadable = kein lesbarer privater RSA-Schlüssel ({ $error })
key-pkcs8-damaged = der private Schlüssel ist beschädigt (kein lesbares PKCS#8)
key-rsa-damaged = der private RSA-Schlüssel ist beschädigt (seine Zahlen passen nicht zusammen)
key-cannot-convert = der Schlüssel kann nicht konvertiert werden ({ $error })
key-ec-not-p256 = nur EC-Schlüssel auf der Kurve P-256 werden unterstützt
key-too-many-certs = die Datei enthält mehr als { $max } Zertifikate (eine Kette hat zwei bis vier)
key-file-too-big = die Datei ist { $size } Byte groß; Zertifikats- und Schlüsseldateien über { $max_kib } KiB werden abgelehnt (echte sind wenige KiB groß)
key-label-unsupported = '{ $label }'-Schlüssel werden nicht unterstützt; konvertieren Sie den Schlüssel in PKCS#8 (openssl pkcs8 -topk8)
key-encrypted-damaged = der verschlüsselte Schlüssel ist beschädigt ({ $error })
key-cipher-unsupported = der Schlüssel ist mit einem Algorithmus verschlüsselt, den dieses Tool nicht unterstützt; verschlüsseln Sie ihn neu mit openssl pkcs8 -topk8 -v2 aes-256-cbc
key-no-dek-info = der verschlüsselte Schlüssel hat keine DEK-Info-Kopfzeile
key-dek-info-damaged = die DEK-Info-Kopfzeile ist beschädigt
key-legacy-cipher-unsupported = der Schlüssel ist mit { $cipher } verschlüsselt, das nicht unterstützt wird; konvertieren Sie ihn mit openssl pkcs8 -topk8
key-pkcs12-cipher-unsupported = die PKCS#12-Datei verwendet eine Verschlüsselung, die dieses Tool nicht unterstützt; exportieren Sie sie erneut mit AES-256 (Windows: „AES256-SHA256“)
key-pkcs12-unreadable = die PKCS#12-Datei kann nicht gelesen werden ({ $error })

## pair: Zertifikat und privater Schlüssel von TOPdesk zusammen

pair-cert-unreadable = Ein Zertifikat in der Zertifikatsdatei kann nicht gelesen werden: { $error }.
pair-cert-unreadable-fix = Exportieren Sie das Zertifikat erneut (PEM oder DER) dort, wo es erstellt wurde.
pair-leaf-chosen = Die Zertifikatsdatei enthält { $count } Zertifikate; { $label } wird verwendet, { $why ->
        [key] das Zertifikat, das zum privaten Schlüssel passt
       *[not-ca] das erste, das keine Zertifizierungsstelle ist
    }.
pair-leaf-chosen-fix = Nichts zu tun, wenn das das Serverzertifikat von TOPdesk ist; TOPdesk nimmt nur dieses, nicht seine Kette.
pair-not-in-sp-metadata = Dieses Zertifikat ({ $thumbprint }) ist nicht das, das TOPdesk derzeit in seinen SP-Metadaten veröffentlicht ({ $published }).
pair-not-in-sp-metadata-fix = Das ist zu erwarten, wenn Sie das Schlüsselpaar von TOPdesk ersetzen: Laden Sie nach dem Hochladen die SP-Metadaten von TOPdesk erneut herunter, und geben Sie sie Entra, falls Assertions verschlüsselt werden.
pair-match = Das Zertifikat { $label } und der private Schlüssel gehören zusammen (derselbe öffentliche Schlüssel, und eine Testsignatur wurde verifiziert).
pair-key-damaged = Der private Schlüssel hat den öffentlichen Schlüssel des Zertifikats, aber eine damit erstellte Signatur lässt sich nicht verifizieren: Der Schlüssel ist beschädigt.
pair-key-damaged-fix = Exportieren Sie den Schlüssel erneut dort, wo er erstellt wurde, oder erzeugen Sie ein neues Schlüsselpaar.
pair-mismatch = Der private Schlüssel gehört nicht zum Zertifikat { $label } ({ $thumbprint }).
pair-mismatch-fix = Verwenden Sie den Schlüssel, der zusammen mit diesem Zertifikat erstellt wurde, oder erzeugen Sie ein neues Schlüsselpaar, und laden Sie beide hoch.
pair-key-not-rsa = Der private Schlüssel ist { $algorithm }, das Feld von TOPdesk erwartet aber einen RSA-Schlüssel.
pair-key-not-rsa-fix = Erzeugen Sie ein RSA-Schlüsselpaar (2048 Bit oder mehr).
pair-key-weak-rsa = Der private RSA-Schlüssel hat nur { $bits } Bit; das Feld von TOPdesk braucht 2048 oder mehr.
pair-key-weak-rsa-fix = Erzeugen Sie ein neues Schlüsselpaar mit 2048 Bit oder mehr.
pair-key-converted = Der Schlüssel ist { $format }{ $encrypted ->
        [yes] , kennwortgeschützt
       *[no] {""}
    }; der Export wandelt ihn in unverschlüsseltes PKCS#8 DER um, das Format, das das Feld von TOPdesk verlangt{ $pkcs1 ->
        [yes] {" "}(Java-basierte Server lehnen PKCS#1 mit „algid parse error, not a sequence“ ab)
       *[no] {""}
    }.
pair-key-converted-fix = Laden Sie die exportierte Schlüsseldatei hoch, nicht das Original.
pair-cert-is-entra = Das Zertifikat { $label } ist das Signaturzertifikat von Entra{ $in_metadata ->
        [yes] {" "}aus den Verbundmetadaten
       *[no] {""}
    }. Laut dem Tutorial von Microsoft gehört es hierher, aber das TOPdesk-Feld Zertifikat („Certificate (RSA)“) erwartet das eigene Serverzertifikat von TOPdesk: Entra behält dessen privaten Schlüssel, daher kann kein Schlüssel, den Sie haben, jemals dazu passen.
pair-cert-is-entra-fix = Verwenden Sie Zertifikat und Schlüssel des TOPdesk-Servers („Generate key pair“ von TOPdesk selbst oder den dieses Assistenten), und lassen Sie das Zertifikat von Entra in den Verbundmetadaten.

## bundle: der Export (SETTINGS.txt, die README zur Referenz, Fehler)
## Dateinamen, URLs, die Anspruchs-URI und Fingerabdrücke sind Platzhalter: nie übersetzen.

bundle-errors-stand = das Paket wurde nicht erstellt, weil noch Fehler bestehen; beheben Sie sie zuerst: { $errors }
bundle-missing = { $what ->
        [sp-metadata] für das Paket werden die SP-Metadaten von TOPdesk benötigt, da sie die drei Werte für Entra liefern
        [entra-metadata] für das Paket werden die Verbundmetadaten von Entra benötigt, zusammen mit denen von TOPdesk geprüft
        [display-name] für das Paket wird ein Anzeigename in einer Zeile benötigt
       *[user-attribute] für das Paket wird ein Benutzernamenattribut in einer Zeile benötigt
    }
bundle-bad-name = kein einfacher Dateiname (keine Ordner, kein Punkt am Anfang): { $name }
bundle-output-exists = die Ausgabe existiert bereits; nichts wurde geändert, wählen Sie einen neuen Namen: { $path }
bundle-no-parent = der Zielordner existiert nicht: { $path }
bundle-zip = die ZIP-Datei kann nicht geschrieben werden ({ $error }): { $path }
bundle-manifest = das Manifest kann nicht geschrieben werden: { $error }
bundle-io-create-temp-folder = ein temporärer Ordner kann nicht erstellt werden
bundle-io-move-folder = der fertige Ordner kann nicht an seinen Platz verschoben werden
bundle-io-write-named = { $file } kann nicht geschrieben werden
bundle-io-create-temp-file = eine temporäre Datei kann nicht erstellt werden
bundle-io-write-zip = die ZIP-Datei kann nicht geschrieben werden
bundle-io-move-file = die fertige Datei kann nicht an ihren Platz verschoben werden
bundle-io-create-file = die Datei kann nicht erstellt werden
bundle-io-write-file = die Datei kann nicht geschrieben werden
bundle-io-temp-name = ein temporärer Name kann nicht gewählt werden
bundle-reference-readme = Das Signaturzertifikat von Entra, nur zur Referenz: Laden Sie es nie in das TOPdesk-Feld Zertifikat („Certificate (RSA)“) hoch; in dieses Feld gehört { $file } (Entra behält den privaten Schlüssel dieses Zertifikats, daher kann kein Schlüssel jemals dazu passen).
bundle-logo-too-big = Das Logo ist { $kib } KiB groß, über der Grenze von 1 MiB; speichern Sie ein kleineres Bild, und wählen Sie es erneut: { $file }
bundle-logo-not-an-image = Das Logo ist kein PNG-, JPEG-, GIF- oder ICO-Bild, unabhängig vom Dateinamen; speichern Sie es als PNG, und wählen Sie es erneut: { $file }
bundle-logo-damaged = Das Logo beginnt wie ein { $format }, ist aber beschädigt oder abgeschnitten; exportieren Sie es erneut, und wählen Sie die neue Datei: { $file }
bundle-logo-size = Das Logo ist { $width }×{ $height } Pixel groß; skalieren Sie es auf 1×1 bis { $max }×{ $max }, und wählen Sie es erneut: { $file }
bundle-when = { $date } { $time } UTC
bundle-settings-title = Einmaliges Anmelden TOPdesk <-> Microsoft Entra ID: Einstellungen
bundle-settings-made-by = Erstellt von { $tool } { $version } am { $when }. TOPdesk-Bereich: { $section ->
        [secure] Secure (Bearbeiter)
        [public] Public (Self-Service-Portal)
       *[unknown] unbekannt
    }.
bundle-settings-topdesk-title = 1. TOPdesk: SAML-Konfigurationsassistent dieses Bereichs, Feld für Feld
bundle-settings-federation-metadata = Verbundmetadaten (Federation Metadata)
bundle-settings-federation-metadata-value = { $file } hochladen (unverändert: nicht öffnen und speichern)
bundle-settings-certificate = Zertifikat (Certificate (RSA))
bundle-settings-certificate-value = { $file } hochladen: das einzige Zertifikat für dieses Feld, weil es das eigene Serverzertifikat von TOPdesk ist, das zum privaten Schlüssel unten passt ({ $der_file } ist dasselbe Zertifikat als binäres DER, nur falls der Upload PEM ablehnt; nie das Entra-Zertifikat in { $reference_dir }/, dessen Schlüssel Entra behält)
bundle-settings-private-key = Privater Schlüssel (Private key (RSA, PKCS8, DER))
bundle-settings-private-key-value = { $file } hochladen (geheim: nach dem Hochladen löschen)
bundle-settings-logo = Logosymbol (Logo icon)
bundle-settings-logo-none = keines gewählt (optional)
bundle-settings-upload = { $file } hochladen
bundle-settings-display-name = Anzeigename (Display name)
bundle-settings-entra-title = 2. Microsoft Entra: die Unternehmensanwendung > Einmaliges Anmelden > Grundlegende SAML-Konfiguration
bundle-settings-relay-state = Relayzustand
bundle-settings-logout-url = Abmelde-URL
bundle-settings-leave-empty = leer lassen
bundle-settings-dates-title = 3. Ablaufdaten (vorher erneuern)
bundle-settings-cert-expiry = { $when } ({ $state ->
        [active] aktiv, Fingerabdruck
        [inactive] nicht aktiv, Fingerabdruck
       *[none] Fingerabdruck
    } { $thumbprint })
bundle-settings-metadata-valid = Verbundmetadaten
bundle-settings-valid-until = gültig bis { $when }
bundle-settings-reminders = Kalendererinnerungen
bundle-settings-reminders-value = { $file } importieren (Erinnerungen 60, 30 und 7 Tage vorher)
bundle-settings-findings-title = 4. Befunde, die noch offen sind
bundle-settings-findings-none = keine
bundle-settings-warnings = Warnungen
bundle-settings-notes = Hinweise
