<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Utilisation :
  needle [WORKSPACE]                  ouvrir l’application (un écran d’accueil sans espace de travail)
  needle demo WORKSPACE               écrire un espace de travail de démonstration
  needle import WORKSPACE FILE... [--sheet NAME] [--layout auto|long|wide]
                [--create-kpis] [--dry-run] [--skip-invalid] [--json]
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
</translation>
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
        <source>Cannot open %1.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <source>Cannot open an in-memory database.</source>
        <translation>Impossible d’ouvrir une base de données en mémoire.</translation>
    </message>
</context>
<context>
    <name>Needle::DemoCommand</name>
    <message>
        <source>Wrote the demo workspace %1.</source>
        <translation>Espace de travail de démonstration %1 écrit.</translation>
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
    <name>Needle::Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>This command is not available in this build.</source>
        <translation>Cette commande n’est pas disponible dans cette version.</translation>
    </message>
</context>
</TS>
