# Shared words: the language's own name, dates, counts.
# Placeholders ({ $name }) are filled in by the program; keep them as they are.

language-name = English

# Short month names (timeline ticks, dates).
month-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }

date = { $day } { $month_name } { $year }

days = { $count ->
        [one] { $count } day
       *[other] { $count } days
    }

## Shared terms: the same words wherever they appear (Entra's field names, labels)
term-identifier = Identifier (Entity ID)
term-reply-url = Reply URL (ACS URL)
term-sign-on-url = Sign on URL
term-entra-metadata = Entra federation metadata
term-topdesk-metadata = TOPdesk SP metadata
term-topdesk-cert = TOPdesk certificate
term-entra-signing-cert = Entra signing certificate
term-private-key = Private key
term-user-attribute = User name attribute
term-tenant = Tenant
term-signing-certs = Signing certificates
finding-fix = Fix: { $fix }
finding-nothing-to-do = Nothing to do.
word-yes = yes
word-no = no
word-none = (none)

# Text that is the same in every language (a library's own message, a value quoted as it is).
verbatim = { $text }
named = { $name }: { $text }
sentence = { $text }.
moment-utc = { $date } { $time } UTC
