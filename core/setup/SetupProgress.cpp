#include "SetupProgress.h"

#include "officers/OfficerRepository.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

std::optional<SetupProgress> SetupProgress::of(Database& database, QString* error)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM trust_anchor), 0,"
            " (SELECT COUNT(*) FROM beneficiary), (SELECT COUNT(*) FROM program), (SELECT COUNT(*) FROM cycle),"
            " (SELECT COUNT(*) FROM payment_batch WHERE state IN ('sent', 'completed', 'completed_with_failures'))")) ||
        !query.next()) {
        *error = tr("cannot read how far the setup is: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    SetupProgress progress;
    progress.administered = query.value(0).toLongLong() > 0;
    // Roles as the administrator's signed acts made them, never a column.
    for (const Officer& officer : OfficerRepository(database).all()) {
        progress.makers += officer.active && officer.role == OfficerRole::Maker ? 1 : 0;
        progress.checkers += officer.active && officer.role == OfficerRole::Checker ? 1 : 0;
    }
    progress.beneficiaries = query.value(2).toLongLong();
    progress.programs = query.value(3).toLongLong();
    progress.cycles = query.value(4).toLongLong();
    progress.sentBatches = query.value(5).toLongLong();
    return progress;
}
