# Gedeelde woorden: de naam van de taal, datums, aantallen.
# Placeholders ({ $name }) vult het programma in; laat ze zoals ze zijn.

language-name = Nederlands

# Korte maandnamen (tijdlijn, datums).
month-short = { $month ->
        [1] jan
        [2] feb
        [3] mrt
        [4] apr
        [5] mei
        [6] jun
        [7] jul
        [8] aug
        [9] sep
        [10] okt
        [11] nov
       *[12] dec
    }

date = { $day } { $month_name } { $year }

days = { $count ->
        [one] { $count } dag
       *[other] { $count } dagen
    }

## Gedeelde termen: dezelfde woorden overal (de veldnamen van Entra, labels)
term-identifier = Id (Entiteits-id)
term-reply-url = Antwoord-URL (URL voor Assertion Consumer Service)
term-sign-on-url = Aanmeldings-URL
term-entra-metadata = Federatieve metagegevens van Entra
term-topdesk-metadata = SP-metagegevens van TOPdesk
term-topdesk-cert = TOPdesk-certificaat
term-entra-signing-cert = Entra-handtekeningcertificaat
term-private-key = Persoonlijke sleutel
term-user-attribute = Gebruikersnaamkenmerk (User name attribute)
term-tenant = Tenant
term-signing-certs = Handtekeningcertificaten
finding-fix = Oplossing: { $fix }
finding-nothing-to-do = Niets te doen.
word-yes = ja
word-no = nee
word-none = (geen)

# Text that is the same in every language (a library's own message, a value quoted as it is).
verbatim = { $text }
named = { $name }: { $text }
sentence = { $text }.
moment-utc = { $date } { $time } UTC
