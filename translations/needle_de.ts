<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Usage:
  needle [WORKSPACE]                  open the app (a welcome screen without a workspace)
  needle demo WORKSPACE               write a demo workspace
  needle import WORKSPACE FILE... [--sheet NAME] [--layout auto|long|wide]
                [--create-kpis] [--dry-run] [--skip-invalid] [--json]
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
</source>
        <translation>Aufruf:
  needle [WORKSPACE]                  die App öffnen (ohne Arbeitsbereich ein Startbildschirm)
  needle demo WORKSPACE               einen Demo-Arbeitsbereich schreiben
  needle import WORKSPACE FILE... [--sheet NAME] [--layout auto|long|wide]
                [--create-kpis] [--dry-run] [--skip-invalid] [--json]
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
</translation>
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
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot open an in-memory database.</source>
        <translation>Eine Datenbank im Arbeitsspeicher kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Needle::DemoCommand</name>
    <message>
        <source>Wrote the demo workspace %1.</source>
        <translation>Demo-Arbeitsbereich %1 geschrieben.</translation>
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
    <name>Needle::Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>This command is not available in this build.</source>
        <translation>Dieser Befehl ist in diesem Build nicht verfügbar.</translation>
    </message>
</context>
</TS>
