// Fuzzes every reader of untrusted bytes: a registry CSV being imported, a batch file under review
// (Payment Hub EE CSV and G2P Connect JSON), the hub's and a G2P Connect receiver's JSON answers,
// and bank statements (MT940 and CSV). Each target starts from a valid input PayDesk itself writes
// (or, for the statements, one built by the format) and feeds damaged copies of it — bytes changed,
// inserted, deleted, lines repeated or swapped, the file cut short — to its reader, which must give
// an answer: no crash, no hang. The input being read is written to FILE.crash by a fatal-signal
// handler, and an input that takes longer than --slow-ms is saved as FILE.slow and fails the run.
// Usage: fuzz_readers [--seconds N (per target)] [--seed N] [--slow-ms N] [--only NAME]

#include "batching/G2pConnectDisburseWriter.h"
#include "batching/PheeCsvWriter.h"
#include "csv/CsvReader.h"
#include "domain/Money.h"
#include "hub/G2pConnectClient.h"
#include "registry/BeneficiaryRowValidator.h"
#include "registry/DemoRegistryGenerator.h"
#include "registry/RegistryColumnMapping.h"
#include "registry/RegistryFilePreview.h"
#include "review/BatchFileReviewer.h"
#include "review/ResultComparison.h"
#include "statements/CsvStatementParser.h"
#include "statements/Mt940Parser.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <functional>

namespace {

struct Target
{
    QString name;
    QByteArray seed;
    std::function<bool(const QByteArray&)> read; // true: read as valid (the seed must be)
};

// The input being read, for the fatal-signal handler (C signals: portable, best effort).
const QByteArray* g_current = nullptr;
std::FILE* g_crashFile = nullptr;

extern "C" void onFatalSignal(int signal)
{
    if (g_current && g_crashFile) {
        std::fwrite(g_current->constData(), 1, size_t(g_current->size()), g_crashFile);
        std::fflush(g_crashFile);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

QList<PaymentLine> lines(int count, PartyIdType type)
{
    QList<PaymentLine> result;
    for (int n = 0; n < count; ++n) {
        const QString payee = type == PartyIdType::Msisdn
                                  ? QStringLiteral("2547%1").arg(n, 8, 10, QLatin1Char('0'))
                                  : QStringLiteral("account:%1@rhino.dfsp1.bank_acc").arg(1000 + n);
        result.append({QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')),
                       PartyId::create(type, payee), Money(2500 + n, Currency::fromCode(u"USD")),
                       QStringLiteral("MOJALOOP"), QStringLiteral("Grant")});
    }
    return result;
}

// A batch file under review always gets an answer: its figures, or why it cannot be read.
bool reviewed(const QByteArray& input)
{
    const BatchReview review = BatchFileReviewer::review(input, {});
    if (!review.readable && review.error.isEmpty()) {
        qFatal("a batch file was neither read nor refused with a reason");
    }
    return review.clean();
}

QList<Target> targets()
{
    QString error;
    const PartyId payer = PartyId::create(PartyIdType::Msisdn, u"254700000001");
    QList<PaymentLine> csvLines = lines(30, PartyIdType::Msisdn);
    for (PaymentLine& line : csvLines) {
        line.amount = Money(2500, Currency::fromCode(u"USD")); // Payment Hub EE pays whole units
    }
    const QByteArray pheeFile = PheeCsvWriter::file(csvLines, payer, &error);
    const QByteArray g2pRequest = G2pConnectDisburseWriter::write(
        {QStringLiteral("tx-1"), QStringLiteral("msg-1"), QDateTime(QDate(2027, 1, 5), QTime(9, 0), Qt::UTC),
         QStringLiteral("ministry"), QStringLiteral("bank")},
        lines(30, PartyIdType::FinancialAddress), payer, &error);

    QJsonArray content;
    QJsonArray statuses;
    for (const PaymentLine& line : csvLines) {
        content.append(QJsonObject{{QStringLiteral("clientCorrelationId"), QString(u'"' + line.requestId + u'"')},
                                   {QStringLiteral("status"), QStringLiteral("COMPLETED")},
                                   {QStringLiteral("errorInformation"), QJsonValue()}});
        statuses.append(QJsonObject{{QStringLiteral("reference_id"), line.requestId},
                                    {QStringLiteral("status"), QStringLiteral("rjct")},
                                    {QStringLiteral("status_reason_code"), QStringLiteral("rjct.payee_fa.invalid")},
                                    {QStringLiteral("status_reason_message"), QStringLiteral("unknown account")}});
    }
    const QByteArray hubDetail = QJsonDocument(QJsonObject{{QStringLiteral("content"), content}}).toJson();
    const QByteArray g2pStatus =
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("header"), QJsonObject{{QStringLiteral("status"), QStringLiteral("succ")}}},
                {QStringLiteral("message"),
                 QJsonObject{{QStringLiteral("txnstatus_response"),
                              QJsonObject{{QStringLiteral("txn_status"),
                                           QJsonObject{{QStringLiteral("disbursements_status"), statuses}}}}}}}})
            .toJson();

    QByteArray registry;
    {
        QBuffer buffer(&registry);
        buffer.open(QIODevice::WriteOnly);
        DemoRegistryGenerator(3, 0.2).write(&buffer, 40, &error);
    }
    const QByteArray mt940 =
        "{1:F01KCBLKENXAXXX0000000000}{4:\r\n:20:STMT-1\r\n:25:KE12KCBL0000123456789\r\n:28C:00001/001\r\n"
        ":60F:C261231KES1000000,00\r\n:61:2701021231D2500,NTRFREF-0001//BK-778899\r\nPAYROLL G2P\r\n"
        ":86:Grant 2027-01 00000000-0000-4000-8000-000000000001\r\nsecond line\r\n"
        ":61:270103DR1250,5NMSCNONREF\r\n:61:270104RD2500,NTRFREF-0001\r\n:86:returned\r\n"
        ":62F:C270104KES998749,50\r\n:64:C270104KES998749,50\r\n-}\r\n";
    const QByteArray csvStatement =
        "date,amount,currency,reference,details,bank_reference\n2027-01-02,-2500.00,USD,REF-1,Grant 2027-01,BK-1\n"
        "03/01/2027,1250.50,USD,REF-2,returned,BK-2\n2027-01-04,-10.00,USD,REF-3,fee,BK-3\n";

    return {
        {QStringLiteral("registry-csv"), registry,
         [](const QByteArray& input) {
             // Read as the import reads: damage inside a record costs that record, and every record
             // is either imported with text taken exactly from its bytes or rejected with a reason.
             CsvReader reader(input, ',');
             reader.setKeepReadingPastDamage(true);
             QStringList headers;
             QString problem;
             RegistryColumnMapping mapping;
             if (!RegistryFilePreview::readHeaders(reader, QStringLiteral("fuzz.csv"), &headers, &problem) ||
                 !mapping.resolve(headers, &problem)) {
                 return false;
             }
             const BeneficiaryRowValidator validator(mapping, headers, QDate(2026, 11, 27));
             QList<QByteArray> record;
             qint64 valid = 0;
             while (reader.readRecord(record)) {
                 Beneficiary beneficiary;
                 QList<FieldIssue> issues;
                 QList<FieldIssue> warnings;
                 if (!reader.recordDamage().reason.isEmpty()) {
                     continue;
                 }
                 if (!validator.validate(record, beneficiary, issues, warnings)) {
                     if (issues.isEmpty() || issues.constFirst().reason.isEmpty()) {
                         qFatal("a registry record was refused without a reason");
                     }
                     continue;
                 }
                 const int given = mapping.column(RegistryField::GivenName);
                 if (given >= 0 && !record.at(given).contains(beneficiary.givenName.toUtf8())) {
                     qFatal("an imported name is not the bytes of its field");
                 }
                 ++valid;
             }
             return valid > 0 && !reader.hasError();
         }},
        {QStringLiteral("batch-csv"), pheeFile, reviewed},
        {QStringLiteral("g2p-request"), g2pRequest, reviewed},
        {QStringLiteral("hub-json"), hubDetail,
         [pheeFile](const QByteArray& input) { return ResultComparison::compare(pheeFile, input).readable; }},
        {QStringLiteral("g2p-json"), g2pStatus,
         [g2pRequest](const QByteArray& input) {
             bool reasons = true;
             for (const QJsonValue& status : G2pConnectClient::statusesOf(
                      QJsonDocument::fromJson(input).object().value(QStringLiteral("message")).toObject())) {
                 reasons = reasons && !G2pConnectClient::reasonOf(status.toObject()).isEmpty();
             }
             return ResultComparison::compare(g2pRequest, input).readable && reasons;
         }},
        {QStringLiteral("mt940"), mt940,
         [](const QByteArray& input) {
             QString problem;
             return Mt940Parser::parse(input, &problem).has_value();
         }},
        {QStringLiteral("statement-csv"), csvStatement,
         [](const QByteArray& input) {
             QString problem;
             return CsvStatementParser::parse(input, &problem).has_value();
         }},
    };
}

QByteArray damaged(const QByteArray& seed, QRandomGenerator& random)
{
    static const QByteArray alphabet(",;:\"'{}[]\r\n-+.0123456789DCRdcr eE:/\\\x00\xff\xc3\xa9\xe2\x80", 44);
    QByteArray input = seed;
    const int mutations = 1 + random.bounded(16);
    for (int i = 0; i < mutations; ++i) {
        if (input.isEmpty()) {
            input = alphabet.mid(random.bounded(int(alphabet.size())), 1);
        }
        const int at = random.bounded(int(input.size()));
        const int length = 1 + random.bounded(qMax(1, int(input.size() - at)));
        switch (random.bounded(7)) {
        case 0:
            input[at] = alphabet.at(random.bounded(int(alphabet.size())));
            break;
        case 1:
            input.insert(at, alphabet.at(random.bounded(int(alphabet.size()))));
            break;
        case 2:
            input.remove(at, qMin(length, 8));
            break;
        case 3: // a run of the input repeated
            input.insert(at, input.mid(at, qMin(length, 64)).repeated(1 + random.bounded(50)));
            break;
        case 4: // cut short
            input.truncate(at);
            break;
        case 5: { // two lines swapped
            QList<QByteArray> rows = input.split('\n');
            if (rows.size() > 2) {
                rows.swapItemsAt(random.bounded(int(rows.size())), random.bounded(int(rows.size())));
                input = rows.join('\n');
            }
            break;
        }
        default: // a random byte anywhere
            input[at] = char(random.bounded(256));
            break;
        }
    }
    return input;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const auto option = [&arguments](const QString& name, qint64 fallback) {
        const qsizetype at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toLongLong() : fallback;
    };
    const qint64 seconds = option(QStringLiteral("--seconds"), 5);
    const quint32 seedValue = quint32(option(QStringLiteral("--seed"), 20261128));
    const qint64 slowMs = option(QStringLiteral("--slow-ms"), 3000);
    const qsizetype onlyAt = arguments.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt >= 0 ? arguments.value(onlyAt + 1) : QString();

    QTextStream out(stdout);
    out << QStringLiteral("Fuzzing the readers, %1 s each, seed %2\n").arg(seconds).arg(seedValue);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("reader"), -14)
               .arg(QStringLiteral("inputs"), 10)
               .arg(QStringLiteral("still valid"), 12)
               .arg(QStringLiteral("per s"), 10)
               .arg(QStringLiteral("slowest ms"), 11);
    bool failed = false;
    for (const Target& target : targets()) {
        if (!only.isEmpty() && target.name != only) {
            continue;
        }
        if (target.seed.isEmpty()) {
            out << QStringLiteral("%1: no seed input could be made\n").arg(target.name);
            failed = true;
            continue;
        }
        const QString crashPath = QStringLiteral("fuzz-%1.crash").arg(target.name);
        g_crashFile = std::fopen(QFile::encodeName(crashPath).constData(), "wb");
        std::signal(SIGSEGV, onFatalSignal);
        std::signal(SIGABRT, onFatalSignal);
        std::signal(SIGFPE, onFatalSignal);
        QRandomGenerator random(seedValue);
        if (!target.read(target.seed)) { // the valid input itself first: its reader must take it
            out << QStringLiteral("%1: the valid seed input is refused\n").arg(target.name);
            failed = true;
            continue;
        }
        QElapsedTimer total;
        total.start();
        qint64 runs = 0;
        qint64 accepted = 0;
        qint64 slowest = 0;
        while (total.elapsed() < seconds * 1000) {
            const QByteArray input = damaged(target.seed, random);
            g_current = &input;
            QElapsedTimer one;
            one.start();
            accepted += target.read(input) ? 1 : 0;
            const qint64 elapsed = one.elapsed();
            g_current = nullptr;
            ++runs;
            slowest = qMax(slowest, elapsed);
            if (elapsed > slowMs) {
                QFile slow(QStringLiteral("fuzz-%1.slow").arg(target.name));
                if (slow.open(QIODevice::WriteOnly)) {
                    slow.write(input);
                }
                out << QStringLiteral("%1: an input took %2 ms (saved to %3)\n")
                           .arg(target.name)
                           .arg(elapsed)
                           .arg(slow.fileName());
                failed = true;
                break;
            }
        }
        std::fclose(g_crashFile);
        g_crashFile = nullptr;
        QFile::remove(crashPath); // nothing crashed
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(target.name, -14)
                   .arg(runs, 10)
                   .arg(accepted, 12)
                   .arg(double(runs) * 1000.0 / double(qMax<qint64>(1, total.elapsed())), 10, 'f', 0)
                   .arg(slowest, 11);
        out.flush();
    }
    return failed ? 1 : 0;
}
