#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace Needle::Migrations {

namespace {

// Version 1: every entity of the domain (DESIGN section 2). Dates are ISO text, so the same
// statements run on PostgreSQL; only the WITHOUT ROWID clustering of values is SQLite's.
const char *const version1[] = {
    R"(CREATE TABLE workspace_info (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TABLE owner (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        email TEXT NOT NULL DEFAULT '',
        team TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE kpi (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE CHECK (length(key) BETWEEN 1 AND 64),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        description TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (category IN ('financial','customer','operational','internal')),
        indicator TEXT NOT NULL CHECK (indicator IN ('leading','lagging')),
        unit TEXT NOT NULL CHECK (unit IN ('count','currency','percent','ratio','score','duration')),
        currency TEXT NOT NULL DEFAULT '',
        direction TEXT NOT NULL CHECK (direction IN ('higher','lower','band')),
        cadence TEXT NOT NULL CHECK (cadence IN ('daily','weekly','monthly','quarterly')),
        aggregation TEXT NOT NULL CHECK (aggregation IN ('sum','average','last','min','max')),
        decimals INTEGER NOT NULL DEFAULT 0 CHECK (decimals BETWEEN 0 AND 6),
        formula TEXT NOT NULL DEFAULT '',
        owner_id INTEGER REFERENCES owner(id) ON DELETE SET NULL,
        source_note TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '',
        omtm INTEGER NOT NULL DEFAULT 0 CHECK (omtm IN (0,1)),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0,1)),
        sensitivity TEXT NOT NULL DEFAULT 'normal' CHECK (sensitivity IN ('low','normal','high'))))",
    // At most one "one metric that matters" per workspace.
    "CREATE UNIQUE INDEX kpi_single_omtm ON kpi(omtm) WHERE omtm = 1",
    R"(CREATE TABLE target (
        id INTEGER PRIMARY KEY,
        kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
        value REAL,
        low REAL,
        high REAL,
        effective_from TEXT NOT NULL,
        deadline TEXT,
        tolerance REAL NOT NULL DEFAULT 0.05 CHECK (tolerance >= 0 AND tolerance <= 1),
        note TEXT NOT NULL DEFAULT '',
        CHECK (value IS NOT NULL OR (low IS NOT NULL AND high IS NOT NULL)),
        CHECK (low IS NULL OR high IS NULL OR low <= high),
        CHECK (deadline IS NULL OR deadline >= effective_from)))",
    "CREATE INDEX target_kpi ON target(kpi_id, effective_from)",
    R"(CREATE TABLE benchmark (
        id INTEGER PRIMARY KEY,
        kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
        label TEXT NOT NULL CHECK (length(trim(label)) > 0),
        value REAL NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        as_of TEXT))",
    "CREATE INDEX benchmark_kpi ON benchmark(kpi_id)",
    R"(CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        sheet TEXT NOT NULL DEFAULT '',
        layout TEXT NOT NULL DEFAULT '',
        mapping TEXT NOT NULL DEFAULT '',
        rows_read INTEGER NOT NULL DEFAULT 0,
        values_written INTEGER NOT NULL DEFAULT 0,
        imported_at TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0,1))))",
    // One value per KPI and date. Clustered on (kpi, date) so a KPI's series and the roll-ups
    // read the table in order, without a second index (see DESIGN section 3).
    R"(CREATE TABLE measurement (
        kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        value REAL NOT NULL,
        batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
        source_row INTEGER,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (kpi_id, date)) WITHOUT ROWID)",
    "CREATE INDEX measurement_batch ON measurement(batch_id) WHERE batch_id IS NOT NULL",
    // What an import replaced, so undoing the batch restores it exactly (NULL old_value: the
    // batch created the value).
    R"(CREATE TABLE replaced_value (
        batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        old_value REAL,
        old_batch_id INTEGER,
        old_source_row INTEGER,
        old_note TEXT,
        PRIMARY KEY (batch_id, kpi_id, date)))",
    R"(CREATE TABLE saved_mapping (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        file_pattern TEXT NOT NULL,
        header TEXT NOT NULL,
        mapping TEXT NOT NULL,
        created_at TEXT NOT NULL))",
    R"(CREATE TABLE watched_folder (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0,1))))",
    R"(CREATE TABLE review_meeting (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        attendees TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','running','closed')),
        period_from TEXT,
        period_to TEXT,
        current_item INTEGER NOT NULL DEFAULT 0,
        started_at TEXT,
        ended_at TEXT))",
    R"(CREATE TABLE agenda_item (
        meeting_id INTEGER NOT NULL REFERENCES review_meeting(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
        reason TEXT NOT NULL DEFAULT '',
        skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0,1)),
        seconds_spent INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (meeting_id, position)))",
    R"(CREATE TABLE review_note (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER REFERENCES review_meeting(id) ON DELETE CASCADE,
        kpi_id INTEGER REFERENCES kpi(id) ON DELETE SET NULL,
        period TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('note','decision','action')),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        author TEXT NOT NULL DEFAULT '',
        owner_id INTEGER REFERENCES owner(id) ON DELETE SET NULL,
        due_date TEXT,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0,1)),
        created_at TEXT NOT NULL))",
    "CREATE INDEX review_note_kpi ON review_note(kpi_id)",
    "CREATE INDEX review_note_meeting ON review_note(meeting_id)",
    R"(CREATE TABLE anomaly_verdict (
        id INTEGER PRIMARY KEY,
        kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
        period TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('confirmed','known_cause','not_anomaly')),
        explanation TEXT NOT NULL DEFAULT '',
        meeting_id INTEGER REFERENCES review_meeting(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        UNIQUE (kpi_id, period)))",
    R"(CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        kpi_id INTEGER,
        field TEXT NOT NULL DEFAULT '',
        old_value TEXT,
        new_value TEXT))",
    "CREATE INDEX change_log_kpi ON change_log(kpi_id, id)",
};

// Version 2: live data sources and automation (issue 18). A refresh is an import batch; the
// run log keeps each job's outcome (and links the batch it wrote), the lock lets one runner
// work at a time. Passwords are never stored: the URL has none.
const char *const version2[] = {
    R"(CREATE TABLE data_source (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        url TEXT NOT NULL CHECK (length(url) > 0),
        query TEXT NOT NULL CHECK (length(trim(query)) > 0),
        kpi_id INTEGER REFERENCES kpi(id) ON DELETE CASCADE,
        interval_seconds INTEGER NOT NULL DEFAULT 86400 CHECK (interval_seconds >= 0),
        lookback_periods INTEGER NOT NULL DEFAULT 2 CHECK (lookback_periods >= 0),
        timeout_seconds INTEGER NOT NULL DEFAULT 60 CHECK (timeout_seconds > 0),
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0,1)),
        created_at TEXT NOT NULL))",
    R"(CREATE TABLE scheduled_export (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('pdf','check')),
        folder TEXT NOT NULL CHECK (length(folder) > 0),
        schedule TEXT NOT NULL,
        options TEXT NOT NULL DEFAULT '',
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0,1)),
        created_at TEXT NOT NULL))",
    R"(CREATE TABLE job_run (
        id INTEGER PRIMARY KEY,
        source_id INTEGER REFERENCES data_source(id) ON DELETE SET NULL,
        export_id INTEGER REFERENCES scheduled_export(id) ON DELETE SET NULL,
        job TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('written','unchanged','rejected','failed')),
        batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
        server TEXT NOT NULL DEFAULT '',
        query_hash TEXT NOT NULL DEFAULT '',
        window_from TEXT,
        window_to TEXT,
        rows_read INTEGER NOT NULL DEFAULT 0,
        values_written INTEGER NOT NULL DEFAULT 0,
        output TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX job_run_source ON job_run(source_id, id)",
    "CREATE INDEX job_run_export ON job_run(export_id, id)",
    R"(CREATE TABLE job_lock (
        name TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        acquired_at TEXT NOT NULL,
        expires_at TEXT NOT NULL))",
};

template <size_t N>
QStringList toList(const char *const (&statements)[N])
{
    QStringList list;
    for (const char *s : statements)
        list << QString::fromUtf8(s);
    return list;
}

} // namespace

QStringList statementsFor(int version)
{
    switch (version) {
    case 1:
        return toList(version1);
    case 2:
        return toList(version2);
    default:
        return {};
    }
}

bool upgrade(const QSqlDatabase &db, QString *errorMessage)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Sql::exec(q, errorMessage);
    int version = q.value(0).toInt();
    q.finish();
    while (version < Database::CurrentVersion) {
        const int next = version + 1;
        Sql::WriteTransaction tx(db);
        if (!tx.begin(errorMessage))
            return false;
        for (const QString &statement : statementsFor(next)) {
            if (!Sql::exec(db, statement, errorMessage))
                return false;
        }
        if (next == 1
            && !Sql::exec(db,
                          QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
                          errorMessage))
            return false;
        if (!Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(next), errorMessage)
            || !tx.commit(errorMessage))
            return false;
        version = next;
    }
    return true;
}

} // namespace Needle::Migrations
