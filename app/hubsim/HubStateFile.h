#pragma once

#include <QObject>
#include <QString>

class HubSimulator;
class QTimer;

// Keeps a sandbox hub's state in a file across restarts (the demo's sandbox, in the demo folder),
// so that a payment it paid is still paid when PayDesk starts again: load() before the hub
// answers anyone, then the file is written (whole, atomically) within a second of each change and
// when this object goes. A crash loses at most the last second's changes.
class HubStateFile : public QObject
{
    Q_OBJECT

public:
    HubStateFile(HubSimulator& simulator, const QString& path, QObject* parent = nullptr);
    ~HubStateFile() override;

    // Reads the file into the hub (none yet: nothing to read); false with why when it cannot.
    bool load(QString* error);
    bool save(QString* error);

private:
    void saveIfChanged();

    HubSimulator& m_simulator;
    QString m_path;
    QTimer* m_timer;
    quint64 m_savedRevision = 0;
};
