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
ui-fix = Lösung: { $fix }
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
timeline-range = { $from } → { $until }
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
timeline-empty = Noch keine Daten anzuzeigen.
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
