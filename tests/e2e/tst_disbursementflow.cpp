#include "CliRun.h"
#include "HubSimProcess.h"
#include "TestKeyring.h"
#include "TestKeys.h"

#include "credentials/CredentialStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A program's whole disbursement through paydesk-cli against a paydesk-hubsim process whose
// switch fails some payees: import, program, cycle, approval, batches, send, reconcile to a
// distributed cycle; the report (PDF read back with pdftotext, and CSV) gives the database's
// totals; the failed payments are paid again under four eyes and the cycle is distributed again.
// The same through G2P Connect, the beneficiaries' addresses asked of the ID-to-account mapper.
class TestDisbursementFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fromRegistryToReportAndReissue();
    void throughG2pConnectAndTheMapper();
    void operationsPasswordInTheKeychain();

private:
    qint64 scalar(const QString& sql);
    QString pdfText(const QString& path);

    QTemporaryDir m_dir;
    QSqlDatabase m_check;
};

void TestDisbursementFlow::initTestCase()
{
    m_check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    m_check.setDatabaseName(m_dir.filePath(QStringLiteral("paydesk.sqlite")));
}

qint64 TestDisbursementFlow::scalar(const QString& sql)
{
    if (!m_check.isOpen()) {
        m_check.open();
    }
    QSqlQuery query(m_check);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s", qPrintable(sql));
        return -1;
    }
    return query.value(0).toLongLong();
}

QString TestDisbursementFlow::pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0) {
        return QString::fromUtf8(pdftotext.readAllStandardError());
    }
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

void TestDisbursementFlow::fromRegistryToReportAndReissue()
{
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const QString certificate = m_dir.filePath(QStringLiteral("cert.pem"));
    QVERIFY(makeTestKeyPair(key, certificate));
    HubSimProcess hub;
    // Payees whose number ends in 3 are refused by the payee's FSP.
    QVERIFY(hub.start(QStringLiteral(PAYDESK_HUBSIM_PATH),
                      {QStringLiteral("--tenant"), QStringLiteral("greenbank,%1").arg(certificate),
                       QStringLiteral("--time-scale"), QStringLiteral("100"), QStringLiteral("--fail-pattern"),
                       QStringLiteral("[0-9]*3"), QStringLiteral("--fail-code"), QStringLiteral("5103")}));
    const CliRun cli(QStringLiteral(PAYDESK_CLI_PATH), m_dir.filePath(QStringLiteral("paydesk.sqlite")));
    QByteArray output;
    QVERIFY2(
        cli.preparedCycle(m_dir.filePath(QStringLiteral("registry.csv")), 80, QStringLiteral("15"), 9, hub, &output),
        output.constData());
    const QStringList asChecker = {QStringLiteral("--officer"), QStringLiteral("c")};
    const QStringList asMaker = {QStringLiteral("--officer"), QStringLiteral("m")};
    const QStringList send = QStringList{QStringLiteral("send"), QStringLiteral("1"), QStringLiteral("--key"), key,
                                         QStringLiteral("--yes")} +
                             asChecker;
    const QStringList reconcile =
        QStringList{QStringLiteral("reconcile"), QStringLiteral("1"), QStringLiteral("--watch"), QStringLiteral("1")} +
        asChecker;
    // Test connection: both parts of the hub answer; a hub that is not there is named.
    QVERIFY2(cli(QStringList{QStringLiteral("program"), QStringLiteral("check"), QStringLiteral("1"),
                             QStringLiteral("--json")},
                 &output) == 0,
             output.constData());
    const QJsonArray parts = QJsonDocument::fromJson(output).object().value(QStringLiteral("parts")).toArray();
    QCOMPARE(parts.size(), 2);
    QVERIFY2(parts.at(1)
                 .toObject()
                 .value(QStringLiteral("detail"))
                 .toString()
                 .contains(QStringLiteral("answers for tenant greenbank")),
             output.constData());
    QCOMPARE(cli({QStringLiteral("program"), QStringLiteral("check"), QStringLiteral("1"), QStringLiteral("--bulk-url"),
                  QStringLiteral("https://127.0.0.1:9"), QStringLiteral("--timeout-ms"), QStringLiteral("3000")},
                 &output),
             1);
    QVERIFY2(output.contains("FAILED  bulk processor https://127.0.0.1:9") && output.contains("ok      operations app"),
             output.constData());
    QCOMPARE(hub.ledger().size(), 0);
    // Without --yes, send shows what would leave, posts nothing, and says so in its exit code.
    const QStringList preview =
        QStringList{QStringLiteral("send"), QStringLiteral("1"), QStringLiteral("--key"), key} + asChecker;
    QCOMPARE(cli(preview, &output), 2);
    QVERIFY2(output.contains("--yes"), output.constData());
    // A Payment Hub EE program's batches are signed: send needs the tenant's key.
    QCOMPARE(
        cli(QStringList{QStringLiteral("send"), QStringLiteral("1"), QStringLiteral("--yes")} + asChecker, &output), 2);
    QVERIFY2(output.contains("--key"), output.constData());
    QCOMPARE(hub.ledger().size(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payment_batch WHERE state <> 'ready' OR send_attempts <> 0")),
             0);
    QVERIFY2(cli(send, &output) == 0, output.constData());
    QVERIFY2(cli(reconcile, &output) == 0, output.constData());

    const qint64 payments = scalar(QStringLiteral("SELECT COUNT(*) FROM payment"));
    const qint64 failed = scalar(QStringLiteral("SELECT COUNT(*) FROM payment WHERE state = 'failed'"));
    QVERIFY2(payments > 20, qPrintable(QString::number(payments) + QString::fromUtf8(output)));
    QVERIFY(failed > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payment WHERE state = 'paid'")), payments - failed);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM payment WHERE state = 'failed' AND payee_address NOT LIKE '%3'")),
        0);
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT COUNT(*) FROM payment WHERE state = 'failed' AND failure_reason NOT LIKE '%5103%'")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cycle WHERE id = 1 AND state = 'distributed'")), 1);

    // The report says what the database holds.
    const QString pdf = m_dir.filePath(QStringLiteral("cycle-1.pdf"));
    const QString csv = m_dir.filePath(QStringLiteral("cycle-1.csv"));
    QVERIFY2(cli(QStringList{QStringLiteral("report"), QStringLiteral("cycle"), QStringLiteral("1"),
                             QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv} +
                     asChecker,
                 &output) == 0,
             output.constData());
    const QString text = pdfText(pdf);
    if (const QString pictures = qEnvironmentVariable("PAYDESK_SCREENSHOT_DIR"); !pictures.isEmpty()) {
        // The report's first page, for the README (scripts/take-screenshots.sh).
        QProcess::execute(QStringLiteral("pdftoppm"),
                          {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                           QStringLiteral("-singlefile"), pdf, pictures + QStringLiteral("/report")});
    }
    // 15 USD each, as the officer's locale writes it (the report follows the locale).
    const auto money = [](qint64 count) {
        return QString(QLocale().toString(count * 15) + QLocale().decimalPoint() + QStringLiteral("00"));
    };
    const auto hasRow = [&text](const QString& title, qint64 count, const QString& amount) {
        const QRegularExpression row(
            QStringLiteral("%1\\s+%2\\s+%3").arg(QRegularExpression::escape(title)).arg(count).arg(amount));
        return row.match(text).hasMatch();
    };
    const qint64 entitled = scalar(QStringLiteral("SELECT COUNT(*) FROM entitlement WHERE state = 'approved'"));
    QVERIFY(entitled >= payments); // those with no address to pay are listed, not paid
    QVERIFY2(hasRow(QStringLiteral("Entitled (approved)"), entitled, money(entitled)), qPrintable(text));
    QVERIFY2(hasRow(QStringLiteral("Paid"), payments - failed, money(payments - failed)), qPrintable(text));
    QVERIFY2(hasRow(QStringLiteral("Failed"), failed, money(failed)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Failed payments: %1").arg(failed)));
    // Whoever was not paid is on the first page, with why; words are never cut inside.
    const qint64 unpaid = scalar(QStringLiteral("SELECT COUNT(*) FROM entitlement e WHERE e.state = 'approved' AND "
                                                "NOT EXISTS (SELECT 1 FROM payment p WHERE p.entitlement_id = e.id "
                                                "AND p.state = 'paid')"));
    QVERIFY(unpaid >= failed);
    const QString firstPage = text.section(u'\f', 0, 0);
    QVERIFY2(firstPage.contains(QStringLiteral("Not paid: %1").arg(QLocale().toString(unpaid))), qPrintable(firstPage));
    QVERIFY2(firstPage.contains(QStringLiteral("the payment failed")), qPrintable(firstPage));
    QVERIFY2(text.contains(QStringLiteral("Paid again")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Made by c on")));
    // The audit trail in sentences, not JSON.
    const auto says = [](const QString& text, const QString& words) {
        return QRegularExpression(
                   QRegularExpression::escape(words).replace(QStringLiteral("\\ "), QStringLiteral("\\s+")))
            .match(text)
            .hasMatch();
    };
    QVERIFY2(says(text, QStringLiteral("approved cycle c1 of Grant")), qPrintable(text));
    QVERIFY2(says(text, QStringLiteral("saw cycle c1 of Grant distributed")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("\"state\"")), qPrintable(text));
    QFile paymentsCsv(csv);
    QVERIFY(paymentsCsv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = paymentsCsv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), payments + 1);
    QVERIFY(lines.first().startsWith("request_id,registry_id,region,batch,"));
    QCOMPARE(
        std::count_if(lines.cbegin(), lines.cend(), [](const QByteArray& line) { return line.contains(",failed,"); }),
        failed);

    // Paying the failures again: a maker asks, the maker cannot approve, a checker does.
    QVERIFY2(cli(QStringList{QStringLiteral("reissue"), QStringLiteral("request"), QStringLiteral("1")} + asMaker,
                 &output) == 0,
             output.constData());
    QCOMPARE(
        cli(QStringList{QStringLiteral("reissue"), QStringLiteral("approve"), QStringLiteral("1")} + asMaker, &output),
        1);
    QVERIFY2(output.contains("checker's work"), output.constData());
    QVERIFY2(cli(QStringList{QStringLiteral("reissue"), QStringLiteral("approve"), QStringLiteral("1")} + asChecker,
                 &output) == 0,
             output.constData());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cycle WHERE id = 1 AND state = 'approved'")), 1);
    QVERIFY2(cli(QStringList{QStringLiteral("batches"), QStringLiteral("prepare"), QStringLiteral("1")} + asMaker,
                 &output) == 0,
             output.constData());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payment WHERE reissue_of IS NOT NULL")), failed);
    QVERIFY2(cli(send, &output) == 0, output.constData());
    QVERIFY2(cli(reconcile, &output) == 0, output.constData());
    // The same payees fail again; each failure was paid again once, with a new request id.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payment")), payments + failed);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payment WHERE state = 'failed'")), 2 * failed);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT reissue_of) FROM payment")), failed);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cycle WHERE id = 1 AND state = 'distributed'")), 1);
    QVERIFY2(cli(QStringList{QStringLiteral("report"), QStringLiteral("cycle"), QStringLiteral("1"),
                             QStringLiteral("--pdf=") + pdf} +
                     asChecker,
                 &output) == 0,
             output.constData());
    const QString again = pdfText(pdf);
    QVERIFY2(says(again, QStringLiteral("approved paying failed payments of cycle c1 of Grant again")),
             qPrintable(again.right(3000)));
    QVERIFY2(says(again, QStringLiteral("reopened cycle c1 of Grant to pay failed payments again")),
             qPrintable(again.right(3000)));
    QVERIFY(again.contains(QStringLiteral("Failed payments: %1").arg(2 * failed)));
    // A report of a cycle that does not exist is refused, and nothing is written.
    const QString none = m_dir.filePath(QStringLiteral("none.pdf"));
    QCOMPARE(cli(QStringList{QStringLiteral("report"), QStringLiteral("cycle"), QStringLiteral("9"),
                             QStringLiteral("--pdf"), none} +
                     asChecker,
                 &output),
             1);
    QVERIFY(!QFile::exists(none));
}

void TestDisbursementFlow::throughG2pConnectAndTheMapper()
{
    const QString registry = m_dir.filePath(QStringLiteral("g2p-registry.csv"));
    const QString databaseFile = m_dir.filePath(QStringLiteral("g2p.sqlite"));
    m_check.close();
    m_check.setDatabaseName(databaseFile);
    const CliRun cli(QStringLiteral(PAYDESK_CLI_PATH), databaseFile);
    QByteArray output;
    // The registry the flow imports (demo-data is deterministic), read for the mapper's registry.
    QCOMPARE(cli({QStringLiteral("demo-data"), QStringLiteral("--count"), QStringLiteral("40"),
                  QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--bad-share"), QStringLiteral("0"),
                  QStringLiteral("--out"), registry},
                 &output),
             0);
    QFile file(registry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    file.readLine();
    QJsonObject mapper;
    QStringList unknown;
    for (int row = 0; !file.atEnd(); ++row) {
        const QString id = QString::fromUtf8(file.readLine()).section(u',', 0, 0);
        if (row % 7 == 6) {
            unknown.append(id); // the mapper has never heard of these
        } else {
            mapper.insert(
                id, QStringLiteral("account:%1@rhino.dfsp1.bank_acc").arg(5000 + row)); // ...3: the bank refuses it
        }
    }
    const QString mapperFile = m_dir.filePath(QStringLiteral("mapper.json"));
    QFile mapperOut(mapperFile);
    QVERIFY(mapperOut.open(QIODevice::WriteOnly));
    mapperOut.write(QJsonDocument(mapper).toJson());
    mapperOut.close();
    HubSimProcess hub;
    QVERIFY(hub.start(QStringLiteral(PAYDESK_HUBSIM_PATH),
                      {QStringLiteral("--mapper"), mapperFile, QStringLiteral("--time-scale"), QStringLiteral("100"),
                       QStringLiteral("--fail-pattern"), QStringLiteral("[0-9]*3"), QStringLiteral("--fail-code"),
                       QStringLiteral("5103")}));
    const QStringList asChecker = {QStringLiteral("--officer"), QStringLiteral("c")};
    QVERIFY2(cli.preparedCycle(registry, 40, QStringLiteral("15"), 6,
                               {QStringLiteral("--backend"), QStringLiteral("g2p_connect"),
                                QStringLiteral("--payee-type"), QStringLiteral("registry_id"),
                                QStringLiteral("--bulk-url"), hub.bulkUrl.toString(), QStringLiteral("--mapper-url"),
                                hub.bulkUrl.toString(), QStringLiteral("--sender-id"), QStringLiteral("paydesk-e2e")},
                               {{QStringLiteral("addresses"), QStringLiteral("resolve"), QStringLiteral("1")}},
                               &output),
             output.constData());
    // Test connection: the G2P Connect receiver and the mapper both answer.
    QVERIFY2(cli({QStringLiteral("program"), QStringLiteral("check"), QStringLiteral("1")}, &output) == 0,
             output.constData());
    QVERIFY2(output.contains("ok      G2P Connect receiver") && output.contains("ok      ID-to-account mapper"),
             output.constData());
    // Those the mapper does not know are listed with its reason, and have no payment.
    QCOMPARE(cli(QStringList{QStringLiteral("addresses"), QStringLiteral("unresolved"), QStringLiteral("1"),
                             QStringLiteral("--json")} +
                     asChecker,
                 &output),
             0);
    const QJsonArray unresolved =
        QJsonDocument::fromJson(output).object().value(QStringLiteral("unresolved")).toArray();
    const qint64 entitled = scalar(QStringLiteral("SELECT COUNT(*) FROM entitlement"));
    QVERIFY(!unresolved.isEmpty());
    for (const QJsonValue& one : unresolved) {
        QVERIFY(unknown.contains(one.toObject().value(QStringLiteral("registry_id")).toString()));
        QVERIFY(
            one.toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("succ.id.not_found")));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payment")), entitled - unresolved.size());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payment WHERE payee_type <> 'fa' OR payee_address NOT LIKE "
                                   "'account:%@rhino.dfsp1.bank_acc'")),
             0);

    // No signing key: G2P Connect requests are sent as they were frozen.
    QVERIFY2(cli(QStringList{QStringLiteral("send"), QStringLiteral("1"), QStringLiteral("--yes")} + asChecker,
                 &output) == 0,
             output.constData());
    // Sent, not yet reconciled: every batch is money in the dark, under an hour old.
    QCOMPARE(
        cli({QStringLiteral("outstanding"), QStringLiteral("--cycle"), QStringLiteral("1"), QStringLiteral("--json")},
            &output),
        0);
    const QJsonObject dark = QJsonDocument::fromJson(output).object();
    QCOMPARE(dark.value(QStringLiteral("batches")).toArray().size(),
             int(scalar(QStringLiteral("SELECT COUNT(*) FROM payment_batch"))));
    QCOMPARE(
        dark.value(QStringLiteral("payments_per_band")).toObject().value(QStringLiteral("under an hour")).toInteger(),
        scalar(QStringLiteral("SELECT COUNT(*) FROM payment")));
    QVERIFY2(cli(QStringList{QStringLiteral("reconcile"), QStringLiteral("1"), QStringLiteral("--watch"),
                             QStringLiteral("1")} +
                     asChecker,
                 &output) == 0,
             output.constData());
    const qint64 payments = scalar(QStringLiteral("SELECT COUNT(*) FROM payment"));
    const qint64 failed = scalar(QStringLiteral("SELECT COUNT(*) FROM payment WHERE state = 'failed'"));
    QVERIFY(failed > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM payment WHERE state = 'paid'")), payments - failed);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM payment WHERE state = 'failed' AND (payee_address NOT LIKE '%3@%' "
                              "OR failure_reason NOT LIKE '%5103%')")),
        0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cycle WHERE id = 1 AND state = 'distributed'")), 1);
    QCOMPARE(cli({QStringLiteral("outstanding"), QStringLiteral("--json")}, &output), 0);
    QVERIFY2(QJsonDocument::fromJson(output).object().value(QStringLiteral("batches")).toArray().isEmpty(),
             output.constData());
    const QJsonObject ledger = hub.ledger();
    QCOMPARE(qint64(ledger.size()), payments - failed);
    for (const QJsonValue& count : ledger) {
        QCOMPARE(count.toInt(), 1);
    }
    // Sending again finds nothing to send and moves nothing.
    QVERIFY2(cli(QStringList{QStringLiteral("send"), QStringLiteral("1"), QStringLiteral("--yes")} + asChecker,
                 &output) == 0,
             output.constData());
    QCOMPARE(hub.ledger(), ledger);
}

// The operations app's OAuth password lives in the system keychain (a real gnome-keyring on a
// private bus), put there from standard input; never in the database. Without a keychain the
// officer is told, and nothing is kept.
void TestDisbursementFlow::operationsPasswordInTheKeychain()
{
    PAYDESK_TEST_KEYRING(keyring)
    HubSimProcess hub;
    QVERIFY(hub.start(QStringLiteral(PAYDESK_HUBSIM_PATH),
                      {QStringLiteral("--tenant"), QStringLiteral("greenbank"), QStringLiteral("--auth")}));
    const QString databaseFile = m_dir.filePath(QStringLiteral("secrets.sqlite"));
    CliRun cli(QStringLiteral(PAYDESK_CLI_PATH), databaseFile);
    cli.setEnvironment(keyring->environment());
    QByteArray output;
    QVERIFY2(cli.enrol(QStringLiteral("m"), QStringLiteral("maker"), &output), output.constData());
    QVERIFY2(cli({QStringLiteral("program"),        QStringLiteral("create"),
                  QStringLiteral("--name"),         QStringLiteral("Grant"),
                  QStringLiteral("--currency"),     QStringLiteral("USD"),
                  QStringLiteral("--fixed"),        QStringLiteral("10"),
                  QStringLiteral("--payer-type"),   QStringLiteral("msisdn"),
                  QStringLiteral("--payer"),        QStringLiteral("254700000001"),
                  QStringLiteral("--budget"),       QStringLiteral("1000"),
                  QStringLiteral("--tenant"),       QStringLiteral("greenbank"),
                  QStringLiteral("--payment-mode"), QStringLiteral("MOJALOOP"),
                  QStringLiteral("--bulk-url"),     hub.bulkUrl.toString(),
                  QStringLiteral("--ops-url"),      hub.operationsUrl.toString(),
                  QStringLiteral("--ops-user"),     QStringLiteral("mifos"),
                  QStringLiteral("--officer"),      QStringLiteral("m")},
                 &output) == 0,
             output.constData());
    const QStringList check = {QStringLiteral("program"), QStringLiteral("check"), QStringLiteral("1")};
    // No password anywhere: the officer is told, and the operations app refuses the user.
    QCOMPARE(cli(check, &output), 1);
    QVERIFY2(output.contains("No password for mifos") && output.contains("FAILED  operations app"), output.constData());
    // From standard input into the keychain, where another program finds it.
    QVERIFY2(cli({QStringLiteral("program"), QStringLiteral("password"), QStringLiteral("1")}, &output, "password\n") ==
                 0,
             output.constData());
    const QString key = CredentialStore::operationsPasswordKey(hub.operationsUrl.toString(), QStringLiteral("mifos"));
    QCOMPARE(keyring->lookUp(QStringLiteral("PayDesk"), key), QStringLiteral("password"));
    QVERIFY2(cli(check, &output) == 0, output.constData());
    QVERIFY2(output.contains("ok      operations app") && output.contains("answers for tenant greenbank"),
             output.constData());
    // The database never held it.
    QFile database(databaseFile);
    QVERIFY(database.open(QIODevice::ReadOnly));
    QVERIFY(!database.readAll().contains("password"));
    // Forgotten: asked for again.
    QVERIFY2(
        cli({QStringLiteral("program"), QStringLiteral("password"), QStringLiteral("1"), QStringLiteral("--forget")},
            &output) == 0,
        output.constData());
    QCOMPARE(keyring->lookUp(QStringLiteral("PayDesk"), key), QString());
    QCOMPARE(cli(check, &output), 1);
    // No keychain at all: told, and nothing kept.
    QProcessEnvironment noKeychain = keyring->environment();
    noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                      QStringLiteral("unix:path=%1").arg(m_dir.filePath(QStringLiteral("no-bus"))));
    cli.setEnvironment(noKeychain);
    QCOMPARE(cli({QStringLiteral("program"), QStringLiteral("password"), QStringLiteral("1")}, &output, "password\n"),
             1);
    QVERIFY2(output.contains("The password was not kept") && output.contains("PAYDESK_HUB_PASSWORD"),
             output.constData());
    noKeychain.insert(QStringLiteral("PAYDESK_HUB_PASSWORD"), QStringLiteral("password"));
    cli.setEnvironment(noKeychain);
    QVERIFY2(cli(check, &output) == 0, output.constData());

    // A tenant key with a passphrase: the command line finds the passphrase in the keychain, where
    // the window keeps it, when PAYDESK_KEY_PASSPHRASE is not set; and signs as with it.
    const QString lockedKey = m_dir.filePath(QStringLiteral("locked-tenant.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"), QStringLiteral("-aes-256-cbc"),
                   QStringLiteral("-pass"), QStringLiteral("pass:tenant secret"), QStringLiteral("-out"), lockedKey});
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    const QString batchFile = m_dir.filePath(QStringLiteral("to-sign.csv"));
    {
        QFile file(batchFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,request_id,payment_mode\n1,r-1,MOJALOOP\n");
    }
    const QStringList sign = {QStringLiteral("sign"),
                              batchFile,
                              QStringLiteral("--correlation-id"),
                              QStringLiteral("c-1"),
                              QStringLiteral("--tenant"),
                              QStringLiteral("greenbank"),
                              QStringLiteral("--key"),
                              lockedKey};
    cli.setEnvironment(keyring->environment());
    QCOMPARE(cli(sign, &output), 1);
    QVERIFY2(output.contains("has a passphrase") && output.contains("PAYDESK_KEY_PASSPHRASE"), output.constData());
    QVERIFY2(!output.contains("Enter PEM pass phrase"),
             output.constData()); // never OpenSSL's own prompt on the terminal
    QProcessEnvironment withVariable = keyring->environment();
    withVariable.insert(QStringLiteral("PAYDESK_KEY_PASSPHRASE"), QStringLiteral("tenant secret"));
    cli.setEnvironment(withVariable);
    QByteArray expected;
    QVERIFY2(cli(sign, &expected) == 0, expected.constData());
    QVERIFY(
        CredentialStore().write(CredentialStore::passphraseKey(lockedKey), QStringLiteral("tenant secret")).outcome ==
        CredentialStore::Outcome::Done);
    cli.setEnvironment(keyring->environment());
    QVERIFY2(cli(sign, &output) == 0, output.constData());
    QCOMPARE(output, expected);
}

QTEST_GUILESS_MAIN(TestDisbursementFlow)
#include "tst_disbursementflow.moc"
