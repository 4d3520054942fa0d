#include "ProgramCycleFigures.h"

#include "programs/ProgramRepository.h"
#include "storage/Database.h"

#include <QSqlQuery>

ProgramCycleFigures ProgramCycleFigures::of(Database& database, qint64 programId)
{
    ProgramCycleFigures figures;
    QString unreadable; // the figures are empty then, as for no program
    const auto program = ProgramRepository(database).find(programId, &unreadable);
    if (!program) {
        return figures;
    }
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "SELECT c.id, c.name, (SELECT COUNT(*) FROM entitlement e WHERE e.cycle_id = c.id AND e.state = 'approved'), "
        "(SELECT COALESCE(SUM(e.amount_minor_units), 0) FROM entitlement e WHERE e.cycle_id = c.id AND e.state = "
        "'approved'), (SELECT COALESCE(SUM(p.amount_minor_units), 0) FROM payment p WHERE p.batch_id IN (SELECT b.id "
        "FROM payment_batch b WHERE b.cycle_id = c.id) AND p.state = 'paid') FROM cycle c WHERE c.program_id = ? AND "
        "c.state IN "
        "('approved', 'distributed', 'ended') ORDER BY c.start_date, c.id"));
    query.addBindValue(programId);
    if (query.exec()) {
        while (query.next()) {
            figures.cycles.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                                   Money(query.value(3).toLongLong(), program->currency),
                                   Money(query.value(4).toLongLong(), program->currency)});
        }
    }
    return figures;
}
