#include "HubStateFile.h"

#include "HubSimulator.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

HubStateFile::HubStateFile(HubSimulator& simulator, const QString& path, QObject* parent)
    : QObject(parent), m_simulator(simulator), m_path(path), m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &HubStateFile::saveIfChanged);
}

HubStateFile::~HubStateFile()
{
    QString error;
    if (m_simulator.revision() != m_savedRevision && !save(&error)) {
        qWarning("%s", qPrintable(error));
    }
}

bool HubStateFile::load(QString* error)
{
    QFile file(m_path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the sandbox hub's state %1: %2").arg(m_path, file.errorString());
            return false;
        }
        QJsonParseError parse;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
        QString why = parse.error != QJsonParseError::NoError ? parse.errorString() : QString();
        if (why.isEmpty() && !m_simulator.restore(document.object(), &why)) {
            why = why.isEmpty() ? tr("unreadable") : why;
        }
        if (!why.isEmpty()) {
            *error = tr("cannot use the sandbox hub's state %1: %2").arg(m_path, why);
            return false;
        }
    }
    m_savedRevision = m_simulator.revision();
    m_timer->start();
    return true;
}

bool HubStateFile::save(QString* error)
{
    const quint64 revision = m_simulator.revision();
    const QByteArray bytes = QJsonDocument(m_simulator.snapshot()).toJson(QJsonDocument::Compact);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("cannot keep the sandbox hub's state in %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_savedRevision = revision;
    return true;
}

void HubStateFile::saveIfChanged()
{
    QString error;
    if (m_simulator.revision() != m_savedRevision && !save(&error)) {
        qWarning("%s", qPrintable(error));
    }
}
