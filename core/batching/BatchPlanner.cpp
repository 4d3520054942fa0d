#include "BatchPlanner.h"

#include "PheeCsvWriter.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace {

// What the hub compares to find duplicates, hashed with a fixed seed: two payments that collide
// without being duplicates are only kept apart, which is never wrong, and the plan stays the same
// from run to run.
size_t duplicateKey(const PaymentLine& payment)
{
    return qHashMulti(0, int(payment.payee.type()), payment.payee.value(), payment.amount.minorUnits(),
                      payment.amount.currency().code());
}

qint64 digits(qsizetype number)
{
    qint64 count = 1;
    for (; number >= 10; number /= 10) {
        ++count;
    }
    return count;
}

} // namespace

BatchPlanner::Plan BatchPlanner::plan(QList<PaymentLine> payments, const PartyId& payer, const Policy& policy)
{
    Plan result;
    result.error = plan(std::move(payments), payer, policy, [&result](Batch&& batch) {
        result.batches.append(std::move(batch.payments));
        result.pheeFiles.append(std::move(batch.pheeFile));
        return true;
    });
    if (!result.error.isEmpty()) {
        result.batches.clear();
        result.pheeFiles.clear();
    }
    return result;
}

QString BatchPlanner::plan(QList<PaymentLine> payments, const PartyId& payer, const Policy& policy,
                           const BatchHandler& handle)
{
    // Deterministic whatever order the payments came in: by payment mode, then request id.
    const auto inOrder = [](const PaymentLine& a, const PaymentLine& b) {
        return a.paymentMode != b.paymentMode ? a.paymentMode < b.paymentMode : a.requestId < b.requestId;
    };
    if (!std::is_sorted(payments.cbegin(), payments.cend(), inOrder)) { // as PaymentPreparer makes them
        std::sort(payments.begin(), payments.end(), inOrder);
    }
    QList<Batch> batches;
    QList<QSet<size_t>> duplicateKeys;
    // Batches before this one are full (or of an earlier payment mode): never looked at again, so
    // planning stays linear, and handed over. A batch counts as full when it cannot take even the
    // shortest row seen.
    qsizetype firstWithRoom = 0;
    qsizetype handedOver = 0;
    const auto handOverUpTo = [&](qsizetype end) {
        for (; handedOver < end; ++handedOver) {
            duplicateKeys[handedOver] = {};
            if (!handle(std::move(batches[handedOver]))) {
                return false;
            }
        }
        return true;
    };
    qint64 shortestLine = std::numeric_limits<qint64>::max();
    QString paymentMode;
    for (const PaymentLine& payment : std::as_const(payments)) {
        if (payment.paymentMode != paymentMode) {
            paymentMode = payment.paymentMode;
            firstWithRoom = batches.size();
        }
        QString error;
        const QByteArray row = PheeCsvWriter::rowAfterPosition(payment, payer, &error, policy.wholeMajorUnitsOnly);
        if (row.isEmpty()) {
            return error;
        }
        // A row's LF, position and comma come before it; the position has at most this many digits.
        const qint64 rowBytes = 2 + row.size();
        const qint64 longestLine = rowBytes + digits(policy.maxRows - 1);
        shortestLine = qMin(shortestLine, rowBytes + 1);
        if (PheeCsvWriter::header().size() + longestLine > policy.maxBytes) {
            return tr("payment %1 alone does not fit in a %2-byte batch file")
                .arg(payment.requestId)
                .arg(policy.maxBytes);
        }
        const size_t key = duplicateKey(payment);
        qsizetype target = firstWithRoom;
        for (; target < batches.size(); ++target) {
            const Batch& batch = batches.at(target);
            if (batch.payments.size() < policy.maxRows &&
                batch.pheeFile.size() + rowBytes + digits(batch.payments.size()) <= policy.maxBytes &&
                !duplicateKeys.at(target).contains(key)) {
                break;
            }
        }
        if (target == batches.size()) {
            batches.append(Batch{{}, PheeCsvWriter::header()});
            duplicateKeys.append(QSet<size_t>());
        }
        Batch& batch = batches[target];
        PheeCsvWriter::appendRow(batch.pheeFile, batch.payments.size(), row);
        batch.payments.append(payment);
        duplicateKeys[target].insert(key);
        while (firstWithRoom < batches.size() &&
               (batches.at(firstWithRoom).payments.size() >= policy.maxRows ||
                policy.maxBytes - batches.at(firstWithRoom).pheeFile.size() < shortestLine)) {
            ++firstWithRoom;
        }
        if (!handOverUpTo(firstWithRoom)) {
            return tr("planning was stopped");
        }
    }
    return handOverUpTo(batches.size()) ? QString() : tr("planning was stopped");
}
