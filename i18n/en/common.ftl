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
