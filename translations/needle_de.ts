<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Needle</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>A source needs a name without &quot;/&quot;.</source>
        <translation>Eine Quelle braucht einen Namen ohne „/“.</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>Die Abfrage ist leer.</translation>
    </message>
    <message>
        <source>There is already a source named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Quelle namens „%1“.</translation>
    </message>
    <message>
        <source>There is no KPI &quot;%1&quot;.</source>
        <translation>Es gibt keine Kennzahl „%1“.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; added: %2.</source>
        <translation>Quelle „%1“ hinzugefügt: %2.</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>nie gelaufen</translation>
    </message>
    <message>
        <source>There is no source named &quot;%1&quot;.</source>
        <translation>Es gibt keine Quelle namens „%1“.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; removed; the values it wrote stay (undo-import removes them).</source>
        <translation>Quelle „%1“ entfernt; die von ihr geschriebenen Werte bleiben (undo-import entfernt sie).</translation>
    </message>
    <message>
        <source>The workspace has no data sources.</source>
        <translation>Der Arbeitsbereich hat keine Datenquellen.</translation>
    </message>
    <message>
        <source>%1: the refresh failed. Nothing was written.</source>
        <translation>%1: Die Aktualisierung ist fehlgeschlagen. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>&quot;systemctl --user %1&quot; failed: %2</source>
        <translation>„systemctl --user %1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>An export job needs a name of its own.</source>
        <translation>Ein Exportauftrag braucht einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Export job &quot;%1&quot; added: %2 into %3.</source>
        <translation>Exportauftrag „%1“ hinzugefügt: %2 nach %3.</translation>
    </message>
    <message>
        <source>There is no export job named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Exportauftrag namens „%1“.</translation>
    </message>
    <message>
        <source>%1: another runner is at work on it; nothing was run.</source>
        <translation>%1: Ein anderer Lauf arbeitet bereits daran; nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <source>%1: nothing is due.</source>
        <translation>%1: Nichts ist fällig.</translation>
    </message>
    <message>
        <source>%1 is not a workspace file.</source>
        <translation>%1 ist keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>systemd is not running here: add this line with &quot;crontab -e&quot;:</source>
        <translation>systemd läuft hier nicht: Fügen Sie diese Zeile mit „crontab -e“ hinzu:</translation>
    </message>
    <message>
        <source>systemd is not running here: remove the line that calls run-due for %1 with &quot;crontab -e&quot;.</source>
        <translation>systemd läuft hier nicht: Entfernen Sie die Zeile, die run-due für %1 aufruft, mit „crontab -e“.</translation>
    </message>
    <message>
        <source>The timer %1 runs run-due (%2).</source>
        <translation>Der Timer %1 führt run-due aus (%2).</translation>
    </message>
    <message>
        <source>Enable it with: systemctl --user enable --now %1</source>
        <translation>Aktivieren Sie ihn mit: systemctl --user enable --now %1</translation>
    </message>
    <message>
        <source>No timer was installed for %1.</source>
        <translation>Für %1 war kein Timer eingerichtet.</translation>
    </message>
</context>
<context>
    <name>Needle::ActionItemModel</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
</context>
<context>
    <name>Needle::ActionItemsWindow</name>
    <message>
        <source>Action items — %1</source>
        <translation>Aufgaben — %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>Needle::AddValueDialog</name>
    <message>
        <source>Add Value: %1</source>
        <translation>Wert hinzufügen: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>This date already has a value; adding replaces it.</source>
        <translation>Für dieses Datum gibt es schon einen Wert; Hinzufügen ersetzt ihn.</translation>
    </message>
</context>
<context>
    <name>Needle::Agenda</name>
    <message>
        <source>The one metric that matters</source>
        <translation>Die eine Kennzahl, die zählt</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>New anomaly to judge</source>
        <translation>Neue Anomalie zu bewerten</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>No recent value</source>
        <translation>Kein aktueller Wert</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Zur Information</translation>
    </message>
    <message>
        <source>Added to the agenda</source>
        <translation>Zur Tagesordnung hinzugefügt</translation>
    </message>
</context>
<context>
    <name>Needle::AgendaDelegate</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>Needle::AgendaDialog</name>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>&amp;Start meeting</source>
        <translation>Besprechung &amp;starten</translation>
    </message>
    <message>
        <source>Agenda — %1</source>
        <translation>Tagesordnung — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: the period from %3 to %4. Changes are saved as you make them.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: der Zeitraum vom %3 bis %4. Änderungen werden sofort gespeichert.</translation>
    </message>
</context>
<context>
    <name>Needle::AgendaEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Drag to reorder (or Alt+Up, Alt+Down); untick or press Delete to skip; double-click or Enter to show it.</source>
        <translation>Zum Umordnen ziehen (oder Alt+Auf, Alt+Ab); Haken entfernen oder Entf zum Überspringen; Doppelklick oder Eingabe zeigt den Punkt.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>KPI to add</source>
        <translation>Hinzuzufügende Kennzahl</translation>
    </message>
    <message>
        <source>&amp;Add KPI</source>
        <translation>Kennzahl &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Adds the chosen KPI after the item on screen.</source>
        <translation>Fügt die gewählte Kennzahl nach dem angezeigten Punkt ein.</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Every KPI is on the agenda</source>
        <translation>Alle Kennzahlen stehen auf der Tagesordnung</translation>
    </message>
    <message>
        <source>Put &amp;back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>Sk&amp;ip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
</context>
<context>
    <name>Needle::AgendaModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (skipped)</source>
        <translation> (übersprungen)</translation>
    </message>
    <message>
        <source>%1 is skipped: the slides pass over it. Tick it to put it back.</source>
        <translation>%1 wird übersprungen: die Folien lassen es aus. Zum Zurückholen abhaken.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n KPIs on the agenda</source>
        <translation>
            <numerusform>%n Kennzahl auf der Tagesordnung verschieben</numerusform>
            <numerusform>%n Kennzahlen auf der Tagesordnung verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::Analysis</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
</context>
<context>
    <name>Needle::BenchmarkModel</name>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>Needle::BenchmarksDialog</name>
    <message>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <source>Benchmarks: %1</source>
        <translation>Benchmarks: %1</translation>
    </message>
    <message>
        <source>Edit benchmark</source>
        <translation>Benchmark bearbeiten</translation>
    </message>
    <message>
        <source>New benchmark</source>
        <translation>Neuer Benchmark</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>e.g. SaaS median, top quartile</source>
        <translation>z. B. SaaS-Median, oberes Quartil</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Report, survey or URL the value comes from</source>
        <translation>Bericht, Umfrage oder URL, aus der der Wert stammt</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Stand:</translation>
    </message>
</context>
<context>
    <name>Needle::CapturePanel</name>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Flagged value</source>
        <translation>Markierter Wert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>What was said (Enter saves, Esc closes)</source>
        <translation>Was gesagt wurde (Enter speichert, Esc schließt)</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>What was decided (Enter saves, Esc closes)</source>
        <translation>Was entschieden wurde (Enter speichert, Esc schließt)</translation>
    </message>
    <message>
        <source>Action item:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>What is to be done (Enter saves, Esc closes)</source>
        <translation>Was zu tun ist (Enter speichert, Esc schließt)</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Einschätzung:</translation>
    </message>
    <message>
        <source>The explanation (Enter saves, Esc closes)</source>
        <translation>Die Erklärung (Enter speichert, Esc schließt)</translation>
    </message>
    <message>
        <source>Owner…</source>
        <translation>Verantwortlich …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Notiz gespeichert</translation>
    </message>
    <message>
        <source>Decision saved</source>
        <translation>Entscheidung gespeichert</translation>
    </message>
    <message>
        <source>Action item saved</source>
        <translation>Aufgabe gespeichert</translation>
    </message>
    <message>
        <source>Nothing is flagged on this KPI in the period under review.</source>
        <translation>Für diesen KPI ist im betrachteten Zeitraum nichts markiert.</translation>
    </message>
    <message>
        <source>Verdict saved</source>
        <translation>Einschätzung gespeichert</translation>
    </message>
</context>
<context>
    <name>Needle::CellValues</name>
    <message>
        <source>The date is not valid.</source>
        <translation>Das Datum ist ungültig.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Das Datum fehlt.</translation>
    </message>
    <message>
        <source>%1 is a number, not a date.</source>
        <translation>%1 ist eine Zahl, kein Datum.</translation>
    </message>
    <message>
        <source>A true/false cell is not a date.</source>
        <translation>Eine Wahr/Falsch-Zelle ist kein Datum.</translation>
    </message>
    <message>
        <source>The cell holds the error %1.</source>
        <translation>Die Zelle enthält den Fehler %1.</translation>
    </message>
    <message>
        <source>The value is not a finite number.</source>
        <translation>Der Wert ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>The value is missing.</source>
        <translation>Der Wert fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number.</source>
        <translation>„%1“ ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>A true/false cell is not a number.</source>
        <translation>Eine Wahr/Falsch-Zelle ist keine Zahl.</translation>
    </message>
    <message>
        <source>A date is not a value.</source>
        <translation>Ein Datum ist kein Wert.</translation>
    </message>
</context>
<context>
    <name>Needle::ChangeLogDialog</name>
    <message>
        <source>Change log: %1</source>
        <translation>Änderungsprotokoll: %1</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
</context>
<context>
    <name>Needle::ChangeLogModel</name>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Zu</translation>
    </message>
</context>
<context>
    <name>Needle::ChangeLogText</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation>Früh- oder Spätindikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Dezimalstellen</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>One metric that matters</source>
        <translation>Die eine Kennzahl, die zählt</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Anomaly sensitivity</source>
        <translation>Empfindlichkeit für Anomalien</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Band from</source>
        <translation>Band von</translation>
    </message>
    <message>
        <source>Band to</source>
        <translation>Band bis</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Benchmark value</source>
        <translation>Vergleichswert</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Needle::CheckReport</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>formula error</source>
        <translation>Formelfehler</translation>
    </message>
    <message>
        <source>anomalies: %1</source>
        <translation>Anomalien: %1</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>flatline</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>off pace</source>
        <translation>hinter dem Plan</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>As of %1; anomalies from %2 to %3.</source>
        <translation>Stand %1; Anomalien vom %2 bis %3.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue action items: %n</source>
        <translation>
            <numerusform>Überfällige Aufgaben: %n</numerusform>
            <numerusform>Überfällige Aufgaben: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1, %2: %3</source>
        <translation>fällig %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Needle::ColumnMapping</name>
    <message>
        <source>Long (one row per value)</source>
        <translation>Lang (eine Zeile je Wert)</translation>
    </message>
    <message>
        <source>Wide (one column per KPI)</source>
        <translation>Breit (eine Spalte je KPI)</translation>
    </message>
    <message>
        <source>Transposed (one row per KPI)</source>
        <translation>Transponiert (eine Zeile je KPI)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Choose the column that names the KPI.</source>
        <translation>Wählen Sie die Spalte, die den KPI nennt.</translation>
    </message>
    <message>
        <source>Choose the column that holds the dates.</source>
        <translation>Wählen Sie die Spalte mit den Daten (Datumsangaben).</translation>
    </message>
    <message>
        <source>Choose the column that holds the values.</source>
        <translation>Wählen Sie die Spalte mit den Werten.</translation>
    </message>
    <message>
        <source>Choose at least one column of KPI values.</source>
        <translation>Wählen Sie mindestens eine Spalte mit KPI-Werten.</translation>
    </message>
    <message>
        <source>Choose at least one column of period values.</source>
        <translation>Wählen Sie mindestens eine Spalte mit Werten eines Zeitraums.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named &quot;%3&quot;: rename one in the file or set one to %4.</source>
        <translation>Die Spalten %1 und %2 heißen beide „%3“: benennen Sie eine in der Datei um oder setzen Sie eine auf %4.</translation>
    </message>
    <message>
        <source> (both named &quot;%1&quot;)</source>
        <translation> (beide heißen „%1“)</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both mean %3%4: set the one not to import to %5.</source>
        <translation>Die Spalten %1 und %2 bedeuten beide %3%4: setzen Sie die nicht zu importierende auf %5.</translation>
    </message>
</context>
<context>
    <name>Needle::CommandLine</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Die Option --%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1&quot;. See needle --help.</source>
        <translation>Falsche Anzahl von Argumenten für „%1“. Siehe needle --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See needle --help.</source>
        <translation>Unbekannter Befehl „%1“. Siehe needle --help.</translation>
    </message>
    <message>
        <source>The batch must be a positive number, not &quot;%1&quot;.</source>
        <translation>Der Importlauf muss eine positive Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>Die Option --%1 gilt nicht für „%2“.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <source>--lang takes a language code such as de, fr or es, not &quot;%1&quot;.</source>
        <translation>--lang erwartet einen Sprachcode wie de, fr oder es, nicht „%1“.</translation>
    </message>
    <message>
        <source>--layout takes auto, long or wide, not &quot;%1&quot;.</source>
        <translation>--layout erwartet auto, long oder wide, nicht „%1“.</translation>
    </message>
    <message>
        <source>--rollup takes day, week, month or quarter, not &quot;%1&quot;.</source>
        <translation>--rollup erwartet day, week, month oder quarter, nicht „%1“.</translation>
    </message>
    <message>
        <source>--meeting takes a meeting number, not &quot;%1&quot;.</source>
        <translation>--meeting erwartet die Nummer einer Besprechung, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet ein Datum als JJJJ-MM-TT, nicht „%2“.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2, not &quot;%3&quot;.</source>
        <translation>„%1“ erwartet %2, nicht „%3“.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1 %2&quot;. See needle --help.</source>
        <translation>Falsche Anzahl von Argumenten für „%1 %2“. Siehe needle --help.</translation>
    </message>
    <message>
        <source>source add needs --url.</source>
        <translation>source add braucht --url.</translation>
    </message>
    <message>
        <source>source add needs either --query or --query-file.</source>
        <translation>source add braucht entweder --query oder --query-file.</translation>
    </message>
    <message>
        <source>A source feeds one KPI (--kpi) or names them in its query.</source>
        <translation>Eine Quelle speist eine Kennzahl (--kpi) oder nennt sie in ihrer Abfrage.</translation>
    </message>
    <message>
        <source>export-job add needs --kind, --folder and --when.</source>
        <translation>export-job add braucht --kind, --folder und --when.</translation>
    </message>
    <message>
        <source>--kind takes pdf or check, not &quot;%1&quot;.</source>
        <translation>--kind erwartet pdf oder check, nicht „%1“.</translation>
    </message>
    <message>
        <source>--every takes a duration such as 15min, 1h, 1d or 1w, not &quot;%1&quot;.</source>
        <translation>--every erwartet eine Dauer wie 15min, 1h, 1d oder 1w, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown option --%1. See needle --help.</source>
        <translation>Unbekannte Option --%1. Siehe needle --help.</translation>
    </message>
    <message>
        <source>--create-owners goes with --create-kpis: it gives the KPIs an import creates their owners.</source>
        <translation>--create-owners gehört zu --create-kpis: es gibt den KPIs, die ein Import anlegt, ihre Verantwortlichen.</translation>
    </message>
    <message>
        <source>Usage:
  needle [WORKSPACE]                  open the app (a welcome screen without a workspace)
  needle demo WORKSPACE               write a demo workspace
  needle new WORKSPACE                write an empty workspace
  needle import WORKSPACE FILE... [--sheet NAME] [--layout auto|long|wide]
                [--create-kpis [--create-owners]] [--dry-run] [--skip-invalid] [--json]
                                      import spreadsheets (CSV, XLSX, ODS)
  needle undo-import WORKSPACE BATCH  restore the values an import replaced
  needle export-csv WORKSPACE [--kpi KEY]... [--from DATE] [--to DATE]
                [--rollup day|week|month|quarter]
                                      write kpi,period,value to standard output
  needle check WORKSPACE [--as-of DATE] [--from DATE] [--to DATE] [--json]
                                      what needs attention, and why
  needle export-pdf WORKSPACE OUT.pdf [--from DATE] [--to DATE] [--kpi KEY]...
                [--meeting ID]        a PDF snapshot, or a meeting&apos;s minutes
  needle inspect FILE [--sheet NAME] [--json]
                                      what the readers see in a spreadsheet
  needle review WORKSPACE [--meeting ID]
                                      open straight into the review-meeting mode
  needle --version | --help

Options for every command:
  --lang CODE    the language of the interface (en, de, fr, es)

Dates are written YYYY-MM-DD. Exit status: 0 done; 1 the input was rejected and
nothing was written; 2 wrong usage.

Data sources and automation:
  needle source add WORKSPACE NAME --url URL (--query SQL | --query-file FILE)
                [--kpi KEY] [--every DURATION]
                                      a query on PostgreSQL, MySQL or SQLite
  needle source list WORKSPACE [--json] | remove WORKSPACE NAME
  needle refresh WORKSPACE [NAME]... [--from DATE] [--to DATE] [--create-kpis]
                [--dry-run] [--json]  run the sources&apos; queries as import batches
  needle export-job add WORKSPACE NAME --kind pdf|check --folder DIR
                --when WHEN [--kpi KEY]...
                                      a report written on a schedule
  needle export-job list WORKSPACE [--json] | remove WORKSPACE NAME
  needle run-due WORKSPACE... [--json]
                                      run the refreshes and exports that are due
  needle schedule install|remove WORKSPACE [--every DURATION]
                                      a systemd user timer that calls run-due
DURATION: 15min, 1h, 1d, 1w. WHEN: 1d, 07:00, &quot;mon 07:00&quot;, &quot;before-meeting 18:00&quot;.
</source>
        <translation>Aufruf:
  needle [WORKSPACE]                  die App öffnen (ohne Arbeitsbereich ein Startbildschirm)
  needle demo WORKSPACE               einen Demo-Arbeitsbereich schreiben
  needle new WORKSPACE                einen leeren Arbeitsbereich schreiben
  needle import WORKSPACE FILE... [--sheet NAME] [--layout auto|long|wide]
                [--create-kpis [--create-owners]] [--dry-run] [--skip-invalid] [--json]
                                      Tabellen importieren (CSV, XLSX, ODS)
  needle undo-import WORKSPACE BATCH  die Werte wiederherstellen, die ein Import ersetzt hat
  needle export-csv WORKSPACE [--kpi KEY]... [--from DATE] [--to DATE]
                [--rollup day|week|month|quarter]
                                      kpi,period,value auf die Standardausgabe schreiben
  needle check WORKSPACE [--as-of DATE] [--from DATE] [--to DATE] [--json]
                                      was Aufmerksamkeit braucht, und warum
  needle export-pdf WORKSPACE OUT.pdf [--from DATE] [--to DATE] [--kpi KEY]...
                [--meeting ID]        ein PDF-Schnappschuss oder das Protokoll einer Besprechung
  needle inspect FILE [--sheet NAME] [--json]
                                      was die Leser in einer Tabelle sehen
  needle review WORKSPACE [--meeting ID]
                                      direkt im Besprechungsmodus öffnen
  needle --version | --help

Optionen für jeden Befehl:
  --lang CODE    die Sprache der Oberfläche (en, de, fr, es)

Daten werden JJJJ-MM-TT geschrieben. Rückgabewert: 0 erledigt; 1 die Eingabe wurde
abgelehnt und nichts geschrieben; 2 falscher Aufruf.

Datenquellen und Automatisierung:
  needle source add WORKSPACE NAME --url URL (--query SQL | --query-file FILE)
                [--kpi KEY] [--every DURATION]
                                      eine Abfrage auf PostgreSQL, MySQL oder SQLite
  needle source list WORKSPACE [--json] | remove WORKSPACE NAME
  needle refresh WORKSPACE [NAME]... [--from DATE] [--to DATE] [--create-kpis]
                [--dry-run] [--json]  die Abfragen der Quellen als Importstapel ausführen
  needle export-job add WORKSPACE NAME --kind pdf|check --folder DIR
                --when WHEN [--kpi KEY]...
                                      ein Bericht, nach Zeitplan geschrieben
  needle export-job list WORKSPACE [--json] | remove WORKSPACE NAME
  needle run-due WORKSPACE... [--json]
                                      fällige Aktualisierungen und Exporte ausführen
  needle schedule install|remove WORKSPACE [--every DURATION]
                                      ein systemd-Benutzertimer, der run-due aufruft
DURATION: 15min, 1h, 1d, 1w. WHEN: 1d, 07:00, &quot;mon 07:00&quot;, &quot;before-meeting 18:00&quot;.
</translation>
    </message>
</context>
<context>
    <name>Needle::CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Needle::CsvReader</name>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file holds only a byte-order mark and no data</source>
        <translation>die Datei enthält nur eine Byte-Reihenfolge-Markierung und keine Daten</translation>
    </message>
    <message>
        <source>Needle cannot read the encoding &quot;%1&quot;; choose UTF-8, UTF-16LE, UTF-16BE or Windows-1252</source>
        <translation>Needle kann die Kodierung „%1“ nicht lesen; wählen Sie UTF-8, UTF-16LE, UTF-16BE oder Windows-1252</translation>
    </message>
    <message>
        <source>line %1 is not valid %2 text</source>
        <translation>Zeile %1 ist kein gültiger %2-Text</translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text</source>
        <translation>dies ist eine Binärdatei, kein CSV-Text</translation>
    </message>
    <message>
        <source>line %1 holds bytes that are not valid UTF-8, while the rest of the file before it is UTF-8; choose the file&apos;s encoding</source>
        <translation>Zeile %1 enthält Bytes, die kein gültiges UTF-8 sind, während die Datei davor UTF-8 ist; wählen Sie die Kodierung der Datei</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it is read as Windows-1252</source>
        <translation>die Datei ist nicht UTF-8; sie wird als Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot separate CSV fields; choose , ; | or tab</source>
        <translation>„%1“ kann keine CSV-Felder trennen; wählen Sie , ; | oder Tabulator</translation>
    </message>
    <message>
        <source>a CSV file has no sheet &quot;%1&quot;</source>
        <translation>eine CSV-Datei hat kein Blatt „%1“</translation>
    </message>
    <message>
        <source>the quoted field starting on line %1 is never closed</source>
        <translation>das in Zeile %1 beginnende Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the row has more than %1 columns</source>
        <translation>die Zeile hat mehr als %1 Spalten</translation>
    </message>
    <message>
        <source>the cell holds more than %1 characters</source>
        <translation>die Zelle enthält mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>line %1 holds bytes that are not valid %2; choose the file&apos;s encoding</source>
        <translation>Zeile %1 enthält Bytes, die kein gültiges %2 sind; wählen Sie die Kodierung der Datei</translation>
    </message>
    <message>
        <source>the file changed while it was read (%1 bytes expected, %2 read); import it again once it is complete</source>
        <translation>die Datei hat sich beim Lesen geändert (%1 Byte erwartet, %2 gelesen); importieren Sie sie erneut, wenn sie vollständig ist</translation>
    </message>
</context>
<context>
    <name>Needle::DashboardModel</name>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message numerus="yes">
        <source>%1, KPIs: %n</source>
        <translation>
            <numerusform>%1, KPIs: %n</numerusform>
            <numerusform>%1, KPIs: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KPIs: %n</source>
        <translation>
            <numerusform>KPIs: %n</numerusform>
            <numerusform>KPIs: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>ONE METRIC THAT MATTERS</source>
        <translation>DIE EINE KENNZAHL, DIE ZÄHLT</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n</source>
        <translation>
            <numerusform>⚠ %n</numerusform>
            <numerusform>⚠ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
</context>
<context>
    <name>Needle::DashboardPeriod</name>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Seit Jahresbeginn</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom...</source>
        <translation>Benutzerdefiniert …</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
</context>
<context>
    <name>Needle::DashboardView</name>
    <message>
        <source>KPI tiles</source>
        <translation>KPI-Kacheln</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Custom period from</source>
        <translation>Eigener Zeitraum ab</translation>
    </message>
    <message>
        <source>Custom period to</source>
        <translation>Eigener Zeitraum bis</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularität</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation>&amp;Granularität:</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>Gruppieren &amp;nach:</translation>
    </message>
    <message>
        <source>Filter tiles by text</source>
        <translation>Kacheln nach Text filtern</translation>
    </message>
    <message>
        <source>Filter by name, key, description or owner</source>
        <translation>Nach Name, Schlüssel, Beschreibung oder Verantwortlichen filtern</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filter nach Verantwortlichen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Schlagwortfilter</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Shown: %1 of %2 · off track: %3 · at risk: %4</source>
        <translation>Angezeigt: %1 von %2 · verfehlt: %3 · gefährdet: %4</translation>
    </message>
</context>
<context>
    <name>Needle::DataSourceModel</name>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>every %1 w</source>
        <translation>alle %1 Wo.</translation>
    </message>
    <message>
        <source>every %1 d</source>
        <translation>alle %1 T.</translation>
    </message>
    <message>
        <source>every %1 h</source>
        <translation>alle %1 Std.</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>alle %1 Min.</translation>
    </message>
    <message>
        <source>Values written</source>
        <translation>Werte geschrieben</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Nichts Neues</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>(named in the query)</source>
        <translation>(in der Abfrage genannt)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Needle::DataSourcesDialog</name>
    <message>
        <source>Data Sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Refresh &amp;Now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>The source was removed; the values it wrote stay (File &gt; Import History undoes them).</source>
        <translation>Die Quelle wurde entfernt; die von ihr geschriebenen Werte bleiben (Datei &gt; Importverlauf macht sie rückgängig).</translation>
    </message>
</context>
<context>
    <name>Needle::Database</name>
    <message>
        <source>%1 is not a Needle workspace: it cannot be read as an SQLite database.</source>
        <translation>%1 ist kein Needle-Arbeitsbereich: Die Datei lässt sich nicht als SQLite-Datenbank lesen.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Needle workspace. It was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Needle-Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Needle (workspace format %2; this version reads up to %3). It was not changed.</source>
        <translation>%1 wurde von einer neueren Needle-Version geschrieben (Arbeitsbereichsformat %2; diese Version liest bis %3). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an incomplete Needle workspace. It was not changed.</source>
        <translation>%1 ist ein unvollständiger Needle-Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a Needle workspace.</source>
        <translation>%1 ist kein Needle-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Needle workspace.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Needle-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten.</source>
        <translation>%1 existiert bereits und wurde nicht überschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a Needle workspace. It was not changed.</source>
        <translation>%1 ist kein Needle-Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 uses an older workspace format; open it once in Needle to upgrade it.</source>
        <translation>%1 verwendet ein älteres Arbeitsbereichsformat; öffnen Sie die Datei einmal in Needle, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Cannot open an in-memory database.</source>
        <translation>Eine Datenbank im Arbeitsspeicher kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, and SQLite needs room beside the workspace to open it: make room on the disk and try again. It was not changed.</source>
        <translation>Der Datenträger mit %1 ist voll, und SQLite braucht neben dem Arbeitsbereich Platz, um ihn zu öffnen: Schaffen Sie Platz auf dem Datenträger und versuchen Sie es erneut. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file (it is a folder, device, pipe or broken link); it was not changed.</source>
        <translation>%1 existiert und ist keine normale Datei (sondern ein Ordner, ein Gerät, eine Pipe oder ein defekter Link); es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Needle neither reads from nor writes into a damaged workspace, so nothing was done. To save what can still be read, run: sqlite3 &quot;%1&quot; .recover | sqlite3 recovered.needle, then open recovered.needle.</source>
        <translation>%1 ist beschädigt (%2). Needle liest nicht aus einem beschädigten Arbeitsbereich und schreibt nicht hinein, daher wurde nichts getan. Um zu retten, was sich noch lesen lässt, führen Sie aus: sqlite3 &quot;%1&quot; .recover | sqlite3 recovered.needle, und öffnen Sie dann recovered.needle.</translation>
    </message>
</context>
<context>
    <name>Needle::DemoCommand</name>
    <message>
        <source>Wrote the demo workspace %1.</source>
        <translation>Demo-Arbeitsbereich %1 geschrieben.</translation>
    </message>
    <message>
        <source>Wrote the empty workspace %1.</source>
        <translation>Leerer Arbeitsbereich %1 geschrieben.</translation>
    </message>
    <message>
        <source>--as-of %1 is outside the dates a demo workspace can hold: choose a date from %2 to %3. Nothing was written.</source>
        <translation>--as-of %1 liegt außerhalb der Daten, die ein Demo-Arbeitsbereich aufnehmen kann: Wählen Sie ein Datum von %2 bis %3. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Needle::DemoWorkspace</name>
    <message>
        <source>The demo needs a valid as-of date.</source>
        <translation>Die Demo braucht ein gültiges Stichtagsdatum.</translation>
    </message>
    <message>
        <source>The KPI library lacks %1.</source>
        <translation>In der KPI-Bibliothek fehlt %1.</translation>
    </message>
    <message>
        <source>Demo data, generated by Needle</source>
        <translation>Demodaten, von Needle erzeugt</translation>
    </message>
    <message>
        <source>Last year&apos;s plan</source>
        <translation>Plan des Vorjahres</translation>
    </message>
    <message>
        <source>This year&apos;s plan</source>
        <translation>Plan dieses Jahres</translation>
    </message>
    <message>
        <source>Illustrative figure that ships with the demo, not a published study</source>
        <translation>Beispielzahl aus der Demo, keine veröffentlichte Studie</translation>
    </message>
    <message>
        <source>B2B software median</source>
        <translation>Median B2B-Software</translation>
    </message>
    <message>
        <source>B2B SaaS median</source>
        <translation>Median B2B-SaaS</translation>
    </message>
    <message>
        <source>SaaS median</source>
        <translation>SaaS-Median</translation>
    </message>
    <message>
        <source>Top quartile</source>
        <translation>Oberes Quartil</translation>
    </message>
    <message>
        <source>Rule of thumb</source>
        <translation>Faustregel</translation>
    </message>
    <message>
        <source>Free-trial median</source>
        <translation>Median Testphase</translation>
    </message>
    <message>
        <source>Software industry average</source>
        <translation>Durchschnitt der Softwarebranche</translation>
    </message>
    <message>
        <source>Monthly KPI review, %1</source>
        <translation>Monatliche KPI-Besprechung, %1</translation>
    </message>
    <message>
        <source>The churn spike follows the price change for legacy plans.</source>
        <translation>Der Anstieg der Abwanderung folgt auf die Preisänderung der Alttarife.</translation>
    </message>
    <message>
        <source>Keep legacy plans at their old price for six more months.</source>
        <translation>Alttarife noch sechs Monate zum alten Preis lassen.</translation>
    </message>
    <message>
        <source>Call the 20 largest legacy accounts about the new plans.</source>
        <translation>Die 20 größten Bestandskunden mit Alttarif zu den neuen Tarifen anrufen.</translation>
    </message>
    <message>
        <source>Ship the new onboarding checklist to all sign-ups.</source>
        <translation>Die neue Onboarding-Checkliste an alle Neuanmeldungen ausliefern.</translation>
    </message>
    <message>
        <source>Move a fifth of the paid-search budget to content.</source>
        <translation>Ein Fünftel des Budgets für bezahlte Suche in Inhalte verlagern.</translation>
    </message>
    <message>
        <source>Report CAC by channel for the last two quarters.</source>
        <translation>CAC je Kanal für die letzten zwei Quartale berichten.</translation>
    </message>
    <message>
        <source>Publish the release train calendar.</source>
        <translation>Den Kalender der Release-Züge veröffentlichen.</translation>
    </message>
    <message>
        <source>The DAU dip in the campaign week was the login outage, not the campaign.</source>
        <translation>Der DAU-Einbruch in der Kampagnenwoche kam vom Login-Ausfall, nicht von der Kampagne.</translation>
    </message>
    <message>
        <source>Price change for legacy plans.</source>
        <translation>Preisänderung der Alttarife.</translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten.</source>
        <translation>%1 existiert bereits und wurde nicht überschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Needle::Enums</name>
    <message>
        <source>Financial</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Frühindikator</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>Spätindikator</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktwert</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>Dauer (Tage)</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Within a band</source>
        <translation>Innerhalb eines Bereichs</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Known cause</source>
        <translation>Bekannte Ursache</translation>
    </message>
    <message>
        <source>Not an anomaly</source>
        <translation>Keine Anomalie</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Verfehlt</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
</context>
<context>
    <name>Needle::ExportCsv</name>
    <message>
        <source>%1 has no KPI with the key &quot;%2&quot;.</source>
        <translation>%1 hat keinen KPI mit dem Schlüssel „%2“.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end (%2); the output is incomplete.</source>
        <translation>%1 konnte nicht bis zum Ende gelesen werden (%2); die Ausgabe ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>Needle::ExportPdf</name>
    <message>
        <source>The period starts after it ends: --from must not be later than --to.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende: --from darf nicht nach --to liegen.</translation>
    </message>
</context>
<context>
    <name>Needle::ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Snapshot of &amp;all KPIs</source>
        <translation>Schnappschuss &amp;aller KPIs</translation>
    </message>
    <message>
        <source>Snapshot of the KPIs the &amp;table shows (%1)</source>
        <translation>Schnappschuss der KPIs, die die &amp;Tabelle zeigt (%1)</translation>
    </message>
    <message>
        <source>&amp;Minutes of a meeting:</source>
        <translation>&amp;Protokoll einer Besprechung:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Pa&amp;pier:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende.</translation>
    </message>
    <message>
        <source>Exporting the PDF...</source>
        <translation>PDF wird exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>%1-minutes-%2.pdf</source>
        <translation>%1-protokoll-%2.pdf</translation>
    </message>
    <message>
        <source>%1-snapshot-%2.pdf</source>
        <translation>%1-schnappschuss-%2.pdf</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportiert: %1</translation>
    </message>
</context>
<context>
    <name>Needle::ExportWhen</name>
    <message>
        <source>&quot;%1&quot; is not a schedule: use a duration (1d, 1w), a time (07:00), a day and time (mon 07:00) or before-meeting 18:00.</source>
        <translation>„%1“ ist kein Zeitplan: Verwenden Sie eine Dauer (1d, 1w), eine Uhrzeit (07:00), einen Tag mit Uhrzeit (mon 07:00) oder before-meeting 18:00.</translation>
    </message>
</context>
<context>
    <name>Needle::FilePage</name>
    <message>
        <source>a CSV text file</source>
        <translation>eine CSV-Textdatei</translation>
    </message>
    <message>
        <source>an Excel workbook (XLSX)</source>
        <translation>eine Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (ODS)</source>
        <translation>eine OpenDocument-Tabelle (ODS)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A CSV, XLSX or ODS file with KPI values. Needle reads it and shows you what it will store before anything is written.</source>
        <translation>Eine CSV-, XLSX- oder ODS-Datei mit KPI-Werten. Needle liest sie und zeigt Ihnen, was gespeichert wird, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2 with %n sheet(s).</source>
        <translation>
            <numerusform>%1 ist %2 mit %n Blatt.</numerusform>
            <numerusform>%1 ist %2 mit %n Blättern.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be imported:
%2</source>
        <translation>%1 kann nicht importiert werden:
%2</translation>
    </message>
</context>
<context>
    <name>Needle::FolderWatcher</name>
    <message>
        <source>watched folder</source>
        <translation>überwachter Ordner</translation>
    </message>
    <message>
        <source>Already imported as batch %1.</source>
        <translation>Bereits als Importlauf %1 importiert.</translation>
    </message>
    <message>
        <source>No saved mapping matches this file, and as read it has errors; import it once with File &gt; Import... to choose what its columns mean.</source>
        <translation>Keine gespeicherte Zuordnung passt zu dieser Datei, und so gelesen hat sie Fehler; importieren Sie sie einmal mit Datei &gt; Importieren …, um festzulegen, was ihre Spalten bedeuten.</translation>
    </message>
</context>
<context>
    <name>Needle::Formula</name>
    <message>
        <source>The formula is not valid at position %1: %2</source>
        <translation>Die Formel ist an Position %1 ungültig: %2</translation>
    </message>
    <message>
        <source>The formula is empty.</source>
        <translation>Die Formel ist leer.</translation>
    </message>
    <message>
        <source>Unknown KPI %1.</source>
        <translation>Unbekannter KPI %1.</translation>
    </message>
    <message>
        <source>The formula of %1 refers to itself.</source>
        <translation>Die Formel von %1 verweist auf sich selbst.</translation>
    </message>
    <message>
        <source>The formula refers to %1, which is not a KPI key.</source>
        <translation>Die Formel verweist auf %1, das kein KPI-Schlüssel ist.</translation>
    </message>
    <message>
        <source>The formulas form a cycle: %1.</source>
        <translation>Die Formeln bilden einen Zyklus: %1.</translation>
    </message>
    <message>
        <source>No value of %1 for this period.</source>
        <translation>Kein Wert von %1 für diesen Zeitraum.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>Division durch null.</translation>
    </message>
    <message>
        <source>The result is not a number.</source>
        <translation>Das Ergebnis ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>Needle::Help</name>
    <message>
        <source>Needle Manual</source>
        <translation>Needle-Handbuch</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Dashboard and KPI table</source>
        <translation>Dashboard und KPI-Tabelle</translation>
    </message>
    <message>
        <source>KPI page</source>
        <translation>KPI-Seite</translation>
    </message>
    <message>
        <source>Open the KPI</source>
        <translation>KPI öffnen</translation>
    </message>
    <message>
        <source>double click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>Delete the KPI</source>
        <translation>KPI löschen</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Zurück zum Dashboard</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Einen Wert hinzufügen</translation>
    </message>
    <message>
        <source>Paste values (date and value per line)</source>
        <translation>Werte einfügen (Datum und Wert je Zeile)</translation>
    </message>
    <message>
        <source>Delete the selected values</source>
        <translation>Ausgewählte Werte löschen</translation>
    </message>
    <message>
        <source>Reset the chart&apos;s zoom</source>
        <translation>Zoom des Diagramms zurücksetzen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Needle %1&lt;/h2&gt;&lt;p&gt;Your product&apos;s KPIs, their targets and benchmarks, and the meetings that review them.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later. Needle is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Needle %1&lt;/h2&gt;&lt;p&gt;Die KPIs Ihres Produkts, ihre Ziele und Benchmarks und die Besprechungen, in denen sie geprüft werden.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later. Needle ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder jeder späteren Version, weitergeben und verändern. Sie wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Needle &amp;Manual</source>
        <translation>Needle-&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Needle</source>
        <translation>Ü&amp;ber Needle</translation>
    </message>
    <message>
        <source>About Needle</source>
        <translation>Über Needle</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Needle::ImportCommand</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import batch %1 (%2) undone: %3 values taken back.</source>
        <translation>Importlauf %1 (%2) rückgängig gemacht: %3 Werte zurückgenommen.</translation>
    </message>
    <message>
        <source>%1 values of the batch were changed since and were kept.</source>
        <translation>%1 Werte des Importlaufs wurden seitdem geändert und beibehalten.</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder): it was not changed.</source>
        <translation>%1 ist schreibgeschützt (die Datei oder ihr Ordner): sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 was not imported either: another file has errors. Nothing was written.</source>
        <translation>%1 wurde ebenfalls nicht importiert: eine andere Datei enthält Fehler. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The import had created %1; removed again.</source>
        <translation>Der Import hatte %1 angelegt; wieder entfernt.</translation>
    </message>
    <message>
        <source>%1 does not exist. Create it with `needle new %1` (or `needle demo %1` for one with sample data), then run this command again.</source>
        <translation>%1 gibt es nicht. Legen Sie den Arbeitsbereich mit `needle new %1` an (oder mit `needle demo %1` mit Beispieldaten) und führen Sie den Befehl dann erneut aus.</translation>
    </message>
    <message>
        <source>To create the KPIs the workspace does not have yet, run the command again with --create-kpis.</source>
        <translation>Um die KPIs anzulegen, die der Arbeitsbereich noch nicht hat, führen Sie den Befehl erneut mit --create-kpis aus.</translation>
    </message>
    <message>
        <source>%1 was not imported either: another file failed. Nothing was written.</source>
        <translation>%1 wurde ebenfalls nicht importiert: Eine andere Datei ist gescheitert. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was written.</source>
        <translation>%1: %2 Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Needle::ImportController</name>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Import KPI values from a CSV, XLSX or ODS file</source>
        <translation>KPI-Werte aus einer CSV-, XLSX- oder ODS-Datei importieren</translation>
    </message>
    <message>
        <source>Import &amp;History</source>
        <translation>Import&amp;verlauf</translation>
    </message>
    <message>
        <source>&amp;Watched Folders...</source>
        <translation>Über&amp;wachte Ordner …</translation>
    </message>
    <message>
        <source>Folders whose new spreadsheets are imported automatically</source>
        <translation>Ordner, deren neue Tabellen automatisch importiert werden</translation>
    </message>
    <message>
        <source>Open or create a workspace to import %1 into.</source>
        <translation>Öffnen oder erstellen Sie einen Arbeitsbereich, in den %1 importiert werden soll.</translation>
    </message>
    <message>
        <source>Watched folder: %1</source>
        <translation>Überwachter Ordner: %1</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Watched folder: %1 was not imported: %2</source>
        <translation>Überwachter Ordner: %1 wurde nicht importiert: %2</translation>
    </message>
</context>
<context>
    <name>Needle::ImportHeaders</name>
    <message>
        <source>kpi|metric|key|name|indicator|measure</source>
        <comment>Column names meaning the KPI, separated by |, lower case</comment>
        <translation>kpi|kennzahl|kennziffer|metrik|schlüssel|name|bezeichnung|indikator|messgröße</translation>
    </message>
    <message>
        <source>date|period|month|week|day|quarter|year</source>
        <comment>Column names meaning the date or period, separated by |, lower case</comment>
        <translation>datum|zeitraum|periode|monat|woche|tag|quartal|jahr|stichtag</translation>
    </message>
    <message>
        <source>value|actual|amount|result</source>
        <comment>Column names meaning the measured value, separated by |, lower case</comment>
        <translation>wert|ist|istwert|betrag|ergebnis|menge</translation>
    </message>
    <message>
        <source>owner|responsible</source>
        <comment>Column names meaning the KPI&apos;s owner, separated by |, lower case</comment>
        <translation>verantwortlich|verantwortliche|verantwortlicher|eigentümer|zuständig</translation>
    </message>
    <message>
        <source>unit|units</source>
        <comment>Column names meaning the unit, separated by |, lower case</comment>
        <translation>einheit|einheiten</translation>
    </message>
    <message>
        <source>target|goal</source>
        <comment>Column names meaning the target, separated by |, lower case</comment>
        <translation>ziel|zielwert|soll|sollwert</translation>
    </message>
    <message>
        <source>benchmark|baseline</source>
        <comment>Column names meaning the benchmark, separated by |, lower case</comment>
        <translation>benchmark|vergleichswert|referenz|basiswert</translation>
    </message>
    <message>
        <source>note|notes|comment</source>
        <comment>Column names meaning a note on the value, separated by |, lower case</comment>
        <translation>notiz|notizen|kommentar|bemerkung|anmerkung</translation>
    </message>
</context>
<context>
    <name>Needle::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Values written</source>
        <translation>Geschriebene Werte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Import %1 of %2 is already undone.</source>
        <translation>Import %1 von %2 ist bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Import %1 of %2 was undone; Edit &gt; Undo writes it again.</source>
        <translation>Import %1 von %2 wurde rückgängig gemacht; Bearbeiten &gt; Rückgängig schreibt ihn wieder.</translation>
    </message>
</context>
<context>
    <name>Needle::ImportIssue</name>
    <message>
        <source>sheet %1</source>
        <translation>Blatt %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Needle::ImportPlanner</name>
    <message>
        <source>The layout of the sheet is not clear: %1</source>
        <translation>Der Aufbau des Blatts ist nicht eindeutig: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KPI of this workspace and was not chosen to be created.</source>
        <translation>„%1“ ist kein KPI dieses Arbeitsbereichs und wurde nicht zum Anlegen ausgewählt.</translation>
    </message>
    <message>
        <source>%1 is computed from its formula; its values cannot be imported.</source>
        <translation>%1 wird aus seiner Formel berechnet; seine Werte können nicht importiert werden.</translation>
    </message>
    <message>
        <source>The KPI is missing.</source>
        <translation>Der KPI fehlt.</translation>
    </message>
    <message>
        <source>No value; nothing is stored for this row.</source>
        <translation>Kein Wert; für diese Zeile wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit Needle knows; %2 is created as a count.</source>
        <translation>„%1“ ist keine Einheit, die Needle kennt; %2 wird als Anzahl angelegt.</translation>
    </message>
    <message>
        <source>Repeats the value of %1 for %2 from row %3; it is stored once.</source>
        <translation>Wiederholt den Wert von %1 für %2 aus Zeile %3; er wird einmal gespeichert.</translation>
    </message>
    <message>
        <source>%1 has two values for %2: %3 in row %4 and %5 in row %6.</source>
        <translation>%1 hat zwei Werte für %2: %3 in Zeile %4 und %5 in Zeile %6.</translation>
    </message>
    <message>
        <source>The row has errors.</source>
        <translation>Die Zeile enthält Fehler.</translation>
    </message>
    <message>
        <source>%1; the row was skipped.</source>
        <translation>%1; die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KPI of this workspace (KPIs are matched by key or name).</source>
        <translation>„%1“ ist kein KPI dieses Arbeitsbereichs (KPIs werden über Schlüssel oder Namen zugeordnet).</translation>
    </message>
    <message>
        <source>Only columns set to %1 have data in this row; it was skipped.</source>
        <translation>In dieser Zeile haben nur Spalten auf %1 Daten; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>The file gives %1 the unit &quot;%2&quot;, but %1 is measured as %3.</source>
        <translation>Die Datei gibt %1 die Einheit „%2“, aber %1 wird als %3 gemessen.</translation>
    </message>
    <message>
        <source>%1 is not an owner in this workspace; the KPIs created for them have no owner.</source>
        <translation>%1 ist in diesem Arbeitsbereich niemand Verantwortliches; die dafür angelegten KPIs haben keine Verantwortlichen.</translation>
    </message>
    <message>
        <source>The values for %1 in the file (typically %2) are about %3 times larger than those stored (typically %4). Is it the right column, in the right unit?</source>
        <translation>Die Werte für %1 in der Datei (typisch %2) sind etwa %3-mal größer als die gespeicherten (typisch %4). Ist es die richtige Spalte, in der richtigen Einheit?</translation>
    </message>
    <message>
        <source>The values for %1 in the file (typically %2) are about %3 times smaller than those stored (typically %4). Is it the right column, in the right unit?</source>
        <translation>Die Werte für %1 in der Datei (typisch %2) sind etwa %3-mal kleiner als die gespeicherten (typisch %4). Ist es die richtige Spalte, in der richtigen Einheit?</translation>
    </message>
    <message>
        <source>The cells for %1 are percentages, but %1 is measured as %2.</source>
        <translation>Die Zellen für %1 sind Prozentwerte, aber %1 wird als %2 gemessen.</translation>
    </message>
    <message>
        <source>The cells for %1 are amounts in %2, but %1 is measured as %3.</source>
        <translation>Die Zellen für %1 sind Beträge in %2, aber %1 wird als %3 gemessen.</translation>
    </message>
    <message>
        <source>a currency</source>
        <translation>einer Währung</translation>
    </message>
    <message numerus="yes">
        <source>The dates for %1 in the file are about %n day(s) apart, but its cadence is %2: the values within one period are combined (%3).</source>
        <translation>
            <numerusform>Die Daten für %1 in der Datei liegen etwa %n Tag auseinander, aber sein Rhythmus ist %2: die Werte eines Zeitraums werden zusammengefasst (%3).</numerusform>
            <numerusform>Die Daten für %1 in der Datei liegen etwa %n Tage auseinander, aber sein Rhythmus ist %2: die Werte eines Zeitraums werden zusammengefasst (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dates for %1 in the file are about %n day(s) apart, but its cadence is %2: the periods between them stay empty.</source>
        <translation>
            <numerusform>Die Daten für %1 in der Datei liegen etwa %n Tag auseinander, aber sein Rhythmus ist %2: die Zeiträume dazwischen bleiben leer.</numerusform>
            <numerusform>Die Daten für %1 in der Datei liegen etwa %n Tage auseinander, aber sein Rhythmus ist %2: die Zeiträume dazwischen bleiben leer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::ImportRepository</name>
    <message>
        <source>There is no import batch %1.</source>
        <translation>Es gibt keinen Importlauf %1.</translation>
    </message>
    <message>
        <source>Import batch %1 (%2) is already undone.</source>
        <translation>Importlauf %1 (%2) ist bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Import batch %1 replaced values of batch %2: undo batch %1 first.</source>
        <translation>Importlauf %1 hat Werte von Lauf %2 ersetzt: Machen Sie zuerst Lauf %1 rückgängig.</translation>
    </message>
</context>
<context>
    <name>Needle::ImportResult</name>
    <message>
        <source>%1 was not imported: it has errors. Nothing was written.</source>
        <translation>%1 wurde nicht importiert: Die Datei enthält Fehler. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Importing %1 was cancelled. Nothing was written.</source>
        <translation>Der Import von %1 wurde abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 could not be imported: the workspace refused the change. Nothing was written.</source>
        <translation>%1 konnte nicht importiert werden: Der Arbeitsbereich hat die Änderung abgelehnt. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 (dry run): %2, %3; nothing was written.</source>
        <translation>%1 (Probelauf): %2, %3; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) would be written</source>
        <translation>
            <numerusform>%n Wert würde geschrieben</numerusform>
            <numerusform>%n Werte würden geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing changed (%2).</source>
        <translation>%1: nichts geändert (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) unchanged</source>
        <translation>
            <numerusform>%n Wert unverändert</numerusform>
            <numerusform>%n Werte unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, batch %4.</source>
        <translation>%1: %2, %3, Importlauf %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) written</source>
        <translation>
            <numerusform>%n Wert geschrieben</numerusform>
            <numerusform>%n Werte geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) created.</source>
        <translation>
            <numerusform>%n KPI angelegt.</numerusform>
            <numerusform>%n KPIs angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors skipped.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile übersprungen.</numerusform>
            <numerusform>%n fehlerhafte Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) created.</source>
        <translation>
            <numerusform>%n Verantwortliche(r) angelegt.</numerusform>
            <numerusform>%n Verantwortliche angelegt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>Needle::Importer</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file has no sheets.</source>
        <translation>Die Datei hat keine Blätter.</translation>
    </message>
    <message>
        <source>There is no sheet named &quot;%1&quot;; the sheets are: %2.</source>
        <translation>Es gibt kein Blatt namens „%1“; die Blätter sind: %2.</translation>
    </message>
    <message>
        <source>The sheet could not be read to the end.</source>
        <translation>Das Blatt konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <source>The sheet has no rows of data below its header.</source>
        <translation>Das Blatt hat unter seiner Kopfzeile keine Datenzeilen.</translation>
    </message>
    <message>
        <source>Created by importing %1</source>
        <translation>Beim Import von %1 angelegt</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The owner %1 could not be created: %2</source>
        <translation>Die verantwortliche Person %1 konnte nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>Needle::Inspect</name>
    <message>
        <source>%1 has no sheet &quot;%2&quot;; its sheets are: %3</source>
        <translation>%1 hat kein Blatt „%2“; die Blätter sind: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n sheet(s)</source>
        <translation>
            <numerusform>%1: %2, %n Blatt</numerusform>
            <numerusform>%1: %2, %n Blätter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot; (%n row(s))</source>
        <translation>
            <numerusform>Blatt „%1“ (%n Zeile)</numerusform>
            <numerusform>Blatt „%1“ (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;, %2 (%n row(s))</source>
        <translation>
            <numerusform>Blatt „%1“, %2 (%n Zeile)</numerusform>
            <numerusform>Blatt „%1“, %2 (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... %n more row(s)</source>
        <translation>
            <numerusform>… %n weitere Zeile</numerusform>
            <numerusform>… %n weitere Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::JobRunner</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The PDF export failed: %1</source>
        <translation>Der PDF-Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Needle::Kpi</name>
    <message>
        <source>The key &quot;%1&quot; is not valid: use lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>Der Schlüssel „%1“ ist ungültig: Verwenden Sie Kleinbuchstaben, Ziffern und Unterstriche, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>A KPI needs a name.</source>
        <translation>Ein KPI braucht einen Namen.</translation>
    </message>
    <message>
        <source>Decimals must be between 0 and 6.</source>
        <translation>Die Nachkommastellen müssen zwischen 0 und 6 liegen.</translation>
    </message>
    <message>
        <source>A currency KPI needs a three-letter currency code such as EUR.</source>
        <translation>Ein Währungs-KPI braucht einen dreistelligen Währungscode wie EUR.</translation>
    </message>
</context>
<context>
    <name>Needle::KpiActions</name>
    <message>
        <source>&amp;KPI</source>
        <translation>&amp;KPI</translation>
    </message>
    <message>
        <source>&amp;New KPI...</source>
        <translation>&amp;Neuer KPI …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit KPI...</source>
        <translation>KPI &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Targets...</source>
        <translation>&amp;Ziele …</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Benchmarks...</source>
        <translation>Bench&amp;marks …</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Change Log...</source>
        <translation>Änderungs&amp;protokoll …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Owners...</source>
        <translation>&amp;Verantwortliche …</translation>
    </message>
    <message>
        <source>&amp;Delete KPI...</source>
        <translation>KPI &amp;löschen...</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>KPI löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the KPI &quot;%1&quot; with its %n value(s), targets and benchmarks?

Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Den KPI „%1“ mit seinem %n Wert, seinen Zielen und Benchmarks löschen?

Bearbeiten &gt; Rückgängig holt ihn zurück.</numerusform>
            <numerusform>Den KPI „%1“ mit seinen %n Werten, Zielen und Benchmarks löschen?

Bearbeiten &gt; Rückgängig holt ihn zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the KPI &quot;%1&quot; (%n value(s)). Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>KPI „%1“ gelöscht (%n Wert). Bearbeiten &gt; Rückgängig holt ihn zurück.</numerusform>
            <numerusform>KPI „%1“ gelöscht (%n Werte). Bearbeiten &gt; Rückgängig holt ihn zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>Needle::KpiChart</name>
    <message>
        <source>No values in this period</source>
        <translation>Keine Werte in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Period in progress</source>
        <translation>Laufender Zeitraum</translation>
    </message>
    <message>
        <source>Target band</source>
        <translation>Zielbereich</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>80% forecast interval</source>
        <translation>80-%-Prognoseintervall</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Besprechungsnotiz</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>(in progress)</source>
        <translation>(laufend)</translation>
    </message>
    <message>
        <source>Target %1 to %2</source>
        <translation>Ziel %1 bis %2</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Anomaly: %1</source>
        <translation>Anomalie: %1</translation>
    </message>
</context>
<context>
    <name>Needle::KpiChartFeed</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
Reviewed: %2</source>
        <translation>%1
Besprochen: %2</translation>
    </message>
</context>
<context>
    <name>Needle::KpiChartView</name>
    <message>
        <source>KPI chart</source>
        <translation>KPI-Diagramm</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>Diagramm als Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren …</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren …</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Chart exported from Needle</source>
        <translation>Aus Needle exportiertes Diagramm</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
</context>
<context>
    <name>Needle::KpiDefinitionPanel</name>
    <message>
        <source>Latest</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <source>KPI definition</source>
        <translation>KPI-Definition</translation>
    </message>
    <message>
        <source>No KPI selected</source>
        <translation>Kein KPI ausgewählt</translation>
    </message>
    <message>
        <source>No values yet</source>
        <translation>Noch keine Werte</translation>
    </message>
    <message>
        <source>Stored values</source>
        <translation>Gespeicherte Werte</translation>
    </message>
    <message>
        <source>%1, rolled up by %2</source>
        <translation>%1, zusammengefasst per %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>%1 for the period from %2</source>
        <translation>%1 für den Zeitraum ab %2</translation>
    </message>
</context>
<context>
    <name>Needle::KpiDialog</name>
    <message>
        <source>Edit KPI: %1</source>
        <translation>KPI bearbeiten: %1</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Neuer KPI</translation>
    </message>
    <message>
        <source>A blank KPI</source>
        <translation>Ein leerer KPI</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Ausgehend von:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and underscores; used in formulas and on the command line.</source>
        <translation>Kleinbuchstaben, Ziffern und Unterstriche; wird in Formeln und auf der Befehlszeile verwendet.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>z. B. EUR</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Better when:</source>
        <translation>Besser, &amp;wenn:</translation>
    </message>
    <message>
        <source>Ca&amp;dence:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <source>&amp;Roll-up:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Deci&amp;mals:</source>
        <translation>&amp;Nachkommastellen:</translation>
    </message>
    <message>
        <source>Empty for measured KPIs; e.g. ltv / cac</source>
        <translation>Leer für gemessene KPIs; z. B. ltv / cac</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Formel:</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation>Daten&amp;quelle:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. growth, q3</source>
        <translation>Durch Kommas getrennt, z. B. wachstum, q3</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Sch&amp;lagwörter:</translation>
    </message>
    <message>
        <source>Anomaly se&amp;nsitivity:</source>
        <translation>Anomalie-E&amp;mpfindlichkeit:</translation>
    </message>
    <message>
        <source>The one metric that &amp;matters (replaces the current one)</source>
        <translation>Die eine Kennzahl, die &amp;zählt (ersetzt die bisherige)</translation>
    </message>
    <message>
        <source>&amp;Archived (hidden from the dashboard)</source>
        <translation>&amp;Archiviert (im Dashboard ausgeblendet)</translation>
    </message>
    <message>
        <source>✓ Computed from %1</source>
        <translation>✓ Berechnet aus %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Fix the formula first.</source>
        <translation>Korrigieren Sie zuerst die Formel.</translation>
    </message>
    <message>
        <source>%1 (already in this workspace)</source>
        <translation>%1 (schon in diesem Arbeitsbereich)</translation>
    </message>
    <message>
        <source>The workspace has a KPI with the key &quot;%1&quot;.</source>
        <translation>Der Arbeitsbereich hat einen KPI mit dem Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>e.g. Weekly active teams</source>
        <translation>z. B. Wöchentlich aktive Teams</translation>
    </message>
    <message>
        <source>The workspace already has a KPI with the key &quot;%1&quot; (%2); choose another key.</source>
        <translation>Der Arbeitsbereich hat schon einen KPI mit dem Schlüssel „%1“ (%2); wählen Sie einen anderen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>Needle::KpiLibrary</name>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>How likely customers are to recommend the product, from -100 to 100.</source>
        <translation>Wie wahrscheinlich Kunden das Produkt weiterempfehlen, von -100 bis 100.</translation>
    </message>
    <message>
        <source>Percent of promoters (answers 9-10) minus percent of detractors (answers 0-6) among all answers to &quot;How likely are you to recommend us?&quot; on a 0-10 scale; from answer counts or from the raw answers.</source>
        <translation>Anteil der Promotoren (Antworten 9–10) minus Anteil der Kritiker (Antworten 0–6) an allen Antworten auf „Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?“ auf einer Skala von 0 bis 10; aus Antwortzahlen oder aus den Einzelantworten.</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Kundenzufriedenheit (CSAT)</translation>
    </message>
    <message>
        <source>Share of surveyed customers who say they are satisfied.</source>
        <translation>Anteil der befragten Kunden, die sich zufrieden äußern.</translation>
    </message>
    <message>
        <source>Answers 4 and 5 on a 1-5 satisfaction scale divided by all answers, times 100.</source>
        <translation>Antworten 4 und 5 auf einer Zufriedenheitsskala von 1 bis 5 geteilt durch alle Antworten, mal 100.</translation>
    </message>
    <message>
        <source>Monthly recurring revenue (MRR)</source>
        <translation>Monatlich wiederkehrender Umsatz (MRR)</translation>
    </message>
    <message>
        <source>Recurring subscription revenue normalised to one month.</source>
        <translation>Wiederkehrender Abonnementumsatz, auf einen Monat normiert.</translation>
    </message>
    <message>
        <source>Sum of the monthly value of all active subscriptions at the end of the period, excluding one-off fees.</source>
        <translation>Summe des Monatswerts aller aktiven Abonnements am Ende des Zeitraums, ohne einmalige Gebühren.</translation>
    </message>
    <message>
        <source>Annual recurring revenue (ARR)</source>
        <translation>Jährlich wiederkehrender Umsatz (ARR)</translation>
    </message>
    <message>
        <source>Recurring subscription revenue normalised to one year.</source>
        <translation>Wiederkehrender Abonnementumsatz, auf ein Jahr normiert.</translation>
    </message>
    <message>
        <source>MRR times 12.</source>
        <translation>MRR mal 12.</translation>
    </message>
    <message>
        <source>Customer churn rate</source>
        <translation>Kundenabwanderungsrate</translation>
    </message>
    <message>
        <source>Share of customers who cancel in a period.</source>
        <translation>Anteil der Kunden, die in einem Zeitraum kündigen.</translation>
    </message>
    <message>
        <source>Customers lost during the period divided by customers at its start, times 100.</source>
        <translation>Im Zeitraum verlorene Kunden geteilt durch die Kunden zu seinem Beginn, mal 100.</translation>
    </message>
    <message>
        <source>Revenue churn rate</source>
        <translation>Umsatzabwanderungsrate</translation>
    </message>
    <message>
        <source>Share of recurring revenue lost to cancellations and downgrades in a period.</source>
        <translation>Anteil des wiederkehrenden Umsatzes, der in einem Zeitraum durch Kündigungen und Herabstufungen verloren geht.</translation>
    </message>
    <message>
        <source>MRR lost to cancellations and downgrades during the period divided by MRR at its start, times 100.</source>
        <translation>Im Zeitraum durch Kündigungen und Herabstufungen verlorener MRR geteilt durch den MRR zu seinem Beginn, mal 100.</translation>
    </message>
    <message>
        <source>Customer retention rate</source>
        <translation>Kundenbindungsrate</translation>
    </message>
    <message>
        <source>Share of customers kept through a period.</source>
        <translation>Anteil der Kunden, die über einen Zeitraum gehalten werden.</translation>
    </message>
    <message>
        <source>100 minus the customer churn rate.</source>
        <translation>100 minus die Kundenabwanderungsrate.</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLTV)</source>
        <translation>Kundenlebenszeitwert (CLTV)</translation>
    </message>
    <message>
        <source>Gross profit a customer brings over the whole relationship.</source>
        <translation>Bruttogewinn, den ein Kunde über die gesamte Geschäftsbeziehung bringt.</translation>
    </message>
    <message>
        <source>Average revenue per account times gross margin, divided by the customer churn rate.</source>
        <translation>Durchschnittlicher Umsatz je Konto mal Bruttomarge, geteilt durch die Kundenabwanderungsrate.</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>Kundenakquisitionskosten (CAC)</translation>
    </message>
    <message>
        <source>What it costs to win one new customer.</source>
        <translation>Was es kostet, einen neuen Kunden zu gewinnen.</translation>
    </message>
    <message>
        <source>Sales and marketing spend in the period divided by the new customers won in it.</source>
        <translation>Vertriebs- und Marketingausgaben im Zeitraum geteilt durch die darin gewonnenen Neukunden.</translation>
    </message>
    <message>
        <source>LTV to CAC ratio</source>
        <translation>Verhältnis LTV zu CAC</translation>
    </message>
    <message>
        <source>How many times a customer&apos;s lifetime value covers the cost of winning them.</source>
        <translation>Wie oft der Lebenszeitwert eines Kunden die Kosten seiner Gewinnung deckt.</translation>
    </message>
    <message>
        <source>Customer lifetime value divided by customer acquisition cost.</source>
        <translation>Kundenlebenszeitwert geteilt durch Kundenakquisitionskosten.</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Bruttomarge</translation>
    </message>
    <message>
        <source>Share of revenue left after the cost of service.</source>
        <translation>Anteil des Umsatzes, der nach den Kosten der Leistungserbringung bleibt.</translation>
    </message>
    <message>
        <source>Revenue minus cost of goods sold (hosting, support, licences), divided by revenue, times 100.</source>
        <translation>Umsatz minus Herstellungskosten (Hosting, Support, Lizenzen), geteilt durch den Umsatz, mal 100.</translation>
    </message>
    <message>
        <source>Daily active users (DAU)</source>
        <translation>Täglich aktive Nutzer (DAU)</translation>
    </message>
    <message>
        <source>Distinct users who use the product on a day.</source>
        <translation>Verschiedene Nutzer, die das Produkt an einem Tag verwenden.</translation>
    </message>
    <message>
        <source>Count of distinct users with at least one meaningful action during the day.</source>
        <translation>Anzahl verschiedener Nutzer mit mindestens einer sinnvollen Aktion an dem Tag.</translation>
    </message>
    <message>
        <source>Monthly active users (MAU)</source>
        <translation>Monatlich aktive Nutzer (MAU)</translation>
    </message>
    <message>
        <source>Distinct users who use the product in a month.</source>
        <translation>Verschiedene Nutzer, die das Produkt in einem Monat verwenden.</translation>
    </message>
    <message>
        <source>Count of distinct users with at least one meaningful action during the month.</source>
        <translation>Anzahl verschiedener Nutzer mit mindestens einer sinnvollen Aktion im Monat.</translation>
    </message>
    <message>
        <source>Stickiness (DAU/MAU)</source>
        <translation>Nutzerbindung (DAU/MAU)</translation>
    </message>
    <message>
        <source>How many of the month&apos;s users come back on a typical day.</source>
        <translation>Wie viele der Nutzer des Monats an einem typischen Tag wiederkommen.</translation>
    </message>
    <message>
        <source>Average DAU divided by MAU, times 100.</source>
        <translation>Durchschnittliche DAU geteilt durch MAU, mal 100.</translation>
    </message>
    <message>
        <source>Feature adoption rate</source>
        <translation>Funktionsnutzungsrate</translation>
    </message>
    <message>
        <source>Share of active users who use a given feature.</source>
        <translation>Anteil der aktiven Nutzer, die eine bestimmte Funktion verwenden.</translation>
    </message>
    <message>
        <source>Users who used the feature in the period divided by active users in the period, times 100.</source>
        <translation>Nutzer, die die Funktion im Zeitraum verwendet haben, geteilt durch die aktiven Nutzer im Zeitraum, mal 100.</translation>
    </message>
    <message>
        <source>Activation rate</source>
        <translation>Aktivierungsrate</translation>
    </message>
    <message>
        <source>Share of new sign-ups who reach the first moment of value.</source>
        <translation>Anteil der Neuanmeldungen, die den ersten Nutzenmoment erreichen.</translation>
    </message>
    <message>
        <source>Sign-ups who completed the activation milestone within 7 days divided by all sign-ups of the period, times 100.</source>
        <translation>Anmeldungen, die den Aktivierungsmeilenstein innerhalb von 7 Tagen erreicht haben, geteilt durch alle Anmeldungen des Zeitraums, mal 100.</translation>
    </message>
    <message>
        <source>Trial conversion rate</source>
        <translation>Konversionsrate der Testphase</translation>
    </message>
    <message>
        <source>Share of trials that become paying customers.</source>
        <translation>Anteil der Testphasen, aus denen zahlende Kunden werden.</translation>
    </message>
    <message>
        <source>Trials converted to paid plans in the period divided by trials that ended in it, times 100.</source>
        <translation>Im Zeitraum in bezahlte Tarife umgewandelte Testphasen geteilt durch die darin beendeten Testphasen, mal 100.</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>New accounts created.</source>
        <translation>Neu angelegte Konten.</translation>
    </message>
    <message>
        <source>Count of accounts created in the period, excluding internal and test accounts.</source>
        <translation>Anzahl der im Zeitraum angelegten Konten, ohne interne und Testkonten.</translation>
    </message>
    <message>
        <source>Time to market</source>
        <translation>Time-to-Market</translation>
    </message>
    <message>
        <source>Days from the approval of a feature to its general availability.</source>
        <translation>Tage von der Freigabe einer Funktion bis zu ihrer allgemeinen Verfügbarkeit.</translation>
    </message>
    <message>
        <source>Median number of days between a feature&apos;s approval and its release to all customers, over the features shipped in the period.</source>
        <translation>Median der Tage zwischen der Freigabe einer Funktion und ihrer Auslieferung an alle Kunden, über die im Zeitraum ausgelieferten Funktionen.</translation>
    </message>
    <message>
        <source>Innovation rate</source>
        <translation>Innovationsrate</translation>
    </message>
    <message>
        <source>Share of revenue from products launched in the last three years.</source>
        <translation>Umsatzanteil von Produkten, die in den letzten drei Jahren eingeführt wurden.</translation>
    </message>
    <message>
        <source>Revenue from products or major features launched in the last N years (3 by default) divided by total revenue, times 100.</source>
        <translation>Umsatz mit Produkten oder wichtigen Funktionen, die in den letzten N Jahren (standardmäßig 3) eingeführt wurden, geteilt durch den Gesamtumsatz, mal 100.</translation>
    </message>
    <message>
        <source>R&amp;D spend ratio</source>
        <translation>F&amp;E-Quote</translation>
    </message>
    <message>
        <source>Research and development spend as a share of revenue.</source>
        <translation>Ausgaben für Forschung und Entwicklung als Anteil am Umsatz.</translation>
    </message>
    <message>
        <source>Research and development spend in the period divided by revenue in the period, times 100; healthy inside a band rather than as high or low as possible.</source>
        <translation>Ausgaben für Forschung und Entwicklung im Zeitraum geteilt durch den Umsatz im Zeitraum, mal 100; gesund innerhalb eines Bereichs, nicht möglichst hoch oder niedrig.</translation>
    </message>
</context>
<context>
    <name>Needle::KpiNoteDialog</name>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
</context>
<context>
    <name>Needle::KpiTableModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue since %1: %2</source>
        <translation>Überfällig seit %1: %2</translation>
    </message>
    <message>
        <source>Overdue since %1: %2 (%3)</source>
        <translation>Überfällig seit %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message numerus="yes">
        <source>Overdue actions: %n</source>
        <translation>
            <numerusform>Überfällige Aufgaben: %n</numerusform>
            <numerusform>Überfällige Aufgaben: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open actions: %n</source>
        <translation>
            <numerusform>Offene Aufgaben: %n</numerusform>
            <numerusform>Offene Aufgaben: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
</context>
<context>
    <name>Needle::KpiValuesTable</name>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date.</source>
        <translation>Zeile %1: „%2“ ist kein Datum.</translation>
    </message>
    <message>
        <source>Line %1: there is no row to paste this value onto.</source>
        <translation>Zeile %1: Es gibt keine Zeile, in die dieser Wert eingefügt werden kann.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a number.</source>
        <translation>Zeile %1: „%2“ ist keine Zahl.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n value(s)</source>
        <translation>
            <numerusform>%n Wert einfügen</numerusform>
            <numerusform>%n Werte einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n value(s)</source>
        <translation>
            <numerusform>%n Wert löschen</numerusform>
            <numerusform>%n Werte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Value...</source>
        <translation>Wert &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>Needle::KpiView</name>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Werte</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularität</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Seit Jahresbeginn</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>Letzte 3 Jahre</translation>
    </message>
    <message>
        <source>All values</source>
        <translation>Alle Werte</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole period again (0)</source>
        <translation>Wieder den ganzen Zeitraum zeigen (0)</translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation>&amp;Granularität:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Besprechungsnotizen</translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation>Notiz &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>No values yet. Add one with Add Value (%1), or paste rows of date and value copied from a spreadsheet (%2).</source>
        <translation>Noch keine Werte. Fügen Sie einen mit „Wert hinzufügen“ (%1) hinzu oder fügen Sie aus einer Tabelle kopierte Zeilen mit Datum und Wert ein (%2).</translation>
    </message>
    <message>
        <source>Add Val&amp;ue…</source>
        <translation>Wert hinz&amp;ufügen…</translation>
    </message>
    <message>
        <source>Add a value for a date (Insert)</source>
        <translation>Einen Wert für ein Datum hinzufügen (Einfg)</translation>
    </message>
</context>
<context>
    <name>Needle::MainWindow</name>
    <message>
        <source>Needle workspaces (*.needle);;All files (*)</source>
        <translation>Needle-Arbeitsbereiche (*.needle);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Needle&lt;/h1&gt;&lt;p&gt;Your product&apos;s KPIs, their targets and benchmarks, and the meetings that review them.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Needle&lt;/h1&gt;&lt;p&gt;Die KPIs Ihres Produkts, ihre Ziele und Benchmarks und die Besprechungen, in denen sie geprüft werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation>Zuletzt verwendete Arbeitsbereiche:</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Neuer Arbeitsbereich …</translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>Filter KPIs by name, key or description</source>
        <translation>KPIs nach Name, Schlüssel oder Beschreibung filtern</translation>
    </message>
    <message>
        <source>Filter KPIs</source>
        <translation>KPIs filtern</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
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
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — Needle</source>
        <translation>%1 — Needle</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Needle</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; Needle does not overwrite workspaces.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen; Needle überschreibt keine Arbeitsbereiche.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace views</source>
        <translation>Ansichten des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>&amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>Export KPI Table as &amp;CSV...</source>
        <translation>KPI-Tabelle als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export KPI Table as CSV</source>
        <translation>KPI-Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>%1-kpis.csv</source>
        <translation>%1-kpis.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>← &amp;Back to the dashboard</source>
        <translation>← &amp;Zurück zum Dashboard</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Zurück zum Dashboard</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>No recent workspaces yet. Start with the demo to look around, or create a new workspace and import your KPIs from a CSV, XLSX or ODS file (File &gt; Import).</source>
        <translation>Noch keine zuletzt geöffneten Arbeitsbereiche. Sehen Sie sich zuerst die Demo an, oder legen Sie einen neuen Arbeitsbereich an und importieren Sie Ihre KPIs aus einer CSV-, XLSX- oder ODS-Datei (Datei &gt; Importieren).</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>%1 is already open in another Needle (%2). Opening it here too is safe, since every change is saved at once, but each window shows the other&apos;s changes only after it is opened again.</source>
        <translation>%1 ist bereits in einem anderen Needle geöffnet (%2). Es auch hier zu öffnen ist sicher, da jede Änderung sofort gespeichert wird, aber jedes Fenster zeigt die Änderungen des anderen erst, nachdem es erneut geöffnet wurde.</translation>
    </message>
</context>
<context>
    <name>Needle::MappingPage</name>
    <message>
        <source>Layout and columns</source>
        <translation>Aufbau und Spalten</translation>
    </message>
    <message>
        <source>Needle guessed how the sheet holds its values. Check the layout and what each column means; the next page shows the values before anything is stored.</source>
        <translation>Needle hat erkannt, wie das Blatt seine Werte enthält. Prüfen Sie den Aufbau und die Bedeutung jeder Spalte; die nächste Seite zeigt die Werte, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Aufbau:</translation>
    </message>
    <message>
        <source>Column &amp;names in row:</source>
        <translation>Spalten&amp;namen in Zeile:</translation>
    </message>
    <message>
        <source>Detect from the sheet</source>
        <translation>Aus dem Blatt erkennen</translation>
    </message>
    <message>
        <source>1,234.5 (decimal point)</source>
        <translation>1,234.5 (Dezimalpunkt)</translation>
    </message>
    <message>
        <source>1.234,5 (decimal comma)</source>
        <translation>1.234,5 (Dezimalkomma)</translation>
    </message>
    <message>
        <source>N&amp;umbers:</source>
        <translation>&amp;Zahlen:</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Tag zuerst (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Monat zuerst (12/31/2024)</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datumsangaben:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Name in der Datei</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>The sheet as the mapping reads it</source>
        <translation>Das Blatt, wie die Zuordnung es liest</translation>
    </message>
    <message>
        <source>Detected: %1, %2% sure.</source>
        <translation>Erkannt: %1, zu %2 % sicher.</translation>
    </message>
    <message>
        <source>Meaning of column %1</source>
        <translation>Bedeutung von Spalte %1</translation>
    </message>
    <message>
        <source>Read as the earlier import of a file like this one was: %1.</source>
        <translation>Gelesen wie beim früheren Import einer solchen Datei: %1.</translation>
    </message>
</context>
<context>
    <name>Needle::MeasurementTableModel</name>
    <message>
        <source>Typed in</source>
        <translation>Eingetippt</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Needle::MeetingSummary</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>There is no meeting with the id %1.</source>
        <translation>Es gibt keine Besprechung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>- %1 (%2, due %3)</source>
        <translation>- %1 (%2, fällig %3)</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source> [done]</source>
        <translation> [erledigt]</translation>
    </message>
    <message>
        <source> [overdue]</source>
        <translation> [überfällig]</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Period under review: %1 to %2</source>
        <translation>Betrachteter Zeitraum: %1 bis %2</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Teilnehmende: %1</translation>
    </message>
    <message numerus="yes">
        <source>Duration: %1; %n KPI(s) discussed</source>
        <translation>
            <numerusform>Dauer: %1; %n KPI besprochen</numerusform>
            <numerusform>Dauer: %1; %n KPIs besprochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Anomalies judged</source>
        <translation>Bewertete Anomalien</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Still open from earlier meetings</source>
        <translation>Noch offen aus früheren Besprechungen</translation>
    </message>
</context>
<context>
    <name>Needle::NewKpiPanel</name>
    <message>
        <source>Names in the file that match no KPI of the workspace:</source>
        <translation>Namen in der Datei, die zu keiner KPI des Arbeitsbereichs passen:</translation>
    </message>
    <message>
        <source>KPIs to create or match</source>
        <translation>Anzulegende oder zuzuordnende KPIs</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Name in der Datei</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>De&amp;cimals:</source>
        <translation>&amp;Nachkommastellen:</translation>
    </message>
    <message>
        <source>Be&amp;tter:</source>
        <translation>&amp;Besser:</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Neue KPI</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Same as %1</source>
        <translation>Gleich %1</translation>
    </message>
    <message>
        <source>Import %1 as</source>
        <translation>%1 importieren als</translation>
    </message>
    <message>
        <source>Create the owners the file names: %1</source>
        <translation>Die in der Datei genannten Verantwortlichen anlegen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As you chose; %1 is created when you import.</source>
        <translation>Wie gewählt; %1 wird beim Import angelegt.</translation>
    </message>
    <message>
        <source>Guessed from the cells; change what is wrong.</source>
        <translation>Aus den Zellen geschätzt; ändern Sie, was nicht stimmt.</translation>
    </message>
    <message>
        <source>Guessed from the cells and the library&apos;s %1; change what is wrong.</source>
        <translation>Aus den Zellen und „%1“ aus der Bibliothek geschätzt; ändern Sie, was nicht stimmt.</translation>
    </message>
</context>
<context>
    <name>Needle::OdsReader</name>
    <message>
        <source>elements are nested too deeply</source>
        <translation>Elemente sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a cell holds more than %1 characters</source>
        <translation>eine Zelle enthält mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>the file is password-protected (encrypted); save it without a password and import it again</source>
        <translation>die Datei ist passwortgeschützt (verschlüsselt); speichern Sie sie ohne Passwort und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>the document has no spreadsheet table</source>
        <translation>das Dokument hat keine Tabelle</translation>
    </message>
    <message>
        <source>the part content.xml cannot be read: %1 (line %2)</source>
        <translation>der Teil content.xml kann nicht gelesen werden: %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>the document has no sheet &quot;%1&quot;</source>
        <translation>das Dokument hat kein Blatt „%1“</translation>
    </message>
    <message>
        <source>the formula has no saved result; open and save the file in a spreadsheet program to compute it</source>
        <translation>die Formel hat kein gespeichertes Ergebnis; öffnen und speichern Sie die Datei in einem Tabellenprogramm, um es zu berechnen</translation>
    </message>
    <message>
        <source>the %1 cell holds no valid value</source>
        <translation>die %1-Zelle enthält keinen gültigen Wert</translation>
    </message>
    <message>
        <source>a cell lies beyond column %1</source>
        <translation>eine Zelle liegt jenseits von Spalte %1</translation>
    </message>
    <message>
        <source>a row lies beyond row %1</source>
        <translation>eine Zeile liegt jenseits von Zeile %1</translation>
    </message>
</context>
<context>
    <name>Needle::OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist; name the file itself. Nothing was written.</source>
        <translation>%1 ist ein Link auf eine Datei, die nicht existiert; geben Sie die Datei selbst an. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is the name of a workspace&apos;s journal file; choose another name. Nothing was written.</source>
        <translation>%1 ist der Name der Journaldatei eines Arbeitsbereichs; wählen Sie einen anderen Namen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, device or pipe); Needle writes only to regular files. It was not changed.</source>
        <translation>%1 ist keine normale Datei (sondern ein Ordner, ein Gerät oder eine Pipe); Needle schreibt nur in normale Dateien. Es wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another name for the output. It was not changed.</source>
        <translation>%1 ist der Arbeitsbereich selbst; wählen Sie einen anderen Namen für die Ausgabe. Er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is a journal file of the workspace; choose another name for the output. It was not changed.</source>
        <translation>%1 ist eine Journaldatei des Arbeitsbereichs; wählen Sie einen anderen Namen für die Ausgabe. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database (perhaps a Needle workspace); choose another name for the output. It was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank (vielleicht ein Needle-Arbeitsbereich); wählen Sie einen anderen Namen für die Ausgabe. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is a workspace&apos;s journal file; choose another name for the output. It was not changed.</source>
        <translation>%1 ist die Journaldatei eines Arbeitsbereichs; wählen Sie einen anderen Namen für die Ausgabe. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: make room on it and try again. Nothing was written.</source>
        <translation>Der Datenträger mit %1 ist voll: Schaffen Sie dort Platz und versuchen Sie es erneut. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Needle::OwnerModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>Needle::OwnersDialog</name>
    <message>
        <source>Owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>Edit owner</source>
        <translation>Verantwortliche Person bearbeiten</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Neue verantwortliche Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
</context>
<context>
    <name>Needle::PdfAmendment</name>
    <message>
        <source>The PDF could not be completed: %1</source>
        <translation>Das PDF konnte nicht fertiggestellt werden: %1</translation>
    </message>
    <message>
        <source>no trailer</source>
        <translation>kein Trailer</translation>
    </message>
    <message>
        <source>no cross-reference table</source>
        <translation>keine Querverweistabelle</translation>
    </message>
    <message>
        <source>no document catalog</source>
        <translation>kein Dokumentkatalog</translation>
    </message>
    <message>
        <source>no pages</source>
        <translation>keine Seiten</translation>
    </message>
    <message>
        <source>a page without an annotation array</source>
        <translation>eine Seite ohne Annotations-Array</translation>
    </message>
    <message>
        <source>an unexpected annotation array</source>
        <translation>ein unerwartetes Annotations-Array</translation>
    </message>
</context>
<context>
    <name>Needle::PdfExporter</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
</context>
<context>
    <name>Needle::PointSource</name>
    <message>
        <source>The formula refers to %1, which is not a KPI key.</source>
        <translation>Die Formel verweist auf %1, das kein KPI-Schlüssel ist.</translation>
    </message>
    <message>
        <source>%1 cannot be computed: %2</source>
        <translation>%1 kann nicht berechnet werden: %2</translation>
    </message>
    <message>
        <source>%1 in the period of %2.</source>
        <translation>%1 im Zeitraum %2.</translation>
    </message>
</context>
<context>
    <name>Needle::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The new language is used the next time Needle starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Needle.</translation>
    </message>
    <message>
        <source>Number and date format</source>
        <translation>Zahlen- und Datumsformat</translation>
    </message>
    <message>
        <source>Same as the language</source>
        <translation>Wie die Sprache</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Numbers and dates:</source>
        <translation>&amp;Zahlen und Datumsangaben:</translation>
    </message>
    <message>
        <source>Write dates as &amp;ISO 8601 (2026-03-31)</source>
        <translation>Datumsangaben als &amp;ISO 8601 schreiben (2026-03-31)</translation>
    </message>
    <message>
        <source>ISO 8601 dates</source>
        <translation>Datumsangaben nach ISO 8601</translation>
    </message>
    <message>
        <source>Format preview</source>
        <translation>Formatvorschau</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Default period</source>
        <translation>Standardzeitraum</translation>
    </message>
    <message>
        <source>Default &amp;period:</source>
        <translation>Standard&amp;zeitraum:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Needle::PresentationWidget</name>
    <message>
        <source>→ next · ← previous · number + Enter jump · G agenda · N note · D decision · A action item · V verdict · B black · Esc leave</source>
        <translation>→ weiter · ← zurück · Nummer + Enter springen · G Tagesordnung · N Notiz · D Entscheidung · A Aufgabe · V Einschätzung · B schwarz · Esc verlassen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Meeting %1 · this KPI %2</source>
        <translation>Besprechung %1 · dieser KPI %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>   go to %1…</source>
        <translation>   zu %1 springen …</translation>
    </message>
    <message>
        <source>*Enter closes the meeting; ← goes back to the last KPI.*</source>
        <translation>*Enter schließt die Besprechung; ← geht zum letzten KPI zurück.*</translation>
    </message>
    <message>
        <source>There is no item %1 on the agenda.</source>
        <translation>Es gibt keinen Punkt %1 auf der Tagesordnung.</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter show · Alt+↑ Alt+↓ move · Delete skip or put back · G or Esc back to the slide</source>
        <translation>↑ ↓ wählen · Eingabe zeigen · Alt+↑ Alt+↓ verschieben · Entf überspringen oder zurückholen · G oder Esc zurück zur Folie</translation>
    </message>
    <message>
        <source>Press Esc again to leave. The meeting stays open: Review &gt; Resume meeting continues where it was.</source>
        <translation>Drücken Sie noch einmal Esc zum Verlassen. Die Besprechung bleibt offen: Review &gt; Besprechung fortsetzen macht dort weiter.</translation>
    </message>
</context>
<context>
    <name>Needle::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Notes on this KPI</source>
        <translation>Notizen zu diesem KPI</translation>
    </message>
    <message>
        <source>On this KPI</source>
        <translation>Zu diesem KPI</translation>
    </message>
    <message>
        <source>%1 · this KPI %2</source>
        <translation>%1 · dieser KPI %2</translation>
    </message>
    <message>
        <source>Now: %1. %2</source>
        <translation>Jetzt: %1. %2</translation>
    </message>
    <message>
        <source> (screen black)</source>
        <translation> (Bildschirm schwarz)</translation>
    </message>
    <message>
        <source> (agenda shown)</source>
        <translation> (Tagesordnung angezeigt)</translation>
    </message>
    <message>
        <source>Now: the summary</source>
        <translation>Jetzt: die Zusammenfassung</translation>
    </message>
    <message>
        <source>Next: the summary</source>
        <translation>Als Nächstes: die Zusammenfassung</translation>
    </message>
    <message>
        <source>Next: %1. %2</source>
        <translation>Als Nächstes: %1. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open: %1 (%2)</source>
        <translation>Offen: %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing yet. N note, D decision, A action item, V verdict.</source>
        <translation>Noch nichts. N Notiz, D Entscheidung, A Aufgabe, V Einschätzung.</translation>
    </message>
</context>
<context>
    <name>Needle::PreviewModel</name>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Needle::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The values as they will be stored. Nothing is written until you choose Import.</source>
        <translation>Die Werte, wie sie gespeichert werden. Nichts wird geschrieben, bevor Sie Importieren wählen.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Values to import</source>
        <translation>Zu importierende Werte</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Import &amp;valid rows only (skip the rows with errors)</source>
        <translation>Nur &amp;gültige Zeilen importieren (fehlerhafte Zeilen überspringen)</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Checking was stopped. Go back, or change a choice to check again.</source>
        <translation>Die Prüfung wurde angehalten. Gehen Sie zurück oder ändern Sie eine Auswahl, um erneut zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n Zeile gelesen</numerusform>
            <numerusform>%n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new value(s)</source>
        <translation>
            <numerusform>%n neuer Wert</numerusform>
            <numerusform>%n neue Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile</numerusform>
            <numerusform>%n fehlerhafte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the errors in the file, change the mapping, or import the valid rows only.</source>
        <translation>Beheben Sie die Fehler in der Datei, ändern Sie die Zuordnung oder importieren Sie nur die gültigen Zeilen.</translation>
    </message>
    <message>
        <source>Importing changes nothing: every value is already stored.</source>
        <translation>Der Import ändert nichts: Jeder Wert ist bereits gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The table shows the first %n value(s).</source>
        <translation>
            <numerusform>Die Tabelle zeigt den ersten Wert.</numerusform>
            <numerusform>Die Tabelle zeigt die ersten %n Werte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::QueryReader</name>
    <message>
        <source>Reading the result failed: %1</source>
        <translation>Das Lesen des Ergebnisses ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Needle::RecordListDialog</name>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>Needle::Refresher</name>
    <message>
        <source>The run could not be logged: %1</source>
        <translation>Der Lauf konnte nicht protokolliert werden: %1</translation>
    </message>
</context>
<context>
    <name>Needle::Report</name>
    <message>
        <source>week %1, %2</source>
        <translation>Woche %1, %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <source>computed as %1</source>
        <translation>berechnet als %1</translation>
    </message>
    <message>
        <source>No data: there is no value between %1 and %2.</source>
        <translation>Keine Daten: Zwischen %1 und %2 gibt es keinen Wert.</translation>
    </message>
    <message>
        <source>%1: %2 in %3; no target is set.</source>
        <translation>%1: %2 im Zeitraum %3; kein Ziel festgelegt.</translation>
    </message>
    <message>
        <source>%1: %2 in %3 against a target of %4.</source>
        <translation>%1: %2 im Zeitraum %3 bei einem Ziel von %4.</translation>
    </message>
    <message>
        <source>The workspace has no KPI with the key &quot;%1&quot;.</source>
        <translation>Der Arbeitsbereich hat keinen KPI mit dem Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>KPI snapshot: %1</source>
        <translation>KPI-Schnappschuss: %1</translation>
    </message>
    <message>
        <source>KPIs of %1, %2</source>
        <translation>KPIs von %1, %2</translation>
    </message>
    <message>
        <source>KPI, snapshot</source>
        <translation>KPI, Schnappschuss</translation>
    </message>
    <message>
        <source>KPI snapshot</source>
        <translation>KPI-Schnappschuss</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>%1 · KPI snapshot as of %2</source>
        <translation>%1 · KPI-Schnappschuss, Stand %2</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Vs. benchmark</source>
        <translation>Ggü. Benchmark</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Anomaly verdicts</source>
        <translation>Einschätzungen zu Anomalien</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>The workspace has no KPIs to report.</source>
        <translation>Der Arbeitsbereich hat keine KPIs für einen Bericht.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The workspace has no meeting %1.</source>
        <translation>Der Arbeitsbereich hat keine Besprechung %1.</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Minutes of the KPI review &quot;%1&quot; of %2, %3</source>
        <translation>Protokoll der KPI-Besprechung „%1“ vom %2, %3</translation>
    </message>
    <message>
        <source>KPI, review, minutes</source>
        <translation>KPI, Besprechung, Protokoll</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>Besprechungsprotokoll</translation>
    </message>
    <message>
        <source>%1 · minutes of %2</source>
        <translation>%1 · Protokoll vom %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Keine festgehalten</translation>
    </message>
    <message>
        <source>Period reviewed</source>
        <translation>Betrachteter Zeitraum</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>%1 discussed</source>
        <translation>%1 besprochen</translation>
    </message>
    <message>
        <source>The meeting had no agenda items.</source>
        <translation>Die Besprechung hatte keine Tagesordnungspunkte.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation>Warum auf der Tagesordnung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not on the agenda</source>
        <translation>Nicht auf der Tagesordnung</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>Es wurden keine Entscheidungen festgehalten.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>No action items were recorded.</source>
        <translation>Es wurden keine Aufgaben festgehalten.</translation>
    </message>
    <message>
        <source>No anomaly verdicts were recorded.</source>
        <translation>Es wurden keine Einschätzungen zu Anomalien festgehalten.</translation>
    </message>
    <message>
        <source>Skipped in the meeting.</source>
        <translation>In der Besprechung übersprungen.</translation>
    </message>
    <message>
        <source>Nothing was recorded about this KPI.</source>
        <translation>Zu diesem KPI wurde nichts festgehalten.</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Anomaly in %1: %2. %3</source>
        <translation>Anomalie im Zeitraum %1: %2. %3</translation>
    </message>
    <message>
        <source>Open action items from earlier meetings</source>
        <translation>Offene Aufgaben aus früheren Besprechungen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Benchmark: %1.</source>
        <translation>Benchmark: %1.</translation>
    </message>
    <message>
        <source>Change: %1.</source>
        <translation>Veränderung: %1.</translation>
    </message>
    <message>
        <source>Against last year: %1.</source>
        <translation>Gegenüber dem Vorjahr: %1.</translation>
    </message>
    <message>
        <source>Trend: %1.</source>
        <translation>Trend: %1.</translation>
    </message>
    <message>
        <source>Forecast: %1.</source>
        <translation>Prognose: %1.</translation>
    </message>
    <message>
        <source>Forecast: %1 to %2 in the next period.</source>
        <translation>Prognose: %1 bis %2 im nächsten Zeitraum.</translation>
    </message>
    <message>
        <source>%1 in %2: %3.</source>
        <translation>%1 im Zeitraum %2: %3.</translation>
    </message>
    <message>
        <source>Why it stands out</source>
        <translation>Warum er auffällt</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalien</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 not discussed</source>
        <translation>%1 nicht besprochen</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Nicht besprochen</translation>
    </message>
</context>
<context>
    <name>Needle::ReviewMenu</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Resume meeting</source>
        <translation>Besprechung fortsetzen</translation>
    </message>
    <message>
        <source>There is no unfinished meeting in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine unbeendete Besprechung.</translation>
    </message>
    <message>
        <source>Meeting to resume:</source>
        <translation>Fortzusetzende Besprechung:</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Be&amp;sprechung</translation>
    </message>
    <message>
        <source>&amp;Start meeting...</source>
        <translation>Besprechung &amp;starten …</translation>
    </message>
    <message>
        <source>&amp;Resume meeting...</source>
        <translation>Besprechung &amp;fortsetzen …</translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Besprechung starten</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>There is no meeting in this workspace yet.</source>
        <translation>In diesem Arbeitsbereich gibt es noch keine Besprechung.</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Besprechung:</translation>
    </message>
    <message>
        <source>Export &amp;minutes as PDF...</source>
        <translation>&amp;Protokoll als PDF exportieren...</translation>
    </message>
    <message>
        <source>Edit agenda</source>
        <translation>Tagesordnung bearbeiten</translation>
    </message>
    <message>
        <source>Edit &amp;agenda...</source>
        <translation>&amp;Tagesordnung bearbeiten...</translation>
    </message>
</context>
<context>
    <name>Needle::ReviewNoteModel</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
</context>
<context>
    <name>Needle::ReviewSession</name>
    <message>
        <source>KPI review, %1</source>
        <translation>KPI-Besprechung, %1</translation>
    </message>
    <message>
        <source>The period under review needs a start on or before its end.</source>
        <translation>Der betrachtete Zeitraum braucht einen Beginn, der nicht nach seinem Ende liegt.</translation>
    </message>
    <message>
        <source>There is no meeting with the id %1.</source>
        <translation>Es gibt keine Besprechung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The meeting is not running.</source>
        <translation>Die Besprechung läuft nicht.</translation>
    </message>
    <message>
        <source>No meeting is open.</source>
        <translation>Keine Besprechung ist geöffnet.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <source>An action item needs an owner.</source>
        <translation>Eine Aufgabe braucht eine verantwortliche Person.</translation>
    </message>
    <message>
        <source>An action item needs a due date.</source>
        <translation>Eine Aufgabe braucht ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>No KPI is on screen.</source>
        <translation>Es wird kein KPI angezeigt.</translation>
    </message>
    <message>
        <source>The meeting &quot;%1&quot; is closed; its agenda can no longer change.</source>
        <translation>Die Besprechung „%1“ ist abgeschlossen; ihre Tagesordnung kann sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Move %1 on the agenda</source>
        <translation>%1 auf der Tagesordnung verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n KPIs on the agenda</source>
        <translation>
            <numerusform>%n Kennzahl auf der Tagesordnung verschieben</numerusform>
            <numerusform>%n Kennzahlen auf der Tagesordnung verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip %1</source>
        <translation>%1 überspringen</translation>
    </message>
    <message>
        <source>Put %1 back on the agenda</source>
        <translation>%1 wieder auf die Tagesordnung setzen</translation>
    </message>
    <message>
        <source>Add %1 to the agenda</source>
        <translation>%1 zur Tagesordnung hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from the agenda</source>
        <translation>%1 von der Tagesordnung entfernen</translation>
    </message>
    <message>
        <source>Skip the KPIs with nothing to discuss</source>
        <translation>Kennzahlen ohne Gesprächsbedarf überspringen</translation>
    </message>
    <message>
        <source>Put the KPIs with nothing to discuss back on the agenda</source>
        <translation>Kennzahlen ohne Gesprächsbedarf wieder auf die Tagesordnung setzen</translation>
    </message>
</context>
<context>
    <name>Needle::RunPage</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Edit &gt; Undo or the import history take it back.</source>
        <translation>Bearbeiten &gt; Rückgängig oder der Importverlauf nehmen ihn zurück.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The column mapping is remembered for the next file like this one.</source>
        <translation>Die Spaltenzuordnung wird für die nächste Datei dieser Art gemerkt.</translation>
    </message>
</context>
<context>
    <name>Needle::Sentences</name>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>for a %1</source>
        <translation>für einen %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>No complete period has a value yet.</source>
        <translation>Noch kein abgeschlossener Zeitraum hat einen Wert.</translation>
    </message>
    <message>
        <source>%1; no target is set.</source>
        <translation>%1; kein Ziel festgelegt.</translation>
    </message>
    <message>
        <source>%1, inside the band of %2.</source>
        <translation>%1, innerhalb des Bereichs %2.</translation>
    </message>
    <message>
        <source>%1, below the band of %2.</source>
        <translation>%1, unterhalb des Bereichs %2.</translation>
    </message>
    <message>
        <source>%1, above the band of %2.</source>
        <translation>%1, oberhalb des Bereichs %2.</translation>
    </message>
    <message>
        <source>%1, exactly on the target.</source>
        <translation>%1, genau im Ziel.</translation>
    </message>
    <message>
        <source>%1, above the target of %2.</source>
        <translation>%1, über dem Ziel von %2.</translation>
    </message>
    <message>
        <source>%1, below the target of %2.</source>
        <translation>%1, unter dem Ziel von %2.</translation>
    </message>
    <message>
        <source>%1, %2 above the target of %3.</source>
        <translation>%1, %2 über dem Ziel von %3.</translation>
    </message>
    <message>
        <source>%1, %2 below the target of %3.</source>
        <translation>%1, %2 unter dem Ziel von %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Level with %1.</source>
        <translation>Gleichauf mit %1.</translation>
    </message>
    <message>
        <source>%1 away from %2.</source>
        <translation>%1 von %2 entfernt.</translation>
    </message>
    <message>
        <source>%1 better than %2.</source>
        <translation>%1 besser als %2.</translation>
    </message>
    <message>
        <source>%1 worse than %2.</source>
        <translation>%1 schlechter als %2.</translation>
    </message>
    <message>
        <source>Unchanged on the same period last year.</source>
        <translation>Unverändert gegenüber dem Vorjahreszeitraum.</translation>
    </message>
    <message>
        <source>Unchanged on the previous period.</source>
        <translation>Unverändert gegenüber dem Vorzeitraum.</translation>
    </message>
    <message>
        <source>Up %1 on the same period last year (%2).</source>
        <translation>%1 mehr als im Vorjahreszeitraum (%2).</translation>
    </message>
    <message>
        <source>Down %1 on the same period last year (%2).</source>
        <translation>%1 weniger als im Vorjahreszeitraum (%2).</translation>
    </message>
    <message>
        <source>Up %1 on the previous period (%2).</source>
        <translation>%1 mehr als im Vorzeitraum (%2).</translation>
    </message>
    <message>
        <source>Down %1 on the previous period (%2).</source>
        <translation>%1 weniger als im Vorzeitraum (%2).</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>hohe Sicherheit</translation>
    </message>
    <message>
        <source>moderate confidence</source>
        <translation>mittlere Sicherheit</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>geringe Sicherheit</translation>
    </message>
    <message numerus="yes">
        <source>No clear trend over the last %n periods.</source>
        <translation>
            <numerusform>Kein klarer Trend im letzten Zeitraum.</numerusform>
            <numerusform>Kein klarer Trend in den letzten %n Zeiträumen.</numerusform>
        </translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>Rising by about %1 a %2 (%3; %4).</source>
        <translation>Steigt um etwa %1 pro %2 (%3; %4).</translation>
    </message>
    <message>
        <source>Falling by about %1 a %2 (%3; %4).</source>
        <translation>Fällt um etwa %1 pro %2 (%3; %4).</translation>
    </message>
    <message>
        <source>Projected %1 by %2, target %3</source>
        <translation>Prognose %1 bis %2, Ziel %3</translation>
    </message>
    <message>
        <source>%1: on pace.</source>
        <translation>%1: im Plan.</translation>
    </message>
    <message>
        <source>%1: just short of the pace.</source>
        <translation>%1: knapp hinter dem Plan.</translation>
    </message>
    <message>
        <source>%1: off pace.</source>
        <translation>%1: hinter dem Plan.</translation>
    </message>
    <message numerus="yes">
        <source>Stale: the last value is from %1 (%n days before the as-of date).</source>
        <translation>
            <numerusform>Veraltet: Der letzte Wert ist vom %1 (%n Tag vor dem Stichtag).</numerusform>
            <numerusform>Veraltet: Der letzte Wert ist vom %1 (%n Tage vor dem Stichtag).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n periods all read %1: is the feed stuck?</source>
        <translation>
            <numerusform>Der letzte Zeitraum zeigt %1: Hängt die Datenquelle?</numerusform>
            <numerusform>Die letzten %n Zeiträume zeigen alle %1: Hängt die Datenquelle?</numerusform>
        </translation>
    </message>
    <message>
        <source>No owner.</source>
        <translation>Niemand verantwortlich.</translation>
    </message>
    <message numerus="yes">
        <source>%n periods in a row above the average of %1.</source>
        <translation>
            <numerusform>%n Zeitraum über dem Durchschnitt von %1.</numerusform>
            <numerusform>%n Zeiträume in Folge über dem Durchschnitt von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n periods in a row below the average of %1.</source>
        <translation>
            <numerusform>%n Zeitraum unter dem Durchschnitt von %1.</numerusform>
            <numerusform>%n Zeiträume in Folge unter dem Durchschnitt von %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The level moved from about %1 to %2 and stayed there; %3 MADs.</source>
        <translation>Das Niveau hat sich von etwa %1 auf %2 verschoben und ist dort geblieben; %3 MADs.</translation>
    </message>
    <message>
        <source>%1 above the expected %2 %3</source>
        <translation>%1 über dem erwarteten Wert %2 %3</translation>
    </message>
    <message>
        <source>%1 below the expected %2 %3</source>
        <translation>%1 unter dem erwarteten Wert %2 %3</translation>
    </message>
    <message>
        <source>%1 above the expected %2</source>
        <translation>%1 über dem erwarteten Wert %2</translation>
    </message>
    <message>
        <source>%1 below the expected %2</source>
        <translation>%1 unter dem erwarteten Wert %2</translation>
    </message>
    <message>
        <source>%1; outside the control limits %2 to %3.</source>
        <translation>%1; außerhalb der Kontrollgrenzen %2 bis %3.</translation>
    </message>
    <message>
        <source>%1; %2 MADs.</source>
        <translation>%1; %2 MADs.</translation>
    </message>
    <message>
        <source> Verdict: %1.</source>
        <translation> Einschätzung: %1.</translation>
    </message>
    <message>
        <source> Verdict: %1 (%2).</source>
        <translation> Einschätzung: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarters</source>
        <translation>
            <numerusform>%n Quartal</numerusform>
            <numerusform>%n Quartalen</numerusform>
        </translation>
    </message>
    <message>
        <source>The lowest %1 on record</source>
        <translation>Niedrigster Wert für %1 seit Beginn der Aufzeichnungen</translation>
    </message>
    <message>
        <source>The highest %1 on record</source>
        <translation>Höchster Wert für %1 seit Beginn der Aufzeichnungen</translation>
    </message>
    <message>
        <source>The lowest %1 in %2</source>
        <translation>Niedrigster Wert für %1 seit %2</translation>
    </message>
    <message>
        <source>The highest %1 in %2</source>
        <translation>Höchster Wert für %1 seit %2</translation>
    </message>
    <message>
        <source>a shortfall from %1 of %2, %3 times the usual %4%5</source>
        <translation>ein Abstand zu %1 von %2, %3-mal so viel wie üblich (%4)%5</translation>
    </message>
    <message>
        <source>a shortfall from %1 of %2 against the usual %3%4</source>
        <translation>ein Abstand zu %1 von %2 gegenüber üblich %3%4</translation>
    </message>
    <message>
        <source>%1 against the usual %2%3</source>
        <translation>%1 gegenüber üblich %2%3</translation>
    </message>
    <message>
        <source>%1 times the expected %2%3</source>
        <translation>%1-mal so viel wie erwartet (%2)%3</translation>
    </message>
    <message>
        <source>%1; %2; %3 MADs.</source>
        <translation>%1; %2; %3 MADs.</translation>
    </message>
</context>
<context>
    <name>Needle::SheetGridModel</name>
    <message>
        <source>TRUE</source>
        <translation>WAHR</translation>
    </message>
    <message>
        <source>FALSE</source>
        <translation>FALSCH</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Needle::SheetPage</name>
    <message>
        <source>Choose the sheet</source>
        <translation>Blatt wählen</translation>
    </message>
    <message>
        <source>The workbook has several sheets. Choose the one with the KPI values.</source>
        <translation>Die Arbeitsmappe hat mehrere Blätter. Wählen Sie das mit den KPI-Werten.</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Blätter</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Erste Zeilen des Blatts</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (ausgeblendet)</translation>
    </message>
    <message>
        <source>Reading sheet %1...</source>
        <translation>Blatt %1 wird gelesen …</translation>
    </message>
</context>
<context>
    <name>Needle::SlideContent</name>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>week %1, %2</source>
        <translation>Woche %1, %2</translation>
    </message>
    <message>
        <source>This KPI no longer exists.</source>
        <translation>Dieser KPI existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 im Zeitraum %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 at the last meeting (%2), %3 now</source>
        <translation>%1 bei der letzten Besprechung (%2), jetzt %3</translation>
    </message>
    <message>
        <source>Decided on %1: %2</source>
        <translation>Entschieden am %1: %2</translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>Erledigt: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Needle::SlideWidget</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Aktuell: %1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Cannot compute</source>
        <translation>Nicht berechenbar</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Against benchmarks</source>
        <translation>Gegenüber Benchmarks</translation>
    </message>
    <message>
        <source>Since the last meeting</source>
        <translation>Seit der letzten Besprechung</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, fällig %3</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <source>OVERDUE: %1</source>
        <translation>ÜBERFÄLLIG: %1</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 — not judged yet (V)</source>
        <translation>%1: %2 — noch nicht bewertet (V)</translation>
    </message>
    <message>
        <source>Flagged in the period</source>
        <translation>Im Zeitraum markiert</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
</context>
<context>
    <name>Needle::SourceConnection</name>
    <message>
        <source>The Qt driver %1 is not installed (Debian: %2).</source>
        <translation>Der Qt-Treiber %1 ist nicht installiert (Debian: %2).</translation>
    </message>
    <message>
        <source>The SQLite file %1 does not exist.</source>
        <translation>Die SQLite-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>The query cannot be prepared: %1</source>
        <translation>Die Abfrage kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The query failed: %1</source>
        <translation>Die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Needle::SourceEditDialog</name>
    <message>
        <source>Data Source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/db, mysql://user@host/db or sqlite:///path/file.db</source>
        <translation>postgresql://user@host:5432/db, mysql://user@host/db oder sqlite:///pfad/datei.db</translation>
    </message>
    <message>
        <source>No password here: PostgreSQL reads ~/.pgpass or PGPASSWORD, MySQL ~/.my.cnf or MYSQL_PWD.</source>
        <translation>Kein Passwort hier: PostgreSQL liest ~/.pgpass oder PGPASSWORD, MySQL ~/.my.cnf oder MYSQL_PWD.</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>(the query names the KPIs: kpi, date, value)</source>
        <translation>(die Abfrage nennt die Kennzahlen: kpi, date, value)</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>SELECT day AS date, count(*) AS value FROM signups WHERE day &gt;= :from GROUP BY day</source>
        <translation>SELECT day AS date, count(*) AS value FROM signups WHERE day &gt;= :from GROUP BY day</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Abfrage:</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>&amp;Aktualisieren:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Give the source a name (without &quot;/&quot;).</source>
        <translation>Geben Sie der Quelle einen Namen (ohne „/“).</translation>
    </message>
    <message>
        <source>Write the query.</source>
        <translation>Schreiben Sie die Abfrage.</translation>
    </message>
    <message>
        <source>The query failed. Nothing would be written.</source>
        <translation>Die Abfrage ist fehlgeschlagen. Nichts würde geschrieben.</translation>
    </message>
</context>
<context>
    <name>Needle::SourceUrl</name>
    <message>
        <source>&quot;%1&quot; is not a source URL: use postgresql://, mysql:// or sqlite:///.</source>
        <translation>„%1“ ist keine Quell-URL: Verwenden Sie postgresql://, mysql:// oder sqlite:///.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>„%1“ ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>The URL holds a password. Passwords are never stored: put it in ~/.pgpass or PGPASSWORD (PostgreSQL), ~/.my.cnf or MYSQL_PWD (MySQL).</source>
        <translation>Die URL enthält ein Passwort. Passwörter werden nie gespeichert: Legen Sie es in ~/.pgpass oder PGPASSWORD (PostgreSQL), ~/.my.cnf oder MYSQL_PWD (MySQL) ab.</translation>
    </message>
    <message>
        <source>A SQLite source needs an absolute path: sqlite:///path/to/file.db.</source>
        <translation>Eine SQLite-Quelle braucht einen absoluten Pfad: sqlite:///pfad/zur/datei.db.</translation>
    </message>
    <message>
        <source>The URL names no database: add /dbname after the host.</source>
        <translation>Die URL nennt keine Datenbank: Fügen Sie /dbname nach dem Host an.</translation>
    </message>
    <message>
        <source>The URL names no host.</source>
        <translation>Die URL nennt keinen Host.</translation>
    </message>
</context>
<context>
    <name>Needle::SourcesController</name>
    <message>
        <source>Data &amp;Sources...</source>
        <translation>Daten&amp;quellen...</translation>
    </message>
    <message>
        <source>Data &amp;Source...</source>
        <translation>Daten&amp;quelle...</translation>
    </message>
    <message>
        <source>Refreshing %1...</source>
        <translation>%1 wird aktualisiert...</translation>
    </message>
    <message>
        <source>Refreshing %1 failed: %2</source>
        <translation>Die Aktualisierung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled job(s) ran.</source>
        <translation>
            <numerusform>Ein geplanter Auftrag lief.</numerusform>
            <numerusform>%n geplante Aufträge liefen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::SpreadsheetReader</name>
    <message>
        <source>the file is password-protected (encrypted); save it without a password and import it again</source>
        <translation>die Datei ist passwortgeschützt (verschlüsselt); speichern Sie sie ohne Passwort und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>this is a legacy Word document, not a spreadsheet</source>
        <translation>dies ist ein altes Word-Dokument, keine Tabelle</translation>
    </message>
    <message>
        <source>this is a legacy PowerPoint file, not a spreadsheet</source>
        <translation>dies ist eine alte PowerPoint-Datei, keine Tabelle</translation>
    </message>
    <message>
        <source>this is a legacy Excel .xls file, which Needle does not read; save it as .xlsx, .ods or .csv</source>
        <translation>dies ist eine alte Excel-Datei (.xls), die Needle nicht liest; speichern Sie sie als .xlsx, .ods oder .csv</translation>
    </message>
    <message>
        <source>this is a PDF document, not a spreadsheet</source>
        <translation>dies ist ein PDF-Dokument, keine Tabelle</translation>
    </message>
    <message>
        <source>this is a gzip-compressed file; decompress it first</source>
        <translation>dies ist eine gzip-komprimierte Datei; entpacken Sie sie zuerst</translation>
    </message>
    <message>
        <source>this is a compressed archive, not a spreadsheet</source>
        <translation>dies ist ein komprimiertes Archiv, keine Tabelle</translation>
    </message>
    <message>
        <source>this is an image, not a spreadsheet</source>
        <translation>dies ist ein Bild, keine Tabelle</translation>
    </message>
    <message>
        <source>this is an Excel 2003 XML spreadsheet, which Needle does not read; save it as .xlsx, .ods or .csv</source>
        <translation>dies ist eine Excel-2003-XML-Tabelle, die Needle nicht liest; speichern Sie sie als .xlsx, .ods oder .csv</translation>
    </message>
    <message>
        <source>this is a web page (HTML), not a spreadsheet; save it as .xlsx, .ods or .csv</source>
        <translation>dies ist eine Webseite (HTML), keine Tabelle; speichern Sie sie als .xlsx, .ods oder .csv</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>this is an OpenDocument text document, not a spreadsheet</source>
        <translation>dies ist ein OpenDocument-Textdokument, keine Tabelle</translation>
    </message>
    <message>
        <source>this is an OpenDocument presentation, not a spreadsheet</source>
        <translation>dies ist eine OpenDocument-Präsentation, keine Tabelle</translation>
    </message>
    <message>
        <source>this is a Word document, not a spreadsheet</source>
        <translation>dies ist ein Word-Dokument, keine Tabelle</translation>
    </message>
    <message>
        <source>this is a PowerPoint presentation, not a spreadsheet</source>
        <translation>dies ist eine PowerPoint-Präsentation, keine Tabelle</translation>
    </message>
    <message>
        <source>this is a ZIP archive that holds no spreadsheet</source>
        <translation>dies ist ein ZIP-Archiv, das keine Tabelle enthält</translation>
    </message>
    <message>
        <source>the file is named .%1 but holds CSV text; it is read as CSV</source>
        <translation>die Datei heißt .%1, enthält aber CSV-Text; sie wird als CSV gelesen</translation>
    </message>
    <message>
        <source>this is a flat OpenDocument file (.fods), which Needle does not read; save it as .ods, .xlsx or .csv</source>
        <translation>dies ist eine flache OpenDocument-Datei (.fods), die Needle nicht liest; speichern Sie sie als .ods, .xlsx oder .csv</translation>
    </message>
    <message>
        <source>this is a pipe or device, not a regular file; save the data to a file first and name that file</source>
        <translation>dies ist eine Pipe oder ein Gerät, keine normale Datei; speichern Sie die Daten zuerst in einer Datei und geben Sie diese an</translation>
    </message>
</context>
<context>
    <name>Needle::Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
    <message>
        <source>The workspace is not an SQLite database.</source>
        <translation>Der Arbeitsbereich ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>Another Needle or another program is writing to the workspace; try again when it has finished.</source>
        <translation>Ein anderes Needle oder ein anderes Programm schreibt gerade in den Arbeitsbereich; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The disk holding the workspace is full; make room on it and try again.</source>
        <translation>Der Datenträger mit dem Arbeitsbereich ist voll; schaffen Sie dort Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database gave the new row no id.</source>
        <translation>Die Datenbank hat der neuen Zeile keine ID gegeben.</translation>
    </message>
</context>
<context>
    <name>Needle::StartMeetingDialog</name>
    <message>
        <source>Start meeting</source>
        <translation>Besprechung starten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Period under review:</source>
        <translation>Betrachteter &amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>&amp;Skip the KPIs with nothing to discuss (they stay on the agenda)</source>
        <translation>KPIs ohne Gesprächsbedarf ü&amp;berspringen (sie bleiben auf der Tagesordnung)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 × %4)</source>
        <translation>%1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>Present &amp;on:</source>
        <translation>Präsentieren &amp;auf:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>A meeting needs a title and a period that starts before it ends.</source>
        <translation>Eine Besprechung braucht einen Titel und einen Zeitraum, der vor seinem Ende beginnt.</translation>
    </message>
    <message>
        <source>&amp;Plan the agenda first...</source>
        <translation>Erst die Tagesordnung &amp;planen...</translation>
    </message>
    <message>
        <source>Saves the meeting with its proposed agenda to reorder, skip and add KPIs before it starts.</source>
        <translation>Speichert die Besprechung mit der vorgeschlagenen Tagesordnung, um vor dem Beginn Kennzahlen umzuordnen, zu überspringen und hinzuzufügen.</translation>
    </message>
    <message>
        <source>Screen %1 (%2 × %3)</source>
        <translation>Bildschirm %1 (%2 × %3)</translation>
    </message>
</context>
<context>
    <name>Needle::StatusNotice</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>File written</source>
        <translation>Datei geschrieben</translation>
    </message>
</context>
<context>
    <name>Needle::TargetForm</name>
    <message>
        <source>Edit target</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;Gültig ab:</translation>
    </message>
    <message>
        <source>Band low</source>
        <translation>Bereich unten</translation>
    </message>
    <message>
        <source>Band high</source>
        <translation>Bereich oben</translation>
    </message>
    <message>
        <source>Band &amp;low:</source>
        <translation>Bereich &amp;unten:</translation>
    </message>
    <message>
        <source>Band &amp;high:</source>
        <translation>Bereich &amp;oben:</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Tolerance for at risk</source>
        <translation>Toleranz für „gefährdet“</translation>
    </message>
    <message>
        <source>How far the value may miss the target and still count as &quot;at risk&quot; rather than &quot;off track&quot;.</source>
        <translation>Wie weit der Wert das Ziel verfehlen darf und trotzdem als „gefährdet“ statt „verfehlt“ gilt.</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Toleranz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Periods the target applies to</source>
        <translation>Perioden, für die das Ziel gilt</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation>die Woche vom %1</translation>
    </message>
    <message>
        <source>The KPI has no values yet; the target applies to every period from this date on.</source>
        <translation>Der KPI hat noch keine Werte; das Ziel gilt für jede Periode ab diesem Datum.</translation>
    </message>
    <message>
        <source>Applies to no period with values: a later target takes over from %1.</source>
        <translation>Gilt für keine Periode mit Werten: ein späteres Ziel gilt ab %1.</translation>
    </message>
    <message>
        <source>Applies to no period with values yet: the latest is %1. Choose an earlier date to apply it to the values there are.</source>
        <translation>Gilt noch für keine Periode mit Werten: die neueste ist %1. Wählen Sie ein früheres Datum, damit es für die vorhandenen Werte gilt.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Applies to every period with values (%1).</source>
        <translation>Gilt für jede Periode mit Werten (%1).</translation>
    </message>
    <message>
        <source>Applies to %1 of the %2 periods with values (%3).</source>
        <translation>Gilt für %1 der %2 Perioden mit Werten (%3).</translation>
    </message>
    <message>
        <source>From %1 the next target applies.</source>
        <translation>Ab %1 gilt das nächste Ziel.</translation>
    </message>
    <message>
        <source>It also applies to every later period.</source>
        <translation>Es gilt auch für jede spätere Periode.</translation>
    </message>
</context>
<context>
    <name>Needle::TargetModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Needle::TargetsDialog</name>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Ziele: %1</translation>
    </message>
</context>
<context>
    <name>Needle::Theme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>Needle::TileText</name>
    <message>
        <source>vs previous day</source>
        <translation>ggü. Vortag</translation>
    </message>
    <message>
        <source>vs previous week</source>
        <translation>ggü. Vorwoche</translation>
    </message>
    <message>
        <source>vs previous month</source>
        <translation>ggü. Vormonat</translation>
    </message>
    <message>
        <source>vs previous quarter</source>
        <translation>ggü. Vorquartal</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (bisher)</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>Target %1 to %2</source>
        <translation>Ziel %1 bis %2</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Anomalies: %n</source>
        <translation>
            <numerusform>Anomalien: %n</numerusform>
            <numerusform>Anomalien: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Benchmark source: %1 (%2)</source>
        <translation>Quelle des Benchmarks: %1 (%2)</translation>
    </message>
    <message>
        <source>Overdue action items:</source>
        <translation>Überfällige Aufgaben:</translation>
    </message>
    <message>
        <source>• %1 (due %2)</source>
        <translation>• %1 (fällig %2)</translation>
    </message>
    <message>
        <source>• %1 (%2, due %3)</source>
        <translation>• %1 (%2, fällig %3)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue actions: %n</source>
        <translation>
            <numerusform>Überfällige Aufgaben: %n</numerusform>
            <numerusform>Überfällige Aufgaben: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
</context>
<context>
    <name>Needle::UndoBatchCommand</name>
    <message>
        <source>Undo import of %1</source>
        <translation>Import von %1 rückgängig machen</translation>
    </message>
</context>
<context>
    <name>Needle::UserTimer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Needle::ValueFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
</context>
<context>
    <name>Needle::ValueParser</name>
    <message>
        <source>the cell is empty, a number is expected</source>
        <translation>die Zelle ist leer, eine Zahl wird erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: it could be %2 or %3; choose the number format</source>
        <translation>„%1“ ist mehrdeutig: Es könnte %2 oder %3 sein; wählen Sie das Zahlenformat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation>„%1“ ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid week: %2 has %3 ISO weeks</source>
        <translation>„%1“ ist keine gültige Woche: %2 hat %3 ISO-Wochen</translation>
    </message>
    <message>
        <source>the cell is empty, a date is expected</source>
        <translation>die Zelle ist leer, ein Datum wird erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: day/month or month/day; choose the date order</source>
        <translation>„%1“ ist mehrdeutig: Tag/Monat oder Monat/Tag; wählen Sie die Datumsreihenfolge</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid quarter</source>
        <translation>„%1“ ist kein gültiges Quartal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
</context>
<context>
    <name>Needle::WatchedFoldersDialog</name>
    <message>
        <source>Watched Folders</source>
        <translation>Überwachte Ordner</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Überwachte Ordner</translation>
    </message>
    <message>
        <source>&amp;Add Folder...</source>
        <translation>Ordner &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>This folder does not exist at the moment.</source>
        <translation>Dieser Ordner existiert im Moment nicht.</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Ordner überwachen</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>New or changed spreadsheets in these folders are imported in the background, each with the mapping saved when a file of the same shape was imported with the wizard, or as it is when it needs no questions. Results appear in the status bar, the import history and the log below. Untick a folder to pause it.</source>
        <translation>Neue oder geänderte Tabellen in diesen Ordnern werden im Hintergrund importiert, jeweils mit der Zuordnung, die beim Import einer gleich aufgebauten Datei mit dem Assistenten gespeichert wurde, oder so, wie sie ist, wenn sie keine Fragen aufwirft. Ergebnisse erscheinen in der Statusleiste, im Importverlauf und im Protokoll unten. Haken entfernen, um einen Ordner anzuhalten.</translation>
    </message>
    <message>
        <source>Files tried since Needle started:</source>
        <translation>Seit dem Start von Needle versuchte Dateien:</translation>
    </message>
    <message>
        <source>Files tried since Needle started</source>
        <translation>Seit dem Start von Needle versuchte Dateien</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
</context>
<context>
    <name>Needle::Workspace</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>An owner needs a name.</source>
        <translation>Eine verantwortliche Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>An owner called %1 already exists.</source>
        <translation>Es gibt bereits eine verantwortliche Person namens %1.</translation>
    </message>
    <message>
        <source>Add owner %1</source>
        <translation>Verantwortliche Person %1 hinzufügen</translation>
    </message>
    <message>
        <source>The owner no longer exists.</source>
        <translation>Die verantwortliche Person existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit owner %1</source>
        <translation>Verantwortliche Person %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove owner %1</source>
        <translation>Verantwortliche Person %1 entfernen</translation>
    </message>
    <message>
        <source>A KPI with the key %1 already exists.</source>
        <translation>Es gibt bereits einen KPI mit dem Schlüssel %1.</translation>
    </message>
    <message>
        <source>Add KPI %1</source>
        <translation>KPI %1 hinzufügen</translation>
    </message>
    <message>
        <source>The KPI no longer exists.</source>
        <translation>Der KPI existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit KPI %1</source>
        <translation>KPI %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove KPI %1</source>
        <translation>KPI %1 entfernen</translation>
    </message>
    <message>
        <source>The KPI of this target no longer exists.</source>
        <translation>Der KPI dieses Ziels existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A target needs the date it takes effect.</source>
        <translation>Ein Ziel braucht das Datum, ab dem es gilt.</translation>
    </message>
    <message>
        <source>A target needs a value, or a low and a high bound.</source>
        <translation>Ein Ziel braucht einen Wert oder eine Unter- und Obergrenze.</translation>
    </message>
    <message>
        <source>The low bound of a band must not exceed the high bound.</source>
        <translation>Die Untergrenze eines Bereichs darf die Obergrenze nicht überschreiten.</translation>
    </message>
    <message>
        <source>The deadline must not be before the target takes effect.</source>
        <translation>Die Frist darf nicht vor dem Beginn der Gültigkeit des Ziels liegen.</translation>
    </message>
    <message>
        <source>The tolerance must be between 0% and 100%.</source>
        <translation>Die Toleranz muss zwischen 0 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>The target no longer exists.</source>
        <translation>Das Ziel existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>The KPI of this benchmark no longer exists.</source>
        <translation>Der KPI dieses Benchmarks existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A benchmark needs a label, such as &quot;SaaS median&quot;.</source>
        <translation>Ein Benchmark braucht eine Bezeichnung, etwa „SaaS-Median“.</translation>
    </message>
    <message>
        <source>A benchmark needs a finite value.</source>
        <translation>Ein Benchmark braucht einen endlichen Wert.</translation>
    </message>
    <message>
        <source>Add benchmark %1</source>
        <translation>Benchmark %1 hinzufügen</translation>
    </message>
    <message>
        <source>The benchmark no longer exists.</source>
        <translation>Der Benchmark existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit benchmark %1</source>
        <translation>Benchmark %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove benchmark %1</source>
        <translation>Benchmark %1 entfernen</translation>
    </message>
    <message>
        <source>Set value</source>
        <translation>Wert setzen</translation>
    </message>
    <message>
        <source>There is no value on %1.</source>
        <translation>Am %1 gibt es keinen Wert.</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Wert entfernen</translation>
    </message>
    <message>
        <source>A value needs a valid date.</source>
        <translation>Ein Wert braucht ein gültiges Datum.</translation>
    </message>
    <message>
        <source>A value must be a finite number.</source>
        <translation>Ein Wert muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>%1 is computed from its formula; its values cannot be typed in.</source>
        <translation>%1 wird aus seiner Formel berechnet; seine Werte können nicht eingetippt werden.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht Text.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>Die Notiz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>A verdict needs the period it judges.</source>
        <translation>Eine Einschätzung braucht den Zeitraum, den sie bewertet.</translation>
    </message>
    <message>
        <source>Record verdict</source>
        <translation>Einschätzung festhalten</translation>
    </message>
    <message>
        <source>The verdict no longer exists.</source>
        <translation>Die Einschätzung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Remove verdict</source>
        <translation>Einschätzung entfernen</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Eine Besprechung braucht einen Titel.</translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Eine Besprechung braucht ein Datum.</translation>
    </message>
    <message>
        <source>There is already a source named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Quelle namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Needle::WorkspaceLock</name>
    <message>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
    <message>
        <source>Workspace already open</source>
        <translation>Arbeitsbereich bereits geöffnet</translation>
    </message>
    <message>
        <source>&amp;Open Here Too</source>
        <translation>&amp;Auch hier öffnen</translation>
    </message>
</context>
<context>
    <name>Needle::WorkspaceStatus</name>
    <message>
        <source>Last import</source>
        <translation>Letzter Import</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Aktualität der Daten</translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Noch keine Importe</translation>
    </message>
    <message>
        <source>Every import undone</source>
        <translation>Alle Importe rückgängig gemacht</translation>
    </message>
    <message>
        <source>Import KPI values with File &gt; Import... or by dropping a spreadsheet on the window. Click to open the import history.</source>
        <translation>Kennzahlwerte importieren Sie mit Datei &gt; Importieren... oder indem Sie eine Tabelle auf das Fenster ziehen. Klicken öffnet den Importverlauf.</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, Blatt %2</translation>
    </message>
    <message>
        <source>%1 (last value %2)</source>
        <translation>%1 (letzter Wert %2)</translation>
    </message>
    <message>
        <source>Checking data freshness...</source>
        <translation>Aktualität der Daten wird geprüft...</translation>
    </message>
    <message>
        <source>No values yet</source>
        <translation>Noch keine Werte</translation>
    </message>
    <message>
        <source>No KPI has a value yet.</source>
        <translation>Noch keine Kennzahl hat einen Wert.</translation>
    </message>
    <message>
        <source>Data as of %1; every KPI current</source>
        <translation>Daten bis %1; alle Kennzahlen aktuell</translation>
    </message>
    <message>
        <source>The latest value is from %1 and every KPI has a recent value for its cadence.</source>
        <translation>Der neueste Wert ist vom %1, und jede Kennzahl hat einen aktuellen Wert für ihren Rhythmus.</translation>
    </message>
    <message>
        <source>No value for more than one and a half periods of their cadence:
%1</source>
        <translation>Seit mehr als anderthalb Perioden ihres Rhythmus ohne Wert:
%1</translation>
    </message>
    <message>
        <source>Last import: %1, %2, values: %3</source>
        <translation>Letzter Import: %1, %2, Werte: %3</translation>
    </message>
    <message>
        <source>%1 imported on %2. Values written: %3; rows read: %4. Click to open the import history.</source>
        <translation>%1 importiert am %2. Geschriebene Werte: %3; gelesene Zeilen: %4. Klicken öffnet den Importverlauf.</translation>
    </message>
    <message numerus="yes">
        <source>Data as of %1; stale KPIs: %n</source>
        <translation>
            <numerusform>Daten bis %1; veraltete Kennzahlen: %n</numerusform>
            <numerusform>Daten bis %1; veraltete Kennzahlen: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::XlsxFormats</name>
    <message>
        <source>%1 is not a date in the spreadsheet&apos;s date system</source>
        <translation>%1 ist im Datumssystem der Tabelle kein Datum</translation>
    </message>
    <message>
        <source>the date is 1900-02-29, a day that does not exist (Excel&apos;s 1900 leap-year bug)</source>
        <translation>das Datum ist der 1900-02-29, ein Tag, den es nicht gibt (Excels Schaltjahrfehler von 1900)</translation>
    </message>
    <message>
        <source>the date is 1900-01-00, which does not exist</source>
        <translation>das Datum ist der 1900-01-00, den es nicht gibt</translation>
    </message>
</context>
<context>
    <name>Needle::XlsxReader</name>
    <message>
        <source>the package has no workbook part; it is not an Excel workbook</source>
        <translation>das Paket hat keinen Arbeitsmappen-Teil; es ist keine Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>the part %1 cannot be read: %2 (line %3)</source>
        <translation>der Teil %1 kann nicht gelesen werden: %2 (Zeile %3)</translation>
    </message>
    <message>
        <source>the sheet %1 has no part %2 in the package</source>
        <translation>das Blatt %1 hat keinen Teil %2 im Paket</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>die Arbeitsmappe hat kein Arbeitsblatt</translation>
    </message>
    <message>
        <source>the part %1 defines more than a million cell styles</source>
        <translation>der Teil %1 definiert mehr als eine Million Zellformate</translation>
    </message>
    <message>
        <source>a shared string holds more than %1 characters</source>
        <translation>eine gemeinsame Zeichenkette enthält mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>elements are nested too deeply</source>
        <translation>Elemente sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the shared strings hold more than %1 million characters</source>
        <translation>die gemeinsamen Zeichenketten enthalten mehr als %1 Millionen Zeichen</translation>
    </message>
    <message>
        <source>the merged cells cover more than a million cells; they are read as they are stored, not filled</source>
        <translation>die verbundenen Zellen umfassen mehr als eine Million Zellen; sie werden gelesen, wie sie gespeichert sind, nicht aufgefüllt</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;</source>
        <translation>die Arbeitsmappe hat kein Blatt „%1“</translation>
    </message>
    <message>
        <source>row number %1 is beyond Excel&apos;s %2 rows</source>
        <translation>die Zeilennummer %1 liegt jenseits von Excels %2 Zeilen</translation>
    </message>
    <message>
        <source>the rows are out of order</source>
        <translation>die Zeilen sind nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>the cell reference %1 is malformed</source>
        <translation>der Zellbezug %1 ist fehlerhaft</translation>
    </message>
    <message>
        <source>the cell reference %1 is beyond Excel&apos;s limits</source>
        <translation>der Zellbezug %1 liegt jenseits der Grenzen von Excel</translation>
    </message>
    <message>
        <source>the cell %1 is out of order</source>
        <translation>die Zelle %1 ist nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>the formula has no saved result; open and save the file in a spreadsheet program to compute it</source>
        <translation>die Formel hat kein gespeichertes Ergebnis; öffnen und speichern Sie die Datei in einem Tabellenprogramm, um es zu berechnen</translation>
    </message>
    <message>
        <source>the shared string %1 does not exist</source>
        <translation>die gemeinsame Zeichenkette %1 existiert nicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the shared strings hold more than %1 million entries</source>
        <translation>die gemeinsamen Zeichenketten enthalten mehr als %1 Millionen Einträge</translation>
    </message>
</context>
<context>
    <name>Needle::XmlGuard</name>
    <message>
        <source>it contains a DOCTYPE declaration, which Needle refuses</source>
        <translation>sie enthält eine DOCTYPE-Deklaration, die Needle ablehnt</translation>
    </message>
    <message>
        <source>elements are nested too deeply</source>
        <translation>Elemente sind zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a cell holds more than %1 characters</source>
        <translation>eine Zelle enthält mehr als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>Needle::ZipPackage</name>
    <message>
        <source>the archive entry %1 is damaged</source>
        <translation>der Archiveintrag %1 ist beschädigt</translation>
    </message>
    <message>
        <source>the archive entry %1 is damaged (its checksum does not match)</source>
        <translation>der Archiveintrag %1 ist beschädigt (seine Prüfsumme stimmt nicht)</translation>
    </message>
    <message>
        <source>the archive entry %1 inflates to more than %2 MB; it may be a zip bomb</source>
        <translation>der Archiveintrag %1 entpackt sich auf mehr als %2 MB; es könnte eine ZIP-Bombe sein</translation>
    </message>
    <message>
        <source>the archive entry %1 is compressed more than %2 times; it may be a zip bomb</source>
        <translation>der Archiveintrag %1 ist mehr als %2-fach komprimiert; es könnte eine ZIP-Bombe sein</translation>
    </message>
    <message>
        <source>the archive is damaged or truncated</source>
        <translation>das Archiv ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>the archive holds more than 100,000 entries</source>
        <translation>das Archiv enthält mehr als 100.000 Einträge</translation>
    </message>
    <message>
        <source>the archive holds an entry with an unsafe name (%1)</source>
        <translation>das Archiv enthält einen Eintrag mit einem unsicheren Namen (%1)</translation>
    </message>
    <message>
        <source>the archive holds the entry %1 twice</source>
        <translation>das Archiv enthält den Eintrag %1 doppelt</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>der Teil %1 fehlt</translation>
    </message>
    <message>
        <source>the archive entry %1 cannot be read; the file is damaged</source>
        <translation>der Archiveintrag %1 kann nicht gelesen werden; die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the part %1 is larger than %2 MB</source>
        <translation>der Teil %1 ist größer als %2 MB</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>This command is not available in this build.</source>
        <translation>Dieser Befehl ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>die Ausgabe konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not write to standard output (%1); the output is incomplete.</source>
        <translation>Die Standardausgabe konnte nicht geschrieben werden (%1); die Ausgabe ist unvollständig.</translation>
    </message>
</context>
</TS>
