// What exactly-once sending costs: a cycle of N batches (2,000 by default) sent to a real
// paydesk-hubsim over loopback by CycleSender, as the window and paydesk-cli send it (asking the
// hub before every first post, DESIGN.md §1 rule 3), against a baseline run in the same process:
// the same posts, claims and records with the asking left out (a channel that answers "absent"
// without asking). Each run has a database of its own; both send to one hub, the baseline first,
// so that the hub the asking run reads already holds the baseline's N batches, as a hub with a
// history does. Prints a table.

#include "HubSimProcess.h"
#include "PreparedCycle.h"
#include "TestKeys.h"

#include "batching/SigningKey.h"
#include "disbursement/CycleSender.h"
#include "disbursement/PaymentHubChannel.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

// The baseline: every call goes to the real channel but the lookup before a first post.
class NoAskingChannel : public DisbursementChannel
{
public:
    explicit NoAskingChannel(DisbursementChannel& real) : m_real(real) {}
    QString postingBlocker() const override { return m_real.postingBlocker(); }
    std::variant<QString, HubError> submit(const PaymentBatch& batch) override { return m_real.submit(batch); }
    std::variant<HubLookup, HubError> find(const PaymentBatch& batch, const QDateTime& since,
                                           Freshness freshness) override
    {
        if (freshness == Freshness::Now) {
            return m_real.find(batch, since, freshness);
        }
        HubLookup absent; // not asked
        absent.hubTime = QDateTime::currentDateTimeUtc();
        return absent;
    }
    int postDeadlineMs() const override { return m_real.postDeadlineMs(); }
    QDateTime lastAnswerTime() const override { return m_real.lastAnswerTime(); }

private:
    DisbursementChannel& m_real;
};

struct Run
{
    double seconds = -1;
    qint64 posted = 0;
    QString error;
};

Run sendCycle(int batches, bool askFirst, const HubSimProcess& hub, const QString& key, const QString& folder)
{
    Run run;
    // One payment a batch: N batches.
    PreparedCycle cycle = PreparedCycle::make(folder + QStringLiteral("/paydesk.sqlite"),
                                              folder + QStringLiteral("/registry.csv"), 7, int(batches * 2.5), 1);
    QString error;
    const auto signingKey = SigningKey::fromFile(key, {}, &error);
    if (!cycle.database || cycle.batches.size() < batches || !signingKey) {
        run.error = QStringLiteral("the cycle was not prepared (%1 batches) %2").arg(cycle.batches.size()).arg(error);
        return run;
    }
    PaymentHubChannel real(hub.endpoint(QStringLiteral("greenbank")), signingKey.get());
    NoAskingChannel notAsking(real);
    CycleSender sender(*cycle.database, askFirst ? static_cast<DisbursementChannel&>(real) : notAsking, {});
    CycleSender::Request request;
    request.cycleId = cycle.cycleId;
    request.confirmed = cycle.batches.mid(0, batches);
    QElapsedTimer timer;
    timer.start();
    for (const SendOutcome& outcome : sender.run(request, PreparedCycle::checker)) {
        run.posted += outcome.posted ? 1 : 0;
        if (outcome.state != BatchState::Sent && run.error.isEmpty()) {
            run.error = outcome.message;
        }
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sends a cycle of N batches with and without asking the hub first."));
    parser.addOption({QStringLiteral("batches"), QStringLiteral("Batches in the cycle (2000)."), QStringLiteral("N"),
                      QStringLiteral("2000")});
    parser.addHelpOption();
    parser.process(app);
    const int batches = qMax(1, parser.value(QStringLiteral("batches")).toInt());
    QTextStream out(stdout);
    QTemporaryDir hubDir;
    QTemporaryDir baselineDir;
    QTemporaryDir askingDir;
    const QString key = hubDir.filePath(QStringLiteral("key.pem"));
    const QString certificate = hubDir.filePath(QStringLiteral("cert.pem"));
    HubSimProcess hub;
    if (!makeTestKeyPair(key, certificate) ||
        !hub.start(QStringLiteral(PAYDESK_HUBSIM_PATH),
                   {QStringLiteral("--tenant"), QStringLiteral("greenbank,%1").arg(certificate),
                    QStringLiteral("--time-scale"), QStringLiteral("1000")})) {
        out << "bench_send: the sandbox hub did not start" << Qt::endl;
        return 1;
    }
    const Run baseline = sendCycle(batches, false, hub, key, baselineDir.path());
    const Run asking = sendCycle(batches, true, hub, key, askingDir.path());
    if (!baseline.error.isEmpty() || !asking.error.isEmpty()) {
        out << "bench_send: " << baseline.error << ' ' << asking.error << Qt::endl;
        return 1;
    }
    out << QStringLiteral(
               "%1 batches (one payment each) sent to paydesk-hubsim over loopback, SQLite; the asking run's hub "
               "already holds the baseline's %1\n")
               .arg(batches);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("run"), -34)
               .arg(QStringLiteral("seconds"), 9)
               .arg(QStringLiteral("posts"), 7)
               .arg(QStringLiteral("ms/batch"), 9);
    for (const auto& [name, run] : {std::pair{QStringLiteral("baseline: posts, not asking first"), baseline},
                                    std::pair{QStringLiteral("asking the hub first (rule 3)"), asking}}) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(name, -34)
                   .arg(run.seconds, 9, 'f', 2)
                   .arg(run.posted, 7)
                   .arg(1000.0 * run.seconds / batches, 9, 'f', 2);
    }
    out << QStringLiteral("cost of asking first: %1x the baseline, %2 ms a batch\n")
               .arg(asking.seconds / baseline.seconds, 0, 'f', 2)
               .arg(1000.0 * (asking.seconds - baseline.seconds) / batches, 0, 'f', 2);
    return asking.posted == batches && baseline.posted == batches ? 0 : 1;
}
