#include "DemoDataCommand.h"

#include "CliSupport.h"
#include "ExitCode.h"

#include "registry/DemoRegistryGenerator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

DemoDataCommand::DemoDataCommand(CliSupport& support) : m_support(support) {}

int DemoDataCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a deterministic synthetic registry CSV."));
    const QCommandLineOption count(QStringLiteral("count"), tr("Number of beneficiaries."), QStringLiteral("N"),
                                   QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption bad(QStringLiteral("bad-share"), tr("Share of broken rows, 0 to 1."),
                                 QStringLiteral("SHARE"), QStringLiteral("0"));
    const QCommandLineOption out(QStringLiteral("out"), tr("Output file."), QStringLiteral("FILE"));
    parser.addOptions({count, seed, bad, out});
    int exitCode = ExitSuccess;
    if (!m_support.parse(parser, arguments, &exitCode)) {
        return exitCode;
    }
    bool countOk = false;
    bool seedOk = false;
    bool badOk = false;
    const qint64 rows = parser.value(count).toLongLong(&countOk);
    const quint32 seedValue = parser.value(seed).toUInt(&seedOk);
    const double badShare = parser.value(bad).toDouble(&badOk);
    if (!countOk || rows < 0) {
        return m_support.usage(tr("--count takes a whole number of rows, not \"%1\".").arg(parser.value(count)));
    }
    if (!seedOk) {
        return m_support.usage(tr("--seed takes a whole number, not \"%1\".").arg(parser.value(seed)));
    }
    if (!badOk || badShare < 0 || badShare > 1) {
        return m_support.usage(tr("--bad-share takes a number from 0 to 1, not \"%1\".").arg(parser.value(bad)));
    }
    if (!parser.isSet(out)) {
        return m_support.usage(tr("demo-data needs --out FILE."));
    }
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly)) {
        m_support.err() << tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString())
                        << Qt::endl;
        return ExitFailure;
    }
    DemoRegistryGenerator generator(seedValue, badShare);
    QString error;
    if (!generator.write(&file, rows, &error) || !file.commit()) {
        m_support.err() << tr("Cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(file.fileName()),
                                    error.isEmpty() ? file.errorString() : error)
                        << Qt::endl;
        return ExitFailure;
    }
    return ExitSuccess;
}
