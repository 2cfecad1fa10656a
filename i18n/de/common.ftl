# Gemeinsame Wörter: der Name der Sprache, Datumsangaben, Anzahlen.
# Platzhalter ({ $name }) füllt das Programm aus; bitte unverändert lassen.

language-name = Deutsch

# Kurze Monatsnamen (Zeitleiste, Datumsangaben).
month-short = { $month ->
        [1] Jan.
        [2] Feb.
        [3] März
        [4] Apr.
        [5] Mai
        [6] Juni
        [7] Juli
        [8] Aug.
        [9] Sept.
        [10] Okt.
        [11] Nov.
       *[12] Dez.
    }

date = { $day }. { $month_name } { $year }

days = { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    }

## Gemeinsame Begriffe: überall dieselben Wörter (die Feldnamen von Entra, Beschriftungen)
term-identifier = Bezeichner (Entitäts-ID)
term-reply-url = Antwort-URL (Assertionsverbraucherdienst-URL)
term-sign-on-url = Anmelde-URL
term-entra-metadata = Entra-Verbundmetadaten
term-topdesk-metadata = TOPdesk-SP-Metadaten
term-topdesk-cert = TOPdesk-Zertifikat
term-entra-signing-cert = Entra-Signaturzertifikat
term-private-key = Privater Schlüssel
term-user-attribute = Benutzernamenattribut (User name attribute)
term-tenant = Mandant
term-signing-certs = Signaturzertifikate
finding-fix = Lösung: { $fix }
finding-nothing-to-do = Nichts zu tun.
word-yes = ja
word-no = nein
word-none = (keine)

# Text that is the same in every language (a library's own message, a value quoted as it is).
verbatim = { $text }
named = { $name }: { $text }
sentence = { $text }.
moment-utc = { $date } { $time } UTC
