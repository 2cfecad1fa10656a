# Het venster (src/ui).

## Stappenlijst
ui-language = Taal

## Het venster starten (src/main.rs)
app-opengl-failed = de OpenGL-renderer kon niet starten ({ $error }); wgpu wordt geprobeerd
app-no-renderer = geen enkele renderer kon starten: OpenGL ({ $opengl }), wgpu ({ $wgpu })
app-no-window = het venster kon niet worden geopend

## Neerzetvakken en gedeelde onderdelen (src/ui/widgets.rs)
ui-fetching = { $address } ophalen…
ui-cancel = Annuleren
ui-metadata-url = Metadata-URL
ui-fetch = Ophalen
ui-drop-here = Zet het bestand hier neer
ui-zone-path = Pad van { $title }
ui-open = Openen
ui-open-file = Bestand openen…
ui-paste = Plakken
ui-paste-hover = XML- of PEM-tekst van het klembord plakken (Ctrl+V)
ui-remove = Verwijderen
ui-fix = Oplossing: { $fix }
ui-copy = Kopiëren
ui-copied = Gekopieerd
ui-copy-what = { $what } kopiëren
ui-copied-what = { $what } gekopieerd
ui-cert-valid = geldig
ui-cert-expires-in = { $days ->
        [one] verloopt over { $days } dag
       *[other] verloopt over { $days } dagen
    }
ui-cert-expired = verlopen
ui-cert-not-yet-valid = nog niet geldig
ui-cert-row-valid = Geldig
ui-cert-valid-range = { $from } tot { $to }
ui-cert-row-key = Sleutel
ui-cert-key-bits = { $algorithm } { $bits } bits
ui-cert-row-sha1 = Vingerafdruk (SHA-1)

## Verlooptijdlijn (src/ui/timeline.rs)
timeline-range = { $from } → { $until }
timeline-until = tot { $until }
timeline-expired-today = vandaag verlopen
timeline-expired-ago = { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } geleden verlopen
timeline-not-yet-valid = nog niet geldig (begint over { $starts ->
        [one] { $starts } dag
       *[other] { $starts } dagen
    }), nog { $left ->
        [one] { $left } dag
       *[other] { $left } dagen
    }
timeline-expires-today = verloopt vandaag (waarschuwing: minder dan { $warning_days ->
        [one] { $warning_days } dag
       *[other] { $warning_days } dagen
    })
timeline-left-warning = nog { $left ->
        [one] { $left } dag
       *[other] { $left } dagen
    } (waarschuwing: minder dan { $warning_days ->
        [one] { $warning_days } dag
       *[other] { $warning_days } dagen
    })
timeline-left = nog { $left ->
        [one] { $left } dag
       *[other] { $left } dagen
    }
timeline-row = { $label }, { $range }, { $status }
timeline-summary = Verlooptijdlijn, vandaag { $today }: { $rows }.
timeline-empty = Nog geen datums om te tonen.
timeline-today = Vandaag
timeline-legend = waarschuwing: { $warning_days ->
        [one] { $warning_days } dag
       *[other] { $warning_days } dagen
    }

## Het venster: dialogen, klembord, neerzetten, thema (src/ui/mod.rs, platform.rs, theme.rs)
ui-theme-light = Licht
ui-theme-dark = Donker
ui-theme-system = Systeem
ui-filter-metadata = Metadata-XML
ui-filter-keys = Certificaten en sleutels
ui-filter-images = Afbeeldingen
ui-filter-capture = HAR, SAML of tekst
ui-dialog-open-slot = { $what } openen
ui-dialog-export-folder = Kies de map om naar te exporteren
ui-dialog-compare = Open de andere versie van de Entra-federatiemetadata
ui-dialog-reminders = Agendaherinneringen opslaan
ui-dialog-capture = Een vastgelegde aanmelding openen
ui-no-dialog = Er is geen bestandsdialoog op dit systeem (installeer xdg-desktop-portal of zenity); sleep de bestanden in plaats daarvan naar het venster.
ui-dialog-failed = De bestandsdialoog is mislukt; sleep de bestanden in plaats daarvan naar het venster.
ui-missing-folder = { $missing }: { $path }
ui-export-no-folder = De exportmap bestaat niet; typ of kies een andere
ui-reminders-no-folder = De exportmap bestaat niet, dus de herinneringen kunnen nergens heen; typ een andere
ui-reminders-nothing = Nog geen certificaat om aan te herinneren: laad de Entra- of TOPdesk-metadata, of het TOPdesk-certificaat.
ui-cannot-write = het bestand kan niet worden geschreven ({ $error }): { $path }
ui-reminders-written = Herinneringen (alarmen 60, 30 en 7 dagen voor elke vervaldatum; open het bestand in de agenda) geschreven naar { $path }
ui-reminders-failed = De herinneringen zijn niet geschreven: { $error }
ui-pasted-text = geplakte tekst
ui-dropped-file = neergezet bestand
ui-clipboard-empty = Het klembord bevat geen tekst. Kopieer eerst de XML- of PEM-tekst, of sleep het bestand hierheen.
ui-clipboard-empty-capture = Het klembord bevat geen tekst. Kopieer eerst de SAMLResponse, de URL of de fouttekst, of sleep het bestand hierheen.
ui-drop-unreadable = Het neergezette bestand kan niet worden gelezen: { $error }
ui-folder-gone = De map kan niet worden geopend: hij bestaat niet meer. De bundel staat in { $folder }
ui-folder-no-opener = De map kan niet worden geopend: { $program } is niet geïnstalleerd (het opent mappen in het bestandsbeheer van het bureaublad). De bundel staat in { $folder }
ui-folder-failed = De map kan niet worden geopend ({ $error }). De bundel staat in { $folder }
