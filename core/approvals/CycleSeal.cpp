#include "CycleSeal.h"

#include "batching/PayeeAddress.h"
#include "programs/EntitlementState.h"
#include "programs/ProgramRepository.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr int kRowsPerRead = 20000;

// The next kRowsPerRead entitlements a seal covers, in id order: each state's next ids come in id
// order from the (cycle_id, state) index (SQLite's entries end with the rowid; PostgreSQL's holds the
// id, migration 22) and are merged. A single "state IN (...)" sorted every remaining row of the
// cycle for each read.
QString readSql()
{
    const QString nextIds =
        QStringLiteral("SELECT id FROM (SELECT id FROM entitlement WHERE cycle_id = ? AND state = ? AND id > ? "
                       "ORDER BY id LIMIT %1) s%2");
    return QStringLiteral("SELECT e.id, e.beneficiary_id, e.amount_minor_units, e.currency, b.registry_id, b.phone, "
                          "b.payee_type, b.payee_address, f.resolved, f.fa, f.reason FROM (%1 UNION ALL %2) k "
                          "JOIN entitlement e ON e.id = k.id JOIN beneficiary b ON b.id = e.beneficiary_id "
                          "LEFT JOIN financial_address f ON f.program_id = ? AND f.beneficiary_id = b.id "
                          "ORDER BY e.id LIMIT %3")
        .arg(nextIds.arg(kRowsPerRead).arg(1), nextIds.arg(kRowsPerRead).arg(2))
        .arg(kRowsPerRead);
}

} // namespace

void CycleSeal::Builder::add(qint64 entitlementId, qint64 beneficiaryId, qint64 amountMinorUnits,
                             const QString& currency, const QString& payee)
{
    const QByteArray beneficiary = QByteArray::number(beneficiaryId);
    const QByteArray entitlement = QByteArray::number(entitlementId) + '|' + beneficiary + '|' +
                                   QByteArray::number(amountMinorUnits) + '|' + currency.toLatin1() + '\n';
    const QByteArray account = beneficiary + '|' + payee.toUtf8() + '\n';
    m_entitlements.addData(entitlement);
    m_payees.addData(account);
}

CycleSeal CycleSeal::Builder::seal() const
{
    return CycleSeal{QString::fromLatin1(m_entitlements.resultView().toByteArray().toHex()),
                     QString::fromLatin1(m_payees.resultView().toByteArray().toHex())};
}

QString CycleSeal::payeeOf(const Program& program, const QString& registryId, const PayeeAddress::Source& source)
{
    if (program.payeeIdType == PartyIdType::RegistryId) {
        return registryId; // the address comes from the mapper, after the approval
    }
    QString reason;
    const PartyId address = PayeeAddress::of(source, program.payeeIdType, &reason);
    return address.isValid() ? partyIdTypeName(address.type()) + u':' + address.value() : QString();
}

std::optional<CycleSeal> CycleSeal::of(Database& database, qint64 cycleId, QString* error)
{
    const auto program = ProgramRepository(database).findOfCycle(cycleId, error);
    if (!program) {
        return std::nullopt;
    }
    Builder builder;
    qint64 lastId = 0;
    for (;;) {
        // Keyset reads in entitlement order, each finished before the next.
        QSqlQuery read(database.connection());
        read.setForwardOnly(true);
        read.prepare(readSql());
        for (const EntitlementState state : {EntitlementState::PendingValidation, EntitlementState::Approved}) {
            for (const QVariant& value : {QVariant(cycleId), QVariant(entitlementStateName(state)), QVariant(lastId)}) {
                read.addBindValue(value);
            }
        }
        read.addBindValue(program->id);
        if (!read.exec()) {
            *error = tr("cannot read the cycle's entitlements: %1").arg(read.lastError().text());
            return std::nullopt;
        }
        int rows = 0;
        while (read.next()) {
            ++rows;
            lastId = read.value(0).toLongLong();
            builder.add(lastId, read.value(1).toLongLong(), read.value(2).toLongLong(), read.value(3).toString(),
                        payeeOf(*program, read.value(4).toString(),
                                {read.value(5).toString(), read.value(6).toString(), read.value(7).toString(),
                                 read.value(8), read.value(9).toString(), read.value(10).toString()}));
        }
        if (rows < kRowsPerRead) {
            break;
        }
    }
    return builder.seal();
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
