#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

// Watches the application's keystrokes, clicks and wheel turns; after `after` without any, emits
// idle() once (and again only after the next input and another quiet spell). The window locks on it.
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(std::chrono::milliseconds after, QObject* parent = nullptr);

    void setInterval(std::chrono::milliseconds after);
    // Starts watching (again) from now.
    void restart();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};
