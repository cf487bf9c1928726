<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hearth::ui::AllergyForm</name>
    <message>
        <source>&amp;Allergic to:</source>
        <translation>&amp;Allergisch gegen:</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>&amp;Reaktion:</translation>
    </message>
    <message>
        <source>&amp;First noticed:</source>
        <translation>&amp;Zuerst bemerkt:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>&amp;Behandlung:</translation>
    </message>
    <message>
        <source>Enter what the allergy is to.</source>
        <translation>Geben Sie an, wogegen die Allergie besteht.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ApproxDateEdit</name>
    <message>
        <source>e.g. 2019-03-05, March 2019, summer 2019</source>
        <translation>z. B. 5.3.2019, März 2019, Sommer 2019</translation>
    </message>
    <message>
        <source>Kept as written: “%1”</source>
        <translation>Wie geschrieben übernommen: „%1“</translation>
    </message>
    <message>
        <source>Some day in %1</source>
        <translation>Ein Tag im %1</translation>
    </message>
    <message>
        <source>Some time in %1</source>
        <translation>Irgendwann %1</translation>
    </message>
</context>
<context>
    <name>hearth::ui::BloodPressureForm</name>
    <message>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <source>beats per minute (optional)</source>
        <translation>Schläge pro Minute (optional)</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Systolic:</source>
        <translation>&amp;Systolisch:</translation>
    </message>
    <message>
        <source>&amp;Diastolic:</source>
        <translation>&amp;Diastolisch:</translation>
    </message>
    <message>
        <source>&amp;Pulse:</source>
        <translation>&amp;Puls:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Enter the systolic (upper) value in mmHg, e.g. 120.</source>
        <translation>Geben Sie den systolischen (oberen) Wert in mmHg ein, z. B. 120.</translation>
    </message>
    <message>
        <source>A systolic value between 50 and 300 mmHg, please.</source>
        <translation>Bitte einen systolischen Wert zwischen 50 und 300 mmHg.</translation>
    </message>
    <message>
        <source>Enter the diastolic (lower) value in mmHg, e.g. 80.</source>
        <translation>Geben Sie den diastolischen (unteren) Wert in mmHg ein, z. B. 80.</translation>
    </message>
    <message>
        <source>A diastolic value between 20 and 200 mmHg, please.</source>
        <translation>Bitte einen diastolischen Wert zwischen 20 und 200 mmHg.</translation>
    </message>
    <message>
        <source>The diastolic value must be lower than the systolic one.</source>
        <translation>Der diastolische Wert muss niedriger sein als der systolische.</translation>
    </message>
    <message>
        <source>A pulse between 20 and 300 beats per minute, or nothing.</source>
        <translation>Ein Puls zwischen 20 und 300 Schlägen pro Minute, oder nichts.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>Dieses Datum liegt in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ConflictDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Fassung des &amp;Tresors behalten</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Bei&amp;de behalten</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>These entries were changed on this computer and in the vault. Choose which version to keep; nothing is overwritten until you do.</source>
        <translation>Diese Einträge wurden auf diesem Computer und im Tresor geändert. Wählen Sie, welche Fassung bleiben soll; bis dahin wird nichts überschrieben.</translation>
    </message>
    <message>
        <source>About conflicts</source>
        <translation>Über Konflikte</translation>
    </message>
    <message>
        <source>Conflicting entries</source>
        <translation>Einträge mit Konflikten</translation>
    </message>
    <message>
        <source>On this computer (mine)</source>
        <translation>Auf diesem Computer (meine Fassung)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>In the vault (theirs)</source>
        <translation>Im Tresor (Fassung des Tresors)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Fassung des Tresors</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Meine Fassung</translation>
    </message>
    <message>
        <source>The vault&apos;s version</source>
        <translation>Die Fassung des Tresors</translation>
    </message>
    <message>
        <source>Conflict status</source>
        <translation>Konfliktstatus</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Meine Fassung behalten</translation>
    </message>
    <message>
        <source>Keep the vault&apos;s version</source>
        <translation>Die Fassung des Tresors behalten</translation>
    </message>
    <message>
        <source>Keep both versions</source>
        <translation>Beide Fassungen behalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 bei %2: %3</translation>
    </message>
    <message>
        <source>No conflicts left.</source>
        <translation>Keine Konflikte mehr.</translation>
    </message>
    <message>
        <source>Saving your choice...</source>
        <translation>Ihre Wahl wird gespeichert...</translation>
    </message>
</context>
<context>
    <name>hearth::ui::DicomViewer</name>
    <message>
        <source>Medical image viewer</source>
        <translation>Betrachter für medizinische Bilder</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Display problem</source>
        <translation>Anzeigeproblem</translation>
    </message>
    <message>
        <source>Window preset</source>
        <translation>Fenster-Voreinstellung</translation>
    </message>
    <message>
        <source>From the image</source>
        <translation>Aus dem Bild</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Window centre and width</source>
        <translation>Fensterlage und Fensterbreite</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Einzelbild</translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation>Nummer des Einzelbilds</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play the frames</source>
        <translation>Die Einzelbilder abspielen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>An das Fenster anpassen</translation>
    </message>
    <message>
        <source>Export this image as PNG…</source>
        <translation>Dieses Bild als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export this image as PNG</source>
        <translation>Dieses Bild als PNG exportieren</translation>
    </message>
    <message>
        <source>Save the DICOM file…</source>
        <translation>DICOM-Datei speichern…</translation>
    </message>
    <message>
        <source>Save the DICOM file</source>
        <translation>Die DICOM-Datei speichern</translation>
    </message>
    <message>
        <source>Image details</source>
        <translation>Angaben zum Bild</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Datum der Studie</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Körperregion</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Serie %1</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>No images to show.</source>
        <translation>Keine Bilder zum Anzeigen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 × %2, 1 frame</source>
        <translation>%1 × %2, 1 Einzelbild</translation>
    </message>
    <message>
        <source>%1 × %2, %3 frames</source>
        <translation>%1 × %2, %3 Einzelbilder</translation>
    </message>
    <message>
        <source>C %1 W %2</source>
        <translation>L %1 B %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>There is no image to export.</source>
        <translation>Es gibt kein Bild zum Exportieren.</translation>
    </message>
    <message>
        <source>The image cannot be saved to %1.</source>
        <translation>Das Bild kann nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>image.png</source>
        <translation>bild.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>image.dcm</source>
        <translation>bild.dcm</translation>
    </message>
    <message>
        <source>DICOM files (*.dcm)</source>
        <translation>DICOM-Dateien (*.dcm)</translation>
    </message>
    <message>
        <source>The file cannot be saved to %1.</source>
        <translation>Die Datei kann nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::DocumentDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>This document cannot be shown: %1</source>
        <translation>Dieses Dokument kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>the record holds no document in it.</source>
        <translation>der Eintrag enthält kein Dokument.</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
</context>
<context>
    <name>hearth::ui::DocumentView</name>
    <message>
        <source>Document text</source>
        <translation>Text des Dokuments</translation>
    </message>
</context>
<context>
    <name>hearth::ui::EmergencyPage</name>
    <message>
        <source>Emergency profile</source>
        <translation>Notfallprofil</translation>
    </message>
    <message>
        <source>Page heading</source>
        <translation>Seitenüberschrift</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Blutgruppe</translation>
    </message>
    <message>
        <source>e.g. A+</source>
        <translation>z. B. A+</translation>
    </message>
    <message>
        <source>Notes for the printout</source>
        <translation>Hinweise für den Ausdruck</translation>
    </message>
    <message>
        <source>Preview of the emergency profile</source>
        <translation>Vorschau des Notfallprofils</translation>
    </message>
    <message>
        <source>&amp;Blood type:</source>
        <translation>&amp;Blutgruppe:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Hinweise:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the emergency profile</source>
        <translation>Das Notfallprofil drucken</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Save the emergency profile as PDF</source>
        <translation>Das Notfallprofil als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Wallet card PDF…</source>
        <translation>&amp;Brieftaschenkarte als PDF…</translation>
    </message>
    <message>
        <source>Save a wallet card as PDF</source>
        <translation>Eine Brieftaschenkarte als PDF speichern</translation>
    </message>
    <message>
        <source>Emergency card.pdf</source>
        <translation>Notfallkarte.pdf</translation>
    </message>
    <message>
        <source>Emergency profile.pdf</source>
        <translation>Notfallprofil.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>hearth::ui::EmergencyPrinter</name>
    <message>
        <source>Allergies: %1</source>
        <translation>Allergien: %1</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>keine bekannt</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Erkrankungen: %1</translation>
    </message>
    <message>
        <source>Blood type: %1</source>
        <translation>Blutgruppe: %1</translation>
    </message>
    <message>
        <source>Medications:</source>
        <translation>Medikamente:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>In an emergency call:</source>
        <translation>Im Notfall bitte anrufen:</translation>
    </message>
    <message>
        <source>EMERGENCY MEDICAL INFORMATION</source>
        <translation>MEDIZINISCHE NOTFALLINFORMATION</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren %1</translation>
    </message>
    <message>
        <source>Emergency medical information</source>
        <translation>Medizinische Notfallinformation</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Keine bekannten Allergien</translation>
    </message>
    <message>
        <source>Active conditions</source>
        <translation>Aktive Erkrankungen</translation>
    </message>
    <message>
        <source>No known conditions</source>
        <translation>Keine bekannten Erkrankungen</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>Aktuelle Medikamente</translation>
    </message>
    <message>
        <source>No current medications</source>
        <translation>Keine aktuellen Medikamente</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Notfallkontakte</translation>
    </message>
    <message>
        <source>No emergency contact given</source>
        <translation>Kein Notfallkontakt angegeben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>From Hearth, %1</source>
        <translation>Aus Hearth, %1</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ExportDialog</name>
    <message>
        <source>Export record</source>
        <translation>Akte exportieren</translation>
    </message>
    <message>
        <source>Export the record of %1 as a clinical document that other health programs and portals can read.</source>
        <translation>Die Akte von %1 als klinisches Dokument exportieren, das andere Gesundheitsprogramme und Portale lesen können.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>C-CDA &amp;CCD (Continuity of Care Document, most portals)</source>
        <translation>C-CDA &amp;CCD (Continuity of Care Document, die meisten Portale)</translation>
    </message>
    <message>
        <source>C-CDA CCD format</source>
        <translation>Format C-CDA CCD</translation>
    </message>
    <message>
        <source>ASTM CC&amp;R (Continuity of Care Record, older systems)</source>
        <translation>ASTM CC&amp;R (Continuity of Care Record, ältere Systeme)</translation>
    </message>
    <message>
        <source>ASTM CCR format</source>
        <translation>Format ASTM CCR</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recorded: the section says it has no information.</source>
        <translation>Nichts erfasst: Der Bereich gibt an, dass keine Angaben vorliegen.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>health-record</source>
        <translation>Gesundheitsakte</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Auswählen...</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Continuity of Care Record (*.xml *.ccr)</source>
        <translation>Continuity of Care Record (*.xml *.ccr)</translation>
    </message>
    <message>
        <source>Continuity of Care Document (*.xml *.ccd)</source>
        <translation>Continuity of Care Document (*.xml *.ccd)</translation>
    </message>
    <message>
        <source>Exported the record to %1.</source>
        <translation>Die Akte wurde nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported the record to %1; %n entry(ies) saying there is no allergy were left out (a CCR cannot say so; a CCD can).</source>
        <translation>
            <numerusform>Die Akte wurde nach %1 exportiert; %n Eintrag, der keine Allergie angibt, wurde weggelassen (ein CCR kann das nicht ausdrücken, ein CCD schon).</numerusform>
            <numerusform>Die Akte wurde nach %1 exportiert; %n Einträge, die keine Allergie angeben, wurden weggelassen (ein CCR kann das nicht ausdrücken, ein CCD schon).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::ui::FieldsForm</name>
    <message>
        <source>Fields:</source>
        <translation>Felder:</translation>
    </message>
    <message>
        <source>This entry holds no fields.</source>
        <translation>Dieser Eintrag enthält keine Felder.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::FilePreview</name>
    <message>
        <source>File preview</source>
        <translation>Dateivorschau</translation>
    </message>
    <message>
        <source>Preview picture</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <source>Preview details</source>
        <translation>Angaben zur Vorschau</translation>
    </message>
    <message>
        <source>Select a file to see it here.</source>
        <translation>Wählen Sie eine Datei aus, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>This file has no content.</source>
        <translation>Diese Datei hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>Too large to preview here; open it or save a copy.</source>
        <translation>Zu groß für eine Vorschau; öffnen Sie die Datei oder speichern Sie eine Kopie.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This PDF is damaged or protected; it has no preview.</source>
        <translation>Dieses PDF ist beschädigt oder geschützt; es gibt keine Vorschau.</translation>
    </message>
    <message>
        <source>This picture is damaged or in a format Hearth cannot show; it has no preview.</source>
        <translation>Dieses Bild ist beschädigt oder in einem Format, das Hearth nicht anzeigen kann; es gibt keine Vorschau.</translation>
    </message>
    <message>
        <source>No preview for this kind of file.</source>
        <translation>Für diese Art von Datei gibt es keine Vorschau.</translation>
    </message>
    <message>
        <source>%1
Size: %2
Type: %3
%4</source>
        <translation>%1
Größe: %2
Typ: %3
%4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>hearth::ui::FirstRunDialog</name>
    <message>
        <source>&amp;Use Hearth on this computer only</source>
        <translation>Hearth &amp;nur auf diesem Computer verwenden</translation>
    </message>
    <message>
        <source>Open a &amp;demo record</source>
        <translation>&amp;Demo-Akte öffnen</translation>
    </message>
    <message>
        <source>&amp;Sign in to a vault</source>
        <translation>Bei einem &amp;Tresor anmelden</translation>
    </message>
    <message>
        <source>Welcome to Hearth</source>
        <translation>Willkommen bei Hearth</translation>
    </message>
    <message>
        <source>Hearth keeps your family&apos;s health records on this computer, encrypted. How would you like to start?</source>
        <translation>Hearth bewahrt die Gesundheitsakten Ihrer Familie verschlüsselt auf diesem Computer auf. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Name of the first record</source>
        <translation>Name der ersten Akte</translation>
    </message>
    <message>
        <source>e.g. your own name</source>
        <translation>z. B. Ihr eigener Name</translation>
    </message>
    <message>
        <source>&amp;Whose record is it?</source>
        <translation>&amp;Wessen Akte ist es?</translation>
    </message>
    <message>
        <source>Use Hearth on this computer only</source>
        <translation>Hearth nur auf diesem Computer verwenden</translation>
    </message>
    <message>
        <source>Open a demo record</source>
        <translation>Demo-Akte öffnen</translation>
    </message>
    <message>
        <source>Sign in to a vault</source>
        <translation>Bei einem Tresor anmelden</translation>
    </message>
    <message>
        <source>Signing in to a vault is not part of this version of Hearth yet.</source>
        <translation>Die Anmeldung bei einem Tresor ist in dieser Version von Hearth noch nicht enthalten.</translation>
    </message>
    <message>
        <source>About signing in</source>
        <translation>Über die Anmeldung</translation>
    </message>
</context>
<context>
    <name>hearth::ui::HistoryDialog</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ImagesPage</name>
    <message numerus="yes">
        <source>%1 (%n earlier study/studies of this import were kept.)</source>
        <translation>
            <numerusform>%1 (%n frühere Studie dieses Imports wurde behalten.)</numerusform>
            <numerusform>%1 (%n frühere Studien dieses Imports wurden behalten.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Medical image study</source>
        <translation>Medizinische Bildstudie</translation>
    </message>
    <message>
        <source>No images or files yet. Import a study from a CD, a folder or a zip, or add any document or picture.</source>
        <translation>Noch keine Bilder oder Dateien. Importieren Sie eine Studie von einer CD, aus einem Ordner oder einem ZIP-Archiv, oder fügen Sie ein Dokument oder Bild hinzu.</translation>
    </message>
    <message>
        <source>&amp;Import a study...</source>
        <translation>Studie &amp;importieren...</translation>
    </message>
    <message>
        <source>&amp;Add a file...</source>
        <translation>Datei &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save a copy...</source>
        <translation>Kopie &amp;speichern...</translation>
    </message>
    <message>
        <source>Images and files</source>
        <translation>Bilder und Dateien</translation>
    </message>
    <message>
        <source>Page heading</source>
        <translation>Seitenüberschrift</translation>
    </message>
    <message>
        <source>No images or files</source>
        <translation>Keine Bilder oder Dateien</translation>
    </message>
    <message>
        <source>Import a study</source>
        <translation>Studie importieren</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Datei hinzufügen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Reading the images...</source>
        <translation>Die Bilder werden gelesen...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>No DICOM images were found there.</source>
        <translation>Dort wurden keine DICOM-Bilder gefunden.</translation>
    </message>
    <message>
        <source>Storing the images...</source>
        <translation>Die Bilder werden gespeichert...</translation>
    </message>
    <message>
        <source>Storing %1...</source>
        <translation>%1 wird gespeichert...</translation>
    </message>
    <message>
        <source>Storing progress</source>
        <translation>Speicherfortschritt</translation>
    </message>
    <message>
        <source>This entry is not a medical image study.</source>
        <translation>Dieser Eintrag ist keine medizinische Bildstudie.</translation>
    </message>
    <message>
        <source>Only a file can be saved as a copy; open a study to save its images.</source>
        <translation>Nur eine Datei kann als Kopie gespeichert werden; öffnen Sie eine Studie, um ihre Bilder zu speichern.</translation>
    </message>
    <message>
        <source>This file has no content.</source>
        <translation>Diese Datei hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>DICOMDIR, zip or DICOM file (*)</source>
        <translation>DICOMDIR, ZIP-Archiv oder DICOM-Datei (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>List and preview</source>
        <translation>Liste und Vorschau</translation>
    </message>
    <message>
        <source>Select a file to see it here.</source>
        <translation>Wählen Sie eine Datei aus, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>A medical image study: Open shows it in the viewer.</source>
        <translation>Eine medizinische Bildstudie: „Öffnen“ zeigt sie im Betrachter.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ImportReviewDialog</name>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Problems and conditions</source>
        <translation>Probleme und Erkrankungen</translation>
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
        <source>Vital signs</source>
        <translation>Vitalwerte</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Behandlungskontakte</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>route</source>
        <translation>Verabreichungsweg</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>whether it applies</source>
        <translation>ob es zutrifft</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Check &amp;new items</source>
        <translation>&amp;Neue Einträge anhaken</translation>
    </message>
    <message>
        <source>Check n&amp;one</source>
        <translation>&amp;Keinen anhaken</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Review the import</source>
        <translation>Den Import prüfen</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>vom %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Warning about the patient</source>
        <translation>Warnung zum Patienten</translation>
    </message>
    <message>
        <source>Items in the document</source>
        <translation>Einträge im Dokument</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>In the record</source>
        <translation>In der Akte</translation>
    </message>
    <message>
        <source>I&amp;tems</source>
        <translation>&amp;Einträge</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>Items or document</source>
        <translation>Einträge oder Dokument</translation>
    </message>
    <message>
        <source>Import the checked items</source>
        <translation>Die angehakten Einträge importieren</translation>
    </message>
    <message>
        <source>Check the new items</source>
        <translation>Die neuen Einträge anhaken</translation>
    </message>
    <message>
        <source>Uncheck all items</source>
        <translation>Alle Haken entfernen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Den Import abbrechen</translation>
    </message>
    <message>
        <source>Not: %1</source>
        <translation>Nicht: %1</translation>
    </message>
    <message>
        <source>Not kept (no place in a record)</source>
        <translation>Nicht übernommen (kein Platz in einer Akte)</translation>
    </message>
    <message>
        <source>Not kept (says it was not given)</source>
        <translation>Nicht übernommen (laut Dokument nicht verabreicht)</translation>
    </message>
    <message>
        <source>Not kept (incomplete)</source>
        <translation>Nicht übernommen (unvollständig)</translation>
    </message>
    <message>
        <source>Listed twice; once is enough</source>
        <translation>Doppelt aufgeführt; einmal genügt</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <translation>Abweichend: %1</translation>
    </message>
    <message>
        <source>The record has this item with another %1. Checking it adds the document&apos;s version beside it.</source>
        <translation>Die Akte enthält diesen Eintrag mit anderen Angaben (%1). Wird er angehakt, kommt die Fassung des Dokuments daneben hinzu.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag &amp;importieren</numerusform>
            <numerusform>%n Einträge &amp;importieren</numerusform>
        </translation>
    </message>
</context>
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
    <message>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>Hauptbereich</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Wartende Änderungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Akten</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Seite</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n wartende Änderung</numerusform>
            <numerusform>%n wartende Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>Keine wartenden Änderungen</translation>
    </message>
    <message>
        <source>&amp;Import document...</source>
        <translation>Dokument &amp;importieren...</translation>
    </message>
    <message>
        <source>Import a clinical document</source>
        <translation>Ein klinisches Dokument importieren</translation>
    </message>
    <message>
        <source>Clinical documents (*.xml *.ccd *.cda *.ccr *.XML);;All files (*)</source>
        <translation>Klinische Dokumente (*.xml *.ccd *.cda *.ccr *.XML);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1.</source>
        <translation>
            <numerusform>%n Eintrag aus %1 importiert.</numerusform>
            <numerusform>%n Einträge aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export record...</source>
        <translation>Akte &amp;exportieren...</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Connecting to the vault...</source>
        <translation>Verbindung zum Tresor wird hergestellt...</translation>
    </message>
    <message numerus="yes">
        <source>Syncing record %1 of %2: %n item(s) received</source>
        <translation>
            <numerusform>Akte %1 von %2 wird synchronisiert: %n Eintrag empfangen</numerusform>
            <numerusform>Akte %1 von %2 wird synchronisiert: %n Einträge empfangen</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Wird synchronisiert...</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Auf dem neuesten Stand</translation>
    </message>
    <message>
        <source>Up to date, last sync %1</source>
        <translation>Auf dem neuesten Stand, zuletzt synchronisiert %1</translation>
    </message>
    <message numerus="yes">
        <source>Offline: the vault cannot be reached, next try in %n second(s)</source>
        <translation>
            <numerusform>Offline: Der Tresor ist nicht erreichbar, nächster Versuch in %n Sekunde</numerusform>
            <numerusform>Offline: Der Tresor ist nicht erreichbar, nächster Versuch in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the vault cannot be reached</source>
        <translation>Offline: Der Tresor ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Last sync at %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
</context>
<context>
    <name>hearth::ui::MeasurementChart</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Measurement chart</source>
        <translation>Messwert-Diagramm</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Export the chart as a PNG image</source>
        <translation>Das Diagramm als PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>Value under the mouse</source>
        <translation>Wert unter der Maus</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5 Jahre</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>No measurements in this range</source>
        <translation>Keine Messwerte in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>A measurement under the mouse: date, value and unit (&quot;3 Mar 2024: 72.5 kg&quot;).</extracomment>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 chart.png</source>
        <extracomment>Default file name of an exported chart; %1 is the measurement, e.g. &quot;Weight&quot;.</extracomment>
        <translation>%1-Diagramm.png</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>%1 konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>hearth::ui::MeasurementEdit</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
</context>
<context>
    <name>hearth::ui::MeasurementKinds</name>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Blutdruck</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>Blutzucker</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation>Körpertemperatur</translation>
    </message>
    <message>
        <source>Cholesterol</source>
        <translation>Cholesterin</translation>
    </message>
    <message>
        <source>HbA1c</source>
        <translation>HbA1c</translation>
    </message>
    <message>
        <source>Oxygen saturation</source>
        <translation>Sauerstoffsättigung</translation>
    </message>
    <message>
        <source>Systolic</source>
        <translation>Systolisch</translation>
    </message>
    <message>
        <source>Diastolic</source>
        <translation>Diastolisch</translation>
    </message>
    <message>
        <source>bpm</source>
        <translation>/min</translation>
    </message>
    <message>
        <source>Normal systolic</source>
        <translation>Normal systolisch</translation>
    </message>
    <message>
        <source>Normal diastolic</source>
        <translation>Normal diastolisch</translation>
    </message>
    <message>
        <source>Normal fasting glucose</source>
        <translation>Normaler Nüchternblutzucker</translation>
    </message>
    <message>
        <source>Normal resting heart rate</source>
        <translation>Normaler Ruhepuls</translation>
    </message>
    <message>
        <source>Normal body temperature</source>
        <translation>Normale Körpertemperatur</translation>
    </message>
    <message>
        <source>Desirable cholesterol</source>
        <translation>Wünschenswertes Cholesterin</translation>
    </message>
    <message>
        <source>Normal HbA1c</source>
        <translation>Normaler HbA1c</translation>
    </message>
    <message>
        <source>Normal oxygen saturation</source>
        <translation>Normale Sauerstoffsättigung</translation>
    </message>
</context>
<context>
    <name>hearth::ui::MeasurementsPage</name>
    <message>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>Kinds of measurement</source>
        <translation>Arten von Messwerten</translation>
    </message>
    <message>
        <source>Entries of the measurement</source>
        <translation>Einträge des Messwerts</translation>
    </message>
</context>
<context>
    <name>hearth::ui::MedicationForm</name>
    <message>
        <source>e.g. 10 mg</source>
        <translation>z. B. 10 mg</translation>
    </message>
    <message>
        <source>e.g. 1 tablet</source>
        <translation>z. B. 1 Tablette</translation>
    </message>
    <message>
        <source>e.g. once daily</source>
        <translation>z. B. einmal täglich</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>&amp;Stärke:</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Wie oft:</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <source>&amp;What for:</source>
        <translation>&amp;Wofür:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Begonnen:</translation>
    </message>
    <message>
        <source>St&amp;opped:</source>
        <translation>Ab&amp;gesetzt:</translation>
    </message>
    <message>
        <source>Enter the name of the medication.</source>
        <translation>Geben Sie den Namen des Medikaments ein.</translation>
    </message>
    <message>
        <source>The medication cannot stop before it started.</source>
        <translation>Das Medikament kann nicht abgesetzt werden, bevor es begonnen wurde.</translation>
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
        <source>Images and files</source>
        <translation>Bilder und Dateien</translation>
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
        <source>Set the picture...</source>
        <translation>Bild festlegen...</translation>
    </message>
    <message>
        <source>There is no record to set the picture of.</source>
        <translation>Es gibt keine Akte, deren Bild festgelegt werden kann.</translation>
    </message>
    <message>
        <source>This picture could not be read: %1</source>
        <translation>Dieses Bild konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The picture could not be prepared.</source>
        <translation>Das Bild konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Set the picture</source>
        <translation>Bild festlegen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>Picture not set</source>
        <translation>Bild nicht festgelegt</translation>
    </message>
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
    <message>
        <source>Picture of %1</source>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <source>The chosen square does not fit in the picture.</source>
        <translation>Das gewählte Quadrat passt nicht in das Bild.</translation>
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
    <name>hearth::ui::SquareCropArea</name>
    <message>
        <source>Picture crop</source>
        <translation>Bildausschnitt</translation>
    </message>
    <message>
        <source>Drag to move or draw the square; arrow keys move it, plus and minus change its size.</source>
        <translation>Ziehen Sie, um das Quadrat zu verschieben oder aufzuziehen; die Pfeiltasten verschieben es, Plus und Minus ändern seine Größe.</translation>
    </message>
</context>
<context>
    <name>hearth::ui::SquareCropDialog</name>
    <message>
        <source>Choose the square of the picture</source>
        <translation>Quadratischen Bildausschnitt wählen</translation>
    </message>
    <message>
        <source>Crop the picture</source>
        <translation>Bild zuschneiden</translation>
    </message>
    <message>
        <source>Drag to move or draw the square; arrow keys move it, + and - change its size.</source>
        <translation>Ziehen Sie, um das Quadrat zu verschieben oder aufzuziehen; die Pfeiltasten verschieben es, + und - ändern seine Größe.</translation>
    </message>
    <message>
        <source>How to crop</source>
        <translation>So schneiden Sie zu</translation>
    </message>
    <message>
        <source>Crop buttons</source>
        <translation>Schaltflächen zum Zuschneiden</translation>
    </message>
</context>
<context>
    <name>hearth::ui::StoreThingRepository</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The entry could not be deleted: %1</source>
        <translation>Der Eintrag konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>hearth::ui::Suggestions</name>
    <message>
        <source>Albuterol</source>
        <translation>Salbutamol</translation>
    </message>
    <message>
        <source>Amoxicillin</source>
        <translation>Amoxicillin</translation>
    </message>
    <message>
        <source>Atorvastatin</source>
        <translation>Atorvastatin</translation>
    </message>
    <message>
        <source>Ibuprofen</source>
        <translation>Ibuprofen</translation>
    </message>
    <message>
        <source>Levothyroxine</source>
        <translation>Levothyroxin</translation>
    </message>
    <message>
        <source>Lisinopril</source>
        <translation>Lisinopril</translation>
    </message>
    <message>
        <source>Metformin</source>
        <translation>Metformin</translation>
    </message>
    <message>
        <source>Omeprazole</source>
        <translation>Omeprazol</translation>
    </message>
    <message>
        <source>By mouth</source>
        <translation>Zum Einnehmen</translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation>Inhalation</translation>
    </message>
    <message>
        <source>On the skin</source>
        <translation>Auf der Haut</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injektion</translation>
    </message>
    <message>
        <source>Under the tongue</source>
        <translation>Unter die Zunge</translation>
    </message>
    <message>
        <source>Eye drops</source>
        <translation>Augentropfen</translation>
    </message>
    <message>
        <source>Nasal spray</source>
        <translation>Nasenspray</translation>
    </message>
    <message>
        <source>Penicillin</source>
        <translation>Penicillin</translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation>Erdnüsse</translation>
    </message>
    <message>
        <source>Tree nuts</source>
        <translation>Baumnüsse</translation>
    </message>
    <message>
        <source>Shellfish</source>
        <translation>Schalentiere</translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Milk</source>
        <translation>Milch</translation>
    </message>
    <message>
        <source>Bee stings</source>
        <translation>Bienenstiche</translation>
    </message>
    <message>
        <source>Latex</source>
        <translation>Latex</translation>
    </message>
    <message>
        <source>Grass pollen</source>
        <translation>Gräserpollen</translation>
    </message>
    <message>
        <source>House dust mites</source>
        <translation>Hausstaubmilben</translation>
    </message>
    <message>
        <source>Cats</source>
        <translation>Katzen</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Lebensmittel</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umwelt</translation>
    </message>
    <message>
        <source>Animal</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Insect</source>
        <translation>Insekt</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Pflanze</translation>
    </message>
    <message>
        <source>Hives</source>
        <translation>Nesselsucht</translation>
    </message>
    <message>
        <source>Rash</source>
        <translation>Ausschlag</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>Itching</source>
        <translation>Juckreiz</translation>
    </message>
    <message>
        <source>Wheezing</source>
        <translation>Pfeifende Atmung</translation>
    </message>
    <message>
        <source>Runny nose</source>
        <translation>Laufende Nase</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>Anaphylaxis</source>
        <translation>Anaphylaxie</translation>
    </message>
</context>
<context>
    <name>hearth::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Page heading</source>
        <translation>Seitenüberschrift</translation>
    </message>
    <message>
        <source>Latest vitals</source>
        <translation>Neueste Vitalwerte</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>Aktuelle Medikamente</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Active conditions</source>
        <translation>Aktive Erkrankungen</translation>
    </message>
    <message>
        <source>Recent entries</source>
        <translation>Neueste Einträge</translation>
    </message>
    <message>
        <source>first measurement</source>
        <translation>erste Messung</translation>
    </message>
    <message>
        <source>up</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>down</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No current medications</source>
        <translation>Keine aktuellen Medikamente</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Keine bekannten Allergien</translation>
    </message>
    <message>
        <source>No active conditions</source>
        <translation>Keine aktiven Erkrankungen</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ThingEditing</name>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Blutdruck</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Entry of an unknown type</source>
        <translation>Eintrag unbekannter Art</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>You can undo this with Edit › Undo.</source>
        <translation>Sie können das mit Bearbeiten › Rückgängig widerrufen.</translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation>Löschen bestätigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>Immunization</source>
        <translation>Impfung</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Laborergebnisse</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>Blutzucker</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Medical images</source>
        <translation>Medizinische Bilder</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ThingEditorDialog</name>
    <message>
        <source>New entry: %1</source>
        <extracomment>Dialog title; %1 is the type, e.g. &quot;New weight&quot; / &quot;Weight&quot;.</extracomment>
        <translation>Neuer Eintrag: %1</translation>
    </message>
    <message>
        <source>Why this entry cannot be changed</source>
        <translation>Warum dieser Eintrag nicht geändert werden kann</translation>
    </message>
    <message>
        <source>Hearth has no editor for this type of entry; these are the fields it holds.</source>
        <translation>Hearth hat keinen Editor für diese Art von Eintrag; dies sind die Felder, die er enthält.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ThingForm</name>
    <message>
        <source>This entry is read-only: the application that wrote it marked it so, and only it can change it.</source>
        <translation>Dieser Eintrag ist schreibgeschützt: Die Anwendung, die ihn geschrieben hat, hat ihn so markiert, und nur sie kann ihn ändern.</translation>
    </message>
    <message>
        <source>This entry is digitally signed; a change would break the signature.</source>
        <translation>Dieser Eintrag ist digital signiert; eine Änderung würde die Signatur ungültig machen.</translation>
    </message>
    <message>
        <source>You may read this entry but not change it.</source>
        <translation>Sie dürfen diesen Eintrag lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ThingListPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Page heading</source>
        <translation>Seitenüberschrift</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>Letzte 5 Jahre</translation>
    </message>
    <message>
        <source>Current or past</source>
        <translation>Aktuell oder vergangen</translation>
    </message>
    <message>
        <source>Current and past</source>
        <translation>Aktuell und vergangen</translation>
    </message>
    <message>
        <source>Current only</source>
        <translation>Nur aktuelle</translation>
    </message>
    <message>
        <source>Past only</source>
        <translation>Nur vergangene</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Earlier versions of the selected entry</source>
        <translation>Frühere Versionen des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Type of the new entry</source>
        <translation>Art des neuen Eintrags</translation>
    </message>
</context>
<context>
    <name>hearth::ui::ThingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>hearth::ui::VaultSession</name>
    <message>
        <source>&amp;Sign in to a vault...</source>
        <translation>Bei einem &amp;Tresor anmelden...</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Authorize another record...</source>
        <translation>Weitere Akte &amp;freigeben...</translation>
    </message>
    <message>
        <source>Sign &amp;out of this vault...</source>
        <translation>Von diesem Tresor &amp;abmelden...</translation>
    </message>
    <message>
        <source>Sign in to a vault</source>
        <translation>Bei einem Tresor anmelden</translation>
    </message>
    <message>
        <source>Address of the vault (ask the person who runs it):</source>
        <translation>Adresse des Tresors (fragen Sie die Person, die ihn betreibt):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vault address. It looks like https://vault.example.org or http://127.0.0.1:8080.</source>
        <translation>„%1“ ist keine Tresoradresse. Eine solche sieht aus wie https://vault.example.org oder http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Hearth is signed in to a vault already. Sign out of it first.</source>
        <translation>Hearth ist bereits bei einem Tresor angemeldet. Melden Sie sich dort zuerst ab.</translation>
    </message>
    <message>
        <source>There is no system keychain, and Hearth keeps a vault sign-in nowhere else. Start Hearth in a desktop session with a keychain to sign in.</source>
        <translation>Es gibt keinen Systemschlüsselbund, und Hearth speichert eine Tresoranmeldung nirgendwo sonst. Starten Sie Hearth in einer Desktopsitzung mit Schlüsselbund, um sich anzumelden.</translation>
    </message>
    <message>
        <source>The vault at %1 uses a certificate that this computer does not trust. Trust it only if the vault shows this same fingerprint:

%2</source>
        <translation>Der Tresor unter %1 verwendet ein Zertifikat, dem dieser Computer nicht vertraut. Vertrauen Sie ihm nur, wenn der Tresor genau diesen Fingerabdruck anzeigt:

%2</translation>
    </message>
    <message>
        <source>The vault at %1 could not start the sign-in: %2</source>
        <translation>Der Tresor unter %1 konnte die Anmeldung nicht beginnen: %2</translation>
    </message>
    <message>
        <source>The sign-in did not finish: %1</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>The sign-in could not be kept in the system keychain, so Hearth is not signed in: %1</source>
        <translation>Die Anmeldung konnte nicht im Systemschlüsselbund gespeichert werden, daher ist Hearth nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>The authorized records could not be stored: %1</source>
        <translation>Die freigegebenen Akten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Authorize another record</source>
        <translation>Weitere Akte freigeben</translation>
    </message>
    <message>
        <source>The vault could not be reached: %1</source>
        <translation>Der Tresor war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The records could not be read again: %1</source>
        <translation>Die Akten konnten nicht neu gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sign out of the vault at %1? Hearth stops syncing and the vault no longer lets this computer read your records.</source>
        <translation>Vom Tresor unter %1 abmelden? Hearth synchronisiert dann nicht mehr, und der Tresor lässt diesen Computer Ihre Akten nicht mehr lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here have not reached the vault and will not be sent.</source>
        <translation>
            <numerusform>%n hier vorgenommene Änderung hat den Tresor noch nicht erreicht und wird nicht mehr gesendet.</numerusform>
            <numerusform>%n hier vorgenommene Änderungen haben den Tresor noch nicht erreicht und werden nicht mehr gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out of this vault</source>
        <translation>Von diesem Tresor abmelden</translation>
    </message>
    <message>
        <source>The vault could not be told (%1). Forget the sign-in on this computer anyway? The vault then still lists Hearth as allowed until you remove it there.</source>
        <translation>Der Tresor konnte nicht benachrichtigt werden (%1). Die Anmeldung auf diesem Computer trotzdem vergessen? Der Tresor führt Hearth dann weiter als berechtigt, bis Sie es dort entfernen.</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the system keychain: %1</source>
        <translation>Die Anmeldung konnte nicht aus dem Systemschlüsselbund entfernt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n record(s) from the vault from this computer too? They stay in the vault.</source>
        <translation>
            <numerusform>%n Akte aus dem Tresor auch von diesem Computer löschen? Im Tresor bleibt sie erhalten.</numerusform>
            <numerusform>%n Akten aus dem Tresor auch von diesem Computer löschen? Im Tresor bleiben sie erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>A record could not be deleted: %1</source>
        <translation>Eine Akte konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>hearth::ui::WeightForm</name>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Enter the weight as a number, e.g. 72.5.</source>
        <translation>Geben Sie das Gewicht als Zahl ein, z. B. 72,5.</translation>
    </message>
    <message>
        <source>A weight between 0.2 and 650 kg, please.</source>
        <translation>Bitte ein Gewicht zwischen 0,2 und 650 kg.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>Dieses Datum liegt in der Zukunft.</translation>
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
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>There is no system keychain. Choose a passphrase that protects your records:</source>
        <translation>Es gibt keinen Systemschlüsselbund. Wählen Sie eine Passphrase, die Ihre Akten schützt:</translation>
    </message>
    <message>
        <source>Passphrase of your records:</source>
        <translation>Passphrase Ihrer Akten:</translation>
    </message>
    <message>
        <source>Use the profile in this folder.</source>
        <translation>Das Profil in diesem Ordner verwenden.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Start on a demo record when the profile has none.</source>
        <translation>Mit einer Demo-Akte beginnen, wenn das Profil keine Akte hat.</translation>
    </message>
    <message>
        <source>Alex Example (demo)</source>
        <translation>Alex Beispiel (Demo)</translation>
    </message>
    <message>
        <source>There is no system keychain. Type a passphrase that protects your records:</source>
        <translation>Es gibt keinen Systemschlüsselbund. Geben Sie eine Passphrase ein, die Ihre Akten schützt:</translation>
    </message>
    <message>
        <source>Import the clinical documents (CCD, C-CDA, CDA, CCR) given as arguments without a window: every new item, one line per file.</source>
        <translation>Die als Argumente angegebenen klinischen Dokumente (CCD, C-CDA, CDA, CCR) ohne Fenster importieren: jeden neuen Eintrag, eine Zeile pro Datei.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>With --import: import a document even when its patient is not the record&apos;s.</source>
        <translation>Mit --import: ein Dokument auch dann importieren, wenn es einen anderen Patienten als die Akte betrifft.</translation>
    </message>
    <message>
        <source>Documents to import (with --import).</source>
        <translation>Zu importierende Dokumente (mit --import).</translation>
    </message>
    <message>
        <source>--import needs at least one file.</source>
        <translation>--import braucht mindestens eine Datei.</translation>
    </message>
    <message>
        <source>Export a record to this file as a clinical document without a window.</source>
        <translation>Eine Akte ohne Fenster als klinisches Dokument in diese Datei exportieren.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>With --export: ccd (C-CDA, the default) or ccr.</source>
        <translation>Mit --export: ccd (C-CDA, Standard) oder ccr.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>With --import or --export: the record (name or number) to import into or to export.</source>
        <translation>Mit --import oder --export: die Akte (Name oder Nummer), in die importiert oder die exportiert wird.</translation>
    </message>
    <message>
        <source>--export takes one file and no other files, nor --import.</source>
        <translation>--export nimmt genau eine Datei und weder weitere Dateien noch --import.</translation>
    </message>
    <message>
        <source>--format is for --export.</source>
        <translation>--format gehört zu --export.</translation>
    </message>
    <message>
        <source>Files and --record are for --import or --export; see hearth --help.</source>
        <translation>Dateien und --record gehören zu --import oder --export; siehe hearth --help.</translation>
    </message>
</context>
</TS>
