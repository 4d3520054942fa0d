#include "CliRun.h"
#include "TestDatabases.h"
#include "TestKeys.h"

#include "csv/CsvReader.h"
#include "domain/Money.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Runs the real paydesk-cli executable and checks its output and exit codes.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndUsage();
    void everyCommandTheHelpListsRuns();
    void speaksTheSystemsLanguage_data();
    void speaksTheSystemsLanguage();
    void demoDataImportAndList();
    void importFromAnotherSystem();
    void programToApprovedCycle();
    void signAndCheck();
    void tiersSignOffAndReview();
    void badArguments_data();
    void badArguments();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run cli(const QStringList& arguments, const QString& language = QString());
    // The administrator makes the anchor (once) and enrols each officer with their key (CliRun).
    static bool enrol(const QString& database, const QList<std::pair<QString, QString>>& officersAndRoles);

    QTemporaryDir m_dir;
};

bool TestCli::enrol(const QString& database, const QList<std::pair<QString, QString>>& officersAndRoles)
{
    const CliRun run(QStringLiteral(PAYDESK_CLI_PATH), database);
    QByteArray output;
    for (const auto& [officer, role] : officersAndRoles) {
        if (!run.enrol(officer, role, &output)) {
            qWarning("%s", output.constData());
            return false;
        }
    }
    return true;
}

// Signed with the key of the officer named, when enrol made one: each command that changes
// anything proves who acts.
TestCli::Run TestCli::cli(const QStringList& arguments, const QString& language)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PAYDESK_KEY_PASSPHRASE"), QString::fromLatin1(CliRun::keyPassphrase()));
    if (!language.isEmpty()) {
        environment.insert(QStringLiteral("LC_ALL"), language);
        environment.insert(QStringLiteral("LANGUAGE"), language.section(u'_', 0, 0));
    }
    process.setProcessEnvironment(environment);
    const qsizetype database = arguments.indexOf(QStringLiteral("--database"));
    process.start(QStringLiteral(PAYDESK_CLI_PATH), database >= 0 && database + 1 < arguments.size()
                                                        ? CliRun::withOfficerKey(arguments, arguments.at(database + 1))
                                                        : arguments);
    if (!process.waitForFinished(120000)) {
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void TestCli::versionAndUsage()
{
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("paydesk-cli " PAYDESK_VERSION));
    QCOMPARE(cli({}).exitCode, 2);
    const Run unknown = cli({QStringLiteral("fly")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("Unknown command \"fly\""));
}

// The help is made from the list the dispatcher runs: every command it names answers its own --help.
void TestCli::everyCommandTheHelpListsRuns()
{
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QSet<QString> names;
    for (const QByteArray& line : help.out.split('\n')) {
        if (line.startsWith("  ") && line.size() > 2 && line.at(2) != ' ') {
            names.insert(QString::fromUtf8(line.mid(2, line.indexOf(' ', 2) - 2)));
        }
    }
    for (const char* expected :
         {"import", "audit", "officer", "send", "resolve", "review", "sign", "enrol", "entitlements"}) {
        QVERIFY2(names.contains(QString::fromLatin1(expected)), expected);
    }
    for (const QString& name : std::as_const(names)) {
        const Run own = cli({name, QStringLiteral("--help")});
        QVERIFY2(own.exitCode == 0 && !own.out.isEmpty(), qPrintable(name + u": " + QString::fromUtf8(own.err)));
        QVERIFY2(!own.err.contains("Unknown command"), qPrintable(name));
    }
}

// The command line speaks the system's language (LANG, LC_ALL, LANGUAGE): its help and its errors.
void TestCli::speaksTheSystemsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("unknownCommand");
    QTest::addColumn<QString>("usage");
    QTest::newRow("French") << "fr_FR.UTF-8" << QString::fromUtf8("Commande inconnue « fly ».")
                            << "Utilisation : paydesk-cli";
    QTest::newRow("Spanish") << "es_ES.UTF-8" << QString::fromUtf8("Comando desconocido «fly».") << "Uso: paydesk-cli";
    QTest::newRow("Arabic") << "ar_EG.UTF-8" << QString::fromUtf8("أمر غير معروف «fly».")
                            << QString::fromUtf8("الاستخدام: paydesk-cli");
    QTest::newRow("English") << "en_GB.UTF-8"
                             << "Unknown command \"fly\"."
                             << "Usage: paydesk-cli";
}

void TestCli::speaksTheSystemsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, unknownCommand);
    QFETCH(QString, usage);
    const Run unknown = cli({QStringLiteral("fly")}, language);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(QString::fromUtf8(unknown.err).contains(unknownCommand), unknown.err.constData());
    const Run help = cli({QStringLiteral("--help")}, language);
    const QByteArray printed = help.out + help.err;
    QVERIFY2(QString::fromUtf8(printed).contains(usage), printed.constData());
}

void TestCli::demoDataImportAndList()
{
    const QString csv = m_dir.filePath(QStringLiteral("registry.csv"));
    const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const QString rejects = m_dir.filePath(QStringLiteral("rejected.csv"));
    QCOMPARE(
        cli({QStringLiteral("demo-data"), QStringLiteral("--count"), QStringLiteral("1000"), QStringLiteral("--seed"),
             QStringLiteral("3"), QStringLiteral("--bad-share"), QStringLiteral("0.05"), QStringLiteral("--out"), csv})
            .exitCode,
        0);
    // Without a key that proves who imports, nothing is imported.
    const Run unproven = cli({QStringLiteral("import"), csv, QStringLiteral("--database"), db,
                              QStringLiteral("--officer"), QStringLiteral("setup")});
    QCOMPARE(unproven.exitCode, 2);
    QVERIFY2(unproven.err.contains("--officer-key"), unproven.err.constData());
    QVERIFY(enrol(db, {{QStringLiteral("setup"), QStringLiteral("maker")}}));
    const Run imported =
        cli({QStringLiteral("import"), csv, QStringLiteral("--database"), db, QStringLiteral("--rejects"), rejects,
             QStringLiteral("--json"), QStringLiteral("--officer"), QStringLiteral("setup")});
    QCOMPARE(imported.exitCode, 3); // some rows rejected
    const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
    const qint64 rejected = report.value(QStringLiteral("rejected")).toInteger();
    QVERIFY(rejected > 0);
    QCOMPARE(report.value(QStringLiteral("inserted")).toInteger() + rejected, 1000);
    QCOMPARE(report.value(QStringLiteral("rejects_file")).toString(), rejects);
    QVERIFY(QFile::exists(rejects));

    const Run listed = cli({QStringLiteral("beneficiaries"), QStringLiteral("--database"), db, QStringLiteral("--by"),
                            QStringLiteral("id"), QStringLiteral("--filter"), QStringLiteral("BEN-0000001"),
                            QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonObject list = QJsonDocument::fromJson(listed.out).object();
    const QJsonArray rows = list.value(QStringLiteral("beneficiaries")).toArray();
    QVERIFY(list.value(QStringLiteral("matching")).toInt() >= 9); // BEN-00000010..19, less rejected ones
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue& row : rows) {
        QVERIFY(
            row.toObject().value(QStringLiteral("registry_id")).toString().startsWith(QStringLiteral("BEN-0000001")));
    }
    const Run shared =
        cli({QStringLiteral("beneficiaries"), QStringLiteral("--database"), db, QStringLiteral("--shared-accounts"),
             QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json")});
    QCOMPARE(shared.exitCode, 0);
    const QJsonArray sharedRows =
        QJsonDocument::fromJson(shared.out).object().value(QStringLiteral("beneficiaries")).toArray();
    QVERIFY(sharedRows.size() >= 2);
    QHash<QString, int> holders;
    for (const QJsonValue& row : sharedRows) {
        ++holders[row.toObject().value(QStringLiteral("payee_address")).toString()];
    }
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        QVERIFY2(it.value() >= 2, qPrintable(it.key()));
    }
    // Masked: the same rows, identifiers reduced to their last four characters.
    const Run masked = cli({QStringLiteral("beneficiaries"), QStringLiteral("--database"), db, QStringLiteral("--by"),
                            QStringLiteral("id"), QStringLiteral("--filter"), QStringLiteral("BEN-0000001"),
                            QStringLiteral("--json"), QStringLiteral("--masked")});
    const QJsonArray maskedRows =
        QJsonDocument::fromJson(masked.out).object().value(QStringLiteral("beneficiaries")).toArray();
    QCOMPARE(maskedRows.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (const QString& field :
             {QStringLiteral("phone"), QStringLiteral("payee_address"), QStringLiteral("national_id")}) {
            const QString full = rows.at(i).toObject().value(field).toString();
            const QString shown = maskedRows.at(i).toObject().value(field).toString();
            QCOMPARE(shown.size(), full.size());
            QVERIFY2(full.isEmpty()     ? shown.isEmpty()
                     : full.size() <= 8 ? !shown.contains(full)
                                        : shown.endsWith(full.right(4)) && !shown.contains(full.left(4)),
                     qPrintable(shown));
        }
    }

    // Officers: added by the administrator, listed; a second with the same id refused; a maker adds nobody.
    const QStringList asAdministrator{QStringLiteral("--officer"), QStringLiteral("admin"),
                                      QStringLiteral("--database"), db};
    QCOMPARE(cli(QStringList{QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("amina"),
                             QStringLiteral("--name"), QStringLiteral("Amina Diallo"), QStringLiteral("--role"),
                             QStringLiteral("maker")} +
                 asAdministrator)
                 .exitCode,
             0);
    const Run again = cli(QStringList{QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("amina"),
                                      QStringLiteral("--name"), QStringLiteral("A. D."), QStringLiteral("--role"),
                                      QStringLiteral("viewer")} +
                          asAdministrator);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("already an officer amina"));
    const Run byMaker =
        cli({QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("kofi"), QStringLiteral("--name"),
             QStringLiteral("Kofi"), QStringLiteral("--role"), QStringLiteral("checker"), QStringLiteral("--officer"),
             QStringLiteral("setup"), QStringLiteral("--database"), db});
    QCOMPARE(byMaker.exitCode, 1);
    QVERIFY2(byMaker.err.contains("not an active administrator"), byMaker.err.constData());
    const Run officers = cli({QStringLiteral("officer"), QStringLiteral("list"), QStringLiteral("--database"), db,
                              QStringLiteral("--json")});
    QStringList roles;
    for (const QJsonValue& officer : QJsonDocument::fromJson(officers.out).array()) {
        roles.append(officer.toObject().value(QStringLiteral("id")).toString() + u'=' +
                     officer.toObject().value(QStringLiteral("role")).toString());
    }
    roles.sort();
    QCOMPARE(roles, (QStringList{QStringLiteral("admin=administrator"), QStringLiteral("amina=maker"),
                                 QStringLiteral("setup=maker")}));

    // The audit log holds the import; each entry is signed and checks against the anchor; a changed
    // entry makes `audit verify` fail and say where.
    const Run verified = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), db});
    QCOMPARE(verified.exitCode, 0);
    // The anchor, adding and certifying setup, the import, adding amina.
    QVERIFY2(verified.out.contains("intact: 5 entries"), verified.out.constData());
    const Run trusted =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), db,
             QStringLiteral("--trust"), CliRun(QStringLiteral(PAYDESK_CLI_PATH), db).anchorCertificate()});
    QVERIFY2(trusted.exitCode == 0, trusted.err.constData());
    const Run listedAudit = cli(
        {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--database"), db, QStringLiteral("--json")});
    const QJsonArray auditEntries = QJsonDocument::fromJson(listedAudit.out).array();
    QCOMPARE(auditEntries.size(), 5); // newest first
    QCOMPARE(auditEntries.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("officer.add"));
    QCOMPARE(auditEntries.at(1).toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("registry.import"));
    {
        QString error;
        const auto database = Database::open(db, &error);
        QVERIFY(database);
        QSqlQuery tamper(database->connection());
        QVERIFY(tamper.exec(QStringLiteral("UPDATE audit_entry SET officer = 'nobody' WHERE sequence = 1")));
    }
    const Run broken = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), db});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains("entry 1 was changed"), broken.err.constData());

    const Run text = cli({QStringLiteral("beneficiaries"), QStringLiteral("--database"), db, QStringLiteral("--limit"),
                          QStringLiteral("2")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("2 of "));
}

void TestCli::importFromAnotherSystem()
{
    // Another system's export: guessed headers, a wallet column PayDesk does not know, a
    // multi-line district, a formula for a name and one Latin-1 record.
    const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Beneficiary ID,First Name,Surname,Wallet No,district\n"
               "X-1,\"=HYPERLINK(\"\"http://x.example\"\")\",Banda,0712345678,\"Plot 4\nMain Road\"\n"
               "X-2,Jos\xe9,Phiri,0712345679,Lodwar\n"
               "X-3,Cy,Tembo,0712345670,Lodwar\n");
    file.close();
    const QString db = m_dir.filePath(QStringLiteral("other-system.sqlite"));
    QVERIFY(enrol(db, {{QStringLiteral("clerk"), QStringLiteral("maker")}}));
    const QStringList asClerk{QStringLiteral("--database"), db, QStringLiteral("--officer"), QStringLiteral("clerk")};

    // The officer can refuse the whole file for its one Latin-1 record: nothing is written.
    const Run refused =
        cli(QStringList{QStringLiteral("import"), csv, QStringLiteral("--refuse-invalid-encoding")} + asClerk);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("Warning: The column \"Wallet No\" looks like payee accounts"),
             refused.err.constData());
    QVERIFY2(refused.err.contains("line 4, column 2 (First Name): invalid encoding: byte 4"), refused.err.constData());

    const Run imported = cli(QStringList{QStringLiteral("import"), csv, QStringLiteral("--json")} + asClerk);
    QCOMPARE(imported.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(imported.out).object();
    QCOMPARE(report.value(QStringLiteral("inserted")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("rejected")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("column_warnings")).toArray().size(), 1);
    const QJsonObject changed = report.value(QStringLiteral("warning_rows")).toArray().at(0).toObject();
    QCOMPARE(changed.value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(changed.value(QStringLiteral("issues"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("column_number"))
                 .toInt(),
             5);

    // Exported for a spreadsheet, the formula is text; the registry keeps it exactly.
    const Run exported =
        cli({QStringLiteral("beneficiaries"), QStringLiteral("--database"), db, QStringLiteral("--csv")});
    QCOMPARE(exported.exitCode, 0);
    CsvReader reader(exported.out);
    QList<QByteArray> record;
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.mid(0, 3), (QList<QByteArray>{"registry_id", "given_name", "family_name"}));
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.at(0), QByteArray("X-1"));
    QCOMPARE(record.at(1), QByteArray("'=HYPERLINK(\"http://x.example\")"));
    QCOMPARE(record.at(8), QByteArray("Plot 4 Main Road"));
    const Run listed =
        cli({QStringLiteral("beneficiaries"), QStringLiteral("--database"), db, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(listed.out)
                 .object()
                 .value(QStringLiteral("beneficiaries"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("given_name"))
                 .toString(),
             QStringLiteral("=HYPERLINK(\"http://x.example\")"));
}

void TestCli::programToApprovedCycle()
{
    const QString csv = m_dir.filePath(QStringLiteral("cycle.csv"));
    const QStringList db{QStringLiteral("--database"), m_dir.filePath(QStringLiteral("cycle.sqlite"))};
    QCOMPARE(cli(QStringList{"demo-data", "--count", "500", "--seed", "8", "--out", csv}).exitCode, 0);
    QVERIFY(enrol(db.last(), {{QStringLiteral("amina"), QStringLiteral("maker")},
                              {QStringLiteral("kofi"), QStringLiteral("checker")}}));
    QCOMPARE(cli(QStringList{"import", csv, "--officer", "amina"} + db).exitCode, 0);
    const QStringList program{"program",        "create",   "--name",   "Grant",        "--currency", "USD",
                              "--payer-type",   "msisdn",   "--payer",  "254700000001", "--tenant",   "greenbank",
                              "--payment-mode", "MOJALOOP", "--budget", "100000",       "--officer",  "amina"};
    const Run cents = cli(program + QStringList{"--fixed", "25.50"} + db);
    QCOMPARE(cents.exitCode, 1);
    QVERIFY2(cents.err.contains("would be 25.50 USD, but the payment backend pays whole USD only"),
             cents.err.constData());
    QCOMPARE(cli(program + QStringList{"--fixed", "25", "--officer", "kofi"} + db).exitCode,
             1); // a checker does not prepare
    QCOMPARE(cli(program + QStringList{"--fixed", "25", "--regions", "Northern"} + db).exitCode, 0);
    const Run enrolled = cli(QStringList{"enrol", "1", "--officer", "amina", "--json"} + db);
    QCOMPARE(enrolled.exitCode, 0);
    const qint64 members = QJsonDocument::fromJson(enrolled.out).object().value(QStringLiteral("enrolled")).toInteger();
    QVERIFY(members > 0 && members < 500);
    const Run members2 = cli(QStringList{"beneficiaries", "--program", "1", "--limit", "1000", "--json"} + db);
    QCOMPARE(QJsonDocument::fromJson(members2.out).object().value(QStringLiteral("matching")).toInteger(), members);
    for (const QJsonValue& row :
         QJsonDocument::fromJson(members2.out).object().value(QStringLiteral("beneficiaries")).toArray()) {
        QCOMPARE(row.toObject().value(QStringLiteral("region")).toString(), QStringLiteral("Northern"));
    }
    QCOMPARE(cli(QStringList{"cycle", "create", "1", "--name", "2027-01", "--start", "2027-01-01", "--end",
                             "2027-01-31", "--officer", "amina"} +
                 db)
                 .exitCode,
             0);
    QCOMPARE(cli(QStringList{"cycle", "generate", "1", "--officer", "amina"} + db).exitCode, 0);
    QCOMPARE(cli(QStringList{"cycle", "submit", "1", "--officer", "amina"} + db).exitCode, 0);
    const Run own = cli(QStringList{"cycle", "approve", "1", "--officer", "amina"} + db);
    QCOMPARE(own.exitCode, 1);
    QVERIFY(own.err.contains("approving is a checker's work"));
    QCOMPARE(cli(QStringList{"findings", "1", "--acknowledge", "--officer", "kofi"} + db).exitCode, 0);
    QCOMPARE(cli(QStringList{"cycle", "approve", "1", "--officer", "kofi"} + db).exitCode, 0);
    const Run listed = cli(QStringList{"cycle", "list", "1", "--json"} + db);
    const QJsonObject cycle = QJsonDocument::fromJson(listed.out).array().first().toObject();
    QCOMPARE(cycle.value(QStringLiteral("state")).toString(), QStringLiteral("approved"));
    QCOMPARE(cycle.value(QStringLiteral("approved_by")).toString(), QStringLiteral("kofi"));
    const QJsonObject approved = cycle.value(QStringLiteral("totals"))
                                     .toObject()
                                     .value(QStringLiteral("entitlements"))
                                     .toObject()
                                     .value(QStringLiteral("approved"))
                                     .toObject();
    QCOMPARE(approved.value(QStringLiteral("count")).toInteger(), members);
    QCOMPARE(approved.value(QStringLiteral("amount")).toString(),
             Money(members * 2500, Currency::fromCode(u"USD")).toDecimalString());
    const Run rows = cli(QStringList{"entitlements", "1", "--state", "approved", "--limit", "5", "--json"} + db);
    QCOMPARE(QJsonDocument::fromJson(rows.out).array().size(), 5);
    // Nobody who cannot prove who they are approves anything: a usage refusal, nothing done.
    const Run nobody = cli(QStringList{"cycle", "approve", "1", "--officer", "nobody"} + db);
    QCOMPARE(nobody.exitCode, 2);
    QVERIFY2(nobody.err.contains("needs their key"), nobody.err.constData());

    // Batches: prepared from the approved cycle, listed, exported as a bundle whose signature checks.
    const Run prepared = cli(QStringList{"batches", "prepare", "1", "--officer", "amina"} + db);
    QCOMPARE(prepared.exitCode, 0);
    QVERIFY2(prepared.out.contains("ready batches"), prepared.out.constData());
    const QJsonArray batches =
        QJsonDocument::fromJson(cli(QStringList{"batches", "list", "1", "--json"} + db).out).array();
    QVERIFY(!batches.isEmpty());
    const QJsonObject batch = batches.first().toObject();
    QCOMPARE(batch.value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
    QCOMPARE(batch.value(QStringLiteral("sha256")).toString().size(), 64);
    const QDir reference(QStringLiteral(PAYDESK_SHARED_REFERENCE_DIR "/phee-demo-key"));
    if (reference.exists()) {
        const QString bundle = m_dir.filePath(QStringLiteral("bundle"));
        const QString batchId = QString::number(batch.value(QStringLiteral("id")).toInteger());
        QCOMPARE(cli(QStringList{"batches", "export", batchId, "--out", bundle, "--key",
                                 reference.filePath(QStringLiteral("key.pem")), "--officer", "amina"} +
                     db)
                     .exitCode,
                 0);
        const QString base =
            bundle + QStringLiteral("/batch-") + batch.value(QStringLiteral("correlation_id")).toString();
        QFile signatureFile(base + QStringLiteral(".signature"));
        QVERIFY(signatureFile.open(QIODevice::ReadOnly));
        QFile manifestFile(base + QStringLiteral(".manifest.json"));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        QCOMPARE(manifest.value(QStringLiteral("sha256")).toString(), batch.value(QStringLiteral("sha256")).toString());
        // The exported bundle reviews clean, signature and manifest included; a changed file does not.
        const Run reviewed = cli({QStringLiteral("review"), base + QStringLiteral(".csv"), QStringLiteral("--cert"),
                                  reference.filePath(QStringLiteral("cert.pem")), QStringLiteral("--json")});
        QCOMPARE(reviewed.exitCode, 0);
        const QJsonObject verdict = QJsonDocument::fromJson(reviewed.out).object();
        QVERIFY(verdict.value(QStringLiteral("signature_valid")).toBool());
        QVERIFY(verdict.value(QStringLiteral("manifest_matches")).toBool());
        QFile csv(base + QStringLiteral(".csv"));
        QVERIFY(csv.open(QIODevice::ReadWrite));
        QByteArray bytes = csv.readAll();
        bytes.replace(",25,", ",2500,");
        csv.seek(0);
        csv.write(bytes);
        csv.close();
        const Run tampered = cli({QStringLiteral("review"), base + QStringLiteral(".csv"), QStringLiteral("--cert"),
                                  reference.filePath(QStringLiteral("cert.pem"))});
        QCOMPARE(tampered.exitCode, 4);
        // Against results: a result CSV that pays the first row only; the rest are missing.
        const QList<QByteArray> rowsOfFile = bytes.split('\n');
        const QList<QByteArray> first = rowsOfFile.at(1).split(',');
        QFile resultFile(m_dir.filePath(QStringLiteral("results.csv")));
        QVERIFY(resultFile.open(QIODevice::WriteOnly));
        resultFile.write("t0,COMPLETED,dfsp," + first.at(6) + ",payer," + first.at(4) + "," + first.at(7) + "," +
                         first.at(8) + ",,1,2\n");
        resultFile.close();
        const Run compared = cli({QStringLiteral("review"), base + QStringLiteral(".csv"), QStringLiteral("--results"),
                                  resultFile.fileName(), QStringLiteral("--json"), QStringLiteral("--export-csv"),
                                  m_dir.filePath(QStringLiteral("review.csv"))});
        const QJsonArray outcomes =
            QJsonDocument::fromJson(compared.out).object().value(QStringLiteral("payments")).toArray();
        QCOMPARE(outcomes.size(), rowsOfFile.size() - 1);
        QCOMPARE(outcomes.first().toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("paid"));
        QCOMPARE(outcomes.last().toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("missing"));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("review.csv"))));
        QVERIFY2(tampered.out.contains("the file was changed"), tampered.out.constData());
        bytes.replace(",2500,", ",25,");
        QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
        csv.write(bytes);
        csv.close();
        QCOMPARE(cli(QStringList{"sign", "--cert", reference.filePath(QStringLiteral("cert.b64")), "--signature",
                                 QString::fromLatin1(signatureFile.readAll()), "--correlation-id",
                                 batch.value(QStringLiteral("correlation_id")).toString(), "--tenant", "greenbank",
                                 base + QStringLiteral(".csv")})
                     .exitCode,
                 0);
    }
    QCOMPARE(cli(QStringList{"audit", "verify"} + db).exitCode, 0);
}

void TestCli::tiersSignOffAndReview()
{
    const QString csv = m_dir.filePath(QStringLiteral("assurance.csv"));
    const QStringList db{QStringLiteral("--database"), m_dir.filePath(QStringLiteral("assurance.sqlite"))};
    QCOMPARE(cli(QStringList{"demo-data", "--count", "200", "--seed", "12", "--out", csv}).exitCode, 0);
    QVERIFY(enrol(db.last(), {{QStringLiteral("amina"), QStringLiteral("maker")},
                              {QStringLiteral("kofi"), QStringLiteral("checker")},
                              {QStringLiteral("wanjiru"), QStringLiteral("checker")}}));
    QCOMPARE(cli(QStringList{"import", csv, "--officer", "amina"} + db).exitCode, 0);
    QCOMPARE(cli(QStringList{"program",        "create",   "--name",   "Grant",        "--currency", "USD",
                             "--payer-type",   "msisdn",   "--payer",  "254700000001", "--tenant",   "greenbank",
                             "--payment-mode", "MOJALOOP", "--budget", "100000",       "--fixed",    "25",
                             "--officer",      "amina"} +
                 db)
                 .exitCode,
             0);
    const Run badTiers = cli(QStringList{"program", "tiers", "1", "0:2, 100:1", "--officer", "amina"} + db);
    QCOMPARE(badTiers.exitCode, 2);
    QVERIFY2(badTiers.err.contains("asks fewer checkers"), badTiers.err.constData());
    QCOMPARE(cli(QStringList{"program", "tiers", "1", "0:1, 100:2", "--officer", "amina"} + db).exitCode, 0);
    QCOMPARE(cli(QStringList{"program", "release", "1", "--sign-off", "yes", "--officer", "amina"} + db).exitCode, 0);
    const Run policy = cli(QStringList{"program", "release", "1", "--json"} + db);
    QVERIFY(QJsonDocument::fromJson(policy.out).object().value(QStringLiteral("sign_off_required")).toBool());
    QCOMPARE(cli(QStringList{"enrol", "1", "--officer", "amina"} + db).exitCode, 0);
    QCOMPARE(cli(QStringList{"cycle", "create", "1", "--name", "2027-01", "--start", "2027-01-01", "--end",
                             "2027-01-31", "--officer", "amina"} +
                 db)
                 .exitCode,
             0);
    QCOMPARE(cli(QStringList{"cycle", "generate", "1", "--officer", "amina"} + db).exitCode, 0);
    QCOMPARE(cli(QStringList{"cycle", "submit", "1", "--officer", "amina"} + db).exitCode, 0);
    for (const char* checker : {"kofi", "wanjiru"}) {
        QCOMPARE(cli(QStringList{"findings", "1", "--acknowledge", "--officer", checker} + db).exitCode, 0);
    }
    const Run first = cli(QStringList{"cycle", "approve", "1", "--officer", "kofi"} + db);
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains("1 of 2 checkers") && first.out.contains("waits for 1 more"), first.out.constData());
    QCOMPARE(cli(QStringList{"cycle", "approve", "1", "--officer", "kofi"} + db).exitCode, 1);
    const Run second = cli(QStringList{"cycle", "approve", "1", "--officer", "wanjiru"} + db);
    QVERIFY2(second.out.contains("Cycle 1 is now approved."), second.out.constData());
    const QJsonObject approvals =
        QJsonDocument::fromJson(cli(QStringList{"cycle", "approvals", "1", "--json"} + db).out).object();
    QCOMPARE(approvals.value(QStringLiteral("required")).toInt(), 2);
    QCOMPARE(approvals.value(QStringLiteral("approvers")).toArray().size(), 2);
    QCOMPARE(cli(QStringList{"batches", "prepare", "1", "--officer", "amina"} + db).exitCode, 0);
    const QJsonObject batch =
        QJsonDocument::fromJson(cli(QStringList{"batches", "list", "1", "--json"} + db).out).array().first().toObject();
    const QString batchId = QString::number(batch.value(QStringLiteral("id")).toInteger());

    // The batch signed off and countersigned with the officers' own keys, exported, reviewed offline
    // against the anchor. Another officer's key proves nothing.
    const QString anchor = CliRun(QStringLiteral(PAYDESK_CLI_PATH), db.last()).anchorCertificate();
    const Run stolen =
        cli(QStringList{"batches", "sign", batchId, "--officer", "kofi", "--officer-key",
                        CliRun(QStringLiteral(PAYDESK_CLI_PATH), db.last()).keyOf(QStringLiteral("amina"))} +
            db);
    QCOMPARE(stolen.exitCode, 2);
    const Run early = cli(QStringList{"batches", "sign", batchId, "--officer", "kofi"} + db);
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains("no maker's sign-off to countersign yet"), early.err.constData());
    QCOMPARE(cli(QStringList{"batches", "sign", batchId, "--officer", "amina"} + db).exitCode, 0);
    const Run countersigned = cli(QStringList{"batches", "sign", batchId, "--officer", "kofi"} + db);
    QCOMPARE(countersigned.exitCode, 0);
    QVERIFY2(countersigned.out.contains("signed off and countersigned"), countersigned.out.constData());
    const QString bundle = m_dir.filePath(QStringLiteral("signed-bundle"));
    QCOMPARE(cli(QStringList{"batches", "export", batchId, "--out", bundle, "--officer", "kofi"} + db).exitCode, 0);
    const QString base = bundle + QStringLiteral("/batch-") + batch.value(QStringLiteral("correlation_id")).toString();
    const Run untrusted = cli({QStringLiteral("review"), base + QStringLiteral(".csv")});
    QCOMPARE(untrusted.exitCode, 4); // who signed cannot be checked without the anchor
    const Run reviewed = cli({QStringLiteral("review"), base + QStringLiteral(".csv"), QStringLiteral("--json"),
                              QStringLiteral("--trust"), anchor});
    QVERIFY2(reviewed.exitCode == 0, reviewed.out.constData());
    QVERIFY(QJsonDocument::fromJson(reviewed.out).object().value(QStringLiteral("sign_off_valid")).toBool());
    QFile signOff(base + QStringLiteral(".signoff.json"));
    QVERIFY(signOff.open(QIODevice::ReadOnly));
    QByteArray bytes = signOff.readAll();
    signOff.close();
    const qsizetype at = bytes.indexOf("\"signature\": \"") + 20;
    bytes[at] = bytes.at(at) == 'A' ? 'B' : 'A';
    QVERIFY(signOff.open(QIODevice::WriteOnly | QIODevice::Truncate));
    signOff.write(bytes);
    signOff.close();
    const Run forged =
        cli({QStringLiteral("review"), base + QStringLiteral(".csv"), QStringLiteral("--trust"), anchor});
    QCOMPARE(forged.exitCode, 4);
    QVERIFY2(forged.out.contains("Sign-off: ") && forged.out.contains("does not verify"), forged.out.constData());
    QVERIFY2(forged.out.contains("1 problem(s) found: the sign-off does not hold."), forged.out.constData());

    // The cycle's evidence pack, with its PDF report, checks offline; a changed byte does not.
    const QString pack = m_dir.filePath(QStringLiteral("evidence"));
    const Run made = cli(QStringList{"evidence", "1", "--out", pack, "--officer", "kofi"} + db);
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QVERIFY(QFile::exists(QDir(pack).filePath(QStringLiteral("report.pdf"))));
    const Run holds = cli({QStringLiteral("review"), pack, QStringLiteral("--trust"), anchor});
    QCOMPARE(holds.exitCode, 0);
    QVERIFY2(holds.out.contains("The evidence pack holds."), holds.out.constData());
    QFile payments(QDir(pack).filePath(QStringLiteral("payments.csv")));
    QVERIFY(payments.open(QIODevice::Append));
    payments.write("\n");
    payments.close();
    const Run broken =
        cli({QStringLiteral("review"), pack, QStringLiteral("--json"), QStringLiteral("--trust"), anchor});
    QCOMPARE(broken.exitCode, 4);
    QCOMPARE(QJsonDocument::fromJson(broken.out)
                 .object()
                 .value(QStringLiteral("problems"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("file"))
                 .toString(),
             QStringLiteral("payments.csv"));
    QCOMPARE(cli(QStringList{"audit", "verify"} + db).exitCode, 0);

    // The bundle and the pack carry a signed checkpoint of the log: held against it, the log
    // checks; once its last entries are deleted behind PayDesk's back, it does not.
    const QStringList withCheckpoints{"audit",        "verify",
                                      "--trust",      anchor,
                                      "--checkpoint", base + QStringLiteral(".checkpoint.json"),
                                      "--checkpoint", QDir(pack).filePath(QStringLiteral("trust.json"))};
    const Run held = cli(withCheckpoints + db);
    QVERIFY2(held.exitCode == 0, held.err.constData());
    {
        QString error;
        const auto database = Database::open(db.last(), &error);
        QVERIFY(database);
        QSqlQuery tamper(database->connection());
        QVERIFY(tamper.exec(
            QStringLiteral("DELETE FROM audit_entry WHERE sequence > (SELECT MAX(sequence) - 3 FROM audit_entry)")));
        QVERIFY(tamper.exec(QStringLiteral("DELETE FROM audit_checkpoint")));
    }
    QCOMPARE(cli(QStringList{"audit", "verify"} + db).exitCode, 0); // the chain alone cannot tell
    const Run cut = cli(withCheckpoints + db);
    QCOMPARE(cut.exitCode, 1);
    QVERIFY2(cut.err.contains("entries were removed from its end"), cut.err.constData());
}

void TestCli::signAndCheck()
{
    const QDir reference(QStringLiteral(PAYDESK_SHARED_REFERENCE_DIR "/phee-demo-key"));
    if (!reference.exists()) {
        QSKIP("../shared/reference/phee-demo-key is not here: signing with the hub's demo key was skipped");
    }
    const QString data = reference.filePath(QStringLiteral("data.csv"));
    const Run signedRun = cli({QStringLiteral("sign"), QStringLiteral("--correlation-id"), QStringLiteral("c-1"),
                               QStringLiteral("--tenant"), QStringLiteral("gorilla"), QStringLiteral("--key"),
                               reference.filePath(QStringLiteral("key.pem")), data});
    QCOMPARE(signedRun.exitCode, 0);
    const QString signature = QString::fromLatin1(signedRun.out.trimmed());
    QCOMPARE(signature.size(), 344);
    const QStringList check{QStringLiteral("sign"),
                            QStringLiteral("--cert"),
                            reference.filePath(QStringLiteral("cert.b64")),
                            QStringLiteral("--signature"),
                            signature,
                            QStringLiteral("--correlation-id"),
                            QStringLiteral("c-1"),
                            data};
    QCOMPARE(cli(check + QStringList{QStringLiteral("--tenant"), QStringLiteral("gorilla")}).exitCode, 0);
    const Run otherTenant = cli(check + QStringList{QStringLiteral("--tenant"), QStringLiteral("default")});
    QCOMPARE(otherTenant.exitCode, 1);
    QVERIFY(otherTenant.err.contains("does not match"));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("count not a number") << QStringList{"demo-data", "--count", "many", "--out", "x.csv"} << 2
                                        << "--count";
    QTest::newRow("bad share") << QStringList{"demo-data", "--bad-share", "2", "--out", "x.csv"} << 2 << "--bad-share";
    QTest::newRow("no out") << QStringList{"demo-data"} << 2 << "--out";
    QTest::newRow("import two files") << QStringList{"import", "a.csv", "b.csv"} << 2 << "exactly one FILE";
    QTest::newRow("import without a key")
        << QStringList{"import",     "/nonexistent/registry.csv",   "--officer", "amina",
                       "--database", "/tmp/paydesk-cli-test.sqlite"}
        << 2 << "needs their key";
    QTest::newRow("bad mapping") << QStringList{"import", "a.csv", "--map", "nonsense"} << 2 << "Header=field";
    QTest::newRow("bad sort") << QStringList{"beneficiaries", "--sort", "age"} << 2 << "--sort";
    QTest::newRow("officer without role") << QStringList{"officer", "add", "amina", "--name", "Amina"} << 2 << "--role";
    QTest::newRow("officer bad role") << QStringList{"officer", "add", "amina", "--name", "Amina", "--role", "boss"}
                                      << 2 << "--role";
    QTest::newRow("cycle without id") << QStringList{"cycle", "approve"} << 2 << "an action";
    QTest::newRow("cycle bad state") << QStringList{"cycle", "entitlements", "1", "--state", "paid"} << 2 << "--state";
    QTest::newRow("program bad currency")
        << QStringList{"program", "create", "--name", "X", "--currency", "ZZZ"} << 2 << "--currency";
    QTest::newRow("sign without key") << QStringList{"sign", "--correlation-id", "c", "--tenant", "t", "x.csv"} << 2
                                      << "--key";
    QTest::newRow("sign with a missing key")
        << QStringList{"sign", "--correlation-id", "c", "--tenant", "t", "--key", "/nonexistent.pem", "/etc/hostname"}
        << 1 << "cannot read the key";
    QTest::newRow("review nothing") << QStringList{"review"} << 2 << "exactly one FILE";
    QTest::newRow("review missing file") << QStringList{"review", "/nonexistent/batch.csv"} << 1 << "Cannot review";
    QTest::newRow("audit what") << QStringList{"audit", "fix"} << 2 << "verify or list";
    QTest::newRow("send, nobody proven") << QStringList{"send", "1", "--database", "/tmp/paydesk-cli-test.sqlite"} << 2
                                         << "needs their key";
    QTest::newRow("send grace not a number")
        << QStringList{"send", "1", "--key", "k.pem", "--grace-seconds", "soon"} << 2 << "--grace-seconds";
    QTest::newRow("send grace of 0") << QStringList{"send", "1", "--key", "k.pem", "--grace-seconds", "0"} << 2
                                     << "at least 600";
    QTest::newRow("resolve grace under ten minutes")
        << QStringList{"resolve", "1", "--grace-seconds", "599"} << 2 << "at least 600";
    QTest::newRow("hand-carry without a batch")
        << QStringList{"send", "1", "--key", "k.pem", "--not-uploaded-elsewhere"} << 2 << "--batch";
    QTest::newRow("send tiny timeout") << QStringList{"send", "1", "--key", "k.pem", "--timeout-ms", "5"} << 2
                                       << "--timeout-ms";
    QTest::newRow("reconcile watch zero") << QStringList{"reconcile", "1", "--watch", "0"} << 2 << "--watch";
    QTest::newRow("reconcile results without batch")
        << QStringList{"reconcile", "1", "--results", "r.json"} << 2 << "--batch";
    QTest::newRow("unreachable postgres")
        << QStringList{"beneficiaries", "--database", "postgresql://u:pw@127.0.0.1:1/x"} << 1
        << "cannot open the database";
}

void TestCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
