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

ReconcileCommand::ReconcileCommand(CliSupport& support)
    : m_support(support)
{
}

int ReconcileCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Reconciles a cycle's sent batches with the program's Payment Hub EE: payments become paid or failed (with the "
           "hub's reason); a batch completes when every payment is final, the cycle is distributed when every batch is. "
           "Offline: --batch ID --results FILE applies the hub's batch detail export or result CSV instead."));
    const QCommandLineOption watch(QStringLiteral("watch"), tr("Poll again every S seconds until the cycle is distributed."),
                                   QStringLiteral("S"));
    const QCommandLineOption batch(QStringLiteral("batch"), tr("With --results: the batch the file is about."), QStringLiteral("ID"));
    const QCommandLineOption results(QStringLiteral("results"), tr("The hub's batch detail (JSON) or result CSV."), QStringLiteral("FILE"));
    parser.addOptions({watch, batch, results, CliSupport::databaseOption(), CliSupport::officerOption(), CliSupport::officerKeyOption()});
    parser.addOptions(CliSupport::hubOptions());
    parser.addPositionalArgument(QStringLiteral("CYCLE_ID"), tr("The cycle."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    bool idOk = false;
    const qint64 cycleId = parser.positionalArguments().value(0).toLongLong(&idOk);
    if (parser.positionalArguments().size() != 1 || !idOk || parser.isSet(batch) != parser.isSet(results)) {
        return m_support.usage(tr("reconcile takes a cycle id, and --batch with --results together."));
    }
    const auto watchSeconds = CliSupport::wholeNumber(parser, QStringLiteral("watch"), 0);
    if (!watchSeconds || *watchSeconds < 0 || (parser.isSet(watch) && *watchSeconds < 1)) {
        return m_support.usage(tr("--watch takes a number of seconds, 1 or more."));
    }
    if (const auto problem = CliSupport::hubOptionsProblem(parser)) {
        return m_support.usage(*problem);
    }
    const auto work = m_support.openCycle(parser, cycleId);
    if (!work) {
        return m_support.actingFailure();
    }
    Database* const database = work->database.get();
    const Officer* const officer = &work->officer;
    const Program* const program = &work->program;
    QTextStream& text = m_support.out();
    PaymentReconciler reconciler(*database);
    QString error;
    if (parser.isSet(results)) {
        QFile file(parser.value(results));
        if (!file.open(QIODevice::ReadOnly)) {
            return m_support.fail(tr("Cannot read %1: %2").arg(parser.value(results), file.errorString()));
        }
        const auto named = BatchRepository(*database).find(parser.value(batch).toLongLong(), &error);
        if (!named) {
            return m_support.fail(error);
        }
        if (named->cycleId != cycleId) {
            return m_support.fail(tr("Cycle %1 has no batch %2.").arg(cycleId).arg(parser.value(batch)));
        }
        const ReconcileOutcome outcome = reconciler.apply(named->id, file.readAll(), *officer);
        if (!outcome.succeeded) {
            return m_support.fail(outcome.message);
        }
        text << outcome.message << Qt::endl;
        reconciler.closeCycleIfDone(cycleId, *officer, &error);
        return ExitSuccess;
    }
    const HubEndpoint endpoint = m_support.hubEndpoint(parser, *program);
    if (!DisbursementChannel::isComplete(*program, endpoint)) {
        return m_support.fail(tr("Program %1 names no hub to ask: give --bulk-url (and --ops-url for Payment Hub EE).").arg(program->id));
    }
    for (;;) {
        bool failed = false;
        bool distributed = false;
        for (const ReconcileOutcome& outcome : reconciler.pollCycle(cycleId, endpoint, *officer, &distributed, &error)) {
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
        if (!parser.isSet(watch)) {
            return failed ? ExitFailure : ExitSuccess;
        }
        QThread::sleep(ulong(*watchSeconds));
    }
}
