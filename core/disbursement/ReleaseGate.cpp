#include "ReleaseGate.h"

#include "PilotRelease.h"
#include "ReleasePolicyRepository.h"

#include "batching/PaymentBatch.h"
#include "officers/Officer.h"
#include "programs/CycleService.h"
#include "programs/ProgramRepository.h"
#include "signoff/BatchSignOff.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

ReleaseGate::ReleaseGate(Database& database) : m_database(database) {}

std::optional<QString> ReleaseGate::refusal(const PaymentBatch& batch, const Officer& officer)
{
    Database& database = m_database;
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(batch.file, QCryptographicHash::Sha256).toHex());
    if (sha256 != batch.fileSha256) {
        return tr("batch %1's file is no longer the one frozen at preparation (SHA-256 %2, frozen %3): it is not sent")
            .arg(batch.id)
            .arg(sha256, batch.fileSha256);
    }
    if (officer.id == batch.createdBy) {
        return tr("%1 prepared batch %2 and cannot also send it").arg(officer.id).arg(batch.id);
    }
    CycleService cycles(database);
    QString error;
    const auto cycle = cycles.find(batch.cycleId, &error);
    if (!cycle) {
        return error;
    }
    if (officer.id == cycle->createdBy || officer.id == cycle->submittedBy) {
        return tr("%1 made cycle %2 and cannot also send its batches").arg(officer.id).arg(cycle->id);
    }
    QSqlQuery payer(database.connection());
    payer.prepare(QStringLiteral("SELECT name, payer_changed_by FROM program WHERE id = ?"));
    payer.addBindValue(cycle->programId);
    if (!payer.exec() || !payer.next()) {
        return tr("cannot read the program of cycle %1: %2").arg(cycle->id).arg(payer.lastError().text());
    }
    if (payer.value(1).toString() == officer.id) {
        return tr("%1 changed the payer account of %2 and cannot release its next send: another checker must")
            .arg(officer.id, payer.value(0).toString());
    }
    const auto policy = ReleasePolicyRepository(database).policyOf(cycle->programId, &error);
    if (!policy) {
        return error;
    }
    if (policy->signOffRequired) {
        const SignOffCheck signOff = BatchSignOff(database).check(batch.id);
        if (!signOff.complete) {
            return tr("batch %1 is sent once its maker signed it off and a checker countersigned it (Sign off… on the "
                      "Batches page): %2")
                .arg(batch.id)
                .arg(signOff.detail);
        }
    }
    if (policy->hasPilot() && !batch.pilot) {
        const auto pilot = PilotRelease::status(database, cycle->id, policy->pilotMaxFailedPerMille, &error);
        if (!pilot) {
            return error;
        }
        if (pilot->hasPilot && !pilot->passed()) {
            return tr("batch %1 is held: %2").arg(batch.id).arg(pilot->summary);
        }
    }
    if (cycle->state != CycleState::Approved) {
        return tr("batch %1 is sent while its cycle is approved; cycle %2 is %3")
            .arg(batch.id)
            .arg(cycle->id)
            .arg(cycleStateName(cycle->state));
    }
    if (!m_approvalConfirmed.contains(cycle->id)) {
        if (!cycles.approvalHolds(cycle->id, officer, &error)) {
            return error;
        }
        m_approvalConfirmed.insert(cycle->id);
    }
    return std::nullopt;
}
