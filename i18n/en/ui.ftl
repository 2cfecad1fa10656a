# The window (src/ui).

## Step list
ui-language = Language
