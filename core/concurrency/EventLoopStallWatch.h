#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

// How long the event loop of the thread it lives in went without turning: a precise timer is due
// every few milliseconds, and each tick notes how late it came. The longest lateness is the
// longest stall an officer would have felt in the window (no repaint, no click answered). For the
// benchmarks that run long jobs through the window.
class EventLoopStallWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTickMs = 5;

    explicit EventLoopStallWatch(QObject* parent = nullptr);

    // Forgets the stalls measured so far.
    void restart();
    // The longest stall since the last restart, in milliseconds.
    qint64 longestStallMs() const { return m_longestMs; }

private:
    void tick();

    QTimer* m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    qint64 m_longestMs = 0;
};
