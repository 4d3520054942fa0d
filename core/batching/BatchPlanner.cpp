#include "BatchPlanner.h"

#include "PheeCsvWriter.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace {

struct OpenBatch
{
    QList<PaymentLine> payments;
    qint64 bytes = 0;
    QSet<QString> duplicateKeys;
};

QString duplicateKey(const PaymentLine& payment)
{
    return partyIdTypeName(payment.payee.type()) + u'\x1f' + payment.payee.value() + u'\x1f'
        + QString::number(payment.amount.minorUnits()) + u'\x1f' + payment.amount.currency().code();
}

} // namespace

BatchPlanner::Plan BatchPlanner::plan(QList<PaymentLine> payments, const PartyId& payer, const Policy& policy)
{
    Plan result;
    // Deterministic whatever order the payments came in: by payment mode, then request id.
    std::sort(payments.begin(), payments.end(), [](const PaymentLine& a, const PaymentLine& b) {
        return a.paymentMode != b.paymentMode ? a.paymentMode < b.paymentMode : a.requestId < b.requestId;
    });
    const qint64 headerBytes = PheeCsvWriter::header().size();
    QList<OpenBatch> batches;
    // Batches before this one are full (or of an earlier payment mode): never looked at again, so
    // planning stays linear. A batch counts as full when it cannot take even the shortest row seen.
    qsizetype firstWithRoom = 0;
    qint64 shortestLine = std::numeric_limits<qint64>::max();
    for (const PaymentLine& payment : std::as_const(payments)) {
        if (!batches.isEmpty() && batches.last().payments.constFirst().paymentMode != payment.paymentMode) {
            firstWithRoom = batches.size();
        }
        // Row numbers only grow the line by their digits; measure with the largest index a batch can have.
        QString error;
        const QByteArray line = PheeCsvWriter::row(policy.maxRows - 1, payment, payer, &error);
        if (line.isEmpty()) {
            result.error = error;
            return result;
        }
        const qint64 lineBytes = line.size() + 1; // and its LF
        shortestLine = qMin(shortestLine, lineBytes);
        if (headerBytes + lineBytes > policy.maxBytes) {
            result.error = tr("payment %1 alone does not fit in a %2-byte batch file").arg(payment.requestId).arg(policy.maxBytes);
            return result;
        }
        const QString key = duplicateKey(payment);
        qsizetype target = firstWithRoom;
        for (; target < batches.size(); ++target) {
            const OpenBatch& batch = batches.at(target);
            if (batch.payments.size() < policy.maxRows && headerBytes + batch.bytes + lineBytes <= policy.maxBytes
                && !batch.duplicateKeys.contains(key)) {
                break;
            }
        }
        if (target == batches.size()) {
            batches.append(OpenBatch());
        }
        OpenBatch& batch = batches[target];
        batch.payments.append(payment);
        batch.bytes += lineBytes;
        batch.duplicateKeys.insert(key);
        while (firstWithRoom < batches.size()
               && (batches.at(firstWithRoom).payments.size() >= policy.maxRows
                   || policy.maxBytes - headerBytes - batches.at(firstWithRoom).bytes < shortestLine)) {
            ++firstWithRoom;
        }
    }
    for (OpenBatch& batch : batches) {
        result.batches.append(std::move(batch.payments));
    }
    return result;
}
