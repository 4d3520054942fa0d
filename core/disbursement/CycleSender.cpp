#include "CycleSender.h"

#include "DisbursementChannel.h"

#include "batching/BatchRepository.h"
#include "domain/Money.h"
#include "i18n/DisplayFormat.h"

#include <QLocale>
#include <QStringList>

namespace {

QString idList(const QList<PaymentBatch>& batches)
{
    QStringList ids;
    for (const PaymentBatch& batch : batches) {
        ids.append(QString::number(batch.id));
    }
    return ids.join(QStringLiteral(", "));
}

SendOutcome notice(const QString& message)
{
    SendOutcome outcome; // batch 0: about the run, not one batch
    outcome.message = message;
    return outcome;
}

} // namespace

QString CycleSender::Plan::summary() const
{
    QStringList totalsText;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        totalsText.append(DisplayFormat::money(Money(it.value(), Currency::fromCode(it.key()))));
    }
    QString text = toSend.isEmpty()
                       ? tr("No batch to send.")
                       : tr("%n batch(es) to send (%1), ", nullptr, int(toSend.size())).arg(idList(toSend)) +
                             tr("%1 payment(s), ").arg(QLocale().toString(payments)) +
                             tr("total %1.").arg(totalsText.join(QStringLiteral(", ")));
    if (!uncertain.isEmpty()) {
        text += u' ' + tr("%n uncertain batch(es) (%1) are looked up on the hub first; while one stays uncertain "
                          "nothing else is sent.",
                          nullptr, int(uncertain.size()))
                           .arg(idList(uncertain));
    }
    return text;
}

CycleSender::Plan CycleSender::plan(Database& database, qint64 cycleId, qint64 onlyBatch)
{
    Plan plan;
    for (const PaymentBatch& batch : BatchRepository(database).batchesOf(cycleId)) {
        if (batch.state == BatchState::Sending) {
            plan.uncertain.append(batch);
            continue;
        }
        const bool named = onlyBatch > 0 && batch.id == onlyBatch;
        const bool wanted = onlyBatch > 0
                                ? named && (batch.state == BatchState::Ready || batch.state == BatchState::Rejected ||
                                            batch.state == BatchState::HandedOver)
                                : batch.state == BatchState::Ready;
        if (wanted) {
            plan.toSend.append(batch);
            plan.payments += batch.rowCount;
            plan.totals[batch.total.currency().code()] += batch.total.minorUnits();
        }
    }
    return plan;
}

CycleSender::CycleSender(Database& database, DisbursementChannel& channel, BatchSender::Options options)
    : m_channel(channel), m_sender(database, channel, std::move(options))
{
}

QList<SendOutcome> CycleSender::run(const Request& request, const Officer& officer, const Progress& progress,
                                    const std::atomic_bool* stop)
{
    QList<SendOutcome> outcomes;
    const QList<qint64> uncertain = m_sender.uncertainBatches(request.cycleId);
    const int total = int(uncertain.size() + (request.resolveOnly ? 0 : request.confirmed.size()));
    const auto report = [&](const SendOutcome& outcome) {
        outcomes.append(outcome);
        if (progress) {
            progress(outcome, int(outcomes.size()), total);
        }
    };
    const auto stopped = [stop] { return stop && stop->load(); };
    bool stillUncertain = false;
    for (const qint64 batchId : uncertain) {
        if (stopped()) {
            report(notice(tr("stopped before every uncertain batch was looked up")));
            return outcomes;
        }
        const SendOutcome outcome = m_sender.resolve(batchId, officer);
        stillUncertain = stillUncertain || outcome.uncertain();
        report(outcome);
    }
    if (request.resolveOnly || request.confirmed.isEmpty()) {
        return outcomes;
    }
    if (stillUncertain) {
        report(notice(tr(
            "nothing else was sent: this cycle has an uncertain batch, and sends nothing more until it is resolved")));
        return outcomes;
    }
    if (const QString blocker = m_channel.postingBlocker(); !blocker.isEmpty()) {
        report(notice(tr("nothing was sent: %1").arg(blocker)));
        return outcomes;
    }
    for (qsizetype i = 0; i < request.confirmed.size(); ++i) {
        if (stopped()) {
            report(notice(tr("stopped by the officer: %n confirmed batch(es) were not sent", nullptr,
                             int(request.confirmed.size() - i))));
            break;
        }
        const SendOutcome outcome = m_sender.send(request.confirmed.at(i), officer);
        report(outcome);
        if (outcome.uncertain()) {
            break; // rule 7: nothing more of the cycle leaves until this one is accounted for
        }
    }
    return outcomes;
}
