#include "PostgresBeneficiaryCopier.h"

#include "domain/Beneficiary.h"
#include "storage/Database.h"
#include "storage/PostgresCopy.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kStageColumns = QStringLiteral(
    "seq, registry_id, given_name, family_name, gender, birth_date, household_id, household_size, region, district, "
    "phone, payee_type, payee_address, national_id, active");

} // namespace

PostgresBeneficiaryCopier::PostgresBeneficiaryCopier(Database& database) : m_database(database)
{
    // The stage goes with the transaction: an import that fails or is cancelled leaves nothing.
    QSqlQuery create(m_database.connection());
    if (!create.exec(QStringLiteral(
            "CREATE TEMPORARY TABLE beneficiary_import_stage (seq INTEGER NOT NULL, registry_id TEXT NOT NULL, "
            "given_name TEXT NOT NULL, family_name TEXT NOT NULL, gender TEXT NOT NULL, birth_date TEXT, "
            "household_id TEXT NOT NULL, household_size INTEGER NOT NULL, region TEXT NOT NULL, "
            "district TEXT NOT NULL, phone TEXT NOT NULL, payee_type TEXT NOT NULL, payee_address TEXT NOT NULL, "
            "national_id TEXT NOT NULL, active INTEGER NOT NULL) ON COMMIT DROP"))) {
        m_error = create.lastError().text();
    }
    // Only the first row of a registry id within the batch is offered: ON CONFLICT cannot change a
    // row twice in one statement. The rest of the upsert is the row-by-row one's.
    QString upsert = upsertSql(m_database.dialect());
    const qsizetype values = upsert.indexOf(QStringLiteral(" VALUES ("));
    const qsizetype conflict = upsert.indexOf(QStringLiteral(" ON CONFLICT"));
    m_mergeSql = upsert.left(values) +
                 QStringLiteral(" SELECT DISTINCT ON (registry_id) %1, ?, ?, ? "
                                "FROM beneficiary_import_stage ORDER BY registry_id, seq")
                     .arg(kStageColumns.mid(kStageColumns.indexOf(u',') + 2)) +
                 upsert.mid(conflict);
    m_mergeSql.replace(QStringLiteral("RETURNING created_import_id"),
                       QStringLiteral("RETURNING registry_id, created_import_id"));
}

void PostgresBeneficiaryCopier::write(const std::vector<const Beneficiary*>& rows, qint64 importId,
                                      std::vector<Outcome>* outcomes)
{
    if (rows.empty()) {
        return;
    }
    QSqlQuery merge(m_database.connection());
    merge.setForwardOnly(true);
    merge.prepare(m_mergeSql);
    for (int i = 0; i < 3; ++i) {
        merge.addBindValue(importId);
    }
    if (!stage(rows) || !merge.exec()) {
        m_error = m_error.isEmpty() ? merge.lastError().text() : m_error;
        outcomes->push_back(Outcome::Failed);
        return;
    }
    QHash<QString, std::pair<qint64, qint64>> written; // registry id -> created and changed import
    written.reserve(qsizetype(rows.size()));
    while (merge.next()) {
        written.insert(merge.value(0).toString(), {merge.value(1).toLongLong(), merge.value(2).toLongLong()});
    }
    merge.finish();
    for (const Beneficiary* row : rows) {
        // Erased once taken: a registry id's later rows in the batch are repeats, as row by row.
        const auto found = written.constFind(row->registryId);
        if (found == written.cend()) {
            outcomes->push_back(outcomeFor(false, 0, 0, importId));
            continue;
        }
        outcomes->push_back(outcomeFor(true, found->first, found->second, importId));
        written.erase(found);
    }
    QSqlQuery empty(m_database.connection());
    if (!empty.exec(QStringLiteral("TRUNCATE beneficiary_import_stage"))) {
        m_error = empty.lastError().text();
        outcomes->back() = Outcome::Failed;
    }
}

bool PostgresBeneficiaryCopier::stage(const std::vector<const Beneficiary*>& rows)
{
    PostgresCopy copy(m_database.postgresHandle());
    if (!copy.start(QStringLiteral("COPY beneficiary_import_stage (%1) FROM STDIN").arg(kStageColumns), &m_error)) {
        return false;
    }
    qint64 seq = 0;
    for (const Beneficiary* b : rows) {
        copy.addInteger(seq++);
        for (const QString* text : {&b->registryId, &b->givenName, &b->familyName, &b->gender}) {
            copy.addText(*text);
        }
        if (b->birthDate.isValid()) {
            copy.addText(b->birthDate.toString(Qt::ISODate));
        } else {
            copy.addNull();
        }
        copy.addText(b->householdId);
        copy.addInteger(b->householdSize);
        for (const QString* text : {&b->region, &b->district, &b->phone}) {
            copy.addText(*text);
        }
        copy.addText(b->payee.isValid() ? partyIdTypeName(b->payee.type()) : QString());
        copy.addText(b->payee.value());
        copy.addText(b->nationalId);
        copy.addInteger(b->active ? 1 : 0);
        copy.endRow();
    }
    return copy.finish(&m_error);
}
