// Benchmark: plan, write and sign Payment Hub EE batch files for N payments (in memory), against
// hashing the same bytes alone (the floor of any writer) in the same run; then review a 1,000-row
// file with its signature, against reading the same file's CSV alone.
//   bench_batch_files [--payments N]
#include "BenchSupport.h"

#include "batching/BatchPlanner.h"
#include "batching/PheeCsvWriter.h"
#include "batching/RequestIdGenerator.h"
#include "batching/SigningKey.h"
#include "batching/XSignature.h"
#include "csv/CsvReader.h"
#include "review/BatchFileReviewer.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTextStream>
#include <QUuid>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption countOption(QStringLiteral("payments"), QStringLiteral("Payments."), QStringLiteral("N"),
                                         QStringLiteral("1000000"));
    parser.addOption(countOption);
    parser.addHelpOption();
    parser.process(app);
    const int count = parser.value(countOption).toInt();

    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                              QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                                              QStringLiteral("rsa_keygen_bits:2048"), QStringLiteral("-out"), keyPath});
    QString error;
    const auto key = openssl.waitForFinished(60000) ? SigningKey::fromFile(keyPath, {}, &error) : nullptr;
    if (!key) {
        qFatal("no signing key: %s", qPrintable(error));
    }
    const PartyId payer = PartyId::create(PartyIdType::Msisdn, u"254700000001");
    const Currency usd = Currency::fromCode(u"USD");
    QList<PaymentLine> payments;
    payments.reserve(count);
    RequestIdGenerator requestIds;
    for (int n = 0; n < count; ++n) {
        payments.append(PaymentLine{
            requestIds.next(),
            PartyId::create(PartyIdType::Msisdn, QStringLiteral("2547%1").arg(n % 90000000, 8, 10, QLatin1Char('0'))),
            Money(2500 + 500 * (n % 6), usd), QStringLiteral("MOJALOOP"), QStringLiteral("Household grant 2027-01")});
    }

    QElapsedTimer timer;
    timer.start();
    const BatchPlanner::Plan plan = BatchPlanner::plan(payments, payer, {});
    const double planning = timer.nsecsElapsed() / 1e9;
    const QList<QByteArray>& files = plan.pheeFiles;
    qint64 bytes = 0;
    for (const QByteArray& file : files) {
        bytes += file.size();
    }
    timer.restart();
    for (const QByteArray& file : files) {
        const QByteArray digest = XSignature::sha3HexDigest(XSignature::dataToSign(
            QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("gorilla"), file));
        if (key->sign(digest, &error).isEmpty()) {
            qFatal("signing failed: %s", qPrintable(error));
        }
        QCryptographicHash::hash(file, QCryptographicHash::Sha256); // the frozen file's SHA-256
    }
    const double signing = timer.nsecsElapsed() / 1e9;
    timer.restart();
    for (const QByteArray& file : files) {
        QCryptographicHash::hash(file, QCryptographicHash::Sha3_256);
    }
    const double floor = timer.nsecsElapsed() / 1e9;

    // A reviewer opens a 1,000-row file with its signature and the certificate.
    const QString certificatePath = dir.filePath(QStringLiteral("cert.pem"));
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-x509"), QStringLiteral("-key"),
                   keyPath, QStringLiteral("-subj"), QStringLiteral("/CN=bench"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-out"), certificatePath});
    QFile certificate(certificatePath);
    if (!openssl.waitForFinished(60000) || !certificate.open(QIODevice::ReadOnly)) {
        qFatal("no certificate");
    }
    BatchFileReviewer::Options options;
    options.certificate = certificate.readAll();
    options.correlationId = QStringLiteral("bench-review");
    options.tenant = QStringLiteral("gorilla");
    options.maxBytes = 1 << 20;
    const QByteArray reviewed = PheeCsvWriter::file(payments.mid(0, qMin(count, 1000)), payer, &error);
    options.signature = key->sign(
        XSignature::sha3HexDigest(XSignature::dataToSign(options.correlationId, options.tenant, reviewed)), &error);
    timer.restart();
    const BatchReview review = BatchFileReviewer::review(reviewed, options);
    const double reviewing = timer.nsecsElapsed() / 1e9;
    timer.restart();
    QBuffer buffer;
    buffer.setData(reviewed);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, ',');
    QList<QByteArray> fields;
    qint64 records = 0;
    while (reader.readRecord(fields)) {
        ++records;
    }
    const double reading = timer.nsecsElapsed() / 1e9;

    QTextStream out(stdout);
    out << QStringLiteral("Batch files for %1 payments: %2 batches, %3 MiB\n")
               .arg(count)
               .arg(plan.batches.size())
               .arg(bytes / 1048576.0, 0, 'f', 1);
    out << QStringLiteral("%1 %2\n").arg(QStringLiteral("step"), -52).arg(QStringLiteral("seconds"), 8);
    auto line = [&out](const QString& step, double value) {
        out << QStringLiteral("%1 %2\n").arg(step, -52).arg(value, 8, 'f', 2);
    };
    line(QStringLiteral("plan and write the CSV files"), planning);
    line(QStringLiteral("hash and sign every file, SHA-256 of each"), signing);
    line(QStringLiteral("total"), planning + signing);
    line(QStringLiteral("baseline: SHA3-256 of the same bytes alone"), floor);
    out << QStringLiteral("Review of a %1-row file (%2 findings, signature %3)\n")
               .arg(records - 1)
               .arg(review.findings.size())
               .arg(review.signatureValid.value_or(false) ? QStringLiteral("valid") : QStringLiteral("NOT VALID"));
    out << QStringLiteral("%1 %2\n").arg(QStringLiteral("step"), -52).arg(QStringLiteral("milliseconds"), 12);
    out << QStringLiteral("%1 %2\n")
               .arg(QStringLiteral("review: rows, totals, every hub check, signature"), -52)
               .arg(reviewing * 1000, 12, 'f', 2);
    out << QStringLiteral("%1 %2\n")
               .arg(QStringLiteral("baseline: read the same CSV alone"), -52)
               .arg(reading * 1000, 12, 'f', 2);
    out << QStringLiteral("peak resident memory: %1 MiB\n").arg(peakResidentMiB(), 0, 'f', 0);
    return plan.error.isEmpty() ? 0 : 1;
}
