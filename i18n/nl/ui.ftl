# Het venster (src/ui).

## Stappenlijst
ui-language = Taal
