# cli: de opdrachtregel topdesk-sso (src/cli). Alleen tekstuitvoer: --json blijft Engels.
# Opties (--idp, --password-env …), bestandsnamen, codes en URL's worden nooit vertaald.

## Programma, talen, fouten (src/cli/mod.rs)

cli-error-line = topdesk-sso: fout: { $message }
cli-lang-unknown = topdesk-sso: fout: onbekende taal '{ $value }' voor --lang: gebruik en, nl of de
cli-bits-invalid = gebruik 2048, 3072 of 4096
cli-now-invalid = geen RFC 3339-datum en -tijd ({ $reason })

## Help (src/cli/help.rs): de koppen van clap, de opdrachten en hun opties

cli-help-usage = Gebruik:
cli-help-commands = Opdrachten
cli-help-options = Opties
cli-help-arguments = Argumenten
cli-help-help = Help weergeven
cli-help-version = Versie weergeven
cli-help-subcommand = Deze help of de help van de opgegeven opdracht(en) weergeven
cli-about = TOPdesk koppelen aan eenmalige aanmelding van Microsoft Entra ID: de waarden voor Entra afleiden, de metagegevens en het sleutelpaar controleren, en de bundel exporteren waar TOPdesk om vraagt.
cli-exit-codes =
    Afsluitcodes: 0 geen bevindingen van het niveau fout, 1 bevindingen van het niveau fout, 2 gebruiksfout of onleesbare invoer.

    Een https://-adres bij --idp of --sp wordt opgehaald (het enige netwerkgebruik; er wordt niets verzonden). Proxy's: HTTPS_PROXY/ALL_PROXY/NO_PROXY; extra basiscertificaten: SSL_CERT_FILE/SSL_CERT_DIR.
cli-exit-codes-diff = Afsluitcodes: 0 er hoeft niets te gebeuren, 1 actie nodig, 2 gebruiksfout of onleesbare invoer.
cli-exit-codes-keygen = Afsluitcodes: 0 geschreven, 2 gebruiksfout of de uitvoer bestaat al.
cli-exit-codes-diagnose = Afsluitcodes: 0 niets gevonden dat de aanmelding tegenhoudt, 1 er staat een bevinding van het niveau fout, 2 gebruiksfout of de invoer is onleesbaar.
cli-exit-codes-export = Afsluitcodes: 0 geschreven, 1 geweigerd omdat er bevindingen van het niveau fout staan, 2 gebruiksfout, onleesbare invoer of de uitvoer bestaat al.
cli-about-check = De Entra-metagegevens, de TOPdesk-metagegevens en het TOPdesk-sleutelpaar samen controleren
cli-about-urls = Id, Antwoord-URL en Aanmeldings-URL voor Entra weergeven, in de volgorde van Entra
cli-about-inspect = Zeggen wat een bestand is (metagegevens, verzameling, certificaat, sleutel, PKCS#12, afbeelding) en met welke gegevens
cli-about-diff = Twee versies van de federatieve metagegevens van Entra vergelijken (die TOPdesk heeft en die Entra nu levert): toegevoegde, verwijderde en behouden certificaten, welk certificaat ondertekent, gewijzigde URL's en wat er te doen is. Beide mogen een geëxporteerde bundelmap zijn
cli-about-keygen = Een nieuw RSA-sleutelpaar en zelfondertekend certificaat voor de TOPdesk-server genereren
cli-about-diagnose = Een mislukte aanmelding onderzoeken: leest wat de browser heeft vastgelegd (een `SAMLResponse`, de URL uit de adresbalk van de aanmeldings- of foutpagina van Entra, een HAR-bestand of de tekst van de foutpagina van Entra) en toetst elk bericht aan de metagegevens van Entra en TOPdesk (en de TOPdesk-sleutel, om een versleutelde assertie te lezen). Er wordt niets geschreven; de sleutel verlaat deze computer nooit
cli-about-export = De map (of zip) schrijven om te uploaden: precies de bestanden en waarden waar het dialoogvenster van TOPdesk om vraagt
cli-arg-lang = Taal van de tekstuitvoer en de help: en, nl of de (standaard: de taal van het systeem; --json is altijd Engels)
cli-arg-idp = Federatieve metagegevens van Entra (XML-bestand met federatieve metagegevens van de bedrijfstoepassing), een bestand of het https://-adres ervan (de App-URL voor federatieve metagegevens)
cli-arg-sp = SP-metagegevens van TOPdesk (XML), een bestand of het https://-adres ervan
cli-arg-section = Het TOPdesk-gedeelte dat u instelt
cli-arg-idp-entity = entityID om te gebruiken als het Entra-bestand een verzameling is
cli-arg-sp-entity = entityID om te gebruiken als het TOPdesk-bestand een verzameling is
cli-arg-signers = Geschiedenis van ondertekenaars (JSON, openbare gegevens): waarschuwen als het Entra-bestand is ondertekend door een certificaat dat nooit eerder voor deze app is gezien of aangekondigd; `export` onthoudt de gebruikte ondertekenaar
cli-arg-cert = Het certificaat van de TOPdesk-server (PEM, DER, base64, een gecombineerd PEM- of een PKCS#12-bestand)
cli-arg-key = De bijbehorende persoonlijke sleutel (PKCS#8/PKCS#1, PEM/DER, versleuteld of niet, of een PKCS#12-bestand)
cli-arg-password-env = Het wachtwoord van een versleutelde sleutel of een PKCS#12-bestand uit deze omgevingsvariabele lezen
cli-arg-password-file = Het wachtwoord uit de eerste regel van dit bestand lezen
cli-arg-ics = Ook agendaherinneringen (.ics) voor de vervaldatums van de certificaten naar dit nieuwe bestand schrijven
cli-arg-export-ics = Ook agendaherinneringen (.ics) voor de vervaldatums van de certificaten naar dit nieuwe bestand schrijven (de bundel bevat ze ook, als reminders.ics)
cli-arg-now = Geldigheid beoordelen alsof het dit tijdstip is (RFC 3339, bijv. 2026-01-31T12:00:00Z), in plaats van nu
cli-arg-json = Eén JSON-object weergeven in plaats van tekst
cli-arg-file = Het bestand om te onderzoeken
cli-arg-diff-old = De federatieve metagegevens die TOPdesk nu heeft (een bestand, een geëxporteerde bundelmap of een https://-adres)
cli-arg-diff-new = De federatieve metagegevens die Entra nu levert (een bestand of het https://-adres ervan)
cli-arg-host = De hostnaam van TOPdesk, bijv. acme.topdesk.net (de CN en DNS-naam van het certificaat)
cli-arg-bits = Grootte van de RSA-sleutel
cli-arg-days = Geldigheid in dagen (de eigen knop van TOPdesk maakt certificaten voor 1 jaar)
cli-arg-keygen-out = Map om te maken (mag nog niet bestaan)
cli-arg-diagnose-idp = Federatieve metagegevens van Entra (XML), een bestand of het https://-adres ervan (alleen de handtekeningcertificaten daarin worden vertrouwd)
cli-arg-diagnose-sp = SP-metagegevens van TOPdesk (XML), een bestand of het https://-adres ervan (Id en Antwoord-URL)
cli-arg-diagnose-key = De persoonlijke sleutel van TOPdesk (elke indeling die `check` leest), om een versleutelde assertie te ontsleutelen
cli-arg-diagnose-user-attribute = Claim waaruit TOPdesk de gebruikersnaam leest
cli-arg-diagnose-section = Het TOPdesk-gedeelte waarbij u zich aanmeldt
cli-arg-diagnose-input = De opname: een bestand, of - voor standaardinvoer
cli-arg-logo = Een afbeelding voor de inlogpagina van TOPdesk (PNG, JPEG, GIF of ICO)
cli-arg-display-name = Tekst op de inlogknop van TOPdesk
cli-arg-export-user-attribute = Claim met de gebruikersnaam voor TOPdesk
cli-arg-export-out = Map (of, met --zip, bestand) om te maken; mag nog niet bestaan
cli-arg-zip = Eén .zip-bestand schrijven in plaats van een map

## Invoer lezen (src/cli/inputs.rs)

cli-read-failed = { $what ->
        [idp] de Entra-metagegevens
        [sp] de TOPdesk-metagegevens
        [cert] het certificaat
        [key] de persoonlijke sleutel
        [logo] het logo
        [capture] de opname
        [password-file] het wachtwoordbestand
       *[file] het bestand
    }: { $reason }: { $path }
cli-fetch-failed = { $what ->
        [idp] de Entra-metagegevens
       *[sp] de TOPdesk-metagegevens
    } kunnen niet worden opgehaald: { $reason }: { $url }
cli-fetched = { $what ->
        [idp] Entra-metagegevens
        [sp] TOPdesk-metagegevens
        [old] Oude metagegevens
       *[new] Nieuwe metagegevens
    } opgehaald van { $url } op { $date } om { $time } UTC
cli-not-metadata = het bestand met { $what ->
        [idp] Entra-metagegevens
       *[sp] TOPdesk-metagegevens
    } bevat geen SAML-metagegevens (het is: { $summary }): { $path }
cli-password-env-unset = de omgevingsvariabele { $var } (--password-env) is niet ingesteld
cli-password-file-not-text = het wachtwoordbestand bevat geen tekst: { $path }
cli-password-prompt = Wachtwoord voor { $path }:
cli-password-unreadable = kan het wachtwoord niet van de terminal lezen ({ $reason })
cli-password-needed = { $reason } (gebruik --password-env VAR of --password-file FILE, of voer uit in een terminal om ernaar gevraagd te worden): { $path }

## Opdrachten (src/cli/commands.rs)

cli-key-owner-only = alleen door u leesbaar
cli-key-not-protected = NIET beveiligd: dit station kent geen rechten voor alleen de eigenaar (FAT/exFAT of een netwerkshare?), bewaar het bestand dus op een plek die alleen u kunt lezen
cli-output-exists = de uitvoer bestaat al (er is niets overschreven): { $path }
cli-reminders-nothing = geen certificaat om aan te herinneren: geef --idp, --sp of --cert op voor de herinneringen (er is niets geschreven)
cli-reminders-written = Agendaherinneringen (vervaldagen, herinneringen 60, 30 en 7 dagen vooraf) geschreven naar { $path }
cli-check-nothing = niets te controleren: geef --idp FILE, --sp FILE, --cert FILE en/of --key FILE op
cli-keygen-bad-host = --host verwacht een hostnaam zoals acme.topdesk.net, niet '{ $host }'
cli-keygen-failed = kan het sleutelpaar niet genereren ({ $reason })
cli-keygen-generated = RSA-{ $bits }-sleutelpaar gegenereerd in { $seconds } s
cli-keygen-certificate = Certificaat  CN={ $host }, geldig van { $from } tot { $to }
cli-written-to = Geschreven naar { $path }:
cli-keygen-cert-files = certificaat (TOPdesk: Certificate (RSA))
cli-keygen-key-file = persoonlijke sleutel, onversleuteld PKCS#8 DER, { $access } (TOPdesk: Private key)
cli-keygen-next = Volgende stap: { $command }
cli-export-needs-metadata = export heeft zowel --idp (Entra-metagegevens) als --sp (TOPdesk-metagegevens) nodig
cli-export-needs-pair = export heeft het TOPdesk-certificaat en de sleutel nodig: --cert FILE --key FILE (of één PKCS#12-bestand), of genereer een paar met 'topdesk-sso keygen'
cli-export-refused = Er is niets geschreven: { $reason }
cli-export-refused-incomplete = de export heeft zowel het TOPdesk-certificaat als de bijbehorende persoonlijke sleutel nodig.
cli-export-refused-mismatch = het certificaat en de persoonlijke sleutel horen niet bij elkaar.
cli-export-refused-errors = er staan bevindingen van het niveau fout ({ $errors }).
cli-export-written = Bundel geschreven naar { $path }:
cli-export-settings = Open daar SETTINGS.txt om te zien wat waar hoort, in de volgorde van het scherm.
cli-export-key-note = (persoonlijke sleutel, { $access }; bewaar deze veilig)
cli-diff-not-entra = beide bestanden moeten federatieve metagegevens van Entra zijn: { $old } en { $new }
cli-stdin-unreadable = de opname kan niet van standaardinvoer worden gelezen ({ $reason })
cli-stdin-too-large = de opname op standaardinvoer is groter dan { $mib } MiB
cli-diagnose-unreadable = er kon niets worden gelezen

## Tekstuitvoer (src/cli/text.rs)

cli-cert-subject = { $subject } ({ $algorithm } { $bits } bits)
cli-cert-validity = geldig van { $from } tot { $to }
cli-cert-sha1 = SHA-1-vingerafdruk { $thumbprint }
cli-cert-active = actief: heeft dit bestand ondertekend
cli-cert-first = eerste
cli-urls-heading = Entra Standaard SAML-configuratie
cli-urls-heading-section = Entra Standaard SAML-configuratie — TOPdesk-gedeelte { $section }
cli-urls-reply = Antwoord-URL
cli-urls-none = Geen waarden voor Entra: de TOPdesk-metagegevens ontbreken of zijn onbruikbaar (zie de bevindingen).
cli-diff-certs = Handtekeningcertificaten (SAML-rol)
cli-diff-added = toegevoegd
cli-diff-removed = verwijderd
cli-diff-kept = behouden
cli-diff-cert = { $thumbprint } ({ $label }), geldig tot { $date }{ $signs ->
        [yes] , ondertekent het bestand
       *[no] {""}
    }
cli-diff-changed = Gewijzigd
cli-report-entity = Entiteits-id van Entra
cli-report-sso = Aanmeldings-URL (SSO)
cli-report-signature = Handtekening
cli-report-signature-status = { $status ->
        [valid] geldig
        [invalid] ONGELDIG
       *[absent] ontbreekt
    }
cli-report-sp-certs = TOPdesk-certificaten
cli-report-pair-heading = TOPdesk-certificaat en persoonlijke sleutel
cli-report-pair = Paar
cli-report-pair-match = PAST: het certificaat en de sleutel horen bij elkaar
cli-report-pair-mismatch = PAST NIET: de sleutel hoort niet bij het certificaat
cli-report-pair-incomplete = onvolledig: geef zowel het certificaat als de sleutel op
cli-report-key-value = { $algorithm } { $bits } bits, { $format }{ $encrypted ->
        [yes] , met wachtwoord beveiligd
       *[no] {""}
    }
cli-findings-none = Geen bevindingen.
cli-findings-group = { $severity ->
        [error] Fouten
        [warning] Waarschuwingen
       *[info] Opmerkingen
    } ({ $count })
cli-inspect-more = … en nog { $count } (--json toont ze allemaal)
cli-diagnose-accepted = TOPdesk zou deze aanmelding accepteren.
cli-diagnose-entra-refused = Entra heeft geweigerd: { $reason }
cli-diagnose-refused = TOPdesk zou weigeren: { $reason }
cli-diagnose-no-response = Geen antwoord om te beoordelen (geen fout gevonden in wat is opgegeven).
cli-diagnose-nothing-read = Er kon niets worden gelezen: { $reason }
cli-diagnose-request = Bericht { $number }: aanvraag { $id }
cli-diagnose-response = Bericht { $number }: antwoord { $id }
cli-diagnose-entra-error = Bericht { $number }: Entra-fout AADSTS{ $code }
cli-diagnose-signed = Ondertekend
cli-diagnose-encrypted = Versleuteld
cli-diagnose-signature-status = { $status ->
        [valid] Geldig
        [invalid] Ongeldig
       *[absent] Ontbreekt
    }
cli-diagnose-signed-part = ({ $part ->
        [response] antwoord ondertekend
        [assertion] assertie ondertekend
       *[both] beide ondertekend
    })
cli-diagnose-signed-by = door { $thumbprint }
cli-diagnose-decrypted = ja, hier ontsleuteld
cli-diagnose-not-decrypted = ja, niet ontsleuteld
cli-diagnose-not-signed = (niet ondertekend)
cli-diagnose-unverified = (niet geverifieerd: de handtekening klopt niet)
cli-diagnose-inner-error = bevat AADSTS{ $code }

## entra check|apply|create (src/cli/entra.rs)

cli-about-entra = De Entra-app zelf via Microsoft Graph naast TOPdesk leggen, en hem goed instellen
cli-about-entra-check = De Entra-app via Microsoft Graph lezen en vergelijken met de metagegevens van TOPdesk (schrijft niets)
cli-about-entra-apply = De wijzigingen tonen die de Entra-app goed instellen; met --yes ze uitvoeren, de app opnieuw lezen en opnieuw controleren
cli-about-entra-create = De Entra-app maken uit de TOPdesk-galeriesjabloon, met zijn eerste handtekeningcertificaat en de waarden van TOPdesk (met --yes)
cli-exit-codes-entra-check = Afsluitcodes: 0 alles in orde (waarschuwingen toegestaan), 1 een verschil op foutniveau of geen app gevonden, 2 gebruiksfout, netwerk-, aanmeld- of machtigingsfout.
cli-exit-codes-entra-apply = Afsluitcodes: zonder --yes 0 niets te doen, 1 wijzigingen open (niets geschreven); met --yes als check na het schrijven: 0 alles in orde, 1 een verschil op foutniveau; 2 gebruiksfout, netwerk-, aanmeld- of machtigingsfout.
cli-arg-tenant = De Entra-tenant (id of domein); standaard: uit de entityID van de Entra-metagegevens, anders uit het token
cli-arg-app = De toepassings-id (client-id) van de Entra-app; standaard: de app met de Id van TOPdesk onder zijn namen
cli-arg-token-env = Een toegangstoken voor Microsoft Graph uit deze omgevingsvariabele nemen (bijvoorbeeld van az account get-access-token --resource-type ms-graph)
cli-arg-client-id = Aanmelden met een apparaatcode via deze openbare client-app (eenmalig geregistreerd, zie de README)
cli-arg-cloud = De Microsoft-cloud: global, usgov of china (standaard: global)
cli-arg-graph-url = Het adres van Microsoft Graph in plaats van dat van de cloud (alleen https; voor privéclouds en tests)
cli-arg-login-url = Het adres van de aanmeldservice in plaats van dat van de cloud (alleen https)
cli-arg-encrypt = Ook het certificaat van TOPdesk uploaden als tokenversleutelingssleutel (de bestaande certificaten blijven)
cli-arg-yes = De getoonde wijzigingen uitvoeren (zonder deze optie wordt niets geschreven)
cli-arg-name = Weergavenaam van de nieuwe Entra-app (standaard: de naam van de galeriesjabloon)
cli-entra-no-sign-in = geef aan hoe u zich aanmeldt: --token-env VAR (een toegangstoken voor Microsoft Graph) of --client-id ID (aanmelden met een apparaatcode)
cli-entra-no-urls = de metagegevens van TOPdesk geven geen Id en Antwoord-URL om mee te vergelijken (zie de bevindingen van topdesk-sso check --sp): { $sp }
cli-entra-device-code = Open { $url } en voer de code { $code } in om u aan te melden
cli-entra-register = Registreer eenmalig een openbare client-app: Entra-beheercentrum, App-registraties, Nieuwe registratie; omleidings-URI "Openbare client/systeemeigen (mobiel en desktop)" http://localhost; Verificatie, Openbare clientstromen toestaan: Ja; API-machtigingen, Microsoft Graph, gedelegeerd: Application.Read.All (check) en Application.ReadWrite.All (apply, create); verleen beheerderstoestemming. Geef daarna de toepassings-id (client-id) mee met --client-id.
cli-entra-blocked = Voorwaardelijke toegang blokkeert deze aanmelding (vaak de apparaatcode): neem in plaats daarvan een token van az, --token-env VAR met VAR=$(az account get-access-token --resource-type ms-graph --query accessToken -o tsv)
cli-entra-create-global-only = create voegt het eerste handtekeningcertificaat van de app toe met addTokenSigningCertificate, dat Microsoft Graph alleen in de globale cloud biedt: maak de app in het Entra-beheercentrum en voer topdesk-sso entra apply uit
cli-entra-encrypt-no-cert = --encrypt heeft het certificaat van TOPdesk nodig: geef --cert, of metagegevens van TOPdesk met het versleutelingscertificaat
cli-entra-partly-applied = { $done } van de getoonde wijzigingen zijn vóór deze fout uitgevoerd; voer de opdracht opnieuw uit om te zien wat er nog over is
cli-entra-exists = er bestaat al een Entra-app met de Id van TOPdesk: { $name } ({ $app_id }); gebruik topdesk-sso entra apply om hem goed in te stellen
cli-entra-no-template = de Entra-galerie heeft geen sjabloon met de naam "{ $name }": maak de app in het Entra-beheercentrum (Bedrijfstoepassingen, Nieuwe toepassing) en voer topdesk-sso entra apply uit
cli-entra-status = { $status ->
    [ok] in orde
    [mismatch] wijkt af
    [missing] ontbreekt
   *[info] let op
}
cli-entra-app = Entra-app: { $name } (toepassings-id { $app_id }) in tenant { $tenant }
cli-entra-created = Gemaakt: toepassings-id { $app_id }; handtekeningcertificaat { $thumbprint } (geef TOPdesk de metagegevens hieronder)
cli-entra-metadata-url = App-URL voor federatieve metagegevens: { $url }
cli-entra-values = in Entra: { $entra } · hoort te zijn: { $expected }
cli-entra-plan = { $count ->
    [one] Eén wijziging open (voer opnieuw uit met --yes om haar uit te voeren):
   *[other] { $count } wijzigingen open (voer opnieuw uit met --yes om ze uit te voeren):
}
cli-entra-plan-empty = Niets te schrijven.
cli-entra-applied = { $count ->
    [one] Eén wijziging uitgevoerd:
   *[other] { $count } wijzigingen uitgevoerd:
}
