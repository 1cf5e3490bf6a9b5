<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Needle</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>A source needs a name without &quot;/&quot;.</source>
        <translation>Une source demande un nom sans « / ».</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>La requête est vide.</translation>
    </message>
    <message>
        <source>There is already a source named &quot;%1&quot;.</source>
        <translation>Il existe déjà une source nommée « %1 ».</translation>
    </message>
    <message>
        <source>There is no KPI &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de KPI « %1 ».</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; added: %2.</source>
        <translation>Source « %1 » ajoutée : %2.</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>jamais exécutée</translation>
    </message>
    <message>
        <source>There is no source named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de source nommée « %1 ».</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; removed; the values it wrote stay (undo-import removes them).</source>
        <translation>Source « %1 » supprimée ; les valeurs qu&apos;elle a écrites restent (undo-import les retire).</translation>
    </message>
    <message>
        <source>The workspace has no data sources.</source>
        <translation>L&apos;espace de travail n&apos;a aucune source de données.</translation>
    </message>
    <message>
        <source>%1: the refresh failed. Nothing was written.</source>
        <translation>%1 : l&apos;actualisation a échoué. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>&quot;systemctl --user %1&quot; failed: %2</source>
        <translation>« systemctl --user %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>An export job needs a name of its own.</source>
        <translation>Une tâche d&apos;export demande un nom qui lui soit propre.</translation>
    </message>
    <message>
        <source>Export job &quot;%1&quot; added: %2 into %3.</source>
        <translation>Tâche d&apos;export « %1 » ajoutée : %2 dans %3.</translation>
    </message>
    <message>
        <source>There is no export job named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de tâche d&apos;export nommée « %1 ».</translation>
    </message>
    <message>
        <source>%1: another runner is at work on it; nothing was run.</source>
        <translation>%1 : un autre exécuteur y travaille déjà ; rien n&apos;a été lancé.</translation>
    </message>
    <message>
        <source>%1: nothing is due.</source>
        <translation>%1 : rien n&apos;est à faire.</translation>
    </message>
    <message>
        <source>%1 is not a workspace file.</source>
        <translation>%1 n&apos;est pas un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>systemd is not running here: add this line with &quot;crontab -e&quot;:</source>
        <translation>systemd ne tourne pas ici : ajoutez cette ligne avec « crontab -e » :</translation>
    </message>
    <message>
        <source>systemd is not running here: remove the line that calls run-due for %1 with &quot;crontab -e&quot;.</source>
        <translation>systemd ne tourne pas ici : retirez avec « crontab -e » la ligne qui appelle run-due pour %1.</translation>
    </message>
    <message>
        <source>The timer %1 runs run-due (%2).</source>
        <translation>Le minuteur %1 lance run-due (%2).</translation>
    </message>
    <message>
        <source>Enable it with: systemctl --user enable --now %1</source>
        <translation>Activez-le avec : systemctl --user enable --now %1</translation>
    </message>
    <message>
        <source>No timer was installed for %1.</source>
        <translation>Aucun minuteur n&apos;était installé pour %1.</translation>
    </message>
</context>
<context>
    <name>Needle::ActionItemModel</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
</context>
<context>
    <name>Needle::ActionItemsWindow</name>
    <message>
        <source>Action items — %1</source>
        <translation>Actions — %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
</context>
<context>
    <name>Needle::AddValueDialog</name>
    <message>
        <source>Add Value: %1</source>
        <translation>Ajouter une valeur : %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>This date already has a value; adding replaces it.</source>
        <translation>Cette date a déjà une valeur ; l’ajout la remplace.</translation>
    </message>
</context>
<context>
    <name>Needle::Agenda</name>
    <message>
        <source>The one metric that matters</source>
        <translation>L’indicateur qui compte</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Hors trajectoire</translation>
    </message>
    <message>
        <source>New anomaly to judge</source>
        <translation>Nouvelle anomalie à juger</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>No recent value</source>
        <translation>Pas de valeur récente</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Pour information</translation>
    </message>
    <message>
        <source>Added to the agenda</source>
        <translation>Ajouté à l’ordre du jour</translation>
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
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Start meeting</source>
        <translation>&amp;Démarrer la réunion</translation>
    </message>
    <message>
        <source>Agenda — %1</source>
        <translation>Ordre du jour — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: the period from %3 to %4. Changes are saved as you make them.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 : la période du %3 au %4. Les modifications sont enregistrées au fur et à mesure.</translation>
    </message>
</context>
<context>
    <name>Needle::AgendaEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Drag to reorder (or Alt+Up, Alt+Down); untick or press Delete to skip; double-click or Enter to show it.</source>
        <translation>Glisser pour réordonner (ou Alt+Haut, Alt+Bas) ; décocher ou Suppr pour sauter ; double-clic ou Entrée pour l’afficher.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>KPI to add</source>
        <translation>Indicateur à ajouter</translation>
    </message>
    <message>
        <source>&amp;Add KPI</source>
        <translation>&amp;Ajouter l’indicateur</translation>
    </message>
    <message>
        <source>Adds the chosen KPI after the item on screen.</source>
        <translation>Ajoute l’indicateur choisi après le point affiché.</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message>
        <source>Every KPI is on the agenda</source>
        <translation>Tous les indicateurs sont à l’ordre du jour</translation>
    </message>
    <message>
        <source>Put &amp;back</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Sk&amp;ip</source>
        <translation>&amp;Sauter</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir : %1</translation>
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
        <translation> (sauté)</translation>
    </message>
    <message>
        <source>%1 is skipped: the slides pass over it. Tick it to put it back.</source>
        <translation>%1 est sauté : les diapositives le passent. Cochez-le pour le rétablir.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n KPIs on the agenda</source>
        <translation>
            <numerusform>Déplacer %n indicateur dans l’ordre du jour</numerusform>
            <numerusform>Déplacer %n indicateurs dans l’ordre du jour</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::Analysis</name>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
</context>
<context>
    <name>Needle::BenchmarkModel</name>
    <message>
        <source>Benchmark</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
</context>
<context>
    <name>Needle::BenchmarksDialog</name>
    <message>
        <source>Benchmarks</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Benchmarks: %1</source>
        <translation>Références : %1</translation>
    </message>
    <message>
        <source>Edit benchmark</source>
        <translation>Modifier la référence</translation>
    </message>
    <message>
        <source>New benchmark</source>
        <translation>Nouvelle référence</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>e.g. SaaS median, top quartile</source>
        <translation>p. ex. médiane SaaS, quartile supérieur</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Report, survey or URL the value comes from</source>
        <translation>Rapport, enquête ou URL d’où vient la valeur</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;En date du :</translation>
    </message>
</context>
<context>
    <name>Needle::CapturePanel</name>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Flagged value</source>
        <translation>Valeur signalée</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>What was said (Enter saves, Esc closes)</source>
        <translation>Ce qui a été dit (Entrée enregistre, Échap ferme)</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision :</translation>
    </message>
    <message>
        <source>What was decided (Enter saves, Esc closes)</source>
        <translation>Ce qui a été décidé (Entrée enregistre, Échap ferme)</translation>
    </message>
    <message>
        <source>Action item:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <source>What is to be done (Enter saves, Esc closes)</source>
        <translation>Ce qu’il faut faire (Entrée enregistre, Échap ferme)</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict :</translation>
    </message>
    <message>
        <source>The explanation (Enter saves, Esc closes)</source>
        <translation>L’explication (Entrée enregistre, Échap ferme)</translation>
    </message>
    <message>
        <source>Owner…</source>
        <translation>Responsable…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Note enregistrée</translation>
    </message>
    <message>
        <source>Decision saved</source>
        <translation>Décision enregistrée</translation>
    </message>
    <message>
        <source>Action item saved</source>
        <translation>Action enregistrée</translation>
    </message>
    <message>
        <source>Nothing is flagged on this KPI in the period under review.</source>
        <translation>Rien n’est signalé pour ce KPI sur la période examinée.</translation>
    </message>
    <message>
        <source>Verdict saved</source>
        <translation>Verdict enregistré</translation>
    </message>
</context>
<context>
    <name>Needle::CellValues</name>
    <message>
        <source>The date is not valid.</source>
        <translation>La date n’est pas valide.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>La date est absente.</translation>
    </message>
    <message>
        <source>%1 is a number, not a date.</source>
        <translation>%1 est un nombre, pas une date.</translation>
    </message>
    <message>
        <source>A true/false cell is not a date.</source>
        <translation>Une cellule vrai/faux n’est pas une date.</translation>
    </message>
    <message>
        <source>The cell holds the error %1.</source>
        <translation>La cellule contient l’erreur %1.</translation>
    </message>
    <message>
        <source>The value is not a finite number.</source>
        <translation>La valeur n’est pas un nombre fini.</translation>
    </message>
    <message>
        <source>The value is missing.</source>
        <translation>La valeur est absente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number.</source>
        <translation>« %1 » n’est pas un nombre fini.</translation>
    </message>
    <message>
        <source>A true/false cell is not a number.</source>
        <translation>Une cellule vrai/faux n’est pas un nombre.</translation>
    </message>
    <message>
        <source>A date is not a value.</source>
        <translation>Une date n’est pas une valeur.</translation>
    </message>
</context>
<context>
    <name>Needle::ChangeLogDialog</name>
    <message>
        <source>Change log: %1</source>
        <translation>Journal des modifications : %1</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Journal des modifications</translation>
    </message>
</context>
<context>
    <name>Needle::ChangeLogModel</name>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
</context>
<context>
    <name>Needle::ChangeLogText</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation>Avancé ou retardé</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agrégation</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Décimales</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>One metric that matters</source>
        <translation>L’indicateur qui compte</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Anomaly sensitivity</source>
        <translation>Sensibilité aux anomalies</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Valeur cible</translation>
    </message>
    <message>
        <source>Band from</source>
        <translation>Plage de</translation>
    </message>
    <message>
        <source>Band to</source>
        <translation>Plage à</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigueur à partir du</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Benchmark value</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À la date du</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>formula error</source>
        <translation>erreur de formule</translation>
    </message>
    <message>
        <source>anomalies: %1</source>
        <translation>anomalies : %1</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <source>flatline</source>
        <translation>valeur figée</translation>
    </message>
    <message>
        <source>off pace</source>
        <translation>en retard sur le rythme</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>As of %1; anomalies from %2 to %3.</source>
        <translation>Au %1 ; anomalies du %2 au %3.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue action items: %n</source>
        <translation>
            <numerusform>Actions en retard : %n</numerusform>
            <numerusform>Actions en retard : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1, %2: %3</source>
        <translation>échéance %1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>Needle::ColumnMapping</name>
    <message>
        <source>Long (one row per value)</source>
        <translation>Long (une ligne par valeur)</translation>
    </message>
    <message>
        <source>Wide (one column per KPI)</source>
        <translation>Large (une colonne par KPI)</translation>
    </message>
    <message>
        <source>Transposed (one row per KPI)</source>
        <translation>Transposé (une ligne par KPI)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Choose the column that names the KPI.</source>
        <translation>Choisissez la colonne qui nomme le KPI.</translation>
    </message>
    <message>
        <source>Choose the column that holds the dates.</source>
        <translation>Choisissez la colonne qui contient les dates.</translation>
    </message>
    <message>
        <source>Choose the column that holds the values.</source>
        <translation>Choisissez la colonne qui contient les valeurs.</translation>
    </message>
    <message>
        <source>Choose at least one column of KPI values.</source>
        <translation>Choisissez au moins une colonne de valeurs de KPI.</translation>
    </message>
    <message>
        <source>Choose at least one column of period values.</source>
        <translation>Choisissez au moins une colonne de valeurs d’une période.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named &quot;%3&quot;: rename one in the file or set one to %4.</source>
        <translation>Les colonnes %1 et %2 s&apos;appellent toutes deux « %3 » : renommez-en une dans le fichier ou réglez-en une sur %4.</translation>
    </message>
    <message>
        <source> (both named &quot;%1&quot;)</source>
        <translation> (toutes deux nommées « %1 »)</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both mean %3%4: set the one not to import to %5.</source>
        <translation>Les colonnes %1 et %2 signifient toutes deux %3%4 : réglez celle à ne pas importer sur %5.</translation>
    </message>
</context>
<context>
    <name>Needle::CommandLine</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>L’option --%1 attend une valeur.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue : %1.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1&quot;. See needle --help.</source>
        <translation>Nombre d’arguments incorrect pour « %1 ». Voir needle --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See needle --help.</source>
        <translation>Commande inconnue « %1 ». Voir needle --help.</translation>
    </message>
    <message>
        <source>The batch must be a positive number, not &quot;%1&quot;.</source>
        <translation>Le lot doit être un nombre positif, pas « %1 ».</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>L’option --%1 ne s’applique pas à « %2 ».</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Option inconnue : --%1.</translation>
    </message>
    <message>
        <source>--lang takes a language code such as de, fr or es, not &quot;%1&quot;.</source>
        <translation>--lang attend un code de langue comme de, fr ou es, pas « %1 ».</translation>
    </message>
    <message>
        <source>--layout takes auto, long or wide, not &quot;%1&quot;.</source>
        <translation>--layout attend auto, long ou wide, pas « %1 ».</translation>
    </message>
    <message>
        <source>--rollup takes day, week, month or quarter, not &quot;%1&quot;.</source>
        <translation>--rollup attend day, week, month ou quarter, pas « %1 ».</translation>
    </message>
    <message>
        <source>--meeting takes a meeting number, not &quot;%1&quot;.</source>
        <translation>--meeting attend un numéro de réunion, pas « %1 ».</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 attend une date au format AAAA-MM-JJ, pas « %2 ».</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from ne doit pas être postérieur à --to.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2, not &quot;%3&quot;.</source>
        <translation>« %1 » attend %2, pas « %3 ».</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1 %2&quot;. See needle --help.</source>
        <translation>Nombre d&apos;arguments incorrect pour « %1 %2 ». Voir needle --help.</translation>
    </message>
    <message>
        <source>source add needs --url.</source>
        <translation>source add demande --url.</translation>
    </message>
    <message>
        <source>source add needs either --query or --query-file.</source>
        <translation>source add demande --query ou --query-file.</translation>
    </message>
    <message>
        <source>A source feeds one KPI (--kpi) or names them in its query.</source>
        <translation>Une source alimente un KPI (--kpi) ou les nomme dans sa requête.</translation>
    </message>
    <message>
        <source>export-job add needs --kind, --folder and --when.</source>
        <translation>export-job add demande --kind, --folder et --when.</translation>
    </message>
    <message>
        <source>--kind takes pdf or check, not &quot;%1&quot;.</source>
        <translation>--kind attend pdf ou check, pas « %1 ».</translation>
    </message>
    <message>
        <source>--every takes a duration such as 15min, 1h, 1d or 1w, not &quot;%1&quot;.</source>
        <translation>--every attend une durée comme 15min, 1h, 1d ou 1w, pas « %1 ».</translation>
    </message>
    <message>
        <source>Unknown option --%1. See needle --help.</source>
        <translation>Option inconnue --%1. Voir needle --help.</translation>
    </message>
    <message>
        <source>--create-owners goes with --create-kpis: it gives the KPIs an import creates their owners.</source>
        <translation>--create-owners va avec --create-kpis : il donne aux KPI créés par un import leurs responsables.</translation>
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
        <translation>Utilisation :
  needle [WORKSPACE]                  ouvrir l’application (un écran d’accueil sans espace de travail)
  needle demo WORKSPACE               écrire un espace de travail de démonstration
  needle new WORKSPACE                écrire un espace de travail vide
  needle import WORKSPACE FILE... [--sheet NAME] [--layout auto|long|wide]
                [--create-kpis [--create-owners]] [--dry-run] [--skip-invalid] [--json]
                                      importer des feuilles de calcul (CSV, XLSX, ODS)
  needle undo-import WORKSPACE BATCH  rétablir les valeurs qu’un import a remplacées
  needle export-csv WORKSPACE [--kpi KEY]... [--from DATE] [--to DATE]
                [--rollup day|week|month|quarter]
                                      écrire kpi,period,value sur la sortie standard
  needle check WORKSPACE [--as-of DATE] [--from DATE] [--to DATE] [--json]
                                      ce qui demande de l’attention, et pourquoi
  needle export-pdf WORKSPACE OUT.pdf [--from DATE] [--to DATE] [--kpi KEY]...
                [--meeting ID]        un instantané PDF, ou le compte rendu d’une réunion
  needle inspect FILE [--sheet NAME] [--json]
                                      ce que les lecteurs voient dans une feuille de calcul
  needle review WORKSPACE [--meeting ID]
                                      ouvrir directement le mode réunion de revue
  needle --version | --help

Options pour toutes les commandes :
  --lang CODE    la langue de l’interface (en, de, fr, es)

Les dates s’écrivent AAAA-MM-JJ. Code de sortie : 0 terminé ; 1 l’entrée a été refusée
et rien n’a été écrit ; 2 mauvaise utilisation.

Sources de données et automatisation :
  needle source add WORKSPACE NAME --url URL (--query SQL | --query-file FILE)
                [--kpi KEY] [--every DURATION]
                                      une requête sur PostgreSQL, MySQL ou SQLite
  needle source list WORKSPACE [--json] | remove WORKSPACE NAME
  needle refresh WORKSPACE [NAME]... [--from DATE] [--to DATE] [--create-kpis]
                [--dry-run] [--json]  exécuter les requêtes des sources en lots d&apos;import
  needle export-job add WORKSPACE NAME --kind pdf|check --folder DIR
                --when WHEN [--kpi KEY]...
                                      un rapport écrit selon un calendrier
  needle export-job list WORKSPACE [--json] | remove WORKSPACE NAME
  needle run-due WORKSPACE... [--json]
                                      exécuter les actualisations et exports dus
  needle schedule install|remove WORKSPACE [--every DURATION]
                                      un minuteur utilisateur systemd qui appelle run-due
DURATION : 15min, 1h, 1d, 1w. WHEN : 1d, 07:00, &quot;mon 07:00&quot;, &quot;before-meeting 18:00&quot;.
</translation>
    </message>
</context>
<context>
    <name>Needle::CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Needle::CsvReader</name>
    <message>
        <source>cannot be opened: %1</source>
        <translation>impossible d’ouvrir : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file holds only a byte-order mark and no data</source>
        <translation>le fichier ne contient qu’une marque d’ordre des octets et aucune donnée</translation>
    </message>
    <message>
        <source>Needle cannot read the encoding &quot;%1&quot;; choose UTF-8, UTF-16LE, UTF-16BE or Windows-1252</source>
        <translation>Needle ne sait pas lire l’encodage « %1 » ; choisissez UTF-8, UTF-16LE, UTF-16BE ou Windows-1252</translation>
    </message>
    <message>
        <source>line %1 is not valid %2 text</source>
        <translation>la ligne %1 n’est pas du texte %2 valide</translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text</source>
        <translation>c’est un fichier binaire, pas du texte CSV</translation>
    </message>
    <message>
        <source>line %1 holds bytes that are not valid UTF-8, while the rest of the file before it is UTF-8; choose the file&apos;s encoding</source>
        <translation>la ligne %1 contient des octets qui ne sont pas de l’UTF-8 valide, alors que le fichier avant elle est en UTF-8 ; choisissez l’encodage du fichier</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it is read as Windows-1252</source>
        <translation>le fichier n’est pas en UTF-8 ; il est lu en Windows-1252</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot separate CSV fields; choose , ; | or tab</source>
        <translation>« %1 » ne peut pas séparer des champs CSV ; choisissez , ; | ou tabulation</translation>
    </message>
    <message>
        <source>a CSV file has no sheet &quot;%1&quot;</source>
        <translation>un fichier CSV n’a pas de feuille « %1 »</translation>
    </message>
    <message>
        <source>the quoted field starting on line %1 is never closed</source>
        <translation>le champ entre guillemets commençant à la ligne %1 n’est jamais fermé</translation>
    </message>
    <message>
        <source>the row has more than %1 columns</source>
        <translation>la ligne a plus de %1 colonnes</translation>
    </message>
    <message>
        <source>the cell holds more than %1 characters</source>
        <translation>la cellule contient plus de %1 caractères</translation>
    </message>
    <message>
        <source>line %1 holds bytes that are not valid %2; choose the file&apos;s encoding</source>
        <translation>la ligne %1 contient des octets qui ne sont pas du %2 valide ; choisissez l’encodage du fichier</translation>
    </message>
    <message>
        <source>the file changed while it was read (%1 bytes expected, %2 read); import it again once it is complete</source>
        <translation>le fichier a changé pendant sa lecture (%1 octets attendus, %2 lus) ; importez-le à nouveau une fois complet</translation>
    </message>
</context>
<context>
    <name>Needle::DashboardModel</name>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message numerus="yes">
        <source>%1, KPIs: %n</source>
        <translation>
            <numerusform>%1, KPI : %n</numerusform>
            <numerusform>%1, KPI : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KPIs: %n</source>
        <translation>
            <numerusform>KPI : %n</numerusform>
            <numerusform>KPI : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>ONE METRIC THAT MATTERS</source>
        <translation>L’INDICATEUR QUI COMPTE</translation>
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
        <translation>En attente</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
</context>
<context>
    <name>Needle::DashboardPeriod</name>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Depuis le début de l’année</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Custom...</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
</context>
<context>
    <name>Needle::DashboardView</name>
    <message>
        <source>KPI tiles</source>
        <translation>Tuiles des KPI</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Custom period from</source>
        <translation>Période personnalisée du</translation>
    </message>
    <message>
        <source>Custom period to</source>
        <translation>Période personnalisée au</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularité</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation>&amp;Granularité :</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>Regrouper &amp;par :</translation>
    </message>
    <message>
        <source>Filter tiles by text</source>
        <translation>Filtrer les tuiles par texte</translation>
    </message>
    <message>
        <source>Filter by name, key, description or owner</source>
        <translation>Filtrer par nom, clé, description ou responsable</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre de catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtre de responsable</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre d’étiquette</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Shown: %1 of %2 · off track: %3 · at risk: %4</source>
        <translation>Affichés : %1 sur %2 · hors trajectoire : %3 · à risque : %4</translation>
    </message>
</context>
<context>
    <name>Needle::DataSourceModel</name>
    <message>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
    <message>
        <source>every %1 w</source>
        <translation>toutes les %1 sem.</translation>
    </message>
    <message>
        <source>every %1 d</source>
        <translation>tous les %1 j</translation>
    </message>
    <message>
        <source>every %1 h</source>
        <translation>toutes les %1 h</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>toutes les %1 min</translation>
    </message>
    <message>
        <source>Values written</source>
        <translation>Valeurs écrites</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Rien de nouveau</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>(named in the query)</source>
        <translation>(nommés dans la requête)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualisée</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>Needle::DataSourcesDialog</name>
    <message>
        <source>Data Sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Ajouter...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Refresh &amp;Now</source>
        <translation>Actualiser &amp;maintenant</translation>
    </message>
    <message>
        <source>The source was removed; the values it wrote stay (File &gt; Import History undoes them).</source>
        <translation>La source a été supprimée ; les valeurs qu&apos;elle a écrites restent (Fichier &gt; Historique des imports les annule).</translation>
    </message>
</context>
<context>
    <name>Needle::Database</name>
    <message>
        <source>%1 is not a Needle workspace: it cannot be read as an SQLite database.</source>
        <translation>%1 n’est pas un espace de travail Needle : il ne peut pas être lu comme une base SQLite.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Needle workspace. It was not changed.</source>
        <translation>%1 est une base SQLite mais pas un espace de travail Needle. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Needle (workspace format %2; this version reads up to %3). It was not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Needle (format d’espace de travail %2 ; cette version lit jusqu’au %3). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an incomplete Needle workspace. It was not changed.</source>
        <translation>%1 est un espace de travail Needle incomplet. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a Needle workspace.</source>
        <translation>%1 n’est pas un espace de travail Needle.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Needle workspace.</source>
        <translation>%1 est une base SQLite mais pas un espace de travail Needle.</translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten.</source>
        <translation>%1 existe déjà ; il n’a pas été écrasé.</translation>
    </message>
    <message>
        <source>%1 is not a Needle workspace. It was not changed.</source>
        <translation>%1 n’est pas un espace de travail Needle. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 uses an older workspace format; open it once in Needle to upgrade it.</source>
        <translation>%1 utilise un ancien format d’espace de travail ; ouvrez-le une fois dans Needle pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>Cannot open an in-memory database.</source>
        <translation>Impossible d’ouvrir une base de données en mémoire.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, and SQLite needs room beside the workspace to open it: make room on the disk and try again. It was not changed.</source>
        <translation>Le disque contenant %1 est plein, et SQLite a besoin de place à côté de l’espace de travail pour l’ouvrir : libérez de la place sur le disque et réessayez. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file (it is a folder, device, pipe or broken link); it was not changed.</source>
        <translation>%1 existe et n’est pas un fichier ordinaire (c’est un dossier, un périphérique, un tube ou un lien cassé) ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Needle neither reads from nor writes into a damaged workspace, so nothing was done. To save what can still be read, run: sqlite3 &quot;%1&quot; .recover | sqlite3 recovered.needle, then open recovered.needle.</source>
        <translation>%1 est endommagé (%2). Needle ne lit ni n’écrit dans un espace de travail endommagé, donc rien n’a été fait. Pour sauver ce qui peut encore être lu, exécutez : sqlite3 &quot;%1&quot; .recover | sqlite3 recovered.needle, puis ouvrez recovered.needle.</translation>
    </message>
</context>
<context>
    <name>Needle::DemoCommand</name>
    <message>
        <source>Wrote the demo workspace %1.</source>
        <translation>Espace de travail de démonstration %1 écrit.</translation>
    </message>
    <message>
        <source>Wrote the empty workspace %1.</source>
        <translation>Espace de travail vide %1 écrit.</translation>
    </message>
    <message>
        <source>--as-of %1 is outside the dates a demo workspace can hold: choose a date from %2 to %3. Nothing was written.</source>
        <translation>--as-of %1 est en dehors des dates qu’un espace de travail de démonstration peut contenir : choisissez une date entre %2 et %3. Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>Needle::DemoWorkspace</name>
    <message>
        <source>The demo needs a valid as-of date.</source>
        <translation>La démonstration a besoin d’une date de référence valide.</translation>
    </message>
    <message>
        <source>The KPI library lacks %1.</source>
        <translation>%1 manque dans la bibliothèque de KPI.</translation>
    </message>
    <message>
        <source>Demo data, generated by Needle</source>
        <translation>Données de démonstration générées par Needle</translation>
    </message>
    <message>
        <source>Last year&apos;s plan</source>
        <translation>Plan de l’an dernier</translation>
    </message>
    <message>
        <source>This year&apos;s plan</source>
        <translation>Plan de cette année</translation>
    </message>
    <message>
        <source>Illustrative figure that ships with the demo, not a published study</source>
        <translation>Chiffre d’illustration fourni avec la démonstration, pas une étude publiée</translation>
    </message>
    <message>
        <source>B2B software median</source>
        <translation>Médiane logiciels B2B</translation>
    </message>
    <message>
        <source>B2B SaaS median</source>
        <translation>Médiane SaaS B2B</translation>
    </message>
    <message>
        <source>SaaS median</source>
        <translation>Médiane SaaS</translation>
    </message>
    <message>
        <source>Top quartile</source>
        <translation>Quartile supérieur</translation>
    </message>
    <message>
        <source>Rule of thumb</source>
        <translation>Règle empirique</translation>
    </message>
    <message>
        <source>Free-trial median</source>
        <translation>Médiane des essais gratuits</translation>
    </message>
    <message>
        <source>Software industry average</source>
        <translation>Moyenne du secteur du logiciel</translation>
    </message>
    <message>
        <source>Monthly KPI review, %1</source>
        <translation>Revue mensuelle des KPI, %1</translation>
    </message>
    <message>
        <source>The churn spike follows the price change for legacy plans.</source>
        <translation>Le pic d’attrition suit le changement de prix des anciennes formules.</translation>
    </message>
    <message>
        <source>Keep legacy plans at their old price for six more months.</source>
        <translation>Garder les anciennes formules à leur ancien prix six mois de plus.</translation>
    </message>
    <message>
        <source>Call the 20 largest legacy accounts about the new plans.</source>
        <translation>Appeler les 20 plus grands comptes des anciennes formules au sujet des nouvelles.</translation>
    </message>
    <message>
        <source>Ship the new onboarding checklist to all sign-ups.</source>
        <translation>Déployer la nouvelle liste de démarrage pour toutes les inscriptions.</translation>
    </message>
    <message>
        <source>Move a fifth of the paid-search budget to content.</source>
        <translation>Transférer un cinquième du budget de recherche payante vers le contenu.</translation>
    </message>
    <message>
        <source>Report CAC by channel for the last two quarters.</source>
        <translation>Présenter le CAC par canal pour les deux derniers trimestres.</translation>
    </message>
    <message>
        <source>Publish the release train calendar.</source>
        <translation>Publier le calendrier des trains de versions.</translation>
    </message>
    <message>
        <source>The DAU dip in the campaign week was the login outage, not the campaign.</source>
        <translation>La baisse des DAU la semaine de la campagne venait de la panne de connexion, pas de la campagne.</translation>
    </message>
    <message>
        <source>Price change for legacy plans.</source>
        <translation>Changement de prix des anciennes formules.</translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten.</source>
        <translation>%1 existe déjà ; il n’a pas été écrasé.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>Needle::Enums</name>
    <message>
        <source>Financial</source>
        <translation>Financier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>Retardé</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>Durée (jours)</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus haut est mieux</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas est mieux</translation>
    </message>
    <message>
        <source>Within a band</source>
        <translation>Dans une plage</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Somme</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Dernière valeur</translation>
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
        <translation>Note</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Known cause</source>
        <translation>Cause connue</translation>
    </message>
    <message>
        <source>Not an anomaly</source>
        <translation>Pas une anomalie</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Hors trajectoire</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Pas d’objectif</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
</context>
<context>
    <name>Needle::ExportCsv</name>
    <message>
        <source>%1 has no KPI with the key &quot;%2&quot;.</source>
        <translation>%1 n’a aucun KPI avec la clé « %2 ».</translation>
    </message>
    <message>
        <source>%1 could not be read to the end (%2); the output is incomplete.</source>
        <translation>%1 n’a pas pu être lu jusqu’au bout (%2) ; la sortie est incomplète.</translation>
    </message>
</context>
<context>
    <name>Needle::ExportPdf</name>
    <message>
        <source>The period starts after it ends: --from must not be later than --to.</source>
        <translation>La période commence après sa fin : --from ne doit pas être postérieur à --to.</translation>
    </message>
</context>
<context>
    <name>Needle::ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Snapshot of &amp;all KPIs</source>
        <translation>Instantané de &amp;tous les KPI</translation>
    </message>
    <message>
        <source>Snapshot of the KPIs the &amp;table shows (%1)</source>
        <translation>Instantané des KPI affichés dans le t&amp;ableau (%1)</translation>
    </message>
    <message>
        <source>&amp;Minutes of a meeting:</source>
        <translation>&amp;Compte rendu d’une réunion :</translation>
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
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>La période commence après sa fin.</translation>
    </message>
    <message>
        <source>Exporting the PDF...</source>
        <translation>Export du PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1-minutes-%2.pdf</source>
        <translation>%1-compte-rendu-%2.pdf</translation>
    </message>
    <message>
        <source>%1-snapshot-%2.pdf</source>
        <translation>%1-instantane-%2.pdf</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporté : %1</translation>
    </message>
</context>
<context>
    <name>Needle::ExportWhen</name>
    <message>
        <source>&quot;%1&quot; is not a schedule: use a duration (1d, 1w), a time (07:00), a day and time (mon 07:00) or before-meeting 18:00.</source>
        <translation>« %1 » n&apos;est pas un calendrier : utilisez une durée (1d, 1w), une heure (07:00), un jour et une heure (mon 07:00) ou before-meeting 18:00.</translation>
    </message>
</context>
<context>
    <name>Needle::FilePage</name>
    <message>
        <source>a CSV text file</source>
        <translation>un fichier texte CSV</translation>
    </message>
    <message>
        <source>an Excel workbook (XLSX)</source>
        <translation>un classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (ODS)</source>
        <translation>une feuille de calcul OpenDocument (ODS)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A CSV, XLSX or ODS file with KPI values. Needle reads it and shows you what it will store before anything is written.</source>
        <translation>Un fichier CSV, XLSX ou ODS contenant des valeurs de KPI. Needle le lit et vous montre ce qu’il enregistrera avant d’écrire quoi que ce soit.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.tsv *.txt *.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2 with %n sheet(s).</source>
        <translation>
            <numerusform>%1 est %2 avec %n feuille.</numerusform>
            <numerusform>%1 est %2 avec %n feuilles.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be imported:
%2</source>
        <translation>%1 ne peut pas être importé :
%2</translation>
    </message>
</context>
<context>
    <name>Needle::FolderWatcher</name>
    <message>
        <source>watched folder</source>
        <translation>dossier surveillé</translation>
    </message>
    <message>
        <source>Already imported as batch %1.</source>
        <translation>Déjà importé dans le lot %1.</translation>
    </message>
    <message>
        <source>No saved mapping matches this file, and as read it has errors; import it once with File &gt; Import... to choose what its columns mean.</source>
        <translation>Aucune correspondance enregistrée ne convient à ce fichier, et lu tel quel il a des erreurs ; importez-le une fois avec Fichier &gt; Importer… pour choisir ce que signifient ses colonnes.</translation>
    </message>
</context>
<context>
    <name>Needle::Formula</name>
    <message>
        <source>The formula is not valid at position %1: %2</source>
        <translation>La formule n’est pas valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>The formula is empty.</source>
        <translation>La formule est vide.</translation>
    </message>
    <message>
        <source>Unknown KPI %1.</source>
        <translation>KPI inconnu : %1.</translation>
    </message>
    <message>
        <source>The formula of %1 refers to itself.</source>
        <translation>La formule de %1 fait référence à elle-même.</translation>
    </message>
    <message>
        <source>The formula refers to %1, which is not a KPI key.</source>
        <translation>La formule fait référence à %1, qui n’est pas une clé de KPI.</translation>
    </message>
    <message>
        <source>The formulas form a cycle: %1.</source>
        <translation>Les formules forment un cycle : %1.</translation>
    </message>
    <message>
        <source>No value of %1 for this period.</source>
        <translation>Aucune valeur de %1 pour cette période.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>Division par zéro.</translation>
    </message>
    <message>
        <source>The result is not a number.</source>
        <translation>Le résultat n’est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>Needle::Help</name>
    <message>
        <source>Needle Manual</source>
        <translation>Manuel de Needle</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Dashboard and KPI table</source>
        <translation>Tableau de bord et tableau des KPI</translation>
    </message>
    <message>
        <source>KPI page</source>
        <translation>Page du KPI</translation>
    </message>
    <message>
        <source>Open the KPI</source>
        <translation>Ouvrir le KPI</translation>
    </message>
    <message>
        <source>double click</source>
        <translation>double-clic</translation>
    </message>
    <message>
        <source>Delete the KPI</source>
        <translation>Supprimer le KPI</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Retour au tableau de bord</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <source>Paste values (date and value per line)</source>
        <translation>Coller des valeurs (date et valeur par ligne)</translation>
    </message>
    <message>
        <source>Delete the selected values</source>
        <translation>Supprimer les valeurs sélectionnées</translation>
    </message>
    <message>
        <source>Reset the chart&apos;s zoom</source>
        <translation>Réinitialiser le zoom du graphique</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Needle %1&lt;/h2&gt;&lt;p&gt;Your product&apos;s KPIs, their targets and benchmarks, and the meetings that review them.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later. Needle is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Needle %1&lt;/h2&gt;&lt;p&gt;Les KPI de votre produit, leurs objectifs et benchmarks, et les réunions qui les passent en revue.&lt;/p&gt;&lt;p&gt;Licence : GPL-3.0-or-later. Needle est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la GNU General Public License, version 3 ou toute version ultérieure. Il est fourni sans aucune garantie.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Needle &amp;Manual</source>
        <translation>&amp;Manuel de Needle</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Needle</source>
        <translation>À &amp;propos de Needle</translation>
    </message>
    <message>
        <source>About Needle</source>
        <translation>À propos de Needle</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Needle::ImportCommand</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Import batch %1 (%2) undone: %3 values taken back.</source>
        <translation>Lot d’import %1 (%2) annulé : %3 valeurs retirées.</translation>
    </message>
    <message>
        <source>%1 values of the batch were changed since and were kept.</source>
        <translation>%1 valeurs du lot ont été modifiées depuis et ont été conservées.</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder): it was not changed.</source>
        <translation>%1 est en lecture seule (le fichier ou son dossier) : il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was not imported either: another file has errors. Nothing was written.</source>
        <translation>%1 n’a pas été importé non plus : un autre fichier contient des erreurs. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The import had created %1; removed again.</source>
        <translation>L’import avait créé %1 ; supprimé à nouveau.</translation>
    </message>
    <message>
        <source>%1 does not exist. Create it with `needle new %1` (or `needle demo %1` for one with sample data), then run this command again.</source>
        <translation>%1 n’existe pas. Créez-le avec `needle new %1` (ou `needle demo %1` pour un espace avec des données d’exemple), puis relancez cette commande.</translation>
    </message>
    <message>
        <source>To create the KPIs the workspace does not have yet, run the command again with --create-kpis.</source>
        <translation>Pour créer les KPI que l’espace de travail n’a pas encore, relancez la commande avec --create-kpis.</translation>
    </message>
    <message>
        <source>%1 was not imported either: another file failed. Nothing was written.</source>
        <translation>%1 n’a pas été importé non plus : un autre fichier a échoué. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was written.</source>
        <translation>%1 : %2 Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>Needle::ImportController</name>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import KPI values from a CSV, XLSX or ODS file</source>
        <translation>Importer des valeurs de KPI depuis un fichier CSV, XLSX ou ODS</translation>
    </message>
    <message>
        <source>Import &amp;History</source>
        <translation>&amp;Historique des imports</translation>
    </message>
    <message>
        <source>&amp;Watched Folders...</source>
        <translation>Dossiers &amp;surveillés…</translation>
    </message>
    <message>
        <source>Folders whose new spreadsheets are imported automatically</source>
        <translation>Dossiers dont les nouvelles feuilles de calcul sont importées automatiquement</translation>
    </message>
    <message>
        <source>Open or create a workspace to import %1 into.</source>
        <translation>Ouvrez ou créez un espace de travail dans lequel importer %1.</translation>
    </message>
    <message>
        <source>Watched folder: %1</source>
        <translation>Dossier surveillé : %1</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Watched folder: %1 was not imported: %2</source>
        <translation>Dossier surveillé : %1 n&apos;a pas été importé : %2</translation>
    </message>
</context>
<context>
    <name>Needle::ImportHeaders</name>
    <message>
        <source>kpi|metric|key|name|indicator|measure</source>
        <comment>Column names meaning the KPI, separated by |, lower case</comment>
        <translation>kpi|indicateur|métrique|clé|nom|mesure|icp</translation>
    </message>
    <message>
        <source>date|period|month|week|day|quarter|year</source>
        <comment>Column names meaning the date or period, separated by |, lower case</comment>
        <translation>date|période|mois|semaine|jour|trimestre|année|an</translation>
    </message>
    <message>
        <source>value|actual|amount|result</source>
        <comment>Column names meaning the measured value, separated by |, lower case</comment>
        <translation>valeur|réel|réalisé|montant|résultat</translation>
    </message>
    <message>
        <source>owner|responsible</source>
        <comment>Column names meaning the KPI&apos;s owner, separated by |, lower case</comment>
        <translation>responsable|propriétaire</translation>
    </message>
    <message>
        <source>unit|units</source>
        <comment>Column names meaning the unit, separated by |, lower case</comment>
        <translation>unité|unités</translation>
    </message>
    <message>
        <source>target|goal</source>
        <comment>Column names meaning the target, separated by |, lower case</comment>
        <translation>objectif|cible</translation>
    </message>
    <message>
        <source>benchmark|baseline</source>
        <comment>Column names meaning the benchmark, separated by |, lower case</comment>
        <translation>référence|repère|benchmark</translation>
    </message>
    <message>
        <source>note|notes|comment</source>
        <comment>Column names meaning a note on the value, separated by |, lower case</comment>
        <translation>note|notes|commentaire|remarque</translation>
    </message>
</context>
<context>
    <name>Needle::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Values written</source>
        <translation>Valeurs écrites</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Annuler l’import</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Import %1 of %2 is already undone.</source>
        <translation>L’import %1 de %2 est déjà annulé.</translation>
    </message>
    <message>
        <source>Import %1 of %2 was undone; Edit &gt; Undo writes it again.</source>
        <translation>L’import %1 de %2 a été annulé ; Édition &gt; Annuler le rétablit.</translation>
    </message>
</context>
<context>
    <name>Needle::ImportIssue</name>
    <message>
        <source>sheet %1</source>
        <translation>feuille %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Needle::ImportPlanner</name>
    <message>
        <source>The layout of the sheet is not clear: %1</source>
        <translation>La disposition de la feuille n’est pas claire : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KPI of this workspace and was not chosen to be created.</source>
        <translation>« %1 » n’est pas un KPI de cet espace de travail et n’a pas été choisi pour être créé.</translation>
    </message>
    <message>
        <source>%1 is computed from its formula; its values cannot be imported.</source>
        <translation>%1 est calculé à partir de sa formule ; ses valeurs ne peuvent pas être importées.</translation>
    </message>
    <message>
        <source>The KPI is missing.</source>
        <translation>Le KPI est absent.</translation>
    </message>
    <message>
        <source>No value; nothing is stored for this row.</source>
        <translation>Aucune valeur ; rien n’est enregistré pour cette ligne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit Needle knows; %2 is created as a count.</source>
        <translation>« %1 » n’est pas une unité connue de Needle ; %2 est créé comme un nombre.</translation>
    </message>
    <message>
        <source>Repeats the value of %1 for %2 from row %3; it is stored once.</source>
        <translation>Répète la valeur de %1 pour %2 de la ligne %3 ; elle est enregistrée une fois.</translation>
    </message>
    <message>
        <source>%1 has two values for %2: %3 in row %4 and %5 in row %6.</source>
        <translation>%1 a deux valeurs pour %2 : %3 à la ligne %4 et %5 à la ligne %6.</translation>
    </message>
    <message>
        <source>The row has errors.</source>
        <translation>La ligne contient des erreurs.</translation>
    </message>
    <message>
        <source>%1; the row was skipped.</source>
        <translation>%1 ; la ligne a été ignorée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KPI of this workspace (KPIs are matched by key or name).</source>
        <translation>« %1 » n’est pas un KPI de cet espace de travail (les KPI sont reconnus par clé ou par nom).</translation>
    </message>
    <message>
        <source>Only columns set to %1 have data in this row; it was skipped.</source>
        <translation>Dans cette ligne, seules des colonnes réglées sur %1 ont des données ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The file gives %1 the unit &quot;%2&quot;, but %1 is measured as %3.</source>
        <translation>Le fichier donne à %1 l&apos;unité « %2 », mais %1 se mesure en %3.</translation>
    </message>
    <message>
        <source>%1 is not an owner in this workspace; the KPIs created for them have no owner.</source>
        <translation>%1 n&apos;est pas responsable dans cet espace de travail ; les KPI créés pour cette personne n&apos;ont pas de responsable.</translation>
    </message>
    <message>
        <source>The values for %1 in the file (typically %2) are about %3 times larger than those stored (typically %4). Is it the right column, in the right unit?</source>
        <translation>Les valeurs de %1 dans le fichier (typiquement %2) sont environ %3 fois plus grandes que celles enregistrées (typiquement %4). Est-ce la bonne colonne, dans la bonne unité ?</translation>
    </message>
    <message>
        <source>The values for %1 in the file (typically %2) are about %3 times smaller than those stored (typically %4). Is it the right column, in the right unit?</source>
        <translation>Les valeurs de %1 dans le fichier (typiquement %2) sont environ %3 fois plus petites que celles enregistrées (typiquement %4). Est-ce la bonne colonne, dans la bonne unité ?</translation>
    </message>
    <message>
        <source>The cells for %1 are percentages, but %1 is measured as %2.</source>
        <translation>Les cellules de %1 sont des pourcentages, mais %1 se mesure en %2.</translation>
    </message>
    <message>
        <source>The cells for %1 are amounts in %2, but %1 is measured as %3.</source>
        <translation>Les cellules de %1 sont des montants en %2, mais %1 se mesure en %3.</translation>
    </message>
    <message>
        <source>a currency</source>
        <translation>une devise</translation>
    </message>
    <message numerus="yes">
        <source>The dates for %1 in the file are about %n day(s) apart, but its cadence is %2: the values within one period are combined (%3).</source>
        <translation>
            <numerusform>Les dates de %1 dans le fichier sont espacées d&apos;environ %n jour, mais sa cadence est %2 : les valeurs d&apos;une même période sont combinées (%3).</numerusform>
            <numerusform>Les dates de %1 dans le fichier sont espacées d&apos;environ %n jours, mais sa cadence est %2 : les valeurs d&apos;une même période sont combinées (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dates for %1 in the file are about %n day(s) apart, but its cadence is %2: the periods between them stay empty.</source>
        <translation>
            <numerusform>Les dates de %1 dans le fichier sont espacées d&apos;environ %n jour, mais sa cadence est %2 : les périodes entre elles restent vides.</numerusform>
            <numerusform>Les dates de %1 dans le fichier sont espacées d&apos;environ %n jours, mais sa cadence est %2 : les périodes entre elles restent vides.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::ImportRepository</name>
    <message>
        <source>There is no import batch %1.</source>
        <translation>Il n’y a pas de lot d’import %1.</translation>
    </message>
    <message>
        <source>Import batch %1 (%2) is already undone.</source>
        <translation>Le lot d’import %1 (%2) est déjà annulé.</translation>
    </message>
    <message>
        <source>Import batch %1 replaced values of batch %2: undo batch %1 first.</source>
        <translation>Le lot d’import %1 a remplacé des valeurs du lot %2 : annulez d’abord le lot %1.</translation>
    </message>
</context>
<context>
    <name>Needle::ImportResult</name>
    <message>
        <source>%1 was not imported: it has errors. Nothing was written.</source>
        <translation>%1 n’a pas été importé : il contient des erreurs. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Importing %1 was cancelled. Nothing was written.</source>
        <translation>L’import de %1 a été annulé. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 could not be imported: the workspace refused the change. Nothing was written.</source>
        <translation>%1 n’a pas pu être importé : l’espace de travail a refusé la modification. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 (dry run): %2, %3; nothing was written.</source>
        <translation>%1 (essai à blanc) : %2, %3 ; rien n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) would be written</source>
        <translation>
            <numerusform>%n valeur serait écrite</numerusform>
            <numerusform>%n valeurs seraient écrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing changed (%2).</source>
        <translation>%1 : rien n’a changé (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) unchanged</source>
        <translation>
            <numerusform>%n valeur inchangée</numerusform>
            <numerusform>%n valeurs inchangées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, batch %4.</source>
        <translation>%1 : %2, %3, lot %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) written</source>
        <translation>
            <numerusform>%n valeur écrite</numerusform>
            <numerusform>%n valeurs écrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) created.</source>
        <translation>
            <numerusform>%n KPI créé.</numerusform>
            <numerusform>%n KPI créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors skipped.</source>
        <translation>
            <numerusform>%n ligne en erreur ignorée.</numerusform>
            <numerusform>%n lignes en erreur ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) created.</source>
        <translation>
            <numerusform>%n responsable créé.</numerusform>
            <numerusform>%n responsables créés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>Needle::Importer</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file has no sheets.</source>
        <translation>Le fichier n’a aucune feuille.</translation>
    </message>
    <message>
        <source>There is no sheet named &quot;%1&quot;; the sheets are: %2.</source>
        <translation>Il n’y a pas de feuille nommée « %1 » ; les feuilles sont : %2.</translation>
    </message>
    <message>
        <source>The sheet could not be read to the end.</source>
        <translation>La feuille n’a pas pu être lue jusqu’au bout.</translation>
    </message>
    <message>
        <source>The sheet has no rows of data below its header.</source>
        <translation>La feuille n’a aucune ligne de données sous son en-tête.</translation>
    </message>
    <message>
        <source>Created by importing %1</source>
        <translation>Créé par l’import de %1</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>%1 n’a pas pu être créé : %2</translation>
    </message>
    <message>
        <source>The owner %1 could not be created: %2</source>
        <translation>Le responsable %1 n&apos;a pas pu être créé : %2</translation>
    </message>
</context>
<context>
    <name>Needle::Inspect</name>
    <message>
        <source>%1 has no sheet &quot;%2&quot;; its sheets are: %3</source>
        <translation>%1 n’a pas de feuille « %2 » ; ses feuilles sont : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n sheet(s)</source>
        <translation>
            <numerusform>%1 : %2, %n feuille</numerusform>
            <numerusform>%1 : %2, %n feuilles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot; (%n row(s))</source>
        <translation>
            <numerusform>Feuille « %1 » (%n ligne)</numerusform>
            <numerusform>Feuille « %1 » (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;, %2 (%n row(s))</source>
        <translation>
            <numerusform>Feuille « %1 », %2 (%n ligne)</numerusform>
            <numerusform>Feuille « %1 », %2 (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... %n more row(s)</source>
        <translation>
            <numerusform>… %n ligne de plus</numerusform>
            <numerusform>… %n lignes de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::JobRunner</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The PDF export failed: %1</source>
        <translation>L&apos;export PDF a échoué : %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>Needle::Kpi</name>
    <message>
        <source>The key &quot;%1&quot; is not valid: use lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>La clé « %1 » n’est pas valide : utilisez des lettres minuscules, des chiffres et des tirets bas, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>A KPI needs a name.</source>
        <translation>Un KPI doit avoir un nom.</translation>
    </message>
    <message>
        <source>Decimals must be between 0 and 6.</source>
        <translation>Le nombre de décimales doit être compris entre 0 et 6.</translation>
    </message>
    <message>
        <source>A currency KPI needs a three-letter currency code such as EUR.</source>
        <translation>Un KPI monétaire doit avoir un code de devise à trois lettres comme EUR.</translation>
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
        <translation>&amp;Nouveau KPI…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit KPI...</source>
        <translation>&amp;Modifier le KPI…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Targets...</source>
        <translation>&amp;Objectifs…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Benchmarks...</source>
        <translation>&amp;Références…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Change Log...</source>
        <translation>&amp;Journal des modifications…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Owners...</source>
        <translation>Res&amp;ponsables…</translation>
    </message>
    <message>
        <source>&amp;Delete KPI...</source>
        <translation>&amp;Supprimer le KPI...</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>Supprimer le KPI</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Delete the KPI &quot;%1&quot; with its %n value(s), targets and benchmarks?

Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Supprimer le KPI « %1 » avec sa %n valeur, ses objectifs et ses benchmarks ?

Édition &gt; Annuler le rétablit.</numerusform>
            <numerusform>Supprimer le KPI « %1 » avec ses %n valeurs, ses objectifs et ses benchmarks ?

Édition &gt; Annuler le rétablit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the KPI &quot;%1&quot; (%n value(s)). Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>KPI « %1 » supprimé (%n valeur). Édition &gt; Annuler le rétablit.</numerusform>
            <numerusform>KPI « %1 » supprimé (%n valeurs). Édition &gt; Annuler le rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>Needle::KpiChart</name>
    <message>
        <source>No values in this period</source>
        <translation>Aucune valeur sur cette période</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Period in progress</source>
        <translation>Période en cours</translation>
    </message>
    <message>
        <source>Target band</source>
        <translation>Plage d’objectif</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>80% forecast interval</source>
        <translation>Intervalle de prévision à 80 %</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note de revue</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>(in progress)</source>
        <translation>(en cours)</translation>
    </message>
    <message>
        <source>Target %1 to %2</source>
        <translation>Objectif %1 à %2</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>Anomaly: %1</source>
        <translation>Anomalie : %1</translation>
    </message>
</context>
<context>
    <name>Needle::KpiChartFeed</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1
Reviewed: %2</source>
        <translation>%1
Examiné : %2</translation>
    </message>
</context>
<context>
    <name>Needle::KpiChartView</name>
    <message>
        <source>KPI chart</source>
        <translation>Graphique du KPI</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>&amp;Copier le graphique comme image</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Exporter en &amp;SVG…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Chart exported from Needle</source>
        <translation>Graphique exporté depuis Needle</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Exporter le graphique en SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>Needle::KpiDefinitionPanel</name>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>KPI definition</source>
        <translation>Définition du KPI</translation>
    </message>
    <message>
        <source>No KPI selected</source>
        <translation>Aucun KPI sélectionné</translation>
    </message>
    <message>
        <source>No values yet</source>
        <translation>Pas encore de valeurs</translation>
    </message>
    <message>
        <source>Stored values</source>
        <translation>Valeurs enregistrées</translation>
    </message>
    <message>
        <source>%1, rolled up by %2</source>
        <translation>%1, agrégé par %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 d’ici le %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>%1 for the period from %2</source>
        <translation>%1 pour la période à partir du %2</translation>
    </message>
</context>
<context>
    <name>Needle::KpiDialog</name>
    <message>
        <source>Edit KPI: %1</source>
        <translation>Modifier le KPI : %1</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nouveau KPI</translation>
    </message>
    <message>
        <source>A blank KPI</source>
        <translation>Un KPI vierge</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and underscores; used in formulas and on the command line.</source>
        <translation>Lettres minuscules, chiffres et tirets bas ; utilisée dans les formules et en ligne de commande.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>p. ex. EUR</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise :</translation>
    </message>
    <message>
        <source>&amp;Better when:</source>
        <translation>&amp;Meilleur quand :</translation>
    </message>
    <message>
        <source>Ca&amp;dence:</source>
        <translation>Ca&amp;dence :</translation>
    </message>
    <message>
        <source>&amp;Roll-up:</source>
        <translation>&amp;Agrégation :</translation>
    </message>
    <message>
        <source>Deci&amp;mals:</source>
        <translation>Déci&amp;males :</translation>
    </message>
    <message>
        <source>Empty for measured KPIs; e.g. ltv / cac</source>
        <translation>Vide pour les KPI mesurés ; p. ex. ltv / cac</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Formule :</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation>&amp;Source des données :</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. growth, q3</source>
        <translation>Séparées par des virgules, p. ex. croissance, t3</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>Anomaly se&amp;nsitivity:</source>
        <translation>Se&amp;nsibilité aux anomalies :</translation>
    </message>
    <message>
        <source>The one metric that &amp;matters (replaces the current one)</source>
        <translation>L’indicateur qui &amp;compte (remplace l’actuel)</translation>
    </message>
    <message>
        <source>&amp;Archived (hidden from the dashboard)</source>
        <translation>&amp;Archivé (masqué du tableau de bord)</translation>
    </message>
    <message>
        <source>✓ Computed from %1</source>
        <translation>✓ Calculé à partir de %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Fix the formula first.</source>
        <translation>Corrigez d’abord la formule.</translation>
    </message>
    <message>
        <source>%1 (already in this workspace)</source>
        <translation>%1 (déjà dans cet espace de travail)</translation>
    </message>
    <message>
        <source>The workspace has a KPI with the key &quot;%1&quot;.</source>
        <translation>L’espace de travail a un KPI avec la clé « %1 ».</translation>
    </message>
    <message>
        <source>e.g. Weekly active teams</source>
        <translation>p. ex. Équipes actives par semaine</translation>
    </message>
    <message>
        <source>The workspace already has a KPI with the key &quot;%1&quot; (%2); choose another key.</source>
        <translation>L’espace de travail a déjà un KPI avec la clé « %1 » (%2) ; choisissez une autre clé.</translation>
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
        <translation>Probabilité que les clients recommandent le produit, de -100 à 100.</translation>
    </message>
    <message>
        <source>Percent of promoters (answers 9-10) minus percent of detractors (answers 0-6) among all answers to &quot;How likely are you to recommend us?&quot; on a 0-10 scale; from answer counts or from the raw answers.</source>
        <translation>Pourcentage de promoteurs (réponses 9-10) moins pourcentage de détracteurs (réponses 0-6) parmi toutes les réponses à « Quelle est la probabilité que vous nous recommandiez ? » sur une échelle de 0 à 10 ; à partir des nombres de réponses ou des réponses brutes.</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Satisfaction client (CSAT)</translation>
    </message>
    <message>
        <source>Share of surveyed customers who say they are satisfied.</source>
        <translation>Part des clients interrogés qui se disent satisfaits.</translation>
    </message>
    <message>
        <source>Answers 4 and 5 on a 1-5 satisfaction scale divided by all answers, times 100.</source>
        <translation>Réponses 4 et 5 sur une échelle de satisfaction de 1 à 5 divisées par l’ensemble des réponses, multipliées par 100.</translation>
    </message>
    <message>
        <source>Monthly recurring revenue (MRR)</source>
        <translation>Revenu mensuel récurrent (MRR)</translation>
    </message>
    <message>
        <source>Recurring subscription revenue normalised to one month.</source>
        <translation>Revenu d’abonnement récurrent ramené à un mois.</translation>
    </message>
    <message>
        <source>Sum of the monthly value of all active subscriptions at the end of the period, excluding one-off fees.</source>
        <translation>Somme de la valeur mensuelle de tous les abonnements actifs à la fin de la période, hors frais ponctuels.</translation>
    </message>
    <message>
        <source>Annual recurring revenue (ARR)</source>
        <translation>Revenu annuel récurrent (ARR)</translation>
    </message>
    <message>
        <source>Recurring subscription revenue normalised to one year.</source>
        <translation>Revenu d’abonnement récurrent ramené à un an.</translation>
    </message>
    <message>
        <source>MRR times 12.</source>
        <translation>MRR multiplié par 12.</translation>
    </message>
    <message>
        <source>Customer churn rate</source>
        <translation>Taux d’attrition des clients</translation>
    </message>
    <message>
        <source>Share of customers who cancel in a period.</source>
        <translation>Part des clients qui résilient au cours d’une période.</translation>
    </message>
    <message>
        <source>Customers lost during the period divided by customers at its start, times 100.</source>
        <translation>Clients perdus pendant la période divisés par les clients à son début, multipliés par 100.</translation>
    </message>
    <message>
        <source>Revenue churn rate</source>
        <translation>Taux d’attrition du revenu</translation>
    </message>
    <message>
        <source>Share of recurring revenue lost to cancellations and downgrades in a period.</source>
        <translation>Part du revenu récurrent perdue par résiliations et déclassements au cours d’une période.</translation>
    </message>
    <message>
        <source>MRR lost to cancellations and downgrades during the period divided by MRR at its start, times 100.</source>
        <translation>MRR perdu par résiliations et déclassements pendant la période divisé par le MRR à son début, multiplié par 100.</translation>
    </message>
    <message>
        <source>Customer retention rate</source>
        <translation>Taux de rétention des clients</translation>
    </message>
    <message>
        <source>Share of customers kept through a period.</source>
        <translation>Part des clients conservés sur une période.</translation>
    </message>
    <message>
        <source>100 minus the customer churn rate.</source>
        <translation>100 moins le taux d’attrition des clients.</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLTV)</source>
        <translation>Valeur vie client (CLTV)</translation>
    </message>
    <message>
        <source>Gross profit a customer brings over the whole relationship.</source>
        <translation>Marge brute qu’un client rapporte sur toute la relation.</translation>
    </message>
    <message>
        <source>Average revenue per account times gross margin, divided by the customer churn rate.</source>
        <translation>Revenu moyen par compte multiplié par la marge brute, divisé par le taux d’attrition des clients.</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>Coût d’acquisition client (CAC)</translation>
    </message>
    <message>
        <source>What it costs to win one new customer.</source>
        <translation>Ce que coûte la conquête d’un nouveau client.</translation>
    </message>
    <message>
        <source>Sales and marketing spend in the period divided by the new customers won in it.</source>
        <translation>Dépenses commerciales et marketing de la période divisées par les nouveaux clients gagnés.</translation>
    </message>
    <message>
        <source>LTV to CAC ratio</source>
        <translation>Ratio LTV/CAC</translation>
    </message>
    <message>
        <source>How many times a customer&apos;s lifetime value covers the cost of winning them.</source>
        <translation>Combien de fois la valeur vie d’un client couvre le coût de sa conquête.</translation>
    </message>
    <message>
        <source>Customer lifetime value divided by customer acquisition cost.</source>
        <translation>Valeur vie client divisée par le coût d’acquisition client.</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marge brute</translation>
    </message>
    <message>
        <source>Share of revenue left after the cost of service.</source>
        <translation>Part du revenu restant après le coût du service.</translation>
    </message>
    <message>
        <source>Revenue minus cost of goods sold (hosting, support, licences), divided by revenue, times 100.</source>
        <translation>Revenu moins le coût des ventes (hébergement, support, licences), divisé par le revenu, multiplié par 100.</translation>
    </message>
    <message>
        <source>Daily active users (DAU)</source>
        <translation>Utilisateurs actifs quotidiens (DAU)</translation>
    </message>
    <message>
        <source>Distinct users who use the product on a day.</source>
        <translation>Utilisateurs distincts qui utilisent le produit au cours d’une journée.</translation>
    </message>
    <message>
        <source>Count of distinct users with at least one meaningful action during the day.</source>
        <translation>Nombre d’utilisateurs distincts ayant effectué au moins une action significative dans la journée.</translation>
    </message>
    <message>
        <source>Monthly active users (MAU)</source>
        <translation>Utilisateurs actifs mensuels (MAU)</translation>
    </message>
    <message>
        <source>Distinct users who use the product in a month.</source>
        <translation>Utilisateurs distincts qui utilisent le produit au cours d’un mois.</translation>
    </message>
    <message>
        <source>Count of distinct users with at least one meaningful action during the month.</source>
        <translation>Nombre d’utilisateurs distincts ayant effectué au moins une action significative dans le mois.</translation>
    </message>
    <message>
        <source>Stickiness (DAU/MAU)</source>
        <translation>Fidélité d’usage (DAU/MAU)</translation>
    </message>
    <message>
        <source>How many of the month&apos;s users come back on a typical day.</source>
        <translation>Combien des utilisateurs du mois reviennent un jour type.</translation>
    </message>
    <message>
        <source>Average DAU divided by MAU, times 100.</source>
        <translation>DAU moyen divisé par MAU, multiplié par 100.</translation>
    </message>
    <message>
        <source>Feature adoption rate</source>
        <translation>Taux d’adoption d’une fonctionnalité</translation>
    </message>
    <message>
        <source>Share of active users who use a given feature.</source>
        <translation>Part des utilisateurs actifs qui utilisent une fonctionnalité donnée.</translation>
    </message>
    <message>
        <source>Users who used the feature in the period divided by active users in the period, times 100.</source>
        <translation>Utilisateurs ayant utilisé la fonctionnalité pendant la période divisés par les utilisateurs actifs de la période, multipliés par 100.</translation>
    </message>
    <message>
        <source>Activation rate</source>
        <translation>Taux d’activation</translation>
    </message>
    <message>
        <source>Share of new sign-ups who reach the first moment of value.</source>
        <translation>Part des nouveaux inscrits qui atteignent le premier moment de valeur.</translation>
    </message>
    <message>
        <source>Sign-ups who completed the activation milestone within 7 days divided by all sign-ups of the period, times 100.</source>
        <translation>Inscrits ayant franchi l’étape d’activation en 7 jours divisés par l’ensemble des inscrits de la période, multipliés par 100.</translation>
    </message>
    <message>
        <source>Trial conversion rate</source>
        <translation>Taux de conversion des essais</translation>
    </message>
    <message>
        <source>Share of trials that become paying customers.</source>
        <translation>Part des essais qui deviennent des clients payants.</translation>
    </message>
    <message>
        <source>Trials converted to paid plans in the period divided by trials that ended in it, times 100.</source>
        <translation>Essais convertis en formules payantes pendant la période divisés par les essais qui s’y sont terminés, multipliés par 100.</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>New accounts created.</source>
        <translation>Nouveaux comptes créés.</translation>
    </message>
    <message>
        <source>Count of accounts created in the period, excluding internal and test accounts.</source>
        <translation>Nombre de comptes créés pendant la période, hors comptes internes et de test.</translation>
    </message>
    <message>
        <source>Time to market</source>
        <translation>Délai de mise sur le marché</translation>
    </message>
    <message>
        <source>Days from the approval of a feature to its general availability.</source>
        <translation>Jours entre l’approbation d’une fonctionnalité et sa disponibilité générale.</translation>
    </message>
    <message>
        <source>Median number of days between a feature&apos;s approval and its release to all customers, over the features shipped in the period.</source>
        <translation>Nombre médian de jours entre l’approbation d’une fonctionnalité et sa mise à disposition de tous les clients, sur les fonctionnalités livrées pendant la période.</translation>
    </message>
    <message>
        <source>Innovation rate</source>
        <translation>Taux d’innovation</translation>
    </message>
    <message>
        <source>Share of revenue from products launched in the last three years.</source>
        <translation>Part du revenu provenant de produits lancés au cours des trois dernières années.</translation>
    </message>
    <message>
        <source>Revenue from products or major features launched in the last N years (3 by default) divided by total revenue, times 100.</source>
        <translation>Revenu des produits ou fonctionnalités majeures lancés au cours des N dernières années (3 par défaut) divisé par le revenu total, multiplié par 100.</translation>
    </message>
    <message>
        <source>R&amp;D spend ratio</source>
        <translation>Ratio de dépenses de R&amp;D</translation>
    </message>
    <message>
        <source>Research and development spend as a share of revenue.</source>
        <translation>Dépenses de recherche et développement en part du revenu.</translation>
    </message>
    <message>
        <source>Research and development spend in the period divided by revenue in the period, times 100; healthy inside a band rather than as high or low as possible.</source>
        <translation>Dépenses de recherche et développement de la période divisées par le revenu de la période, multipliées par 100 ; saines dans une plage plutôt qu’aussi hautes ou basses que possible.</translation>
    </message>
</context>
<context>
    <name>Needle::KpiNoteDialog</name>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>T&amp;exte :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance :</translation>
    </message>
</context>
<context>
    <name>Needle::KpiTableModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
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
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Overdue since %1: %2</source>
        <translation>En retard depuis le %1 : %2</translation>
    </message>
    <message>
        <source>Overdue since %1: %2 (%3)</source>
        <translation>En retard depuis le %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message numerus="yes">
        <source>Overdue actions: %n</source>
        <translation>
            <numerusform>Actions en retard : %n</numerusform>
            <numerusform>Actions en retard : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open actions: %n</source>
        <translation>
            <numerusform>Actions ouvertes : %n</numerusform>
            <numerusform>Actions ouvertes : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
</context>
<context>
    <name>Needle::KpiValuesTable</name>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date.</source>
        <translation>Ligne %1 : « %2 » n’est pas une date.</translation>
    </message>
    <message>
        <source>Line %1: there is no row to paste this value onto.</source>
        <translation>Ligne %1 : aucune ligne où coller cette valeur.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a number.</source>
        <translation>Ligne %1 : « %2 » n’est pas un nombre.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n value(s)</source>
        <translation>
            <numerusform>Coller %n valeur</numerusform>
            <numerusform>Coller %n valeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n value(s)</source>
        <translation>
            <numerusform>Supprimer %n valeur</numerusform>
            <numerusform>Supprimer %n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Value...</source>
        <translation>&amp;Ajouter une valeur...</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>Needle::KpiView</name>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Valeurs</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularité</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Depuis le début de l’année</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>3 dernières années</translation>
    </message>
    <message>
        <source>All values</source>
        <translation>Toutes les valeurs</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Show the whole period again (0)</source>
        <translation>Afficher à nouveau toute la période (0)</translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation>&amp;Granularité :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notes de revue</translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation>&amp;Ajouter une note…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>No values yet. Add one with Add Value (%1), or paste rows of date and value copied from a spreadsheet (%2).</source>
        <translation>Pas encore de valeurs. Ajoutez-en une avec « Ajouter une valeur » (%1), ou collez des lignes de date et de valeur copiées d’un tableur (%2).</translation>
    </message>
    <message>
        <source>Add Val&amp;ue…</source>
        <translation>Ajo&amp;uter une valeur…</translation>
    </message>
    <message>
        <source>Add a value for a date (Insert)</source>
        <translation>Ajouter une valeur pour une date (Inser)</translation>
    </message>
</context>
<context>
    <name>Needle::MainWindow</name>
    <message>
        <source>Needle workspaces (*.needle);;All files (*)</source>
        <translation>Espaces de travail Needle (*.needle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Needle&lt;/h1&gt;&lt;p&gt;Your product&apos;s KPIs, their targets and benchmarks, and the meetings that review them.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Needle&lt;/h1&gt;&lt;p&gt;Les KPI de votre produit, leurs objectifs et références, et les réunions qui les passent en revue.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation>Espaces de travail récents :</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Ouvrir la &amp;démonstration</translation>
    </message>
    <message>
        <source>Filter KPIs by name, key or description</source>
        <translation>Filtrer les KPI par nom, clé ou description</translation>
    </message>
    <message>
        <source>Filter KPIs</source>
        <translation>Filtrer les KPI</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
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
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; Needle does not overwrite workspaces.</source>
        <translation>%1 existe déjà. Choisissez un autre nom ; Needle n’écrase pas les espaces de travail.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Workspace views</source>
        <translation>Vues de l’espace de travail</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export KPI Table as &amp;CSV...</source>
        <translation>Exporter le tableau des KPI en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export KPI Table as CSV</source>
        <translation>Exporter le tableau des KPI en CSV</translation>
    </message>
    <message>
        <source>%1-kpis.csv</source>
        <translation>%1-kpi.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>← &amp;Back to the dashboard</source>
        <translation>← &amp;Retour au tableau de bord</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Retour au tableau de bord</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>No recent workspaces yet. Start with the demo to look around, or create a new workspace and import your KPIs from a CSV, XLSX or ODS file (File &gt; Import).</source>
        <translation>Aucun espace de travail récent. Commencez par la démo pour découvrir, ou créez un espace de travail et importez vos KPI depuis un fichier CSV, XLSX ou ODS (Fichier &gt; Importer).</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>%1 is already open in another Needle (%2). Opening it here too is safe, since every change is saved at once, but each window shows the other&apos;s changes only after it is opened again.</source>
        <translation>%1 est déjà ouvert dans un autre Needle (%2). L&apos;ouvrir ici aussi est sans danger, car chaque modification est enregistrée aussitôt, mais chaque fenêtre ne montre les modifications de l&apos;autre qu&apos;après avoir été rouverte.</translation>
    </message>
</context>
<context>
    <name>Needle::MappingPage</name>
    <message>
        <source>Layout and columns</source>
        <translation>Disposition et colonnes</translation>
    </message>
    <message>
        <source>Needle guessed how the sheet holds its values. Check the layout and what each column means; the next page shows the values before anything is stored.</source>
        <translation>Needle a deviné comment la feuille contient ses valeurs. Vérifiez la disposition et le sens de chaque colonne ; la page suivante montre les valeurs avant tout enregistrement.</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition :</translation>
    </message>
    <message>
        <source>Column &amp;names in row:</source>
        <translation>&amp;Noms des colonnes à la ligne :</translation>
    </message>
    <message>
        <source>Detect from the sheet</source>
        <translation>Détecter d’après la feuille</translation>
    </message>
    <message>
        <source>1,234.5 (decimal point)</source>
        <translation>1,234.5 (point décimal)</translation>
    </message>
    <message>
        <source>1.234,5 (decimal comma)</source>
        <translation>1.234,5 (virgule décimale)</translation>
    </message>
    <message>
        <source>N&amp;umbers:</source>
        <translation>No&amp;mbres :</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Jour d’abord (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Mois d’abord (12/31/2024)</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>Da&amp;tes :</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nom dans le fichier</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>The sheet as the mapping reads it</source>
        <translation>La feuille telle que la correspondance la lit</translation>
    </message>
    <message>
        <source>Detected: %1, %2% sure.</source>
        <translation>Détecté : %1, sûr à %2 %.</translation>
    </message>
    <message>
        <source>Meaning of column %1</source>
        <translation>Signification de la colonne %1</translation>
    </message>
    <message>
        <source>Read as the earlier import of a file like this one was: %1.</source>
        <translation>Lu comme lors de l&apos;import précédent d&apos;un fichier semblable : %1.</translation>
    </message>
</context>
<context>
    <name>Needle::MeasurementTableModel</name>
    <message>
        <source>Typed in</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>« %1 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
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
        <translation>Il n’y a aucune réunion avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>- %1 (%2, due %3)</source>
        <translation>- %1 (%2, échéance %3)</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source> [done]</source>
        <translation> [fait]</translation>
    </message>
    <message>
        <source> [overdue]</source>
        <translation> [en retard]</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Period under review: %1 to %2</source>
        <translation>Période examinée : %1 au %2</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Participants : %1</translation>
    </message>
    <message numerus="yes">
        <source>Duration: %1; %n KPI(s) discussed</source>
        <translation>
            <numerusform>Durée : %1 ; %n KPI examiné</numerusform>
            <numerusform>Durée : %1 ; %n KPI examinés</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Anomalies judged</source>
        <translation>Anomalies jugées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Still open from earlier meetings</source>
        <translation>Encore ouvert depuis les réunions précédentes</translation>
    </message>
</context>
<context>
    <name>Needle::NewKpiPanel</name>
    <message>
        <source>Names in the file that match no KPI of the workspace:</source>
        <translation>Noms du fichier qui ne correspondent à aucun KPI de l&apos;espace de travail :</translation>
    </message>
    <message>
        <source>KPIs to create or match</source>
        <translation>KPI à créer ou à associer</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nom dans le fichier</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>De&amp;cimals:</source>
        <translation>&amp;Décimales :</translation>
    </message>
    <message>
        <source>Be&amp;tter:</source>
        <translation>&amp;Mieux :</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nouveau KPI</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Laisser de côté</translation>
    </message>
    <message>
        <source>Same as %1</source>
        <translation>Identique à %1</translation>
    </message>
    <message>
        <source>Import %1 as</source>
        <translation>Importer %1 comme</translation>
    </message>
    <message>
        <source>Create the owners the file names: %1</source>
        <translation>Créer les responsables que nomme le fichier : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As you chose; %1 is created when you import.</source>
        <translation>Comme vous l&apos;avez choisi ; %1 est créé à l&apos;import.</translation>
    </message>
    <message>
        <source>Guessed from the cells; change what is wrong.</source>
        <translation>Déduit des cellules ; corrigez ce qui est faux.</translation>
    </message>
    <message>
        <source>Guessed from the cells and the library&apos;s %1; change what is wrong.</source>
        <translation>Déduit des cellules et de « %1 » de la bibliothèque ; corrigez ce qui est faux.</translation>
    </message>
</context>
<context>
    <name>Needle::OdsReader</name>
    <message>
        <source>elements are nested too deeply</source>
        <translation>les éléments sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>a cell holds more than %1 characters</source>
        <translation>une cellule contient plus de %1 caractères</translation>
    </message>
    <message>
        <source>the file is password-protected (encrypted); save it without a password and import it again</source>
        <translation>le fichier est protégé par un mot de passe (chiffré) ; enregistrez-le sans mot de passe et importez-le à nouveau</translation>
    </message>
    <message>
        <source>the document has no spreadsheet table</source>
        <translation>le document n’a aucun tableau de feuille de calcul</translation>
    </message>
    <message>
        <source>the part content.xml cannot be read: %1 (line %2)</source>
        <translation>la partie content.xml ne peut pas être lue : %1 (ligne %2)</translation>
    </message>
    <message>
        <source>the document has no sheet &quot;%1&quot;</source>
        <translation>le document n’a pas de feuille « %1 »</translation>
    </message>
    <message>
        <source>the formula has no saved result; open and save the file in a spreadsheet program to compute it</source>
        <translation>la formule n’a pas de résultat enregistré ; ouvrez et enregistrez le fichier dans un tableur pour le calculer</translation>
    </message>
    <message>
        <source>the %1 cell holds no valid value</source>
        <translation>la cellule de type %1 ne contient aucune valeur valide</translation>
    </message>
    <message>
        <source>a cell lies beyond column %1</source>
        <translation>une cellule se trouve au-delà de la colonne %1</translation>
    </message>
    <message>
        <source>a row lies beyond row %1</source>
        <translation>une ligne se trouve au-delà de la ligne %1</translation>
    </message>
</context>
<context>
    <name>Needle::OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist; name the file itself. Nothing was written.</source>
        <translation>%1 est un lien vers un fichier qui n’existe pas ; indiquez le fichier lui-même. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 is the name of a workspace&apos;s journal file; choose another name. Nothing was written.</source>
        <translation>%1 est le nom du fichier journal d’un espace de travail ; choisissez un autre nom. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, device or pipe); Needle writes only to regular files. It was not changed.</source>
        <translation>%1 n’est pas un fichier ordinaire (c’est un dossier, un périphérique ou un tube) ; Needle n’écrit que dans des fichiers ordinaires. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another name for the output. It was not changed.</source>
        <translation>%1 est l’espace de travail lui-même ; choisissez un autre nom pour la sortie. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is a journal file of the workspace; choose another name for the output. It was not changed.</source>
        <translation>%1 est un fichier journal de l’espace de travail ; choisissez un autre nom pour la sortie. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database (perhaps a Needle workspace); choose another name for the output. It was not changed.</source>
        <translation>%1 est une base de données SQLite (peut-être un espace de travail Needle) ; choisissez un autre nom pour la sortie. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is a workspace&apos;s journal file; choose another name for the output. It was not changed.</source>
        <translation>%1 est le fichier journal d’un espace de travail ; choisissez un autre nom pour la sortie. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: make room on it and try again. Nothing was written.</source>
        <translation>Le disque contenant %1 est plein : libérez de la place et réessayez. Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>Needle::OwnerModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
</context>
<context>
    <name>Needle::OwnersDialog</name>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Edit owner</source>
        <translation>Modifier le responsable</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nouveau responsable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe :</translation>
    </message>
</context>
<context>
    <name>Needle::PdfAmendment</name>
    <message>
        <source>The PDF could not be completed: %1</source>
        <translation>Le PDF n’a pas pu être terminé : %1</translation>
    </message>
    <message>
        <source>no trailer</source>
        <translation>pas de trailer</translation>
    </message>
    <message>
        <source>no cross-reference table</source>
        <translation>pas de table de références croisées</translation>
    </message>
    <message>
        <source>no document catalog</source>
        <translation>pas de catalogue de document</translation>
    </message>
    <message>
        <source>no pages</source>
        <translation>aucune page</translation>
    </message>
    <message>
        <source>a page without an annotation array</source>
        <translation>une page sans tableau d’annotations</translation>
    </message>
    <message>
        <source>an unexpected annotation array</source>
        <translation>un tableau d’annotations inattendu</translation>
    </message>
</context>
<context>
    <name>Needle::PdfExporter</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n’a pas pu être commencé.</translation>
    </message>
</context>
<context>
    <name>Needle::PointSource</name>
    <message>
        <source>The formula refers to %1, which is not a KPI key.</source>
        <translation>La formule fait référence à %1, qui n’est pas une clé de KPI.</translation>
    </message>
    <message>
        <source>%1 cannot be computed: %2</source>
        <translation>%1 ne peut pas être calculé : %2</translation>
    </message>
    <message>
        <source>%1 in the period of %2.</source>
        <translation>%1 sur la période %2.</translation>
    </message>
</context>
<context>
    <name>Needle::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The new language is used the next time Needle starts.</source>
        <translation>La nouvelle langue est utilisée au prochain démarrage de Needle.</translation>
    </message>
    <message>
        <source>Number and date format</source>
        <translation>Format des nombres et des dates</translation>
    </message>
    <message>
        <source>Same as the language</source>
        <translation>Comme la langue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Numbers and dates:</source>
        <translation>&amp;Nombres et dates :</translation>
    </message>
    <message>
        <source>Write dates as &amp;ISO 8601 (2026-03-31)</source>
        <translation>Écrire les dates en &amp;ISO 8601 (2026-03-31)</translation>
    </message>
    <message>
        <source>ISO 8601 dates</source>
        <translation>Dates ISO 8601</translation>
    </message>
    <message>
        <source>Format preview</source>
        <translation>Aperçu du format</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Default period</source>
        <translation>Période par défaut</translation>
    </message>
    <message>
        <source>Default &amp;period:</source>
        <translation>&amp;Période par défaut :</translation>
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
        <translation>→ suivant · ← précédent · numéro + Entrée aller à · G ordre du jour · N note · D décision · A action · V verdict · B noir · Échap quitter</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Meeting %1 · this KPI %2</source>
        <translation>Réunion %1 · ce KPI %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>   go to %1…</source>
        <translation>   aller à %1…</translation>
    </message>
    <message>
        <source>*Enter closes the meeting; ← goes back to the last KPI.*</source>
        <translation>*Entrée clôt la réunion ; ← revient au dernier KPI.*</translation>
    </message>
    <message>
        <source>There is no item %1 on the agenda.</source>
        <translation>Il n’y a pas de point %1 à l’ordre du jour.</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter show · Alt+↑ Alt+↓ move · Delete skip or put back · G or Esc back to the slide</source>
        <translation>↑ ↓ choisir · Entrée afficher · Alt+↑ Alt+↓ déplacer · Suppr sauter ou rétablir · G ou Échap retour à la diapositive</translation>
    </message>
    <message>
        <source>Press Esc again to leave. The meeting stays open: Review &gt; Resume meeting continues where it was.</source>
        <translation>Appuyez de nouveau sur Échap pour quitter. La réunion reste ouverte : Revue &gt; Reprendre la réunion continue là où elle était.</translation>
    </message>
</context>
<context>
    <name>Needle::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Notes on this KPI</source>
        <translation>Notes sur ce KPI</translation>
    </message>
    <message>
        <source>On this KPI</source>
        <translation>Sur ce KPI</translation>
    </message>
    <message>
        <source>%1 · this KPI %2</source>
        <translation>%1 · ce KPI %2</translation>
    </message>
    <message>
        <source>Now: %1. %2</source>
        <translation>Maintenant : %1. %2</translation>
    </message>
    <message>
        <source> (screen black)</source>
        <translation> (écran noir)</translation>
    </message>
    <message>
        <source> (agenda shown)</source>
        <translation> (ordre du jour affiché)</translation>
    </message>
    <message>
        <source>Now: the summary</source>
        <translation>Maintenant : le résumé</translation>
    </message>
    <message>
        <source>Next: the summary</source>
        <translation>Ensuite : le résumé</translation>
    </message>
    <message>
        <source>Next: %1. %2</source>
        <translation>Ensuite : %1. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Open: %1 (%2)</source>
        <translation>Ouvert : %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing yet. N note, D decision, A action item, V verdict.</source>
        <translation>Rien pour l’instant. N note, D décision, A action, V verdict.</translation>
    </message>
</context>
<context>
    <name>Needle::PreviewModel</name>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nouveau)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>Needle::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The values as they will be stored. Nothing is written until you choose Import.</source>
        <translation>Les valeurs telles qu’elles seront enregistrées. Rien n’est écrit tant que vous n’avez pas choisi Importer.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Values to import</source>
        <translation>Valeurs à importer</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Import &amp;valid rows only (skip the rows with errors)</source>
        <translation>Importer uniquement les lignes &amp;valides (ignorer les lignes en erreur)</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Checking was stopped. Go back, or change a choice to check again.</source>
        <translation>La vérification a été arrêtée. Revenez en arrière ou modifiez un choix pour vérifier à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new value(s)</source>
        <translation>
            <numerusform>%n nouvelle valeur</numerusform>
            <numerusform>%n nouvelles valeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n ligne en erreur</numerusform>
            <numerusform>%n lignes en erreur</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the errors in the file, change the mapping, or import the valid rows only.</source>
        <translation>Corrigez les erreurs du fichier, modifiez la correspondance ou importez uniquement les lignes valides.</translation>
    </message>
    <message>
        <source>Importing changes nothing: every value is already stored.</source>
        <translation>L’import ne change rien : toutes les valeurs sont déjà enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>The table shows the first %n value(s).</source>
        <translation>
            <numerusform>Le tableau montre la première valeur (%n).</numerusform>
            <numerusform>Le tableau montre les %n premières valeurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::QueryReader</name>
    <message>
        <source>Reading the result failed: %1</source>
        <translation>La lecture du résultat a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Needle::RecordListDialog</name>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>Needle::Refresher</name>
    <message>
        <source>The run could not be logged: %1</source>
        <translation>L&apos;exécution n&apos;a pas pu être journalisée : %1</translation>
    </message>
</context>
<context>
    <name>Needle::Report</name>
    <message>
        <source>week %1, %2</source>
        <translation>semaine %1, %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsable : %1</translation>
    </message>
    <message>
        <source>computed as %1</source>
        <translation>calculé comme %1</translation>
    </message>
    <message>
        <source>No data: there is no value between %1 and %2.</source>
        <translation>Pas de données : aucune valeur entre le %1 et le %2.</translation>
    </message>
    <message>
        <source>%1: %2 in %3; no target is set.</source>
        <translation>%1 : %2 sur %3 ; aucun objectif n’est fixé.</translation>
    </message>
    <message>
        <source>%1: %2 in %3 against a target of %4.</source>
        <translation>%1 : %2 sur %3 pour un objectif de %4.</translation>
    </message>
    <message>
        <source>The workspace has no KPI with the key &quot;%1&quot;.</source>
        <translation>L’espace de travail n’a aucun KPI avec la clé « %1 ».</translation>
    </message>
    <message>
        <source>KPI snapshot: %1</source>
        <translation>Instantané des KPI : %1</translation>
    </message>
    <message>
        <source>KPIs of %1, %2</source>
        <translation>KPI de %1, %2</translation>
    </message>
    <message>
        <source>KPI, snapshot</source>
        <translation>KPI, instantané</translation>
    </message>
    <message>
        <source>KPI snapshot</source>
        <translation>Instantané des KPI</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>%1 · KPI snapshot as of %2</source>
        <translation>%1 · instantané des KPI au %2</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Vs. benchmark</source>
        <translation>Vs référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Anomaly verdicts</source>
        <translation>Verdicts sur les anomalies</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>The workspace has no KPIs to report.</source>
        <translation>L’espace de travail n’a aucun KPI à présenter.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The workspace has no meeting %1.</source>
        <translation>L’espace de travail n’a pas de réunion %1.</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Compte rendu : %1</translation>
    </message>
    <message>
        <source>Minutes of the KPI review &quot;%1&quot; of %2, %3</source>
        <translation>Compte rendu de la revue des KPI « %1 » du %2, %3</translation>
    </message>
    <message>
        <source>KPI, review, minutes</source>
        <translation>KPI, revue, compte rendu</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>Compte rendu de réunion</translation>
    </message>
    <message>
        <source>%1 · minutes of %2</source>
        <translation>%1 · compte rendu du %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun enregistré</translation>
    </message>
    <message>
        <source>Period reviewed</source>
        <translation>Période examinée</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>%1 discussed</source>
        <translation>%1 examinés</translation>
    </message>
    <message>
        <source>The meeting had no agenda items.</source>
        <translation>La réunion n’avait aucun point à l’ordre du jour.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation>Pourquoi à l’ordre du jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
    <message>
        <source>Not on the agenda</source>
        <translation>Hors ordre du jour</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>Aucune décision n’a été enregistrée.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No action items were recorded.</source>
        <translation>Aucune action n’a été enregistrée.</translation>
    </message>
    <message>
        <source>No anomaly verdicts were recorded.</source>
        <translation>Aucun verdict sur les anomalies n’a été enregistré.</translation>
    </message>
    <message>
        <source>Skipped in the meeting.</source>
        <translation>Passé pendant la réunion.</translation>
    </message>
    <message>
        <source>Nothing was recorded about this KPI.</source>
        <translation>Rien n’a été enregistré pour ce KPI.</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Anomaly in %1: %2. %3</source>
        <translation>Anomalie sur %1 : %2. %3</translation>
    </message>
    <message>
        <source>Open action items from earlier meetings</source>
        <translation>Actions ouvertes des réunions précédentes</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Benchmark: %1.</source>
        <translation>Référence : %1.</translation>
    </message>
    <message>
        <source>Change: %1.</source>
        <translation>Variation : %1.</translation>
    </message>
    <message>
        <source>Against last year: %1.</source>
        <translation>Par rapport à l’an dernier : %1.</translation>
    </message>
    <message>
        <source>Trend: %1.</source>
        <translation>Tendance : %1.</translation>
    </message>
    <message>
        <source>Forecast: %1.</source>
        <translation>Prévision : %1.</translation>
    </message>
    <message>
        <source>Forecast: %1 to %2 in the next period.</source>
        <translation>Prévision : %1 à %2 sur la prochaine période.</translation>
    </message>
    <message>
        <source>%1 in %2: %3.</source>
        <translation>%1 sur %2 : %3.</translation>
    </message>
    <message>
        <source>Why it stands out</source>
        <translation>Pourquoi elle se distingue</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Pas encore jugée</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 passés</translation>
    </message>
    <message>
        <source>%1 not discussed</source>
        <translation>%1 non examinés</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Non examiné</translation>
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
        <translation>Reprendre la réunion</translation>
    </message>
    <message>
        <source>There is no unfinished meeting in this workspace.</source>
        <translation>Il n’y a aucune réunion inachevée dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Meeting to resume:</source>
        <translation>Réunion à reprendre :</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revue</translation>
    </message>
    <message>
        <source>&amp;Start meeting...</source>
        <translation>&amp;Démarrer une réunion…</translation>
    </message>
    <message>
        <source>&amp;Resume meeting...</source>
        <translation>&amp;Reprendre une réunion…</translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Démarrer une réunion</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Exporter le compte rendu</translation>
    </message>
    <message>
        <source>There is no meeting in this workspace yet.</source>
        <translation>Cet espace de travail ne contient encore aucune réunion.</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Réunion :</translation>
    </message>
    <message>
        <source>Export &amp;minutes as PDF...</source>
        <translation>Exporter le &amp;compte rendu en PDF...</translation>
    </message>
    <message>
        <source>Edit agenda</source>
        <translation>Modifier l’ordre du jour</translation>
    </message>
    <message>
        <source>Edit &amp;agenda...</source>
        <translation>Modifier l’&amp;ordre du jour...</translation>
    </message>
</context>
<context>
    <name>Needle::ReviewNoteModel</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit le</translation>
    </message>
</context>
<context>
    <name>Needle::ReviewSession</name>
    <message>
        <source>KPI review, %1</source>
        <translation>Revue des KPI, %1</translation>
    </message>
    <message>
        <source>The period under review needs a start on or before its end.</source>
        <translation>La période examinée doit commencer au plus tard à sa fin.</translation>
    </message>
    <message>
        <source>There is no meeting with the id %1.</source>
        <translation>Il n’y a aucune réunion avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>The meeting is not running.</source>
        <translation>La réunion n’est pas en cours.</translation>
    </message>
    <message>
        <source>No meeting is open.</source>
        <translation>Aucune réunion n’est ouverte.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Écrivez d’abord quelque chose.</translation>
    </message>
    <message>
        <source>An action item needs an owner.</source>
        <translation>Une action doit avoir un responsable.</translation>
    </message>
    <message>
        <source>An action item needs a due date.</source>
        <translation>Une action doit avoir une échéance.</translation>
    </message>
    <message>
        <source>No KPI is on screen.</source>
        <translation>Aucun KPI n’est affiché.</translation>
    </message>
    <message>
        <source>The meeting &quot;%1&quot; is closed; its agenda can no longer change.</source>
        <translation>La réunion « %1 » est close ; son ordre du jour ne peut plus changer.</translation>
    </message>
    <message>
        <source>Move %1 on the agenda</source>
        <translation>Déplacer %1 dans l’ordre du jour</translation>
    </message>
    <message numerus="yes">
        <source>Move %n KPIs on the agenda</source>
        <translation>
            <numerusform>Déplacer %n indicateur dans l’ordre du jour</numerusform>
            <numerusform>Déplacer %n indicateurs dans l’ordre du jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip %1</source>
        <translation>Sauter %1</translation>
    </message>
    <message>
        <source>Put %1 back on the agenda</source>
        <translation>Remettre %1 à l’ordre du jour</translation>
    </message>
    <message>
        <source>Add %1 to the agenda</source>
        <translation>Ajouter %1 à l’ordre du jour</translation>
    </message>
    <message>
        <source>Remove %1 from the agenda</source>
        <translation>Retirer %1 de l’ordre du jour</translation>
    </message>
    <message>
        <source>Skip the KPIs with nothing to discuss</source>
        <translation>Sauter les indicateurs sans rien à discuter</translation>
    </message>
    <message>
        <source>Put the KPIs with nothing to discuss back on the agenda</source>
        <translation>Remettre à l’ordre du jour les indicateurs sans rien à discuter</translation>
    </message>
</context>
<context>
    <name>Needle::RunPage</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l’import</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Edit &gt; Undo or the import history take it back.</source>
        <translation>Édition &gt; Annuler ou l’historique des imports le retirent.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>L’import a été annulé. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The column mapping is remembered for the next file like this one.</source>
        <translation>La correspondance des colonnes est retenue pour le prochain fichier de ce type.</translation>
    </message>
</context>
<context>
    <name>Needle::Sentences</name>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>for a %1</source>
        <translation>pour un %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>semaine %1</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>No complete period has a value yet.</source>
        <translation>Aucune période complète n’a encore de valeur.</translation>
    </message>
    <message>
        <source>%1; no target is set.</source>
        <translation>%1 ; aucun objectif n’est fixé.</translation>
    </message>
    <message>
        <source>%1, inside the band of %2.</source>
        <translation>%1, dans la plage de %2.</translation>
    </message>
    <message>
        <source>%1, below the band of %2.</source>
        <translation>%1, sous la plage de %2.</translation>
    </message>
    <message>
        <source>%1, above the band of %2.</source>
        <translation>%1, au-dessus de la plage de %2.</translation>
    </message>
    <message>
        <source>%1, exactly on the target.</source>
        <translation>%1, exactement sur l’objectif.</translation>
    </message>
    <message>
        <source>%1, above the target of %2.</source>
        <translation>%1, au-dessus de l’objectif de %2.</translation>
    </message>
    <message>
        <source>%1, below the target of %2.</source>
        <translation>%1, sous l’objectif de %2.</translation>
    </message>
    <message>
        <source>%1, %2 above the target of %3.</source>
        <translation>%1, %2 au-dessus de l’objectif de %3.</translation>
    </message>
    <message>
        <source>%1, %2 below the target of %3.</source>
        <translation>%1, %2 sous l’objectif de %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Level with %1.</source>
        <translation>Au niveau de %1.</translation>
    </message>
    <message>
        <source>%1 away from %2.</source>
        <translation>À %1 de %2.</translation>
    </message>
    <message>
        <source>%1 better than %2.</source>
        <translation>%1 de mieux que %2.</translation>
    </message>
    <message>
        <source>%1 worse than %2.</source>
        <translation>%1 de moins que %2.</translation>
    </message>
    <message>
        <source>Unchanged on the same period last year.</source>
        <translation>Inchangé par rapport à la même période l’an dernier.</translation>
    </message>
    <message>
        <source>Unchanged on the previous period.</source>
        <translation>Inchangé par rapport à la période précédente.</translation>
    </message>
    <message>
        <source>Up %1 on the same period last year (%2).</source>
        <translation>En hausse de %1 par rapport à la même période l’an dernier (%2).</translation>
    </message>
    <message>
        <source>Down %1 on the same period last year (%2).</source>
        <translation>En baisse de %1 par rapport à la même période l’an dernier (%2).</translation>
    </message>
    <message>
        <source>Up %1 on the previous period (%2).</source>
        <translation>En hausse de %1 par rapport à la période précédente (%2).</translation>
    </message>
    <message>
        <source>Down %1 on the previous period (%2).</source>
        <translation>En baisse de %1 par rapport à la période précédente (%2).</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>confiance élevée</translation>
    </message>
    <message>
        <source>moderate confidence</source>
        <translation>confiance moyenne</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>confiance faible</translation>
    </message>
    <message numerus="yes">
        <source>No clear trend over the last %n periods.</source>
        <translation>
            <numerusform>Pas de tendance claire sur la dernière période (%n).</numerusform>
            <numerusform>Pas de tendance claire sur les %n dernières périodes.</numerusform>
        </translation>
    </message>
    <message>
        <source>good</source>
        <translation>favorable</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>défavorable</translation>
    </message>
    <message>
        <source>Rising by about %1 a %2 (%3; %4).</source>
        <translation>En hausse d’environ %1 par %2 (%3 ; %4).</translation>
    </message>
    <message>
        <source>Falling by about %1 a %2 (%3; %4).</source>
        <translation>En baisse d’environ %1 par %2 (%3 ; %4).</translation>
    </message>
    <message>
        <source>Projected %1 by %2, target %3</source>
        <translation>Projection %1 au %2, objectif %3</translation>
    </message>
    <message>
        <source>%1: on pace.</source>
        <translation>%1 : dans le rythme.</translation>
    </message>
    <message>
        <source>%1: just short of the pace.</source>
        <translation>%1 : juste en deçà du rythme.</translation>
    </message>
    <message>
        <source>%1: off pace.</source>
        <translation>%1 : en retard sur le rythme.</translation>
    </message>
    <message numerus="yes">
        <source>Stale: the last value is from %1 (%n days before the as-of date).</source>
        <translation>
            <numerusform>Périmé : la dernière valeur date du %1 (%n jour avant la date de référence).</numerusform>
            <numerusform>Périmé : la dernière valeur date du %1 (%n jours avant la date de référence).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n periods all read %1: is the feed stuck?</source>
        <translation>
            <numerusform>La dernière période (%n) indique %1 : le flux est-il bloqué ?</numerusform>
            <numerusform>Les %n dernières périodes indiquent toutes %1 : le flux est-il bloqué ?</numerusform>
        </translation>
    </message>
    <message>
        <source>No owner.</source>
        <translation>Sans responsable.</translation>
    </message>
    <message numerus="yes">
        <source>%n periods in a row above the average of %1.</source>
        <translation>
            <numerusform>%n période au-dessus de la moyenne de %1.</numerusform>
            <numerusform>%n périodes d’affilée au-dessus de la moyenne de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n periods in a row below the average of %1.</source>
        <translation>
            <numerusform>%n période sous la moyenne de %1.</numerusform>
            <numerusform>%n périodes d’affilée sous la moyenne de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The level moved from about %1 to %2 and stayed there; %3 MADs.</source>
        <translation>Le niveau est passé d’environ %1 à %2 et y est resté ; %3 MAD.</translation>
    </message>
    <message>
        <source>%1 above the expected %2 %3</source>
        <translation>%1 au-dessus de la valeur attendue de %2 %3</translation>
    </message>
    <message>
        <source>%1 below the expected %2 %3</source>
        <translation>%1 sous la valeur attendue de %2 %3</translation>
    </message>
    <message>
        <source>%1 above the expected %2</source>
        <translation>%1 au-dessus de la valeur attendue de %2</translation>
    </message>
    <message>
        <source>%1 below the expected %2</source>
        <translation>%1 sous la valeur attendue de %2</translation>
    </message>
    <message>
        <source>%1; outside the control limits %2 to %3.</source>
        <translation>%1 ; hors des limites de contrôle %2 à %3.</translation>
    </message>
    <message>
        <source>%1; %2 MADs.</source>
        <translation>%1 ; %2 MAD.</translation>
    </message>
    <message>
        <source> Verdict: %1.</source>
        <translation> Verdict : %1.</translation>
    </message>
    <message>
        <source> Verdict: %1 (%2).</source>
        <translation> Verdict : %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarters</source>
        <translation>
            <numerusform>%n trimestre</numerusform>
            <numerusform>%n trimestres</numerusform>
        </translation>
    </message>
    <message>
        <source>The lowest %1 on record</source>
        <translation>%1 au plus bas depuis le début des relevés</translation>
    </message>
    <message>
        <source>The highest %1 on record</source>
        <translation>%1 au plus haut depuis le début des relevés</translation>
    </message>
    <message>
        <source>The lowest %1 in %2</source>
        <translation>%1 au plus bas depuis %2</translation>
    </message>
    <message>
        <source>The highest %1 in %2</source>
        <translation>%1 au plus haut depuis %2</translation>
    </message>
    <message>
        <source>a shortfall from %1 of %2, %3 times the usual %4%5</source>
        <translation>un écart à %1 de %2, %3 fois l’écart habituel de %4%5</translation>
    </message>
    <message>
        <source>a shortfall from %1 of %2 against the usual %3%4</source>
        <translation>un écart à %1 de %2 contre %3 d’habitude%4</translation>
    </message>
    <message>
        <source>%1 against the usual %2%3</source>
        <translation>%1 contre %2 d’habitude%3</translation>
    </message>
    <message>
        <source>%1 times the expected %2%3</source>
        <translation>%1 fois la valeur attendue de %2%3</translation>
    </message>
    <message>
        <source>%1; %2; %3 MADs.</source>
        <translation>%1 ; %2 ; %3 MAD.</translation>
    </message>
</context>
<context>
    <name>Needle::SheetGridModel</name>
    <message>
        <source>TRUE</source>
        <translation>VRAI</translation>
    </message>
    <message>
        <source>FALSE</source>
        <translation>FAUX</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>Choisir la feuille</translation>
    </message>
    <message>
        <source>The workbook has several sheets. Choose the one with the KPI values.</source>
        <translation>Le classeur a plusieurs feuilles. Choisissez celle qui contient les valeurs de KPI.</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Feuilles</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Premières lignes de la feuille</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (masquée)</translation>
    </message>
    <message>
        <source>Reading sheet %1...</source>
        <translation>Lecture de la feuille %1…</translation>
    </message>
</context>
<context>
    <name>Needle::SlideContent</name>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>week %1, %2</source>
        <translation>semaine %1, %2</translation>
    </message>
    <message>
        <source>This KPI no longer exists.</source>
        <translation>Ce KPI n’existe plus.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 at the last meeting (%2), %3 now</source>
        <translation>%1 à la dernière réunion (%2), %3 maintenant</translation>
    </message>
    <message>
        <source>Decided on %1: %2</source>
        <translation>Décidé le %1 : %2</translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>Fait : %1 (%2)</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Dernière valeur : %1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>Cannot compute</source>
        <translation>Calcul impossible</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Against benchmarks</source>
        <translation>Par rapport aux références</translation>
    </message>
    <message>
        <source>Since the last meeting</source>
        <translation>Depuis la dernière réunion</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, échéance %3</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>OVERDUE: %1</source>
        <translation>EN RETARD : %1</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 — not judged yet (V)</source>
        <translation>%1 : %2 — pas encore jugé (V)</translation>
    </message>
    <message>
        <source>Flagged in the period</source>
        <translation>Signalé sur la période</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
</context>
<context>
    <name>Needle::SourceConnection</name>
    <message>
        <source>The Qt driver %1 is not installed (Debian: %2).</source>
        <translation>Le pilote Qt %1 n&apos;est pas installé (Debian : %2).</translation>
    </message>
    <message>
        <source>The SQLite file %1 does not exist.</source>
        <translation>Le fichier SQLite %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Connexion impossible à %1 : %2</translation>
    </message>
    <message>
        <source>The query cannot be prepared: %1</source>
        <translation>La requête ne peut pas être préparée : %1</translation>
    </message>
    <message>
        <source>The query failed: %1</source>
        <translation>La requête a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Needle::SourceEditDialog</name>
    <message>
        <source>Data Source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/db, mysql://user@host/db or sqlite:///path/file.db</source>
        <translation>postgresql://user@host:5432/db, mysql://user@host/db ou sqlite:///chemin/fichier.db</translation>
    </message>
    <message>
        <source>No password here: PostgreSQL reads ~/.pgpass or PGPASSWORD, MySQL ~/.my.cnf or MYSQL_PWD.</source>
        <translation>Pas de mot de passe ici : PostgreSQL lit ~/.pgpass ou PGPASSWORD, MySQL ~/.my.cnf ou MYSQL_PWD.</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion :</translation>
    </message>
    <message>
        <source>(the query names the KPIs: kpi, date, value)</source>
        <translation>(la requête nomme les KPI : kpi, date, value)</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI :</translation>
    </message>
    <message>
        <source>SELECT day AS date, count(*) AS value FROM signups WHERE day &gt;= :from GROUP BY day</source>
        <translation>SELECT day AS date, count(*) AS value FROM signups WHERE day &gt;= :from GROUP BY day</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Requête :</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>À la main</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>&amp;Actualiser :</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>Give the source a name (without &quot;/&quot;).</source>
        <translation>Donnez un nom à la source (sans « / »).</translation>
    </message>
    <message>
        <source>Write the query.</source>
        <translation>Écrivez la requête.</translation>
    </message>
    <message>
        <source>The query failed. Nothing would be written.</source>
        <translation>La requête a échoué. Rien ne serait écrit.</translation>
    </message>
</context>
<context>
    <name>Needle::SourceUrl</name>
    <message>
        <source>&quot;%1&quot; is not a source URL: use postgresql://, mysql:// or sqlite:///.</source>
        <translation>« %1 » n&apos;est pas une URL de source : utilisez postgresql://, mysql:// ou sqlite:///.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>« %1 » n&apos;est pas une URL valide : %2</translation>
    </message>
    <message>
        <source>The URL holds a password. Passwords are never stored: put it in ~/.pgpass or PGPASSWORD (PostgreSQL), ~/.my.cnf or MYSQL_PWD (MySQL).</source>
        <translation>L&apos;URL contient un mot de passe. Les mots de passe ne sont jamais enregistrés : mettez-le dans ~/.pgpass ou PGPASSWORD (PostgreSQL), ~/.my.cnf ou MYSQL_PWD (MySQL).</translation>
    </message>
    <message>
        <source>A SQLite source needs an absolute path: sqlite:///path/to/file.db.</source>
        <translation>Une source SQLite demande un chemin absolu : sqlite:///chemin/vers/fichier.db.</translation>
    </message>
    <message>
        <source>The URL names no database: add /dbname after the host.</source>
        <translation>L&apos;URL ne nomme aucune base : ajoutez /nombase après l&apos;hôte.</translation>
    </message>
    <message>
        <source>The URL names no host.</source>
        <translation>L&apos;URL ne nomme aucun hôte.</translation>
    </message>
</context>
<context>
    <name>Needle::SourcesController</name>
    <message>
        <source>Data &amp;Sources...</source>
        <translation>&amp;Sources de données...</translation>
    </message>
    <message>
        <source>Data &amp;Source...</source>
        <translation>S&amp;ource de données...</translation>
    </message>
    <message>
        <source>Refreshing %1...</source>
        <translation>Actualisation de %1...</translation>
    </message>
    <message>
        <source>Refreshing %1 failed: %2</source>
        <translation>L&apos;actualisation de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled job(s) ran.</source>
        <translation>
            <numerusform>%n tâche planifiée a été exécutée.</numerusform>
            <numerusform>%n tâches planifiées ont été exécutées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::SpreadsheetReader</name>
    <message>
        <source>the file is password-protected (encrypted); save it without a password and import it again</source>
        <translation>le fichier est protégé par un mot de passe (chiffré) ; enregistrez-le sans mot de passe et importez-le à nouveau</translation>
    </message>
    <message>
        <source>this is a legacy Word document, not a spreadsheet</source>
        <translation>c’est un ancien document Word, pas une feuille de calcul</translation>
    </message>
    <message>
        <source>this is a legacy PowerPoint file, not a spreadsheet</source>
        <translation>c’est un ancien fichier PowerPoint, pas une feuille de calcul</translation>
    </message>
    <message>
        <source>this is a legacy Excel .xls file, which Needle does not read; save it as .xlsx, .ods or .csv</source>
        <translation>c’est un ancien fichier Excel .xls, que Needle ne lit pas ; enregistrez-le en .xlsx, .ods ou .csv</translation>
    </message>
    <message>
        <source>this is a PDF document, not a spreadsheet</source>
        <translation>c’est un document PDF, pas une feuille de calcul</translation>
    </message>
    <message>
        <source>this is a gzip-compressed file; decompress it first</source>
        <translation>c’est un fichier compressé avec gzip ; décompressez-le d’abord</translation>
    </message>
    <message>
        <source>this is a compressed archive, not a spreadsheet</source>
        <translation>c’est une archive compressée, pas une feuille de calcul</translation>
    </message>
    <message>
        <source>this is an image, not a spreadsheet</source>
        <translation>c’est une image, pas une feuille de calcul</translation>
    </message>
    <message>
        <source>this is an Excel 2003 XML spreadsheet, which Needle does not read; save it as .xlsx, .ods or .csv</source>
        <translation>c’est une feuille de calcul XML Excel 2003, que Needle ne lit pas ; enregistrez-la en .xlsx, .ods ou .csv</translation>
    </message>
    <message>
        <source>this is a web page (HTML), not a spreadsheet; save it as .xlsx, .ods or .csv</source>
        <translation>c’est une page web (HTML), pas une feuille de calcul ; enregistrez-la en .xlsx, .ods ou .csv</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>impossible d’ouvrir : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is an OpenDocument text document, not a spreadsheet</source>
        <translation>c’est un document texte OpenDocument, pas une feuille de calcul</translation>
    </message>
    <message>
        <source>this is an OpenDocument presentation, not a spreadsheet</source>
        <translation>c’est une présentation OpenDocument, pas une feuille de calcul</translation>
    </message>
    <message>
        <source>this is a Word document, not a spreadsheet</source>
        <translation>c’est un document Word, pas une feuille de calcul</translation>
    </message>
    <message>
        <source>this is a PowerPoint presentation, not a spreadsheet</source>
        <translation>c’est une présentation PowerPoint, pas une feuille de calcul</translation>
    </message>
    <message>
        <source>this is a ZIP archive that holds no spreadsheet</source>
        <translation>c’est une archive ZIP qui ne contient aucune feuille de calcul</translation>
    </message>
    <message>
        <source>the file is named .%1 but holds CSV text; it is read as CSV</source>
        <translation>le fichier porte l’extension .%1 mais contient du texte CSV ; il est lu comme CSV</translation>
    </message>
    <message>
        <source>this is a flat OpenDocument file (.fods), which Needle does not read; save it as .ods, .xlsx or .csv</source>
        <translation>c’est un fichier OpenDocument plat (.fods), que Needle ne lit pas ; enregistrez-le en .ods, .xlsx ou .csv</translation>
    </message>
    <message>
        <source>this is a pipe or device, not a regular file; save the data to a file first and name that file</source>
        <translation>c’est un tube ou un périphérique, pas un fichier ordinaire ; enregistrez d’abord les données dans un fichier et indiquez ce fichier</translation>
    </message>
</context>
<context>
    <name>Needle::Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
    <message>
        <source>The workspace is not an SQLite database.</source>
        <translation>L’espace de travail n’est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>Another Needle or another program is writing to the workspace; try again when it has finished.</source>
        <translation>Un autre Needle ou un autre programme écrit dans l’espace de travail ; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>The disk holding the workspace is full; make room on it and try again.</source>
        <translation>Le disque contenant l’espace de travail est plein ; libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The database gave the new row no id.</source>
        <translation>La base de données n’a donné aucun identifiant à la nouvelle ligne.</translation>
    </message>
</context>
<context>
    <name>Needle::StartMeetingDialog</name>
    <message>
        <source>Start meeting</source>
        <translation>Démarrer une réunion</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Period under review:</source>
        <translation>&amp;Période examinée :</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Participants :</translation>
    </message>
    <message>
        <source>&amp;Skip the KPIs with nothing to discuss (they stay on the agenda)</source>
        <translation>&amp;Passer les KPI sans rien à discuter (ils restent à l’ordre du jour)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 × %4)</source>
        <translation>%1 : %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>Present &amp;on:</source>
        <translation>Présenter &amp;sur :</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>A meeting needs a title and a period that starts before it ends.</source>
        <translation>Une réunion doit avoir un titre et une période qui commence avant sa fin.</translation>
    </message>
    <message>
        <source>&amp;Plan the agenda first...</source>
        <translation>&amp;Préparer d’abord l’ordre du jour...</translation>
    </message>
    <message>
        <source>Saves the meeting with its proposed agenda to reorder, skip and add KPIs before it starts.</source>
        <translation>Enregistre la réunion avec l’ordre du jour proposé pour réordonner, sauter et ajouter des indicateurs avant qu’elle commence.</translation>
    </message>
    <message>
        <source>Screen %1 (%2 × %3)</source>
        <translation>Écran %1 (%2 × %3)</translation>
    </message>
</context>
<context>
    <name>Needle::StatusNotice</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>File written</source>
        <translation>Fichier écrit</translation>
    </message>
</context>
<context>
    <name>Needle::TargetForm</name>
    <message>
        <source>Edit target</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigueur à partir du</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;En vigueur à partir du :</translation>
    </message>
    <message>
        <source>Band low</source>
        <translation>Plage basse</translation>
    </message>
    <message>
        <source>Band high</source>
        <translation>Plage haute</translation>
    </message>
    <message>
        <source>Band &amp;low:</source>
        <translation>Plage &amp;basse :</translation>
    </message>
    <message>
        <source>Band &amp;high:</source>
        <translation>Plage &amp;haute :</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Valeur cible</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Tolerance for at risk</source>
        <translation>Tolérance pour « à risque »</translation>
    </message>
    <message>
        <source>How far the value may miss the target and still count as &quot;at risk&quot; rather than &quot;off track&quot;.</source>
        <translation>De combien la valeur peut manquer l’objectif tout en comptant comme « à risque » plutôt que « hors trajectoire ».</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Tolérance :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Periods the target applies to</source>
        <translation>Périodes auxquelles l’objectif s’applique</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation>la semaine du %1</translation>
    </message>
    <message>
        <source>The KPI has no values yet; the target applies to every period from this date on.</source>
        <translation>Le KPI n’a pas encore de valeurs ; l’objectif s’applique à chaque période à partir de cette date.</translation>
    </message>
    <message>
        <source>Applies to no period with values: a later target takes over from %1.</source>
        <translation>Ne s’applique à aucune période avec des valeurs : un objectif plus récent prend le relais à partir du %1.</translation>
    </message>
    <message>
        <source>Applies to no period with values yet: the latest is %1. Choose an earlier date to apply it to the values there are.</source>
        <translation>Ne s’applique encore à aucune période avec des valeurs : la plus récente est %1. Choisissez une date antérieure pour l’appliquer aux valeurs existantes.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Applies to every period with values (%1).</source>
        <translation>S’applique à chaque période avec des valeurs (%1).</translation>
    </message>
    <message>
        <source>Applies to %1 of the %2 periods with values (%3).</source>
        <translation>S’applique à %1 des %2 périodes avec des valeurs (%3).</translation>
    </message>
    <message>
        <source>From %1 the next target applies.</source>
        <translation>À partir du %1, l’objectif suivant s’applique.</translation>
    </message>
    <message>
        <source>It also applies to every later period.</source>
        <translation>Il s’applique aussi à chaque période ultérieure.</translation>
    </message>
</context>
<context>
    <name>Needle::TargetModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Needle::TargetsDialog</name>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Objectifs : %1</translation>
    </message>
</context>
<context>
    <name>Needle::Theme</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>Needle::TileText</name>
    <message>
        <source>vs previous day</source>
        <translation>vs veille</translation>
    </message>
    <message>
        <source>vs previous week</source>
        <translation>vs semaine précédente</translation>
    </message>
    <message>
        <source>vs previous month</source>
        <translation>vs mois précédent</translation>
    </message>
    <message>
        <source>vs previous quarter</source>
        <translation>vs trimestre précédent</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (jusqu’ici)</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mieux</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>moins bien</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Pas d’objectif</translation>
    </message>
    <message>
        <source>Target %1 to %2</source>
        <translation>Objectif %1 à %2</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Anomalies: %n</source>
        <translation>
            <numerusform>Anomalies : %n</numerusform>
            <numerusform>Anomalies : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>Benchmark source: %1 (%2)</source>
        <translation>Source de la référence : %1 (%2)</translation>
    </message>
    <message>
        <source>Overdue action items:</source>
        <translation>Actions en retard :</translation>
    </message>
    <message>
        <source>• %1 (due %2)</source>
        <translation>• %1 (échéance %2)</translation>
    </message>
    <message>
        <source>• %1 (%2, due %3)</source>
        <translation>• %1 (%2, échéance %3)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue actions: %n</source>
        <translation>
            <numerusform>Actions en retard : %n</numerusform>
            <numerusform>Actions en retard : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
</context>
<context>
    <name>Needle::UndoBatchCommand</name>
    <message>
        <source>Undo import of %1</source>
        <translation>Annuler l’import de %1</translation>
    </message>
</context>
<context>
    <name>Needle::UserTimer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
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
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
</context>
<context>
    <name>Needle::ValueParser</name>
    <message>
        <source>the cell is empty, a number is expected</source>
        <translation>la cellule est vide, un nombre est attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: it could be %2 or %3; choose the number format</source>
        <translation>« %1 » est ambigu : ce pourrait être %2 ou %3 ; choisissez le format des nombres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation>« %1 » n’est pas une date valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid week: %2 has %3 ISO weeks</source>
        <translation>« %1 » n’est pas une semaine valide : %2 compte %3 semaines ISO</translation>
    </message>
    <message>
        <source>the cell is empty, a date is expected</source>
        <translation>la cellule est vide, une date est attendue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: day/month or month/day; choose the date order</source>
        <translation>« %1 » est ambigu : jour/mois ou mois/jour ; choisissez l’ordre des dates</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid quarter</source>
        <translation>« %1 » n’est pas un trimestre valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>« %1 » n’est pas une date</translation>
    </message>
</context>
<context>
    <name>Needle::WatchedFoldersDialog</name>
    <message>
        <source>Watched Folders</source>
        <translation>Dossiers surveillés</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Dossiers surveillés</translation>
    </message>
    <message>
        <source>&amp;Add Folder...</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>This folder does not exist at the moment.</source>
        <translation>Ce dossier n’existe pas pour le moment.</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Surveiller un dossier</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>New or changed spreadsheets in these folders are imported in the background, each with the mapping saved when a file of the same shape was imported with the wizard, or as it is when it needs no questions. Results appear in the status bar, the import history and the log below. Untick a folder to pause it.</source>
        <translation>Les classeurs nouveaux ou modifiés de ces dossiers sont importés en arrière-plan, chacun avec la correspondance enregistrée lors de l&apos;import d&apos;un fichier de même forme avec l&apos;assistant, ou tel quel s&apos;il ne pose aucune question. Les résultats apparaissent dans la barre d&apos;état, l&apos;historique des imports et le journal ci-dessous. Décochez un dossier pour le mettre en pause.</translation>
    </message>
    <message>
        <source>Files tried since Needle started:</source>
        <translation>Fichiers essayés depuis le démarrage de Needle :</translation>
    </message>
    <message>
        <source>Files tried since Needle started</source>
        <translation>Fichiers essayés depuis le démarrage de Needle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
</context>
<context>
    <name>Needle::Workspace</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>An owner needs a name.</source>
        <translation>Un responsable doit avoir un nom.</translation>
    </message>
    <message>
        <source>An owner called %1 already exists.</source>
        <translation>Un responsable nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>Add owner %1</source>
        <translation>Ajouter le responsable %1</translation>
    </message>
    <message>
        <source>The owner no longer exists.</source>
        <translation>Le responsable n’existe plus.</translation>
    </message>
    <message>
        <source>Edit owner %1</source>
        <translation>Modifier le responsable %1</translation>
    </message>
    <message>
        <source>Remove owner %1</source>
        <translation>Supprimer le responsable %1</translation>
    </message>
    <message>
        <source>A KPI with the key %1 already exists.</source>
        <translation>Un KPI avec la clé %1 existe déjà.</translation>
    </message>
    <message>
        <source>Add KPI %1</source>
        <translation>Ajouter le KPI %1</translation>
    </message>
    <message>
        <source>The KPI no longer exists.</source>
        <translation>Le KPI n’existe plus.</translation>
    </message>
    <message>
        <source>Edit KPI %1</source>
        <translation>Modifier le KPI %1</translation>
    </message>
    <message>
        <source>Remove KPI %1</source>
        <translation>Supprimer le KPI %1</translation>
    </message>
    <message>
        <source>The KPI of this target no longer exists.</source>
        <translation>Le KPI de cet objectif n’existe plus.</translation>
    </message>
    <message>
        <source>A target needs the date it takes effect.</source>
        <translation>Un objectif doit avoir sa date d’entrée en vigueur.</translation>
    </message>
    <message>
        <source>A target needs a value, or a low and a high bound.</source>
        <translation>Un objectif doit avoir une valeur, ou une borne basse et une borne haute.</translation>
    </message>
    <message>
        <source>The low bound of a band must not exceed the high bound.</source>
        <translation>La borne basse d’une plage ne doit pas dépasser la borne haute.</translation>
    </message>
    <message>
        <source>The deadline must not be before the target takes effect.</source>
        <translation>L’échéance ne doit pas précéder l’entrée en vigueur de l’objectif.</translation>
    </message>
    <message>
        <source>The tolerance must be between 0% and 100%.</source>
        <translation>La tolérance doit être comprise entre 0 % et 100 %.</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>The target no longer exists.</source>
        <translation>L’objectif n’existe plus.</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Supprimer l’objectif</translation>
    </message>
    <message>
        <source>The KPI of this benchmark no longer exists.</source>
        <translation>Le KPI de cette référence n’existe plus.</translation>
    </message>
    <message>
        <source>A benchmark needs a label, such as &quot;SaaS median&quot;.</source>
        <translation>Une référence doit avoir un libellé, comme « Médiane SaaS ».</translation>
    </message>
    <message>
        <source>A benchmark needs a finite value.</source>
        <translation>Une référence doit avoir une valeur finie.</translation>
    </message>
    <message>
        <source>Add benchmark %1</source>
        <translation>Ajouter la référence %1</translation>
    </message>
    <message>
        <source>The benchmark no longer exists.</source>
        <translation>La référence n’existe plus.</translation>
    </message>
    <message>
        <source>Edit benchmark %1</source>
        <translation>Modifier la référence %1</translation>
    </message>
    <message>
        <source>Remove benchmark %1</source>
        <translation>Supprimer la référence %1</translation>
    </message>
    <message>
        <source>Set value</source>
        <translation>Définir la valeur</translation>
    </message>
    <message>
        <source>There is no value on %1.</source>
        <translation>Il n’y a pas de valeur le %1.</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Supprimer la valeur</translation>
    </message>
    <message>
        <source>A value needs a valid date.</source>
        <translation>Une valeur doit avoir une date valide.</translation>
    </message>
    <message>
        <source>A value must be a finite number.</source>
        <translation>Une valeur doit être un nombre fini.</translation>
    </message>
    <message>
        <source>%1 is computed from its formula; its values cannot be typed in.</source>
        <translation>%1 est calculé à partir de sa formule ; ses valeurs ne peuvent pas être saisies.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Une note doit contenir du texte.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>La note n’existe plus.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier : %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer : %1</translation>
    </message>
    <message>
        <source>A verdict needs the period it judges.</source>
        <translation>Un verdict doit indiquer la période qu’il juge.</translation>
    </message>
    <message>
        <source>Record verdict</source>
        <translation>Enregistrer le verdict</translation>
    </message>
    <message>
        <source>The verdict no longer exists.</source>
        <translation>Le verdict n’existe plus.</translation>
    </message>
    <message>
        <source>Remove verdict</source>
        <translation>Supprimer le verdict</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Une réunion doit avoir un titre.</translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Une réunion doit avoir une date.</translation>
    </message>
    <message>
        <source>There is already a source named &quot;%1&quot;.</source>
        <translation>Il existe déjà une source nommée « %1 ».</translation>
    </message>
</context>
<context>
    <name>Needle::WorkspaceLock</name>
    <message>
        <source>process %1 on %2</source>
        <translation>processus %1 sur %2</translation>
    </message>
    <message>
        <source>Workspace already open</source>
        <translation>Espace de travail déjà ouvert</translation>
    </message>
    <message>
        <source>&amp;Open Here Too</source>
        <translation>&amp;Ouvrir ici aussi</translation>
    </message>
</context>
<context>
    <name>Needle::WorkspaceStatus</name>
    <message>
        <source>Last import</source>
        <translation>Dernier import</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Fraîcheur des données</translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Aucun import pour l’instant</translation>
    </message>
    <message>
        <source>Every import undone</source>
        <translation>Tous les imports annulés</translation>
    </message>
    <message>
        <source>Import KPI values with File &gt; Import... or by dropping a spreadsheet on the window. Click to open the import history.</source>
        <translation>Importez des valeurs avec Fichier &gt; Importer... ou en déposant un tableur sur la fenêtre. Cliquez pour ouvrir l’historique des imports.</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, feuille %2</translation>
    </message>
    <message>
        <source>%1 (last value %2)</source>
        <translation>%1 (dernière valeur %2)</translation>
    </message>
    <message>
        <source>Checking data freshness...</source>
        <translation>Vérification de la fraîcheur des données...</translation>
    </message>
    <message>
        <source>No values yet</source>
        <translation>Aucune valeur pour l’instant</translation>
    </message>
    <message>
        <source>No KPI has a value yet.</source>
        <translation>Aucun indicateur n’a encore de valeur.</translation>
    </message>
    <message>
        <source>Data as of %1; every KPI current</source>
        <translation>Données au %1 ; tous les indicateurs à jour</translation>
    </message>
    <message>
        <source>The latest value is from %1 and every KPI has a recent value for its cadence.</source>
        <translation>La valeur la plus récente date du %1 et chaque indicateur a une valeur récente pour sa cadence.</translation>
    </message>
    <message>
        <source>No value for more than one and a half periods of their cadence:
%1</source>
        <translation>Sans valeur depuis plus d’une période et demie de leur cadence :
%1</translation>
    </message>
    <message>
        <source>Last import: %1, %2, values: %3</source>
        <translation>Dernier import : %1, %2, valeurs : %3</translation>
    </message>
    <message>
        <source>%1 imported on %2. Values written: %3; rows read: %4. Click to open the import history.</source>
        <translation>%1 importé le %2. Valeurs écrites : %3 ; lignes lues : %4. Cliquez pour ouvrir l’historique des imports.</translation>
    </message>
    <message numerus="yes">
        <source>Data as of %1; stale KPIs: %n</source>
        <translation>
            <numerusform>Données au %1 ; indicateurs périmés : %n</numerusform>
            <numerusform>Données au %1 ; indicateurs périmés : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::XlsxFormats</name>
    <message>
        <source>%1 is not a date in the spreadsheet&apos;s date system</source>
        <translation>%1 n’est pas une date dans le système de dates du classeur</translation>
    </message>
    <message>
        <source>the date is 1900-02-29, a day that does not exist (Excel&apos;s 1900 leap-year bug)</source>
        <translation>la date est le 1900-02-29, un jour qui n’existe pas (le bogue de l’année bissextile 1900 d’Excel)</translation>
    </message>
    <message>
        <source>the date is 1900-01-00, which does not exist</source>
        <translation>la date est le 1900-01-00, qui n’existe pas</translation>
    </message>
</context>
<context>
    <name>Needle::XlsxReader</name>
    <message>
        <source>the package has no workbook part; it is not an Excel workbook</source>
        <translation>le paquet n’a pas de partie classeur ; ce n’est pas un classeur Excel</translation>
    </message>
    <message>
        <source>the part %1 cannot be read: %2 (line %3)</source>
        <translation>la partie %1 ne peut pas être lue : %2 (ligne %3)</translation>
    </message>
    <message>
        <source>the sheet %1 has no part %2 in the package</source>
        <translation>la feuille %1 n’a pas de partie %2 dans le paquet</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>le classeur n’a aucune feuille de calcul</translation>
    </message>
    <message>
        <source>the part %1 defines more than a million cell styles</source>
        <translation>la partie %1 définit plus d’un million de styles de cellule</translation>
    </message>
    <message>
        <source>a shared string holds more than %1 characters</source>
        <translation>une chaîne partagée contient plus de %1 caractères</translation>
    </message>
    <message>
        <source>elements are nested too deeply</source>
        <translation>les éléments sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>the shared strings hold more than %1 million characters</source>
        <translation>les chaînes partagées contiennent plus de %1 millions de caractères</translation>
    </message>
    <message>
        <source>the merged cells cover more than a million cells; they are read as they are stored, not filled</source>
        <translation>les cellules fusionnées couvrent plus d’un million de cellules ; elles sont lues telles qu’enregistrées, sans remplissage</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;</source>
        <translation>le classeur n’a pas de feuille « %1 »</translation>
    </message>
    <message>
        <source>row number %1 is beyond Excel&apos;s %2 rows</source>
        <translation>le numéro de ligne %1 dépasse les %2 lignes d’Excel</translation>
    </message>
    <message>
        <source>the rows are out of order</source>
        <translation>les lignes ne sont pas dans l’ordre</translation>
    </message>
    <message>
        <source>the cell reference %1 is malformed</source>
        <translation>la référence de cellule %1 est mal formée</translation>
    </message>
    <message>
        <source>the cell reference %1 is beyond Excel&apos;s limits</source>
        <translation>la référence de cellule %1 dépasse les limites d’Excel</translation>
    </message>
    <message>
        <source>the cell %1 is out of order</source>
        <translation>la cellule %1 n’est pas dans l’ordre</translation>
    </message>
    <message>
        <source>the formula has no saved result; open and save the file in a spreadsheet program to compute it</source>
        <translation>la formule n’a pas de résultat enregistré ; ouvrez et enregistrez le fichier dans un tableur pour le calculer</translation>
    </message>
    <message>
        <source>the shared string %1 does not exist</source>
        <translation>la chaîne partagée %1 n’existe pas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>« %1 » n’est pas une date</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>the shared strings hold more than %1 million entries</source>
        <translation>les chaînes partagées contiennent plus de %1 millions d&apos;entrées</translation>
    </message>
</context>
<context>
    <name>Needle::XmlGuard</name>
    <message>
        <source>it contains a DOCTYPE declaration, which Needle refuses</source>
        <translation>il contient une déclaration DOCTYPE, que Needle refuse</translation>
    </message>
    <message>
        <source>elements are nested too deeply</source>
        <translation>les éléments sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>a cell holds more than %1 characters</source>
        <translation>une cellule contient plus de %1 caractères</translation>
    </message>
</context>
<context>
    <name>Needle::ZipPackage</name>
    <message>
        <source>the archive entry %1 is damaged</source>
        <translation>l’entrée d’archive %1 est endommagée</translation>
    </message>
    <message>
        <source>the archive entry %1 is damaged (its checksum does not match)</source>
        <translation>l’entrée d’archive %1 est endommagée (sa somme de contrôle ne correspond pas)</translation>
    </message>
    <message>
        <source>the archive entry %1 inflates to more than %2 MB; it may be a zip bomb</source>
        <translation>l’entrée d’archive %1 se décompresse en plus de %2 Mo ; ce pourrait être une bombe ZIP</translation>
    </message>
    <message>
        <source>the archive entry %1 is compressed more than %2 times; it may be a zip bomb</source>
        <translation>l’entrée d’archive %1 est compressée plus de %2 fois ; ce pourrait être une bombe ZIP</translation>
    </message>
    <message>
        <source>the archive is damaged or truncated</source>
        <translation>l’archive est endommagée ou tronquée</translation>
    </message>
    <message>
        <source>the archive holds more than 100,000 entries</source>
        <translation>l’archive contient plus de 100 000 entrées</translation>
    </message>
    <message>
        <source>the archive holds an entry with an unsafe name (%1)</source>
        <translation>l’archive contient une entrée au nom dangereux (%1)</translation>
    </message>
    <message>
        <source>the archive holds the entry %1 twice</source>
        <translation>l’archive contient l’entrée %1 en double</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>la partie %1 est absente</translation>
    </message>
    <message>
        <source>the archive entry %1 cannot be read; the file is damaged</source>
        <translation>l’entrée d’archive %1 ne peut pas être lue ; le fichier est endommagé</translation>
    </message>
    <message>
        <source>the part %1 is larger than %2 MB</source>
        <translation>la partie %1 dépasse %2 Mo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>This command is not available in this build.</source>
        <translation>Cette commande n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>la sortie n’a pas pu être écrite</translation>
    </message>
    <message>
        <source>Could not write to standard output (%1); the output is incomplete.</source>
        <translation>Impossible d’écrire sur la sortie standard (%1) ; la sortie est incomplète.</translation>
    </message>
</context>
</TS>
