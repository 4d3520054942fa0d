#include "CycleSeal.h"

#include "batching/PayeeAddress.h"
#include "programs/EntitlementState.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr int kRowsPerRead = 20000;

} // namespace

std::optional<CycleSeal> CycleSeal::of(Database& database, qint64 cycleId, QString* error)
{
    const auto program = ProgramRepository(database).findOfCycle(cycleId);
    if (!program) {
        *error = tr("there is no cycle %1").arg(cycleId);
        return std::nullopt;
    }
    QCryptographicHash entitlements(QCryptographicHash::Sha256);
    QCryptographicHash payees(QCryptographicHash::Sha256);
    qint64 lastId = 0;
    for (;;) {
        // Keyset reads in entitlement order, each finished before the next.
        QSqlQuery read(database.connection());
        read.setForwardOnly(true);
        read.prepare(QStringLiteral(
            "SELECT e.id, e.beneficiary_id, e.amount_minor_units, e.currency, b.registry_id, b.phone, b.payee_type, "
            "b.payee_address, f.resolved, f.fa, f.reason FROM entitlement e JOIN beneficiary b ON b.id = e.beneficiary_id "
            "LEFT JOIN financial_address f ON f.program_id = ? AND f.beneficiary_id = b.id "
            "WHERE e.cycle_id = ? AND e.state IN (?, ?) AND e.id > ? ORDER BY e.id LIMIT %1")
                         .arg(kRowsPerRead));
        for (const QVariant& value : {QVariant(program->id), QVariant(cycleId),
                                      QVariant(entitlementStateName(EntitlementState::PendingValidation)),
                                      QVariant(entitlementStateName(EntitlementState::Approved)), QVariant(lastId)}) {
            read.addBindValue(value);
        }
        if (!read.exec()) {
            *error = tr("cannot read the cycle's entitlements: %1").arg(read.lastError().text());
            return std::nullopt;
        }
        int rows = 0;
        while (read.next()) {
            ++rows;
            lastId = read.value(0).toLongLong();
            entitlements.addData(QStringLiteral("%1|%2|%3|%4\n")
                                     .arg(lastId)
                                     .arg(read.value(1).toLongLong())
                                     .arg(read.value(2).toLongLong())
                                     .arg(read.value(3).toString())
                                     .toUtf8());
            QString payee;
            if (program->payeeIdType == PartyIdType::RegistryId) {
                payee = read.value(4).toString();
            } else {
                QString reason;
                const PartyId address = PayeeAddress::of({read.value(5).toString(), read.value(6).toString(),
                                                          read.value(7).toString(), read.value(8), read.value(9).toString(),
                                                          read.value(10).toString()},
                                                         program->payeeIdType, &reason);
                payee = address.isValid() ? partyIdTypeName(address.type()) + u':' + address.value() : QString();
            }
            payees.addData(QStringLiteral("%1|%2\n").arg(read.value(1).toLongLong()).arg(payee).toUtf8());
        }
        if (rows < kRowsPerRead) {
            break;
        }
    }
    return CycleSeal{QString::fromLatin1(entitlements.result().toHex()), QString::fromLatin1(payees.result().toHex())};
}

QString CycleSeal::changeSince(const CycleSeal& approved) const
{
    QStringList changed;
    if (entitlements != approved.entitlements) {
        changed.append(tr("the entitlements (who is paid, or how much)"));
    }
    if (payees != approved.payees) {
        changed.append(tr("the payee accounts"));
    }
    return changed.join(tr(" and "));
}
