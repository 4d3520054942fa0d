#include "SetupProgress.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

std::optional<SetupProgress> SetupProgress::of(Database& database, QString* error)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM officer WHERE active = 1 AND role = 'maker'),"
            " (SELECT COUNT(*) FROM officer WHERE active = 1 AND role = 'checker'),"
            " (SELECT COUNT(*) FROM beneficiary), (SELECT COUNT(*) FROM program), (SELECT COUNT(*) FROM cycle),"
            " (SELECT COUNT(*) FROM payment_batch WHERE state IN ('sent', 'completed', 'completed_with_failures'))"))
        || !query.next()) {
        *error = tr("cannot read how far the setup is: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    SetupProgress progress;
    progress.makers = query.value(0).toLongLong();
    progress.checkers = query.value(1).toLongLong();
    progress.beneficiaries = query.value(2).toLongLong();
    progress.programs = query.value(3).toLongLong();
    progress.cycles = query.value(4).toLongLong();
    progress.sentBatches = query.value(5).toLongLong();
    return progress;
}
