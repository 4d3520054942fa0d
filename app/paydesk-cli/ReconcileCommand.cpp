#include "ReconcileCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "batching/BatchRepository.h"
#include "disbursement/DisbursementChannel.h"
#include "reconciliation/PaymentReconciler.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>
#include <QThread>

CycleActionCommand::Help ReconcileCommand::help() const
{
    return {
        tr("Reconciles a cycle's sent batches with the program's Payment Hub EE: payments become paid or failed (with "
           "the hub's reason); a batch completes when every payment is final, the cycle is distributed when every "
           "batch is. Offline: --batch ID --results FILE applies the hub's batch detail export or result CSV instead."),
        tr("reconcile takes a cycle id, and --batch with --results together."),
        QList<QCommandLineOption>{
            QCommandLineOption(QStringLiteral("watch"),
                               tr("Poll again every S seconds until the cycle is distributed."), QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("batch"), tr("With --results: the batch the file is about."),
                               QStringLiteral("ID")),
            QCommandLineOption(QStringLiteral("results"), tr("The hub's batch detail (JSON) or result CSV."),
                               QStringLiteral("FILE"))} +
            CliSupport::hubOptions()};
}

QString ReconcileCommand::usageProblem(const QCommandLineParser& parser) const
{
    if (parser.isSet(QStringLiteral("batch")) != parser.isSet(QStringLiteral("results"))) {
        return help().usage;
    }
    const auto watchSeconds = CliSupport::wholeNumber(parser, QStringLiteral("watch"), 0);
    if (!watchSeconds || *watchSeconds < 0 || (parser.isSet(QStringLiteral("watch")) && *watchSeconds < 1)) {
        return tr("--watch takes a number of seconds, 1 or more.");
    }
    return CliSupport::hubOptionsProblem(parser).value_or(QString());
}

int ReconcileCommand::applyResults(const QCommandLineParser& parser, qint64 cycleId, CliSupport::CycleWork& work)
{
    const QString path = parser.value(QStringLiteral("results"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return m_support.fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    QString error;
    const QString batch = parser.value(QStringLiteral("batch"));
    const auto named = BatchRepository(*work.database).find(batch.toLongLong(), &error);
    if (!named) {
        return m_support.fail(error);
    }
    if (named->cycleId != cycleId) {
        return m_support.fail(tr("Cycle %1 has no batch %2.").arg(cycleId).arg(batch));
    }
    PaymentReconciler reconciler(*work.database);
    const ReconcileOutcome outcome = reconciler.apply(named->id, file.readAll(), work.officer);
    if (!outcome.succeeded) {
        return m_support.fail(outcome.message);
    }
    m_support.out() << outcome.message << Qt::endl;
    reconciler.closeCycleIfDone(cycleId, work.officer, &error);
    return ExitSuccess;
}

int ReconcileCommand::act(const QCommandLineParser& parser, qint64 cycleId, CliSupport::CycleWork& work)
{
    if (parser.isSet(QStringLiteral("results"))) {
        return applyResults(parser, cycleId, work);
    }
    const Program* const program = &work.program;
    const Officer* const officer = &work.officer;
    const auto watchSeconds = CliSupport::wholeNumber(parser, QStringLiteral("watch"), 0);
    QTextStream& text = m_support.out();
    PaymentReconciler reconciler(*work.database);
    QString error;
    const HubEndpoint endpoint = m_support.hubEndpoint(parser, *program);
    if (!DisbursementChannel::isComplete(*program, endpoint)) {
        return m_support.fail(
            tr("Program %1 names no hub to ask: give --bulk-url (and --ops-url for Payment Hub EE).").arg(program->id));
    }
    for (;;) {
        bool failed = false;
        bool distributed = false;
        for (const ReconcileOutcome& outcome :
             reconciler.pollCycle(cycleId, endpoint, *officer, &distributed, &error)) {
            text << outcome.message << Qt::endl;
            failed = failed || !outcome.succeeded;
        }
        if (distributed) {
            text << tr("Cycle %1 is distributed: every payment is final.").arg(cycleId) << Qt::endl;
            return ExitSuccess;
        }
        if (!error.isEmpty()) {
            return m_support.fail(error);
        }
        if (!parser.isSet(QStringLiteral("watch"))) {
            return failed ? ExitFailure : ExitSuccess;
        }
        QThread::sleep(ulong(*watchSeconds));
    }
}
