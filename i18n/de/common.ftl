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
