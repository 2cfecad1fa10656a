# core: Befunde, Fehler und Bezeichnungen der Prüflogik.
# Platzhalter ({ $name }) füllt das Programm aus; lassen Sie sie unverändert.
# URLs, Entitäts-IDs, Fingerabdrücke, Dateinamen und Befehlszeilenoptionen werden nie übersetzt.

## check: die gesamte Prüfung

check-input-idp = Entra-Metadaten: { $error }
check-input-sp = TOPdesk-Metadaten: { $error }
check-input-cert = Zertifikat: { $error }
check-input-key = privater Schlüssel: { $error }

check-files-swapped = Die beiden Dateien sind vertauscht: Im Entra-Feld liegen die SP-Metadaten von TOPdesk und im TOPdesk-Feld die Verbundmetadaten von Entra.
check-files-swapped-fix = Tauschen Sie sie (CLI: Vertauschen Sie die Dateien von --idp und --sp); die Werte unten sind bereits so gelesen, als wären sie getauscht.
check-idp-is-sp = Die als Entra-Verbundmetadaten angegebene Datei enthält die Metadaten eines Dienstanbieters (vermutlich von TOPdesk).
check-idp-is-sp-fix = Laden Sie die Verbundmetadaten-XML auf der Seite Einmaliges Anmelden der Entra-App herunter und verwenden Sie sie als Entra-Datei.
check-sp-is-idp = Die als TOPdesk-Metadaten angegebene Datei enthält die Metadaten eines Identitätsanbieters (vermutlich von Entra).
check-sp-is-idp-fix = Laden Sie die SP-Metadaten im SAML-Konfigurationsassistenten von TOPdesk herunter und verwenden Sie sie als TOPdesk-Datei.

check-not-metadata = Die { $which }-Datei ist XML, aber keine SAML-Metadaten (ihr Wurzelelement ist { $root }).
check-idp-not-metadata-fix = Laden Sie die Verbundmetadaten-XML auf der Seite Einmaliges Anmelden der Entra-App herunter (Abschnitt SAML-Zertifikate).
check-sp-not-metadata-fix = Laden Sie die SP-Metadaten im SAML-Konfigurationsassistenten von TOPdesk herunter.
check-entity-not-found = Die { $which }-Datei enthält keine Entität mit der entityID { $entity_id }.
check-entity-not-found-one-fix = Diese Datei enthält eine Entität, { $entity_id }; lassen Sie die Auswahl der Entität weg.
check-entity-not-found-fix = Prüfen Sie die entityID, oder führen Sie 'topdesk-sso inspect' für die Datei aus, um { $count ->
        [one] ihre { $count } Entität
       *[other] ihre { $count } Entitäten
    } aufzulisten.
check-entity-not-chosen = Die { $which }-Datei ist eine Sammlung von { $count ->
        [one] { $count } Entität
       *[other] { $count } Entitäten
    } ({ $sample }); welche verwendet werden soll, ist nicht klar.
check-entity-not-chosen-fix = Wählen Sie die zu verwendende Entität (CLI: { $flag } ENTITYID).

check-signature-valid = Die Verbundmetadaten wurden nicht verändert, seit sie mit dem Zertifikat { $by } signiert wurden; { $kind ->
        [app] vergleichen Sie diesen Fingerabdruck mit dem auf der Seite SAML-Zertifikate der Entra-App.
        [not-app] dies sind nicht die Metadaten einer Entra-App, daher gibt es keine Seite SAML-Zertifikate, mit der sich dieser Fingerabdruck vergleichen ließe.
       *[other] vergleichen Sie diesen Fingerabdruck mit dem Tokensignaturzertifikat, das Ihr Identitätsanbieter anzeigt.
    }
check-signature-valid-fix = { $kind ->
        [app] Wenn die Fingerabdrücke abweichen, verwenden Sie diese Datei nicht: Laden Sie die Verbundmetadaten-XML selbst aus der Entra-App herunter. Wenn sie gleich sind, laden Sie die Datei unverändert hoch, damit TOPdesk die Signatur ebenfalls prüfen kann.
        [not-app] Verwenden Sie stattdessen die Verbundmetadaten-XML Ihrer TOPdesk-Unternehmensanwendung und vergleichen Sie deren Signaturgeber mit der Seite SAML-Zertifikate der App.
       *[other] Wenn die Fingerabdrücke abweichen, verwenden Sie diese Datei nicht: Laden Sie die Metadaten selbst bei Ihrem Identitätsanbieter herunter. Wenn sie gleich sind, laden Sie die Datei unverändert hoch, damit TOPdesk die Signatur ebenfalls prüfen kann.
    }
check-signature-sha1 = Die Verbundmetadaten sind mit SHA-1 signiert, einem gebrochenen Hashverfahren.
check-signature-sha1-fix = Stellen Sie im Abschnitt SAML-Zertifikate der Entra-App den Signaturalgorithmus auf SHA-256 und laden Sie die Metadaten erneut herunter.
check-signature-unlisted-signer = Die Signatur der Verbundmetadaten stammt nicht von Entra: { $reason }.
check-signature-unlisted-signer-reason = sie wurde mit einem Zertifikat erstellt, das die Datei nicht aufführt
check-signature-unlisted-signer-fix = Verwenden Sie diese Datei nicht. Laden Sie die Verbundmetadaten-XML selbst auf der Seite Einmaliges Anmelden der Entra-App herunter (Abschnitt SAML-Zertifikate).
check-signature-invalid = Die Signatur der Verbundmetadaten ist ungültig: { $reason }.
check-signature-invalid-reason = unbekannter Grund
check-signature-invalid-fix = Die Datei wurde nach dem Herunterladen verändert (zum Beispiel neu eingerückt oder bearbeitet): Laden Sie sie erneut aus Entra herunter und laden Sie sie unverändert hoch.
check-signature-absent = Die Verbundmetadaten sind nicht signiert; TOPdesk kann daher nicht erkennen, ob sie unverändert von Entra stammen.
check-signature-absent-fix = Laden Sie die Verbundmetadaten-XML erneut aus der Entra-App herunter (Entra signiert sie), oder schalten Sie 'Use signed metadata' in TOPdesk aus.

check-metadata-expired = { $file ->
        [idp] Die Entra-Verbundmetadaten waren
       *[sp] Die TOPdesk-Metadaten waren
    } bis { $date } gültig; dieses Datum ist überschritten.
check-metadata-expired-fix = Laden Sie { $file ->
        [idp] die Entra-Verbundmetadaten
       *[sp] die TOPdesk-Metadaten
    } erneut herunter; eine neue Kopie trägt ein neues validUntil-Datum.

## entra: die Entra-Verbundmetadaten

entra-cert-unreadable = Ein Zertifikat in den Entra-Metadaten kann nicht gelesen werden: { $why }.
entra-cert-unreadable-fix = Laden Sie die Verbundmetadaten erneut im Abschnitt SAML-Zertifikate der Entra-App herunter; bearbeiten Sie sie nicht von Hand.
entra-no-sso = Die Entra-Metadaten enthalten keinen SingleSignOnService; TOPdesk wüsste also nicht, wohin Benutzer geschickt werden sollen.
entra-no-sso-fix = Laden Sie die App-Verbundmetadaten erneut auf der Seite Einmaliges Anmelden der Entra-App herunter.
entra-no-signing-cert = Die Entra-Metadaten führen kein Signaturzertifikat für SAML auf; TOPdesk kann daher keine Anmeldung prüfen.
entra-no-signing-cert-fix = Erstellen oder aktivieren Sie ein SAML-Signaturzertifikat in der Entra-App und laden Sie danach die Verbundmetadaten-XML erneut herunter.
entra-certs-differ = Die SAML-Signaturzertifikate weichen von denen der Anwendungsrolle in derselben Datei ab.
entra-certs-differ-fix = Laden Sie die Verbundmetadaten erneut herunter; Entra führt an beiden Stellen dieselben Zertifikate auf.
entra-rollover-unsigned = Entra führt { $count } Signaturzertifikate auf (ein Zertifikatwechsel läuft); die Datei ist nicht signiert, daher lässt sich nicht sagen, welches aktiv ist.
entra-rollover = Entra führt { $count } Signaturzertifikate auf (ein Zertifikatwechsel läuft); die Datei ist mit { $thumbprint } signiert ({ $expired ->
        [yes] abgelaufen am { $expires }
       *[no] läuft ab am { $expires }
    }), dem aktiven Zertifikat.
entra-rollover-fix = Verknüpfen Sie TOPdesk mit der App-Verbundmetadaten-URL, damit TOPdesk dem Wechsel folgt, oder laden Sie die Datei erneut hoch, nachdem Sie das neue Zertifikat in Entra aktiviert haben.
entra-host-not-microsoft = Die Datei gibt vor, von Entra zu stammen, schickt Benutzer aber zu { $url }, und das ist keine Anmeldeadresse von Microsoft{ $count ->
        [one] {""}
       *[other] {" "}({ $count } solche Adressen)
    }.
entra-host-not-microsoft-fix = Verwenden Sie diese Datei nicht: Die Datei könnte die Anmeldungen Ihrer Benutzer an eine andere Stelle leiten. Laden Sie die Verbundmetadaten-XML selbst auf der Seite Einmaliges Anmelden der Entra-App herunter.
entra-tenant-wide = Dies sind die mandantenweiten Entra-Metadaten, nicht die Metadaten Ihrer TOPdesk-Unternehmensanwendung; deren Zertifikate signieren die Anmeldungen Ihrer App nicht.
entra-tenant-wide-fix = Öffnen Sie in Entra Unternehmensanwendungen > Ihre TOPdesk-App > Einmaliges Anmelden > SAML-Zertifikate und laden Sie die Verbundmetadaten-XML herunter (ihre URL endet auf ?appid=…).
entra-common = Dies sind die mehrinstanzenfähigen /common-Metadaten von Entra (entityID { $entity_id }), mit einem Platzhalter statt Ihres Mandanten.
entra-common-fix = Laden Sie stattdessen die Verbundmetadaten-XML Ihrer TOPdesk-Unternehmensanwendung auf deren Seite Einmaliges Anmelden herunter.
entra-adfs = Dies sind AD FS-Metadaten ({ $entity_id }), nicht Microsoft Entra ID.
entra-adfs-fix = Wenn Sie zu Entra wechseln, laden Sie die Verbundmetadaten-XML der Entra-Unternehmensanwendung herunter; AD FS selbst funktioniert, wird von diesem Assistenten aber nicht eingehend geprüft.
entra-not-entra = Der Identitätsanbieter { $entity_id } ist nicht Microsoft Entra ID.
entra-not-entra-fix = Die Werte werden trotzdem abgeleitet; Entra-spezifische Prüfungen (Mandant, App-Zertifikat) entfallen.

## topdesk: die SP-Metadaten von TOPdesk

topdesk-section-secure = Secure (Bearbeiter)
topdesk-section-public = Public (Self-Service-Portal)
topdesk-section-unknown = unbekannter Bereich '{ $section }': Verwenden Sie secure oder public
topdesk-no-acs = Die TOPdesk-Metadaten enthalten keinen AssertionConsumerService; es gibt also keine Antwort-URL.
topdesk-no-acs-fix = Laden Sie die SP-Metadaten erneut aus der SAML-Konfiguration von TOPdesk für diesen Bereich herunter.
topdesk-acs-not-post = Die Antwort-URL { $url } verwendet nicht die HTTP-POST-Bindung, die Entra verwendet.
topdesk-acs-not-post-fix = Prüfen Sie, ob dies die SP-Metadaten von TOPdesk sind; TOPdesk veröffentlicht einen HTTP-POST-Endpunkt.
topdesk-acs-not-url = Die Antwort-URL '{ $url }' ist keine absolute https-URL.
topdesk-acs-not-url-fix = Laden Sie die SP-Metadaten erneut aus TOPdesk herunter; Entra akzeptiert nur https-Antwort-URLs.
topdesk-section-mismatch = Sie konfigurieren den Bereich { $wanted }, aber diese TOPdesk-Metadaten gehören zum Bereich { $found }.
topdesk-section-mismatch-fix = Laden Sie die SP-Metadaten aus der SAML-Konfiguration für { $wanted } in TOPdesk herunter, oder wählen Sie den Bereich { $found }.
topdesk-cert-unreadable = Ein Zertifikat in den TOPdesk-Metadaten kann nicht gelesen werden: { $why }.
topdesk-cert-unreadable-fix = Laden Sie die SP-Metadaten erneut aus TOPdesk herunter; bearbeiten Sie sie nicht von Hand.
topdesk-acs-not-https = Die Antwort-URL { $url } verwendet kein https.
topdesk-acs-not-https-fix = Entra lehnt http-Antwort-URLs ab; verwenden Sie die https-Adresse von TOPdesk (laden Sie die SP-Metadaten erneut herunter).
topdesk-acs-path = Der Pfad '{ $path }' der Antwort-URL ist nicht /tas/secure/login/verify oder /tas/public/login/verify von TOPdesk.
topdesk-acs-path-fix = Prüfen Sie, ob dies die SP-Metadaten der SAML-Konfiguration von TOPdesk sind; Entra muss genau die Antwort-URL erhalten, die TOPdesk veröffentlicht.
topdesk-entity-id-not-url = Die TOPdesk-entityID '{ $entity_id }' ist keine URL.
topdesk-entity-id-not-url-fix = Die entityID von TOPdesk ist die URL ihrer Metadaten, https://<Ihr TOPdesk>/saml-metadata/<id>; laden Sie die SP-Metadaten erneut herunter.
topdesk-entity-id-pattern = Die TOPdesk-entityID { $entity_id } hat nicht die Form …/saml-metadata/<id>.
topdesk-entity-id-pattern-fix = Verwenden Sie die SP-Metadaten, die TOPdesk für diese SAML-Konfiguration veröffentlicht; deren entityID ist die URL der Metadaten.
topdesk-host-mismatch = Die entityID liegt auf { $entity_host }, die Antwort-URL aber auf { $reply_host }.
topdesk-host-mismatch-fix = Beides sollte Ihre TOPdesk-Adresse sein; prüfen Sie, ob die SP-Metadaten von Hand bearbeitet wurden.
topdesk-old-identifier = Der Bezeichner { $url } folgt dem falschen Muster aus dem Microsoft-Tutorial von 2018.
topdesk-old-identifier-fix = Verwenden Sie die entityID aus den SP-Metadaten, die TOPdesk jetzt veröffentlicht: https://<Ihr TOPdesk>/saml-metadata/<id>.
topdesk-old-reply = Die Antwort-URL { $url } folgt dem falschen Muster aus der Entra-Katalog-App.
topdesk-old-reply-fix = Verwenden Sie /tas/secure/login/verify (Bearbeiter) oder /tas/public/login/verify (Self-Service-Portal), wie es die SP-Metadaten von TOPdesk angeben.

## url: Werte aus einer der beiden Dateien, die URLs sein müssen (Anmelde-URL und Bezeichner von Entra, Identifier und Reply URL von TOPdesk)

url-invalid = { $field ->
        [entra-login] Die Anmelde-URL von Entra
        [entra-identifier] Der Bezeichner (entityID) von Entra
        [topdesk-identifier] Der Identifier (entityID) von TOPdesk
       *[topdesk-reply] Die Reply URL von TOPdesk
    } '{ $value }' ist keine gültige URL: { $why }. Der Wert wird weder zum Kopieren angeboten noch exportiert.
url-invalid-entra-fix = Verwenden Sie diese Datei nicht: Entra schreibt nie einen solchen Wert. Laden Sie die Verbundmetadaten-XML selbst auf der Seite Einmaliges Anmelden der Entra-App herunter.
url-invalid-topdesk-fix = Laden Sie die SP-Metadaten erneut aus TOPdesk herunter und verwenden Sie sie unverändert: TOPdesk schreibt nie einen solchen Wert.
url-why-control = er enthält das Steuerzeichen { $code }
url-why-invisible = er enthält das unsichtbare oder die Leserichtung ändernde Zeichen { $code }
url-why-space = er enthält ein Leerzeichen
url-why-character = er enthält „{ $char }“, das in einer URL nicht stehen kann
url-why-not-absolute = er ist keine absolute Adresse (https://…)

## reminders: der Text des Kalenders (die .ics-Felder selbst bleiben, wie sie sind)

reminders-calendar-name = TOPdesk-SSO-Zertifikate
reminders-todo-entra = Erneuern Sie es in Entra und laden Sie die neuen Verbundmetadaten hoch
reminders-todo-topdesk = Erzeugen Sie ein neues Schlüsselpaar und laden Sie es hoch
reminders-section-unknown = unbekannt
reminders-summary = { $role } { $thumbprint }… läuft ab — { $place }: { $what_to_do }
reminders-description =
    { $role } läuft am { $date } um { $time } UTC ab.
    Antragsteller: { $subject }
    SHA-1-Fingerabdruck: { $thumbprint }
    Bereich: { $section }
    Zu tun: { $what_to_do }.
reminders-alarm = In { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }: { $summary }

## metadata: das XML lesen

metadata-doctype = die Datei deklariert einen DOCTYPE (Zeile { $line }); SAML-Metadaten tun das nie, daher wird sie aus Sicherheitsgründen abgelehnt
metadata-too-deep = Elemente sind tiefer als { $max } Ebenen verschachtelt (Zeile { $line }); aus Sicherheitsgründen abgelehnt
metadata-too-many = das XML enthält mehr als { $limit } { $what ->
        [attributes] Attribute an einem Element
        [namespaces] gleichzeitig gültige Namespace-Deklarationen
        [certificates] Zertifikate
        [entity-id-bytes] Bytes an entityIDs
        [nodes] Elemente, Kommentare und andere XML-Knoten
        [endpoints] Endpunkte (SingleSignOnService, SingleLogoutService, AssertionConsumerService)
        [key-descriptors] KeyDescriptor-Elemente
        [nameid-formats] NameIDFormat-Elemente
        [roles] RoleDescriptor-Elemente
        [references] Signatur-References
       *[entities] Entitäten
    } (Zeile { $line }); echtes SAML-XML hat weit weniger, daher wird es aus Sicherheitsgründen abgelehnt
metadata-too-long = ein Wert in Zeile { $line } ist länger als { $max_kib } KiB; echte SAML-Metadaten haben keinen so langen Wert, daher wird die Datei aus Sicherheitsgründen abgelehnt
metadata-malformed = kein wohlgeformtes XML (Zeile { $line }): { $message }
metadata-undeclared-prefix = nicht deklariertes Namespace-Präfix '{ $prefix }'
metadata-two-roots = mehr als ein Wurzelelement
metadata-undeclared-entity = Verweis auf eine nicht deklarierte Entität
metadata-text-outside-root = Text außerhalb des Wurzelelements
metadata-no-root = kein Wurzelelement
metadata-truncated = das XML endet, bevor seine Elemente geschlossen sind (abgeschnitten?)
metadata-cert-empty = das Element X509Certificate ist leer
metadata-cert-not-base64 = kein gültiges Base64: { $error }

## signature: warum die Signatur der Metadaten nicht gilt (ein Grund, nach einem Doppelpunkt)

signature-not-on-root = die Datei enthält eine Signatur, aber nicht am Wurzelelement; sie deckt die Datei also nicht ab
signature-too-large = die Datei ist größer als { $mib } MiB und zu groß, um hier geprüft zu werden (die Verbundmetadaten von Entra haben etwa 20 KB)
signature-unparsable = das XML konnte für die Prüfung nicht gelesen werden: { $error }
signature-nothing-listed = die Datei führt kein Signaturzertifikat für die SAML-Rolle von Entra auf; nichts in ihr kann also für die Signatur bürgen
signature-unlisted-signer = sie wurde mit dem Zertifikat { $thumbprint } erstellt, das keines der Signaturzertifikate ist, die die Datei für die SAML-Rolle von Entra aufführt (jemand anderes hat die Datei neu signiert)
signature-too-many-candidates = die Datei führt { $count } Signaturzertifikate auf; mehr als { $max } werden nicht versucht
signature-does-not-verify = die Signatur ist nicht gültig ({ $reason })
signature-no-signer = die Prüfung hat kein Zertifikat genannt
signature-signer-not-offered = die Prüfung hat ein Zertifikat genannt, das nicht angeboten wurde
signature-no-root = das Dokument hat kein Wurzelelement
signature-not-child-of-root = die geprüfte Signatur ist kein direktes Kind des Wurzelelements (ein Signature-Wrapping-Muster)
signature-references = die Signatur hat { $count ->
        [one] { $count } Referenz
       *[other] { $count } Referenzen
    }; eine Metadaten-Signatur hat genau eine
signature-covers-other = die Signatur deckt '{ $uri }' ab, nicht das Wurzelelement (ein Signature-Wrapping-Muster)
signature-cert-unusable = das Zertifikat { $thumbprint } kann nicht verwendet werden: { $error }
signature-method-refused = sie verwendet den Signaturalgorithmus '{ $uri }'; nur RSA mit SHA-256, SHA-384, SHA-512 (oder SHA-1) wird akzeptiert
signature-digest-refused = sie verwendet den Hashalgorithmus '{ $uri }'; nur SHA-256, SHA-384, SHA-512 (oder SHA-1) wird akzeptiert
signature-too-many-transforms = ihre Referenz hat { $count } Transformationen; eine Signatur hat höchstens { $max } (enveloped-signature und Kanonisierung)
signature-transform-refused = ihre Referenz verwendet die Transformation '{ $uri }', die Teile der Datei unsigniert lassen kann; nur enveloped-signature und Kanonisierung werden akzeptiert
signature-another-first = vor der Signatur des Wurzelelements steht eine andere Signatur (ein Signature-Wrapping-Muster)
signature-id-repeated = die signierte ID kommt { $count }-mal in der Datei vor (ein Signature-Wrapping-Muster)
# core::dsig: warum ein Dokument abgelehnt wird, bevor die XML-DSig-Bibliothek es sieht.
dsig-too-many = das Dokument enthält { $count } Signaturen; mehr als { $max } werden nicht geprüft
dsig-signed-info = eine Signatur hat { $count } SignedInfo-Elemente; genau eines wird akzeptiert
dsig-references = eine Signatur hat { $count } Referenzen; genau eine wird akzeptiert
dsig-reference-external = eine Signatur verweist auf '{ $uri }', das nicht in diesem Dokument steht; nichts außerhalb der Datei wird je gelesen
dsig-retrieval-method = eine Signatur verlangt, ihren Schlüssel von '{ $uri }' zu holen; Schlüssel werden nie geholt, nur die geladenen Zertifikate werden verwendet
dsig-c14n-refused = eine Signatur verwendet die Kanonisierung '{ $uri }'; nur exklusive, inklusive und 1.1-Kanonisierung werden akzeptiert
dsig-element-refused = das { $name }-Element einer Signatur fehlt, ist doppelt oder liegt außerhalb des XML-DSig-Namensraums; genau eines wird akzeptiert

## history: die früher gesehenen Signierer derselben Entra-App

history-signer-announced = Diese Datei ist mit dem Zertifikat { $signer } signiert, das die zuvor für diese App verwendeten Verbundmetadaten bereits aufführten: Entra ist auf das neue Zertifikat umgestiegen (ein Zertifikatwechsel).
history-signer-announced-fix = Nichts zu tun, wenn Sie das neue Zertifikat in Entra aktiviert haben; laden Sie diese Datei hoch, damit TOPdesk dem neuen Zertifikat vertraut.
history-signer-new = Diese Datei ist mit dem Zertifikat { $signer } signiert, das dieser Assistent für diese Entra-App noch nie gesehen hat (die zuvor verwendeten Dateien waren mit { $before } signiert) und das keine frühere Datei angekündigt hat.
history-signer-new-fix = Vergleichen Sie den Fingerabdruck mit der Seite SAML-Zertifikate der Entra-App. Steht er dort nicht, verwenden Sie diese Datei nicht; laden Sie die Verbundmetadaten-XML selbst aus der Entra-App herunter.
history-unreadable = Der Signaturverlauf { $path } kann nicht verwendet werden ({ $why }), daher wird der Signierer dieser Datei nicht mit den zuvor für diese App gesehenen Zertifikaten verglichen; die Datei bleibt, wie sie ist.
history-unreadable-fix = Stellen Sie die Datei aus einer Sicherung wieder her, oder löschen Sie sie, um einen neuen Verlauf zu beginnen; bis dahin wird nichts Neues gespeichert.
history-not-a-history = sie ist kein Signaturverlauf ({ $why })
history-busy = eine andere Instanz des Assistenten aktualisiert gerade den Signaturverlauf

## diff: zwei Versionen der Entra-Verbundmetadaten

diff-what-entity-id = Entitäts-ID
diff-what-tenant = Mandant
diff-what-sign-in-url = Anmelde-URL
diff-what-logout-url = Abmelde-URL
diff-new-has-errors = Die neue Datei hat selbst Fehler (siehe ihre Befunde): Beheben Sie diese, bevor Sie sie hochladen.
diff-other-app = Die beiden Dateien gehören zu verschiedenen Entra-Apps oder Mandanten: Prüfen Sie, ob die neue Datei die Verbundmetadaten-XML der App ist, die TOPdesk verwendet.
diff-new-signer = Entra signiert jetzt mit dem Zertifikat { $thumbprint }, das die Datei in TOPdesk nicht aufführt: Anmeldungen schlagen fehl, bis Sie die neue Datei in TOPdesk hochladen. Tun Sie das jetzt.
diff-new-cert-announced = Entra führt ein neues Zertifikat auf, { $thumbprint }, das noch nicht signiert. Laden Sie die neue Datei in TOPdesk hoch, bevor Sie das Zertifikat { $thumbprint } in Entra aktivieren.
diff-urls-changed = Die Anmelde- oder Abmeldeadresse hat sich geändert: Laden Sie die neue Datei in TOPdesk hoch.
diff-old-cert-removed = Nur ein ausgemustertes Zertifikat wurde entfernt; die neue Datei hochzuladen hält TOPdesk aufgeräumt, aber ohne sie funktioniert alles weiter.
diff-nothing-changed = Nichts Wesentliches hat sich geändert.

## fetch: Metadaten von ihrer Adresse herunterladen (je eine Zeile; die Adresse nennt der Aufrufer)

fetch-origin = abgerufen von { $url } am { $date } um { $time } UTC
fetch-not-a-url = das ist keine Webadresse ({ $why }); geben Sie die vollständige https://-Adresse ein oder fügen Sie sie ein
fetch-no-scheme = kein https:// am Anfang
fetch-no-host = kein Hostname
fetch-insecure = einfaches http:// wird abgelehnt: jeder auf dem Weg könnte die Datei ändern; verwenden Sie die https://-Adresse
fetch-scheme = nur https://-Adressen können abgerufen werden, nicht { $scheme }://
fetch-entra-without-appid = dies sind die mandantenweiten Verbundmetadaten (die Adresse hat keinen appid-Parameter): sie führen die Zertifikate des Mandanten auf, nicht die Ihrer App. Kopieren Sie die App-Verbundmetadaten-URL von der Seite Einmaliges Anmelden der Entra-App
fetch-host-not-found = der Host { $host } wurde nicht gefunden: kein Netzwerk oder ein Tippfehler in der Adresse
fetch-unreachable = der Server ist nicht erreichbar ({ $why }): kein Netzwerk, eine Firewall oder ein erforderlicher Proxy (setzen Sie HTTPS_PROXY)
fetch-connection-refused = Verbindung abgelehnt
fetch-no-connection = keine Verbindung
fetch-timeout = keine Antwort innerhalb von { $seconds } s: ein langsames Netzwerk oder ein erforderlicher Proxy (setzen Sie HTTPS_PROXY)
fetch-tls = die sichere Verbindung ist fehlgeschlagen: { $why }
fetch-tls-unknown-issuer = das Zertifikat des Servers stammt nicht von einer vertrauenswürdigen Stelle (unbekannter Aussteller); installieren Sie hinter einem TLS-prüfenden Proxy dessen Stammzertifikat im Zertifikatspeicher des Systems oder lassen Sie SSL_CERT_FILE darauf zeigen
fetch-tls-wrong-host = das Zertifikat des Servers gilt für einen anderen Hostnamen
fetch-tls-expired = das Zertifikat des Servers ist abgelaufen
fetch-tls-not-yet-valid = das Zertifikat des Servers ist noch nicht gültig (prüfen Sie die Uhr dieses Computers)
fetch-tls-revoked = das Zertifikat des Servers wurde widerrufen
fetch-tls-damaged = das Zertifikat des Servers ist beschädigt
fetch-tls-refused = das Zertifikat des Servers wurde abgelehnt ({ $why })
fetch-proxy = der Proxy ist fehlgeschlagen ({ $why }); prüfen Sie HTTPS_PROXY oder die Proxyeinstellungen des Systems
fetch-proxy-invalid = die Proxyadresse ist ungültig
fetch-proxy-variable-invalid = { $var } ist keine Proxyadresse (http://host:port); korrigieren oder entfernen Sie die Variable
fetch-proxy-variable-socks = { $var } nennt einen SOCKS-Proxy, den dieses Programm nicht verwenden kann; nennen Sie dort einen HTTP-Proxy (http://host:port), oder laden Sie die Datei herunter
fetch-roots = die vertrauenswürdigen Zertifikate können nicht geladen werden: { $why }; korrigieren oder entfernen Sie diese Variable
fetch-roots-unusable = { $var } ist { $path }, aber { $why }
fetch-roots-none = sie enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----)
fetch-idp-not-microsoft = Diese Entra-Metadaten kamen von { $host } ({ $url }), und das ist kein Anmeldehost von Microsoft: Wer diesen Server betreibt, kann die Datei erstellt oder geändert haben.
fetch-idp-not-microsoft-fix = Rufen Sie die App-Verbundmetadaten-URL von der Seite Einmaliges Anmelden der Entra-App ab (sie liegt auf einem Anmeldehost von Microsoft wie login.microsoftonline.com), oder vergleichen Sie den Fingerabdruck des Signaturzertifikats mit der Seite SAML-Zertifikate der Entra-App, bevor Sie die Datei verwenden.
fetch-redirect-to-http = eine Weiterleitung führte zu einer einfachen http://-Adresse ({ $url }), die abgelehnt wird: Die Datei könnte unterwegs verändert werden
fetch-too-many-redirects = mehr als { $max } Weiterleitungen: die Weiterleitungen bilden eine Schleife oder führen zu einer Anmeldeseite
fetch-topdesk-not-hosted = der Server antwortete 404 (nicht gefunden): diese TOPdesk-Konfiguration stellt ihre Metadaten nicht bereit — aktivieren Sie Host TOPdesk metadata oder laden Sie die Datei herunter
fetch-status = der Server antwortete { $status } ({ $what })
fetch-status-refused = Zugriff verweigert: diese Adresse erfordert eine Anmeldung; laden Sie die Datei stattdessen herunter
fetch-status-not-found = nicht gefunden: die Adresse ist falsch oder existiert nicht mehr
fetch-status-too-many = zu viele Anfragen: Versuchen Sie es in einer Minute erneut
fetch-status-server = der Server hat ein Problem: Versuchen Sie es später erneut, oder laden Sie die Datei herunter
fetch-status-other = nicht die Datei: Prüfen Sie die Adresse, oder laden Sie die Datei herunter
fetch-html = die Adresse lieferte eine Webseite (vermutlich eine Anmeldeseite), keine Metadaten: Verwenden Sie die eigene Adresse der Metadaten, oder laden Sie die Datei herunter
fetch-empty = der Server hat nichts gesendet
fetch-cancelled = der Abruf wurde abgebrochen
fetch-other = der Abruf ist fehlgeschlagen ({ $why })

## text, file: die Dateien des Administrators lesen (Meldungen mit "sie …" folgen auf den Dateinamen)

text-empty = die Datei ist leer
text-too-large = die Datei ist { $size } Byte groß und überschreitet die Grenze von { $mib } MiB
text-binary = die Datei ist kein Text: Binärdaten (kein { $encoding ->
        [text] Text
       *[other] { $encoding }
    }) bei Byte { $offset }
file-cannot-open = sie kann nicht geöffnet werden ({ $error })
file-folder = sie ist ein Ordner; wählen Sie die Dateien darin
file-not-a-file = sie ist keine normale Datei (ein Gerät, eine Pipe oder ein Socket); speichern Sie ihren Inhalt zuerst in einer Datei
file-too-large = sie ist größer als die Grenze von { $mib } MiB
file-cannot-read = sie kann nicht gelesen werden ({ $error })

## inspect: was eine Datei ist, in einer Zeile

inspect-idp-metadata = Verbundmetadaten des Identitätsanbieters (Entra) für { $entity_id }
inspect-sp-metadata = Metadaten des Dienstanbieters (TOPdesk) für { $entity_id }
inspect-aggregate = Metadatensammlung mit { $count ->
        [one] { $count } Entität
       *[other] { $count } Entitäten
    }
inspect-other-metadata = SAML-Metadaten ohne Rolle als Identitätsanbieter oder Dienstanbieter ({ $entity_id })
inspect-no-entity-id = keine entityID
inspect-other-xml = XML, aber keine SAML-Metadaten (Wurzelelement { $root })
inspect-certificates = { $count ->
        [one] { $count } X.509-Zertifikat
       *[other] { $count } X.509-Zertifikate
    } ({ $encoding ->
        [DER] DER
        [PEM] PEM
       *[other] Base64 ohne PEM-Kopfzeile
    })
inspect-private-key = Privater Schlüssel ({ $details })
inspect-pkcs12 = PKCS#12-Datei (.pfx/.p12): { $details }
inspect-image = { $format }-Bild
inspect-unreadable = Kann nicht gelesen werden: { $reason }
inspect-unknown = Keine Datei, die dieser Assistent kennt (keine Metadaten, kein Zertifikat, kein Schlüssel und kein Bild)
inspect-cert-unreadable = ein Zertifikat in der Datei ist kein lesbares X.509-Zertifikat
inspect-key-locked = { $format }, kennwortgeschützt
inspect-key-bits = { $bits } Bit
inspect-key = { $algorithm } { $size }, { $format }{ $encrypted ->
        [yes] , kennwortgeschützt
       *[no] {""}
    }{ $certificates ->
        [0] {""}
        [one] , mit { $certificates } Zertifikat
       *[other] , mit { $certificates } Zertifikaten
    }

## core: ein abgefangener interner Fehler; findings: Schweregrade für Menschen

core-panic = interner Fehler bei der Verarbeitung dieser Eingabe ({ $detail }); es wurde nichts geändert — bitte melden Sie dies, wenn möglich mit der Datei
core-panic-no-details = keine Details
findings-severity-error = Fehler
findings-severity-warning = Warnung
findings-severity-info = Hinweis

## graph: die Entra-App über Microsoft Graph (entra check/apply/create)

graph-cloud-unknown = { $cloud } ist keine Cloud, die dieses Programm kennt: verwenden Sie global, usgov oder china
graph-address-refused = { $option } ist nicht verwendbar: { $why }
graph-network = Microsoft Graph oder der Anmeldedienst ist nicht erreichbar ({ $what }): { $why }
graph-refused = { $status ->
    [401] Microsoft Graph hat das Token für { $what } nicht angenommen ({ $code }: { $message }): es ist abgelaufen oder nicht für Microsoft Graph (az: --resource-type ms-graph). Das Konto braucht die delegierte Berechtigung { $permission } und die Rolle { $role } (oder Application Administrator, oder Besitzer der App)
   *[other] Microsoft Graph hat { $what } abgelehnt ({ $status } { $code }: { $message }): das angemeldete Konto braucht die delegierte Berechtigung { $permission } und die Rolle { $role } (oder Application Administrator, oder Besitzer der App)
}
graph-status = Microsoft Graph hat auf { $what } mit { $status } geantwortet ({ $code }: { $message })
graph-throttled = Microsoft Graph lehnt { $what } weiterhin wegen zu vieler Anfragen ab (Retry-After { $seconds } s): versuchen Sie es in einigen Minuten erneut
graph-too-many-pages = { $what } hat mehr als { $max } Seiten: die Liste wurde dort beendet
graph-foreign-link = die nächste Seite von Microsoft Graph führt aus Graph hinaus ({ $url }): das Token wird dorthin nicht gesendet
graph-bad-answer = die Antwort von Microsoft Graph auf { $what } ist nicht lesbar ({ $why })
graph-token-env = die Umgebungsvariable { $var } enthält kein Zugriffstoken (zum Beispiel: { $var }=$(az account get-access-token --resource-type ms-graph --query accessToken -o tsv))
graph-sign-in = die Anmeldung ist fehlgeschlagen ({ $error }): { $description }
graph-device-code-expired = der Anmeldecode ist abgelaufen, bevor sich jemand angemeldet hat: führen Sie den Befehl erneut aus und melden Sie sich innerhalb der angezeigten Zeit an
graph-not-replicated = die neue App war nach { $seconds } s noch immer nicht lesbar ({ $what }): Entra repliziert langsam; führen Sie in einigen Minuten entra apply aus

## entra-Prüfungen: die Entra-App selbst neben den Metadaten von TOPdesk

entra-app-none = Keine Entra-App hat den Bezeichner { $identifier } von TOPdesk unter ihren Namen.
entra-app-none-fix = Legen Sie die App aus dem Katalog an (topdesk-sso entra create) oder geben Sie ihre Anwendungs-ID mit --app an; der Bezeichner in Entra muss genau der von TOPdesk sein, ohne angehängten Schrägstrich.
entra-app-no-id = Keine Entra-App hat die Anwendungs-ID { $app_id }.
entra-app-no-id-fix = Kopieren Sie die Anwendungs-ID von der Seite Übersicht der Unternehmensanwendung in Entra, oder lassen Sie --app weg, um die App über den Bezeichner von TOPdesk zu finden.
entra-sso-mode = Der Modus für einmaliges Anmelden der Entra-App ist "{ $entra }", nicht SAML.
entra-sso-mode-fix = Wählen Sie SAML unter Einmaliges Anmelden in der Entra-App (topdesk-sso entra apply stellt das zuerst ein).
entra-identifier = Die Bezeichner der Entra-App ({ $entra }) enthalten den Bezeichner { $expected } von TOPdesk nicht: Anmeldungen scheitern mit AADSTS700016.
entra-identifier-old = Die Bezeichner der Entra-App ({ $entra }) enthalten den Bezeichner { $expected } von TOPdesk nicht; { $old } ist das falsche Muster aus dem alten Tutorial. Anmeldungen scheitern mit AADSTS700016.
entra-identifier-fix = Setzen Sie den Bezeichner (Entitäts-ID) in der Grundlegenden SAML-Konfiguration auf { $expected } oder führen Sie topdesk-sso entra apply aus.
entra-reply-url = Die Antwort-URLs der Entra-App ({ $entra }) enthalten die Antwort-URL { $expected } von TOPdesk nicht: Anmeldungen scheitern mit AADSTS50011.
entra-reply-url-old = Die Antwort-URLs der Entra-App ({ $entra }) enthalten die Antwort-URL { $expected } von TOPdesk nicht; { $old } ist das falsche Muster aus dem alten Tutorial. Anmeldungen scheitern mit AADSTS50011.
entra-reply-url-fix = Fügen Sie die Antwort-URL { $expected } in der Grundlegenden SAML-Konfiguration hinzu oder führen Sie topdesk-sso entra apply aus.
entra-sign-on-url-empty = Die Entra-App hat keine Anmelde-URL: die TOPdesk-Kachel in Meine Apps funktioniert nicht.
entra-sign-on-url = Die Anmelde-URL der Entra-App ist { $entra }, die von TOPdesk ist { $expected }.
entra-sign-on-url-fix = Setzen Sie die Anmelde-URL in der Grundlegenden SAML-Konfiguration auf { $expected } oder führen Sie topdesk-sso entra apply aus.
entra-signing-cert-none = Die Entra-App hat kein SAML-Signaturzertifikat.
entra-signing-cert-none-fix = Fügen Sie unter SAML-Zertifikate in der Entra-App eines hinzu und aktivieren Sie es; geben Sie TOPdesk danach die Verbundmetadaten-XML der App.
entra-signing-cert = Entra signiert mit dem Zertifikat { $thumbprint }, das die Entra-Metadaten bei TOPdesk nicht aufführen ({ $listed }): jede Anmeldung scheitert, bis TOPdesk die neuen Metadaten erhält.
entra-signing-cert-fix = Geben Sie TOPdesk die aktuelle Verbundmetadaten-XML der App (oder verknüpfen Sie sie per URL) oder aktivieren Sie in Entra wieder das vorherige Zertifikat.
entra-signing-cert-rollover = Die Entra-App hat ein neueres Signaturzertifikat { $thumbprint }, das noch nicht aktiv ist.
entra-signing-cert-rollover-fix = Geben Sie TOPdesk Metadaten, die es aufführen, bevor Sie es aktivieren (die Verbundmetadaten-XML der App führt beide auf).
entra-encryption-cert = Entra verschlüsselt Token mit dem Zertifikat { $entra }, nicht mit dem Zertifikat { $expected } von TOPdesk: TOPdesk kann die Anmeldung nicht entschlüsseln.
entra-encryption-cert-unknown = Der Tokenverschlüsselungsschlüssel { $entra } der Entra-App verweist auf keines ihrer Zertifikate.
entra-encryption-cert-fix = Laden Sie das Zertifikat von TOPdesk als Tokenverschlüsselungsschlüssel hoch (topdesk-sso entra apply --encrypt) oder schalten Sie die Tokenverschlüsselung (Token encryption) in der Entra-App aus.
entra-encryption-cert-unchecked = Entra verschlüsselt Token mit dem Zertifikat { $entra }; das Zertifikat von TOPdesk ist hier nicht bekannt.
entra-encryption-cert-unchecked-fix = Geben Sie das Zertifikat von TOPdesk mit --cert an, um beide zu vergleichen.
entra-assignment-none = Eine Zuweisung ist erforderlich und niemand ist der Entra-App zugewiesen: jede Anmeldung scheitert mit AADSTS50105.
entra-assignment-fix = Öffnen Sie in Entra Unternehmensanwendungen, die App, Benutzer und Gruppen, und fügen Sie die Benutzer oder Gruppen hinzu (Mitglieder verschachtelter Gruppen zählen nicht).
entra-assignment-not-required = Eine Zuweisung ist nicht erforderlich: jeder Benutzer des Mandanten kann sich bei TOPdesk anmelden.
entra-assignment-not-required-fix = Wenn das nur einige dürfen, setzen Sie Zuweisung erforderlich (Assignment required) unter Eigenschaften auf Ja und weisen Sie sie zu.
entra-notification-email = Die Entra-App hat keine E-Mail-Adresse für Benachrichtigungen: niemand erfährt, dass ihr Signaturzertifikat bald abläuft.
entra-notification-email-fix = Fügen Sie in der Entra-App unter SAML-Zertifikate eine Adresse für Benachrichtigungen (Notification Email) hinzu.

## entra-Plan: warum jede Änderung gemacht wird

entra-plan-sso-mode = Modus für einmaliges Anmelden SAML, zuerst: Graph lehnt einen Bezeichner auf einer anderen Domäne für eine App ohne SAML ab
entra-plan-identifier = den Bezeichner { $added } von TOPdesk hinzufügen
entra-plan-identifier-old = den Bezeichner { $added } von TOPdesk hinzufügen; { $removed } aus dem alten Tutorial entfernen
entra-plan-reply-url = die Antwort-URL { $added } von TOPdesk hinzufügen
entra-plan-reply-url-old = die Antwort-URL { $added } von TOPdesk hinzufügen; { $removed } aus dem alten Tutorial entfernen
entra-plan-sign-on-url = Anmelde-URL { $url }, damit die Kachel in Meine Apps funktioniert
entra-plan-key-credentials = das Zertifikat { $thumbprint } von TOPdesk für die Tokenverschlüsselung hochladen; { $kept ->
    [0] es gibt keine vorhandenen Zertifikate zu behalten
    [one] das vorhandene Zertifikat wird unverändert zurückgesendet (diese Änderung ersetzt die ganze Liste)
   *[other] die { $kept } vorhandenen Zertifikate werden unverändert zurückgesendet (diese Änderung ersetzt die ganze Liste)
}
entra-plan-encryption-key = Token mit dem Zertifikat { $thumbprint } von TOPdesk verschlüsseln
entra-plan-instantiate = die App "{ $name }" aus der Katalogvorlage anlegen
entra-plan-signing-cert = das erste SAML-Signaturzertifikat der App hinzufügen (3 Jahre)
entra-plan-signing-cert-active = dieses Zertifikat aktivieren (eine neue App hat keines, von dem gewechselt würde)
