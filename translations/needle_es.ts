<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Needle</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>A source needs a name without &quot;/&quot;.</source>
        <translation>Un origen necesita un nombre sin «/».</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>La consulta está vacía.</translation>
    </message>
    <message>
        <source>There is already a source named &quot;%1&quot;.</source>
        <translation>Ya existe un origen llamado «%1».</translation>
    </message>
    <message>
        <source>There is no KPI &quot;%1&quot;.</source>
        <translation>No existe el KPI «%1».</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; added: %2.</source>
        <translation>Origen «%1» añadido: %2.</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>nunca ejecutado</translation>
    </message>
    <message>
        <source>There is no source named &quot;%1&quot;.</source>
        <translation>No existe ningún origen llamado «%1».</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; removed; the values it wrote stay (undo-import removes them).</source>
        <translation>Origen «%1» eliminado; los valores que escribió se mantienen (undo-import los quita).</translation>
    </message>
    <message>
        <source>The workspace has no data sources.</source>
        <translation>El espacio de trabajo no tiene orígenes de datos.</translation>
    </message>
    <message>
        <source>%1: the refresh failed. Nothing was written.</source>
        <translation>%1: la actualización falló. No se escribió nada.</translation>
    </message>
    <message>
        <source>&quot;systemctl --user %1&quot; failed: %2</source>
        <translation>«systemctl --user %1» falló: %2</translation>
    </message>
    <message>
        <source>An export job needs a name of its own.</source>
        <translation>Una tarea de exportación necesita un nombre propio.</translation>
    </message>
    <message>
        <source>Export job &quot;%1&quot; added: %2 into %3.</source>
        <translation>Tarea de exportación «%1» añadida: %2 en %3.</translation>
    </message>
    <message>
        <source>There is no export job named &quot;%1&quot;.</source>
        <translation>No existe ninguna tarea de exportación llamada «%1».</translation>
    </message>
    <message>
        <source>%1: another runner is at work on it; nothing was run.</source>
        <translation>%1: otro ejecutor ya trabaja en él; no se ejecutó nada.</translation>
    </message>
    <message>
        <source>%1: nothing is due.</source>
        <translation>%1: no hay nada pendiente.</translation>
    </message>
    <message>
        <source>%1 is not a workspace file.</source>
        <translation>%1 no es un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>systemd is not running here: add this line with &quot;crontab -e&quot;:</source>
        <translation>systemd no se ejecuta aquí: añada esta línea con «crontab -e»:</translation>
    </message>
    <message>
        <source>systemd is not running here: remove the line that calls run-due for %1 with &quot;crontab -e&quot;.</source>
        <translation>systemd no se ejecuta aquí: quite con «crontab -e» la línea que llama a run-due para %1.</translation>
    </message>
    <message>
        <source>The timer %1 runs run-due (%2).</source>
        <translation>El temporizador %1 ejecuta run-due (%2).</translation>
    </message>
    <message>
        <source>Enable it with: systemctl --user enable --now %1</source>
        <translation>Actívelo con: systemctl --user enable --now %1</translation>
    </message>
    <message>
        <source>No timer was installed for %1.</source>
        <translation>No había ningún temporizador instalado para %1.</translation>
    </message>
</context>
<context>
    <name>Needle::ActionItemModel</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tarea</translation>
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
        <translation>Vence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
</context>
<context>
    <name>Needle::ActionItemsWindow</name>
    <message>
        <source>Action items — %1</source>
        <translation>Tareas — %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>Needle::AddValueDialog</name>
    <message>
        <source>Add Value: %1</source>
        <translation>Añadir valor: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>This date already has a value; adding replaces it.</source>
        <translation>Esta fecha ya tiene un valor; al añadir se reemplaza.</translation>
    </message>
</context>
<context>
    <name>Needle::Agenda</name>
    <message>
        <source>The one metric that matters</source>
        <translation>La métrica que importa</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <source>New anomaly to judge</source>
        <translation>Nueva anomalía por juzgar</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>No recent value</source>
        <translation>Sin valor reciente</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Para información</translation>
    </message>
    <message>
        <source>Added to the agenda</source>
        <translation>Añadido al orden del día</translation>
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
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>&amp;Start meeting</source>
        <translation>&amp;Iniciar la reunión</translation>
    </message>
    <message>
        <source>Agenda — %1</source>
        <translation>Orden del día — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: the period from %3 to %4. Changes are saved as you make them.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: el periodo del %3 al %4. Los cambios se guardan al hacerlos.</translation>
    </message>
</context>
<context>
    <name>Needle::AgendaEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Drag to reorder (or Alt+Up, Alt+Down); untick or press Delete to skip; double-click or Enter to show it.</source>
        <translation>Arrastre para reordenar (o Alt+Arriba, Alt+Abajo); desmarque o pulse Supr para saltar; doble clic o Intro para mostrarlo.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>KPI to add</source>
        <translation>KPI que añadir</translation>
    </message>
    <message>
        <source>&amp;Add KPI</source>
        <translation>&amp;Añadir KPI</translation>
    </message>
    <message>
        <source>Adds the chosen KPI after the item on screen.</source>
        <translation>Añade el KPI elegido después del punto en pantalla.</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>Every KPI is on the agenda</source>
        <translation>Todos los KPI están en el orden del día</translation>
    </message>
    <message>
        <source>Put &amp;back</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>Sk&amp;ip</source>
        <translation>Sal&amp;tar</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rehacer: %1</translation>
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
        <translation> (saltado)</translation>
    </message>
    <message>
        <source>%1 is skipped: the slides pass over it. Tick it to put it back.</source>
        <translation>%1 se salta: las diapositivas lo omiten. Márquelo para recuperarlo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n KPIs on the agenda</source>
        <translation>
            <numerusform>Mover %n KPI en el orden del día</numerusform>
            <numerusform>Mover %n KPI en el orden del día</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::Analysis</name>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
</context>
<context>
    <name>Needle::BenchmarkModel</name>
    <message>
        <source>Benchmark</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
</context>
<context>
    <name>Needle::BenchmarksDialog</name>
    <message>
        <source>Benchmarks</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Benchmarks: %1</source>
        <translation>Referencias: %1</translation>
    </message>
    <message>
        <source>Edit benchmark</source>
        <translation>Editar referencia</translation>
    </message>
    <message>
        <source>New benchmark</source>
        <translation>Nueva referencia</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>e.g. SaaS median, top quartile</source>
        <translation>p. ej. mediana SaaS, cuartil superior</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Report, survey or URL the value comes from</source>
        <translation>Informe, encuesta o URL de donde procede el valor</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;A fecha de:</translation>
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
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Flagged value</source>
        <translation>Valor señalado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>What was said (Enter saves, Esc closes)</source>
        <translation>Lo que se dijo (Intro guarda, Esc cierra)</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <source>What was decided (Enter saves, Esc closes)</source>
        <translation>Lo que se decidió (Intro guarda, Esc cierra)</translation>
    </message>
    <message>
        <source>Action item:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <source>What is to be done (Enter saves, Esc closes)</source>
        <translation>Lo que hay que hacer (Intro guarda, Esc cierra)</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Veredicto:</translation>
    </message>
    <message>
        <source>The explanation (Enter saves, Esc closes)</source>
        <translation>La explicación (Intro guarda, Esc cierra)</translation>
    </message>
    <message>
        <source>Owner…</source>
        <translation>Responsable…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Nota guardada</translation>
    </message>
    <message>
        <source>Decision saved</source>
        <translation>Decisión guardada</translation>
    </message>
    <message>
        <source>Action item saved</source>
        <translation>Tarea guardada</translation>
    </message>
    <message>
        <source>Nothing is flagged on this KPI in the period under review.</source>
        <translation>No hay nada señalado en este KPI en el periodo revisado.</translation>
    </message>
    <message>
        <source>Verdict saved</source>
        <translation>Veredicto guardado</translation>
    </message>
</context>
<context>
    <name>Needle::CellValues</name>
    <message>
        <source>The date is not valid.</source>
        <translation>La fecha no es válida.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Falta la fecha.</translation>
    </message>
    <message>
        <source>%1 is a number, not a date.</source>
        <translation>%1 es un número, no una fecha.</translation>
    </message>
    <message>
        <source>A true/false cell is not a date.</source>
        <translation>Una celda verdadero/falso no es una fecha.</translation>
    </message>
    <message>
        <source>The cell holds the error %1.</source>
        <translation>La celda contiene el error %1.</translation>
    </message>
    <message>
        <source>The value is not a finite number.</source>
        <translation>El valor no es un número finito.</translation>
    </message>
    <message>
        <source>The value is missing.</source>
        <translation>Falta el valor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finite number.</source>
        <translation>«%1» no es un número finito.</translation>
    </message>
    <message>
        <source>A true/false cell is not a number.</source>
        <translation>Una celda verdadero/falso no es un número.</translation>
    </message>
    <message>
        <source>A date is not a value.</source>
        <translation>Una fecha no es un valor.</translation>
    </message>
</context>
<context>
    <name>Needle::ChangeLogDialog</name>
    <message>
        <source>Change log: %1</source>
        <translation>Registro de cambios: %1</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Registro de cambios</translation>
    </message>
</context>
<context>
    <name>Needle::ChangeLogModel</name>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>Needle::ChangeLogText</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Leading or lagging</source>
        <translation>Adelantado o rezagado</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Agregación</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Decimales</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Fuente de datos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>One metric that matters</source>
        <translation>La métrica que importa</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Anomaly sensitivity</source>
        <translation>Sensibilidad a anomalías</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Valor objetivo</translation>
    </message>
    <message>
        <source>Band from</source>
        <translation>Banda desde</translation>
    </message>
    <message>
        <source>Band to</source>
        <translation>Banda hasta</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Benchmark value</source>
        <translation>Valor de referencia</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>formula error</source>
        <translation>error de fórmula</translation>
    </message>
    <message>
        <source>anomalies: %1</source>
        <translation>anomalías: %1</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <source>flatline</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>off pace</source>
        <translation>por detrás del ritmo</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>en aumento</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en descenso</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>As of %1; anomalies from %2 to %3.</source>
        <translation>A fecha de %1; anomalías del %2 al %3.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue action items: %n</source>
        <translation>
            <numerusform>Tareas vencidas: %n</numerusform>
            <numerusform>Tareas vencidas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1, %2: %3</source>
        <translation>vence %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Needle::ColumnMapping</name>
    <message>
        <source>Long (one row per value)</source>
        <translation>Largo (una fila por valor)</translation>
    </message>
    <message>
        <source>Wide (one column per KPI)</source>
        <translation>Ancho (una columna por KPI)</translation>
    </message>
    <message>
        <source>Transposed (one row per KPI)</source>
        <translation>Transpuesto (una fila por KPI)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Choose the column that names the KPI.</source>
        <translation>Elija la columna que nombra el KPI.</translation>
    </message>
    <message>
        <source>Choose the column that holds the dates.</source>
        <translation>Elija la columna que contiene las fechas.</translation>
    </message>
    <message>
        <source>Choose the column that holds the values.</source>
        <translation>Elija la columna que contiene los valores.</translation>
    </message>
    <message>
        <source>Choose at least one column of KPI values.</source>
        <translation>Elija al menos una columna de valores de KPI.</translation>
    </message>
    <message>
        <source>Choose at least one column of period values.</source>
        <translation>Elija al menos una columna de valores de un periodo.</translation>
    </message>
    <message>
        <source>Columns %1 and %2 are both named &quot;%3&quot;: rename one in the file or set one to %4.</source>
        <translation>Las columnas %1 y %2 se llaman ambas «%3»: cambie el nombre de una en el archivo o ponga una en %4.</translation>
    </message>
    <message>
        <source> (both named &quot;%1&quot;)</source>
        <translation> (ambas llamadas «%1»)</translation>
    </message>
    <message>
        <source>Columns %1 and %2 both mean %3%4: set the one not to import to %5.</source>
        <translation>Las columnas %1 y %2 significan ambas %3%4: ponga la que no se importa en %5.</translation>
    </message>
</context>
<context>
    <name>Needle::CommandLine</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>La opción --%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opción desconocida: %1.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1&quot;. See needle --help.</source>
        <translation>Número de argumentos incorrecto para «%1». Consulte needle --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See needle --help.</source>
        <translation>Orden desconocida «%1». Consulte needle --help.</translation>
    </message>
    <message>
        <source>The batch must be a positive number, not &quot;%1&quot;.</source>
        <translation>El lote debe ser un número positivo, no «%1».</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot;.</source>
        <translation>La opción --%1 no se aplica a «%2».</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Opción desconocida: --%1.</translation>
    </message>
    <message>
        <source>--lang takes a language code such as de, fr or es, not &quot;%1&quot;.</source>
        <translation>--lang espera un código de idioma como de, fr o es, no «%1».</translation>
    </message>
    <message>
        <source>--layout takes auto, long or wide, not &quot;%1&quot;.</source>
        <translation>--layout espera auto, long o wide, no «%1».</translation>
    </message>
    <message>
        <source>--rollup takes day, week, month or quarter, not &quot;%1&quot;.</source>
        <translation>--rollup espera day, week, month o quarter, no «%1».</translation>
    </message>
    <message>
        <source>--meeting takes a meeting number, not &quot;%1&quot;.</source>
        <translation>--meeting espera un número de reunión, no «%1».</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 espera una fecha como AAAA-MM-DD, no «%2».</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from no puede ser posterior a --to.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes %2, not &quot;%3&quot;.</source>
        <translation>«%1» admite %2, no «%3».</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1 %2&quot;. See needle --help.</source>
        <translation>Número de argumentos incorrecto para «%1 %2». Consulte needle --help.</translation>
    </message>
    <message>
        <source>source add needs --url.</source>
        <translation>source add necesita --url.</translation>
    </message>
    <message>
        <source>source add needs either --query or --query-file.</source>
        <translation>source add necesita --query o --query-file.</translation>
    </message>
    <message>
        <source>A source feeds one KPI (--kpi) or names them in its query.</source>
        <translation>Un origen alimenta un KPI (--kpi) o los nombra en su consulta.</translation>
    </message>
    <message>
        <source>export-job add needs --kind, --folder and --when.</source>
        <translation>export-job add necesita --kind, --folder y --when.</translation>
    </message>
    <message>
        <source>--kind takes pdf or check, not &quot;%1&quot;.</source>
        <translation>--kind admite pdf o check, no «%1».</translation>
    </message>
    <message>
        <source>--every takes a duration such as 15min, 1h, 1d or 1w, not &quot;%1&quot;.</source>
        <translation>--every admite una duración como 15min, 1h, 1d o 1w, no «%1».</translation>
    </message>
    <message>
        <source>Unknown option --%1. See needle --help.</source>
        <translation>Opción desconocida --%1. Consulte needle --help.</translation>
    </message>
    <message>
        <source>--create-owners goes with --create-kpis: it gives the KPIs an import creates their owners.</source>
        <translation>--create-owners va con --create-kpis: da a los KPI que crea una importación sus responsables.</translation>
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
        <translation>Uso:
  needle [WORKSPACE]                  abrir la aplicación (una pantalla de bienvenida sin espacio de trabajo)
  needle demo WORKSPACE               escribir un espacio de trabajo de demostración
  needle new WORKSPACE                escribir un espacio de trabajo vacío
  needle import WORKSPACE FILE... [--sheet NAME] [--layout auto|long|wide]
                [--create-kpis [--create-owners]] [--dry-run] [--skip-invalid] [--json]
                                      importar hojas de cálculo (CSV, XLSX, ODS)
  needle undo-import WORKSPACE BATCH  restaurar los valores que una importación reemplazó
  needle export-csv WORKSPACE [--kpi KEY]... [--from DATE] [--to DATE]
                [--rollup day|week|month|quarter]
                                      escribir kpi,period,value en la salida estándar
  needle check WORKSPACE [--as-of DATE] [--from DATE] [--to DATE] [--json]
                                      qué necesita atención, y por qué
  needle export-pdf WORKSPACE OUT.pdf [--from DATE] [--to DATE] [--kpi KEY]...
                [--meeting ID]        una instantánea en PDF, o el acta de una reunión
  needle inspect FILE [--sheet NAME] [--json]
                                      lo que los lectores ven en una hoja de cálculo
  needle review WORKSPACE [--meeting ID]
                                      abrir directamente en el modo de reunión de revisión
  needle --version | --help

Opciones para todas las órdenes:
  --lang CODE    el idioma de la interfaz (en, de, fr, es)

Las fechas se escriben AAAA-MM-DD. Estado de salida: 0 hecho; 1 la entrada fue rechazada
y no se escribió nada; 2 uso incorrecto.

Orígenes de datos y automatización:
  needle source add WORKSPACE NAME --url URL (--query SQL | --query-file FILE)
                [--kpi KEY] [--every DURATION]
                                      una consulta en PostgreSQL, MySQL o SQLite
  needle source list WORKSPACE [--json] | remove WORKSPACE NAME
  needle refresh WORKSPACE [NAME]... [--from DATE] [--to DATE] [--create-kpis]
                [--dry-run] [--json]  ejecutar las consultas como lotes de importación
  needle export-job add WORKSPACE NAME --kind pdf|check --folder DIR
                --when WHEN [--kpi KEY]...
                                      un informe escrito según una programación
  needle export-job list WORKSPACE [--json] | remove WORKSPACE NAME
  needle run-due WORKSPACE... [--json]
                                      ejecutar las actualizaciones y exportaciones pendientes
  needle schedule install|remove WORKSPACE [--every DURATION]
                                      un temporizador de usuario de systemd que llama a run-due
DURATION: 15min, 1h, 1d, 1w. WHEN: 1d, 07:00, &quot;mon 07:00&quot;, &quot;before-meeting 18:00&quot;.
</translation>
    </message>
</context>
<context>
    <name>Needle::CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Needle::CsvReader</name>
    <message>
        <source>cannot be opened: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file holds only a byte-order mark and no data</source>
        <translation>el archivo solo contiene una marca de orden de bytes y ningún dato</translation>
    </message>
    <message>
        <source>Needle cannot read the encoding &quot;%1&quot;; choose UTF-8, UTF-16LE, UTF-16BE or Windows-1252</source>
        <translation>Needle no puede leer la codificación «%1»; elija UTF-8, UTF-16LE, UTF-16BE o Windows-1252</translation>
    </message>
    <message>
        <source>line %1 is not valid %2 text</source>
        <translation>la línea %1 no es texto %2 válido</translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text</source>
        <translation>es un archivo binario, no texto CSV</translation>
    </message>
    <message>
        <source>line %1 holds bytes that are not valid UTF-8, while the rest of the file before it is UTF-8; choose the file&apos;s encoding</source>
        <translation>la línea %1 contiene bytes que no son UTF-8 válido, mientras que el resto del archivo anterior es UTF-8; elija la codificación del archivo</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it is read as Windows-1252</source>
        <translation>el archivo no es UTF-8; se lee como Windows-1252</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot separate CSV fields; choose , ; | or tab</source>
        <translation>«%1» no puede separar campos CSV; elija , ; | o tabulador</translation>
    </message>
    <message>
        <source>a CSV file has no sheet &quot;%1&quot;</source>
        <translation>un archivo CSV no tiene la hoja «%1»</translation>
    </message>
    <message>
        <source>the quoted field starting on line %1 is never closed</source>
        <translation>el campo entre comillas que empieza en la línea %1 nunca se cierra</translation>
    </message>
    <message>
        <source>the row has more than %1 columns</source>
        <translation>la fila tiene más de %1 columnas</translation>
    </message>
    <message>
        <source>the cell holds more than %1 characters</source>
        <translation>la celda contiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>line %1 holds bytes that are not valid %2; choose the file&apos;s encoding</source>
        <translation>la línea %1 contiene bytes que no son %2 válido; elija la codificación del archivo</translation>
    </message>
    <message>
        <source>the file changed while it was read (%1 bytes expected, %2 read); import it again once it is complete</source>
        <translation>el archivo cambió mientras se leía (se esperaban %1 bytes, se leyeron %2); impórtelo de nuevo cuando esté completo</translation>
    </message>
</context>
<context>
    <name>Needle::DashboardModel</name>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message numerus="yes">
        <source>%1, KPIs: %n</source>
        <translation>
            <numerusform>%1, KPI: %n</numerusform>
            <numerusform>%1, KPI: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>KPIs: %n</source>
        <translation>
            <numerusform>KPI: %n</numerusform>
            <numerusform>KPI: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>ONE METRIC THAT MATTERS</source>
        <translation>LA MÉTRICA QUE IMPORTA</translation>
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
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>Needle::DashboardPeriod</name>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>En lo que va de año</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Custom...</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
</context>
<context>
    <name>Needle::DashboardView</name>
    <message>
        <source>KPI tiles</source>
        <translation>Mosaicos de KPI</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Custom period from</source>
        <translation>Periodo personalizado desde</translation>
    </message>
    <message>
        <source>Custom period to</source>
        <translation>Periodo personalizado hasta</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularidad</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation>&amp;Granularidad:</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>Agrupar &amp;por:</translation>
    </message>
    <message>
        <source>Filter tiles by text</source>
        <translation>Filtrar mosaicos por texto</translation>
    </message>
    <message>
        <source>Filter by name, key, description or owner</source>
        <translation>Filtrar por nombre, clave, descripción o responsable</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtro de responsable</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtro de etiqueta</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Shown: %1 of %2 · off track: %3 · at risk: %4</source>
        <translation>Mostrados: %1 de %2 · desviados: %3 · en riesgo: %4</translation>
    </message>
</context>
<context>
    <name>Needle::DataSourceModel</name>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>every %1 w</source>
        <translation>cada %1 sem.</translation>
    </message>
    <message>
        <source>every %1 d</source>
        <translation>cada %1 d</translation>
    </message>
    <message>
        <source>every %1 h</source>
        <translation>cada %1 h</translation>
    </message>
    <message>
        <source>every %1 min</source>
        <translation>cada %1 min</translation>
    </message>
    <message>
        <source>Values written</source>
        <translation>Valores escritos</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Nada nuevo</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>(named in the query)</source>
        <translation>(nombrados en la consulta)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>Needle::DataSourcesDialog</name>
    <message>
        <source>Data Sources</source>
        <translation>Orígenes de datos</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Orígenes de datos</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Añadir...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Refresh &amp;Now</source>
        <translation>Actualizar &amp;ahora</translation>
    </message>
    <message>
        <source>The source was removed; the values it wrote stay (File &gt; Import History undoes them).</source>
        <translation>El origen se eliminó; los valores que escribió se mantienen (Archivo &gt; Historial de importaciones los deshace).</translation>
    </message>
</context>
<context>
    <name>Needle::Database</name>
    <message>
        <source>%1 is not a Needle workspace: it cannot be read as an SQLite database.</source>
        <translation>%1 no es un espacio de trabajo de Needle: no se puede leer como base de datos SQLite.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Needle workspace. It was not changed.</source>
        <translation>%1 es una base de datos SQLite pero no un espacio de trabajo de Needle. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Needle (workspace format %2; this version reads up to %3). It was not changed.</source>
        <translation>%1 fue escrito por una versión más reciente de Needle (formato de espacio de trabajo %2; esta versión lee hasta el %3). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is an incomplete Needle workspace. It was not changed.</source>
        <translation>%1 es un espacio de trabajo de Needle incompleto. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a Needle workspace.</source>
        <translation>%1 no es un espacio de trabajo de Needle.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Needle workspace.</source>
        <translation>%1 es una base de datos SQLite pero no un espacio de trabajo de Needle.</translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten.</source>
        <translation>%1 ya existe; no se ha sobrescrito.</translation>
    </message>
    <message>
        <source>%1 is not a Needle workspace. It was not changed.</source>
        <translation>%1 no es un espacio de trabajo de Needle. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 uses an older workspace format; open it once in Needle to upgrade it.</source>
        <translation>%1 usa un formato de espacio de trabajo antiguo; ábralo una vez en Needle para actualizarlo.</translation>
    </message>
    <message>
        <source>Cannot open an in-memory database.</source>
        <translation>No se puede abrir una base de datos en memoria.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, and SQLite needs room beside the workspace to open it: make room on the disk and try again. It was not changed.</source>
        <translation>El disco que contiene %1 está lleno, y SQLite necesita espacio junto al espacio de trabajo para abrirlo: libere espacio en el disco y vuelva a intentarlo. No se modificó.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file (it is a folder, device, pipe or broken link); it was not changed.</source>
        <translation>%1 existe y no es un archivo normal (es una carpeta, un dispositivo, una tubería o un enlace roto); no se modificó.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Needle neither reads from nor writes into a damaged workspace, so nothing was done. To save what can still be read, run: sqlite3 &quot;%1&quot; .recover | sqlite3 recovered.needle, then open recovered.needle.</source>
        <translation>%1 está dañado (%2). Needle no lee ni escribe en un espacio de trabajo dañado, así que no se hizo nada. Para salvar lo que aún se pueda leer, ejecute: sqlite3 &quot;%1&quot; .recover | sqlite3 recovered.needle, y luego abra recovered.needle.</translation>
    </message>
</context>
<context>
    <name>Needle::DemoCommand</name>
    <message>
        <source>Wrote the demo workspace %1.</source>
        <translation>Se escribió el espacio de trabajo de demostración %1.</translation>
    </message>
    <message>
        <source>Wrote the empty workspace %1.</source>
        <translation>Espacio de trabajo vacío %1 escrito.</translation>
    </message>
    <message>
        <source>--as-of %1 is outside the dates a demo workspace can hold: choose a date from %2 to %3. Nothing was written.</source>
        <translation>--as-of %1 está fuera de las fechas que puede contener un espacio de trabajo de demostración: elija una fecha entre %2 y %3. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>Needle::DemoWorkspace</name>
    <message>
        <source>The demo needs a valid as-of date.</source>
        <translation>La demostración necesita una fecha de referencia válida.</translation>
    </message>
    <message>
        <source>The KPI library lacks %1.</source>
        <translation>Falta %1 en la biblioteca de KPI.</translation>
    </message>
    <message>
        <source>Demo data, generated by Needle</source>
        <translation>Datos de demostración generados por Needle</translation>
    </message>
    <message>
        <source>Last year&apos;s plan</source>
        <translation>Plan del año pasado</translation>
    </message>
    <message>
        <source>This year&apos;s plan</source>
        <translation>Plan de este año</translation>
    </message>
    <message>
        <source>Illustrative figure that ships with the demo, not a published study</source>
        <translation>Cifra ilustrativa incluida en la demostración, no un estudio publicado</translation>
    </message>
    <message>
        <source>B2B software median</source>
        <translation>Mediana de software B2B</translation>
    </message>
    <message>
        <source>B2B SaaS median</source>
        <translation>Mediana de SaaS B2B</translation>
    </message>
    <message>
        <source>SaaS median</source>
        <translation>Mediana SaaS</translation>
    </message>
    <message>
        <source>Top quartile</source>
        <translation>Cuartil superior</translation>
    </message>
    <message>
        <source>Rule of thumb</source>
        <translation>Regla general</translation>
    </message>
    <message>
        <source>Free-trial median</source>
        <translation>Mediana de pruebas gratuitas</translation>
    </message>
    <message>
        <source>Software industry average</source>
        <translation>Promedio del sector del software</translation>
    </message>
    <message>
        <source>Monthly KPI review, %1</source>
        <translation>Revisión mensual de KPI, %1</translation>
    </message>
    <message>
        <source>The churn spike follows the price change for legacy plans.</source>
        <translation>El pico de abandono sigue al cambio de precio de los planes antiguos.</translation>
    </message>
    <message>
        <source>Keep legacy plans at their old price for six more months.</source>
        <translation>Mantener los planes antiguos a su precio anterior seis meses más.</translation>
    </message>
    <message>
        <source>Call the 20 largest legacy accounts about the new plans.</source>
        <translation>Llamar a las 20 mayores cuentas con planes antiguos sobre los nuevos planes.</translation>
    </message>
    <message>
        <source>Ship the new onboarding checklist to all sign-ups.</source>
        <translation>Enviar la nueva lista de incorporación a todos los registros.</translation>
    </message>
    <message>
        <source>Move a fifth of the paid-search budget to content.</source>
        <translation>Pasar una quinta parte del presupuesto de búsqueda de pago a contenido.</translation>
    </message>
    <message>
        <source>Report CAC by channel for the last two quarters.</source>
        <translation>Informar del CAC por canal de los dos últimos trimestres.</translation>
    </message>
    <message>
        <source>Publish the release train calendar.</source>
        <translation>Publicar el calendario de lanzamientos.</translation>
    </message>
    <message>
        <source>The DAU dip in the campaign week was the login outage, not the campaign.</source>
        <translation>La caída de DAU en la semana de la campaña fue la caída del inicio de sesión, no la campaña.</translation>
    </message>
    <message>
        <source>Price change for legacy plans.</source>
        <translation>Cambio de precio de los planes antiguos.</translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten.</source>
        <translation>%1 ya existe; no se ha sobrescrito.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>Needle::Enums</name>
    <message>
        <source>Financial</source>
        <translation>Financiero</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Adelantado</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>Duración (días)</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Más alto es mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Más bajo es mejor</translation>
    </message>
    <message>
        <source>Within a band</source>
        <translation>Dentro de un rango</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Known cause</source>
        <translation>Causa conocida</translation>
    </message>
    <message>
        <source>Not an anomaly</source>
        <translation>No es una anomalía</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En camino</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
</context>
<context>
    <name>Needle::ExportCsv</name>
    <message>
        <source>%1 has no KPI with the key &quot;%2&quot;.</source>
        <translation>%1 no tiene ningún KPI con la clave «%2».</translation>
    </message>
    <message>
        <source>%1 could not be read to the end (%2); the output is incomplete.</source>
        <translation>%1 no se pudo leer hasta el final (%2); la salida está incompleta.</translation>
    </message>
</context>
<context>
    <name>Needle::ExportPdf</name>
    <message>
        <source>The period starts after it ends: --from must not be later than --to.</source>
        <translation>El periodo empieza después de terminar: --from no puede ser posterior a --to.</translation>
    </message>
</context>
<context>
    <name>Needle::ExportPdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Snapshot of &amp;all KPIs</source>
        <translation>Instantánea de &amp;todos los KPI</translation>
    </message>
    <message>
        <source>Snapshot of the KPIs the &amp;table shows (%1)</source>
        <translation>Instantánea de los KPI que muestra la t&amp;abla (%1)</translation>
    </message>
    <message>
        <source>&amp;Minutes of a meeting:</source>
        <translation>&amp;Acta de una reunión:</translation>
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
        <translation>Carta</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>El periodo empieza después de terminar.</translation>
    </message>
    <message>
        <source>Exporting the PDF...</source>
        <translation>Exportando el PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1-minutes-%2.pdf</source>
        <translation>%1-acta-%2.pdf</translation>
    </message>
    <message>
        <source>%1-snapshot-%2.pdf</source>
        <translation>%1-instantanea-%2.pdf</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
</context>
<context>
    <name>Needle::ExportWhen</name>
    <message>
        <source>&quot;%1&quot; is not a schedule: use a duration (1d, 1w), a time (07:00), a day and time (mon 07:00) or before-meeting 18:00.</source>
        <translation>«%1» no es una programación: use una duración (1d, 1w), una hora (07:00), un día y una hora (mon 07:00) o before-meeting 18:00.</translation>
    </message>
</context>
<context>
    <name>Needle::FilePage</name>
    <message>
        <source>a CSV text file</source>
        <translation>un archivo de texto CSV</translation>
    </message>
    <message>
        <source>an Excel workbook (XLSX)</source>
        <translation>un libro de Excel (XLSX)</translation>
    </message>
    <message>
        <source>an OpenDocument spreadsheet (ODS)</source>
        <translation>una hoja de cálculo OpenDocument (ODS)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>A CSV, XLSX or ODS file with KPI values. Needle reads it and shows you what it will store before anything is written.</source>
        <translation>Un archivo CSV, XLSX u ODS con valores de KPI. Needle lo lee y le muestra lo que guardará antes de escribir nada.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx *.ods);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.tsv *.txt *.xlsx *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2 with %n sheet(s).</source>
        <translation>
            <numerusform>%1 es %2 con %n hoja.</numerusform>
            <numerusform>%1 es %2 con %n hojas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be imported:
%2</source>
        <translation>%1 no se puede importar:
%2</translation>
    </message>
</context>
<context>
    <name>Needle::FolderWatcher</name>
    <message>
        <source>watched folder</source>
        <translation>carpeta vigilada</translation>
    </message>
    <message>
        <source>Already imported as batch %1.</source>
        <translation>Ya importado como lote %1.</translation>
    </message>
    <message>
        <source>No saved mapping matches this file, and as read it has errors; import it once with File &gt; Import... to choose what its columns mean.</source>
        <translation>Ninguna asignación guardada corresponde a este archivo y, leído tal cual, tiene errores; impórtelo una vez con Archivo &gt; Importar… para elegir qué significan sus columnas.</translation>
    </message>
</context>
<context>
    <name>Needle::Formula</name>
    <message>
        <source>The formula is not valid at position %1: %2</source>
        <translation>La fórmula no es válida en la posición %1: %2</translation>
    </message>
    <message>
        <source>The formula is empty.</source>
        <translation>La fórmula está vacía.</translation>
    </message>
    <message>
        <source>Unknown KPI %1.</source>
        <translation>KPI desconocido: %1.</translation>
    </message>
    <message>
        <source>The formula of %1 refers to itself.</source>
        <translation>La fórmula de %1 se refiere a sí misma.</translation>
    </message>
    <message>
        <source>The formula refers to %1, which is not a KPI key.</source>
        <translation>La fórmula se refiere a %1, que no es una clave de KPI.</translation>
    </message>
    <message>
        <source>The formulas form a cycle: %1.</source>
        <translation>Las fórmulas forman un ciclo: %1.</translation>
    </message>
    <message>
        <source>No value of %1 for this period.</source>
        <translation>No hay ningún valor de %1 para este periodo.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>División por cero.</translation>
    </message>
    <message>
        <source>The result is not a number.</source>
        <translation>El resultado no es un número.</translation>
    </message>
</context>
<context>
    <name>Needle::Help</name>
    <message>
        <source>Needle Manual</source>
        <translation>Manual de Needle</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Dashboard and KPI table</source>
        <translation>Panel y tabla de KPI</translation>
    </message>
    <message>
        <source>KPI page</source>
        <translation>Página del KPI</translation>
    </message>
    <message>
        <source>Open the KPI</source>
        <translation>Abrir el KPI</translation>
    </message>
    <message>
        <source>double click</source>
        <translation>doble clic</translation>
    </message>
    <message>
        <source>Delete the KPI</source>
        <translation>Eliminar el KPI</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Volver al panel</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Añadir un valor</translation>
    </message>
    <message>
        <source>Paste values (date and value per line)</source>
        <translation>Pegar valores (fecha y valor por línea)</translation>
    </message>
    <message>
        <source>Delete the selected values</source>
        <translation>Eliminar los valores seleccionados</translation>
    </message>
    <message>
        <source>Reset the chart&apos;s zoom</source>
        <translation>Restablecer el zoom del gráfico</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Needle %1&lt;/h2&gt;&lt;p&gt;Your product&apos;s KPIs, their targets and benchmarks, and the meetings that review them.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later. Needle is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Needle %1&lt;/h2&gt;&lt;p&gt;Los KPI de su producto, sus objetivos y referencias, y las reuniones que los revisan.&lt;/p&gt;&lt;p&gt;Licencia: GPL-3.0-or-later. Needle es software libre: puede redistribuirlo y/o modificarlo según los términos de la GNU General Public License, versión 3 o cualquier versión posterior. Se ofrece sin ninguna garantía.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Needle &amp;Manual</source>
        <translation>&amp;Manual de Needle</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Needle</source>
        <translation>&amp;Acerca de Needle</translation>
    </message>
    <message>
        <source>About Needle</source>
        <translation>Acerca de Needle</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Needle::ImportCommand</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import batch %1 (%2) undone: %3 values taken back.</source>
        <translation>Lote de importación %1 (%2) deshecho: %3 valores retirados.</translation>
    </message>
    <message>
        <source>%1 values of the batch were changed since and were kept.</source>
        <translation>%1 valores del lote se cambiaron desde entonces y se conservaron.</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder): it was not changed.</source>
        <translation>%1 es de solo lectura (el archivo o su carpeta): no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was not imported either: another file has errors. Nothing was written.</source>
        <translation>%1 tampoco se ha importado: otro archivo tiene errores. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>The import had created %1; removed again.</source>
        <translation>La importación había creado %1; eliminado de nuevo.</translation>
    </message>
    <message>
        <source>%1 does not exist. Create it with `needle new %1` (or `needle demo %1` for one with sample data), then run this command again.</source>
        <translation>%1 no existe. Créelo con `needle new %1` (o `needle demo %1` para uno con datos de ejemplo) y vuelva a ejecutar este comando.</translation>
    </message>
    <message>
        <source>To create the KPIs the workspace does not have yet, run the command again with --create-kpis.</source>
        <translation>Para crear los KPI que el espacio de trabajo aún no tiene, vuelva a ejecutar el comando con --create-kpis.</translation>
    </message>
    <message>
        <source>%1 was not imported either: another file failed. Nothing was written.</source>
        <translation>%1 tampoco se importó: otro archivo falló. No se escribió nada.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was written.</source>
        <translation>%1: %2 No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>Needle::ImportController</name>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import KPI values from a CSV, XLSX or ODS file</source>
        <translation>Importar valores de KPI desde un archivo CSV, XLSX u ODS</translation>
    </message>
    <message>
        <source>Import &amp;History</source>
        <translation>&amp;Historial de importaciones</translation>
    </message>
    <message>
        <source>&amp;Watched Folders...</source>
        <translation>Carpetas &amp;vigiladas…</translation>
    </message>
    <message>
        <source>Folders whose new spreadsheets are imported automatically</source>
        <translation>Carpetas cuyas hojas de cálculo nuevas se importan automáticamente</translation>
    </message>
    <message>
        <source>Open or create a workspace to import %1 into.</source>
        <translation>Abra o cree un espacio de trabajo en el que importar %1.</translation>
    </message>
    <message>
        <source>Watched folder: %1</source>
        <translation>Carpeta vigilada: %1</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Watched folder: %1 was not imported: %2</source>
        <translation>Carpeta vigilada: %1 no se importó: %2</translation>
    </message>
</context>
<context>
    <name>Needle::ImportHeaders</name>
    <message>
        <source>kpi|metric|key|name|indicator|measure</source>
        <comment>Column names meaning the KPI, separated by |, lower case</comment>
        <translation>kpi|indicador|métrica|clave|nombre|medida</translation>
    </message>
    <message>
        <source>date|period|month|week|day|quarter|year</source>
        <comment>Column names meaning the date or period, separated by |, lower case</comment>
        <translation>fecha|periodo|período|mes|semana|día|trimestre|año</translation>
    </message>
    <message>
        <source>value|actual|amount|result</source>
        <comment>Column names meaning the measured value, separated by |, lower case</comment>
        <translation>valor|real|importe|cantidad|resultado</translation>
    </message>
    <message>
        <source>owner|responsible</source>
        <comment>Column names meaning the KPI&apos;s owner, separated by |, lower case</comment>
        <translation>responsable|propietario</translation>
    </message>
    <message>
        <source>unit|units</source>
        <comment>Column names meaning the unit, separated by |, lower case</comment>
        <translation>unidad|unidades</translation>
    </message>
    <message>
        <source>target|goal</source>
        <comment>Column names meaning the target, separated by |, lower case</comment>
        <translation>objetivo|meta</translation>
    </message>
    <message>
        <source>benchmark|baseline</source>
        <comment>Column names meaning the benchmark, separated by |, lower case</comment>
        <translation>referencia|benchmark|línea base</translation>
    </message>
    <message>
        <source>note|notes|comment</source>
        <comment>Column names meaning a note on the value, separated by |, lower case</comment>
        <translation>nota|notas|comentario|observación</translation>
    </message>
</context>
<context>
    <name>Needle::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <source>Values written</source>
        <translation>Valores escritos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Deshacer la importación</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Import %1 of %2 is already undone.</source>
        <translation>La importación %1 de %2 ya está deshecha.</translation>
    </message>
    <message>
        <source>Import %1 of %2 was undone; Edit &gt; Undo writes it again.</source>
        <translation>La importación %1 de %2 se deshizo; Editar &gt; Deshacer la vuelve a escribir.</translation>
    </message>
</context>
<context>
    <name>Needle::ImportIssue</name>
    <message>
        <source>sheet %1</source>
        <translation>hoja %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
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
        <translation>La disposición de la hoja no está clara: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KPI of this workspace and was not chosen to be created.</source>
        <translation>«%1» no es un KPI de este espacio de trabajo y no se eligió para crearlo.</translation>
    </message>
    <message>
        <source>%1 is computed from its formula; its values cannot be imported.</source>
        <translation>%1 se calcula a partir de su fórmula; sus valores no se pueden importar.</translation>
    </message>
    <message>
        <source>The KPI is missing.</source>
        <translation>Falta el KPI.</translation>
    </message>
    <message>
        <source>No value; nothing is stored for this row.</source>
        <translation>Sin valor; no se guarda nada para esta fila.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit Needle knows; %2 is created as a count.</source>
        <translation>«%1» no es una unidad que Needle conozca; %2 se crea como cantidad.</translation>
    </message>
    <message>
        <source>Repeats the value of %1 for %2 from row %3; it is stored once.</source>
        <translation>Repite el valor de %1 para %2 de la fila %3; se guarda una vez.</translation>
    </message>
    <message>
        <source>%1 has two values for %2: %3 in row %4 and %5 in row %6.</source>
        <translation>%1 tiene dos valores para %2: %3 en la fila %4 y %5 en la fila %6.</translation>
    </message>
    <message>
        <source>The row has errors.</source>
        <translation>La fila tiene errores.</translation>
    </message>
    <message>
        <source>%1; the row was skipped.</source>
        <translation>%1; se ha omitido la fila.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KPI of this workspace (KPIs are matched by key or name).</source>
        <translation>&quot;%1&quot; no es un KPI de este espacio de trabajo (los KPI se reconocen por clave o por nombre).</translation>
    </message>
    <message>
        <source>Only columns set to %1 have data in this row; it was skipped.</source>
        <translation>En esta fila solo tienen datos columnas puestas en %1; se ha omitido.</translation>
    </message>
    <message>
        <source>The file gives %1 the unit &quot;%2&quot;, but %1 is measured as %3.</source>
        <translation>El archivo da a %1 la unidad «%2», pero %1 se mide como %3.</translation>
    </message>
    <message>
        <source>%1 is not an owner in this workspace; the KPIs created for them have no owner.</source>
        <translation>%1 no es responsable en este espacio de trabajo; los KPI creados para esa persona no tienen responsable.</translation>
    </message>
    <message>
        <source>The values for %1 in the file (typically %2) are about %3 times larger than those stored (typically %4). Is it the right column, in the right unit?</source>
        <translation>Los valores de %1 en el archivo (típicamente %2) son unas %3 veces mayores que los guardados (típicamente %4). ¿Es la columna correcta, en la unidad correcta?</translation>
    </message>
    <message>
        <source>The values for %1 in the file (typically %2) are about %3 times smaller than those stored (typically %4). Is it the right column, in the right unit?</source>
        <translation>Los valores de %1 en el archivo (típicamente %2) son unas %3 veces menores que los guardados (típicamente %4). ¿Es la columna correcta, en la unidad correcta?</translation>
    </message>
    <message>
        <source>The cells for %1 are percentages, but %1 is measured as %2.</source>
        <translation>Las celdas de %1 son porcentajes, pero %1 se mide como %2.</translation>
    </message>
    <message>
        <source>The cells for %1 are amounts in %2, but %1 is measured as %3.</source>
        <translation>Las celdas de %1 son importes en %2, pero %1 se mide como %3.</translation>
    </message>
    <message>
        <source>a currency</source>
        <translation>una moneda</translation>
    </message>
    <message numerus="yes">
        <source>The dates for %1 in the file are about %n day(s) apart, but its cadence is %2: the values within one period are combined (%3).</source>
        <translation>
            <numerusform>Las fechas de %1 en el archivo distan unos %n día, pero su cadencia es %2: los valores de un mismo periodo se combinan (%3).</numerusform>
            <numerusform>Las fechas de %1 en el archivo distan unos %n días, pero su cadencia es %2: los valores de un mismo periodo se combinan (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dates for %1 in the file are about %n day(s) apart, but its cadence is %2: the periods between them stay empty.</source>
        <translation>
            <numerusform>Las fechas de %1 en el archivo distan unos %n día, pero su cadencia es %2: los periodos intermedios quedan vacíos.</numerusform>
            <numerusform>Las fechas de %1 en el archivo distan unos %n días, pero su cadencia es %2: los periodos intermedios quedan vacíos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::ImportRepository</name>
    <message>
        <source>There is no import batch %1.</source>
        <translation>No existe el lote de importación %1.</translation>
    </message>
    <message>
        <source>Import batch %1 (%2) is already undone.</source>
        <translation>El lote de importación %1 (%2) ya está deshecho.</translation>
    </message>
    <message>
        <source>Import batch %1 replaced values of batch %2: undo batch %1 first.</source>
        <translation>El lote de importación %1 reemplazó valores del lote %2: deshaga primero el lote %1.</translation>
    </message>
</context>
<context>
    <name>Needle::ImportResult</name>
    <message>
        <source>%1 was not imported: it has errors. Nothing was written.</source>
        <translation>%1 no se importó: tiene errores. No se escribió nada.</translation>
    </message>
    <message>
        <source>Importing %1 was cancelled. Nothing was written.</source>
        <translation>Se canceló la importación de %1. No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 could not be imported: the workspace refused the change. Nothing was written.</source>
        <translation>No se pudo importar %1: el espacio de trabajo rechazó el cambio. No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 (dry run): %2, %3; nothing was written.</source>
        <translation>%1 (simulación): %2, %3; no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) would be written</source>
        <translation>
            <numerusform>se escribiría %n valor</numerusform>
            <numerusform>se escribirían %n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing changed (%2).</source>
        <translation>%1: nada cambió (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) unchanged</source>
        <translation>
            <numerusform>%n valor sin cambios</numerusform>
            <numerusform>%n valores sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, batch %4.</source>
        <translation>%1: %2, %3, lote %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) written</source>
        <translation>
            <numerusform>%n valor escrito</numerusform>
            <numerusform>%n valores escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) created.</source>
        <translation>
            <numerusform>%n KPI creado.</numerusform>
            <numerusform>%n KPI creados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors skipped.</source>
        <translation>
            <numerusform>%n fila con errores omitida.</numerusform>
            <numerusform>%n filas con errores omitidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s) created.</source>
        <translation>
            <numerusform>%n responsable creado.</numerusform>
            <numerusform>%n responsables creados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>Needle::Importer</name>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>The file has no sheets.</source>
        <translation>El archivo no tiene hojas.</translation>
    </message>
    <message>
        <source>There is no sheet named &quot;%1&quot;; the sheets are: %2.</source>
        <translation>No hay ninguna hoja llamada «%1»; las hojas son: %2.</translation>
    </message>
    <message>
        <source>The sheet could not be read to the end.</source>
        <translation>No se pudo leer la hoja hasta el final.</translation>
    </message>
    <message>
        <source>The sheet has no rows of data below its header.</source>
        <translation>La hoja no tiene filas de datos bajo su encabezado.</translation>
    </message>
    <message>
        <source>Created by importing %1</source>
        <translation>Creado al importar %1</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>No se pudo crear %1: %2</translation>
    </message>
    <message>
        <source>The owner %1 could not be created: %2</source>
        <translation>No se pudo crear el responsable %1: %2</translation>
    </message>
</context>
<context>
    <name>Needle::Inspect</name>
    <message>
        <source>%1 has no sheet &quot;%2&quot;; its sheets are: %3</source>
        <translation>%1 no tiene la hoja «%2»; sus hojas son: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n sheet(s)</source>
        <translation>
            <numerusform>%1: %2, %n hoja</numerusform>
            <numerusform>%1: %2, %n hojas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot; (%n row(s))</source>
        <translation>
            <numerusform>Hoja «%1» (%n fila)</numerusform>
            <numerusform>Hoja «%1» (%n filas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sheet &quot;%1&quot;, %2 (%n row(s))</source>
        <translation>
            <numerusform>Hoja «%1», %2 (%n fila)</numerusform>
            <numerusform>Hoja «%1», %2 (%n filas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... %n more row(s)</source>
        <translation>
            <numerusform>… %n fila más</numerusform>
            <numerusform>… %n filas más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::JobRunner</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The PDF export failed: %1</source>
        <translation>La exportación a PDF falló: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>Needle::Kpi</name>
    <message>
        <source>The key &quot;%1&quot; is not valid: use lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>La clave «%1» no es válida: use letras minúsculas, dígitos y guiones bajos, empezando por una letra.</translation>
    </message>
    <message>
        <source>A KPI needs a name.</source>
        <translation>Un KPI necesita un nombre.</translation>
    </message>
    <message>
        <source>Decimals must be between 0 and 6.</source>
        <translation>Los decimales deben estar entre 0 y 6.</translation>
    </message>
    <message>
        <source>A currency KPI needs a three-letter currency code such as EUR.</source>
        <translation>Un KPI de moneda necesita un código de moneda de tres letras como EUR.</translation>
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
        <translation>&amp;Nuevo KPI…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit KPI...</source>
        <translation>&amp;Editar KPI…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Targets...</source>
        <translation>&amp;Objetivos…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Benchmarks...</source>
        <translation>&amp;Referencias…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>&amp;Change Log...</source>
        <translation>Registro de &amp;cambios…</translation>
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
        <translation>&amp;Eliminar KPI...</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>Eliminar KPI</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Delete the KPI &quot;%1&quot; with its %n value(s), targets and benchmarks?

Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>¿Eliminar el KPI &quot;%1&quot; con su %n valor, sus objetivos y referencias?

Edición &gt; Deshacer lo recupera.</numerusform>
            <numerusform>¿Eliminar el KPI &quot;%1&quot; con sus %n valores, sus objetivos y referencias?

Edición &gt; Deshacer lo recupera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted the KPI &quot;%1&quot; (%n value(s)). Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>KPI &quot;%1&quot; eliminado (%n valor). Edición &gt; Deshacer lo recupera.</numerusform>
            <numerusform>KPI &quot;%1&quot; eliminado (%n valores). Edición &gt; Deshacer lo recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
</context>
<context>
    <name>Needle::KpiChart</name>
    <message>
        <source>No values in this period</source>
        <translation>No hay valores en este periodo</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Period in progress</source>
        <translation>Periodo en curso</translation>
    </message>
    <message>
        <source>Target band</source>
        <translation>Rango objetivo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalía</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>80% forecast interval</source>
        <translation>Intervalo de previsión del 80 %</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Nota de revisión</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>(in progress)</source>
        <translation>(en curso)</translation>
    </message>
    <message>
        <source>Target %1 to %2</source>
        <translation>Objetivo %1 a %2</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Anomaly: %1</source>
        <translation>Anomalía: %1</translation>
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
Revisado: %2</translation>
    </message>
</context>
<context>
    <name>Needle::KpiChartView</name>
    <message>
        <source>KPI chart</source>
        <translation>Gráfico del KPI</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer el zoom</translation>
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>&amp;Copiar el gráfico como imagen</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Exportar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Exportar como &amp;SVG…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Chart exported from Needle</source>
        <translation>Gráfico exportado desde Needle</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>Exportar el gráfico como SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>Needle::KpiDefinitionPanel</name>
    <message>
        <source>Latest</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>KPI definition</source>
        <translation>Definición del KPI</translation>
    </message>
    <message>
        <source>No KPI selected</source>
        <translation>Ningún KPI seleccionado</translation>
    </message>
    <message>
        <source>No values yet</source>
        <translation>Aún no hay valores</translation>
    </message>
    <message>
        <source>Stored values</source>
        <translation>Valores guardados</translation>
    </message>
    <message>
        <source>%1, rolled up by %2</source>
        <translation>%1, agregado por %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 para el %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>%1 for the period from %2</source>
        <translation>%1 para el periodo desde %2</translation>
    </message>
</context>
<context>
    <name>Needle::KpiDialog</name>
    <message>
        <source>Edit KPI: %1</source>
        <translation>Editar KPI: %1</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nuevo KPI</translation>
    </message>
    <message>
        <source>A blank KPI</source>
        <translation>Un KPI en blanco</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and underscores; used in formulas and on the command line.</source>
        <translation>Letras minúsculas, dígitos y guiones bajos; se usa en fórmulas y en la línea de órdenes.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicador:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>p. ej. EUR</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Better when:</source>
        <translation>&amp;Mejor cuando:</translation>
    </message>
    <message>
        <source>Ca&amp;dence:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <source>&amp;Roll-up:</source>
        <translation>A&amp;gregación:</translation>
    </message>
    <message>
        <source>Deci&amp;mals:</source>
        <translation>Deci&amp;males:</translation>
    </message>
    <message>
        <source>Empty for measured KPIs; e.g. ltv / cac</source>
        <translation>Vacío para los KPI medidos; p. ej. ltv / cac</translation>
    </message>
    <message>
        <source>&amp;Formula:</source>
        <translation>&amp;Fórmula:</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Data &amp;source:</source>
        <translation>&amp;Fuente de datos:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. growth, q3</source>
        <translation>Separadas por comas, p. ej. crecimiento, t3</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>Anomaly se&amp;nsitivity:</source>
        <translation>Se&amp;nsibilidad a anomalías:</translation>
    </message>
    <message>
        <source>The one metric that &amp;matters (replaces the current one)</source>
        <translation>La métrica que &amp;importa (reemplaza a la actual)</translation>
    </message>
    <message>
        <source>&amp;Archived (hidden from the dashboard)</source>
        <translation>&amp;Archivado (oculto en el panel)</translation>
    </message>
    <message>
        <source>✓ Computed from %1</source>
        <translation>✓ Calculado a partir de %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Fix the formula first.</source>
        <translation>Corrija primero la fórmula.</translation>
    </message>
    <message>
        <source>%1 (already in this workspace)</source>
        <translation>%1 (ya en este espacio de trabajo)</translation>
    </message>
    <message>
        <source>The workspace has a KPI with the key &quot;%1&quot;.</source>
        <translation>El espacio de trabajo tiene un KPI con la clave &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>e.g. Weekly active teams</source>
        <translation>p. ej. Equipos activos por semana</translation>
    </message>
    <message>
        <source>The workspace already has a KPI with the key &quot;%1&quot; (%2); choose another key.</source>
        <translation>El espacio de trabajo ya tiene un KPI con la clave &quot;%1&quot; (%2); elija otra clave.</translation>
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
        <translation>Probabilidad de que los clientes recomienden el producto, de -100 a 100.</translation>
    </message>
    <message>
        <source>Percent of promoters (answers 9-10) minus percent of detractors (answers 0-6) among all answers to &quot;How likely are you to recommend us?&quot; on a 0-10 scale; from answer counts or from the raw answers.</source>
        <translation>Porcentaje de promotores (respuestas 9-10) menos porcentaje de detractores (respuestas 0-6) entre todas las respuestas a «¿Qué probabilidad hay de que nos recomiende?» en una escala de 0 a 10; a partir de los recuentos de respuestas o de las respuestas en bruto.</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Satisfacción del cliente (CSAT)</translation>
    </message>
    <message>
        <source>Share of surveyed customers who say they are satisfied.</source>
        <translation>Proporción de clientes encuestados que se declaran satisfechos.</translation>
    </message>
    <message>
        <source>Answers 4 and 5 on a 1-5 satisfaction scale divided by all answers, times 100.</source>
        <translation>Respuestas 4 y 5 en una escala de satisfacción de 1 a 5 divididas entre todas las respuestas, por 100.</translation>
    </message>
    <message>
        <source>Monthly recurring revenue (MRR)</source>
        <translation>Ingresos recurrentes mensuales (MRR)</translation>
    </message>
    <message>
        <source>Recurring subscription revenue normalised to one month.</source>
        <translation>Ingresos recurrentes por suscripción normalizados a un mes.</translation>
    </message>
    <message>
        <source>Sum of the monthly value of all active subscriptions at the end of the period, excluding one-off fees.</source>
        <translation>Suma del valor mensual de todas las suscripciones activas al final del periodo, sin cargos puntuales.</translation>
    </message>
    <message>
        <source>Annual recurring revenue (ARR)</source>
        <translation>Ingresos recurrentes anuales (ARR)</translation>
    </message>
    <message>
        <source>Recurring subscription revenue normalised to one year.</source>
        <translation>Ingresos recurrentes por suscripción normalizados a un año.</translation>
    </message>
    <message>
        <source>MRR times 12.</source>
        <translation>MRR por 12.</translation>
    </message>
    <message>
        <source>Customer churn rate</source>
        <translation>Tasa de abandono de clientes</translation>
    </message>
    <message>
        <source>Share of customers who cancel in a period.</source>
        <translation>Proporción de clientes que cancelan en un periodo.</translation>
    </message>
    <message>
        <source>Customers lost during the period divided by customers at its start, times 100.</source>
        <translation>Clientes perdidos durante el periodo divididos entre los clientes al inicio, por 100.</translation>
    </message>
    <message>
        <source>Revenue churn rate</source>
        <translation>Tasa de pérdida de ingresos</translation>
    </message>
    <message>
        <source>Share of recurring revenue lost to cancellations and downgrades in a period.</source>
        <translation>Proporción de ingresos recurrentes perdidos por cancelaciones y rebajas de plan en un periodo.</translation>
    </message>
    <message>
        <source>MRR lost to cancellations and downgrades during the period divided by MRR at its start, times 100.</source>
        <translation>MRR perdido por cancelaciones y rebajas de plan durante el periodo dividido entre el MRR al inicio, por 100.</translation>
    </message>
    <message>
        <source>Customer retention rate</source>
        <translation>Tasa de retención de clientes</translation>
    </message>
    <message>
        <source>Share of customers kept through a period.</source>
        <translation>Proporción de clientes que se mantienen durante un periodo.</translation>
    </message>
    <message>
        <source>100 minus the customer churn rate.</source>
        <translation>100 menos la tasa de abandono de clientes.</translation>
    </message>
    <message>
        <source>Customer lifetime value (CLTV)</source>
        <translation>Valor del ciclo de vida del cliente (CLTV)</translation>
    </message>
    <message>
        <source>Gross profit a customer brings over the whole relationship.</source>
        <translation>Beneficio bruto que aporta un cliente durante toda la relación.</translation>
    </message>
    <message>
        <source>Average revenue per account times gross margin, divided by the customer churn rate.</source>
        <translation>Ingreso medio por cuenta por el margen bruto, dividido entre la tasa de abandono de clientes.</translation>
    </message>
    <message>
        <source>Customer acquisition cost (CAC)</source>
        <translation>Coste de adquisición de clientes (CAC)</translation>
    </message>
    <message>
        <source>What it costs to win one new customer.</source>
        <translation>Lo que cuesta conseguir un cliente nuevo.</translation>
    </message>
    <message>
        <source>Sales and marketing spend in the period divided by the new customers won in it.</source>
        <translation>Gasto en ventas y marketing del periodo dividido entre los clientes nuevos conseguidos en él.</translation>
    </message>
    <message>
        <source>LTV to CAC ratio</source>
        <translation>Ratio LTV/CAC</translation>
    </message>
    <message>
        <source>How many times a customer&apos;s lifetime value covers the cost of winning them.</source>
        <translation>Cuántas veces el valor del ciclo de vida de un cliente cubre el coste de conseguirlo.</translation>
    </message>
    <message>
        <source>Customer lifetime value divided by customer acquisition cost.</source>
        <translation>Valor del ciclo de vida del cliente dividido entre el coste de adquisición de clientes.</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Margen bruto</translation>
    </message>
    <message>
        <source>Share of revenue left after the cost of service.</source>
        <translation>Proporción de los ingresos que queda tras el coste del servicio.</translation>
    </message>
    <message>
        <source>Revenue minus cost of goods sold (hosting, support, licences), divided by revenue, times 100.</source>
        <translation>Ingresos menos el coste de ventas (alojamiento, soporte, licencias), divididos entre los ingresos, por 100.</translation>
    </message>
    <message>
        <source>Daily active users (DAU)</source>
        <translation>Usuarios activos diarios (DAU)</translation>
    </message>
    <message>
        <source>Distinct users who use the product on a day.</source>
        <translation>Usuarios distintos que usan el producto en un día.</translation>
    </message>
    <message>
        <source>Count of distinct users with at least one meaningful action during the day.</source>
        <translation>Número de usuarios distintos con al menos una acción significativa durante el día.</translation>
    </message>
    <message>
        <source>Monthly active users (MAU)</source>
        <translation>Usuarios activos mensuales (MAU)</translation>
    </message>
    <message>
        <source>Distinct users who use the product in a month.</source>
        <translation>Usuarios distintos que usan el producto en un mes.</translation>
    </message>
    <message>
        <source>Count of distinct users with at least one meaningful action during the month.</source>
        <translation>Número de usuarios distintos con al menos una acción significativa durante el mes.</translation>
    </message>
    <message>
        <source>Stickiness (DAU/MAU)</source>
        <translation>Adherencia (DAU/MAU)</translation>
    </message>
    <message>
        <source>How many of the month&apos;s users come back on a typical day.</source>
        <translation>Cuántos de los usuarios del mes vuelven en un día típico.</translation>
    </message>
    <message>
        <source>Average DAU divided by MAU, times 100.</source>
        <translation>DAU medio dividido entre MAU, por 100.</translation>
    </message>
    <message>
        <source>Feature adoption rate</source>
        <translation>Tasa de adopción de funciones</translation>
    </message>
    <message>
        <source>Share of active users who use a given feature.</source>
        <translation>Proporción de usuarios activos que usan una función determinada.</translation>
    </message>
    <message>
        <source>Users who used the feature in the period divided by active users in the period, times 100.</source>
        <translation>Usuarios que usaron la función en el periodo divididos entre los usuarios activos del periodo, por 100.</translation>
    </message>
    <message>
        <source>Activation rate</source>
        <translation>Tasa de activación</translation>
    </message>
    <message>
        <source>Share of new sign-ups who reach the first moment of value.</source>
        <translation>Proporción de nuevos registros que alcanzan el primer momento de valor.</translation>
    </message>
    <message>
        <source>Sign-ups who completed the activation milestone within 7 days divided by all sign-ups of the period, times 100.</source>
        <translation>Registros que completaron el hito de activación en 7 días divididos entre todos los registros del periodo, por 100.</translation>
    </message>
    <message>
        <source>Trial conversion rate</source>
        <translation>Tasa de conversión de pruebas</translation>
    </message>
    <message>
        <source>Share of trials that become paying customers.</source>
        <translation>Proporción de pruebas que se convierten en clientes de pago.</translation>
    </message>
    <message>
        <source>Trials converted to paid plans in the period divided by trials that ended in it, times 100.</source>
        <translation>Pruebas convertidas en planes de pago en el periodo divididas entre las pruebas que terminaron en él, por 100.</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>New accounts created.</source>
        <translation>Cuentas nuevas creadas.</translation>
    </message>
    <message>
        <source>Count of accounts created in the period, excluding internal and test accounts.</source>
        <translation>Número de cuentas creadas en el periodo, sin cuentas internas ni de prueba.</translation>
    </message>
    <message>
        <source>Time to market</source>
        <translation>Tiempo de llegada al mercado</translation>
    </message>
    <message>
        <source>Days from the approval of a feature to its general availability.</source>
        <translation>Días desde la aprobación de una función hasta su disponibilidad general.</translation>
    </message>
    <message>
        <source>Median number of days between a feature&apos;s approval and its release to all customers, over the features shipped in the period.</source>
        <translation>Mediana de días entre la aprobación de una función y su lanzamiento a todos los clientes, sobre las funciones lanzadas en el periodo.</translation>
    </message>
    <message>
        <source>Innovation rate</source>
        <translation>Tasa de innovación</translation>
    </message>
    <message>
        <source>Share of revenue from products launched in the last three years.</source>
        <translation>Proporción de ingresos de productos lanzados en los últimos tres años.</translation>
    </message>
    <message>
        <source>Revenue from products or major features launched in the last N years (3 by default) divided by total revenue, times 100.</source>
        <translation>Ingresos de productos o funciones importantes lanzados en los últimos N años (3 por defecto) divididos entre los ingresos totales, por 100.</translation>
    </message>
    <message>
        <source>R&amp;D spend ratio</source>
        <translation>Ratio de gasto en I+D</translation>
    </message>
    <message>
        <source>Research and development spend as a share of revenue.</source>
        <translation>Gasto en investigación y desarrollo como proporción de los ingresos.</translation>
    </message>
    <message>
        <source>Research and development spend in the period divided by revenue in the period, times 100; healthy inside a band rather than as high or low as possible.</source>
        <translation>Gasto en investigación y desarrollo del periodo dividido entre los ingresos del periodo, por 100; sano dentro de un rango, no lo más alto o bajo posible.</translation>
    </message>
</context>
<context>
    <name>Needle::KpiNoteDialog</name>
    <message>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>T&amp;exto:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vence:</translation>
    </message>
</context>
<context>
    <name>Needle::KpiTableModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
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
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Overdue since %1: %2</source>
        <translation>Vencida desde el %1: %2</translation>
    </message>
    <message>
        <source>Overdue since %1: %2 (%3)</source>
        <translation>Vencida desde el %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message numerus="yes">
        <source>Overdue actions: %n</source>
        <translation>
            <numerusform>Tareas vencidas: %n</numerusform>
            <numerusform>Tareas vencidas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open actions: %n</source>
        <translation>
            <numerusform>Tareas abiertas: %n</numerusform>
            <numerusform>Tareas abiertas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
</context>
<context>
    <name>Needle::KpiValuesTable</name>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date.</source>
        <translation>Línea %1: «%2» no es una fecha.</translation>
    </message>
    <message>
        <source>Line %1: there is no row to paste this value onto.</source>
        <translation>Línea %1: no hay ninguna fila donde pegar este valor.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a number.</source>
        <translation>Línea %1: «%2» no es un número.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n value(s)</source>
        <translation>
            <numerusform>Pegar %n valor</numerusform>
            <numerusform>Pegar %n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n value(s)</source>
        <translation>
            <numerusform>Eliminar %n valor</numerusform>
            <numerusform>Eliminar %n valores</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Value...</source>
        <translation>&amp;Añadir valor...</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>Needle::KpiView</name>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Valores</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularidad</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>En lo que va de año</translation>
    </message>
    <message>
        <source>Last 3 years</source>
        <translation>Últimos 3 años</translation>
    </message>
    <message>
        <source>All values</source>
        <translation>Todos los valores</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Restablecer el zoom</translation>
    </message>
    <message>
        <source>Show the whole period again (0)</source>
        <translation>Mostrar de nuevo todo el periodo (0)</translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation>&amp;Granularidad:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Review notes</source>
        <translation>Notas de revisión</translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation>&amp;Añadir nota…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Quitar nota</translation>
    </message>
    <message>
        <source>No values yet. Add one with Add Value (%1), or paste rows of date and value copied from a spreadsheet (%2).</source>
        <translation>Aún no hay valores. Añada uno con «Añadir valor» (%1) o pegue filas de fecha y valor copiadas de una hoja de cálculo (%2).</translation>
    </message>
    <message>
        <source>Add Val&amp;ue…</source>
        <translation>Añadir val&amp;or…</translation>
    </message>
    <message>
        <source>Add a value for a date (Insert)</source>
        <translation>Añadir un valor para una fecha (Insert)</translation>
    </message>
</context>
<context>
    <name>Needle::MainWindow</name>
    <message>
        <source>Needle workspaces (*.needle);;All files (*)</source>
        <translation>Espacios de trabajo de Needle (*.needle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Needle&lt;/h1&gt;&lt;p&gt;Your product&apos;s KPIs, their targets and benchmarks, and the meetings that review them.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Needle&lt;/h1&gt;&lt;p&gt;Los KPI de su producto, sus objetivos y referencias, y las reuniones que los revisan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation>Espacios de trabajo recientes:</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open workspace...</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <source>Filter KPIs by name, key or description</source>
        <translation>Filtrar los KPI por nombre, clave o descripción</translation>
    </message>
    <message>
        <source>Filter KPIs</source>
        <translation>Filtrar KPI</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
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
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 abierto</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; Needle does not overwrite workspaces.</source>
        <translation>%1 ya existe. Elija otro nombre; Needle no sobrescribe espacios de trabajo.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Workspace views</source>
        <translation>Vistas del espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export KPI Table as &amp;CSV...</source>
        <translation>Exportar la tabla de KPI como &amp;CSV…</translation>
    </message>
    <message>
        <source>Export KPI Table as CSV</source>
        <translation>Exportar la tabla de KPI como CSV</translation>
    </message>
    <message>
        <source>%1-kpis.csv</source>
        <translation>%1-kpi.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>← &amp;Back to the dashboard</source>
        <translation>← &amp;Volver al panel</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Volver al panel</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>No recent workspaces yet. Start with the demo to look around, or create a new workspace and import your KPIs from a CSV, XLSX or ODS file (File &gt; Import).</source>
        <translation>Aún no hay espacios de trabajo recientes. Empiece con la demo para echar un vistazo, o cree un espacio de trabajo e importe sus KPI desde un archivo CSV, XLSX u ODS (Archivo &gt; Importar).</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>%1 is already open in another Needle (%2). Opening it here too is safe, since every change is saved at once, but each window shows the other&apos;s changes only after it is opened again.</source>
        <translation>%1 ya está abierto en otro Needle (%2). Abrirlo también aquí es seguro, porque cada cambio se guarda al instante, pero cada ventana muestra los cambios de la otra solo después de volver a abrirse.</translation>
    </message>
</context>
<context>
    <name>Needle::MappingPage</name>
    <message>
        <source>Layout and columns</source>
        <translation>Disposición y columnas</translation>
    </message>
    <message>
        <source>Needle guessed how the sheet holds its values. Check the layout and what each column means; the next page shows the values before anything is stored.</source>
        <translation>Needle ha deducido cómo guarda la hoja sus valores. Compruebe la disposición y el significado de cada columna; la página siguiente muestra los valores antes de guardar nada.</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposición:</translation>
    </message>
    <message>
        <source>Column &amp;names in row:</source>
        <translation>&amp;Nombres de columna en la fila:</translation>
    </message>
    <message>
        <source>Detect from the sheet</source>
        <translation>Detectar a partir de la hoja</translation>
    </message>
    <message>
        <source>1,234.5 (decimal point)</source>
        <translation>1,234.5 (punto decimal)</translation>
    </message>
    <message>
        <source>1.234,5 (decimal comma)</source>
        <translation>1.234,5 (coma decimal)</translation>
    </message>
    <message>
        <source>N&amp;umbers:</source>
        <translation>Nú&amp;meros:</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Día primero (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Mes primero (12/31/2024)</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nombre en el archivo</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>The sheet as the mapping reads it</source>
        <translation>La hoja tal como la lee la asignación</translation>
    </message>
    <message>
        <source>Detected: %1, %2% sure.</source>
        <translation>Detectado: %1, con un %2 % de seguridad.</translation>
    </message>
    <message>
        <source>Meaning of column %1</source>
        <translation>Significado de la columna %1</translation>
    </message>
    <message>
        <source>Read as the earlier import of a file like this one was: %1.</source>
        <translation>Leído como en la importación anterior de un archivo como este: %1.</translation>
    </message>
</context>
<context>
    <name>Needle::MeasurementTableModel</name>
    <message>
        <source>Typed in</source>
        <translation>Introducido a mano</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, fila %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
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
        <translation>No hay ninguna reunión con el identificador %1.</translation>
    </message>
    <message>
        <source>- %1 (%2, due %3)</source>
        <translation>- %1 (%2, vence %3)</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source> [done]</source>
        <translation> [hecho]</translation>
    </message>
    <message>
        <source> [overdue]</source>
        <translation> [vencido]</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Period under review: %1 to %2</source>
        <translation>Periodo revisado: %1 a %2</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Asistentes: %1</translation>
    </message>
    <message numerus="yes">
        <source>Duration: %1; %n KPI(s) discussed</source>
        <translation>
            <numerusform>Duración: %1; %n KPI tratado</numerusform>
            <numerusform>Duración: %1; %n KPI tratados</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Anomalies judged</source>
        <translation>Anomalías juzgadas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Still open from earlier meetings</source>
        <translation>Aún pendiente de reuniones anteriores</translation>
    </message>
</context>
<context>
    <name>Needle::NewKpiPanel</name>
    <message>
        <source>Names in the file that match no KPI of the workspace:</source>
        <translation>Nombres del archivo que no corresponden a ningún KPI del espacio de trabajo:</translation>
    </message>
    <message>
        <source>KPIs to create or match</source>
        <translation>KPI que crear o asociar</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nombre en el archivo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>De&amp;cimals:</source>
        <translation>&amp;Decimales:</translation>
    </message>
    <message>
        <source>Be&amp;tter:</source>
        <translation>&amp;Mejor:</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>KPI nuevo</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Same as %1</source>
        <translation>Igual que %1</translation>
    </message>
    <message>
        <source>Import %1 as</source>
        <translation>Importar %1 como</translation>
    </message>
    <message>
        <source>Create the owners the file names: %1</source>
        <translation>Crear los responsables que nombra el archivo: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As you chose; %1 is created when you import.</source>
        <translation>Como lo eligió; %1 se crea al importar.</translation>
    </message>
    <message>
        <source>Guessed from the cells; change what is wrong.</source>
        <translation>Deducido de las celdas; cambie lo que no sea correcto.</translation>
    </message>
    <message>
        <source>Guessed from the cells and the library&apos;s %1; change what is wrong.</source>
        <translation>Deducido de las celdas y de «%1» de la biblioteca; cambie lo que no sea correcto.</translation>
    </message>
</context>
<context>
    <name>Needle::OdsReader</name>
    <message>
        <source>elements are nested too deeply</source>
        <translation>los elementos están anidados demasiado</translation>
    </message>
    <message>
        <source>a cell holds more than %1 characters</source>
        <translation>una celda contiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>the file is password-protected (encrypted); save it without a password and import it again</source>
        <translation>el archivo está protegido con contraseña (cifrado); guárdelo sin contraseña e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>the document has no spreadsheet table</source>
        <translation>el documento no tiene ninguna tabla de hoja de cálculo</translation>
    </message>
    <message>
        <source>the part content.xml cannot be read: %1 (line %2)</source>
        <translation>la parte content.xml no se puede leer: %1 (línea %2)</translation>
    </message>
    <message>
        <source>the document has no sheet &quot;%1&quot;</source>
        <translation>el documento no tiene la hoja «%1»</translation>
    </message>
    <message>
        <source>the formula has no saved result; open and save the file in a spreadsheet program to compute it</source>
        <translation>la fórmula no tiene resultado guardado; abra y guarde el archivo en un programa de hojas de cálculo para calcularlo</translation>
    </message>
    <message>
        <source>the %1 cell holds no valid value</source>
        <translation>la celda de tipo %1 no contiene ningún valor válido</translation>
    </message>
    <message>
        <source>a cell lies beyond column %1</source>
        <translation>una celda está más allá de la columna %1</translation>
    </message>
    <message>
        <source>a row lies beyond row %1</source>
        <translation>una fila está más allá de la fila %1</translation>
    </message>
</context>
<context>
    <name>Needle::OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist; name the file itself. Nothing was written.</source>
        <translation>%1 es un enlace a un archivo que no existe; indique el archivo mismo. No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is the name of a workspace&apos;s journal file; choose another name. Nothing was written.</source>
        <translation>%1 es el nombre del archivo de registro de un espacio de trabajo; elija otro nombre. No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, device or pipe); Needle writes only to regular files. It was not changed.</source>
        <translation>%1 no es un archivo normal (es una carpeta, un dispositivo o una tubería); Needle solo escribe en archivos normales. No se modificó.</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another name for the output. It was not changed.</source>
        <translation>%1 es el propio espacio de trabajo; elija otro nombre para la salida. No se modificó.</translation>
    </message>
    <message>
        <source>%1 is a journal file of the workspace; choose another name for the output. It was not changed.</source>
        <translation>%1 es un archivo de registro del espacio de trabajo; elija otro nombre para la salida. No se modificó.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database (perhaps a Needle workspace); choose another name for the output. It was not changed.</source>
        <translation>%1 es una base de datos SQLite (quizá un espacio de trabajo de Needle); elija otro nombre para la salida. No se modificó.</translation>
    </message>
    <message>
        <source>%1 is a workspace&apos;s journal file; choose another name for the output. It was not changed.</source>
        <translation>%1 es el archivo de registro de un espacio de trabajo; elija otro nombre para la salida. No se modificó.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: make room on it and try again. Nothing was written.</source>
        <translation>El disco que contiene %1 está lleno: libere espacio y vuelva a intentarlo. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>Needle::OwnerModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
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
        <translation>Editar responsable</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nuevo responsable</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>E&amp;quipo:</translation>
    </message>
</context>
<context>
    <name>Needle::PdfAmendment</name>
    <message>
        <source>The PDF could not be completed: %1</source>
        <translation>No se pudo completar el PDF: %1</translation>
    </message>
    <message>
        <source>no trailer</source>
        <translation>sin trailer</translation>
    </message>
    <message>
        <source>no cross-reference table</source>
        <translation>sin tabla de referencias cruzadas</translation>
    </message>
    <message>
        <source>no document catalog</source>
        <translation>sin catálogo de documento</translation>
    </message>
    <message>
        <source>no pages</source>
        <translation>sin páginas</translation>
    </message>
    <message>
        <source>a page without an annotation array</source>
        <translation>una página sin matriz de anotaciones</translation>
    </message>
    <message>
        <source>an unexpected annotation array</source>
        <translation>una matriz de anotaciones inesperada</translation>
    </message>
</context>
<context>
    <name>Needle::PdfExporter</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo iniciar el PDF.</translation>
    </message>
</context>
<context>
    <name>Needle::PointSource</name>
    <message>
        <source>The formula refers to %1, which is not a KPI key.</source>
        <translation>La fórmula se refiere a %1, que no es una clave de KPI.</translation>
    </message>
    <message>
        <source>%1 cannot be computed: %2</source>
        <translation>%1 no se puede calcular: %2</translation>
    </message>
    <message>
        <source>%1 in the period of %2.</source>
        <translation>%1 en el periodo %2.</translation>
    </message>
</context>
<context>
    <name>Needle::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The new language is used the next time Needle starts.</source>
        <translation>El nuevo idioma se usa la próxima vez que se inicie Needle.</translation>
    </message>
    <message>
        <source>Number and date format</source>
        <translation>Formato de números y fechas</translation>
    </message>
    <message>
        <source>Same as the language</source>
        <translation>Igual que el idioma</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Numbers and dates:</source>
        <translation>&amp;Números y fechas:</translation>
    </message>
    <message>
        <source>Write dates as &amp;ISO 8601 (2026-03-31)</source>
        <translation>Escribir las fechas en &amp;ISO 8601 (2026-03-31)</translation>
    </message>
    <message>
        <source>ISO 8601 dates</source>
        <translation>Fechas ISO 8601</translation>
    </message>
    <message>
        <source>Format preview</source>
        <translation>Vista previa del formato</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Default period</source>
        <translation>Periodo predeterminado</translation>
    </message>
    <message>
        <source>Default &amp;period:</source>
        <translation>&amp;Periodo predeterminado:</translation>
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
        <translation>→ siguiente · ← anterior · número + Intro saltar · G orden del día · N nota · D decisión · A tarea · V veredicto · B negro · Esc salir</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Meeting %1 · this KPI %2</source>
        <translation>Reunión %1 · este KPI %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>   go to %1…</source>
        <translation>   ir a %1…</translation>
    </message>
    <message>
        <source>*Enter closes the meeting; ← goes back to the last KPI.*</source>
        <translation>*Intro cierra la reunión; ← vuelve al último KPI.*</translation>
    </message>
    <message>
        <source>There is no item %1 on the agenda.</source>
        <translation>No hay ningún punto %1 en el orden del día.</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter show · Alt+↑ Alt+↓ move · Delete skip or put back · G or Esc back to the slide</source>
        <translation>↑ ↓ elegir · Intro mostrar · Alt+↑ Alt+↓ mover · Supr saltar o recuperar · G o Esc volver a la diapositiva</translation>
    </message>
    <message>
        <source>Press Esc again to leave. The meeting stays open: Review &gt; Resume meeting continues where it was.</source>
        <translation>Pulse Esc otra vez para salir. La reunión sigue abierta: Revisión &gt; Reanudar reunión continúa donde estaba.</translation>
    </message>
</context>
<context>
    <name>Needle::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Vista del presentador</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Notes on this KPI</source>
        <translation>Notas sobre este KPI</translation>
    </message>
    <message>
        <source>On this KPI</source>
        <translation>Sobre este KPI</translation>
    </message>
    <message>
        <source>%1 · this KPI %2</source>
        <translation>%1 · este KPI %2</translation>
    </message>
    <message>
        <source>Now: %1. %2</source>
        <translation>Ahora: %1. %2</translation>
    </message>
    <message>
        <source> (screen black)</source>
        <translation> (pantalla en negro)</translation>
    </message>
    <message>
        <source> (agenda shown)</source>
        <translation> (orden del día a la vista)</translation>
    </message>
    <message>
        <source>Now: the summary</source>
        <translation>Ahora: el resumen</translation>
    </message>
    <message>
        <source>Next: the summary</source>
        <translation>Siguiente: el resumen</translation>
    </message>
    <message>
        <source>Next: %1. %2</source>
        <translation>Siguiente: %1. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open: %1 (%2)</source>
        <translation>Abierto: %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing yet. N note, D decision, A action item, V verdict.</source>
        <translation>Nada todavía. N nota, D decisión, A tarea, V veredicto.</translation>
    </message>
</context>
<context>
    <name>Needle::PreviewModel</name>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nuevo)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Reemplaza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>Needle::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The values as they will be stored. Nothing is written until you choose Import.</source>
        <translation>Los valores tal como se guardarán. No se escribe nada hasta que elija Importar.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Values to import</source>
        <translation>Valores que importar</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Import &amp;valid rows only (skip the rows with errors)</source>
        <translation>Importar solo las filas &amp;válidas (omitir las filas con errores)</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Checking was stopped. Go back, or change a choice to check again.</source>
        <translation>Se detuvo la comprobación. Vuelva atrás o cambie una opción para comprobar de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n fila leída</numerusform>
            <numerusform>%n filas leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new value(s)</source>
        <translation>
            <numerusform>%n valor nuevo</numerusform>
            <numerusform>%n valores nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n cambiado</numerusform>
            <numerusform>%n cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n fila con errores</numerusform>
            <numerusform>%n filas con errores</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the errors in the file, change the mapping, or import the valid rows only.</source>
        <translation>Corrija los errores del archivo, cambie la asignación o importe solo las filas válidas.</translation>
    </message>
    <message>
        <source>Importing changes nothing: every value is already stored.</source>
        <translation>Importar no cambia nada: todos los valores ya están guardados.</translation>
    </message>
    <message numerus="yes">
        <source>The table shows the first %n value(s).</source>
        <translation>
            <numerusform>La tabla muestra el primer valor.</numerusform>
            <numerusform>La tabla muestra los primeros %n valores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::QueryReader</name>
    <message>
        <source>Reading the result failed: %1</source>
        <translation>La lectura del resultado falló: %1</translation>
    </message>
</context>
<context>
    <name>Needle::RecordListDialog</name>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>Needle::Refresher</name>
    <message>
        <source>The run could not be logged: %1</source>
        <translation>No se pudo registrar la ejecución: %1</translation>
    </message>
</context>
<context>
    <name>Needle::Report</name>
    <message>
        <source>week %1, %2</source>
        <translation>semana %1, %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsable: %1</translation>
    </message>
    <message>
        <source>computed as %1</source>
        <translation>calculado como %1</translation>
    </message>
    <message>
        <source>No data: there is no value between %1 and %2.</source>
        <translation>Sin datos: no hay ningún valor entre %1 y %2.</translation>
    </message>
    <message>
        <source>%1: %2 in %3; no target is set.</source>
        <translation>%1: %2 en %3; no hay objetivo fijado.</translation>
    </message>
    <message>
        <source>%1: %2 in %3 against a target of %4.</source>
        <translation>%1: %2 en %3 frente a un objetivo de %4.</translation>
    </message>
    <message>
        <source>The workspace has no KPI with the key &quot;%1&quot;.</source>
        <translation>El espacio de trabajo no tiene ningún KPI con la clave «%1».</translation>
    </message>
    <message>
        <source>KPI snapshot: %1</source>
        <translation>Instantánea de KPI: %1</translation>
    </message>
    <message>
        <source>KPIs of %1, %2</source>
        <translation>KPI de %1, %2</translation>
    </message>
    <message>
        <source>KPI, snapshot</source>
        <translation>KPI, instantánea</translation>
    </message>
    <message>
        <source>KPI snapshot</source>
        <translation>Instantánea de KPI</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>%1 · KPI snapshot as of %2</source>
        <translation>%1 · instantánea de KPI a fecha de %2</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Vs. benchmark</source>
        <translation>Vs. referencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Anomaly verdicts</source>
        <translation>Veredictos sobre anomalías</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The workspace has no KPIs to report.</source>
        <translation>El espacio de trabajo no tiene KPI que informar.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The workspace has no meeting %1.</source>
        <translation>El espacio de trabajo no tiene la reunión %1.</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Acta: %1</translation>
    </message>
    <message>
        <source>Minutes of the KPI review &quot;%1&quot; of %2, %3</source>
        <translation>Acta de la revisión de KPI «%1» del %2, %3</translation>
    </message>
    <message>
        <source>KPI, review, minutes</source>
        <translation>KPI, revisión, acta</translation>
    </message>
    <message>
        <source>Meeting minutes</source>
        <translation>Acta de la reunión</translation>
    </message>
    <message>
        <source>%1 · minutes of %2</source>
        <translation>%1 · acta del %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ninguno registrado</translation>
    </message>
    <message>
        <source>Period reviewed</source>
        <translation>Periodo revisado</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>%1 discussed</source>
        <translation>%1 tratados</translation>
    </message>
    <message>
        <source>The meeting had no agenda items.</source>
        <translation>La reunión no tenía puntos en el orden del día.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation>Por qué en el orden del día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Not on the agenda</source>
        <translation>Fuera del orden del día</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>No se registró ninguna decisión.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>No action items were recorded.</source>
        <translation>No se registró ninguna tarea.</translation>
    </message>
    <message>
        <source>No anomaly verdicts were recorded.</source>
        <translation>No se registró ningún veredicto sobre anomalías.</translation>
    </message>
    <message>
        <source>Skipped in the meeting.</source>
        <translation>Omitido en la reunión.</translation>
    </message>
    <message>
        <source>Nothing was recorded about this KPI.</source>
        <translation>No se registró nada sobre este KPI.</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>Anomaly in %1: %2. %3</source>
        <translation>Anomalía en %1: %2. %3</translation>
    </message>
    <message>
        <source>Open action items from earlier meetings</source>
        <translation>Tareas abiertas de reuniones anteriores</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Benchmark: %1.</source>
        <translation>Referencia: %1.</translation>
    </message>
    <message>
        <source>Change: %1.</source>
        <translation>Cambio: %1.</translation>
    </message>
    <message>
        <source>Against last year: %1.</source>
        <translation>Frente al año pasado: %1.</translation>
    </message>
    <message>
        <source>Trend: %1.</source>
        <translation>Tendencia: %1.</translation>
    </message>
    <message>
        <source>Forecast: %1.</source>
        <translation>Previsión: %1.</translation>
    </message>
    <message>
        <source>Forecast: %1 to %2 in the next period.</source>
        <translation>Previsión: %1 a %2 en el próximo periodo.</translation>
    </message>
    <message>
        <source>%1 in %2: %3.</source>
        <translation>%1 en %2: %3.</translation>
    </message>
    <message>
        <source>Why it stands out</source>
        <translation>Por qué destaca</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Aún sin juzgar</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalías</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 omitidos</translation>
    </message>
    <message>
        <source>%1 not discussed</source>
        <translation>%1 no tratados</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>No tratado</translation>
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
        <translation>Reanudar la reunión</translation>
    </message>
    <message>
        <source>There is no unfinished meeting in this workspace.</source>
        <translation>No hay ninguna reunión sin terminar en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Meeting to resume:</source>
        <translation>Reunión que reanudar:</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Re&amp;visión</translation>
    </message>
    <message>
        <source>&amp;Start meeting...</source>
        <translation>&amp;Iniciar reunión…</translation>
    </message>
    <message>
        <source>&amp;Resume meeting...</source>
        <translation>&amp;Reanudar reunión…</translation>
    </message>
    <message>
        <source>&amp;Action items</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>Iniciar reunión</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Exportar el acta</translation>
    </message>
    <message>
        <source>There is no meeting in this workspace yet.</source>
        <translation>Todavía no hay ninguna reunión en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Reunión:</translation>
    </message>
    <message>
        <source>Export &amp;minutes as PDF...</source>
        <translation>Exportar el &amp;acta como PDF...</translation>
    </message>
    <message>
        <source>Edit agenda</source>
        <translation>Editar el orden del día</translation>
    </message>
    <message>
        <source>Edit &amp;agenda...</source>
        <translation>Editar el &amp;orden del día...</translation>
    </message>
</context>
<context>
    <name>Needle::ReviewNoteModel</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
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
        <translation>Vence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
</context>
<context>
    <name>Needle::ReviewSession</name>
    <message>
        <source>KPI review, %1</source>
        <translation>Revisión de KPI, %1</translation>
    </message>
    <message>
        <source>The period under review needs a start on or before its end.</source>
        <translation>El periodo revisado necesita un inicio igual o anterior a su final.</translation>
    </message>
    <message>
        <source>There is no meeting with the id %1.</source>
        <translation>No hay ninguna reunión con el identificador %1.</translation>
    </message>
    <message>
        <source>The meeting is not running.</source>
        <translation>La reunión no está en curso.</translation>
    </message>
    <message>
        <source>No meeting is open.</source>
        <translation>No hay ninguna reunión abierta.</translation>
    </message>
    <message>
        <source>Write something first.</source>
        <translation>Escriba algo primero.</translation>
    </message>
    <message>
        <source>An action item needs an owner.</source>
        <translation>Una tarea necesita un responsable.</translation>
    </message>
    <message>
        <source>An action item needs a due date.</source>
        <translation>Una tarea necesita una fecha de vencimiento.</translation>
    </message>
    <message>
        <source>No KPI is on screen.</source>
        <translation>No hay ningún KPI en pantalla.</translation>
    </message>
    <message>
        <source>The meeting &quot;%1&quot; is closed; its agenda can no longer change.</source>
        <translation>La reunión «%1» está cerrada; su orden del día ya no puede cambiar.</translation>
    </message>
    <message>
        <source>Move %1 on the agenda</source>
        <translation>Mover %1 en el orden del día</translation>
    </message>
    <message numerus="yes">
        <source>Move %n KPIs on the agenda</source>
        <translation>
            <numerusform>Mover %n KPI en el orden del día</numerusform>
            <numerusform>Mover %n KPI en el orden del día</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip %1</source>
        <translation>Saltar %1</translation>
    </message>
    <message>
        <source>Put %1 back on the agenda</source>
        <translation>Devolver %1 al orden del día</translation>
    </message>
    <message>
        <source>Add %1 to the agenda</source>
        <translation>Añadir %1 al orden del día</translation>
    </message>
    <message>
        <source>Remove %1 from the agenda</source>
        <translation>Quitar %1 del orden del día</translation>
    </message>
    <message>
        <source>Skip the KPIs with nothing to discuss</source>
        <translation>Saltar los KPI sin nada que comentar</translation>
    </message>
    <message>
        <source>Put the KPIs with nothing to discuss back on the agenda</source>
        <translation>Devolver al orden del día los KPI sin nada que comentar</translation>
    </message>
</context>
<context>
    <name>Needle::RunPage</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Edit &gt; Undo or the import history take it back.</source>
        <translation>Editar &gt; Deshacer o el historial de importaciones la retiran.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Se canceló la importación. No se escribió nada.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <source>The column mapping is remembered for the next file like this one.</source>
        <translation>La asignación de columnas se recuerda para el próximo archivo como este.</translation>
    </message>
</context>
<context>
    <name>Needle::Sentences</name>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>for a %1</source>
        <translation>para un %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>semana %1</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>No complete period has a value yet.</source>
        <translation>Ningún periodo completo tiene valor todavía.</translation>
    </message>
    <message>
        <source>%1; no target is set.</source>
        <translation>%1; no hay objetivo fijado.</translation>
    </message>
    <message>
        <source>%1, inside the band of %2.</source>
        <translation>%1, dentro del rango de %2.</translation>
    </message>
    <message>
        <source>%1, below the band of %2.</source>
        <translation>%1, por debajo del rango de %2.</translation>
    </message>
    <message>
        <source>%1, above the band of %2.</source>
        <translation>%1, por encima del rango de %2.</translation>
    </message>
    <message>
        <source>%1, exactly on the target.</source>
        <translation>%1, justo en el objetivo.</translation>
    </message>
    <message>
        <source>%1, above the target of %2.</source>
        <translation>%1, por encima del objetivo de %2.</translation>
    </message>
    <message>
        <source>%1, below the target of %2.</source>
        <translation>%1, por debajo del objetivo de %2.</translation>
    </message>
    <message>
        <source>%1, %2 above the target of %3.</source>
        <translation>%1, %2 por encima del objetivo de %3.</translation>
    </message>
    <message>
        <source>%1, %2 below the target of %3.</source>
        <translation>%1, %2 por debajo del objetivo de %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Level with %1.</source>
        <translation>Al nivel de %1.</translation>
    </message>
    <message>
        <source>%1 away from %2.</source>
        <translation>A %1 de %2.</translation>
    </message>
    <message>
        <source>%1 better than %2.</source>
        <translation>%1 mejor que %2.</translation>
    </message>
    <message>
        <source>%1 worse than %2.</source>
        <translation>%1 peor que %2.</translation>
    </message>
    <message>
        <source>Unchanged on the same period last year.</source>
        <translation>Sin cambios respecto al mismo periodo del año pasado.</translation>
    </message>
    <message>
        <source>Unchanged on the previous period.</source>
        <translation>Sin cambios respecto al periodo anterior.</translation>
    </message>
    <message>
        <source>Up %1 on the same period last year (%2).</source>
        <translation>%1 más que en el mismo periodo del año pasado (%2).</translation>
    </message>
    <message>
        <source>Down %1 on the same period last year (%2).</source>
        <translation>%1 menos que en el mismo periodo del año pasado (%2).</translation>
    </message>
    <message>
        <source>Up %1 on the previous period (%2).</source>
        <translation>%1 más que en el periodo anterior (%2).</translation>
    </message>
    <message>
        <source>Down %1 on the previous period (%2).</source>
        <translation>%1 menos que en el periodo anterior (%2).</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>confianza alta</translation>
    </message>
    <message>
        <source>moderate confidence</source>
        <translation>confianza moderada</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>confianza baja</translation>
    </message>
    <message numerus="yes">
        <source>No clear trend over the last %n periods.</source>
        <translation>
            <numerusform>No hay una tendencia clara en el último periodo.</numerusform>
            <numerusform>No hay una tendencia clara en los últimos %n periodos.</numerusform>
        </translation>
    </message>
    <message>
        <source>good</source>
        <translation>favorable</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>desfavorable</translation>
    </message>
    <message>
        <source>Rising by about %1 a %2 (%3; %4).</source>
        <translation>Sube unos %1 por %2 (%3; %4).</translation>
    </message>
    <message>
        <source>Falling by about %1 a %2 (%3; %4).</source>
        <translation>Baja unos %1 por %2 (%3; %4).</translation>
    </message>
    <message>
        <source>Projected %1 by %2, target %3</source>
        <translation>Proyección %1 para el %2, objetivo %3</translation>
    </message>
    <message>
        <source>%1: on pace.</source>
        <translation>%1: al ritmo previsto.</translation>
    </message>
    <message>
        <source>%1: just short of the pace.</source>
        <translation>%1: justo por debajo del ritmo.</translation>
    </message>
    <message>
        <source>%1: off pace.</source>
        <translation>%1: por detrás del ritmo.</translation>
    </message>
    <message numerus="yes">
        <source>Stale: the last value is from %1 (%n days before the as-of date).</source>
        <translation>
            <numerusform>Desactualizado: el último valor es del %1 (%n día antes de la fecha de referencia).</numerusform>
            <numerusform>Desactualizado: el último valor es del %1 (%n días antes de la fecha de referencia).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n periods all read %1: is the feed stuck?</source>
        <translation>
            <numerusform>El último periodo indica %1: ¿está atascada la fuente?</numerusform>
            <numerusform>Los últimos %n periodos indican todos %1: ¿está atascada la fuente?</numerusform>
        </translation>
    </message>
    <message>
        <source>No owner.</source>
        <translation>Sin responsable.</translation>
    </message>
    <message numerus="yes">
        <source>%n periods in a row above the average of %1.</source>
        <translation>
            <numerusform>%n periodo por encima de la media de %1.</numerusform>
            <numerusform>%n periodos seguidos por encima de la media de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n periods in a row below the average of %1.</source>
        <translation>
            <numerusform>%n periodo por debajo de la media de %1.</numerusform>
            <numerusform>%n periodos seguidos por debajo de la media de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The level moved from about %1 to %2 and stayed there; %3 MADs.</source>
        <translation>El nivel pasó de unos %1 a %2 y se quedó ahí; %3 MAD.</translation>
    </message>
    <message>
        <source>%1 above the expected %2 %3</source>
        <translation>%1 por encima del valor esperado de %2 %3</translation>
    </message>
    <message>
        <source>%1 below the expected %2 %3</source>
        <translation>%1 por debajo del valor esperado de %2 %3</translation>
    </message>
    <message>
        <source>%1 above the expected %2</source>
        <translation>%1 por encima del valor esperado de %2</translation>
    </message>
    <message>
        <source>%1 below the expected %2</source>
        <translation>%1 por debajo del valor esperado de %2</translation>
    </message>
    <message>
        <source>%1; outside the control limits %2 to %3.</source>
        <translation>%1; fuera de los límites de control %2 a %3.</translation>
    </message>
    <message>
        <source>%1; %2 MADs.</source>
        <translation>%1; %2 MAD.</translation>
    </message>
    <message>
        <source> Verdict: %1.</source>
        <translation> Veredicto: %1.</translation>
    </message>
    <message>
        <source> Verdict: %1 (%2).</source>
        <translation> Veredicto: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
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
        <translation>%1 en su mínimo histórico</translation>
    </message>
    <message>
        <source>The highest %1 on record</source>
        <translation>%1 en su máximo histórico</translation>
    </message>
    <message>
        <source>The lowest %1 in %2</source>
        <translation>%1 en su mínimo de %2</translation>
    </message>
    <message>
        <source>The highest %1 in %2</source>
        <translation>%1 en su máximo de %2</translation>
    </message>
    <message>
        <source>a shortfall from %1 of %2, %3 times the usual %4%5</source>
        <translation>una distancia a %1 de %2, %3 veces la habitual de %4%5</translation>
    </message>
    <message>
        <source>a shortfall from %1 of %2 against the usual %3%4</source>
        <translation>una distancia a %1 de %2 frente a la habitual de %3%4</translation>
    </message>
    <message>
        <source>%1 against the usual %2%3</source>
        <translation>%1 frente a lo habitual de %2%3</translation>
    </message>
    <message>
        <source>%1 times the expected %2%3</source>
        <translation>%1 veces el valor esperado de %2%3</translation>
    </message>
    <message>
        <source>%1; %2; %3 MADs.</source>
        <translation>%1; %2; %3 MAD.</translation>
    </message>
</context>
<context>
    <name>Needle::SheetGridModel</name>
    <message>
        <source>TRUE</source>
        <translation>VERDADERO</translation>
    </message>
    <message>
        <source>FALSE</source>
        <translation>FALSO</translation>
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
        <translation>Elegir la hoja</translation>
    </message>
    <message>
        <source>The workbook has several sheets. Choose the one with the KPI values.</source>
        <translation>El libro tiene varias hojas. Elija la que contiene los valores de KPI.</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Hojas</translation>
    </message>
    <message>
        <source>First rows of the sheet</source>
        <translation>Primeras filas de la hoja</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (oculta)</translation>
    </message>
    <message>
        <source>Reading sheet %1...</source>
        <translation>Leyendo la hoja %1…</translation>
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
        <translation>semana %1, %2</translation>
    </message>
    <message>
        <source>This KPI no longer exists.</source>
        <translation>Este KPI ya no existe.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 at the last meeting (%2), %3 now</source>
        <translation>%1 en la última reunión (%2), %3 ahora</translation>
    </message>
    <message>
        <source>Decided on %1: %2</source>
        <translation>Decidido el %1: %2</translation>
    </message>
    <message>
        <source>Done: %1 (%2)</source>
        <translation>Hecho: %1 (%2)</translation>
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
        <translation>Último valor: %1</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Cannot compute</source>
        <translation>No se puede calcular</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Against benchmarks</source>
        <translation>Frente a las referencias</translation>
    </message>
    <message>
        <source>Since the last meeting</source>
        <translation>Desde la última reunión</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, vence %3</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>OVERDUE: %1</source>
        <translation>VENCIDA: %1</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 — not judged yet (V)</source>
        <translation>%1: %2 — aún sin juzgar (V)</translation>
    </message>
    <message>
        <source>Flagged in the period</source>
        <translation>Señalado en el periodo</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Calidad de los datos</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>Needle::SourceConnection</name>
    <message>
        <source>The Qt driver %1 is not installed (Debian: %2).</source>
        <translation>El controlador de Qt %1 no está instalado (Debian: %2).</translation>
    </message>
    <message>
        <source>The SQLite file %1 does not exist.</source>
        <translation>El archivo SQLite %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>The query cannot be prepared: %1</source>
        <translation>La consulta no se puede preparar: %1</translation>
    </message>
    <message>
        <source>The query failed: %1</source>
        <translation>La consulta falló: %1</translation>
    </message>
</context>
<context>
    <name>Needle::SourceEditDialog</name>
    <message>
        <source>Data Source</source>
        <translation>Origen de datos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/db, mysql://user@host/db or sqlite:///path/file.db</source>
        <translation>postgresql://user@host:5432/db, mysql://user@host/db o sqlite:///ruta/archivo.db</translation>
    </message>
    <message>
        <source>No password here: PostgreSQL reads ~/.pgpass or PGPASSWORD, MySQL ~/.my.cnf or MYSQL_PWD.</source>
        <translation>Sin contraseña aquí: PostgreSQL lee ~/.pgpass o PGPASSWORD, MySQL ~/.my.cnf o MYSQL_PWD.</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>(the query names the KPIs: kpi, date, value)</source>
        <translation>(la consulta nombra los KPI: kpi, date, value)</translation>
    </message>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>SELECT day AS date, count(*) AS value FROM signups WHERE day &gt;= :from GROUP BY day</source>
        <translation>SELECT day AS date, count(*) AS value FROM signups WHERE day &gt;= :from GROUP BY day</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Consulta:</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Cada 15 minutos</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>&amp;Actualizar:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>Give the source a name (without &quot;/&quot;).</source>
        <translation>Dé un nombre al origen (sin «/»).</translation>
    </message>
    <message>
        <source>Write the query.</source>
        <translation>Escriba la consulta.</translation>
    </message>
    <message>
        <source>The query failed. Nothing would be written.</source>
        <translation>La consulta falló. No se escribiría nada.</translation>
    </message>
</context>
<context>
    <name>Needle::SourceUrl</name>
    <message>
        <source>&quot;%1&quot; is not a source URL: use postgresql://, mysql:// or sqlite:///.</source>
        <translation>«%1» no es una URL de origen: use postgresql://, mysql:// o sqlite:///.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>«%1» no es una URL válida: %2</translation>
    </message>
    <message>
        <source>The URL holds a password. Passwords are never stored: put it in ~/.pgpass or PGPASSWORD (PostgreSQL), ~/.my.cnf or MYSQL_PWD (MySQL).</source>
        <translation>La URL contiene una contraseña. Las contraseñas nunca se guardan: póngala en ~/.pgpass o PGPASSWORD (PostgreSQL), ~/.my.cnf o MYSQL_PWD (MySQL).</translation>
    </message>
    <message>
        <source>A SQLite source needs an absolute path: sqlite:///path/to/file.db.</source>
        <translation>Un origen SQLite necesita una ruta absoluta: sqlite:///ruta/al/archivo.db.</translation>
    </message>
    <message>
        <source>The URL names no database: add /dbname after the host.</source>
        <translation>La URL no nombra ninguna base de datos: añada /nombre después del host.</translation>
    </message>
    <message>
        <source>The URL names no host.</source>
        <translation>La URL no nombra ningún host.</translation>
    </message>
</context>
<context>
    <name>Needle::SourcesController</name>
    <message>
        <source>Data &amp;Sources...</source>
        <translation>Orí&amp;genes de datos...</translation>
    </message>
    <message>
        <source>Data &amp;Source...</source>
        <translation>Orí&amp;gen de datos...</translation>
    </message>
    <message>
        <source>Refreshing %1...</source>
        <translation>Actualizando %1...</translation>
    </message>
    <message>
        <source>Refreshing %1 failed: %2</source>
        <translation>La actualización de %1 falló: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled job(s) ran.</source>
        <translation>
            <numerusform>Se ejecutó una tarea programada.</numerusform>
            <numerusform>Se ejecutaron %n tareas programadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::SpreadsheetReader</name>
    <message>
        <source>the file is password-protected (encrypted); save it without a password and import it again</source>
        <translation>el archivo está protegido con contraseña (cifrado); guárdelo sin contraseña e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>this is a legacy Word document, not a spreadsheet</source>
        <translation>es un documento antiguo de Word, no una hoja de cálculo</translation>
    </message>
    <message>
        <source>this is a legacy PowerPoint file, not a spreadsheet</source>
        <translation>es un archivo antiguo de PowerPoint, no una hoja de cálculo</translation>
    </message>
    <message>
        <source>this is a legacy Excel .xls file, which Needle does not read; save it as .xlsx, .ods or .csv</source>
        <translation>es un archivo antiguo de Excel .xls, que Needle no lee; guárdelo como .xlsx, .ods o .csv</translation>
    </message>
    <message>
        <source>this is a PDF document, not a spreadsheet</source>
        <translation>es un documento PDF, no una hoja de cálculo</translation>
    </message>
    <message>
        <source>this is a gzip-compressed file; decompress it first</source>
        <translation>es un archivo comprimido con gzip; descomprímalo primero</translation>
    </message>
    <message>
        <source>this is a compressed archive, not a spreadsheet</source>
        <translation>es un archivo comprimido, no una hoja de cálculo</translation>
    </message>
    <message>
        <source>this is an image, not a spreadsheet</source>
        <translation>es una imagen, no una hoja de cálculo</translation>
    </message>
    <message>
        <source>this is an Excel 2003 XML spreadsheet, which Needle does not read; save it as .xlsx, .ods or .csv</source>
        <translation>es una hoja de cálculo XML de Excel 2003, que Needle no lee; guárdela como .xlsx, .ods o .csv</translation>
    </message>
    <message>
        <source>this is a web page (HTML), not a spreadsheet; save it as .xlsx, .ods or .csv</source>
        <translation>es una página web (HTML), no una hoja de cálculo; guárdela como .xlsx, .ods o .csv</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>this is an OpenDocument text document, not a spreadsheet</source>
        <translation>es un documento de texto OpenDocument, no una hoja de cálculo</translation>
    </message>
    <message>
        <source>this is an OpenDocument presentation, not a spreadsheet</source>
        <translation>es una presentación OpenDocument, no una hoja de cálculo</translation>
    </message>
    <message>
        <source>this is a Word document, not a spreadsheet</source>
        <translation>es un documento de Word, no una hoja de cálculo</translation>
    </message>
    <message>
        <source>this is a PowerPoint presentation, not a spreadsheet</source>
        <translation>es una presentación de PowerPoint, no una hoja de cálculo</translation>
    </message>
    <message>
        <source>this is a ZIP archive that holds no spreadsheet</source>
        <translation>es un archivo ZIP que no contiene ninguna hoja de cálculo</translation>
    </message>
    <message>
        <source>the file is named .%1 but holds CSV text; it is read as CSV</source>
        <translation>el archivo se llama .%1 pero contiene texto CSV; se lee como CSV</translation>
    </message>
    <message>
        <source>this is a flat OpenDocument file (.fods), which Needle does not read; save it as .ods, .xlsx or .csv</source>
        <translation>es un archivo OpenDocument plano (.fods), que Needle no lee; guárdelo como .ods, .xlsx o .csv</translation>
    </message>
    <message>
        <source>this is a pipe or device, not a regular file; save the data to a file first and name that file</source>
        <translation>esto es una tubería o un dispositivo, no un archivo normal; guarde primero los datos en un archivo e indique ese archivo</translation>
    </message>
</context>
<context>
    <name>Needle::Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation>Error de base de datos: %1</translation>
    </message>
    <message>
        <source>The workspace is not an SQLite database.</source>
        <translation>El espacio de trabajo no es una base de datos SQLite.</translation>
    </message>
    <message>
        <source>Another Needle or another program is writing to the workspace; try again when it has finished.</source>
        <translation>Otro Needle u otro programa está escribiendo en el espacio de trabajo; vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>The disk holding the workspace is full; make room on it and try again.</source>
        <translation>El disco que contiene el espacio de trabajo está lleno; libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database gave the new row no id.</source>
        <translation>La base de datos no dio ningún identificador a la nueva fila.</translation>
    </message>
</context>
<context>
    <name>Needle::StartMeetingDialog</name>
    <message>
        <source>Start meeting</source>
        <translation>Iniciar reunión</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Period under review:</source>
        <translation>&amp;Periodo revisado:</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Asistentes:</translation>
    </message>
    <message>
        <source>&amp;Skip the KPIs with nothing to discuss (they stay on the agenda)</source>
        <translation>&amp;Omitir los KPI sin nada que tratar (siguen en el orden del día)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 × %4)</source>
        <translation>%1: %2 (%3 × %4)</translation>
    </message>
    <message>
        <source>Present &amp;on:</source>
        <translation>Presentar &amp;en:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>A meeting needs a title and a period that starts before it ends.</source>
        <translation>Una reunión necesita un título y un periodo que empiece antes de terminar.</translation>
    </message>
    <message>
        <source>&amp;Plan the agenda first...</source>
        <translation>&amp;Preparar antes el orden del día...</translation>
    </message>
    <message>
        <source>Saves the meeting with its proposed agenda to reorder, skip and add KPIs before it starts.</source>
        <translation>Guarda la reunión con el orden del día propuesto para reordenar, saltar y añadir KPI antes de que empiece.</translation>
    </message>
    <message>
        <source>Screen %1 (%2 × %3)</source>
        <translation>Pantalla %1 (%2 × %3)</translation>
    </message>
</context>
<context>
    <name>Needle::StatusNotice</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>File written</source>
        <translation>Archivo escrito</translation>
    </message>
</context>
<context>
    <name>Needle::TargetForm</name>
    <message>
        <source>Edit target</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigor desde</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;En vigor desde:</translation>
    </message>
    <message>
        <source>Band low</source>
        <translation>Rango inferior</translation>
    </message>
    <message>
        <source>Band high</source>
        <translation>Rango superior</translation>
    </message>
    <message>
        <source>Band &amp;low:</source>
        <translation>Rango &amp;inferior:</translation>
    </message>
    <message>
        <source>Band &amp;high:</source>
        <translation>Rango &amp;superior:</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Valor objetivo</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Tolerance for at risk</source>
        <translation>Tolerancia para «en riesgo»</translation>
    </message>
    <message>
        <source>How far the value may miss the target and still count as &quot;at risk&quot; rather than &quot;off track&quot;.</source>
        <translation>Cuánto puede desviarse el valor del objetivo y seguir contando como «en riesgo» en lugar de «desviado».</translation>
    </message>
    <message>
        <source>&amp;Tolerance:</source>
        <translation>&amp;Tolerancia:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Periods the target applies to</source>
        <translation>Periodos a los que se aplica el objetivo</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>the week of %1</source>
        <translation>la semana del %1</translation>
    </message>
    <message>
        <source>The KPI has no values yet; the target applies to every period from this date on.</source>
        <translation>El KPI aún no tiene valores; el objetivo se aplica a cada periodo desde esta fecha.</translation>
    </message>
    <message>
        <source>Applies to no period with values: a later target takes over from %1.</source>
        <translation>No se aplica a ningún periodo con valores: un objetivo posterior rige desde el %1.</translation>
    </message>
    <message>
        <source>Applies to no period with values yet: the latest is %1. Choose an earlier date to apply it to the values there are.</source>
        <translation>Aún no se aplica a ningún periodo con valores: el último es %1. Elija una fecha anterior para aplicarlo a los valores que hay.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Applies to every period with values (%1).</source>
        <translation>Se aplica a cada periodo con valores (%1).</translation>
    </message>
    <message>
        <source>Applies to %1 of the %2 periods with values (%3).</source>
        <translation>Se aplica a %1 de los %2 periodos con valores (%3).</translation>
    </message>
    <message>
        <source>From %1 the next target applies.</source>
        <translation>Desde el %1 rige el objetivo siguiente.</translation>
    </message>
    <message>
        <source>It also applies to every later period.</source>
        <translation>También se aplica a cada periodo posterior.</translation>
    </message>
</context>
<context>
    <name>Needle::TargetModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Needle::TargetsDialog</name>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Objetivos: %1</translation>
    </message>
</context>
<context>
    <name>Needle::Theme</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
</context>
<context>
    <name>Needle::TileText</name>
    <message>
        <source>vs previous day</source>
        <translation>vs. día anterior</translation>
    </message>
    <message>
        <source>vs previous week</source>
        <translation>vs. semana anterior</translation>
    </message>
    <message>
        <source>vs previous month</source>
        <translation>vs. mes anterior</translation>
    </message>
    <message>
        <source>vs previous quarter</source>
        <translation>vs. trimestre anterior</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (hasta ahora)</translation>
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
        <translation>mejor</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>Target %1 to %2</source>
        <translation>Objetivo %1 a %2</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Anomalies: %n</source>
        <translation>
            <numerusform>Anomalías: %n</numerusform>
            <numerusform>Anomalías: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Benchmark source: %1 (%2)</source>
        <translation>Fuente de la referencia: %1 (%2)</translation>
    </message>
    <message>
        <source>Overdue action items:</source>
        <translation>Tareas vencidas:</translation>
    </message>
    <message>
        <source>• %1 (due %2)</source>
        <translation>• %1 (vence %2)</translation>
    </message>
    <message>
        <source>• %1 (%2, due %3)</source>
        <translation>• %1 (%2, vence %3)</translation>
    </message>
    <message numerus="yes">
        <source>Overdue actions: %n</source>
        <translation>
            <numerusform>Tareas vencidas: %n</numerusform>
            <numerusform>Tareas vencidas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>Needle::UndoBatchCommand</name>
    <message>
        <source>Undo import of %1</source>
        <translation>Deshacer la importación de %1</translation>
    </message>
</context>
<context>
    <name>Needle::UserTimer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>No se puede eliminar %1.</translation>
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
        <translation>%1 días</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
</context>
<context>
    <name>Needle::ValueParser</name>
    <message>
        <source>the cell is empty, a number is expected</source>
        <translation>la celda está vacía, se espera un número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: it could be %2 or %3; choose the number format</source>
        <translation>«%1» es ambiguo: podría ser %2 o %3; elija el formato de número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation>«%1» no es una fecha válida</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid week: %2 has %3 ISO weeks</source>
        <translation>«%1» no es una semana válida: %2 tiene %3 semanas ISO</translation>
    </message>
    <message>
        <source>the cell is empty, a date is expected</source>
        <translation>la celda está vacía, se espera una fecha</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: day/month or month/day; choose the date order</source>
        <translation>«%1» es ambiguo: día/mes o mes/día; elija el orden de las fechas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid quarter</source>
        <translation>«%1» no es un trimestre válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>«%1» no es una fecha</translation>
    </message>
</context>
<context>
    <name>Needle::WatchedFoldersDialog</name>
    <message>
        <source>Watched Folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Carpetas vigiladas</translation>
    </message>
    <message>
        <source>&amp;Add Folder...</source>
        <translation>&amp;Añadir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>This folder does not exist at the moment.</source>
        <translation>Esta carpeta no existe en este momento.</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Vigilar carpeta</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>New or changed spreadsheets in these folders are imported in the background, each with the mapping saved when a file of the same shape was imported with the wizard, or as it is when it needs no questions. Results appear in the status bar, the import history and the log below. Untick a folder to pause it.</source>
        <translation>Las hojas de cálculo nuevas o modificadas de estas carpetas se importan en segundo plano, cada una con la asignación guardada al importar con el asistente un archivo de la misma forma, o tal cual si no plantea preguntas. Los resultados aparecen en la barra de estado, el historial de importaciones y el registro de abajo. Desmarque una carpeta para pausarla.</translation>
    </message>
    <message>
        <source>Files tried since Needle started:</source>
        <translation>Archivos probados desde que se inició Needle:</translation>
    </message>
    <message>
        <source>Files tried since Needle started</source>
        <translation>Archivos probados desde que se inició Needle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No importado: %1</translation>
    </message>
</context>
<context>
    <name>Needle::Workspace</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>An owner needs a name.</source>
        <translation>Un responsable necesita un nombre.</translation>
    </message>
    <message>
        <source>An owner called %1 already exists.</source>
        <translation>Ya existe un responsable llamado %1.</translation>
    </message>
    <message>
        <source>Add owner %1</source>
        <translation>Añadir el responsable %1</translation>
    </message>
    <message>
        <source>The owner no longer exists.</source>
        <translation>El responsable ya no existe.</translation>
    </message>
    <message>
        <source>Edit owner %1</source>
        <translation>Editar el responsable %1</translation>
    </message>
    <message>
        <source>Remove owner %1</source>
        <translation>Quitar el responsable %1</translation>
    </message>
    <message>
        <source>A KPI with the key %1 already exists.</source>
        <translation>Ya existe un KPI con la clave %1.</translation>
    </message>
    <message>
        <source>Add KPI %1</source>
        <translation>Añadir el KPI %1</translation>
    </message>
    <message>
        <source>The KPI no longer exists.</source>
        <translation>El KPI ya no existe.</translation>
    </message>
    <message>
        <source>Edit KPI %1</source>
        <translation>Editar el KPI %1</translation>
    </message>
    <message>
        <source>Remove KPI %1</source>
        <translation>Quitar el KPI %1</translation>
    </message>
    <message>
        <source>The KPI of this target no longer exists.</source>
        <translation>El KPI de este objetivo ya no existe.</translation>
    </message>
    <message>
        <source>A target needs the date it takes effect.</source>
        <translation>Un objetivo necesita la fecha en que entra en vigor.</translation>
    </message>
    <message>
        <source>A target needs a value, or a low and a high bound.</source>
        <translation>Un objetivo necesita un valor, o un límite inferior y uno superior.</translation>
    </message>
    <message>
        <source>The low bound of a band must not exceed the high bound.</source>
        <translation>El límite inferior de un rango no puede superar el límite superior.</translation>
    </message>
    <message>
        <source>The deadline must not be before the target takes effect.</source>
        <translation>El plazo no puede ser anterior a la entrada en vigor del objetivo.</translation>
    </message>
    <message>
        <source>The tolerance must be between 0% and 100%.</source>
        <translation>La tolerancia debe estar entre el 0 % y el 100 %.</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>The target no longer exists.</source>
        <translation>El objetivo ya no existe.</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <source>The KPI of this benchmark no longer exists.</source>
        <translation>El KPI de esta referencia ya no existe.</translation>
    </message>
    <message>
        <source>A benchmark needs a label, such as &quot;SaaS median&quot;.</source>
        <translation>Una referencia necesita una etiqueta, como «Mediana SaaS».</translation>
    </message>
    <message>
        <source>A benchmark needs a finite value.</source>
        <translation>Una referencia necesita un valor finito.</translation>
    </message>
    <message>
        <source>Add benchmark %1</source>
        <translation>Añadir la referencia %1</translation>
    </message>
    <message>
        <source>The benchmark no longer exists.</source>
        <translation>La referencia ya no existe.</translation>
    </message>
    <message>
        <source>Edit benchmark %1</source>
        <translation>Editar la referencia %1</translation>
    </message>
    <message>
        <source>Remove benchmark %1</source>
        <translation>Quitar la referencia %1</translation>
    </message>
    <message>
        <source>Set value</source>
        <translation>Establecer valor</translation>
    </message>
    <message>
        <source>There is no value on %1.</source>
        <translation>No hay ningún valor el %1.</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Quitar valor</translation>
    </message>
    <message>
        <source>A value needs a valid date.</source>
        <translation>Un valor necesita una fecha válida.</translation>
    </message>
    <message>
        <source>A value must be a finite number.</source>
        <translation>Un valor debe ser un número finito.</translation>
    </message>
    <message>
        <source>%1 is computed from its formula; its values cannot be typed in.</source>
        <translation>%1 se calcula a partir de su fórmula; sus valores no se pueden introducir a mano.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Una nota necesita algo de texto.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>La nota ya no existe.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar: %1</translation>
    </message>
    <message>
        <source>A verdict needs the period it judges.</source>
        <translation>Un veredicto necesita el periodo que juzga.</translation>
    </message>
    <message>
        <source>Record verdict</source>
        <translation>Registrar el veredicto</translation>
    </message>
    <message>
        <source>The verdict no longer exists.</source>
        <translation>El veredicto ya no existe.</translation>
    </message>
    <message>
        <source>Remove verdict</source>
        <translation>Quitar el veredicto</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Una reunión necesita un título.</translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Una reunión necesita una fecha.</translation>
    </message>
    <message>
        <source>There is already a source named &quot;%1&quot;.</source>
        <translation>Ya existe un origen llamado «%1».</translation>
    </message>
</context>
<context>
    <name>Needle::WorkspaceLock</name>
    <message>
        <source>process %1 on %2</source>
        <translation>proceso %1 en %2</translation>
    </message>
    <message>
        <source>Workspace already open</source>
        <translation>Espacio de trabajo ya abierto</translation>
    </message>
    <message>
        <source>&amp;Open Here Too</source>
        <translation>&amp;Abrir también aquí</translation>
    </message>
</context>
<context>
    <name>Needle::WorkspaceStatus</name>
    <message>
        <source>Last import</source>
        <translation>Última importación</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Actualidad de los datos</translation>
    </message>
    <message>
        <source>No imports yet</source>
        <translation>Todavía no hay importaciones</translation>
    </message>
    <message>
        <source>Every import undone</source>
        <translation>Todas las importaciones deshechas</translation>
    </message>
    <message>
        <source>Import KPI values with File &gt; Import... or by dropping a spreadsheet on the window. Click to open the import history.</source>
        <translation>Importe valores con Archivo &gt; Importar... o soltando una hoja de cálculo en la ventana. Haga clic para abrir el historial de importaciones.</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, hoja %2</translation>
    </message>
    <message>
        <source>%1 (last value %2)</source>
        <translation>%1 (último valor %2)</translation>
    </message>
    <message>
        <source>Checking data freshness...</source>
        <translation>Comprobando la actualidad de los datos...</translation>
    </message>
    <message>
        <source>No values yet</source>
        <translation>Todavía no hay valores</translation>
    </message>
    <message>
        <source>No KPI has a value yet.</source>
        <translation>Ningún KPI tiene valores todavía.</translation>
    </message>
    <message>
        <source>Data as of %1; every KPI current</source>
        <translation>Datos hasta el %1; todos los KPI al día</translation>
    </message>
    <message>
        <source>The latest value is from %1 and every KPI has a recent value for its cadence.</source>
        <translation>El valor más reciente es del %1 y cada KPI tiene un valor reciente para su frecuencia.</translation>
    </message>
    <message>
        <source>No value for more than one and a half periods of their cadence:
%1</source>
        <translation>Sin valores desde hace más de un periodo y medio de su frecuencia:
%1</translation>
    </message>
    <message>
        <source>Last import: %1, %2, values: %3</source>
        <translation>Última importación: %1, %2, valores: %3</translation>
    </message>
    <message>
        <source>%1 imported on %2. Values written: %3; rows read: %4. Click to open the import history.</source>
        <translation>%1 importado el %2. Valores escritos: %3; filas leídas: %4. Haga clic para abrir el historial de importaciones.</translation>
    </message>
    <message numerus="yes">
        <source>Data as of %1; stale KPIs: %n</source>
        <translation>
            <numerusform>Datos hasta el %1; KPI desactualizados: %n</numerusform>
            <numerusform>Datos hasta el %1; KPI desactualizados: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Needle::XlsxFormats</name>
    <message>
        <source>%1 is not a date in the spreadsheet&apos;s date system</source>
        <translation>%1 no es una fecha en el sistema de fechas de la hoja</translation>
    </message>
    <message>
        <source>the date is 1900-02-29, a day that does not exist (Excel&apos;s 1900 leap-year bug)</source>
        <translation>la fecha es 1900-02-29, un día que no existe (el error del año bisiesto 1900 de Excel)</translation>
    </message>
    <message>
        <source>the date is 1900-01-00, which does not exist</source>
        <translation>la fecha es 1900-01-00, que no existe</translation>
    </message>
</context>
<context>
    <name>Needle::XlsxReader</name>
    <message>
        <source>the package has no workbook part; it is not an Excel workbook</source>
        <translation>el paquete no tiene parte de libro; no es un libro de Excel</translation>
    </message>
    <message>
        <source>the part %1 cannot be read: %2 (line %3)</source>
        <translation>la parte %1 no se puede leer: %2 (línea %3)</translation>
    </message>
    <message>
        <source>the sheet %1 has no part %2 in the package</source>
        <translation>la hoja %1 no tiene la parte %2 en el paquete</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>el libro no tiene ninguna hoja de cálculo</translation>
    </message>
    <message>
        <source>the part %1 defines more than a million cell styles</source>
        <translation>la parte %1 define más de un millón de estilos de celda</translation>
    </message>
    <message>
        <source>a shared string holds more than %1 characters</source>
        <translation>una cadena compartida contiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>elements are nested too deeply</source>
        <translation>los elementos están anidados demasiado</translation>
    </message>
    <message>
        <source>the shared strings hold more than %1 million characters</source>
        <translation>las cadenas compartidas contienen más de %1 millones de caracteres</translation>
    </message>
    <message>
        <source>the merged cells cover more than a million cells; they are read as they are stored, not filled</source>
        <translation>las celdas combinadas abarcan más de un millón de celdas; se leen tal como están guardadas, sin rellenar</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;</source>
        <translation>el libro no tiene la hoja «%1»</translation>
    </message>
    <message>
        <source>row number %1 is beyond Excel&apos;s %2 rows</source>
        <translation>el número de fila %1 supera las %2 filas de Excel</translation>
    </message>
    <message>
        <source>the rows are out of order</source>
        <translation>las filas no están en orden</translation>
    </message>
    <message>
        <source>the cell reference %1 is malformed</source>
        <translation>la referencia de celda %1 está mal formada</translation>
    </message>
    <message>
        <source>the cell reference %1 is beyond Excel&apos;s limits</source>
        <translation>la referencia de celda %1 supera los límites de Excel</translation>
    </message>
    <message>
        <source>the cell %1 is out of order</source>
        <translation>la celda %1 no está en orden</translation>
    </message>
    <message>
        <source>the formula has no saved result; open and save the file in a spreadsheet program to compute it</source>
        <translation>la fórmula no tiene resultado guardado; abra y guarde el archivo en un programa de hojas de cálculo para calcularlo</translation>
    </message>
    <message>
        <source>the shared string %1 does not exist</source>
        <translation>la cadena compartida %1 no existe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>«%1» no es una fecha</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>the shared strings hold more than %1 million entries</source>
        <translation>las cadenas compartidas contienen más de %1 millones de entradas</translation>
    </message>
</context>
<context>
    <name>Needle::XmlGuard</name>
    <message>
        <source>it contains a DOCTYPE declaration, which Needle refuses</source>
        <translation>contiene una declaración DOCTYPE, que Needle rechaza</translation>
    </message>
    <message>
        <source>elements are nested too deeply</source>
        <translation>los elementos están anidados demasiado</translation>
    </message>
    <message>
        <source>a cell holds more than %1 characters</source>
        <translation>una celda contiene más de %1 caracteres</translation>
    </message>
</context>
<context>
    <name>Needle::ZipPackage</name>
    <message>
        <source>the archive entry %1 is damaged</source>
        <translation>la entrada de archivo %1 está dañada</translation>
    </message>
    <message>
        <source>the archive entry %1 is damaged (its checksum does not match)</source>
        <translation>la entrada de archivo %1 está dañada (su suma de comprobación no coincide)</translation>
    </message>
    <message>
        <source>the archive entry %1 inflates to more than %2 MB; it may be a zip bomb</source>
        <translation>la entrada de archivo %1 se descomprime en más de %2 MB; podría ser una bomba ZIP</translation>
    </message>
    <message>
        <source>the archive entry %1 is compressed more than %2 times; it may be a zip bomb</source>
        <translation>la entrada de archivo %1 está comprimida más de %2 veces; podría ser una bomba ZIP</translation>
    </message>
    <message>
        <source>the archive is damaged or truncated</source>
        <translation>el archivo está dañado o truncado</translation>
    </message>
    <message>
        <source>the archive holds more than 100,000 entries</source>
        <translation>el archivo contiene más de 100.000 entradas</translation>
    </message>
    <message>
        <source>the archive holds an entry with an unsafe name (%1)</source>
        <translation>el archivo contiene una entrada con un nombre inseguro (%1)</translation>
    </message>
    <message>
        <source>the archive holds the entry %1 twice</source>
        <translation>el archivo contiene la entrada %1 dos veces</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>falta la parte %1</translation>
    </message>
    <message>
        <source>the archive entry %1 cannot be read; the file is damaged</source>
        <translation>la entrada de archivo %1 no se puede leer; el archivo está dañado</translation>
    </message>
    <message>
        <source>the part %1 is larger than %2 MB</source>
        <translation>la parte %1 supera los %2 MB</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>This command is not available in this build.</source>
        <translation>Esta orden no está disponible en esta compilación.</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>no se pudo escribir la salida</translation>
    </message>
    <message>
        <source>Could not write to standard output (%1); the output is incomplete.</source>
        <translation>No se pudo escribir en la salida estándar (%1); la salida está incompleta.</translation>
    </message>
</context>
</TS>
