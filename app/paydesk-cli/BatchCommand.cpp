#include "BatchCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "batching/BatchRepository.h"
#include "batching/BundleExporter.h"
#include "batching/PaymentPreparer.h"
#include "batching/SigningKey.h"
#include "signoff/BatchSignOff.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

BatchCommand::BatchCommand(CliSupport& support) : m_support(support) {}

int BatchCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Payment batches. prepare CYCLE_ID: one payment per approved entitlement, cut into batches whose files are "
        "frozen. list CYCLE_ID: the batches. export BATCH_ID --out DIR [--key KEY.pem]: the batch's CSV, its "
        "X-SIGNATURE (with the key), a manifest and the officers' sign-off, for review, or with --hand-carry to be "
        "uploaded by hand "
        "(the batch is then handed over: PayDesk sends it only once an officer confirms it was not uploaded "
        "elsewhere). "
        "sign BATCH_ID: the acting officer signs the batch's manifest with their own key (--officer-key, certified by "
        "the administrator): a maker signs it off, a checker countersigns."));
    addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("prepare|list|export|sign ID"), tr("What to do."));
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    const qint64 id = CliSupport::idAt(positional, 1);
    const QString action = positional.value(0);
    if (positional.size() != 2 || id == 0 ||
        !QStringList{QStringLiteral("prepare"), QStringLiteral("list"), QStringLiteral("export"),
                     QStringLiteral("sign")}
             .contains(action)) {
        return m_support.usage(tr("batches takes prepare, list, export or sign, and an id."));
    }
    if (action == u"export" && !parser.isSet(QStringLiteral("out"))) {
        return m_support.usage(tr("batches export needs --out DIR."));
    }
    const auto database = m_support.openDatabase(parser);
    if (!database) {
        return ExitFailure;
    }
    QTextStream& text = m_support.out();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == u"prepare") {
        const auto officer = m_support.actingOfficer(*database, parser);
        if (!officer) {
            return m_support.actingFailure();
        }
        const PreparationResult result = PaymentPreparer(*database).prepare(id, *officer);
        if (!result.succeeded) {
            return m_support.fail(tr("Cannot prepare the payments: %1").arg(result.error));
        }
        text << PaymentPreparer::summary(result) << Qt::endl;
        for (const PreparationResult::Unpayable& unpayable : result.unpayable.mid(0, 10)) {
            text << QStringLiteral("  %1: %2").arg(unpayable.registryId, unpayable.reason) << Qt::endl;
        }
        return ExitSuccess;
    }
    if (action == u"list") {
        return list(*database, id, json);
    }
    QString error;
    std::unique_ptr<SigningKey> signingKey;
    if (parser.isSet(QStringLiteral("key"))) {
        signingKey = CliSupport::openKey(parser.value(QStringLiteral("key")), &error);
        if (!signingKey) {
            return m_support.fail(error);
        }
    }
    const auto officer = m_support.actingOfficer(*database, parser);
    if (!officer) {
        return m_support.actingFailure();
    }
    if (action == u"sign") {
        BatchSignOff signOff(*database);
        if (!signOff.sign(id, *officer, &error)) {
            return m_support.fail(tr("Cannot sign batch %1: %2").arg(id).arg(error));
        }
        text << tr("Batch %1: %2.").arg(id).arg(signOff.check(id).detail) << Qt::endl;
        return ExitSuccess;
    }
    return exportBundle(*database, parser, id, signingKey.get(), officer->id, &error);
}

int BatchCommand::list(Database& database, qint64 cycleId, bool json)
{
    QJsonArray array;
    for (const PaymentBatch& batch : BatchRepository(database).batchesOf(cycleId)) {
        array.append(QJsonObject{{QStringLiteral("id"), batch.id},
                                 {QStringLiteral("correlation_id"), batch.correlationId},
                                 {QStringLiteral("state"), batchStateName(batch.state)},
                                 {QStringLiteral("payment_mode"), batch.paymentMode},
                                 {QStringLiteral("rows"), batch.rowCount},
                                 {QStringLiteral("total"), batch.total.toDecimalString()},
                                 {QStringLiteral("currency"), batch.total.currency().code()},
                                 {QStringLiteral("sha256"), batch.fileSha256}});
        if (!json) {
            m_support.out() << QStringLiteral("%1\t%2\t%3\t%4 rows\t%5 %6")
                                   .arg(QString::number(batch.id), batch.correlationId, batchStateName(batch.state))
                                   .arg(batch.rowCount)
                                   .arg(batch.total.toDecimalString(), batch.total.currency().code())
                            << Qt::endl;
        }
    }
    if (json) {
        m_support.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    return ExitSuccess;
}

// The batch's bundle exported; with --hand-carry, a ready batch is then handed over.
int BatchCommand::exportBundle(Database& database, const QCommandLineParser& parser, qint64 id,
                               const SigningKey* signingKey, const QString& officerId, QString* error)
{
    const bool wasReady = [&] {
        QString unread;
        const auto batch = BatchRepository(database).find(id, &unread);
        return batch && batch->state == BatchState::Ready;
    }();
    const QString base =
        BundleExporter::exportBatch(database, id, parser.value(QStringLiteral("out")), signingKey,
                                    parser.isSet(QStringLiteral("hand-carry")) ? BundleExporter::Purpose::HandCarry
                                                                               : BundleExporter::Purpose::Review,
                                    officerId, error);
    if (base.isEmpty()) {
        return m_support.fail(tr("Cannot export batch %1: %2").arg(id).arg(*error));
    }
    m_support.out() << tr("Batch %1 exported to %2.").arg(id).arg(QDir::toNativeSeparators(base + QStringLiteral(".*")))
                    << Qt::endl;
    if (parser.isSet(QStringLiteral("hand-carry")) && wasReady) {
        m_support.out()
            << tr("Batch %1 is now handed over: PayDesk sends it only with send --batch %1 --not-uploaded-elsewhere "
                  "--yes, once "
                  "the hub is shown not to have it.")
                   .arg(id)
            << Qt::endl;
    }
    return ExitSuccess;
}

void BatchCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOptions(
        {QCommandLineOption(QStringLiteral("out"), tr("Folder to export into."), QStringLiteral("DIR")),
         QCommandLineOption(QStringLiteral("key"), tr("export: the tenant's PEM private key, to sign the file."),
                            QStringLiteral("KEY.pem")),
         QCommandLineOption(QStringLiteral("hand-carry"),
                            tr("export: the bundle will be uploaded to the hub by hand; the batch is handed over.")),
         CliSupport::databaseOption(), CliSupport::jsonOption(), CliSupport::officerOption(),
         CliSupport::officerKeyOption()});
}
