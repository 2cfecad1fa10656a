# Een mislukte aanmelding onderzoeken (src/core/diagnose): wat de browser heeft vastgelegd, beoordeeld
# tegen de geladen Entra- en TOPdesk-metagegevens. Placeholders ({ $name }) vult het programma in;
# URL's, id's, vingerafdrukken, codes en XML-namen daarin worden nooit vertaald.

## capture: herkennen wat de beheerder heeft aangeleverd (elke tekst is één zinsdeel, getoond na "Niets te onderzoeken:" e.d.)

diagnose-capture-too-many-messages = de opname bevat meer dan { $max } SAML-berichten; alleen de eerste { $max } worden gelezen
diagnose-capture-har-too-large = het HAR-bestand is { $size } bytes; bestanden groter dan { $max_mib } MiB worden niet gelezen (sla alleen de aanmelding op: wis het tabblad Netwerk, log in, sla op)
diagnose-capture-base64-too-large = een base64-waarde van { $size } bytes; waarden groter dan { $max_kib } KiB worden niet gedecodeerd (berichten van Entra zijn kleiner dan 100 KB)
diagnose-capture-input-too-large = de invoer is { $size } bytes; een SAML-bericht, URL of foutpagina is kleiner dan { $max_kib } KiB (een grotere opname moet een HAR-bestand zijn)
diagnose-capture-nothing-found = de invoer bevat geen SAML-bericht, HAR-bestand of AADSTS-foutcode
diagnose-capture-message-too-large = een SAML-bericht van { $size } bytes; berichten groter dan { $max_kib } KiB worden niet gelezen (die van Entra zijn kleiner dan 100 KB)
diagnose-capture-not-base64 = een SAML-waarde is geen geldige base64 ({ $error })
diagnose-capture-not-utf8 = een gedecodeerd SAML-bericht is geen UTF-8-tekst
diagnose-capture-not-deflate = een SAMLRequest bevat geen geldige DEFLATE-gegevens ({ $error }); kopieer de hele URL uit de adresbalk opnieuw
diagnose-capture-inflate-budget = de Redirect-binding-verzoeken in deze opname pakken samen uit tot meer dan { $max_mib } MiB; de rest wordt niet gelezen
diagnose-capture-deflate-bomb = een SAMLRequest wordt uitgepakt groter dan { $max_kib } KiB (een echte is kleiner dan 2 KB): geweigerd als compressiebom
diagnose-capture-har-unreadable = de invoer begint als JSON maar is geen leesbaar HAR-bestand ({ $error })
diagnose-capture-json-not-har = het JSON-bestand is geen HAR-bestand (geen log.entries)
diagnose-capture-har-too-many-entries = het HAR-bestand heeft { $count } items; alleen de eerste { $max } worden gelezen
diagnose-capture-too-many-fields = een verzoek bevat { $count } formuliervelden of URL-parameters; alleen de eerste { $max } worden gelezen (een aanmelding post er twee)

## saml: één SAML-bericht lezen, met handtekeningen en versleuteling (elke tekst is één zinsdeel)

diagnose-saml-doctype = het bericht declareert een DOCTYPE (regel { $line }); een SAML-bericht doet dat nooit, dus het wordt uit veiligheidsoverwegingen geweigerd
diagnose-saml-not-well-formed = geen goed gevormde XML ({ $error })
diagnose-saml-no-root = het bericht heeft geen hoofdelement
diagnose-saml-assertion-moved = de enige assertie staat op { $path }, niet direct in het antwoord (een signature-wrapping-vorm: de ondertekende assertie is van haar plaats verschoven)
diagnose-saml-assertion-place = { $path } ({ $signed ->
        [yes] ondertekend
       *[no] niet ondertekend
    })
diagnose-saml-assertions-many = het antwoord bevat { $count } asserties waar Entra er één stuurt: { $places } (een signature-wrapping-vorm: een niet-ondertekende assertie naast of rond een ondertekende)
diagnose-saml-too-large-to-verify = het bericht is te groot om te verifiëren
diagnose-saml-duplicate-id = de ID '{ $id }' komt meer dan eens voor (een signature-wrapping-vorm)
diagnose-saml-signature-misplaced = een handtekening staat op { $path }, niet op het antwoord of op de gelezen assertie (een signature-wrapping-vorm)
diagnose-saml-signature-points-elsewhere = de handtekening van { $what ->
        [response] het antwoord
       *[assertion] de assertie
    } verwijst naar '{ $uri }', niet naar { $what ->
        [response] het antwoord
       *[assertion] de assertie
    } waarin ze staat (een signature-wrapping-vorm)
diagnose-saml-signature-references = de handtekening van { $what ->
        [response] het antwoord
       *[assertion] de assertie
    } heeft { $count ->
        [one] { $count } verwijzing
       *[other] { $count } verwijzingen
    }; een SAML-handtekening heeft er precies één
diagnose-saml-signature-refused = de handtekening van { $what ->
        [response] het antwoord
       *[assertion] de assertie
    } wordt geweigerd: { $problem }
diagnose-saml-foreign-signer = { $what ->
        [response] het antwoord
       *[assertion] de assertie
    } is ondertekend met certificaat { $certificate }, dat niet het handtekeningcertificaat van Entra in de geladen federatieve metagegevens is (een certificaat dat het bericht zelf meedraagt, bewijst niets)
diagnose-saml-signature-does-not-verify = de handtekening van { $what ->
        [response] het antwoord
       *[assertion] de assertie
    } klopt niet ({ $reason })
diagnose-saml-no-entra-certificate = de geladen Entra-metagegevens bevatten geen handtekeningcertificaat om mee te verifiëren
diagnose-saml-too-many-entra-certificates = de Entra-metagegevens bevatten te veel handtekeningcertificaten
diagnose-saml-cannot-check = de handtekeningen kunnen niet worden gecontroleerd ({ $error })
diagnose-saml-verify-several-references = ze heeft meer dan één verwijzing
diagnose-saml-verify-not-covering = ze dekt niet het element waarin ze staat
diagnose-saml-verify-no-certificate = de verificatie noemde geen certificaat
diagnose-saml-encrypted-data-count = het bericht bevat { $count } EncryptedData-elementen waar Entra er één schrijft
diagnose-saml-encrypted-data-misplaced = de versleutelde gegevens staan niet in de EncryptedAssertion
diagnose-saml-content-algorithm = de assertie is versleuteld met '{ $algorithm }'; AES-128/192/256 in CBC- of GCM-modus wordt gelezen
diagnose-saml-encryption-element = de versleutelde assertie bevat een { $name }-element, dat Entra nooit schrijft (een sleutel of versleutelde gegevens van elders); er wordt niets opgehaald of afgeleid
diagnose-saml-encrypted-key-count = het bericht bevat { $count } EncryptedKey-elementen waar Entra er één schrijft
diagnose-saml-key-transport = de sleutel is verpakt met '{ $algorithm }'; RSA-OAEP en RSA-1.5 worden gelezen
diagnose-saml-key-not-rsa = de persoonlijke sleutel van TOPdesk is geen RSA-sleutel en kan dus geen assertie openen die is versleuteld voor het RSA-certificaat van TOPdesk
diagnose-saml-key-unusable = de persoonlijke sleutel kan niet worden gebruikt ({ $error })
diagnose-saml-key-does-not-open = de opgegeven persoonlijke sleutel van TOPdesk opent de assertie niet ({ $error }); Entra versleutelt voor het certificaat dat onder Tokenversleuteling is geüpload, en dat moet het TOPdesk-certificaat van deze sleutel zijn

## aadsts: de foutcodes van Entra uitgelegd tegen de configuratie (codes en de eigen woorden van Entra blijven zoals ze zijn)

aadsts-refused = Entra weigerde met AADSTS{ $code }: { $explanation }
aadsts-refused-said = Entra weigerde met AADSTS{ $code }: { $explanation } Entra meldde: "{ $said }".
aadsts-refused-unknown = Entra weigerde met AADSTS{ $code }.
aadsts-refused-unknown-said = Entra weigerde met AADSTS{ $code }. Entra meldde: "{ $said }".
aadsts-nested = { $outer } bevat AADSTS{ $code }, dat de oorzaak noemt. { $explanation }
aadsts-unknown-fix = Deze code legt de assistent niet uit; zoek hem op in de AADSTS-foutcodelijst van Microsoft.
aadsts-load-sp-metadata = (laad de SP-metagegevens van TOPdesk om dit te zien)
aadsts-no-section = geen TOPdesk-gedeelte
aadsts-the-section = het gedeelte { $section }
aadsts-login-page = de inlogpagina van TOPdesk
aadsts-50011 = de Antwoord-URL in de aanvraag van TOPdesk{ $sent ->
        [yes] , { $sent_url } ({ $sent_section }),
       *[no] {""}
    } is geen van de Antwoord-URL's die in de Entra-app zijn ingesteld; de metagegevens van TOPdesk geven { $reply } ({ $reply_section }{ $configuring ->
        [yes] ; geconfigureerd wordt het gedeelte { $section }
       *[no] {""}
    }).
aadsts-50011-fix = Stel in de Entra-app onder Standaard SAML-configuratie de Antwoord-URL (URL voor Assertion Consumer Service) in op precies { $reply } (hoofdletters en een slash aan het eind tellen mee). Kwam de aanvraag uit het andere TOPdesk-gedeelte, dan heeft dat gedeelte een eigen Entra-app nodig.
aadsts-700016 = Entra heeft in deze tenant geen toepassing met de id die TOPdesk stuurde{ $sent ->
        [yes] {" "}({ $sent_id })
       *[no] {""}
    }; de Id die TOPdesk gebruikt is { $identifier }.
aadsts-700016-fix = Stel in de Entra-app onder Standaard SAML-configuratie de Id (Entiteits-id) in op precies { $identifier } (een slash aan het eind telt mee), in de tenant waaruit de federatieve metagegevens in TOPdesk afkomstig zijn.
aadsts-50105 = de gebruiker is niet toegewezen aan de Entra-app (toewijzing is vereist, en geneste groepen tellen niet mee).
aadsts-50105-fix = In Entra: Bedrijfstoepassingen > de TOPdesk-app > Gebruikers en groepen > Gebruiker/groep toevoegen: wijs de gebruiker toe, of een groep waarvan de gebruiker direct lid is.
aadsts-75011 = de aanvraag van TOPdesk vraagt om een RequestedAuthnContext die niet past bij hoe de gebruiker zich bij Entra heeft aangemeld.
aadsts-75011-fix = Verwijder de eis voor een authenticatiecontext uit de SAML-instellingen van TOPdesk, of meld u aan met de gevraagde methode.
aadsts-750054 = de aanvraag via Redirect-binding bereikte Entra zonder de parameter SAMLRequest.
aadsts-750054-fix = Start de aanmelding vanuit TOPdesk ({ $sign_on }) in plaats van via een bladwijzer naar de aanmeldingspagina van Entra; controleer of niets tussen de browser en Entra de querystring weghaalt.
aadsts-900236 = de SAML-aanvraag bevat een eigenschap die Entra niet ondersteunt.
aadsts-900236-fix = Controleer de aanvraag hieronder (Issuer, NameIDPolicy, RequestedAuthnContext) en de SAML-instellingen van TOPdesk; gebruik de standaardwaarden van TOPdesk.
aadsts-76021 = de Entra-app vereist ondertekende aanvragen, en de aanvraag van TOPdesk was niet ondertekend (of niet met het certificaat dat Entra heeft).
aadsts-76021-fix = Schakel in de SAML-instellingen van de Entra-app "Verificatiecertificaten vereisen" ("Require verification certificates") uit, of upload daar het certificaat van TOPdesk en laat TOPdesk zijn aanvragen ondertekenen.
aadsts-75005 = wat Entra ontving, is geen geldig SAML 2.0-bericht.
aadsts-75005-fix = Start de aanmelding opnieuw vanuit TOPdesk; blijft het gebeuren, controleer dan de SAML-configuratie van TOPdesk (federatieve metagegevens geüpload, niet bewerkt).
aadsts-7500529 = de ID van de aanvraag begint niet met een letter of een underscore, zoals SAML vereist.
aadsts-7500529-fix = Dit komt uit de software van de SP; meld het bij TOPdesk, met de aanvraag hieronder.
aadsts-75008 = de Destination van de aanvraag is niet de aanmeldings-URL van Entra{ $has_sso ->
        [yes] {" "}({ $sso })
       *[no] {""}
    }.
aadsts-75008-fix = Upload de actuele federatieve metagegevens van de Entra-app naar TOPdesk.
aadsts-50003 = Entra heeft geen handtekeningsleutel voor de app (geen actief SAML-handtekeningcertificaat).
aadsts-50003-fix = Maak onder SAML-certificaten van de Entra-app een handtekeningcertificaat aan of activeer er een, en upload daarna de nieuwe federatieve metagegevens naar TOPdesk.

## diagnose: de bevindingen over een vastgelegde aanmelding (in de volgorde waarin een SP een antwoord controleert)

diagnose-input-unreadable = de invoer kan niet worden gelezen: { $error }
diagnose-message-numbered = Bericht { $number } ({ $kind ->
        [response] antwoord
        [request] aanvraag
       *[error] Entra-fout
    }): { $message }
diagnose-nothing-to-diagnose = Niets te onderzoeken: { $problem }.
diagnose-nothing-to-diagnose-fix = Geef de SAMLResponse (base64 of XML), de hele URL uit de adresbalk van de aanmeldings- of foutpagina van Entra, een HAR-bestand opgeslagen vanuit het tabblad Netwerk van de browser, of de tekst van de foutpagina van Entra.
diagnose-too-large = Geweigerd vanwege de grootte: { $problem }.
diagnose-capped = Limiet bereikt: { $problem }.
diagnose-too-large-fix = Leg alleen de aanmelding vast: wis het tabblad Netwerk, schakel Logboek behouden in, log in en sla daarna op of kopieer.
diagnose-findings-capped = Nog { $count } bevindingen van dezelfde soort ({ $codes }) worden niet getoond (herhalingen, of meer dan de { $max } die een opname toont).
diagnose-undecodable = Een SAML-waarde kan niet worden gedecodeerd: { $problem }.
diagnose-undecodable-fix = Kopieer de waarde opnieuw, helemaal (DevTools: Payload, bron bekijken; SAML-tracer: het tabblad SAML).
diagnose-none = (geen)
diagnose-message-refused = Het gedecodeerde SAML-bericht wordt geweigerd: { $why }.
diagnose-message-refused-fix = Leg het bericht opnieuw vast in de browser (een echt SAML-bericht heeft geen DOCTYPE en is een paar KB groot).
diagnose-not-saml = De XML kan niet als SAML-bericht worden gelezen: het hoofdelement is { $root } ({ $namespace }), geen SAML 2.0-Response of AuthnRequest{ $root ->
        [RequestSecurityTokenResponse] {" "}(een WS-Federation-token: de Entra-app antwoordt met WS-Federation, niet met SAML)
       *[other] {""}
    }.
diagnose-not-saml-fix = Geef de SAMLResponse die Entra naar TOPdesk heeft gepost (het formulierveld SAMLResponse).
diagnose-assertion-encrypted = De assertie is versleuteld (tokenversleuteling van Entra); de persoonlijke sleutel van TOPdesk is nodig om haar te lezen.
diagnose-assertion-encrypted-fix = Geef de persoonlijke sleutel van TOPdesk op (CLI: --key FILE; assistent: stap 4). Hij wordt alleen op deze computer gebruikt; niets wat is ontsleuteld, wordt opgeslagen.
diagnose-decrypt-failed = De versleutelde assertie kan niet worden gelezen: { $why }.
diagnose-decrypt-failed-fix = In de Entra-app moet Tokenversleuteling het certificaat van TOPdesk bevatten (dat van deze sleutel) en actief zijn; of geef de sleutel die bij dat certificaat hoort.
diagnose-assertion-missing = Het antwoord meldt Success maar bevat geen assertie.
diagnose-assertion-missing-fix = Leg de aanmelding opnieuw vast; blijft het gebeuren, controleer dan de SAML-ondertekeningsopties van de Entra-app.
diagnose-response-refused = TOPdesk zou dit antwoord weigeren: { $why }.
diagnose-response-refused-pasted = TOPdesk zou dit antwoord weigeren: { $why }. Als de XML uit een viewer is gekopieerd, is hij misschien opnieuw ingesprongen, waardoor handtekeningen ongeldig worden: geef in plaats daarvan de onbewerkte base64-SAMLResponse.
diagnose-wrapping-fix = Vertrouw dit antwoord niet: het is gewijzigd nadat Entra het ondertekende. Leg een nieuwe aanmelding vast; gebeurt het weer, dan wijzigt iets tussen Entra en TOPdesk de antwoorden.
diagnose-status-aadsts = Entra antwoordde met status { $status }. { $explanation }
diagnose-status = Entra antwoordde met status { $status }: geen aanmelding.
diagnose-status-said = Entra antwoordde met status { $status } ("{ $said }"): geen aanmelding.
diagnose-status-fix = Zoek de reden op in de aanmeldingslogboeken van Entra (Microsoft Entra-beheercentrum > Aanmeldingslogboeken, filter op de TOPdesk-app).
diagnose-issuer = De Issuer van { $what ->
        [response] het antwoord
       *[assertion] de assertie
    } is '{ $got }' waar '{ $want }' wordt verwacht: TOPdesk zou het weigeren (de entiteits-id van Entra in de geladen federatieve metagegevens).
diagnose-issuer-fix = Upload naar TOPdesk de federatieve metagegevens van de Entra-app die antwoordde (dezelfde tenant, dezelfde app); anders kwam dit antwoord van een andere identiteitsprovider.
diagnose-signature-invalid-fix = Leg de aanmelding opnieuw vast in de browser (de onbewerkte base64-waarde); controleer of TOPdesk de actuele federatieve metagegevens heeft.
diagnose-signature-foreign-fix = Upload de actuele federatieve metagegevens van de Entra-app naar TOPdesk en laad ze hier; staat het certificaat niet bij SAML-certificaten van de Entra-app, dan is dit antwoord niet door de eigen Entra-app gemaakt.
diagnose-signature-valid = De handtekening over { $signed ->
        [response] het antwoord (niet de assertie)
        [both] het antwoord en de assertie
       *[assertion] de assertie
    } klopt.
diagnose-signature-valid-by = De handtekening over { $signed ->
        [response] het antwoord (niet de assertie)
        [both] het antwoord en de assertie
       *[assertion] de assertie
    } klopt, gezet met het certificaat { $thumbprint } van Entra.
diagnose-signer-expired = Het handtekeningcertificaat { $thumbprint } van Entra waarmee dit antwoord klopt, { $state ->
        [expired] was verlopen op { $until } ({ $skew } vóór
       *[not-yet] was nog niet geldig ({ $skew } vóór de begindatum { $from }, op
    } { $against ->
        [capture] het tijdstip van de opname
        [given] het opgegeven tijdstip
       *[clock] de klok van deze computer
    }, { $now }); TOPdesk accepteert geen SAML-aanmeldingen meer zodra een certificaat is verlopen.
diagnose-signer-expired-fix = Maak in de Entra-app, bij SAML-certificaten, een nieuw certificaat en maak het actief; upload daarna de nieuwe federatiemetagegevens naar TOPdesk (of koppel ze via de URL, zodat een wissel vanzelf wordt overgenomen).
diagnose-assertion-unsigned = De assertie zelf is niet ondertekend (alleen het antwoord); TOPdesk vereist een ondertekende assertie.
diagnose-nothing-signed = Niets in het antwoord is ondertekend; TOPdesk vereist een ondertekende assertie.
diagnose-assertion-unsigned-fix = In de Entra-app, SAML-certificaten > Ondertekeningsoptie: kies "SAML-assertie ondertekenen" ("Sign SAML assertion") of "SAML-antwoord en -assertie ondertekenen" ("Sign SAML response and assertion").
diagnose-signature-sha1 = Het antwoord is ondertekend met SHA-1.
diagnose-signature-sha1-fix = In de Entra-app, SAML-certificaten > Ondertekeningsalgoritme: kies SHA-256.
diagnose-audience = De Audience is '{ $got }' waar '{ $want }' wordt verwacht: TOPdesk zou het weigeren (de Id van TOPdesk).
diagnose-audience-fix = Stel in de Entra-app onder Standaard SAML-configuratie de Id (Entiteits-id) in op precies { $want }.
diagnose-recipient-missing = De assertie heeft geen bearer-SubjectConfirmation met een Recipient; TOPdesk zou haar weigeren.
diagnose-recipient-missing-fix = Leg de aanmelding opnieuw vast; Entra stuurt er altijd een.
diagnose-reply-url = { $what } is '{ $got }'{ $got_section } waar de Antwoord-URL van TOPdesk '{ $want }'{ $want_section } is: TOPdesk zou het weigeren.
diagnose-reply-url-fix = Stel in de Entra-app onder Standaard SAML-configuratie de Antwoord-URL in op precies { $want }; een ander gedeelte heeft een eigen Entra-app en een eigen SAML-configuratie in TOPdesk nodig.
diagnose-idp-initiated = (geen, een door de IdP gestarte aanmelding)
diagnose-in-response-to = InResponseTo is '{ $got }' waar '{ $want }' wordt verwacht (de ID van de aanvraag in deze opname): TOPdesk zou het weigeren als antwoord op een andere aanmelding.
diagnose-in-response-to-fix = Start de aanmelding vanaf de inlogpagina van TOPdesk (TOPdesk ondersteunt alleen door de SP gestarte aanmelding), niet vanuit Mijn apps of een bladwijzer, en rond die af in hetzelfde browsertabblad.
diagnose-skew-days = { $days } d { $hours } u
diagnose-skew-hours = { $hours } u { $minutes } min
diagnose-skew-minutes = { $minutes } min { $seconds } s
diagnose-skew-seconds = { $seconds } s
diagnose-not-yet-valid = De assertie is geldig vanaf { $from } ({ $skew } na { $against ->
        [capture] het tijdstip van de opname
        [given] het opgegeven tijdstip
       *[clock] de klok van deze computer
    }, { $now }); Entra houdt geen marge aan voor klokverschillen, dus TOPdesk zou haar weigeren.
diagnose-not-yet-valid-clock-fix = Controleer de klok van deze computer (en die van de TOPdesk-server): ze mogen niet achterlopen op die van Entra.
diagnose-not-yet-valid-fix = Controleer de klok van de TOPdesk-server: die mag niet achterlopen op die van Entra.
diagnose-expired = De assertie is verlopen op { $end } ({ $skew } vóór { $against ->
        [capture] het tijdstip van de opname
        [given] het opgegeven tijdstip
       *[clock] de klok van deze computer
    }, { $now }): TOPdesk zou haar weigeren.
diagnose-expired-clock-fix = Vond deze aanmelding zojuist plaats, controleer dan de klok van deze computer; leg anders een nieuwe aanmelding vast (een assertie is ongeveer een uur geldig).
diagnose-expired-fix = Leg een nieuwe aanmelding vast en onderzoek die meteen (een assertie is ongeveer een uur geldig); beoordeel een oudere opname op haar eigen tijdstip met “Beoordelen op het tijdstip van de opname” op de stap Aanmelding testen (--now op de opdrachtregel).
diagnose-judged-at = NotBefore en NotOnOrAfter zijn beoordeeld op { $now }, { $against ->
        [capture] het tijdstip dat het HAR-bestand voor dit bericht vastlegde: toen vond de aanmelding plaats, dus toen beoordeelde TOPdesk haar
       *[given] het tijdstip opgegeven met --now, dat voorgaat op het tijdstip uit het HAR-bestand
    }. Volgens { $other ->
        [clock] de klok van deze computer
       *[capture] het tijdstip uit het HAR-bestand
    } ({ $then }) zou de assertie { $state ->
        [early] nog niet geldig
        [expired] verlopen
       *[valid] geldig
    } zijn.
diagnose-judged-at-fix = { $against ->
        [capture] Niets te doen; om op een ander tijdstip te beoordelen, geef dat tijdstip op met --now (opdrachtregel).
       *[given] Laat --now weg om op het tijdstip uit het HAR-bestand te beoordelen.
    }
diagnose-user-name = Het gebruikersnaamkenmerk (User name attribute) { $wanted } van TOPdesk is '{ $value }': dit moet gelijk zijn aan de inlognaam van de persoon in TOPdesk.
diagnose-user-name-fix = Meldt TOPdesk dat de gebruiker onbekend is, stel dan de inlognaam van die persoon in TOPdesk in op deze waarde, of kies een ander gebruikersnaamkenmerk.
diagnose-unverified = { $message } (Uit een niet-geverifieerde assertie: de handtekening klopt niet, dus dit is mogelijk niet wat Entra stuurde.)
diagnose-user-attribute-empty = Het gebruikersnaamkenmerk { $wanted } staat in de assertie maar is leeg: TOPdesk kan de persoon niet vinden.
diagnose-user-attribute-empty-fix = Vul in Entra de eigenschap van de gebruiker in waaruit deze claim wordt gemaakt (vaak user.mail, leeg bij accounts zonder postvak), of koppel de claim aan een andere eigenschap.
diagnose-user-attribute-missing = Het gebruikersnaamkenmerk { $wanted } staat niet in de assertie (die bevat: { $names }): TOPdesk kan de persoon niet vinden.
diagnose-no-attributes = geen attributen
diagnose-user-attribute-missing-fix = In de Entra-app, Gebruikerskenmerken en claims: voeg deze claim toe, of kies een van de claims hierboven als gebruikersnaamkenmerk van TOPdesk. Een lege user.mail laat ook de e-mailclaim wegvallen.
diagnose-name-id-missing = De assertie heeft geen NameID.
diagnose-name-id-missing-fix = In de Entra-app, Gebruikerskenmerken en claims: stel de claim Unieke gebruikers-id in.
diagnose-not-authn-request = Het SAMLRequest is geen AuthnRequest.
diagnose-not-authn-request-fix = Geef de URL uit de adresbalk van de aanmeldingspagina van Entra, direct na een klik op de inlogknop van TOPdesk.
diagnose-request-issuer = De Issuer van de aanvraag is '{ $got }' waar '{ $want }' wordt verwacht: Entra zou antwoorden met AADSTS700016, tenzij de Id van de Entra-app deze Issuer is.
diagnose-request-issuer-fix = TOPdesk stuurde een andere entiteits-id dan in zijn SP-metagegevens staat: download de SP-metagegevens van TOPdesk opnieuw, en stel de Id van de Entra-app in op de Issuer die TOPdesk stuurt.
diagnose-request-acs = De AssertionConsumerServiceURL van de aanvraag is '{ $got }'{ $got_section } waar de metagegevens van TOPdesk '{ $want }'{ $want_section } geven: Entra antwoordt met AADSTS50011, tenzij precies deze URL een Antwoord-URL van de app is.
diagnose-request-acs-fix = Controleer of de geladen SP-metagegevens van TOPdesk die van het gedeelte zijn waarop wordt aangemeld; voeg de URL uit de aanvraag toe als Antwoord-URL van de Entra-app van dat gedeelte.
diagnose-request-destination = De Destination van de aanvraag is '{ $got }' waar '{ $want }' wordt verwacht: Entra zou antwoorden met AADSTS75008.
diagnose-request-destination-fix = Upload de actuele federatieve metagegevens van de Entra-app naar TOPdesk (TOPdesk stuurt aanvragen naar de SSO-URL die daarin staat).
diagnose-no-id = (geen ID)
diagnose-request-shown = Aanvraag { $id }: { $signed ->
        [yes] ondertekend
       *[no] niet ondertekend
    }{ $force_authn ->
        [yes] , ForceAuthn (de gebruiker moet zich opnieuw aanmelden)
       *[no] {""}
    }{ $has_context ->
        [yes] , RequestedAuthnContext { $context } (AADSTS75011 als de aanmeldingsmethode afwijkt)
       *[no] {""}
    }.
diagnose-request-unsigned-fix = In orde, tenzij de Entra-app ondertekende aanvragen vereist (dan AADSTS76021).
