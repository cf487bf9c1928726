<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hearth::ui::MainWindow</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>On this computer only</source>
        <translation>Nur auf diesem Computer</translation>
    </message>
    <message>
        <source>Page heading</source>
        <translation>Seitenüberschrift</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hearth::ui::Navigator</name>
    <message>
        <source>Sections of the record</source>
        <translation>Bereiche der Akte</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Immunizations</source>
        <translation>Impfungen</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Eingriffe</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Laborergebnisse</translation>
    </message>
    <message>
        <source>Exercise and sleep</source>
        <translation>Bewegung und Schlaf</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Goals and plans</source>
        <translation>Ziele und Pläne</translation>
    </message>
    <message>
        <source>Emergency profile</source>
        <translation>Notfallprofil</translation>
    </message>
</context>
<context>
    <name>hearth::ui::RecordSwitcher</name>
    <message>
        <source>Record switcher</source>
        <translation>Aktenauswahl</translation>
    </message>
    <message>
        <source>Picture of the record</source>
        <translation>Bild der Akte</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Akten</translation>
    </message>
    <message>
        <source>No record yet</source>
        <translation>Noch keine Akte</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ShellBrowserDialog</name>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Sign in to a vault</source>
        <translation>Bei einem Tresor anmelden</translation>
    </message>
    <message>
        <source>Vault sign-in page</source>
        <translation>Anmeldeseite des Tresors</translation>
    </message>
    <message>
        <source>Loading the page</source>
        <translation>Seite wird geladen</translation>
    </message>
    <message>
        <source>Page status</source>
        <translation>Seitenstatus</translation>
    </message>
    <message>
        <source>Certificate confirmation</source>
        <translation>Zertifikatsbestätigung</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>Fingerabdruck des Zertifikats</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>The vault&apos;s page could not be loaded. Check the vault&apos;s address and that it is running, then try again.</source>
        <translation>Die Seite des Tresors konnte nicht geladen werden. Prüfen Sie die Adresse des Tresors und ob er läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The vault at %1 uses a certificate that this computer does not trust (%2). Trust it only if the vault shows this same fingerprint:
%3</source>
        <translation>Der Tresor unter %1 verwendet ein Zertifikat, dem dieser Computer nicht vertraut (%2). Vertrauen Sie ihm nur, wenn der Tresor genau diesen Fingerabdruck anzeigt:
%3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hearth: your family&apos;s health records.</source>
        <translation>Hearth: die Gesundheitsakten Ihrer Familie.</translation>
    </message>
    <message>
        <source>Check this installation without a display and exit.</source>
        <translation>Diese Installation ohne Bildschirm prüfen und beenden.</translation>
    </message>
</context>
</TS>
