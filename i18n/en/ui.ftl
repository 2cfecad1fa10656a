# The window (src/ui).

## Step list
ui-language = Language

## Starting the window (src/main.rs)
app-opengl-failed = the OpenGL renderer could not start ({ $error }); trying wgpu
app-no-renderer = no renderer could start: OpenGL ({ $opengl }), wgpu ({ $wgpu })
app-no-window = the window could not be opened

## Drop zones and shared widgets (src/ui/widgets.rs)
ui-fetching = Fetching { $address }…
ui-cancel = Cancel
ui-metadata-url = Metadata URL
ui-fetch = Fetch
ui-drop-here = Drop the file here
ui-zone-path = { $title } path
ui-open = Open
ui-open-file = Open file…
ui-paste = Paste
ui-paste-hover = Paste XML or PEM text from the clipboard (Ctrl+V)
ui-remove = Remove
ui-fix = Fix: { $fix }
ui-copy = Copy
ui-copied = Copied
# The copy button's name for screen readers: "Copy Identifier (Entity ID)".
ui-copy-what = Copy { $what }
ui-copied-what = Copied { $what }
ui-cert-valid = valid
ui-cert-expires-in = { $days ->
        [one] expires in { $days } day
       *[other] expires in { $days } days
    }
ui-cert-expired = expired
ui-cert-not-yet-valid = not yet valid
ui-cert-row-valid = Valid
ui-cert-valid-range = { $from } to { $to }
ui-cert-row-key = Key
ui-cert-key-bits = { $algorithm } { $bits } bits
ui-cert-row-sha1 = Thumbprint (SHA-1)

## Expiry timeline (src/ui/timeline.rs)
timeline-range = { $from } → { $until }
timeline-until = until { $until }
timeline-expired-today = expired today
timeline-expired-ago = expired { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago
timeline-not-yet-valid = not valid yet (starts in { $starts ->
        [one] { $starts } day
       *[other] { $starts } days
    }), { $left ->
        [one] { $left } day
       *[other] { $left } days
    } left
timeline-expires-today = expires today (warning: under { $warning_days ->
        [one] { $warning_days } day
       *[other] { $warning_days } days
    })
timeline-left-warning = { $left ->
        [one] { $left } day
       *[other] { $left } days
    } left (warning: under { $warning_days ->
        [one] { $warning_days } day
       *[other] { $warning_days } days
    })
timeline-left = { $left ->
        [one] { $left } day
       *[other] { $left } days
    } left
# One row as a screen reader hears it: label, dates, state.
timeline-row = { $label }, { $range }, { $status }
timeline-summary = Expiry timeline, today { $today }: { $rows }.
timeline-empty = No dates to show yet.
timeline-today = Today
timeline-legend = warning: { $warning_days ->
        [one] { $warning_days } day
       *[other] { $warning_days } days
    }

## The window: dialogs, clipboard, drops, theme (src/ui/mod.rs, platform.rs, theme.rs)
ui-theme-light = Light
ui-theme-dark = Dark
ui-theme-system = System
ui-filter-metadata = Metadata XML
ui-filter-keys = Certificates and keys
ui-filter-images = Images
ui-filter-capture = HAR, SAML or text
ui-dialog-open-slot = Open the { $what }
ui-dialog-export-folder = Choose the folder to export into
ui-dialog-compare = Open the other version of the Entra federation metadata
ui-dialog-reminders = Save the calendar reminders
ui-dialog-capture = Open a captured login
ui-no-dialog = No file dialog is available on this system (install xdg-desktop-portal or zenity); drag files onto the window instead.
ui-dialog-failed = The file dialog failed; drag files onto the window instead.
# A sentence about a folder, then the folder: "The export folder does not exist…: /home/me/x".
ui-missing-folder = { $missing }: { $path }
ui-export-no-folder = The export folder does not exist; type or choose another one
ui-reminders-no-folder = The export folder does not exist, so the reminders have nowhere to go; type another one
ui-reminders-nothing = No certificate to remind of yet: load the Entra or TOPdesk metadata, or the TOPdesk certificate.
ui-cannot-write = cannot write the file ({ $error }): { $path }
ui-reminders-written = Reminders (alarms 60, 30 and 7 days before each expiry; open the file with your calendar) written to { $path }
ui-reminders-failed = The reminders were not written: { $error }
ui-pasted-text = pasted text
ui-dropped-file = dropped file
ui-clipboard-empty = The clipboard holds no text. Copy the XML or PEM text first, or drop the file.
ui-clipboard-empty-capture = The clipboard holds no text. Copy the SAMLResponse, the URL or the error text first, or drop the file.
ui-drop-unreadable = The dropped file cannot be read: { $error }
ui-folder-gone = The folder cannot be opened: it no longer exists. The bundle is in { $folder }
ui-folder-no-opener = The folder cannot be opened: { $program } is not installed (it opens folders in the desktop's file manager). The bundle is in { $folder }
ui-folder-failed = The folder cannot be opened ({ $error }). The bundle is in { $folder }
