# core: de bevindingen, fouten en labels van de engine.
# Placeholders ({ $name }) vult het programma in; laat ze staan zoals ze zijn.
# URL's, entiteits-id's, vingerafdrukken, bestandsnamen en opdrachtregelopties worden nooit vertaald.

## check: de hele controle

check-input-idp = Entra-metagegevens: { $error }
check-input-sp = TOPdesk-metagegevens: { $error }
check-input-cert = certificaat: { $error }
check-input-key = persoonlijke sleutel: { $error }

check-files-swapped = De twee bestanden zijn verwisseld: het Entra-vak bevat de SP-metagegevens van TOPdesk en het TOPdesk-vak de federatieve metagegevens van Entra.
check-files-swapped-fix = Verwissel ze (CLI: wissel de bestanden van --idp en --sp om); de waarden hieronder zijn gelezen alsof dat al is gebeurd.
check-idp-is-sp = Het bestand dat als federatieve metagegevens van Entra is opgegeven, bevat de metagegevens van een serviceprovider (waarschijnlijk van TOPdesk).
check-idp-is-sp-fix = Download het XML-bestand met federatieve metagegevens op de pagina Eenmalige aanmelding van de Entra-app en gebruik dat als Entra-bestand.
check-sp-is-idp = Het bestand dat als TOPdesk-metagegevens is opgegeven, bevat de metagegevens van een identiteitsprovider (waarschijnlijk van Entra).
check-sp-is-idp-fix = Download de SP-metagegevens uit de SAML-configuratieassistent van TOPdesk en gebruik die als TOPdesk-bestand.

check-not-metadata = Het { $which }-bestand is XML, maar geen SAML-metagegevens (het hoofdelement is { $root }).
check-idp-not-metadata-fix = Download het XML-bestand met federatieve metagegevens op de pagina Eenmalige aanmelding van de Entra-app (sectie SAML-certificaten).
check-sp-not-metadata-fix = Download de SP-metagegevens uit de SAML-configuratieassistent van TOPdesk.
check-entity-not-found = Het { $which }-bestand bevat geen entiteit met entityID { $entity_id }.
check-entity-not-found-one-fix = Dit bestand bevat één entiteit, { $entity_id }; laat de keuze van de entiteit weg.
check-entity-not-found-fix = Controleer de entityID, of voer 'topdesk-sso inspect' uit op het bestand om { $count ->
        [one] de { $count } entiteit
       *[other] alle { $count } entiteiten
    } te tonen.
check-entity-not-chosen = Het { $which }-bestand is een verzameling van { $count ->
        [one] { $count } entiteit
       *[other] { $count } entiteiten
    } ({ $sample }); welke bedoeld is, is niet duidelijk.
check-entity-not-chosen-fix = Kies de entiteit die moet worden gebruikt (CLI: { $flag } ENTITYID).

check-signature-valid = De federatieve metagegevens zijn niet gewijzigd sinds ze zijn ondertekend met certificaat { $by }; { $kind ->
        [app] vergelijk deze vingerafdruk met die op de pagina SAML-certificaten van de Entra-app.
        [not-app] dit zijn niet de metagegevens van een Entra-app, dus er is geen pagina SAML-certificaten om deze vingerafdruk mee te vergelijken.
       *[other] vergelijk deze vingerafdruk met het certificaat voor tokenondertekening dat uw identiteitsprovider toont.
    }
check-signature-valid-fix = { $kind ->
        [app] Verschillen de vingerafdrukken, gebruik dit bestand dan niet: download het XML-bestand met federatieve metagegevens zelf uit de Entra-app. Zijn ze gelijk, upload het bestand dan ongewijzigd, zodat TOPdesk de handtekening ook kan controleren.
        [not-app] Gebruik in plaats daarvan het XML-bestand met federatieve metagegevens van de TOPdesk-bedrijfstoepassing, en vergelijk de ondertekenaar daarvan met de pagina SAML-certificaten van de app.
       *[other] Verschillen de vingerafdrukken, gebruik dit bestand dan niet: download de metagegevens zelf bij uw identiteitsprovider. Zijn ze gelijk, upload het bestand dan ongewijzigd, zodat TOPdesk de handtekening ook kan controleren.
    }
check-signature-sha1 = De federatieve metagegevens zijn ondertekend met SHA-1, een onveilig hashalgoritme.
check-signature-sha1-fix = Stel in de sectie SAML-certificaten van de Entra-app het ondertekeningsalgoritme in op SHA-256 en download de metagegevens opnieuw.
check-signature-unlisted-signer = De handtekening van de federatieve metagegevens is niet van Entra: { $reason }.
check-signature-unlisted-signer-reason = ze is gemaakt met een certificaat dat niet in het bestand staat
check-signature-unlisted-signer-fix = Gebruik dit bestand niet. Download het XML-bestand met federatieve metagegevens zelf op de pagina Eenmalige aanmelding van de Entra-app (sectie SAML-certificaten).
check-signature-invalid = De handtekening van de federatieve metagegevens is ongeldig: { $reason }.
check-signature-invalid-reason = onbekende reden
check-signature-invalid-fix = Het bestand is na het downloaden gewijzigd (bijvoorbeeld opnieuw ingesprongen of bewerkt): download het opnieuw uit Entra en upload het ongewijzigd.
check-signature-absent = De federatieve metagegevens zijn niet ondertekend, dus TOPdesk kan niet vaststellen dat ze ongewijzigd van Entra komen.
check-signature-absent-fix = Download het XML-bestand met federatieve metagegevens opnieuw uit de Entra-app (Entra ondertekent het), of schakel 'Use signed metadata' uit in TOPdesk.

check-metadata-expired = De { $file ->
        [idp] federatieve metagegevens van Entra waren
       *[sp] TOPdesk-metagegevens waren
    } geldig tot { $date }; die datum is verstreken.
check-metadata-expired-fix = Download de { $file ->
        [idp] federatieve metagegevens van Entra
       *[sp] TOPdesk-metagegevens
    } opnieuw; een nieuwe kopie heeft een nieuwe validUntil-datum.

## entra: de federatieve metagegevens van Entra

entra-cert-unreadable = Een certificaat in de Entra-metagegevens kan niet worden gelezen: { $why }.
entra-cert-unreadable-fix = Download de federatieve metagegevens opnieuw in de sectie SAML-certificaten van de Entra-app; bewerk ze niet met de hand.
entra-no-sso = De Entra-metagegevens bevatten geen SingleSignOnService, dus TOPdesk weet niet waarheen gebruikers moeten worden gestuurd.
entra-no-sso-fix = Download de federatieve metagegevens van de app opnieuw op de pagina Eenmalige aanmelding van de Entra-app.
entra-no-signing-cert = De Entra-metagegevens vermelden geen handtekeningcertificaat voor SAML, dus TOPdesk kan geen enkele aanmelding controleren.
entra-no-signing-cert-fix = Maak of activeer een SAML-handtekeningcertificaat in de Entra-app en download daarna opnieuw het XML-bestand met federatieve metagegevens.
entra-certs-differ = De SAML-handtekeningcertificaten verschillen van die van de toepassingsrol in hetzelfde bestand.
entra-certs-differ-fix = Download de federatieve metagegevens opnieuw; Entra vermeldt op beide plaatsen dezelfde certificaten.
entra-rollover-unsigned = Entra vermeldt { $count } handtekeningcertificaten (er loopt een certificaatwissel); het bestand is niet ondertekend, dus welk certificaat actief is, valt niet te zeggen.
entra-rollover = Entra vermeldt { $count } handtekeningcertificaten (er loopt een certificaatwissel); het bestand is ondertekend met { $thumbprint } ({ $expired ->
        [yes] verlopen op { $expires }
       *[no] verloopt op { $expires }
    }), het actieve certificaat.
entra-rollover-fix = Koppel TOPdesk aan de App-URL voor federatieve metagegevens, zodat TOPdesk de wissel volgt, of upload het bestand opnieuw nadat het nieuwe certificaat in Entra is geactiveerd.
entra-host-not-microsoft = Het bestand geeft zich uit als afkomstig van Entra, maar stuurt gebruikers naar { $url }, en dat is geen aanmeldingsadres van Microsoft{ $count ->
        [one] {""}
       *[other] {" "}({ $count } zulke adressen)
    }.
entra-host-not-microsoft-fix = Gebruik dit bestand niet: het kan aanmeldingen van gebruikers naar een ander adres sturen. Download het XML-bestand met federatieve metagegevens zelf op de pagina Eenmalige aanmelding van de Entra-app.
entra-tenant-wide = Dit zijn de Entra-metagegevens van de hele tenant, niet die van de TOPdesk-bedrijfstoepassing; de certificaten erin ondertekenen de aanmeldingen van de app niet.
entra-tenant-wide-fix = Open in Entra Bedrijfstoepassingen > de TOPdesk-app > Eenmalige aanmelding > SAML-certificaten en download het XML-bestand met federatieve metagegevens (de URL eindigt op ?appid=…).
entra-common = Dit zijn de multitenant-/common-metagegevens van Entra (entityID { $entity_id }), met een tijdelijke aanduiding in plaats van de eigen tenant.
entra-common-fix = Download in plaats daarvan het XML-bestand met federatieve metagegevens van de TOPdesk-bedrijfstoepassing op de pagina Eenmalige aanmelding.
entra-adfs = Dit zijn AD FS-metagegevens ({ $entity_id }), niet Microsoft Entra ID.
entra-adfs-fix = Bij een overstap naar Entra: download het XML-bestand met federatieve metagegevens van de Entra-bedrijfstoepassing; AD FS zelf werkt, maar deze assistent controleert het niet grondig.
entra-not-entra = De identiteitsprovider { $entity_id } is niet Microsoft Entra ID.
entra-not-entra-fix = De waarden worden toch afgeleid; controles die alleen voor Entra gelden (tenant, app-certificaat) worden overgeslagen.

## topdesk: de SP-metagegevens van TOPdesk

topdesk-section-secure = Secure (behandelaars)
topdesk-section-public = Public (selfserviceportal)
topdesk-section-unknown = onbekend gedeelte '{ $section }': gebruik secure of public
topdesk-no-acs = De TOPdesk-metagegevens bevatten geen AssertionConsumerService, dus er is geen Antwoord-URL.
topdesk-no-acs-fix = Download de SP-metagegevens opnieuw uit de SAML-configuratie van TOPdesk voor dit gedeelte.
topdesk-acs-not-post = De Antwoord-URL { $url } gebruikt niet de HTTP-POST-binding die Entra gebruikt.
topdesk-acs-not-post-fix = Controleer of dit de SP-metagegevens van TOPdesk zijn; TOPdesk publiceert een HTTP-POST-eindpunt.
topdesk-acs-not-url = De Antwoord-URL '{ $url }' is geen absolute https-URL.
topdesk-acs-not-url-fix = Download de SP-metagegevens opnieuw uit TOPdesk; Entra accepteert alleen https-Antwoord-URL's.
topdesk-section-mismatch = De configuratie is voor het gedeelte { $wanted }, maar deze TOPdesk-metagegevens horen bij het gedeelte { $found }.
topdesk-section-mismatch-fix = Download de SP-metagegevens uit de SAML-configuratie voor { $wanted } in TOPdesk, of kies het gedeelte { $found }.
topdesk-cert-unreadable = Een certificaat in de TOPdesk-metagegevens kan niet worden gelezen: { $why }.
topdesk-cert-unreadable-fix = Download de SP-metagegevens opnieuw uit TOPdesk; bewerk ze niet met de hand.
topdesk-acs-not-https = De Antwoord-URL { $url } gebruikt geen https.
topdesk-acs-not-https-fix = Entra weigert http-Antwoord-URL's; gebruik het https-adres van TOPdesk (download de SP-metagegevens opnieuw).
topdesk-acs-path = Het pad '{ $path }' van de Antwoord-URL is niet /tas/secure/login/verify of /tas/public/login/verify van TOPdesk.
topdesk-acs-path-fix = Controleer of dit de SP-metagegevens van de SAML-configuratie van TOPdesk zijn; Entra moet precies de Antwoord-URL krijgen die TOPdesk publiceert.
topdesk-entity-id-not-url = De TOPdesk-entityID '{ $entity_id }' is geen URL.
topdesk-entity-id-not-url-fix = De entityID van TOPdesk is de URL van de metagegevens, https://<TOPdesk-adres>/saml-metadata/<id>; download de SP-metagegevens opnieuw.
topdesk-entity-id-pattern = De TOPdesk-entityID { $entity_id } heeft niet de vorm …/saml-metadata/<id>.
topdesk-entity-id-pattern-fix = Gebruik de SP-metagegevens die TOPdesk voor deze SAML-configuratie publiceert; de entityID daarin is de URL van de metagegevens.
topdesk-host-mismatch = De entityID staat op { $entity_host }, maar de Antwoord-URL op { $reply_host }.
topdesk-host-mismatch-fix = Beide horen het adres van de eigen TOPdesk te zijn; controleer of de SP-metagegevens niet met de hand zijn bewerkt.
topdesk-old-identifier = De Id { $url } volgt het verkeerde patroon uit de zelfstudie van Microsoft uit 2018.
topdesk-old-identifier-fix = Gebruik de entityID uit de SP-metagegevens die TOPdesk nu publiceert: https://<TOPdesk-adres>/saml-metadata/<id>.
topdesk-old-reply = De Antwoord-URL { $url } volgt het verkeerde patroon uit de Entra-galerie-app.
topdesk-old-reply-fix = Gebruik /tas/secure/login/verify (behandelaars) of /tas/public/login/verify (selfserviceportal), zoals de SP-metagegevens van TOPdesk aangeven.

## url: waarden uit een van beide bestanden die URL's moeten zijn (de aanmeldings-URL en id van Entra, de Identifier en Reply URL van TOPdesk)

url-invalid = { $field ->
        [entra-login] De aanmeldings-URL van Entra
        [entra-identifier] De id (entityID) van Entra
        [topdesk-identifier] De Identifier (entityID) van TOPdesk
       *[topdesk-reply] De Reply URL van TOPdesk
    } '{ $value }' is geen geldige URL: { $why }. Hij wordt niet aangeboden om te kopiëren en niet geëxporteerd.
url-invalid-entra-fix = Gebruik dit bestand niet: Entra schrijft nooit zo'n waarde. Download het XML-bestand met federatieve metagegevens zelf op de pagina Eenmalige aanmelding van de Entra-app.
url-invalid-topdesk-fix = Download de SP-metagegevens opnieuw uit TOPdesk en gebruik ze ongewijzigd: TOPdesk schrijft nooit zo'n waarde.
url-why-control = hij bevat het stuurteken { $code }
url-why-invisible = hij bevat het onzichtbare of leesrichting wijzigende teken { $code }
url-why-space = hij bevat een spatie
url-why-character = hij bevat '{ $char }', dat niet in een URL kan staan
url-why-not-absolute = het is geen absoluut adres (https://…)

## reminders: de tekst van de agenda (de .ics-velden zelf blijven zoals ze zijn)

reminders-calendar-name = TOPdesk SSO-certificaten
reminders-todo-entra = vernieuw het in Entra en upload de nieuwe federatieve metagegevens
reminders-todo-topdesk = genereer een nieuw sleutelpaar en upload het
reminders-section-unknown = onbekend
reminders-summary = { $role } { $thumbprint }… verloopt — { $place }: { $what_to_do }
reminders-description =
    { $role } verloopt op { $date } om { $time } UTC.
    Onderwerp: { $subject }
    SHA-1-vingerafdruk: { $thumbprint }
    Gedeelte: { $section }
    Wat te doen: { $what_to_do }.
reminders-alarm = Over { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }: { $summary }

## metadata: de XML lezen

metadata-doctype = het bestand declareert een DOCTYPE (regel { $line }); SAML-metagegevens doen dat nooit, dus het wordt uit veiligheidsoverwegingen geweigerd
metadata-too-deep = elementen zijn dieper genest dan { $max } niveaus (regel { $line }); uit veiligheidsoverwegingen geweigerd
metadata-too-many = de XML bevat meer dan { $limit } { $what ->
        [attributes] attributen op één element
        [namespaces] naamruimtedeclaraties tegelijk
        [certificates] certificaten
        [entity-id-bytes] bytes aan entityID's
        [nodes] elementen, commentaren en andere XML-knooppunten
        [endpoints] endpoints (SingleSignOnService, SingleLogoutService, AssertionConsumerService)
        [key-descriptors] KeyDescriptor-elementen
        [nameid-formats] NameIDFormat-elementen
        [roles] RoleDescriptor-elementen
        [references] handtekening-References
       *[entities] entiteiten
    } (regel { $line }); echte SAML-XML heeft er veel minder, dus die wordt uit veiligheidsoverwegingen geweigerd
metadata-too-long = een waarde op regel { $line } is langer dan { $max_kib } KiB; echte SAML-metadata heeft geen enkele waarde die zo lang is, dus wordt het bestand uit veiligheidsoverwegingen geweigerd
metadata-malformed = geen goed gevormde XML (regel { $line }): { $message }
metadata-undeclared-prefix = niet-gedeclareerd naamruimtevoorvoegsel '{ $prefix }'
metadata-two-roots = meer dan één hoofdelement
metadata-undeclared-entity = verwijzing naar een niet-gedeclareerde entiteit
metadata-text-outside-root = tekst buiten het hoofdelement
metadata-no-root = geen hoofdelement
metadata-truncated = de XML eindigt voordat de elementen zijn gesloten (afgebroken?)
metadata-cert-empty = het element X509Certificate is leeg
metadata-cert-not-base64 = geen geldige base64: { $error }

## signature: waarom de handtekening van de metagegevens niet klopt (een reden, na een dubbele punt)

signature-not-on-root = het bestand bevat een handtekening, maar niet op het hoofdelement, dus die dekt het bestand niet
signature-too-large = het bestand is groter dan { $mib } MiB, te groot om hier te controleren (de federatieve metagegevens van Entra zijn ongeveer 20 KB)
signature-unparsable = de XML kan niet worden gelezen voor de controle: { $error }
signature-nothing-listed = het bestand vermeldt geen handtekeningcertificaat voor de SAML-rol van Entra, dus niets in het bestand kan voor de handtekening instaan
signature-unlisted-signer = ze is gemaakt met certificaat { $thumbprint }, dat niet een van de handtekeningcertificaten is die het bestand voor de SAML-rol van Entra vermeldt (iemand anders heeft het bestand opnieuw ondertekend)
signature-too-many-candidates = het bestand vermeldt { $count } handtekeningcertificaten; meer dan { $max } worden niet geprobeerd
signature-does-not-verify = de handtekening klopt niet ({ $reason })
signature-no-signer = de controle noemde geen certificaat
signature-signer-not-offered = de controle noemde een certificaat dat niet was aangeboden
signature-no-root = het document heeft geen hoofdelement
signature-not-child-of-root = de gecontroleerde handtekening staat niet direct onder het hoofdelement (een signature-wrapping-patroon)
signature-references = de handtekening heeft { $count ->
        [one] { $count } verwijzing
       *[other] { $count } verwijzingen
    }; een handtekening van metagegevens heeft er precies één
signature-covers-other = de handtekening dekt '{ $uri }', niet het hoofdelement (een signature-wrapping-patroon)
signature-cert-unusable = certificaat { $thumbprint } kan niet worden gebruikt: { $error }
signature-method-refused = ze gebruikt het ondertekeningsalgoritme '{ $uri }'; alleen RSA met SHA-256, SHA-384, SHA-512 (of SHA-1) wordt geaccepteerd
signature-digest-refused = ze gebruikt het hashalgoritme '{ $uri }'; alleen SHA-256, SHA-384, SHA-512 (of SHA-1) wordt geaccepteerd
signature-too-many-transforms = de verwijzing heeft { $count } transformaties; een handtekening heeft er hoogstens { $max } (enveloped-signature en canonicalisatie)
signature-transform-refused = de verwijzing gebruikt de transformatie '{ $uri }', waardoor delen van het bestand niet ondertekend kunnen blijven; alleen enveloped-signature en canonicalisatie worden geaccepteerd
signature-another-first = er staat een andere handtekening vóór de handtekening van het hoofdelement (een signature-wrapping-patroon)
signature-id-repeated = de ondertekende ID komt { $count } keer voor in het bestand (een signature-wrapping-patroon)
# core::dsig: waarom een document wordt geweigerd voordat de XML-DSig-bibliotheek het ziet.
dsig-too-many = het document bevat { $count } handtekeningen; meer dan { $max } worden niet gecontroleerd
dsig-signed-info = een handtekening heeft { $count } SignedInfo-elementen; er wordt precies één geaccepteerd
dsig-references = een handtekening heeft { $count } verwijzingen; er wordt precies één geaccepteerd
dsig-reference-external = een handtekening verwijst naar '{ $uri }', dat niet in dit document staat; niets buiten het bestand wordt ooit gelezen
dsig-retrieval-method = een handtekening vraagt haar sleutel op te halen van '{ $uri }'; sleutels worden nooit opgehaald, alleen de geladen certificaten worden gebruikt
dsig-c14n-refused = een handtekening gebruikt de canonicalisatie '{ $uri }'; alleen exclusieve, inclusieve en 1.1-canonicalisatie worden geaccepteerd
dsig-element-refused = het { $name }-element van een handtekening ontbreekt, komt dubbel voor of staat buiten de XML-DSig-naamruimte; er wordt precies één geaccepteerd

## history: de eerder geziene ondertekenaars voor dezelfde Entra-app

history-signer-announced = Dit bestand is ondertekend met certificaat { $signer }, dat al in de eerder voor deze app gebruikte federatieve metagegevens stond: Entra is overgestapt op het nieuwe certificaat (een certificaatwissel).
history-signer-announced-fix = Niets te doen als het nieuwe certificaat in Entra is geactiveerd; upload dit bestand, zodat TOPdesk het nieuwe certificaat vertrouwt.
history-signer-new = Dit bestand is ondertekend met certificaat { $signer }, dat deze assistent nooit eerder voor deze Entra-app heeft gezien (de eerder gebruikte bestanden waren ondertekend met { $before }) en dat geen eerder bestand heeft aangekondigd.
history-signer-new-fix = Vergelijk de vingerafdruk met de pagina SAML-certificaten van de Entra-app. Staat hij daar niet, gebruik dit bestand dan niet; download het XML-bestand met federatieve metagegevens zelf uit de Entra-app.
history-unreadable = De geschiedenis van ondertekenaars { $path } kan niet worden gebruikt ({ $why }), dus de ondertekenaar van dit bestand wordt niet vergeleken met de certificaten die eerder voor deze app zijn gezien; het bestand blijft zoals het is.
history-unreadable-fix = Zet het bestand terug uit een back-up, of verwijder het om een nieuwe geschiedenis te beginnen; tot dan wordt niets nieuws onthouden.
history-not-a-history = het is geen geschiedenis van ondertekenaars ({ $why })
history-busy = een ander exemplaar van de assistent werkt de geschiedenis van ondertekenaars bij

## diff: twee versies van de federatieve metagegevens van Entra

diff-what-entity-id = entiteits-id
diff-what-tenant = tenant
diff-what-sign-in-url = aanmeldings-URL
diff-what-logout-url = afmeldings-URL
diff-new-has-errors = Het nieuwe bestand heeft zelf fouten (zie de bevindingen): los die op voordat het wordt geüpload.
diff-other-app = De twee bestanden horen bij verschillende Entra-apps of tenants: controleer of het nieuwe bestand het XML-bestand met federatieve metagegevens is van de app die TOPdesk gebruikt.
diff-new-signer = Entra ondertekent nu met certificaat { $thumbprint }, dat niet in het bestand van TOPdesk staat: aanmelden mislukt totdat het nieuwe bestand in TOPdesk is geüpload. Doe dat nu.
diff-new-cert-announced = Entra vermeldt een nieuw certificaat, { $thumbprint }, dat nog niet ondertekent. Upload het nieuwe bestand naar TOPdesk voordat certificaat { $thumbprint } in Entra actief wordt gemaakt.
diff-urls-changed = Het aanmeldings- of afmeldingsadres is gewijzigd: upload het nieuwe bestand naar TOPdesk.
diff-old-cert-removed = Alleen een buiten gebruik gesteld certificaat is verwijderd; het nieuwe bestand uploaden houdt TOPdesk overzichtelijk, maar zonder dat gaat er niets mis.
diff-nothing-changed = Er is niets van belang gewijzigd.

## fetch: metagegevens downloaden van hun adres (één regel per fout; het adres noemt de aanroeper)

fetch-origin = opgehaald van { $url } op { $date } om { $time } UTC
fetch-not-a-url = het is geen webadres ({ $why }); typ of plak het volledige https://-adres
fetch-no-scheme = geen https:// aan het begin
fetch-no-host = geen hostnaam
fetch-insecure = gewoon http:// wordt geweigerd: iedereen onderweg kan het bestand wijzigen; gebruik het https://-adres
fetch-scheme = alleen https://-adressen kunnen worden opgehaald, niet { $scheme }://
fetch-entra-without-appid = dit zijn de federatieve metagegevens van de hele tenant (het adres heeft geen appid-parameter): ze vermelden de certificaten van de tenant, niet die van de app. Kopieer de App-URL voor federatieve metagegevens op de pagina Eenmalige aanmelding van de Entra-app
fetch-host-not-found = de host { $host } is niet te vinden: geen netwerk, of een typfout in het adres
fetch-unreachable = de server is niet bereikbaar ({ $why }): geen netwerk, een firewall, of er is een proxy nodig (stel HTTPS_PROXY in)
fetch-connection-refused = verbinding geweigerd
fetch-no-connection = geen verbinding
fetch-timeout = geen antwoord binnen { $seconds } s: een traag netwerk, of er is een proxy nodig (stel HTTPS_PROXY in)
fetch-tls = de beveiligde verbinding is mislukt: { $why }
fetch-tls-unknown-issuer = het certificaat van de server komt niet van een vertrouwde instantie (onbekende uitgever); installeer achter een TLS-inspecterende proxy het basiscertificaat daarvan in het certificaatarchief van het systeem of laat SSL_CERT_FILE ernaar wijzen
fetch-tls-wrong-host = het certificaat van de server is voor een andere hostnaam
fetch-tls-expired = het certificaat van de server is verlopen
fetch-tls-not-yet-valid = het certificaat van de server is nog niet geldig (controleer de klok van deze computer)
fetch-tls-revoked = het certificaat van de server is ingetrokken
fetch-tls-damaged = het certificaat van de server is beschadigd
fetch-tls-refused = het certificaat van de server is geweigerd ({ $why })
fetch-proxy = de proxy is mislukt ({ $why }); controleer HTTPS_PROXY of de proxyinstellingen van het systeem
fetch-proxy-invalid = het proxyadres is ongeldig
fetch-proxy-variable-invalid = { $var } is geen proxyadres (http://host:poort); corrigeer of verwijder de variabele
fetch-proxy-variable-socks = { $var } noemt een SOCKS-proxy, en die kan dit programma niet gebruiken; noem daar een HTTP-proxy (http://host:poort), of download het bestand
fetch-roots = de te vertrouwen certificaten kunnen niet worden geladen: { $why }; corrigeer of verwijder die variabele
fetch-roots-unusable = { $var } is { $path }, maar { $why }
fetch-roots-none = het bevat geen PEM-certificaat (-----BEGIN CERTIFICATE-----)
fetch-idp-not-microsoft = Deze Entra-metagegevens kwamen van { $host } ({ $url }), en dat is geen aanmeldingshost van Microsoft: wie die server beheert, kan het bestand hebben gemaakt of gewijzigd.
fetch-idp-not-microsoft-fix = Haal de App-URL voor federatieve metagegevens op van de pagina Eenmalige aanmelding van de Entra-app (die staat op een aanmeldingshost van Microsoft, zoals login.microsoftonline.com), of vergelijk de vingerafdruk van het handtekeningcertificaat met de pagina SAML-certificaten van de Entra-app voordat u het bestand gebruikt.
fetch-redirect-to-http = een omleiding leidde naar een gewoon http://-adres ({ $url }), en dat wordt geweigerd: het bestand kan onderweg worden gewijzigd
fetch-too-many-redirects = meer dan { $max } omleidingen: de omleidingen vormen een lus of leiden naar een aanmeldingspagina
fetch-topdesk-not-hosted = de server antwoordde 404 (niet gevonden): deze TOPdesk-configuratie publiceert haar metagegevens niet — vink Host TOPdesk metadata aan of download het bestand
fetch-status = de server antwoordde { $status } ({ $what })
fetch-status-refused = toegang geweigerd: voor dit adres is aanmelden nodig; download het bestand in plaats daarvan
fetch-status-not-found = niet gevonden: het adres is onjuist of bestaat niet meer
fetch-status-too-many = te veel aanvragen: probeer het over een minuut opnieuw
fetch-status-server = de server heeft een probleem: probeer het later opnieuw, of download het bestand
fetch-status-other = niet het bestand: controleer het adres, of download het bestand
fetch-html = het adres gaf een webpagina terug (waarschijnlijk een aanmeldingspagina), geen metagegevens: gebruik het eigen adres van de metagegevens, of download het bestand
fetch-empty = de server stuurde niets
fetch-cancelled = het ophalen is geannuleerd
fetch-other = het ophalen is mislukt ({ $why })

## text, file: de bestanden van de beheerder lezen (meldingen met "het …" volgen op de bestandsnaam)

text-empty = het bestand is leeg
text-too-large = het bestand is { $size } bytes, boven de limiet van { $mib } MiB
text-binary = het bestand is geen tekst: binaire gegevens (geen { $encoding ->
        [text] tekst
       *[other] { $encoding }
    }) op byte { $offset }
file-cannot-open = het kan niet worden geopend ({ $error })
file-folder = het is een map; kies de bestanden erin
file-not-a-file = het is geen gewoon bestand (een apparaat, pipe of socket); sla de inhoud eerst op in een bestand
file-too-large = het is groter dan de limiet van { $mib } MiB
file-cannot-read = het kan niet worden gelezen ({ $error })

## inspect: wat een bestand is, in één regel

inspect-idp-metadata = Federatieve metagegevens van de identiteitsprovider (Entra) voor { $entity_id }
inspect-sp-metadata = Metagegevens van de serviceprovider (TOPdesk) voor { $entity_id }
inspect-aggregate = Verzameling metagegevens van { $count ->
        [one] { $count } entiteit
       *[other] { $count } entiteiten
    }
inspect-other-metadata = SAML-metagegevens zonder rol als identiteitsprovider of serviceprovider ({ $entity_id })
inspect-no-entity-id = geen entityID
inspect-other-xml = XML, maar geen SAML-metagegevens (hoofdelement { $root })
inspect-certificates = { $count ->
        [one] { $count } X.509-certificaat
       *[other] { $count } X.509-certificaten
    } ({ $encoding ->
        [DER] DER
        [PEM] PEM
       *[other] base64 zonder PEM-header
    })
inspect-private-key = Persoonlijke sleutel ({ $details })
inspect-pkcs12 = PKCS#12-bestand (.pfx/.p12): { $details }
inspect-image = { $format }-afbeelding
inspect-unreadable = Kan niet worden gelezen: { $reason }
inspect-unknown = Geen bestand dat deze assistent kent (geen metagegevens, certificaat, sleutel of afbeelding)
inspect-cert-unreadable = een certificaat in het bestand is geen leesbaar X.509-certificaat
inspect-key-locked = { $format }, met wachtwoord beveiligd
inspect-key-bits = { $bits } bits
inspect-key = { $algorithm } { $size }, { $format }{ $encrypted ->
        [yes] , met wachtwoord beveiligd
       *[no] {""}
    }{ $certificates ->
        [0] {""}
        [one] , met { $certificates } certificaat
       *[other] , met { $certificates } certificaten
    }

## core: een opgevangen interne fout; findings: ernst van bevindingen

core-panic = interne fout bij het verwerken van deze invoer ({ $detail }); er is niets gewijzigd — meld dit alstublieft, met het bestand als dat gedeeld mag worden
core-panic-no-details = geen details
findings-severity-error = fout
findings-severity-warning = waarschuwing
findings-severity-info = info

## graph: de Entra-app via Microsoft Graph (entra check/apply/create)

graph-cloud-unknown = { $cloud } is geen cloud die dit programma kent: gebruik global, usgov of china
graph-address-refused = { $option } is niet bruikbaar: { $why }
graph-network = Microsoft Graph of de aanmeldservice is niet bereikbaar ({ $what }): { $why }
graph-refused = { $status ->
    [401] Microsoft Graph accepteerde het token niet voor { $what } ({ $code }: { $message }): het is verlopen of niet voor Microsoft Graph (az: --resource-type ms-graph). Het account heeft de gedelegeerde machtiging { $permission } nodig en de rol { $role } (of Application Administrator, of eigenaar van de app)
   *[other] Microsoft Graph weigerde { $what } ({ $status } { $code }: { $message }): het aangemelde account heeft de gedelegeerde machtiging { $permission } nodig en de rol { $role } (of Application Administrator, of eigenaar van de app)
}
graph-status = Microsoft Graph antwoordde { $status } op { $what } ({ $code }: { $message })
graph-throttled = Microsoft Graph blijft { $what } weigeren wegens te veel verzoeken (Retry-After { $seconds } s): probeer het over een paar minuten opnieuw
graph-too-many-pages = { $what } heeft meer dan { $max } pagina's: de lijst is daar gestopt
graph-foreign-link = de volgende pagina van Microsoft Graph wijst buiten Graph ({ $url }): het token wordt daar niet heen gestuurd
graph-bad-answer = het antwoord van Microsoft Graph op { $what } is niet leesbaar ({ $why })
graph-token-env = de omgevingsvariabele { $var } bevat geen toegangstoken (bijvoorbeeld: { $var }=$(az account get-access-token --resource-type ms-graph --query accessToken -o tsv))
graph-sign-in = aanmelden mislukt ({ $error }): { $description }
graph-device-code-expired = de aanmeldcode is verlopen voordat iemand zich aanmeldde: voer de opdracht opnieuw uit en meld u aan binnen de getoonde tijd
graph-not-replicated = de nieuwe app was na { $seconds } s nog steeds niet leesbaar ({ $what }): Entra repliceert traag; voer over een paar minuten entra apply uit

## entra-controles: de Entra-app zelf naast de metagegevens van TOPdesk

entra-app-none = Geen enkele Entra-app heeft de Id { $identifier } van TOPdesk onder zijn namen.
entra-app-none-fix = Maak de app uit de galerie (topdesk-sso entra create), of geef de toepassings-id met --app; de Id in Entra moet precies die van TOPdesk zijn, zonder toegevoegde slash aan het eind.
entra-app-no-id = Geen enkele Entra-app heeft de toepassings-id { $app_id }.
entra-app-no-id-fix = Kopieer de toepassings-id van de pagina Overzicht van de bedrijfstoepassing in Entra, of laat --app weg om de app te zoeken op de Id van TOPdesk.
entra-sso-mode = De modus voor eenmalige aanmelding van de Entra-app is "{ $entra }", niet SAML.
entra-sso-mode-fix = Kies SAML onder Eenmalige aanmelding in de Entra-app (topdesk-sso entra apply stelt dit als eerste in).
entra-identifier = De Id's van de Entra-app ({ $entra }) bevatten de Id { $expected } van TOPdesk niet: aanmelden mislukt met AADSTS700016.
entra-identifier-old = De Id's van de Entra-app ({ $entra }) bevatten de Id { $expected } van TOPdesk niet; { $old } is het verkeerde patroon uit de oude zelfstudie. Aanmelden mislukt met AADSTS700016.
entra-identifier-fix = Stel de Id (Entiteits-id) in op { $expected } in Standaard SAML-configuratie, of voer topdesk-sso entra apply uit.
entra-reply-url = De Antwoord-URL's van de Entra-app ({ $entra }) bevatten de Antwoord-URL { $expected } van TOPdesk niet: aanmelden mislukt met AADSTS50011.
entra-reply-url-old = De Antwoord-URL's van de Entra-app ({ $entra }) bevatten de Antwoord-URL { $expected } van TOPdesk niet; { $old } is het verkeerde patroon uit de oude zelfstudie. Aanmelden mislukt met AADSTS50011.
entra-reply-url-fix = Voeg de Antwoord-URL { $expected } toe in Standaard SAML-configuratie, of voer topdesk-sso entra apply uit.
entra-sign-on-url-empty = De Entra-app heeft geen Aanmeldings-URL: de TOPdesk-tegel in Mijn apps werkt niet.
entra-sign-on-url = De Aanmeldings-URL van de Entra-app is { $entra }, die van TOPdesk is { $expected }.
entra-sign-on-url-fix = Stel de Aanmeldings-URL in op { $expected } in Standaard SAML-configuratie, of voer topdesk-sso entra apply uit.
entra-signing-cert-none = De Entra-app heeft geen SAML-handtekeningcertificaat.
entra-signing-cert-none-fix = Voeg er een toe onder SAML-certificaten in de Entra-app en maak het actief; geef TOPdesk daarna het XML-bestand met federatieve metagegevens van de app.
entra-signing-cert = Entra ondertekent met het certificaat { $thumbprint }, dat niet voorkomt in de Entra-metagegevens die TOPdesk heeft ({ $listed }): elke aanmelding mislukt tot TOPdesk de nieuwe metagegevens krijgt.
entra-signing-cert-fix = Geef TOPdesk het huidige XML-bestand met federatieve metagegevens van de app (of koppel het via de URL), of maak in Entra het vorige certificaat weer actief.
entra-signing-cert-rollover = De Entra-app heeft een nieuwer handtekeningcertificaat { $thumbprint } dat nog niet actief is.
entra-signing-cert-rollover-fix = Geef TOPdesk metagegevens waarin het staat voordat u het actief maakt (het XML-bestand met federatieve metagegevens van de app noemt ze allebei).
entra-encryption-cert = Entra versleutelt tokens met het certificaat { $entra }, niet met het certificaat { $expected } van TOPdesk: TOPdesk kan de aanmelding niet ontsleutelen.
entra-encryption-cert-unknown = De tokenversleutelingssleutel { $entra } van de Entra-app verwijst naar geen van zijn certificaten.
entra-encryption-cert-fix = Upload het certificaat van TOPdesk als tokenversleutelingssleutel (topdesk-sso entra apply --encrypt), of zet tokenversleuteling (Token encryption) uit in de Entra-app.
entra-encryption-cert-unchecked = Entra versleutelt tokens met het certificaat { $entra }; het certificaat van TOPdesk is hier niet bekend.
entra-encryption-cert-unchecked-fix = Geef het certificaat van TOPdesk met --cert om ze te vergelijken.
entra-assignment-none = Toewijzing is vereist en niemand is aan de Entra-app toegewezen: elke aanmelding mislukt met AADSTS50105.
entra-assignment-fix = Open in Entra Bedrijfstoepassingen, de app, Gebruikers en groepen, en voeg de gebruikers of groepen toe (leden van geneste groepen tellen niet mee).
entra-assignment-not-required = Toewijzing is niet vereist: elke gebruiker van de tenant kan zich bij TOPdesk aanmelden.
entra-assignment-not-required-fix = Als alleen sommige mensen dat mogen, zet dan Toewijzing vereist (Assignment required) op Ja onder Eigenschappen en wijs hen toe.
entra-notification-email = De Entra-app heeft geen e-mailadres voor meldingen: niemand hoort dat het handtekeningcertificaat bijna verloopt.
entra-notification-email-fix = Voeg een adres toe onder SAML-certificaten, E-mailadres voor meldingen (Notification Email), in de Entra-app.

## entra-plan: waarom elke wijziging wordt gedaan

entra-plan-sso-mode = modus voor eenmalige aanmelding SAML, als eerste: Graph weigert een Id op een ander domein voor een app die geen SAML gebruikt
entra-plan-identifier = de Id { $added } van TOPdesk toevoegen
entra-plan-identifier-old = de Id { $added } van TOPdesk toevoegen; { $removed } uit de oude zelfstudie verwijderen
entra-plan-reply-url = de Antwoord-URL { $added } van TOPdesk toevoegen
entra-plan-reply-url-old = de Antwoord-URL { $added } van TOPdesk toevoegen; { $removed } uit de oude zelfstudie verwijderen
entra-plan-sign-on-url = Aanmeldings-URL { $url }, zodat de tegel in Mijn apps werkt
entra-plan-key-credentials = het certificaat { $thumbprint } van TOPdesk uploaden voor tokenversleuteling; { $kept ->
    [0] er zijn geen bestaande certificaten om te behouden
    [one] het bestaande certificaat wordt ongewijzigd teruggestuurd (deze wijziging vervangt de hele lijst)
   *[other] de { $kept } bestaande certificaten worden ongewijzigd teruggestuurd (deze wijziging vervangt de hele lijst)
}
entra-plan-encryption-key = tokens versleutelen met het certificaat { $thumbprint } van TOPdesk
entra-plan-instantiate = de app "{ $name }" maken uit de galeriesjabloon
entra-plan-signing-cert = het eerste SAML-handtekeningcertificaat van de app toevoegen (3 jaar)
entra-plan-signing-cert-active = dat certificaat actief maken (een nieuwe app heeft er geen om van te wisselen)
