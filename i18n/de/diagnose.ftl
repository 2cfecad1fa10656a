# Eine fehlgeschlagene Anmeldung untersuchen (src/core/diagnose): was der Browser aufgezeichnet hat,
# geprüft gegen die geladenen Entra- und TOPdesk-Metadaten. Platzhalter ({ $name }) füllt das
# Programm aus; URLs, IDs, Fingerabdrücke, Codes und XML-Namen darin werden nie übersetzt.

## capture: erkennen, was der Administrator angegeben hat (jeder Text ist ein Satzteil, angezeigt nach „Nichts zu untersuchen:“ u. ä.)

diagnose-capture-too-many-messages = die Aufzeichnung enthält mehr als { $max } SAML-Nachrichten; nur die ersten { $max } werden gelesen
diagnose-capture-har-too-large = die HAR-Datei hat { $size } Bytes; Dateien über { $max_mib } MiB werden nicht gelesen (speichern Sie nur die Anmeldung: Registerkarte Netzwerk leeren, anmelden, speichern)
diagnose-capture-base64-too-large = ein Base64-Wert mit { $size } Bytes; Werte über { $max_kib } KiB werden nicht dekodiert (Nachrichten von Entra sind kleiner als 100 KB)
diagnose-capture-input-too-large = die Eingabe hat { $size } Bytes; eine SAML-Nachricht, URL oder Fehlerseite ist kleiner als { $max_kib } KiB (eine größere Aufzeichnung muss eine HAR-Datei sein)
diagnose-capture-nothing-found = die Eingabe enthält keine SAML-Nachricht, keine HAR-Datei und keinen AADSTS-Fehlercode
diagnose-capture-message-too-large = eine SAML-Nachricht mit { $size } Bytes; Nachrichten über { $max_kib } KiB werden nicht gelesen (die von Entra sind kleiner als 100 KB)
diagnose-capture-not-base64 = ein SAML-Wert ist kein gültiges Base64 ({ $error })
diagnose-capture-not-utf8 = eine dekodierte SAML-Nachricht ist kein UTF-8-Text
diagnose-capture-not-deflate = ein SAMLRequest enthält keine gültigen DEFLATE-Daten ({ $error }); kopieren Sie die ganze URL aus der Adressleiste erneut
diagnose-capture-inflate-budget = die Redirect-Binding-Anfragen in dieser Aufzeichnung entpacken zusammen zu mehr als { $max_mib } MiB; der Rest wird nicht gelesen
diagnose-capture-deflate-bomb = ein SAMLRequest wird entpackt größer als { $max_kib } KiB (ein echter ist kleiner als 2 KB): als Kompressionsbombe abgelehnt
diagnose-capture-har-unreadable = die Eingabe beginnt wie JSON, ist aber keine lesbare HAR-Datei ({ $error })
diagnose-capture-json-not-har = die JSON-Datei ist keine HAR-Datei (kein log.entries)
diagnose-capture-har-too-many-entries = die HAR-Datei hat { $count } Einträge; nur die ersten { $max } werden gelesen
diagnose-capture-too-many-fields = eine Anfrage enthält { $count } Formularfelder oder URL-Parameter; nur die ersten { $max } werden gelesen (eine Anmeldung sendet zwei)

## saml: eine SAML-Nachricht lesen, mit Signaturen und Verschlüsselung (jeder Text ist ein Satzteil)

diagnose-saml-doctype = die Nachricht deklariert einen DOCTYPE (Zeile { $line }); eine SAML-Nachricht tut das nie, daher wird sie aus Sicherheitsgründen abgelehnt
diagnose-saml-not-well-formed = kein wohlgeformtes XML ({ $error })
diagnose-saml-no-root = die Nachricht hat kein Wurzelelement
diagnose-saml-assertion-moved = die einzige Assertion steht unter { $path }, nicht direkt in der Antwort (eine Signature-Wrapping-Form: Die signierte Assertion wurde von ihrem Platz verschoben)
diagnose-saml-assertion-place = { $path } ({ $signed ->
        [yes] signiert
       *[no] nicht signiert
    })
diagnose-saml-assertions-many = die Antwort enthält { $count } Assertions, wo Entra eine sendet: { $places } (eine Signature-Wrapping-Form: eine nicht signierte Assertion neben oder um eine signierte)
diagnose-saml-too-large-to-verify = die Nachricht ist zu groß für die Überprüfung
diagnose-saml-duplicate-id = die ID '{ $id }' kommt mehr als einmal vor (eine Signature-Wrapping-Form)
diagnose-saml-signature-misplaced = eine Signatur steht unter { $path }, nicht an der Antwort oder der gelesenen Assertion (eine Signature-Wrapping-Form)
diagnose-saml-signature-points-elsewhere = die Signatur { $what ->
        [response] der Antwort
       *[assertion] der Assertion
    } verweist auf '{ $uri }', nicht auf { $what ->
        [response] die Antwort
       *[assertion] die Assertion
    }, in der sie steht (eine Signature-Wrapping-Form)
diagnose-saml-signature-references = die Signatur { $what ->
        [response] der Antwort
       *[assertion] der Assertion
    } hat { $count ->
        [one] { $count } Verweis
       *[other] { $count } Verweise
    }; eine SAML-Signatur hat genau einen
diagnose-saml-signature-refused = die Signatur { $what ->
        [response] der Antwort
       *[assertion] der Assertion
    } wird abgelehnt: { $problem }
diagnose-saml-foreign-signer = die { $what ->
        [response] Antwort
       *[assertion] Assertion
    } ist mit dem Zertifikat { $certificate } signiert, das nicht das Signaturzertifikat von Entra in den geladenen Verbundmetadaten ist (ein Zertifikat, das die Nachricht selbst mitbringt, beweist nichts)
diagnose-saml-signature-does-not-verify = die Signatur { $what ->
        [response] der Antwort
       *[assertion] der Assertion
    } ist ungültig ({ $reason })
diagnose-saml-no-entra-certificate = die geladenen Entra-Metadaten enthalten kein Signaturzertifikat zur Überprüfung
diagnose-saml-too-many-entra-certificates = die Entra-Metadaten enthalten zu viele Signaturzertifikate
diagnose-saml-cannot-check = die Signaturen können nicht geprüft werden ({ $error })
diagnose-saml-verify-several-references = sie hat mehr als einen Verweis
diagnose-saml-verify-not-covering = sie deckt nicht das Element ab, in dem sie steht
diagnose-saml-verify-no-certificate = die Prüfung nannte kein Zertifikat
diagnose-saml-encrypted-data-count = die Nachricht enthält { $count } EncryptedData-Elemente, wo Entra eines schreibt
diagnose-saml-encrypted-data-misplaced = die verschlüsselten Daten stehen nicht in der EncryptedAssertion
diagnose-saml-content-algorithm = die Assertion ist mit '{ $algorithm }' verschlüsselt; gelesen wird AES-128/192/256 im CBC- oder GCM-Modus
diagnose-saml-encryption-element = die verschlüsselte Assertion enthält ein { $name }-Element, das Entra nie schreibt (ein Schlüssel oder verschlüsselte Daten von anderswo); nichts wird geholt oder abgeleitet
diagnose-saml-encrypted-key-count = die Nachricht enthält { $count } EncryptedKey-Elemente, wo Entra eines schreibt
diagnose-saml-key-transport = der Schlüssel ist mit '{ $algorithm }' verpackt; gelesen werden RSA-OAEP und RSA-1.5
diagnose-saml-key-not-rsa = der private Schlüssel von TOPdesk ist kein RSA-Schlüssel und kann daher keine Assertion öffnen, die für das RSA-Zertifikat von TOPdesk verschlüsselt ist
diagnose-saml-key-unusable = der private Schlüssel kann nicht verwendet werden ({ $error })
diagnose-saml-key-does-not-open = der angegebene private Schlüssel von TOPdesk öffnet die Assertion nicht ({ $error }); Entra verschlüsselt für das unter Tokenverschlüsselung hochgeladene Zertifikat, und das muss das TOPdesk-Zertifikat zu diesem Schlüssel sein

## aadsts: die Fehlercodes von Entra, erklärt anhand der Konfiguration (Codes und die Worte von Entra bleiben, wie sie sind)

aadsts-refused = Entra hat mit AADSTS{ $code } abgelehnt: { $explanation }
aadsts-refused-said = Entra hat mit AADSTS{ $code } abgelehnt: { $explanation } Entra meldete: „{ $said }“.
aadsts-refused-unknown = Entra hat mit AADSTS{ $code } abgelehnt.
aadsts-refused-unknown-said = Entra hat mit AADSTS{ $code } abgelehnt. Entra meldete: „{ $said }“.
aadsts-nested = { $outer } enthält AADSTS{ $code }, der die Ursache nennt. { $explanation }
aadsts-unknown-fix = Diesen Code erklärt der Assistent nicht; suchen Sie ihn in der AADSTS-Fehlerreferenz von Microsoft.
aadsts-load-sp-metadata = (laden Sie die SP-Metadaten von TOPdesk, um den Wert zu sehen)
aadsts-no-section = kein TOPdesk-Bereich
aadsts-the-section = Bereich { $section }
aadsts-login-page = die Login-Seite von TOPdesk
aadsts-50011 = die Antwort-URL in der Anforderung von TOPdesk{ $sent ->
        [yes] , { $sent_url } ({ $sent_section }),
       *[no] {""}
    } ist keine der in der Entra-App konfigurierten Antwort-URLs; die TOPdesk-Metadaten nennen { $reply } ({ $reply_section }{ $configuring ->
        [yes] ; konfiguriert wird der Bereich { $section }
       *[no] {""}
    }).
aadsts-50011-fix = Setzen Sie in der Entra-App unter Grundlegende SAML-Konfiguration die Antwort-URL (Assertionsverbraucherdienst-URL) auf genau { $reply } (Groß-/Kleinschreibung und ein Schrägstrich am Ende zählen). Kam die Anforderung aus dem anderen TOPdesk-Bereich, braucht dieser Bereich eine eigene Entra-App.
aadsts-700016 = Entra hat in diesem Mandanten keine Anwendung mit dem Bezeichner, den TOPdesk gesendet hat{ $sent ->
        [yes] {" "}({ $sent_id })
       *[no] {""}
    }; der Bezeichner, den TOPdesk verwendet, ist { $identifier }.
aadsts-700016-fix = Setzen Sie in der Entra-App unter Grundlegende SAML-Konfiguration den Bezeichner (Entitäts-ID) auf genau { $identifier } (ein Schrägstrich am Ende zählt), in dem Mandanten, aus dem die Verbundmetadaten in TOPdesk stammen.
aadsts-50105 = der Benutzer ist der Entra-App nicht zugewiesen (die Zuweisung ist erforderlich, und verschachtelte Gruppen zählen nicht).
aadsts-50105-fix = In Entra: Unternehmensanwendungen > die TOPdesk-App > Benutzer und Gruppen > Benutzer/Gruppe hinzufügen: Weisen Sie den Benutzer zu oder eine Gruppe, in der er direktes Mitglied ist.
aadsts-75011 = die Anforderung von TOPdesk verlangt einen RequestedAuthnContext, der nicht dazu passt, wie sich der Benutzer bei Entra angemeldet hat.
aadsts-75011-fix = Entfernen Sie die Anforderung eines Authentifizierungskontexts aus den SAML-Einstellungen von TOPdesk, oder melden Sie sich mit der verlangten Methode an.
aadsts-750054 = die Anforderung über Redirect-Binding hat Entra ohne ihren Parameter SAMLRequest erreicht.
aadsts-750054-fix = Starten Sie die Anmeldung in TOPdesk ({ $sign_on }) statt über ein Lesezeichen der Anmeldeseite von Entra; prüfen Sie, ob nichts zwischen Browser und Entra die Abfragezeichenfolge entfernt.
aadsts-900236 = die SAML-Anforderung enthält eine Eigenschaft, die Entra nicht unterstützt.
aadsts-900236-fix = Prüfen Sie die Anforderung unten (Issuer, NameIDPolicy, RequestedAuthnContext) und die SAML-Einstellungen von TOPdesk; verwenden Sie die Standardwerte von TOPdesk.
aadsts-76021 = die Entra-App verlangt signierte Anforderungen, und die Anforderung von TOPdesk war nicht signiert (oder nicht mit dem Zertifikat, das Entra hat).
aadsts-76021-fix = Deaktivieren Sie in den SAML-Einstellungen der Entra-App „Überprüfungszertifikate erforderlich“ („Require verification certificates“), oder laden Sie dort das Zertifikat von TOPdesk hoch und lassen Sie TOPdesk seine Anforderungen signieren.
aadsts-75005 = was Entra erhalten hat, ist keine gültige SAML 2.0-Nachricht.
aadsts-75005-fix = Starten Sie die Anmeldung erneut in TOPdesk; tritt es weiter auf, prüfen Sie die SAML-Konfiguration von TOPdesk (Verbundmetadaten hochgeladen, nicht bearbeitet).
aadsts-7500529 = die ID der Anforderung beginnt nicht mit einem Buchstaben oder Unterstrich, wie SAML es verlangt.
aadsts-7500529-fix = Das kommt aus der Software des SP; melden Sie es TOPdesk, mit der Anforderung unten.
aadsts-75008 = die Destination der Anforderung ist nicht die Anmelde-URL von Entra{ $has_sso ->
        [yes] {" "}({ $sso })
       *[no] {""}
    }.
aadsts-75008-fix = Laden Sie die aktuellen Verbundmetadaten der Entra-App in TOPdesk hoch.
aadsts-50003 = Entra hat keinen Signaturschlüssel für die App (kein aktives SAML-Signaturzertifikat).
aadsts-50003-fix = Erstellen oder aktivieren Sie unter SAML-Zertifikate der Entra-App ein Signaturzertifikat, und laden Sie dann die neuen Verbundmetadaten in TOPdesk hoch.

## diagnose: die Befunde zu einer aufgezeichneten Anmeldung (in der Reihenfolge, in der ein SP eine Antwort prüft)

diagnose-input-unreadable = die Eingabe kann nicht gelesen werden: { $error }
diagnose-message-numbered = Nachricht { $number } ({ $kind ->
        [response] Antwort
        [request] Anforderung
       *[error] Entra-Fehler
    }): { $message }
diagnose-nothing-to-diagnose = Nichts zu untersuchen: { $problem }.
diagnose-nothing-to-diagnose-fix = Geben Sie die SAMLResponse (Base64 oder XML) an, die ganze URL aus der Adressleiste der Anmelde- oder Fehlerseite von Entra, eine aus der Registerkarte Netzwerk des Browsers gespeicherte HAR-Datei oder den Text der Fehlerseite von Entra.
diagnose-too-large = Wegen der Größe abgelehnt: { $problem }.
diagnose-capped = Grenze erreicht: { $problem }.
diagnose-too-large-fix = Zeichnen Sie nur die Anmeldung auf: Registerkarte Netzwerk leeren, „Protokoll beibehalten“ einschalten, anmelden, dann speichern oder kopieren.
diagnose-findings-capped = Weitere { $count } Befunde derselben Art ({ $codes }) werden nicht aufgeführt (Wiederholungen, oder mehr als die { $max }, die eine Aufzeichnung zeigt).
diagnose-undecodable = Ein SAML-Wert kann nicht dekodiert werden: { $problem }.
diagnose-undecodable-fix = Kopieren Sie den Wert erneut und vollständig (DevTools: Nutzlast, Quelltext anzeigen; SAML-tracer: die Registerkarte SAML).
diagnose-none = (keiner)
diagnose-message-refused = Die dekodierte SAML-Nachricht wird abgelehnt: { $why }.
diagnose-message-refused-fix = Zeichnen Sie die Nachricht erneut im Browser auf (eine echte SAML-Nachricht hat keinen DOCTYPE und ist wenige KB groß).
diagnose-not-saml = Das XML kann nicht als SAML-Nachricht gelesen werden: Sein Wurzelelement ist { $root } ({ $namespace }), keine SAML-2.0-Response und kein AuthnRequest{ $root ->
        [RequestSecurityTokenResponse] {" "}(ein WS-Federation-Token: Die Entra-App antwortet mit WS-Federation, nicht mit SAML)
       *[other] {""}
    }.
diagnose-not-saml-fix = Geben Sie die SAMLResponse an, die Entra an TOPdesk gesendet hat (das Formularfeld SAMLResponse).
diagnose-assertion-encrypted = Die Assertion ist verschlüsselt (Tokenverschlüsselung von Entra); zum Lesen wird der private Schlüssel von TOPdesk benötigt.
diagnose-assertion-encrypted-fix = Geben Sie den privaten Schlüssel von TOPdesk an (CLI: --key FILE; Assistent: Schritt 4). Er wird nur auf diesem Computer verwendet; nichts Entschlüsseltes wird gespeichert.
diagnose-decrypt-failed = Die verschlüsselte Assertion kann nicht gelesen werden: { $why }.
diagnose-decrypt-failed-fix = In der Entra-App muss unter Tokenverschlüsselung das Zertifikat von TOPdesk (das zu diesem Schlüssel) hinterlegt und aktiv sein; oder geben Sie den Schlüssel an, der zu diesem Zertifikat gehört.
diagnose-assertion-missing = Die Antwort meldet Success, enthält aber keine Assertion.
diagnose-assertion-missing-fix = Zeichnen Sie die Anmeldung erneut auf; tritt es weiter auf, prüfen Sie die SAML-Signaturoptionen der Entra-App.
diagnose-response-refused = TOPdesk würde diese Antwort ablehnen: { $why }.
diagnose-response-refused-pasted = TOPdesk würde diese Antwort ablehnen: { $why }. Wurde das XML aus einem Viewer kopiert, wurde es vielleicht neu eingerückt, wodurch Signaturen ungültig werden: Geben Sie stattdessen die unveränderte Base64-SAMLResponse an.
diagnose-wrapping-fix = Vertrauen Sie dieser Antwort nicht: Die Antwort wurde geändert, nachdem Entra sie signiert hat. Zeichnen Sie eine neue Anmeldung auf; passiert es erneut, verändert etwas zwischen Entra und TOPdesk die Antworten.
diagnose-status-aadsts = Entra hat mit Status { $status } geantwortet. { $explanation }
diagnose-status = Entra hat mit Status { $status } geantwortet: keine Anmeldung.
diagnose-status-said = Entra hat mit Status { $status } („{ $said }“) geantwortet: keine Anmeldung.
diagnose-status-fix = Suchen Sie den Grund in den Anmeldeprotokollen von Entra (Microsoft Entra Admin Center > Anmeldeprotokolle, nach der TOPdesk-App filtern).
diagnose-issuer = Der Issuer { $what ->
        [response] der Antwort
       *[assertion] der Assertion
    } ist '{ $got }', erwartet wird '{ $want }': TOPdesk würde sie ablehnen (der Entra-Bezeichner in den geladenen Verbundmetadaten).
diagnose-issuer-fix = Laden Sie in TOPdesk die Verbundmetadaten der Entra-App hoch, die geantwortet hat (derselbe Mandant, dieselbe App); sonst kam diese Antwort von einem anderen Identitätsanbieter.
diagnose-signature-invalid-fix = Zeichnen Sie die Anmeldung erneut im Browser auf (den unveränderten Base64-Wert); prüfen Sie, ob TOPdesk die aktuellen Verbundmetadaten hat.
diagnose-signature-foreign-fix = Laden Sie die aktuellen Verbundmetadaten der Entra-App in TOPdesk hoch und öffnen Sie sie auch hier; steht das Zertifikat nicht unter SAML-Zertifikate der Entra-App, stammt diese Antwort nicht von Ihrer Entra-App.
diagnose-signature-valid = Die Signatur über { $signed ->
        [response] die Antwort (nicht die Assertion)
        [both] die Antwort und die Assertion
       *[assertion] die Assertion
    } ist gültig.
diagnose-signature-valid-by = Die Signatur über { $signed ->
        [response] die Antwort (nicht die Assertion)
        [both] die Antwort und die Assertion
       *[assertion] die Assertion
    } ist gültig, mit dem Zertifikat { $thumbprint } von Entra.
diagnose-signer-expired = Das Signaturzertifikat { $thumbprint } von Entra, mit dem diese Antwort gültig ist, { $state ->
        [expired] war am { $until } abgelaufen ({ $skew } vor
       *[not-yet] war noch nicht gültig ({ $skew } vor seinem Beginn { $from }, zu
    } { $against ->
        [capture] der Zeit der Aufzeichnung
        [given] der angegebenen Zeit
       *[clock] der Uhr dieses Computers
    }, { $now }); TOPdesk akzeptiert keine SAML-Anmeldungen mehr, sobald ein Zertifikat abgelaufen ist.
diagnose-signer-expired-fix = Erstellen Sie in der Entra-App unter SAML-Zertifikate ein neues Zertifikat und machen Sie es aktiv; laden Sie dann die neuen Verbundmetadaten in TOPdesk hoch (oder verknüpfen Sie sie per URL, damit ein Wechsel übernommen wird).
diagnose-assertion-unsigned = Die Assertion selbst ist nicht signiert (nur die Antwort); TOPdesk verlangt eine signierte Assertion.
diagnose-nothing-signed = Nichts in der Antwort ist signiert; TOPdesk verlangt eine signierte Assertion.
diagnose-assertion-unsigned-fix = In der Entra-App unter SAML-Zertifikate > Signaturoption: Wählen Sie „SAML-Assertion signieren“ („Sign SAML assertion“) oder „SAML-Antwort und -Assertion signieren“ („Sign SAML response and assertion“).
diagnose-signature-sha1 = Die Antwort ist mit SHA-1 signiert.
diagnose-signature-sha1-fix = In der Entra-App unter SAML-Zertifikate > Signaturalgorithmus: Wählen Sie SHA-256.
diagnose-audience = Die Audience ist '{ $got }', erwartet wird '{ $want }': TOPdesk würde sie ablehnen (der Bezeichner von TOPdesk).
diagnose-audience-fix = Setzen Sie in der Entra-App unter Grundlegende SAML-Konfiguration den Bezeichner (Entitäts-ID) auf genau { $want }.
diagnose-recipient-missing = Die Assertion hat keine Bearer-SubjectConfirmation mit einem Recipient; TOPdesk würde sie ablehnen.
diagnose-recipient-missing-fix = Zeichnen Sie die Anmeldung erneut auf; Entra sendet immer eine.
diagnose-reply-url = { $what } ist '{ $got }'{ $got_section }, die Antwort-URL von TOPdesk ist '{ $want }'{ $want_section }: TOPdesk würde sie ablehnen.
diagnose-reply-url-fix = Setzen Sie in der Entra-App unter Grundlegende SAML-Konfiguration die Antwort-URL auf genau { $want }; ein anderer Bereich braucht eine eigene Entra-App und eine eigene SAML-Konfiguration in TOPdesk.
diagnose-idp-initiated = (keiner, eine vom IdP gestartete Anmeldung)
diagnose-in-response-to = InResponseTo ist '{ $got }', erwartet wird '{ $want }' (die ID der Anforderung in dieser Aufzeichnung): TOPdesk würde sie als Antwort auf eine andere Anmeldung ablehnen.
diagnose-in-response-to-fix = Starten Sie die Anmeldung auf der Login-Seite von TOPdesk (TOPdesk unterstützt nur vom SP gestartete Anmeldungen), nicht aus Meine Apps oder einem Lesezeichen, und schließen Sie sie im selben Browsertab ab.
diagnose-skew-days = { $days } d { $hours } h
diagnose-skew-hours = { $hours } h { $minutes } min
diagnose-skew-minutes = { $minutes } min { $seconds } s
diagnose-skew-seconds = { $seconds } s
diagnose-not-yet-valid = Die Assertion ist gültig ab { $from } ({ $skew } nach { $against ->
        [capture] der Zeit der Aufzeichnung
        [given] der angegebenen Zeit
       *[clock] der Uhr dieses Computers
    }, { $now }); Entra gewährt keine Toleranz für Uhrabweichungen, daher würde TOPdesk sie ablehnen.
diagnose-not-yet-valid-clock-fix = Prüfen Sie die Uhr dieses Computers (und die des TOPdesk-Servers): Die Uhren dürfen gegenüber der von Entra nicht nachgehen.
diagnose-not-yet-valid-fix = Prüfen Sie die Uhr des TOPdesk-Servers: Die Uhr darf gegenüber der von Entra nicht nachgehen.
diagnose-expired = Die Assertion ist um { $end } abgelaufen ({ $skew } vor { $against ->
        [capture] der Zeit der Aufzeichnung
        [given] der angegebenen Zeit
       *[clock] der Uhr dieses Computers
    }, { $now }): TOPdesk würde sie ablehnen.
diagnose-expired-clock-fix = War diese Anmeldung gerade eben, prüfen Sie die Uhr dieses Computers; sonst zeichnen Sie eine neue Anmeldung auf (eine Assertion ist etwa eine Stunde gültig).
diagnose-expired-fix = Zeichnen Sie eine neue Anmeldung auf und untersuchen Sie sie sofort (eine Assertion ist etwa eine Stunde gültig); eine ältere Aufzeichnung beurteilen Sie zu ihrer eigenen Zeit mit „Zur Zeit der Aufzeichnung beurteilen“ im Schritt Anmeldung testen (--now auf der Befehlszeile).
diagnose-judged-at = NotBefore und NotOnOrAfter wurden zu { $now } beurteilt, { $against ->
        [capture] der Zeit, die die HAR-Datei für diese Nachricht festhält: Da fand die Anmeldung statt, also hat TOPdesk sie da beurteilt
       *[given] der mit --now angegebenen Zeit, die Vorrang vor der Zeit aus der HAR-Datei hat
    }. Nach { $other ->
        [clock] der Uhr dieses Computers
       *[capture] der Zeit aus der HAR-Datei
    } ({ $then }) wäre die Assertion { $state ->
        [early] noch nicht gültig
        [expired] abgelaufen
       *[valid] gültig
    }.
diagnose-judged-at-fix = { $against ->
        [capture] Nichts zu tun; um zu einer anderen Zeit zu beurteilen, geben Sie diese mit --now an (Befehlszeile).
       *[given] Lassen Sie --now weg, um zur Zeit aus der HAR-Datei zu beurteilen.
    }
diagnose-user-name = Das Benutzernamenattribut (User name attribute) { $wanted } von TOPdesk ist '{ $value }': Dies muss dem Anmeldenamen der Person in TOPdesk entsprechen.
diagnose-user-name-fix = Meldet TOPdesk den Benutzer als unbekannt, setzen Sie den Anmeldenamen dieser Person in TOPdesk auf diesen Wert oder wählen Sie ein anderes Benutzernamenattribut.
diagnose-unverified = { $message } (Aus einer nicht verifizierten Assertion: Deren Signatur ist ungültig, also ist dies vielleicht nicht, was Entra gesendet hat.)
diagnose-user-attribute-empty = Das Benutzernamenattribut { $wanted } steht in der Assertion, ist aber leer: TOPdesk kann die Person nicht finden.
diagnose-user-attribute-empty-fix = Füllen Sie in Entra die Eigenschaft des Benutzers aus, aus der dieser Anspruch gebildet wird (oft user.mail, leer bei Konten ohne Postfach), oder ordnen Sie den Anspruch einer anderen Eigenschaft zu.
diagnose-user-attribute-missing = Das Benutzernamenattribut { $wanted } steht nicht in der Assertion (sie enthält: { $names }): TOPdesk kann die Person nicht finden.
diagnose-no-attributes = keine Attribute
diagnose-user-attribute-missing-fix = In der Entra-App unter Benutzerattribute und Ansprüche: Fügen Sie diesen Anspruch hinzu, oder wählen Sie einen der Ansprüche oben als Benutzernamenattribut von TOPdesk. Ein leeres user.mail lässt auch den E-Mail-Anspruch wegfallen.
diagnose-name-id-missing = Die Assertion hat keine NameID.
diagnose-name-id-missing-fix = In der Entra-App unter Benutzerattribute und Ansprüche: Legen Sie den Anspruch Eindeutige Benutzer-ID fest.
diagnose-not-authn-request = Der SAMLRequest ist kein AuthnRequest.
diagnose-not-authn-request-fix = Geben Sie die URL aus der Adressleiste der Anmeldeseite von Entra an, direkt nach dem Klick auf die Anmeldeschaltfläche von TOPdesk.
diagnose-request-issuer = Der Issuer der Anforderung ist '{ $got }', erwartet wird '{ $want }': Entra würde mit AADSTS700016 antworten, es sei denn, der Bezeichner der Entra-App ist dieser Issuer.
diagnose-request-issuer-fix = TOPdesk hat eine andere Entitäts-ID gesendet als in seinen SP-Metadaten: Laden Sie die SP-Metadaten von TOPdesk erneut herunter und setzen Sie den Bezeichner der Entra-App auf den Issuer, den TOPdesk sendet.
diagnose-request-acs = Die AssertionConsumerServiceURL der Anforderung ist '{ $got }'{ $got_section }, die Metadaten von TOPdesk nennen '{ $want }'{ $want_section }: Entra antwortet mit AADSTS50011, es sei denn, genau diese URL ist eine Antwort-URL der App.
diagnose-request-acs-fix = Prüfen Sie, ob die geladenen SP-Metadaten von TOPdesk die des Bereichs sind, in dem Sie sich anmelden; fügen Sie die URL aus der Anforderung als Antwort-URL der Entra-App dieses Bereichs hinzu.
diagnose-request-destination = Die Destination der Anforderung ist '{ $got }', erwartet wird '{ $want }': Entra würde mit AADSTS75008 antworten.
diagnose-request-destination-fix = Laden Sie die aktuellen Verbundmetadaten der Entra-App in TOPdesk hoch (TOPdesk sendet Anforderungen an die dort genannte SSO-URL).
diagnose-no-id = (keine ID)
diagnose-request-shown = Anforderung { $id }: { $signed ->
        [yes] signiert
       *[no] nicht signiert
    }{ $force_authn ->
        [yes] , ForceAuthn (der Benutzer muss sich erneut anmelden)
       *[no] {""}
    }{ $has_context ->
        [yes] , RequestedAuthnContext { $context } (AADSTS75011, wenn die Anmeldemethode abweicht)
       *[no] {""}
    }.
diagnose-request-unsigned-fix = In Ordnung, es sei denn, die Entra-App verlangt signierte Anforderungen (dann AADSTS76021).
