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
ui-metadata-url = Metagegevens-URL
ui-fetch = Ophalen
ui-drop-here = Zet het bestand hier neer
ui-zone-path = Pad: { $title }
ui-open = Openen
ui-open-file = Bestand openen…
ui-paste = Plakken
ui-paste-hover = XML- of PEM-tekst van het klembord plakken (Ctrl+V)
ui-remove = Verwijderen
ui-zone-button = { $button } ({ $zone })
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
timeline-range = { $from } tot { $until }
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
ui-filter-metadata = Metagegevens-XML
ui-filter-keys = Certificaten en sleutels
ui-filter-images = Afbeeldingen
ui-filter-capture = HAR, SAML of tekst
ui-dialog-open-slot = { $what } openen
ui-dialog-export-folder = Kies de map om naar te exporteren
ui-dialog-compare = Open de andere versie van de federatieve metagegevens van Entra
ui-dialog-reminders = Agendaherinneringen opslaan
ui-dialog-capture = Een vastgelegde aanmelding openen
ui-no-dialog = Er is geen bestandsdialoog op dit systeem (installeer xdg-desktop-portal of zenity); sleep de bestanden in plaats daarvan naar het venster.
ui-dialog-failed = De bestandsdialoog is mislukt; sleep de bestanden in plaats daarvan naar het venster.
ui-missing-folder = { $missing }: { $path }
ui-export-no-folder = De exportmap bestaat niet; typ of kies een andere
ui-reminders-no-folder = De exportmap bestaat niet, dus de herinneringen kunnen nergens heen; typ een andere
ui-reminders-nothing = Nog geen certificaat om aan te herinneren: laad de metagegevens van Entra of TOPdesk, of het TOPdesk-certificaat.
ui-cannot-write = het bestand kan niet worden geschreven ({ $error }): { $path }
ui-reminders-written = Herinneringen (60, 30 en 7 dagen voor elke vervaldatum; open het bestand in de agenda) geschreven naar { $path }
ui-reminders-failed = De herinneringen zijn niet geschreven: { $error }
ui-pasted-text = geplakte tekst
ui-dropped-file = neergezet bestand
ui-clipboard-empty = Het klembord bevat geen tekst. Kopieer eerst de XML- of PEM-tekst, of sleep het bestand hierheen.
ui-clipboard-empty-capture = Het klembord bevat geen tekst. Kopieer eerst de SAMLResponse, de URL of de fouttekst, of sleep het bestand hierheen.
ui-drop-unreadable = Het neergezette bestand kan niet worden gelezen: { $error }
ui-folder-gone = De map kan niet worden geopend: hij bestaat niet meer. De bundel staat in { $folder }
ui-folder-no-opener = De map kan niet worden geopend: { $program } is niet geïnstalleerd (het opent mappen in het bestandsbeheer van het bureaublad). De bundel staat in { $folder }
ui-folder-failed = De map kan niet worden geopend ({ $error }). De bundel staat in { $folder }
ui-browser-failed = De browser kan niet worden geopend ({ $error }). Open dit adres zelf: { $url }

## Steps (src/ui/steps)
# Gekopieerde waarden (URL's, vingerafdrukken, claim-URI's, bestandsnamen) blijven zoals ze zijn.

# De stappenlijst en Vorige / Volgende (src/ui/steps/mod.rs)
steps-list-section = Gedeelte: { $section }
steps-list-working = Bezig…
steps-list-theme = Thema
steps-nav-back = Vorige
steps-nav-next = Volgende
steps-nav-missing = Nog nodig voor de export: { $why }
steps-nav-error-above = Verdergaan kan; de export wacht tot de fout hierboven is opgelost.
steps-nav-enter = of druk op Enter
steps-other-section = Dit TOPdesk-bestand is voor het gedeelte { $section ->
        [secure] Secure (behandelaars)
       *[public] Public (selfserviceportal)
    }.
steps-switch-section = Overschakelen naar { $name }
steps-entities-choose = Dit bestand bevat { $count } entiteiten: kies de entiteit die gebruikt moet worden
steps-entities-search = Zoeken
steps-entities-search-hint = deel van een entityID
steps-entities-more = … nog { $count }: verfijn de zoekopdracht

# Stap 1 (start.rs)
steps-start-intro = Deze assistent vult de SAML-configuratieassistent van TOPdesk en de Standaard SAML-configuratie van Entra in op basis van twee bestanden, controleert ze en exporteert wat geüpload moet worden. Alles blijft op deze computer.
steps-start-which-section = Welk TOPdesk-gedeelte wordt gekoppeld?
steps-start-secure = Secure: behandelaars melden zich aan via /tas/secure
steps-start-public = Public: de selfserviceportal via /tas/public
steps-start-sections-apart = Elk gedeelte heeft een eigen SAML-configuratie, eigen SP-metagegevens en een eigen Entra-app.
steps-start-at-hand = Houd dit bij de hand
steps-start-need-entra = Federatieve metagegevens van Entra: Microsoft Entra-beheercentrum > Bedrijfstoepassingen > de TOPdesk-app > Eenmalige aanmelding > SAML-certificaten > XML-bestand met federatieve metagegevens (Downloaden).
steps-start-need-sp = SP-metagegevens van TOPdesk: TOPdesk > Instellingen > Inloginstellingen > SAML-login > de configuratie > download de SP-metagegevens (of open de metagegevens-URL).
steps-start-need-pair = Het certificaat en de persoonlijke sleutel van TOPdesk, in elke indeling (PEM, DER, PFX…), of laat deze assistent een nieuw paar genereren.
steps-start-tip = Tip: sleep een bestand naar een willekeurige plek in dit venster; de assistent herkent het en zet het op de juiste plek.
steps-start-recent = Recente bestanden met metagegevens
steps-start-fetch-again = Dit adres opnieuw ophalen

steps-entra-zone-hint = Sleep het XML-bestand met federatieve metagegevens hierheen, open het of plak de tekst.
steps-entra-identifier = Entiteits-id van Entra
steps-entra-login-url = Aanmeldings-URL
steps-entra-signature-invalid = Handtekening: ongeldig (zie hierboven).
steps-entra-signature-valid = Handtekening: geldig.
steps-entra-signature-none = Handtekening: het bestand is niet ondertekend.
steps-entra-signed-by = Handtekening geldig: het bestand is niet gewijzigd sinds het is ondertekend met certificaat { $thumbprint }; { $kind ->
        [app] vergelijk deze vingerafdruk met die op de pagina SAML-certificaten van de Entra-app.
        [not-app] dit zijn niet de metagegevens van een Entra-app, dus er is geen pagina SAML-certificaten om deze vingerafdruk mee te vergelijken.
       *[other] vergelijk deze vingerafdruk met het certificaat voor tokenondertekening dat uw identiteitsprovider toont.
    }
steps-entra-thumbprint = vingerafdruk
steps-entra-active = actief
steps-entra-compare-heading = Vergelijken met een andere versie
steps-entra-compare-hint = Vóór een certificaatwissel: het bestand dat TOPdesk nu heeft (of een geëxporteerde bundelmap, of een https://-adres) tegenover het bestand dat hier is geladen.
steps-entra-compare-dialog = Vergelijken met een andere versie…
steps-entra-other-version = Andere versie
steps-entra-compare-field-hint = bestandspad of https://…
steps-entra-compare = Vergelijken
steps-entra-comparing = Bezig met vergelijken…
steps-entra-close-comparison = Vergelijking sluiten
steps-entra-other-version-from = Andere versie: { $from }
steps-entra-col-certificate = Handtekeningcertificaat
steps-entra-col-here = Hier geladen
steps-entra-col-signs = Ondertekent
steps-entra-col-until = Geldig tot
steps-entra-col-changed = Gewijzigd
steps-entra-listed = vermeld
steps-entra-added = toegevoegd
steps-entra-removed = verwijderd
steps-entra-signs = ondertekent

steps-topdesk-zone-hint = Sleep het XML-bestand met de SP-metagegevens van TOPdesk hierheen, open het of plak de tekst.
steps-topdesk-where = Entra > de TOPdesk-app > Eenmalige aanmelding > Standaard SAML-configuratie
steps-topdesk-section-in-file = TOPdesk-gedeelte in dit bestand: { $section }
steps-topdesk-copy-all = Alles kopiëren
steps-topdesk-leave-empty = Relaystatus en Afmeldings-URL: leeg laten.

# Stap 4 (keypair.rs)
steps-keypair-intro = "Certificate (RSA)" en "Private key" in TOPdesk zijn het eigen sleutelpaar van de TOPdesk-server, niet het certificaat van Entra. Eén PFX- of PEM-bestand met beide is ook goed.
steps-keypair-cert-zone = Certificaat
steps-keypair-cert-hint = Sleep het TOPdesk-certificaat hierheen (PEM, CER, DER, PFX).
steps-keypair-key-hint = Sleep de persoonlijke sleutel hierheen (PEM, DER, PKCS#8, PKCS#1, PFX).
steps-keypair-cert-is-entra = Dit is het certificaat van Entra. Volgens de zelfstudie van Microsoft hoort het hier, maar Entra bewaart de persoonlijke sleutel zelf: geen enkele beschikbare sleutel zal er ooit bij passen. Gebruik het eigen certificaat en de eigen sleutel van TOPdesk, of klik hierboven op "Nieuw sleutelpaar genereren…".
steps-keypair-password = Wachtwoord
steps-keypair-unlock = Ontgrendelen
steps-keypair-password-note = Het wachtwoord opent alleen dit bestand en wordt vergeten zodra het bestand wordt verwijderd of vervangen; het wordt nooit opgeslagen.
steps-keypair-generate-header = Nieuw sleutelpaar genereren…
steps-keypair-generate-intro = Genereert een nieuwe RSA-sleutel en een zelfondertekend certificaat voor de TOPdesk-server. Upload beide in TOPdesk (ter vervanging van het huidige paar) en geef Entra daarna de nieuwe SP-metagegevens van TOPdesk als asserties worden versleuteld.
steps-keypair-host = Hostnaam van TOPdesk
steps-keypair-key-size = Sleutellengte
steps-keypair-bits = { $bits } bits
steps-keypair-valid-days = Geldig (dagen)
steps-keypair-days-range = 1 tot 3650
steps-keypair-generate = Genereren
steps-keypair-generate-replace = Genereren en vervangen
steps-keypair-generating = Bezig met genereren…
steps-keypair-generated = Gegenereerd en hierboven geladen

# Stap 5 (login.rs)
steps-login-display-name = Weergavenaam (Display name): tekst op de inlogknop van TOPdesk
steps-login-attr-email = E-mailadres (standaard): Entra stuurt user.mail; elke persoon in TOPdesk heeft hetzelfde adres nodig, en user.mail mag niet leeg zijn.
steps-login-attr-upn = User principal name: Entra stuurt user.userprincipalname; inlognamen in TOPdesk moeten gelijk zijn aan de UPN.
steps-login-attr-oid = Object-id: een GUID die nooit verandert; TOPdesk moet die per persoon opgeslagen hebben.
steps-login-attr-nameid = Name ID: de waarde waarop de Unieke gebruikers-id in Entra is ingesteld (standaard user.userprincipalname).
steps-login-logo-zone = Logopictogram (Logo icon), optioneel
steps-login-logo-hint = Sleep een PNG-, JPEG-, GIF- of ICO-afbeelding hierheen (tot 1024×1024, 1 MiB).
steps-login-logo-preview = Voorbeeld van het logo

# Stap 6 (review.rs)
steps-review-empty = Laad eerst de bestanden; hun bevindingen en datums verschijnen hier.
steps-review-errors = Fouten: los deze op vóór het exporteren ({ $count })
steps-review-warnings = Waarschuwingen ({ $count })
steps-review-notes = Opmerkingen ({ $count })
steps-review-timeline = Tijdlijn van vervaldatums
steps-review-export = Exporteren
steps-review-export-intro = Schrijft een nieuwe map (of zip) met precies de bestanden en waarden waar het dialoogvenster van TOPdesk om vraagt, en SETTINGS.txt met wat waar hoort.
steps-review-export-folder = Exportmap
steps-review-choose = Kiezen…
steps-review-zip = Als één .zip-bestand
steps-review-export-bundle = Bundel exporteren
steps-review-reminders = Herinneringen aan agenda toevoegen…
steps-review-reminders-hover = Een agendabestand met de vervaldag van elk certificaat, met herinneringen 60, 30 en 7 dagen vooraf.
steps-review-not-yet = Exporteren is nog niet mogelijk: { $why }
steps-review-exported = Geëxporteerd naar { $path }
steps-review-stale = Gewijzigd sinds de laatste export: { $path } bevat de eerdere bestanden. Exporteer opnieuw.
steps-review-holds = Inhoud: { $holds }.
steps-review-open-folder = Map openen
steps-review-failed = Exporteren mislukt: { $error }

# Stap 7 (test_login.rs)
steps-test-how-heading = Een aanmelding vastleggen
steps-test-how-devtools-name = Ontwikkelaarstools van de browser
steps-test-how-devtools = F12 > Netwerk, vink Logboek behouden aan, log in via TOPdesk. Kopieer de SAMLResponse van de POST naar …/login/verify (Payload), of de URL in de adresbalk van de pagina van Entra, of klik met rechts > Alles opslaan als HAR.
steps-test-how-tracer-name = SAML-tracer
steps-test-how-tracer = De browserextensie: selecteer het SAML-bericht en kopieer de base64-waarde, of exporteer.
steps-test-how-entra-name = Testen in Entra
steps-test-how-entra = Bedrijfstoepassing > Eenmalige aanmelding > Testen: download het SAML-antwoord, of kopieer de fouttekst met de AADSTS-code.
steps-test-privacy = Alles blijft op deze computer: een versleutelde assertie wordt gelezen met de TOPdesk-sleutel uit stap 4, en niets ontsleutelds wordt weggeschreven.
steps-test-messages = { $count } berichten in deze opname
steps-test-response = { $number }. Antwoord { $id }
steps-test-request = { $number }. Aanvraag { $id }
steps-test-entra-error = { $number }. Entra-fout AADSTS{ $code }
steps-test-zone = Vastgelegde aanmelding
steps-test-zone-hint = Sleep een HAR-bestand of een opgeslagen SAML-antwoord hierheen, of plak een SAMLResponse, de URL in de adresbalk van de pagina van Entra, of de fouttekst.
steps-test-col-check = Controle
steps-test-col-received = Ontvangen
steps-test-col-expected = Verwacht
steps-test-copy-expected = { $check } (verwacht)
steps-test-xml = Gedecodeerde XML
steps-test-copy-xml = gedecodeerde XML
steps-demo-banner = Voorbeeldbestanden: verzonnen bestanden die een volledige doorloop laten zien (niets hiervan is uw tenant). Sleep uw eigen bestanden hierheen om ze te vervangen.

# Controleren in Entra (steps/entra_live.rs), op de stappen TOPdesk en Controle
steps-entra-live-title = Controleren in Entra
steps-entra-live-intro = Leest de Entra-app via Microsoft Graph nadat u zich in uw browser hebt aangemeld, en vergelijkt die met de waarden van TOPdesk. Er wordt niets geschreven zonder uw bevestiging. De aanmelding blijft alleen in het geheugen, tot dit venster sluit.
steps-entra-live-client-id = Toepassings-id (client-id)
steps-entra-live-client-id-hint = Van uw eigen openbare client-app, eenmalig geregistreerd (geen geheim; wordt onthouden).
steps-entra-live-check = Controleren in Entra
steps-entra-live-check-again = Opnieuw controleren
steps-entra-live-signing-in = Wacht tot u zich in de browser hebt aangemeld…
steps-entra-live-reading = De app in Entra lezen…
steps-entra-live-applying = De wijzigingen schrijven en daarna de app opnieuw lezen…
steps-entra-live-cancel = Annuleren
steps-entra-live-app = { $name } · toepassings-id { $app_id }
steps-entra-live-col-field = Veld
steps-entra-live-col-entra = Nu in Entra
steps-entra-live-col-expected = Moet zijn
steps-entra-live-col-status = Status
steps-entra-live-status = { $status ->
        [ok] OK
        [mismatch] wijkt af
        [missing] ontbreekt
       *[info] opmerking
    }
steps-entra-live-field = { $code ->
        [entra-app] App
        [entra-sso-mode] Modus voor eenmalige aanmelding
        [entra-identifier] Id (Entiteits-id)
        [entra-reply-url] Antwoord-URL (URL voor Assertion Consumer Service)
        [entra-sign-on-url] Aanmeldings-URL
        [entra-signing-cert] SAML-handtekeningcertificaat
        [entra-encryption-cert] Tokenversleuteling (Token encryption)
        [entra-assignment] Gebruikers en groepen
       *[other] E-mailadres voor meldingen (Notification Email)
    }
steps-entra-live-apply = { $count ->
        [one] 1 wijziging toepassen…
       *[other] { $count } wijzigingen toepassen…
    }
steps-entra-live-confirm-title = Deze schrijfacties gaan naar Microsoft Graph, in deze volgorde:
steps-entra-live-confirm = { $count ->
        [one] 1 wijziging toepassen
       *[other] { $count } wijzigingen toepassen
    }
steps-entra-live-confirm-note = Verder verandert er niets: er wordt geen certificaat gewisseld, niemand toegewezen en niets verwijderd.
steps-entra-live-applied = { $count ->
        [one] 1 wijziging geschreven. De app zoals opnieuw gelezen:
       *[other] { $count } wijzigingen geschreven. De app zoals opnieuw gelezen:
    }
steps-entra-live-stopped = Gestopt na { $done } van de { $count } wijzigingen: { $why }
steps-entra-live-nothing = Er hoeft niets te veranderen.
steps-test-judge-at-capture = Beoordelen op het tijdstip van de opname
steps-test-judged-at = Beoordeeld op { $moment }, het tijdstip van de opname.
steps-test-judge-by-clock = Beoordelen met de klok van deze computer
