# Das Fenster (src/ui).

## Schrittliste
ui-language = Sprache
