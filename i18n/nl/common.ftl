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
